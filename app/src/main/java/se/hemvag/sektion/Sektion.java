package se.hemvag.sektion;

import java.util.Arrays;
import java.util.Optional;

/** The unit's sections. Each is a Camunda group of type WORKFLOW; user tasks go to them. */
public enum Sektion {
    MOTTAGNINGEN("mottagningen", "Hemlöshetsmottagningen"),
    FORSORJNING("forsorjning", "Försörjnings- och utredningssektionen"),
    VUXEN("vuxen", "Vuxensektionen"),
    VARD_OCH_OMSORG("vard-och-omsorg", "Vård- och omsorgssektionen"),
    ADMINISTRATIONEN("administrationen", "Administrationen");

    private final String gruppId;
    private final String namn;

    Sektion(String gruppId, String namn) {
        this.gruppId = gruppId;
        this.namn = namn;
    }

    public String gruppId() {
        return gruppId;
    }

    public String namn() {
        return namn;
    }

    /**
     * The section's gruppledare and biträdande enhetschef: case reviews with the caseworkers and the
     * section's overdue work. Its members also belong to the section itself, which gives them its tasks.
     */
    public String ledningsgruppId() {
        return "ledning-" + gruppId;
    }

    public String ledningsgruppNamn() {
        return namn + " – gruppledare och biträdande enhetschef";
    }

    public static Optional<Sektion> medGruppId(String gruppId) {
        return Arrays.stream(values()).filter(s -> s.gruppId.equals(gruppId)).findFirst();
    }
}
