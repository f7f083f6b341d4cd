package app.symetrie.ambassador;

import app.symetrie.ambassador.internal.AmbassadorDocument;
import app.symetrie.ambassador.internal.AmbassadorRepository;
import app.symetrie.barometer.BarometerCatalog;
import app.symetrie.barometer.CatalogItem;
import app.symetrie.common.UserFacingException;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.Employee;
import app.symetrie.organization.EmployeeId;
import app.symetrie.organization.OrganizationService;
import app.symetrie.security.CurrentUser;
import app.symetrie.security.SignedInUser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What the ambassador services share: turning stored ambassadors into {@link Ambassador}s with the names the HR
 * record has now, finding the signed-in person's ambassador record, and checking catalog codes.
 */
@Component
class Roster {

    private final AmbassadorRepository ambassadors;
    private final OrganizationService organization;
    private final BarometerCatalog catalog;

    Roster(AmbassadorRepository ambassadors, OrganizationService organization, BarometerCatalog catalog) {
        this.ambassadors = ambassadors;
        this.organization = organization;
        this.catalog = catalog;
    }

    Ambassador toDomain(AmbassadorDocument d) {
        Optional<Employee> employee = organization.employee(new EmployeeId(d.employeeId()));
        return new Ambassador(new AmbassadorId(d.id()), new EmployeeId(d.employeeId()),
                employee.map(Employee::fullName).orElse(d.name()),
                employee.map(Employee::departmentId).orElse(new DepartmentId(d.homeDepartmentId())),
                new AmbassadorProfile(d.departments().stream().map(DepartmentId::new).toList(), d.tools(), d.topics(),
                        d.monthlyHours()),
                d.history(), d.publicRanking());
    }

    Optional<Ambassador> byId(AmbassadorId id) {
        return ambassadors.findById(id.value()).map(this::toDomain);
    }

    List<Ambassador> all() {
        return ambassadors.findAll().stream().map(this::toDomain).toList();
    }

    /** Ambassador id → name, for lists that show many sessions or requests. */
    Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        ambassadors.findAll().forEach(d -> names.put(d.id(), organization.employee(new EmployeeId(d.employeeId()))
                .map(Employee::fullName).orElse(d.name())));
        return names;
    }

    String employeeName(EmployeeId id) {
        return organization.employee(id).map(Employee::fullName).orElse("—");
    }

    /** The signed-in person as an employee; refused for accounts that are not linked to one. */
    static EmployeeId currentEmployee() {
        SignedInUser user = CurrentUser.require();
        if (user.employeeId() == null) {
            throw new UserFacingException("ambassador.error.no-employee");
        }
        return user.employeeId();
    }

    Optional<Ambassador> current() {
        SignedInUser user = CurrentUser.require();
        if (user.employeeId() == null) {
            return Optional.empty();
        }
        return ambassadors.findByEmployeeId(user.employeeId().value()).map(this::toDomain);
    }

    /** The signed-in ambassador (active or paused); refused for anyone else. */
    Ambassador requireCurrent() {
        return current().filter(a -> a.status().holdsRole())
                .orElseThrow(() -> new UserFacingException("ambassador.error.not-ambassador"));
    }

    List<String> requireTools(List<String> codes) {
        return requireCodes(codes, catalog.tools());
    }

    List<String> requirePainPoints(List<String> codes) {
        return requireCodes(codes, catalog.painPoints());
    }

    void requireDepartments(List<DepartmentId> departments) {
        Set<DepartmentId> known = organization.departments().stream().map(d -> d.id()).collect(Collectors.toSet());
        if (!known.containsAll(departments)) {
            throw new UserFacingException("error.department.unknown");
        }
    }

    private static List<String> requireCodes(List<String> codes, List<CatalogItem> items) {
        Set<String> known = items.stream().map(CatalogItem::code).collect(Collectors.toSet());
        for (String code : codes) {
            if (!known.contains(code)) {
                throw new UserFacingException("ambassador.error.unknown-code", code);
            }
        }
        return codes;
    }
}
