package se.hemvag;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The domain modules (one package each) depend only on the modules their package-info.java allows,
 * through their root packages and without cycles, and never on another module's repositories: a
 * module's data is reached through its services. Writes the module diagrams to
 * app/target/spring-modulith-docs.
 */
class ModulerTest {

    private final ApplicationModules moduler = ApplicationModules.of(HemvagApplication.class);

    @Test
    void modulgranserHalls() {
        moduler.verify();
    }

    @Test
    void ingenModulAnvanderEnAnnanModulsRepositorier() {
        JavaClasses klasser = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.hemvag");
        for (ApplicationModule modul : moduler) {
            String paket = modul.getBasePackage().getName();
            noClasses().that().resideOutsideOfPackage(paket + "..")
                    .should().dependOnClassesThat(resideInAPackage(paket + "..").and(simpleNameEndingWith("Repository")))
                    .because(modul.getDisplayName() + "s data nås genom modulens tjänster")
                    .check(klasser);
        }
    }

    @Test
    void modulernaDokumenteras() {
        new Documenter(moduler).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
