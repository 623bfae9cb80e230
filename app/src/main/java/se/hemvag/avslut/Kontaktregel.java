package se.hemvag.avslut;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * The unit's rule for closing a client not heard from, as the decision table's row
 * Rule_TillrackligaForsok currently says it: the text in forms and messages is made from it, so a
 * process owner's change in the Modeler keeps them true.
 */
public record Kontaktregel(int minstForsok, int minstDagar, int minstTelefon) {

    static final String RAD = "Rule_TillrackligaForsok";
    private static final Pattern MINST = Pattern.compile("^\\s*(>=?)\\s*(\\d+)\\s*$");

    public String text() {
        List<String> delar = new ArrayList<>();
        delar.add("minst " + minstForsok + " kontaktförsök" + (minstDagar > 0 ? " under minst " + minstDagar + " dagar" : ""));
        if (minstTelefon > 0) {
            delar.add("minst " + minstTelefon + " per telefon");
        }
        return String.join(", ", delar);
    }

    static Kontaktregel ur(DmnModelInstance modell) {
        Rule rad = modell.getModelElementById(RAD);
        if (rad == null) {
            throw new IllegalStateException("Beslutstabellen " + AvslutUtanKontakt.DECISION + " saknar raden " + RAD
                    + " med enhetens regel för kontaktförsök.");
        }
        DecisionTable tabell = (DecisionTable) rad.getParentElement();
        List<Input> kolumner = List.copyOf(tabell.getInputs());
        List<InputEntry> villkor = List.copyOf(rad.getInputEntries());
        return new Kontaktregel(minst(kolumner, villkor, "antalForsok"), minst(kolumner, villkor, "dagarMellanForsok"),
                minst(kolumner, villkor, "antalTelefonforsok"));
    }

    /** The least value a "≥ n" or "> n" condition in the named column lets through; 0 for none. */
    private static int minst(List<Input> kolumner, List<InputEntry> villkor, String variabel) {
        for (int i = 0; i < kolumner.size() && i < villkor.size(); i++) {
            if (variabel.equals(kolumner.get(i).getInputExpression().getText().getTextContent().strip())) {
                // the condition's own text, not the description a cell may carry
                Matcher m = MINST.matcher(villkor.get(i).getText().getTextContent());
                if (m.matches()) {
                    int n = Integer.parseInt(m.group(2));
                    return m.group(1).equals(">") ? n + 1 : n;
                }
            }
        }
        return 0;
    }
}
