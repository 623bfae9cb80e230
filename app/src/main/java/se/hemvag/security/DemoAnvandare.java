package se.hemvag.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.hemvag.sektion.Grupper;
import se.hemvag.sektion.Sektion;

/**
 * Demo profile only: one caseworker per section (handlaggare-&lt;section&gt;), a gruppledare in
 * Vuxensektionen and a biträdande enhetschef in Försörjningssektionen (who is also in ledning), chef (ledning) and
 * processagare, admin (users and groups only), overvakning (the metrics) and utredningssekreterare (the spot
 * checks), all with password "demo". The bootstrap
 * account in camunda-admin (driftadmin) comes from camunda.bpm.admin-user.
 */
@Component
@Profile("demo")
class DemoAnvandare {

    static final String LOSENORD = "demo";

    private final IdentityService identityService;

    DemoAnvandare(IdentityService identityService) {
        this.identityService = identityService;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(3)
    void skapaDemoanvandare() {
        for (Sektion sektion : Sektion.values()) {
            skapa("handlaggare-" + sektion.gruppId(), "Handläggare", sektion.namn(), sektion.gruppId());
        }
        skapa("gruppledare-vuxen", "Gruppledare", Sektion.VUXEN.namn(), Sektion.VUXEN.gruppId(),
                Sektion.VUXEN.ledningsgruppId());
        skapa("bitradande-enhetschef-forsorjning", "Biträdande enhetschef", Sektion.FORSORJNING.namn(),
                Sektion.FORSORJNING.gruppId(), Sektion.FORSORJNING.ledningsgruppId(), Grupper.LEDNING);
        skapa("chef", "Enhetschef", "Demo", Grupper.LEDNING);
        skapa("processagare", "Processägare", "Demo", Grupper.PROCESSAGARE);
        skapa("admin", "Administratör", "Demo", Grupper.ADMINISTRATORER);
        skapa("overvakning", "Övervakning", "Demo", Grupper.OVERVAKNING);
        skapa("utredningssekreterare", "Utredningssekreterare", "Demo", Grupper.UTREDNINGSSEKRETERARE);
        // an older demo database made admin the engine's superuser; that is driftadmin's now
        if (identityService.createUserQuery().userId("admin").memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0) {
            identityService.deleteMembership("admin", Groups.CAMUNDA_ADMIN);
        }
    }

    private void skapa(String id, String fornamn, String efternamn, String... grupper) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User anvandare = identityService.newUser(id);
            anvandare.setFirstName(fornamn);
            anvandare.setLastName(efternamn);
            anvandare.setPassword(LOSENORD);
            identityService.saveUser(anvandare);
        }
        for (String grupp : grupper) {
            if (identityService.createUserQuery().userId(id).memberOfGroup(grupp).count() == 0) {
                identityService.createMembership(id, grupp);
            }
        }
    }
}
