package app.symetrie.demo;

import app.symetrie.barometer.AnonymityThresholds;
import app.symetrie.barometer.AnswerForm;
import app.symetrie.barometer.BarometerHistory;
import app.symetrie.barometer.Cadence;
import app.symetrie.barometer.Campaign;
import app.symetrie.barometer.CampaignId;
import app.symetrie.barometer.CampaignService;
import app.symetrie.barometer.CatalogItem;
import app.symetrie.barometer.Dimension;
import app.symetrie.barometer.Frequency;
import app.symetrie.barometer.Questionnaire;
import app.symetrie.barometer.QuestionnaireService;
import app.symetrie.barometer.Statement;
import app.symetrie.barometer.Wave;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import app.symetrie.organization.DepartmentKind;
import app.symetrie.organization.Employee;
import app.symetrie.organization.EmployeeId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A quarterly barometer with six closed waves and one open, whose answers tell believable stories: support
 * functions start lower than front office; comfort rises where ambassadors coach and trainings run (everywhere but
 * Juridique and Achats, which have no ambassador); Service client dips when the new CRM rolls out (wave 4) and
 * recovers slowly; participation between 55 and 85 %. The demo logins have not answered the open wave yet; everyone
 * who has not answered it has their invitation, with a personal survey link, in the outbox.
 */
@Component
class BarometerDemo implements DemoStep {

    static final String CAMPAIGN = "Baromètre du confort numérique";
    static final int CLOSED_WAVES = 6;
    static final int CRM_ROLLOUT_WAVE = 3;
    static final Set<String> NO_AMBASSADOR = Set.of("Juridique", "Achats");
    static final String CRM_DEPARTMENT = "Service client";

    private static final List<String> COMMENTS = List.of(
            "Le VPN décroche plusieurs fois par jour en télétravail.",
            "On saisit les mêmes informations dans trois outils différents.",
            "Mon ordinateur a six ans, il met dix minutes à démarrer.",
            "Les formations arrivent après le déploiement des outils, pas avant.",
            "Le support informatique répond vite et bien, merci à l’équipe.",
            "Les circuits de validation des factures sont beaucoup trop longs.",
            "L’ambassadeur numérique de notre service nous a fait gagner un temps fou.",
            "Trop de notifications Teams, on ne sait plus où regarder.",
            "Le nouveau CRM est lent et il manque des champs essentiels.",
            "Attendre deux semaines pour obtenir un accès à l’ERP, c’est long.",
            "Les outils de visio fonctionnent bien, la collaboration à distance s’est améliorée.",
            "J’aimerais un second écran, je jongle sans cesse entre les fenêtres.",
            "Les procédures de notes de frais ont été simplifiées, c’est appréciable.",
            "On manque de temps pour apprendre les nouvelles fonctionnalités.");

    private final CampaignService campaigns;
    private final BarometerHistory history;
    private final QuestionnaireService questionnaires;

    BarometerDemo(CampaignService campaigns, BarometerHistory history, QuestionnaireService questionnaires) {
        this.campaigns = campaigns;
        this.history = history;
        this.questionnaires = questionnaires;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void seed(DemoContext context) {
        LocalDate today = LocalDate.now(context.clock());
        // The open wave opened 5 days ago; the six before it every quarter.
        LocalDate first = today.minusDays(5).minusMonths(3L * CLOSED_WAVES);
        Campaign campaign = campaigns.saveCampaign(new Campaign(CampaignId.random(), CAMPAIGN, Cadence.QUARTERLY,
                first, 21, List.of(), List.of(3, 10, 17), AnonymityThresholds.DEFAULT, true));
        Questionnaire q = questionnaires.current();
        Random random = context.random();
        // Journey moments draw from their own source, so the stories above keep their numbers.
        Random moments = new Random(DemoContext.SEED + 5);
        Set<EmployeeId> demoLogins = context.employees().stream()
                .filter(e -> e.email().value().endsWith("@" + OrganizationDemo.DOMAIN)
                        && OrganizationDemo.DEMO_PEOPLE.stream().anyMatch(p -> e.email().value()
                        .startsWith(p.login() + "@")))
                .map(Employee::id).collect(Collectors.toSet());
        Map<String, Long> headcount = context.employees().stream()
                .collect(Collectors.groupingBy(e -> e.departmentId().value(), Collectors.counting()));

        Random serviceRandom = new Random(31); // the internal-customer ratings: a stream of their own
        for (int slot = 0; slot <= CLOSED_WAVES; slot++) {
            Wave wave = history.openSlot(campaign.id(), slot);
            boolean open = slot == CLOSED_WAVES;
            Map<DepartmentId, List<AnswerForm>> answers = new LinkedHashMap<>();
            for (Department department : context.departments()) {
                long people = headcount.getOrDefault(department.id().value(), 0L);
                double rate = 0.55 + random.nextDouble() * 0.30;
                if (open) {
                    rate *= 0.55; // five days into the wave
                }
                int respondents = (int) Math.round(people * rate);
                List<AnswerForm> forms = new ArrayList<>();
                for (int i = 0; i < respondents; i++) {
                    AnswerForm form = withMoments(answer(q, department, slot, random), q, department, slot, moments);
                    forms.add(form.withServices(InternalCustomersDemo.ratings(context.departments(), department, slot,
                            form.painPoints(), serviceRandom)));
                }
                answers.put(department.id(), forms);
            }
            history.recordAnswers(wave.id(), answers, demoLogins);
            if (open) {
                history.sendInvitations(wave.id()); // the outbox shows them, each with a working personal link
            } else {
                history.close(wave.id());
            }
        }
    }

    /** The story's mean on the 1–5 scale for a department at a wave, before per-dimension and per-person noise. */
    static double level(Department department, int slot) {
        double base = department.kind() == DepartmentKind.SUPPORT ? 2.95 : 3.45;
        double progress = NO_AMBASSADOR.contains(department.name()) ? 0.01 : 0.07;
        double level = base + progress * slot;
        if (department.name().equals(CRM_DEPARTMENT) && slot >= CRM_ROLLOUT_WAVE) {
            level -= slot == CRM_ROLLOUT_WAVE ? 0.55 : Math.max(0, 0.45 - 0.15 * (slot - CRM_ROLLOUT_WAVE));
        }
        return level;
    }

    static double dimensionOffset(Department department, String dimension) {
        boolean support = department.kind() == DepartmentKind.SUPPORT;
        return switch (dimension) {
            case "equipment" -> support ? -0.25 : 0.1;
            case "software" -> department.name().equals("Comptabilité") ? -0.35 : 0;
            case "access" -> support ? -0.1 : -0.2;
            case "skills" -> department.name().equals("Informatique") ? 0.6 : 0;
            case "support" -> department.name().equals("Informatique") ? 0.3 : -0.1;
            default -> 0;
        };
    }

    private static int likert(double mean, Random random) {
        return (int) Math.max(1, Math.min(5, Math.round(mean + random.nextGaussian() * 0.85)));
    }

    private AnswerForm answer(Questionnaire q, Department department, int slot, Random random) {
        double level = level(department, slot);
        double person = random.nextGaussian() * 0.35;
        Map<String, Integer> scores = new HashMap<>();
        for (Dimension dimension : q.dimensions()) {
            double mean = level + person + dimensionOffset(department, dimension.code());
            for (Statement statement : dimension.statements()) {
                scores.put(statement.code(), likert(mean, random));
            }
        }
        Map<String, AnswerForm.ToolUse> tools = new HashMap<>();
        for (CatalogItem tool : q.tools()) {
            Frequency frequency = frequency(department, tool.code(), random);
            Integer comfort = null;
            if (frequency != Frequency.NEVER) {
                double mean = level + person + 0.2;
                if (tool.code().equals("crm") && department.name().equals(CRM_DEPARTMENT) && slot >= CRM_ROLLOUT_WAVE) {
                    mean -= 1.3 - 0.25 * (slot - CRM_ROLLOUT_WAVE);
                }
                if (tool.code().equals("erp") && department.kind() == DepartmentKind.SUPPORT) {
                    mean -= 0.4;
                }
                comfort = likert(mean, random);
            }
            tools.put(tool.code(), new AnswerForm.ToolUse(frequency, comfort));
        }
        Set<String> pains = new HashSet<>();
        for (CatalogItem pain : q.painPoints()) {
            if (random.nextDouble() < painProbability(department, pain.code(), slot)) {
                pains.add(pain.code());
            }
        }
        double meanScore = scores.values().stream().mapToInt(Integer::intValue).average().orElse(3);
        int recommend = (int) Math.max(0, Math.min(10, Math.round(2.6 * meanScore - 2.2 + random.nextGaussian() * 1.6)));
        String comment = random.nextDouble() < 0.18 ? COMMENTS.get(random.nextInt(COMMENTS.size())) : null;
        return new AnswerForm(scores, tools, pains, recommend, comment);
    }

    /**
     * Adds the optional journey-moment ratings: about three people in four rate each moment. Support functions live
     * access rights and IT help worse than front office; the new tool roll-out is the front office's worst moment.
     */
    private static AnswerForm withMoments(AnswerForm form, Questionnaire q, Department department, int slot,
                                          Random random) {
        Map<String, Integer> rated = new HashMap<>();
        for (CatalogItem moment : q.moments()) {
            if (random.nextDouble() < 0.75) {
                rated.put(moment.code(), likert(level(department, slot) + momentOffset(department, moment.code()),
                        random));
            }
        }
        return form.withMoments(rated);
    }

    static double momentOffset(Department department, String moment) {
        boolean support = department.kind() == DepartmentKind.SUPPORT;
        return switch (moment) {
            case "arrival" -> 0.1;
            case "access_rights" -> support ? -0.55 : -0.3;
            case "asking_it" -> support ? -0.4 : -0.15;
            case "new_tool_learning" -> -0.2;
            case "remote_work" -> 0.25;
            case "tool_rollout" -> support ? -0.3 : -0.5;
            default -> 0;
        };
    }

    private static Frequency frequency(Department department, String tool, Random random) {
        boolean support = department.kind() == DepartmentKind.SUPPORT;
        boolean finance = Set.of("Comptabilité", "Finance et contrôle de gestion", "Achats").contains(department.name());
        double daily;
        double weekly;
        switch (tool) {
            case "email", "office" -> { daily = 0.9; weekly = 0.08; }
            case "chat_video" -> { daily = 0.65; weekly = 0.25; }
            case "intranet" -> { daily = 0.2; weekly = 0.45; }
            case "erp" -> { daily = finance ? 0.85 : support ? 0.2 : 0.1; weekly = 0.15; }
            case "crm" -> { daily = support ? 0.02 : 0.75; weekly = support ? 0.05 : 0.15; }
            case "expenses" -> { daily = 0.02; weekly = 0.1; }
            case "hr_portal" -> { daily = department.name().equals("Ressources humaines") ? 0.8 : 0.03; weekly = 0.1; }
            case "ticketing" -> { daily = department.name().equals("Informatique") ? 0.9 : 0.05; weekly = 0.2; }
            default -> { daily = 0.1; weekly = 0.2; }
        }
        double x = random.nextDouble();
        if (x < daily) {
            return Frequency.DAILY;
        }
        if (x < daily + weekly) {
            return Frequency.WEEKLY;
        }
        return x < daily + weekly + 0.4 * (1 - daily - weekly) ? Frequency.MONTHLY : Frequency.NEVER;
    }

    static double painProbability(Department department, String pain, int slot) {
        boolean support = department.kind() == DepartmentKind.SUPPORT;
        double coaching = NO_AMBASSADOR.contains(department.name()) ? 0 : 0.02 * slot;
        double p = switch (pain) {
            case "slow_equipment" -> support ? 0.38 : 0.22;
            case "too_many_tools" -> support ? 0.33 : 0.25;
            case "unreliable_network" -> department.name().startsWith("Agence") ? 0.35 : 0.15;
            case "waiting_access" -> support ? 0.22 : 0.15;
            case "lack_training" -> support ? 0.3 : 0.22;
            case "slow_support" -> 0.2;
            case "heavy_procedures" -> support ? 0.4 : 0.2;
            case "unfit_tools" -> 0.15;
            case "notification_overload" -> 0.28;
            case "remote_collaboration" -> 0.12;
            default -> 0.1;
        };
        if (department.name().equals(CRM_DEPARTMENT) && slot >= CRM_ROLLOUT_WAVE
                && (pain.equals("unfit_tools") || pain.equals("lack_training"))) {
            p += 0.35 - 0.08 * (slot - CRM_ROLLOUT_WAVE);
        }
        return Math.max(0.02, p - coaching);
    }
}
