package se.hemvag.delat;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * A module's part of a client's history (the client view): what happened in the given cases, or to
 * the client, as entries of one timeline. Each module that holds client data declares one; the
 * client view collects them all without depending on the modules.
 */
public interface Historikkalla {

    /** Entries for these cases of the client (the ones the reader may see) and for the client as such. */
    List<Historikpost> poster(Collection<Long> arendeIds, Long klientId);

    /**
     * " Etikett: text." for a free text after a sentence, or nothing when the text is empty (a note
     * left blank, or culled).
     */
    static String falt(String etikett, String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String varde = text.strip();
        return " " + etikett + ": " + varde + (varde.endsWith(".") || varde.endsWith("!") || varde.endsWith("?") ? "" : ".");
    }

    /**
     * One entry: the day it happened, the case it belongs to (null when it is about the client, not
     * a case), a short heading, what was decided or noted, and who registered it (a user id, or null).
     */
    record Historikpost(LocalDate datum, Long arendeId, String rubrik, String text, String vem) {
    }
}
