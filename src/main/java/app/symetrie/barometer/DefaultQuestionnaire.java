package app.symetrie.barometer;

import app.symetrie.common.LocalizedText;
import java.util.List;

/** The questionnaire every company starts with (docs/PRODUCT.md): six dimensions, the tools, the pain points. */
public final class DefaultQuestionnaire {

    private DefaultQuestionnaire() {
    }

    private static LocalizedText t(String fr, String en) {
        return new LocalizedText(fr, en);
    }

    private static Statement s(String code, String fr, String en) {
        return new Statement(code, t(fr, en));
    }

    private static CatalogItem i(String code, String fr, String en) {
        return new CatalogItem(code, t(fr, en));
    }

    public static final List<Dimension> DIMENSIONS = List.of(
            new Dimension("equipment", t("Équipement", "Equipment"), List.of(
                    s("equipment.fit", "Mon équipement (ordinateur, écrans, téléphone) est adapté à mon travail.",
                            "My equipment (computer, screens, phone) fits my work."),
                    s("equipment.reliable", "Mon équipement fonctionne de façon fiable, sans lenteurs gênantes.",
                            "My equipment works reliably, without disruptive slowness."),
                    s("equipment.replaced", "Quand un équipement tombe en panne, il est réparé ou remplacé rapidement.",
                            "When equipment breaks down, it is repaired or replaced quickly."))),
            new Dimension("software", t("Logiciels et outils", "Software & tools"), List.of(
                    s("software.fit", "Les logiciels que j’utilise m’aident vraiment à faire mon travail.",
                            "The software I use really helps me do my job."),
                    s("software.simple", "Je n’ai pas à ressaisir les mêmes informations dans plusieurs outils.",
                            "I do not have to enter the same information into several tools."),
                    s("software.easy", "Les outils sont simples à prendre en main.",
                            "The tools are easy to get to grips with."))),
            new Dimension("access", t("Connexion et accès", "Connectivity & access"), List.of(
                    s("access.network", "Le réseau (Wi-Fi, VPN) est fiable, au bureau comme à distance.",
                            "The network (Wi-Fi, VPN) is reliable, in the office and remotely."),
                    s("access.rights", "J’obtiens rapidement les accès dont j’ai besoin.",
                            "I quickly get the access rights I need."))),
            new Dimension("skills", t("Compétences et formation", "Skills & training"), List.of(
                    s("skills.confident", "Je me sens à l’aise avec les outils numériques de mon poste.",
                            "I feel at ease with the digital tools of my job."),
                    s("skills.trained", "J’ai été formé(e) aux outils que je dois utiliser.",
                            "I have been trained on the tools I have to use."),
                    s("skills.learn", "J’ai le temps d’apprendre quand un nouvel outil arrive.",
                            "I have time to learn when a new tool arrives."))),
            new Dimension("support", t("Support et aide", "Support & help"), List.of(
                    s("support.fast", "Quand j’ai un problème informatique, il est résolu rapidement.",
                            "When I have an IT problem, it is solved quickly."),
                    s("support.someone", "Je sais à qui m’adresser pour être aidé(e) sur un outil.",
                            "I know whom to ask for help with a tool."))),
            new Dimension("autonomy", t("Autonomie et collaboration", "Autonomy & collaboration"), List.of(
                    s("autonomy.alone", "Je peux faire l’essentiel de mes tâches numériques sans aide.",
                            "I can do most of my digital tasks without help."),
                    s("autonomy.collaborate", "Les outils me permettent de bien collaborer, y compris à distance.",
                            "The tools let me work well with others, remotely too."),
                    s("autonomy.procedures", "Les circuits de validation numériques sont simples et rapides.",
                            "Digital approval workflows are simple and quick."))));

    public static final List<CatalogItem> TOOLS = List.of(
            i("email", "Messagerie", "E-mail"),
            i("chat_video", "Chat et visio", "Chat & video"),
            i("intranet", "Intranet", "Intranet"),
            i("office", "Suite bureautique", "Office suite"),
            i("erp", "ERP (gestion, comptabilité)", "ERP (finance, operations)"),
            i("crm", "CRM (relation client)", "CRM (customer relations)"),
            i("expenses", "Notes de frais", "Expense tool"),
            i("hr_portal", "Portail RH", "HR portal"),
            i("ticketing", "Demandes au support informatique", "IT help desk tickets"),
            i("e_signature", "Signature électronique", "E-signature"));

    public static final List<CatalogItem> PAIN_POINTS = List.of(
            i("slow_equipment", "Équipement lent ou ancien", "Slow or old equipment"),
            i("too_many_tools", "Trop d’outils ou double saisie", "Too many tools or double entry"),
            i("unreliable_network", "Réseau ou VPN peu fiable", "Unreliable network or VPN"),
            i("waiting_access", "Attente des droits d’accès", "Waiting for access rights"),
            i("lack_training", "Manque de formation", "Lack of training"),
            i("slow_support", "Support informatique lent", "Slow IT support"),
            i("heavy_procedures", "Procédures et validations lourdes", "Heavy procedures and sign-offs"),
            i("unfit_tools", "Outils inadaptés au métier", "Tools not fit for the job"),
            i("notification_overload", "Surcharge de notifications et d’e-mails", "Notification and e-mail overload"),
            i("remote_collaboration", "Collaboration à distance difficile", "Hard remote collaboration"));

    /** Moments of truth of an employee's digital journey, rated in the optional block (the Satisfaction Map). */
    public static final List<CatalogItem> MOMENTS = List.of(
            i("arrival", "Arrivée et premier équipement", "Arrival and first equipment"),
            i("access_rights", "Obtenir ses droits d’accès", "Getting access rights"),
            i("asking_it", "Demander de l’aide à l’informatique", "Asking IT for help"),
            i("new_tool_learning", "Apprendre un nouvel outil", "Learning a new tool"),
            i("remote_work", "Travailler à distance", "Working remotely"),
            i("tool_rollout", "Le déploiement d’un nouvel outil", "A new tool roll-out"));

    public static Questionnaire version1() {
        return new Questionnaire(1, DIMENSIONS, TOOLS, PAIN_POINTS,
                t("Recommanderiez-vous notre environnement de travail numérique à un collègue ?",
                        "Would you recommend our digital work environment to a colleague?"),
                t("Un commentaire, une idée ? (facultatif, anonyme — ne vous identifiez pas)",
                        "A comment, an idea? (optional, anonymous — do not identify yourself)"));
    }
}
