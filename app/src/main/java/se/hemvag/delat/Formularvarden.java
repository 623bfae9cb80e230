package se.hemvag.delat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads what a Camunda Form submitted. Forms send text; dates are typed ÅÅÅÅ-MM-DD (form-js's own
 * date picker is US-formatted), so a wrong date is refused here with a message the caseworker
 * sees in Tasklist, and the task stays open.
 */
public final class Formularvarden {

    private final VariableScope scope;

    public Formularvarden(VariableScope scope) {
        this.scope = scope;
    }

    public String text(Formularnyckel falt) {
        Object varde = scope.getVariable(falt.nyckel());
        if (varde == null) {
            return null;
        }
        String text = varde.toString().strip();
        return text.isEmpty() ? null : text;
    }

    public String kravdText(Formularnyckel falt, String etikett) {
        String text = text(falt);
        if (text == null) {
            throw new OgiltigtFormularException(etikett + " måste fyllas i.");
        }
        return text;
    }

    public LocalDate datum(Formularnyckel falt, String etikett) {
        String text = text(falt);
        if (text == null) {
            return null;
        }
        LocalDate datum;
        try {
            datum = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new OgiltigtFormularException(etikett + " '" + text + "' är inget giltigt datum. Skriv ÅÅÅÅ-MM-DD.");
        }
        if (datum.getYear() < Datumgranser.FORSTA_AR || datum.getYear() > Datumgranser.SISTA_AR) {
            throw new OgiltigtFormularException(etikett + " (" + text + ") ska ligga mellan år " + Datumgranser.FORSTA_AR
                    + " och " + Datumgranser.SISTA_AR + ".");
        }
        return datum;
    }

    public LocalDate kravtDatum(Formularnyckel falt, String etikett) {
        LocalDate datum = datum(falt, etikett);
        if (datum == null) {
            throw new OgiltigtFormularException(etikett + " måste fyllas i (ÅÅÅÅ-MM-DD).");
        }
        return datum;
    }

    /** A date that has already come: today at the latest. */
    public LocalDate kravtDatumSenast(Formularnyckel falt, String etikett, LocalDate idag) {
        LocalDate datum = kravtDatum(falt, etikett);
        if (datum.isAfter(idag)) {
            throw new OgiltigtFormularException(etikett + " (" + datum + ") kan inte ligga i framtiden.");
        }
        return datum;
    }

    /** A date still to come: after today. */
    public LocalDate kravtDatumEfter(Formularnyckel falt, String etikett, LocalDate idag) {
        LocalDate datum = kravtDatum(falt, etikett);
        if (!datum.isAfter(idag)) {
            throw new OgiltigtFormularException(etikett + " (" + datum + ") ska ligga efter dagens datum.");
        }
        return datum;
    }

    public int kravtHeltal(Formularnyckel falt, String etikett) {
        Object varde = scope.getVariable(falt.nyckel());
        if (varde instanceof Number tal && tal.doubleValue() == Math.rint(tal.doubleValue())) {
            return tal.intValue();
        }
        String text = text(falt);
        if (text == null) {
            throw new OgiltigtFormularException(etikett + " måste fyllas i.");
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new OgiltigtFormularException(etikett + " ska vara ett heltal, inte '" + text + "'.");
        }
    }

    public boolean ja(Formularnyckel falt) {
        Object varde = scope.getVariable(falt.nyckel());
        return Boolean.TRUE.equals(varde) || "ja".equals(varde) || "true".equals(varde);
    }

    public <E extends Enum<E>> E val(Formularnyckel falt, Class<E> typ, String etikett) {
        String text = text(falt);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(typ, text);
        } catch (IllegalArgumentException e) {
            throw new OgiltigtFormularException(etikett + " har ett okänt värde: " + text + ".");
        }
    }
}
