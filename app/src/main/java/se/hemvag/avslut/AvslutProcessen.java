package se.hemvag.avslut;

/** Ids of AvslutProcess that code and tests rely on. */
public final class AvslutProcessen {

    public static final String PROCESS_ID = "AvslutProcess";
    public static final String TASK_AVSLUTNINGSBLANKETT = "Task_Avslutningsblankett";

    private AvslutProcessen() {
    }
}
