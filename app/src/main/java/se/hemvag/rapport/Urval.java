package se.hemvag.rapport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import se.hemvag.rapport.Indelning.Rapportperiod;
import se.hemvag.sektion.Sektion;

/** What a report covers, and the section condition each query adds to its own column. */
record Urval(LocalDate fran, LocalDate till, List<Rapportperiod> perioder, String sektion, LocalDate idag) {

    String och(String kolumn) {
        return sektion == null ? "" : " and " + kolumn + " = ?";
    }

    Object[] parametrar(Object... fasta) {
        List<Object> alla = new ArrayList<>(Arrays.asList(fasta));
        if (sektion != null) {
            alla.add(sektion);
        }
        return alla.toArray();
    }

    Summor summor() {
        return new Summor(perioder);
    }

    /** The sections whose rows a per-section indicator shows: the one asked for, or every handling section. */
    List<String> handlaggandeSektioner() {
        return sektion != null ? List.of(sektion) : Arrays.stream(Sektion.values())
                .filter(s -> s != Sektion.ADMINISTRATIONEN).map(Sektion::gruppId).toList();
    }
}
