package app.symetrie.ambassador.ui;

import app.symetrie.ambassador.AmbassadorProfile;
import app.symetrie.barometer.CatalogItem;
import app.symetrie.barometer.CatalogLabels;
import app.symetrie.common.ui.ValueBinder;
import app.symetrie.organization.Department;
import app.symetrie.organization.DepartmentId;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The fields of an ambassador's profile: departments covered, tools, topics, monthly hours. */
final class ProfileForm extends FormLayout {

    /** What the fields hold, before {@link AmbassadorProfile} checks it. */
    static final class Bean {
        Set<Department> departments = Set.of();
        Set<CatalogItem> tools = Set.of();
        Set<CatalogItem> topics = Set.of();
        @Nullable Integer hours;
    }

    private final MultiSelectComboBox<Department> departments = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<CatalogItem> tools = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<CatalogItem> topics = new MultiSelectComboBox<>();
    private final IntegerField hours = new IntegerField();
    private final ValueBinder<Bean> binder = new ValueBinder<>(this);
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
        tools.setId("profile-tools");
        topics.setLabel(getTranslation("ambassador.profile.topics"));
        topics.setItems(labels.painPoints());
        topics.setItemLabelGenerator(labels::label);
        topics.setId("profile-topics");
        hours.setLabel(getTranslation("ambassador.profile.hours"));
        hours.setMin(AmbassadorProfile.MIN_MONTHLY_HOURS);
        hours.setMax(AmbassadorProfile.MAX_MONTHLY_HOURS);
        hours.setStepButtonsVisible(true);
        hours.setHelperText(getTranslation("ambassador.profile.hours.help"));
        hours.setId("profile-hours");
        binder.bind("departments", departments, b -> b.departments, (b, v) -> b.departments = v);
        binder.bind("tools", tools, b -> b.tools, (b, v) -> b.tools = v);
        binder.bind("topics", topics, b -> b.topics, (b, v) -> b.topics = v);
        binder.bind("monthlyHours", hours, b -> b.hours, (b, v) -> b.hours = v);
        add(departments, tools, topics, hours);
    }

    /** For an ambassador's own profile: the departments are a request that a lead approves. */
    void departmentsByRequest() {
        departments.setHelperText(getTranslation("ambassador.profile.departments.request-help"));
    }

    void read(Collection<DepartmentId> covered, Collection<String> toolCodes, Collection<String> topicCodes,
              int monthlyHours) {
        Bean bean = new Bean();
        bean.departments = allDepartments.stream().filter(d -> covered.contains(d.id())).collect(Collectors.toSet());
        bean.tools = Set.copyOf(labels.toolItems(toolCodes));
        bean.topics = Set.copyOf(labels.painPointItems(topicCodes));
        bean.hours = monthlyHours;
        binder.read(bean);
    }

    /** The profile; empty when it refuses a value, whose message is then on its field. */
    Optional<AmbassadorProfile> profile() {
        return binder.write(new Bean(), b -> new AmbassadorProfile(
                allDepartments.stream().filter(b.departments::contains).map(Department::id).toList(),
                labels.tools().stream().filter(b.tools::contains).map(CatalogItem::code).toList(),
                labels.painPoints().stream().filter(b.topics::contains).map(CatalogItem::code).toList(),
                b.hours == null ? 0 : b.hours));
    }
}
