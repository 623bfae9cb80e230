package se.hemvag;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import se.hemvag.ansokan.NyAnsokan;
import se.hemvag.arende.Ansokningskanal;
import se.hemvag.klient.Identitetsnummer;
import se.hemvag.klient.Kon;

/** Fictitious applicants, each with a synthetic personnummer no other test uses. */
public final class Testklienter {

    /** The note every test application carries, so a harness can tell its cases from the demo's. */
    public static final String ANTECKNING = "Testansökan";

    private static final AtomicInteger NASTA = new AtomicInteger();

    private Testklienter() {
    }

    public static NyAnsokan ansokan() {
        return ansokan(40);
    }

    public static NyAnsokan ansokan(int alder) {
        int n = NASTA.incrementAndGet();
        LocalDate fodd = LocalDate.now().minusYears(alder).minusDays(30 + n / 10);
        Kon kon = n % 2 == 0 ? Kon.KVINNA : Kon.MAN;
        return new NyAnsokan(Identitetsnummer.syntetiskt(fodd, n, kon), null, null, "Test" + n, "Testsson",
                "070-123 45 67", Ansokningskanal.RECEPTION, ANTECKNING);
    }
}
