package app.symetrie.base.ui;

import app.symetrie.barometer.BarometerService;
import app.symetrie.barometer.MyBarometer;
import app.symetrie.common.Role;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.OrganizationService;
import app.symetrie.security.SignedInUser;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The first page after sign-in: who you are here and what to do next, one card per thing your roles let you do.
 */
@Route("")
@PermitAll
@Menu(order = 0, icon = "vaadin:home", title = "nav.home")
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(AuthenticationContext authentication, OrganizationService organization, BarometerService barometer) {
        addClassName("home-view");
        SignedInUser user = authentication.getAuthenticatedUser(SignedInUser.class).orElseThrow();
        String department = user.departmentId() == null ? null
                : organization.department(user.departmentId()).map(Department::name).orElse(null);

        H2 hello = new H2(getTranslation("home.hello", user.displayName()));
        hello.setId("home-hello");
        add(hello);
        add(new Paragraph(department == null ? getTranslation("home.no-department")
                : getTranslation("home.department", department)));

        Div cards = new Div();
        cards.addClassName("cards");
        cards.add(barometerCard(barometer.mine()));
        cards.add(app.symetrie.common.ui.PagePanels.of(app.symetrie.common.ui.PagePanel.Page.HOME));
        if (user.has(Role.AMBASSADOR) && !user.has(Role.LEAD)) {
            cards.add(card("home.ambassador.title", "home.ambassador.text", "ambassador", "home.ambassador.link"));
        }
        if (user.has(Role.MANAGER) && !user.has(Role.LEAD) && department != null) {
            long headcount = organization.headcountByDepartment().getOrDefault(user.departmentId(), 0L);
            cards.add(card("home.manager.title", "home.manager.text", "board", "home.manager.link", department, headcount));
        }
        if (user.has(Role.LEAD)) {
            List<Department> all = organization.departments();
            long support = all.stream().filter(d -> d.kind() == DepartmentKind.SUPPORT).count();
            Map<?, Long> headcount = organization.headcountByDepartment();
            long people = headcount.values().stream().mapToLong(Long::longValue).sum();
            cards.add(card("home.lead.title", "home.lead.text", "overview", "home.lead.link",
                    all.size(), support, all.size() - support, people));
        }
        if (user.has(Role.ADMIN)) {
            cards.add(card("home.admin.title", "home.admin.text", "import", "home.admin.link",
                    organization.employeeCount()));
        }
        add(cards);
    }

    /** Where the person stands with the barometer: to answer (until when), answered (thanks, results when), or not. */
    private Div barometerCard(MyBarometer mine) {
        Div card = switch (mine.state()) {
            case TO_ANSWER -> mine.wave() != null && mine.wave().closeScheduled()
                    ? card("home.employee.title", "home.employee.closing", "barometer", "home.employee.link")
                    : card("home.employee.title", "home.employee.to-answer", "barometer",
                    "home.employee.link.answer", date(mine.wave() == null ? null : mine.wave().closesOn()));
            case ANSWERED -> mine.wave() != null && mine.wave().closeScheduled()
                    ? card("home.employee.title", "home.employee.answered.closing", "barometer", "home.employee.link")
                    : card("home.employee.title", "home.employee.answered", "barometer", "home.employee.link",
                    date(mine.wave() == null ? null : mine.wave().closesOn()));
            default -> card("home.employee.title", "home.employee.text", "barometer", "home.employee.link");
        };
        card.setId("home-barometer");
        card.addClassName("barometer-" + mine.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        if (mine.wave() != null && mine.wave().closeScheduled()) {
            card.addClassName("barometer-closing");
        }
        return card;
    }

    private String date(@Nullable LocalDate day) {
        return day == null ? "" : day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()));
    }

    private Div card(String titleKey, String textKey, @Nullable String link, @Nullable String linkKey,
                     Object... args) {
        Div card = new Div();
        card.addClassName("card");
        card.add(new H3(getTranslation(titleKey)));
        card.add(new Paragraph(getTranslation(textKey, args)));
        if (link != null && linkKey != null) {
            card.add(new Anchor(link, getTranslation(linkKey)));
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
