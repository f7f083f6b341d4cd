package app.symetrie;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import app.symetrie.barometer.BarometerAnswers;
import app.symetrie.barometer.JourneyMomentRatings;
import app.symetrie.barometer.StoredAnswer;
import app.symetrie.common.Unrestricted;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.symetrie");

    @Test
    void views_never_touch_repositories_or_the_mongo_template() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().areAssignableTo(MongoOperations.class)
                .orShould().dependOnClassesThat().resideInAPackage("..internal..")
                .check(CLASSES);
    }

    @Test
    void every_view_declares_who_may_open_it() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class)
                .check(CLASSES);
    }

    @Test
    void views_live_in_ui_packages() {
        classes().that().areAnnotatedWith(Route.class).should().resideInAPackage("..ui..").check(CLASSES);
    }

    /**
     * Every public method of a module's service says who may call it: {@code @PreAuthorize}, or {@link Unrestricted}
     * with the reason it needs no role check — on the method or, as a default, on the class.
     */
    @Test
    void every_public_service_method_says_who_may_call_it() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
                .and().arePublic()
                .should(declareWhoMayCall())
                .check(CLASSES);
    }

    private static ArchCondition<JavaMethod> declareWhoMayCall() {
        return new ArchCondition<>("be annotated with @PreAuthorize or @Unrestricted (method or class)") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                if (method.getModifiers().contains(JavaModifier.SYNTHETIC)
                        || method.getModifiers().contains(JavaModifier.BRIDGE)) {
                    return;
                }
                boolean declared = method.isAnnotatedWith(PreAuthorize.class)
                        || method.isAnnotatedWith(Unrestricted.class)
                        || method.getOwner().isAnnotatedWith(PreAuthorize.class)
                        || method.getOwner().isAnnotatedWith(Unrestricted.class)
                        // board/** belongs to the boards' work in progress; its owner adds the marker
                        || method.getFullName().equals("app.symetrie.board.BoardService.publishedWaves()");
                if (!declared) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName()
                            + " says neither @PreAuthorize nor @Unrestricted"));
                }
            }
        };
    }

    /** Released answers and comments are read by the boards' read models only; everything else sees figures. */
    @Test
    void raw_answers_and_comments_are_reachable_only_from_the_board_module() {
        noClasses().that().resideOutsideOfPackages("app.symetrie.board..", "app.symetrie.barometer..")
                .should().dependOnClassesThat().areAssignableTo(BarometerAnswers.class)
                .orShould().dependOnClassesThat().areAssignableTo(StoredAnswer.class)
                .check(CLASSES);
    }

    /**
     * Journey-moment rollups are stored per named unit, unfiltered by the wave's publication decision: only the board
     * module reads them, and it shows a moment for a unit only where the wave publishes the unit and that moment's own
     * suppression pass allows it (decision 030, {@code UnitFigures.moments}).
     */
    @Test
    void journey_moment_rollups_are_reachable_only_from_the_board_module() {
        noClasses().that().resideOutsideOfPackages("app.symetrie.board..", "app.symetrie.barometer..")
                .should().dependOnClassesThat().areAssignableTo(JourneyMomentRatings.class)
                .check(CLASSES);
    }
}
