package app.symetrie.training;

import static org.assertj.core.api.Assertions.assertThat;

import app.symetrie.barometer.DepartmentHighlights;
import app.symetrie.organization.DepartmentId;
import app.symetrie.security.SignedInUser;
import app.symetrie.security.internal.AccountUserDetailsService;
import app.symetrie.test.RunAs;
import app.symetrie.test.WithDemoCompany;
import app.symetrie.training.internal.CourseRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** "Recommended for you" waits for the barometer's published results, then follows the department's weak spots. */
@WithDemoCompany
class RecommendationIT {

    RunAs runAs;

    @BeforeEach
    void runAs(@Autowired SecurityContextHolderStrategy security) {
        runAs = new RunAs(security);
    }

    @Autowired
    RecommendationService recommendations;
    @Autowired
    CourseRepository courses;
    @Autowired
    AccountUserDetailsService users;

    SignedInUser camille() {
        return (SignedInUser) users.loadUserByUsername("employe@demo.symetrie.fr");
    }

    @Test
    void with_the_demo_barometer_published_the_courses_match_the_department_s_real_weak_spots() {
        DepartmentHighlights.WeakSpots spots = realHighlights.lastClosedWave(camille().departmentId()).orElseThrow();
        Recommendations r = runAs.call(camille(), recommendations::forMe);
        assertThat(r.available()).isTrue();
        assertThat(r.courses()).isNotEmpty().allSatisfy(c -> assertThat(
                spots.weakestTools().contains(c.course().tool()) || spots.topPainPoints().contains(c.course().painPoint()))
                .as(c.course().title()).isTrue());
    }

    @org.springframework.beans.factory.annotation.Autowired
    DepartmentHighlights realHighlights;

    @Test
    void once_published_the_courses_on_the_department_s_weak_spots_come_first() {
        List<DepartmentId> asked = new ArrayList<>();
        DepartmentHighlights highlights = department -> {
            asked.add(department);
            return Optional.of(new DepartmentHighlights.WeakSpots(List.of("erp", "expenses"),
                    List.of("heavy_procedures")));
        };
        ObjectProvider<DepartmentHighlights> provider = new StaticListableBeanFactory(Map.of("h", highlights))
                .getBeanProvider(DepartmentHighlights.class);
        Recommendations r = runAs.call(camille(), () -> new RecommendationService(provider, courses).forMe());
        assertThat(asked).containsExactly(camille().departmentId());
        assertThat(r.available()).isTrue();
        assertThat(r.courses()).extracting(c -> c.course().title()).startsWith(
                "ERP : saisie des factures fournisseurs", "Notes de frais en 5 minutes");
        assertThat(r.courses()).hasSizeLessThanOrEqualTo(Recommendations.MAX)
                .allMatch(c -> c.tool() != null || c.painPoint() != null);

        DepartmentHighlights nothingYet = department -> Optional.empty();
        ObjectProvider<DepartmentHighlights> empty = new StaticListableBeanFactory(Map.of("h", nothingYet))
                .getBeanProvider(DepartmentHighlights.class);
        assertThat(runAs.call(camille(), () -> new RecommendationService(empty, courses).forMe()).available())
                .isFalse();
    }
}
