package se.hemvag.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.DELETE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.BATCH;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.GROUP_MEMBERSHIP;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.hemvag.sektion.Grupper;
import se.hemvag.sektion.Sektion;

/**
 * What each group may do in the engine and the webapps. A section works only the tasks routed
 * to it: the engine grants a candidate group READ and UPDATE on each task it gets, and nothing
 * here grants tasks across sections. Seeded at every start; missing permissions are added.
 */
@Component
class Behorigheter {

    /** The process an application starts (the arende module's ArendeProcess). */
    private static final String ARENDEPROCESSEN = "ArendeProcess";
    /** The monthly spot checks of the investigations (the stickprov module's StickprovProcess). */
    private static final String STICKPROVPROCESSEN = "StickprovProcess";

    private final AuthorizationService authorizationService;

    Behorigheter(AuthorizationService authorizationService) {
        this.authorizationService = authorizationService;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(2)
    void seedaBehorigheter() {
        for (Sektion sektion : Sektion.values()) {
            String grupp = sektion.gruppId();
            tillat(grupp, APPLICATION, "tasklist", ACCESS);
            // process models hold no client data; Tasklist shows their names and start forms
            tillat(grupp, PROCESS_DEFINITION, ANY, READ);
            // the section's leads work in Tasklist too; the section's tasks reach them as members of the section
            tillat(sektion.ledningsgruppId(), APPLICATION, "tasklist", ACCESS);
            tillat(sektion.ledningsgruppId(), PROCESS_DEFINITION, ANY, READ);
            // who works in the section is the leads' decision: in Camunda Admin they find the accounts
            // administratorer created and add them to their own section (four eyes on access to cases)
            tillat(sektion.ledningsgruppId(), APPLICATION, "admin", ACCESS);
            tillat(sektion.ledningsgruppId(), USER, ANY, READ);
            tillat(sektion.ledningsgruppId(), GROUP, grupp, READ);
            tillat(sektion.ledningsgruppId(), GROUP_MEMBERSHIP, grupp, ALL);
        }
        // the evening emergency-shelter assessment (tak över huvudet) is mottagningen's
        tillat(Sektion.MOTTAGNINGEN.gruppId(), PROCESS_DEFINITION, "TogProcess", CREATE_INSTANCE);
        for (Sektion registrerar : new Sektion[] {Sektion.MOTTAGNINGEN, Sektion.ADMINISTRATIONEN}) {
            tillat(registrerar.gruppId(), PROCESS_DEFINITION, ARENDEPROCESSEN, CREATE_INSTANCE);
            tillat(registrerar.gruppId(), PROCESS_INSTANCE, ANY, CREATE);
        }

        // the responsible section applies for a trial apartment; administrationen plans Lägenhetsinfo
        for (Sektion handlaggande : new Sektion[] {Sektion.FORSORJNING, Sektion.VUXEN, Sektion.VARD_OCH_OMSORG}) {
            tillat(handlaggande.gruppId(), PROCESS_DEFINITION, "ForsokslagenhetProcess", CREATE_INSTANCE);
            tillat(handlaggande.gruppId(), PROCESS_INSTANCE, ANY, CREATE);
        }
        // a section ends or changes the interventions it decided (medhandläggning included, mottagningen too)
        for (Sektion beslutande : new Sektion[] {Sektion.FORSORJNING, Sektion.VUXEN, Sektion.VARD_OCH_OMSORG,
                Sektion.MOTTAGNINGEN}) {
            tillat(beslutande.gruppId(), PROCESS_DEFINITION, "InsatsandringProcess", CREATE_INSTANCE);
        }
        tillat(Sektion.ADMINISTRATIONEN.gruppId(), PROCESS_DEFINITION, "LagenhetsinfoProcess", CREATE_INSTANCE);

        // the case actions of Tasklist's "Starta process": each process runs the same rules as its REST endpoint
        for (Sektion handlaggande : new Sektion[] {Sektion.FORSORJNING, Sektion.VUXEN, Sektion.VARD_OCH_OMSORG}) {
            for (String process : List.of("MedhandlaggningBegaranProcess", "SipBegaranProcess", "SamtyckeAterkallatProcess")) {
                tillat(handlaggande.gruppId(), PROCESS_DEFINITION, process, CREATE_INSTANCE);
            }
        }
        for (Sektion sektion : new Sektion[] {Sektion.FORSORJNING, Sektion.VUXEN, Sektion.VARD_OCH_OMSORG, Sektion.MOTTAGNINGEN}) {
            tillat(sektion.gruppId(), PROCESS_DEFINITION, "AvslutBegaranProcess", CREATE_INSTANCE);
            tillat(sektion.gruppId(), PROCESS_DEFINITION, "KontaktProcess", CREATE_INSTANCE);
            tillat(sektion.ledningsgruppId(), PROCESS_DEFINITION, "ArendegenomgangProcess", CREATE_INSTANCE);
            tillat(sektion.ledningsgruppId(), PROCESS_INSTANCE, ANY, CREATE);
        }
        tillat(Sektion.ADMINISTRATIONEN.gruppId(), PROCESS_DEFINITION, "KontaktProcess", CREATE_INSTANCE);
        for (Sektion anmaler : new Sektion[] {Sektion.FORSORJNING, Sektion.VUXEN, Sektion.VARD_OCH_OMSORG, Sektion.ADMINISTRATIONEN}) {
            tillat(anmaler.gruppId(), PROCESS_DEFINITION, "HyresskuldProcess", CREATE_INSTANCE);
        }

        // the spot checks (stickprov): their review tasks in Tasklist; the engine grants each task to the group, and
        // the drawn case is readable only while its review is open (stickprov.StickprovInsyn)
        tillat(Grupper.UTREDNINGSSEKRETERARE, APPLICATION, "tasklist", ACCESS);
        tillat(Grupper.UTREDNINGSSEKRETERARE, PROCESS_DEFINITION, STICKPROVPROCESSEN, READ);

        tillat(Grupper.LEDNING, APPLICATION, "cockpit", ACCESS);
        tillat(Grupper.LEDNING, PROCESS_DEFINITION, ANY, READ, READ_INSTANCE, READ_HISTORY, READ_TASK);
        tillat(Grupper.LEDNING, PROCESS_INSTANCE, ANY, READ);
        tillat(Grupper.LEDNING, TASK, ANY, READ);
        tillat(Grupper.LEDNING, DECISION_DEFINITION, ANY, READ, READ_HISTORY);
        tillat(Grupper.LEDNING, DECISION_REQUIREMENTS_DEFINITION, ANY, READ);
        tillat(Grupper.LEDNING, DEPLOYMENT, ANY, READ);

        // users and groups, in Camunda Admin; no authorizations, and the guard (Kommandovakt) leaves section
        // memberships to the sections' leads, so no way to grant itself or anyone client data
        tillat(Grupper.ADMINISTRATORER, APPLICATION, "admin", ACCESS);
        tillat(Grupper.ADMINISTRATORER, USER, ANY, ALL);
        tillat(Grupper.ADMINISTRATORER, GROUP, ANY, ALL);
        tillat(Grupper.ADMINISTRATORER, GROUP_MEMBERSHIP, ANY, ALL);

        tillat(Grupper.PROCESSAGARE, APPLICATION, "cockpit", ACCESS);
        tillat(Grupper.PROCESSAGARE, DEPLOYMENT, ANY, CREATE, READ, DELETE);
        tillat(Grupper.PROCESSAGARE, PROCESS_DEFINITION, ANY, READ);
        tillat(Grupper.PROCESSAGARE, DECISION_DEFINITION, ANY, READ);
        tillat(Grupper.PROCESSAGARE, DECISION_REQUIREMENTS_DEFINITION, ANY, READ);
        // the batches that move running cases between versions (Processversioner), followed in Cockpit: counts, no cases
        tillat(Grupper.PROCESSAGARE, BATCH, ANY, READ, READ_HISTORY);
    }

    private void tillat(String grupp, Resource resurs, String resursId, Permission... behorigheter) {
        Authorization befintlig = authorizationService.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(grupp).resourceType(resurs).resourceId(resursId).singleResult();
        Authorization auth = befintlig != null ? befintlig
                : authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        if (befintlig != null && Arrays.stream(behorigheter).allMatch(befintlig::isPermissionGranted)) {
            return;
        }
        auth.setGroupId(grupp);
        auth.setResource(resurs);
        auth.setResourceId(resursId);
        for (Permission behorighet : behorigheter) {
            auth.addPermission(behorighet);
        }
        authorizationService.saveAuthorization(auth);
    }
}
