package se.hemvag.rapport;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import se.hemvag.delat.EjBehorigException;
import se.hemvag.delat.OgiltigBegaranException;
import se.hemvag.security.InloggadAnvandare;
import se.hemvag.sektion.Grupper;
import se.hemvag.sektion.Sektion;

/** Whose figures the user may read: ledning the whole unit and any section, a section's leads their own. */
@Component
class Siffrornasbehorighet {

    private final InloggadAnvandare inloggad;

    Siffrornasbehorighet(InloggadAnvandare inloggad) {
        this.inloggad = inloggad;
    }

    /** What the dashboard offers this user: the whole unit or not, and the sections. */
    record Urval(boolean helaEnheten, List<String> sektioner) {
    }

    Urval urval() {
        if (inloggad.tillhorNagon(Grupper.LEDNING)) {
            return new Urval(true, Arrays.stream(Sektion.values()).filter(s -> s != Sektion.ADMINISTRATIONEN)
                    .map(Sektion::gruppId).toList());
        }
        return new Urval(false, Arrays.stream(Sektion.values()).filter(s -> inloggad.tillhorNagon(s.ledningsgruppId()))
                .map(Sektion::gruppId).toList());
    }

    /** The section asked for, if this user may read it (null: the whole unit, for ledning). */
    Sektion sektion(String gruppId) {
        Sektion sektion = gruppId == null || gruppId.isBlank() ? null : Sektion.medGruppId(gruppId.strip()).orElseThrow(
                () -> new OgiltigBegaranException("Det finns ingen sektion '" + gruppId + "'."));
        Urval urval = urval();
        if (urval.helaEnheten() || (sektion != null && urval.sektioner().contains(sektion.gruppId()))) {
            return sektion;
        }
        if (!urval.sektioner().isEmpty()) {
            throw new EjBehorigException("Du ser siffrorna för din egen sektion: ange sektion=" + urval.sektioner().get(0) + ".");
        }
        throw new EjBehorigException("Enhetens siffror är för ledningen och sektionernas gruppledare och biträdande enhetschefer.");
    }
}
