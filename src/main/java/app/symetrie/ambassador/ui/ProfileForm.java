package app.symetrie.ambassador.ui;

import app.symetrie.ambassador.AmbassadorProfile;
import app.symetrie.barometer.CatalogItem;
import app.symetrie.barometer.CatalogLabels;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The fields of an ambassador's profile: departments covered, tools, topics, monthly hours. */
final class ProfileForm extends FormLayout {

    private final MultiSelectComboBox<Department> departments = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<CatalogItem> tools = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<CatalogItem> topics = new MultiSelectComboBox<>();
    private final IntegerField hours = new IntegerField();
    private final List<Department> allDepartments;
    private final CatalogLabels labels;

    ProfileForm(List<Department> allDepartments, CatalogLabels labels) {
        this.allDepartments = allDepartments;
        this.labels = labels;
        departments.setLabel(getTranslation("ambassador.profile.departments"));
        departments.setItems(allDepartments);
        departments.setItemLabelGenerator(Department::name);
        departments.setRequired(true);
        departments.setId("profile-departments");
        tools.setLabel(getTranslation("ambassador.profile.tools"));
        tools.setItems(labels.tools());
        tools.setItemLabelGenerator(labels::label);
        topics.setLabel(getTranslation("ambassador.profile.topics"));
        topics.setItems(labels.painPoints());
        topics.setItemLabelGenerator(labels::label);
        hours.setLabel(getTranslation("ambassador.profile.hours"));
        hours.setMin(AmbassadorProfile.MIN_MONTHLY_HOURS);
        hours.setMax(AmbassadorProfile.MAX_MONTHLY_HOURS);
        hours.setStepButtonsVisible(true);
        hours.setHelperText(getTranslation("ambassador.profile.hours.help"));
        add(departments, tools, topics, hours);
    }

    /** For an ambassador's own profile: the departments are a request that a lead approves. */
    void departmentsByRequest() {
        departments.setHelperText(getTranslation("ambassador.profile.departments.request-help"));
    }

    void read(Collection<DepartmentId> covered, Collection<String> toolCodes, Collection<String> topicCodes,
              int monthlyHours) {
        departments.setValue(allDepartments.stream().filter(d -> covered.contains(d.id()))
                .collect(Collectors.toSet()));
        tools.setValue(Set.copyOf(labels.toolItems(toolCodes)));
        topics.setValue(Set.copyOf(labels.painPointItems(topicCodes)));
        hours.setValue(monthlyHours);
    }

    /** The profile, or an IllegalArgumentException with a translation key (shown on the right field). */
    AmbassadorProfile profile() {
        try {
            return new AmbassadorProfile(
                    allDepartments.stream().filter(departments.getValue()::contains).map(Department::id).toList(),
                    labels.tools().stream().filter(tools.getValue()::contains).map(CatalogItem::code).toList(),
                    labels.painPoints().stream().filter(topics.getValue()::contains).map(CatalogItem::code).toList(),
                    hours.getValue() == null ? 0 : hours.getValue());
        } catch (IllegalArgumentException e) {
            String key = String.valueOf(e.getMessage());
            if (key.contains("departments")) {
                departments.setInvalid(true);
                departments.setErrorMessage(getTranslation(key));
            } else {
                hours.setInvalid(true);
                hours.setErrorMessage(getTranslation(key));
            }
            throw e;
        }
    }
}
