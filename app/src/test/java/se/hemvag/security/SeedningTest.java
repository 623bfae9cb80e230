package se.hemvag.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.hemvag.HemvagSpringTest;
import se.hemvag.sektion.Grupper;
import se.hemvag.sektion.Sektion;
import se.hemvag.sektion.Sektionsgrupper;

/** Groups, filters, authorizations and demo users are seeded at every start, and only once. */
@HemvagSpringTest
class SeedningTest {

    @Autowired Sektionsgrupper sektionsgrupper;
    @Autowired Behorigheter behorigheter;
    @Autowired DemoAnvandare demoAnvandare;
    @Autowired IdentityService identityService;
    @Autowired FilterService filterService;
    @Autowired AuthorizationService authorizationService;

    @Test
    void sektionerGrupperOchDemoanvandareFinns() {
        for (Sektion sektion : Sektion.values()) {
            assertThat(identityService.createGroupQuery().groupId(sektion.gruppId()).groupType("WORKFLOW").count())
                    .as(sektion.gruppId()).isOne();
            assertThat(identityService.createUserQuery().userId("handlaggare-" + sektion.gruppId())
                    .memberOfGroup(sektion.gruppId()).count()).isOne();
            assertThat(filterService.createFilterQuery().filterName(Sektionsgrupper.sektionensUppgifter(sektion)).count())
                    .isOne();
        }
        assertThat(identityService.createUserQuery().userId("chef").memberOfGroup(Grupper.LEDNING).count()).isOne();
        assertThat(identityService.createUserQuery().userId("processagare").memberOfGroup(Grupper.PROCESSAGARE).count())
                .isOne();
        assertThat(identityService.createUserQuery().userId("admin").memberOfGroup(Grupper.ADMINISTRATORER).count()).isOne();
        assertThat(identityService.createUserQuery().userId("admin").memberOfGroup("camunda-admin").count())
                .as("admin sköter användare och grupper, inte motorn").isZero();
        assertThat(identityService.createUserQuery().userId("driftadmin").memberOfGroup("camunda-admin").count()).isOne();
        assertThat(identityService.createUserQuery().userId("utredningssekreterare").memberOfGroup(Grupper.UTREDNINGSSEKRETERARE)
                .count()).isOne();
        assertThat(filterService.createFilterQuery().filterName(Sektionsgrupper.STICKPROV_ATT_GRANSKA).count()).isOne();
    }

    @Test
    void enOmstartSkaparIngentingTvaGanger() {
        long filter = filterService.createFilterQuery().count();
        long behorighetsposter = authorizationService.createAuthorizationQuery().count();
        long grupper = identityService.createGroupQuery().count();
        long anvandare = identityService.createUserQuery().count();

        sektionsgrupper.skapaGrupperOchFilter();
        behorigheter.seedaBehorigheter();
        demoAnvandare.skapaDemoanvandare();

        assertThat(filterService.createFilterQuery().count()).isEqualTo(filter);
        assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(behorighetsposter);
        assertThat(identityService.createGroupQuery().count()).isEqualTo(grupper);
        assertThat(identityService.createUserQuery().count()).isEqualTo(anvandare);
    }
}
