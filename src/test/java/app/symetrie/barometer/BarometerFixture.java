package app.symetrie.barometer;

import app.symetrie.common.Email;
import app.symetrie.common.Role;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Employee;
import app.symetrie.organization.EmployeeId;
import app.symetrie.organization.OrganizationService;
import app.symetrie.security.SignedInUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Builds small organizations and complete answers for barometer tests, and runs code as a given person. */
public final class BarometerFixture {

    private BarometerFixture() {
    }

    public static <T> T as(Role role, Callable<T> work) {
        SignedInUser user = new SignedInUser("system@test.example", "Test", "", Role.expand(Set.of(role)), null, null,
                Locale.FRENCH, true);
        return as(user, work);
    }

    public static <T> T as(Employee e, Callable<T> work) {
        return as(e, Role.EMPLOYEE, work);
    }

    /** As a person of the organization holding {@code role} (a manager of their own department, say). */
    public static <T> T as(Employee e, Role role, Callable<T> work) {
        SignedInUser user = new SignedInUser(e.email().value(), e.fullName(), "", Role.expand(Set.of(role)), e.id(),
                e.departmentId(), e.locale(), true);
        return as(user, work);
    }

    /** As this session user, in the current thread; the previous security context is put back afterwards. */
    public static <T> T as(SignedInUser user, Callable<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Submits {@code form} to {@code wave} as {@code employee}. */
    public static void submitAs(Employee employee, BarometerService barometer, WaveId wave, AnswerForm form) {
        as(employee, () -> {
            barometer.submit(wave, form);
            return null;
        });
    }

    /** A department with {@code size} people whose e-mails start with {@code prefix}. */
    public static List<Employee> department(OrganizationService organization, String name, DepartmentKind kind, int size) {
        return as(Role.ADMIN, () -> {
            Department d = organization.saveDepartment(new Department(DepartmentId.random(), name, kind, null));
            List<Employee> people = new ArrayList<>();
            String prefix = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            for (int i = 0; i < size; i++) {
                people.add(organization.saveEmployee(new Employee(EmployeeId.random(), "P" + i, "Person " + name,
                        new Email(prefix + i + "@test.example"), d.id(), null, false, Locale.FRENCH)));
            }
            return people;
        });
    }

    public static Campaign campaign(String name, LocalDate firstOpening, List<DepartmentId> targets) {
        return new Campaign(CampaignId.random(), name, Cadence.QUARTERLY, firstOpening, 14, targets, List.of(3, 10),
                AnonymityThresholds.DEFAULT, true);
    }

    /** A complete, valid answer to {@code q}, every score = {@code score}. */
    public static AnswerForm complete(Questionnaire q, int score, String comment) {
        Map<String, Integer> scores = new HashMap<>();
        q.statements().forEach(s -> scores.put(s.code(), score));
        Map<String, AnswerForm.ToolUse> tools = new HashMap<>();
        q.tools().forEach(t -> tools.put(t.code(), new AnswerForm.ToolUse(Frequency.DAILY, score)));
        Set<String> pains = new HashSet<>();
        pains.add(q.painPoints().getFirst().code());
        return new AnswerForm(scores, tools, pains, 8, comment);
    }
}
