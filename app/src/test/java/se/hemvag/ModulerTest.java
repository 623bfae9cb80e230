package se.hemvag;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The domain modules (one package each) depend on each other only through their root packages,
 * and without cycles. Writes the module diagrams to app/target/spring-modulith-docs.
 */
class ModulerTest {

    private final ApplicationModules moduler = ApplicationModules.of(HemvagApplication.class);

    @Test
    void modulgranserHalls() {
        moduler.verify();
    }

    @Test
    void modulernaDokumenteras() {
        new Documenter(moduler).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
