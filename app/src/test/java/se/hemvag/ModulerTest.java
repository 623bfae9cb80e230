package se.hemvag;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.web.bind.annotation.RestController;

/**
 * The domain modules (one package each) depend only on the modules their package-info.java allows,
 * through their root packages and without cycles. Repositories are package-private, so a module's
 * data is reached only through its services (the compiler enforces it), and controllers reach neither
 * repositories nor the engine: they translate HTTP and leave the rest to services. Writes the module diagrams to
 * app/target/spring-modulith-docs.
 */
class ModulerTest {

    private final ApplicationModules moduler = ApplicationModules.of(HemvagApplication.class);

    @Test
    void modulgranserHalls() {
        moduler.verify();
    }

    @Test
    void repositorierArPaketprivata() {
        JavaClasses klasser = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.hemvag");
        classes().that().areAssignableTo(Repository.class).should().notBePublic()
                .because("en moduls data nås genom modulens tjänster, aldrig genom dess repositorier")
                .check(klasser);
    }

    @Test
    void kontrollernaArTunna() {
        JavaClasses klasser = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.hemvag");
        noClasses().that().areAnnotatedWith(RestController.class)
                .should().dependOnClassesThat(assignableTo(Repository.class).or(resideInAPackage("org.camunda.bpm.engine..")))
                .because("en kontroller översätter HTTP; data, motorn och behörigheten sköts av modulens tjänster")
                .check(klasser);
    }

    @Test
    void modulernaDokumenteras() {
        new Documenter(moduler).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
