package se.hemvag.sektion;

/** Camunda groups besides the sections. */
public final class Grupper {

    /** Enhetschef and biträdande enhetschefer: follow the process and the figures. */
    public static final String LEDNING = "ledning";
    /** Redesign and deploy BPMN, DMN and forms; no client data. */
    public static final String PROCESSAGARE = "processagare";

    private Grupper() {
    }
}
