package app.symetrie.training;

import app.symetrie.barometer.DepartmentHighlights;
import app.symetrie.security.CurrentUser;
import app.symetrie.security.SignedInUser;
import app.symetrie.training.internal.CourseRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Courses for the signed-in person from their department's weak spots. The barometer provides those once its
 * results are published ({@link DepartmentHighlights}); until then there is no recommendation, and the page says so
 * rather than guessing.
 */
@Service
public class RecommendationService {

    private final ObjectProvider<DepartmentHighlights> highlights;
    private final CourseRepository courses;

    RecommendationService(ObjectProvider<DepartmentHighlights> highlights, CourseRepository courses) {
        this.highlights = highlights;
        this.courses = courses;
    }

    @PreAuthorize("isAuthenticated()")
    public Recommendations forMe() {
        SignedInUser user = CurrentUser.require();
        DepartmentHighlights source = highlights.getIfAvailable();
        if (user.departmentId() == null || source == null) {
            return Recommendations.unavailable();
        }
        return source.lastClosedWave(user.departmentId())
                .map(weak -> Recommendations.from(
                        courses.findAll().stream().map(TrainingCatalogService::toDomain).toList(), weak))
                .orElseGet(Recommendations::unavailable);
    }
}
