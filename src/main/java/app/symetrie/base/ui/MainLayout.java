package app.symetrie.base.ui;

import app.symetrie.barometer.BarometerService;
import app.symetrie.barometer.MyBarometer;
import app.symetrie.common.AppLocales;
import app.symetrie.common.ui.BrowserStorage;
import app.symetrie.notification.NotificationService;
import app.symetrie.notification.ui.NotificationBell;
import app.symetrie.security.AccountService;
import app.symetrie.security.SignedInUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The shell around every signed-in view: the side navigation lists only the views the user may open (Vaadin's menu
 * configuration applies the views' access annotations), the header shows the page, the user, the language switch
 * and sign-out. Views declare their entry with {@code @Menu(title = "nav.…")}, a translation key.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final String BAROMETER_PATH = "barometer";
    static final String MAIN_CONTENT = "main-content";

    private final AuthenticationContext authenticationContext;
    private final AccountService accountService;
    private final H1 viewTitle = new H1();
    private final Div banner = new Div();
    private final Anchor skip = new Anchor();
    private final BarometerService barometer;
    private final NotificationBell bell;

    MainLayout(AuthenticationContext authenticationContext, AccountService accountService,
               BarometerService barometer, NotificationService notifications) {
        this.authenticationContext = authenticationContext;
        this.accountService = accountService;
        this.barometer = barometer;
        this.bell = new NotificationBell(notifications);
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        viewTitle.addClassName("view-title");
        // The error pages (NotFoundView…) sit in this layout too, and may be reached before signing in: then there
        // is no bell, no banner and a sign-in link in place of the person's menu.
        boolean signedIn = authenticationContext.isAuthenticated();
        bell.setVisible(signedIn);
        HorizontalLayout header = new HorizontalLayout(toggle, viewTitle, bell, languageSwitch(),
                signedIn ? userMenu() : new Anchor("login", getTranslation("login.submit")));
        header.addClassName("app-header");
        header.setWidthFull();
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        header.expand(viewTitle);
        banner.addClassName("app-banner");
        banner.setId("barometer-banner");
        banner.setVisible(false);
        Div navbar = new Div(skipLink(), header, banner);
        navbar.setWidthFull();
        addToNavbar(navbar);

        Div brand = new Div(new Span("Symétrie"));
        brand.addClassName("brand");
        Span baseline = new Span(getTranslation("app.baseline"));
        baseline.addClassName("baseline");
        brand.add(baseline);
        addToDrawer(brand, new Scroller(sideNav()));
        // Signed in: the e-mail the sign-in page kept across a failed attempt (LoginView) is no longer needed.
        getElement().executeJs("try { sessionStorage.removeItem('symetrie-login-email'); } catch (e) { }");
    }

    /**
     * The first thing a keyboard reaches: a link to the page's content, past the header and the navigation (RGAA
     * 12.7), hidden until it has the focus; it moves the focus to the view (not Vaadin's router, not the address).
     */
    private Anchor skipLink() {
        skip.setHref("#" + MAIN_CONTENT);
        skip.setText(getTranslation("nav.skip"));
        skip.getElement().setAttribute("router-ignore", true);
        skip.addClassName("skip-link");
        skip.setId("skip-link");
        // Moved by script, not by the address: with the app's <base href> a bare "#…" would leave the page.
        skip.getElement().executeJs("""
                this.addEventListener('click', e => {
                  const target = document.getElementById(this.getAttribute('href').slice(1));
                  if (target) { e.preventDefault(); target.focus(); target.scrollIntoView(); }
                });""");
        return skip;
    }

    /** The view is the page's main landmark, and where the skip link lands. */
    @Override
    public void setContent(com.vaadin.flow.component.Component content) {
        super.setContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
            content.getElement().setAttribute("tabindex", "-1");
            String id = content.getId().orElse(MAIN_CONTENT);
            content.setId(id);
            skip.setHref("#" + id);
        }
    }

    /**
     * The entries grouped by what people come to do, in this order; within a group, in the views' menu order. A path
     * not listed here (a new view) still appears, in a last group without a heading.
     */
    static final Map<String, List<String>> GROUPS = groups();

    private static Map<String, List<String>> groups() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put("", List.of(""));
        groups.put("nav.group.answer", List.of("barometer"));
        groups.put("nav.group.help", List.of("help", "training"));
        groups.put("nav.group.ambassador", List.of("ambassador", "ambassador/log"));
        groups.put("nav.group.boards", List.of("overview", "board", "you-said-we-did", "actions", "actions/overview",
                "map", "map/predict", "internal-customers", "customer-mirror"));
        groups.put("nav.group.programme", List.of("campaigns", "questionnaire", "kiosk-codes", "ambassadors/program",
                "ambassadors/manage", "training/catalog", "training/report"));
        groups.put("nav.group.admin", List.of("departments", "employees", "import", "access", "outbox", "audit",
                "data-protection", "backup"));
        return Collections.unmodifiableMap(groups);
    }

    /**
     * One navigation per group, its heading saying what the entries are for; only the entries the person may open
     * (Vaadin's menu configuration applies the views' access annotations), and no heading over an empty group.
     */
    private Div sideNav() {
        List<MenuEntry> entries = MenuConfiguration.getMenuEntries();
        Map<String, List<MenuEntry>> byGroup = new LinkedHashMap<>();
        GROUPS.keySet().forEach(group -> byGroup.put(group, new ArrayList<>()));
        List<MenuEntry> others = new ArrayList<>();
        for (MenuEntry entry : entries) {
            String path = entry.path().replaceFirst("^/", "");
            GROUPS.entrySet().stream().filter(g -> g.getValue().contains(path)).findFirst()
                    .ifPresentOrElse(g -> byGroup.computeIfAbsent(g.getKey(), k -> new ArrayList<>()).add(entry),
                            () -> others.add(entry));
        }
        byGroup.put("nav.group.other", others);
        Div navs = new Div();
        navs.addClassName("main-nav");
        byGroup.forEach((group, members) -> {
            if (members.isEmpty()) {
                return;
            }
            SideNav nav = new SideNav();
            if (!group.isEmpty() && !"nav.group.other".equals(group)) {
                nav.setLabel(getTranslation(group));
            } else {
                nav.getElement().setAttribute("aria-label", getTranslation("nav.main"));
            }
            nav.addClassName("nav-group");
            for (MenuEntry entry : members) {
                SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
                if (entry.icon() != null) {
                    item.setPrefixComponent(new Icon(entry.icon()));
                }
                nav.addItem(item);
            }
            navs.add(nav);
        });
        return navs;
    }

    private HorizontalLayout languageSwitch() {
        HorizontalLayout switcher = new HorizontalLayout();
        switcher.addClassName("language-switch");
        switcher.setSpacing(false);
        for (Locale locale : AppLocales.SUPPORTED) {
            Button button = new Button(locale.getLanguage().toUpperCase(Locale.ROOT));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            // The visible "FR"/"EN" starts the accessible name (WCAG 2.5.3), which then says the language in full.
            button.getElement().setAttribute("aria-label", locale.getLanguage().toUpperCase(Locale.ROOT) + " – "
                    + getTranslation("language." + locale.getLanguage()));
            button.getElement().setAttribute("lang", locale.getLanguage());
            button.setId("lang-" + locale.getLanguage());
            if (locale.getLanguage().equals(getLocale().getLanguage())) {
                button.addClassName("current");
                button.getElement().setAttribute("aria-pressed", "true");
            }
            button.addClickListener(e -> switchTo(locale));
            switcher.add(button);
        }
        return switcher;
    }

    private void switchTo(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        accountService.rememberLocale(locale);
        UI.getCurrent().getPage().reload();
    }

    private MenuBar userMenu() {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("user-menu");
        String name = authenticationContext.getAuthenticatedUser(SignedInUser.class)
                .map(SignedInUser::displayName).orElse("");
        Avatar avatar = new Avatar(name);
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        Span label = new Span(name);
        label.addClassName("user-name");
        var root = menu.addItem(new HorizontalLayout(avatar, label));
        root.getSubMenu().addItem(getTranslation("nav.logout"), e -> signOut()).setId("logout");
        return menu;
    }

    /**
     * What the app kept in this browser (an answer in progress…) is removed first, then the session ends: whoever
     * uses the browser next finds nothing of it. Signing out goes ahead even if the browser could not remove it.
     */
    private void signOut() {
        BrowserStorage.forgetAll(this).then(done -> authenticationContext.logout(),
                failed -> authenticationContext.logout());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
        if (authenticationContext.isAuthenticated()) {
            updateBanner(event.getLocation().getPath());
            bell.refresh();
        }
    }

    /** Until they answer, people invited to an open wave see a reminder on every page but the barometer itself. */
    private void updateBanner(String path) {
        MyBarometer mine = barometer.mine();
        var wave = mine.wave();
        boolean show = mine.state() == MyBarometer.State.TO_ANSWER && wave != null
                && !wave.closeScheduled() && !path.startsWith(BAROMETER_PATH);
        banner.setVisible(show);
        banner.removeAll();
        if (show && wave != null) {
            String closes = wave.closesOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(getLocale()));
            banner.add(new Span(getTranslation("banner.barometer", closes) + " "),
                    new Anchor(BAROMETER_PATH, getTranslation("banner.barometer.link")));
        }
    }
}
