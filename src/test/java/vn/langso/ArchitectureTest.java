package vn.langso;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;

/** Keeps the feature packages apart, as ../shared/CONVENTIONS.md describes. */
class ArchitectureTest {

    private static final String[] FEATURES = {"place", "team", "household", "learning", "report", "privacy"};
    private static final String[] OWNERS_OF_DATA = {"place", "team", "household", "learning", "report", "security", "privacy"};
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.langso");
    }

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("vn.langso.(*)..")
                .should().beFreeOfCycles()
                .allowEmptyShould(true)
                .check(classes.that(resideInAnyPackage(featurePackages())));
    }

    @Test
    void repositoriesStayInsideTheirFeature() {
        classes().that().areAssignableTo(Repository.class).should().notBePublic().check(classes);
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(classes);
        for (String feature : OWNERS_OF_DATA) {
            noClasses().that().resideOutsideOfPackage("vn.langso." + feature)
                    .should().dependOnClassesThat(DescribedPredicate.and(assignableTo(Repository.class),
                            resideInAPackage("vn.langso." + feature)))
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void aFeatureDoesNotReachIntoAnotherFeaturesScreens() {
        for (String feature : Stream.concat(Stream.of(OWNERS_OF_DATA), Stream.of("demo")).toList()) {
            noClasses().that().resideInAPackage("vn.langso." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(otherUiPackages(feature))
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void theShellDoesNotKnowTheFeatureScreens() {
        noClasses().that().resideInAPackage("vn.langso.ui")
                .should().dependOnClassesThat().resideInAnyPackage(otherUiPackages("ui"))
                .check(classes);
    }

    @Test
    void servicesLiveInAFeaturesRootPackage() {
        classes().that().areAnnotatedWith(Service.class)
                .should().resideInAPackage("vn.langso.(*)")
                .check(classes);
    }

    private static String[] featurePackages() {
        return Stream.of(FEATURES).map(feature -> "vn.langso." + feature + "..").toArray(String[]::new);
    }

    private static String[] otherUiPackages(String feature) {
        return Stream.of(OWNERS_OF_DATA)
                .filter(other -> !other.equals(feature))
                .map(other -> "vn.langso." + other + ".ui..")
                .toArray(String[]::new);
    }
}
