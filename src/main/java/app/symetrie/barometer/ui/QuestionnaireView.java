package app.symetrie.barometer.ui;

import app.symetrie.barometer.CatalogItem;
import app.symetrie.barometer.Dimension;
import app.symetrie.barometer.Questionnaire;
import app.symetrie.barometer.QuestionnaireService;
import app.symetrie.barometer.Statement;
import app.symetrie.common.LocalizedText;
import app.symetrie.common.Role;
import app.symetrie.common.UserFacingException;
import app.symetrie.common.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The questionnaire editor: statements of each dimension, the tools, the pain-point categories and the journey
 * moments of the optional block, in French and English. Saving creates a new version; open waves keep the version they opened with.
 */
@Route("questionnaire")
@RolesAllowed({Role.LEAD_ROLE, Role.ADMIN_ROLE})
@Menu(order = 71, icon = "vaadin:edit", title = "nav.questionnaire")
public class QuestionnaireView extends VerticalLayout implements HasDynamicTitle {

    private final QuestionnaireService questionnaires;
    private final Map<String, ItemListEditor> statementEditors = new LinkedHashMap<>();
    private Questionnaire base;
    private ItemListEditor tools;
    private ItemListEditor painPoints;
    private ItemListEditor moments;
    private final TextField recommendFr = new TextField();
    private final TextField recommendEn = new TextField();
    private final TextField commentFr = new TextField();
    private final TextField commentEn = new TextField();
    private Button saveButton = new Button();

    QuestionnaireView(QuestionnaireService questionnaires) {
        this.questionnaires = questionnaires;
        addClassName("questionnaire-view");
        load();
    }

    private void load() {
        removeAll();
        statementEditors.clear();
        base = questionnaires.current();
        Paragraph version = new Paragraph(getTranslation("questionnaire.version", base.version(),
                base.questionCount()));
        version.setId("questionnaire-version");
        add(version, new Paragraph(getTranslation("questionnaire.intro")));

        for (Dimension dimension : base.dimensions()) {
            List<ItemListEditor.Row> rows = new ArrayList<>();
            dimension.statements().forEach(s -> rows.add(new ItemListEditor.Row(s.code(), s.text().fr(), s.text().en())));
            ItemListEditor editor = new ItemListEditor(rows, dimension.code() + ".", this::allCodes);
            statementEditors.put(dimension.code(), editor);
            Details details = new Details(dimension.name().in(getLocale()), editor);
            details.setOpened(false);
            details.setWidthFull();
            add(details);
        }
        tools = new ItemListEditor(rows(base.tools()), "", this::allCodes);
        painPoints = new ItemListEditor(rows(base.painPoints()), "", this::allCodes);
        add(section("questionnaire.tools", tools), section("questionnaire.pains", painPoints));
        moments = new ItemListEditor(rows(base.moments()), "", this::allCodes);
        moments.setId("questionnaire-moments");
        Div momentsSection = section("questionnaire.moments", moments);
        momentsSection.addComponentAtIndex(1, new Paragraph(getTranslation("questionnaire.moments.hint",
                Questionnaire.MOMENTS_MAX)));
        add(momentsSection);

        recommendFr.setValue(base.recommendQuestion().fr());
        recommendEn.setValue(base.recommendQuestion().en());
        commentFr.setValue(base.commentPrompt().fr());
        commentEn.setValue(base.commentPrompt().en());
        for (TextField f : List.of(recommendFr, recommendEn, commentFr, commentEn)) {
            f.setWidthFull();
            f.setMaxLength(LocalizedText.MAX_LENGTH);
        }
        recommendFr.setLabel(getTranslation("questionnaire.recommend") + " (FR)");
        recommendEn.setLabel(getTranslation("questionnaire.recommend") + " (EN)");
        commentFr.setLabel(getTranslation("questionnaire.comment") + " (FR)");
        commentEn.setLabel(getTranslation("questionnaire.comment") + " (EN)");
        add(recommendFr, recommendEn, commentFr, commentEn);

        saveButton = new Button(getTranslation("questionnaire.save"), e -> save());
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.setDisableOnClick(true);
        saveButton.setId("save-questionnaire");
        Button reset = new Button(getTranslation("questionnaire.reset"), e -> load());
        add(new Div(saveButton, reset));
    }

    private static List<ItemListEditor.Row> rows(List<CatalogItem> items) {
        List<ItemListEditor.Row> rows = new ArrayList<>();
        items.forEach(i -> rows.add(new ItemListEditor.Row(i.code(), i.label().fr(), i.label().en())));
        return rows;
    }

    private Div section(String titleKey, ItemListEditor editor) {
        Div section = new Div(new H3(getTranslation(titleKey)), editor);
        section.setWidthFull();
        return section;
    }

    private Set<String> allCodes() {
        Set<String> codes = new HashSet<>();
        statementEditors.values().forEach(e -> e.rows().forEach(r -> codes.add(r.code)));
        if (tools != null) {
            tools.rows().forEach(r -> codes.add(r.code));
        }
        if (painPoints != null) {
            painPoints.rows().forEach(r -> codes.add(r.code));
        }
        if (moments != null) {
            moments.rows().forEach(r -> codes.add(r.code));
        }
        return codes;
    }

    private void save() {
        try {
            List<Dimension> dimensions = new ArrayList<>();
            for (Dimension dimension : base.dimensions()) {
                List<Statement> statements = Objects.requireNonNull(statementEditors.get(dimension.code()),
                                "one editor per dimension of base").rows().stream()
                        .map(r -> new Statement(r.code, new LocalizedText(r.fr, r.en))).toList();
                dimensions.add(new Dimension(dimension.code(), dimension.name(), statements));
            }
            Questionnaire edited = new Questionnaire(base.version(), dimensions, items(tools), items(painPoints),
                    new LocalizedText(recommendFr.getValue(), recommendEn.getValue()),
                    new LocalizedText(commentFr.getValue(), commentEn.getValue()), items(moments));
            Questionnaire saved = questionnaires.saveNewVersion(edited, base.version());
            Notifications.success(this, "questionnaire.saved", saved.version());
            load();
        } catch (UserFacingException e) {
            Notifications.error(this, e);
            saveButton.setEnabled(true);
        } catch (IllegalArgumentException e) {
            Notifications.error(this, String.valueOf(e.getMessage()));
            saveButton.setEnabled(true);
        }
    }

    private static List<CatalogItem> items(ItemListEditor editor) {
        return editor.rows().stream().map(r -> new CatalogItem(r.code, new LocalizedText(r.fr, r.en))).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.questionnaire");
    }
}
