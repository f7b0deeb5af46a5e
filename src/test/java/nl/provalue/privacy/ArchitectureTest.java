package nl.provalue.privacy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package layout is the architecture: the domain (the policy's rules) depends on nothing of
 * the portal's own outside it, the application services on the domain only, the infrastructure
 * never on the screens, and no two layers depend on each other.
 */
@AnalyzeClasses(packages = "nl.provalue.privacy", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theDomainStandsOnItsOwn = noClasses()
            .that()
            .resideInAPackage("nl.provalue.privacy.domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "nl.provalue.privacy.application..",
                    "nl.provalue.privacy.infrastructure..",
                    "nl.provalue.privacy.web..");

    @ArchTest
    static final ArchRule applicationServicesUseOnlyTheDomain = noClasses()
            .that()
            .resideInAPackage("nl.provalue.privacy.application..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("nl.provalue.privacy.infrastructure..", "nl.provalue.privacy.web..");

    @ArchTest
    static final ArchRule theInfrastructureKnowsNoScreens = noClasses()
            .that()
            .resideInAPackage("nl.provalue.privacy.infrastructure..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("nl.provalue.privacy.web..");

    @ArchTest
    static final ArchRule theLayersFormNoCycle =
            slices().matching("nl.provalue.privacy.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noPackagesFormACycle =
            slices().matching("nl.provalue.privacy.(*).(*)..").should().beFreeOfCycles();
}
