package se.hemvag.sektion;

/** Camunda groups besides the sections. */
public final class Grupper {

    /** Enhetschef and biträdande enhetschefer: follow the process and the figures. */
    public static final String LEDNING = "ledning";
    /** Redesign and deploy BPMN, DMN and forms; no client data. */
    public static final String PROCESSAGARE = "processagare";
    /**
     * Administer users and groups in Camunda Admin, nothing else. Not Camunda's own camunda-admin
     * group, which the engine lets past every check: that one holds only the bootstrap account.
     */
    public static final String ADMINISTRATORER = "administratorer";
    /** Read the operational metrics and the health checks' details (/actuator); no client data, no engine rights. */
    public static final String OVERVAKNING = "overvakning";
    /**
     * The ledningsgrupp's utredningssekreterare: review the monthly spot checks (stickprov) of the
     * investigations for the child perspective, and read a drawn case only while its review is open.
     */
    public static final String UTREDNINGSSEKRETERARE = "utredningssekreterare";

    private Grupper() {
    }
}
