package app.symetrie.demo;

import app.symetrie.common.Email;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Employee;
import app.symetrie.organization.EmployeeId;
import app.symetrie.organization.OrganizationService;
import app.symetrie.organization.Team;
import app.symetrie.organization.TeamId;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import static app.symetrie.organization.DepartmentKind.FRONT_OFFICE;
import static app.symetrie.organization.DepartmentKind.SUPPORT;

/**
 * "Maison Lumière", a French retailer of ~600 people: seven support functions and seven front-office departments
 * (three regional agencies under a network department), each with its teams and managers.
 */
@Component
class OrganizationDemo implements DemoStep {

    static final String DOMAIN = "demo.symetrie.fr";

    /** A department of the demo company: name, kind, parent name, headcount, teams. */
    record Spec(String name, DepartmentKind kind, @Nullable String parent, int headcount, List<String> teams) {
    }

    static final List<Spec> SPECS = List.of(
            new Spec("Comptabilité", SUPPORT, null, 28,
                    List.of("Comptabilité fournisseurs", "Comptabilité clients", "Clôture et consolidation")),
            new Spec("Finance et contrôle de gestion", SUPPORT, null, 22, List.of("Contrôle de gestion", "Trésorerie")),
            new Spec("Ressources humaines", SUPPORT, null, 30,
                    List.of("Paie et administration", "Recrutement", "Formation et développement")),
            new Spec("Informatique", SUPPORT, null, 55,
                    List.of("Support utilisateurs", "Infrastructure et réseau", "Applications métier", "Sécurité")),
            new Spec("Services généraux", SUPPORT, null, 18, List.of("Bâtiments", "Logistique interne")),
            new Spec("Juridique", SUPPORT, null, 12, List.of()),
            new Spec("Achats", SUPPORT, null, 16, List.of("Achats indirects", "Achats marchandises")),
            new Spec("Ventes grands comptes", FRONT_OFFICE, null, 80,
                    List.of("Grands comptes Nord", "Grands comptes Sud", "Avant-vente")),
            new Spec("Service client", FRONT_OFFICE, null, 125,
                    List.of("Centre d'appels", "Réclamations", "Service après-vente", "Relation client digitale")),
            new Spec("Marketing", FRONT_OFFICE, null, 35, List.of("Marque et communication", "Marketing digital")),
            new Spec("E-commerce", FRONT_OFFICE, null, 30, List.of("Site marchand", "Préparation web")),
            new Spec("Réseau d'agences", FRONT_OFFICE, null, 12, List.of("Animation commerciale")),
            new Spec("Agence Lille", FRONT_OFFICE, "Réseau d'agences", 45, List.of("Conseil", "Caisse et accueil")),
            new Spec("Agence Lyon", FRONT_OFFICE, "Réseau d'agences", 50, List.of("Conseil", "Caisse et accueil")),
            new Spec("Agence Marseille", FRONT_OFFICE, "Réseau d'agences", 45, List.of("Conseil", "Caisse et accueil")));

    /** The demo logins: their e-mail's local part, name, department, manager flag. */
    record DemoPerson(String login, String firstName, String lastName, String department, boolean manager) {
    }

    static final List<DemoPerson> DEMO_PEOPLE = List.of(
            new DemoPerson("employe", "Camille", "Durand", "Comptabilité", false),
            new DemoPerson("ambassadeur", "Hugo", "Lefèvre", "Service client", false),
            new DemoPerson("manager", "Nathalie", "Moreau", "Comptabilité", true),
            new DemoPerson("lead", "Sophie", "Bernard", "Ressources humaines", false),
            new DemoPerson("admin", "Marc", "Petit", "Informatique", false));

    private static final List<String> FIRST_NAMES = List.of("Léa", "Emma", "Chloé", "Manon", "Inès", "Jade", "Louise",
            "Alice", "Lina", "Juliette", "Sarah", "Zoé", "Clara", "Anaïs", "Mathilde", "Pauline", "Julie", "Marion",
            "Aurélie", "Céline", "Isabelle", "Nadia", "Sandrine", "Valérie", "Élodie", "Laure", "Agathe", "Yasmine",
            "Fatima", "Claire", "Lucas", "Hugo", "Louis", "Gabriel", "Arthur", "Jules", "Adam", "Raphaël", "Nathan",
            "Thomas", "Théo", "Maxime", "Antoine", "Nicolas", "Julien", "Alexandre", "Mathieu", "Guillaume", "Romain",
            "Sébastien", "Olivier", "Philippe", "Karim", "Mehdi", "Yanis", "François", "Benoît", "Cédric", "Damien",
            "Jérôme", "Pierre", "Paul", "Victor", "Bastien", "Quentin", "Samuel", "Éric", "Laurent", "Stéphane");
    private static final List<String> LAST_NAMES = List.of("Martin", "Bernard", "Thomas", "Petit", "Robert",
            "Richard", "Durand", "Dubois", "Moreau", "Laurent", "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David",
            "Bertrand", "Morel", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau",
            "Vincent", "Muller", "Lefebvre", "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier",
            "Chevalier", "François", "Legrand", "Gauthier", "Garcia", "Perrin", "Robin", "Clément", "Morin", "Nicolas",
            "Henry", "Roussel", "Mathieu", "Gautier", "Masson", "Marchand", "Duval", "Denis", "Dumont", "Marie",
            "Lemaire", "Noël", "Meyer", "Dufour", "Meunier", "Brun", "Blanchard", "Giraud", "Joly", "Rivière",
            "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud", "Martinez", "Gérard", "Roche", "Renard", "Schmitt",
            "Roy", "Leroux", "Colin", "Vidal", "Caron", "Picard", "Roger", "Fabre", "Aubert", "Lemoine", "Renaud",
            "Dumas", "Lacroix", "Olivier", "Philippe", "Bourgeois", "Pierre", "Benoît", "Rey", "Leclerc", "Payet",
            "Rolland", "Leclercq", "Guillaume", "Lecomte", "Haddad", "Benali", "Nguyen", "Ferreira", "Da Silva");

    private final OrganizationService organization;

    OrganizationDemo(OrganizationService organization) {
        this.organization = organization;
    }

    @Override
    public int order() {
        return 10;
    }

    /** One person of the demo company, before any id exists: a pure function of the seed. */
    record Planned(Spec department, String firstName, String lastName, Email email, int teamIndex, boolean manager,
                   Locale locale) {
    }

    static List<Planned> plan(Random random) {
        List<Planned> people = new ArrayList<>();
        Set<String> emails = new HashSet<>();
        DEMO_PEOPLE.forEach(p -> emails.add(p.login() + "@" + DOMAIN));
        for (Spec spec : SPECS) {
            int teams = spec.teams().size();
            List<DemoPerson> demoPeople = DEMO_PEOPLE.stream().filter(p -> p.department().equals(spec.name())).toList();
            for (DemoPerson person : demoPeople) {
                people.add(new Planned(spec, person.firstName(), person.lastName(),
                        new Email(person.login() + "@" + DOMAIN), teams == 0 ? -1 : 0, person.manager(),
                        Locale.FRENCH));
            }
            boolean headTaken = demoPeople.stream().anyMatch(DemoPerson::manager);
            for (int i = demoPeople.size(); i < spec.headcount(); i++) {
                String first = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
                String last = LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
                int team = teams == 0 ? -1 : i % teams;
                // The department's head comes first, then one lead per team.
                boolean manager = (i == 0 && !headTaken) || (teams > 0 && i >= 1 && i <= teams);
                Locale locale = random.nextInt(100) < 6 ? Locale.ENGLISH : Locale.FRENCH;
                people.add(new Planned(spec, first, last, uniqueEmail(first, last, emails), team, manager, locale));
            }
        }
        return people;
    }

    @Override
    public void seed(DemoContext context) {
        Map<String, Department> departments = new HashMap<>();
        Map<String, List<Team>> teamsByDepartment = new HashMap<>();
        for (Spec spec : SPECS) {
            DepartmentId parent = spec.parent() == null ? null
                    : Objects.requireNonNull(departments.get(spec.parent()), "a parent is listed before its children")
                    .id();
            Department department = organization.saveDepartment(
                    new Department(DepartmentId.random(), spec.name(), spec.kind(), parent));
            departments.put(spec.name(), department);
            context.departments().add(department);
            List<Team> teams = spec.teams().stream()
                    .map(t -> organization.saveTeam(new Team(TeamId.random(), department.id(), t))).toList();
            teamsByDepartment.put(spec.name(), teams);
            context.teams().addAll(teams);
        }
        List<Employee> people = new ArrayList<>();
        for (Planned p : plan(context.random())) {
            // Every planned person belongs to a department of SPECS, saved above.
            Department department = Objects.requireNonNull(departments.get(p.department().name()));
            List<Team> teams = Objects.requireNonNull(teamsByDepartment.get(p.department().name()));
            people.add(new Employee(EmployeeId.random(), p.firstName(), p.lastName(), p.email(), department.id(),
                    p.teamIndex() < 0 ? null : teams.get(p.teamIndex()).id(), p.manager(), p.locale()));
        }
        // one insert through the same checks as the admin form (a save per person took 4–6 s of the seed)
        context.employees().addAll(organization.addEmployees(people));
    }

    static Email uniqueEmail(String first, String last, Set<String> taken) {
        String base = ascii(first) + "." + ascii(last);
        String candidate = base + "@" + DOMAIN;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = base + n + "@" + DOMAIN;
        }
        taken.add(candidate);
        return new Email(candidate);
    }

    static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-").replaceAll("(^-|-$)", "");
    }
}
