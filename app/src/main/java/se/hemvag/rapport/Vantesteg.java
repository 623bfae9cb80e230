package se.hemvag.rapport;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.hemvag.arende.ArendeProcessen;
import se.hemvag.avslut.AvslutProcessen;
import se.hemvag.avslut.KontaktforsokProcessen;
import se.hemvag.forsokslagenhet.ForsokslagenhetProcessen;
import se.hemvag.tillhorighet.TillhorighetProcessen;

/**
 * The stages where a case waits, each with the query that finds the open cases at it now and the day
 * each entered it (INDIKATORER.md, "Where cases wait"). The query gives the case number, the
 * responsible section (mottagningen while none is set) and the start: a date from the domain tables,
 * or for the closure form the time the engine created its task. The activities are where the stage
 * is drawn in each process; Cockpit's badge goes on the first one of a process.
 */
enum Vantesteg {

    TILLHORIGHETSUTREDNING("tillhorighetsutredning", "Tillhörighetsutredning",
            "Från ansökningsdatumet tills tillhörigheten är utredd (ärendets status TILLHORIGHETSUTREDNING).",
            aktiviteter(ArendeProcessen.PROCESS_ID, List.of("CallActivity_Tillhorighet"),
                    TillhorighetProcessen.PROCESS_ID, List.of(TillhorighetProcessen.TASK_TILLHORIGHETSUTREDNING,
                            TillhorighetProcessen.TASK_LANKA_TILL_STADSDEL, TillhorighetProcessen.TASK_HANVISA_UNDER_20)),
            false,
            "select a.arendenummer, " + Vantesteg.SEKTION + ", a.ansokningsdatum from arende a"
                    + " where a.status = 'TILLHORIGHETSUTREDNING'"),

    SEKTIONENS_UTREDNING("sektionens-utredning", "Sektionens utredning",
            "Från dagen tillhörighetsutredningen lämnade ärendet till sektionen tills sektionen påbörjar utredningen"
                    + " (status UTREDNING_EJ_PABORJAD).",
            aktiviteter(ArendeProcessen.PROCESS_ID, List.of(ArendeProcessen.TASK_PABORJA_UTREDNING)),
            false,
            "select a.arendenummer, " + Vantesteg.SEKTION + ", coalesce((select max(t.utredd_datum) from tillhorighetsutredning t"
                    + " where t.arende_id = a.id), a.ansokningsdatum) from arende a where a.status = 'UTREDNING_EJ_PABORJAD'"),

    BESLUT("beslut", "Beslut",
            "Från dagen utredningen påbörjades tills sektionen beslutar om insatser (status UTREDNING).",
            aktiviteter(ArendeProcessen.PROCESS_ID, List.of(ArendeProcessen.TASK_BESLUTA_INSATSER)),
            false,
            "select a.arendenummer, " + Vantesteg.SEKTION + ", coalesce(a.utredning_paborjad, a.ansokningsdatum) from arende a"
                    + " where a.status = 'UTREDNING'"),

    LAGENHETSINFO("lagenhetsinfo", "Väntar på Lägenhetsinfo",
            "Från beslutet om försökslägenhet tills klienten har deltagit i Lägenhetsinfo (beviljad, ingen kallelse med närvaro).",
            aktiviteter(ForsokslagenhetProcessen.PROCESS_ID, List.of("Event_LagenhetsinfoGenomford")),
            false,
            "select a.arendenummer, " + Vantesteg.SEKTION + ", coalesce(f.beslutsdatum, f.ansokt) from forsokslagenhet f"
                    + " join arende a on a.id = f.arende_id where f.status = 'BEVILJAD' and a.avslutad is null"
                    + " and not exists (select 1 from lagenhetsinfo_kallelse c where c.forsokslagenhet_id = f.id"
                    + " and c.narvarande = true)"),

    LAGENHET("lagenhet", "Väntar på lägenhet",
            "Från beslutet om försökslägenhet tills klienten flyttar in (status BEVILJAD); Lägenhetsinfo ryms i samma väntan.",
            aktiviteter(ForsokslagenhetProcessen.PROCESS_ID, List.of(ForsokslagenhetProcessen.TASK_REGISTRERA_LAGENHET,
                    ForsokslagenhetProcessen.TASK_INFLYTTNING)),
            false,
            "select a.arendenummer, " + Vantesteg.SEKTION + ", coalesce(f.beslutsdatum, f.ansokt) from forsokslagenhet f"
                    + " join arende a on a.id = f.arende_id where f.status = 'BEVILJAD' and a.avslutad is null"),

    I_FORSOKSLAGENHET("i-forsokslagenhet", "I försökslägenhet",
            "Från inflyttningsdagen tills försökslägenheten avslutas eller kontraktet tas över (status BOR).",
            aktiviteter(ForsokslagenhetProcessen.PROCESS_ID, List.of("Timer_Granskning", ForsokslagenhetProcessen.TASK_GRANSKA,
                    ForsokslagenhetProcessen.TASK_FORSTAHANDSKONTRAKT, ForsokslagenhetProcessen.TASK_AVVIKELSE)),
            false,
            "select a.arendenummer, " + Vantesteg.SEKTION + ", coalesce(f.inflyttning, f.beslutsdatum, f.ansokt)"
                    + " from forsokslagenhet f join arende a on a.id = f.arende_id where f.status = 'BOR' and a.avslutad is null"),

    AVSLUTSBLANKETT("avslutsblankett", "Avslutsblankett",
            "Från när uppgiften att fylla i avslutningsblanketten skapades tills den är ifylld (motorns öppna uppgift,"
                    + " samma tid som dess start i ACT_HI_TASKINST).",
            aktiviteter(AvslutProcessen.PROCESS_ID, List.of(AvslutProcessen.TASK_AVSLUTNINGSBLANKETT),
                    ArendeProcessen.PROCESS_ID, List.of("CallActivity_Avslut")),
            true,
            "select a.arendenummer, " + Vantesteg.SEKTION + ", t.CREATE_TIME_ from ACT_RU_TASK t"
                    + " join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_ join ACT_RU_EXECUTION p on p.ID_ = t.PROC_INST_ID_"
                    + " join arende a on a.arendenummer = p.BUSINESS_KEY_"
                    + " where t.TASK_DEF_KEY_ = '" + AvslutProcessen.TASK_AVSLUTNINGSBLANKETT + "' and d.KEY_ = '"
                    + AvslutProcessen.PROCESS_ID + "' and a.avslutad is null"),

    KONTAKTFORSOK("kontaktforsok", "Kontaktförsök",
            "Från när kontaktbevakningen fann klienten inte hörd av och kontaktrundan började tills klienten nås eller"
                    + " ärendet ska avslutas (en pågående kontaktförsöksprocess).",
            aktiviteter(KontaktforsokProcessen.PROCESS_ID, List.of(KontaktforsokProcessen.TASK_REGISTRERA_KONTAKTFORSOK,
                    "Timer_NastaForsok"), ArendeProcessen.PROCESS_ID, List.of("CallActivity_Kontaktforsok")),
            true,
            "select a.arendenummer, " + Vantesteg.SEKTION + ", coalesce((select max(r.paborjad) from kontaktrunda r"
                    + " where r.arende_id = a.id), h.START_TIME_) from ACT_RU_EXECUTION e"
                    + " join ACT_RE_PROCDEF d on d.ID_ = e.PROC_DEF_ID_ join arende a on a.arendenummer = e.BUSINESS_KEY_"
                    + " left join ACT_HI_PROCINST h on h.ID_ = e.ID_"
                    + " where e.ID_ = e.PROC_INST_ID_ and d.KEY_ = '" + KontaktforsokProcessen.PROCESS_ID + "' and a.avslutad is null");

    /** The section a case counts for: the responsible one, mottagningen while the belonging is investigated. */
    static final String SEKTION = "coalesce(a.ansvarig_sektion, 'mottagningen')";

    private final String id;
    private final String namn;
    private final String borjar;
    private final Map<String, List<String>> aktiviteter;
    private final boolean tidpunkt;
    private final String fraga;

    Vantesteg(String id, String namn, String borjar, Map<String, List<String>> aktiviteter, boolean tidpunkt, String fraga) {
        this.id = id;
        this.namn = namn;
        this.borjar = borjar;
        this.aktiviteter = aktiviteter;
        this.tidpunkt = tidpunkt;
        this.fraga = fraga;
    }

    String id() {
        return id;
    }

    String namn() {
        return namn;
    }

    /** When a case enters the stage, and when it leaves it, in Swedish. */
    String borjar() {
        return borjar;
    }

    /** Per process key, the BPMN ids of the stage; the first is where Cockpit puts the badge. */
    Map<String, List<String>> aktiviteter() {
        return aktiviteter;
    }

    /** Whether the start is a point in time (the engine's, a contact round's) rather than a date. */
    boolean tidpunkt() {
        return tidpunkt;
    }

    /** The stage's open cases: case number, section, start; a section condition may be appended. */
    String fraga() {
        return fraga;
    }

    private static Map<String, List<String>> aktiviteter(Object... processOchId) {
        Map<String, List<String>> karta = new LinkedHashMap<>();
        for (int i = 0; i < processOchId.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> ids = (List<String>) processOchId[i + 1];
            karta.put((String) processOchId[i], ids);
        }
        return Collections.unmodifiableMap(karta);
    }
}
