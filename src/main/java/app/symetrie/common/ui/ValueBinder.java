package app.symetrie.common.ui;

import app.symetrie.common.InvalidValueException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.ValueProvider;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A form on {@link Binder}: the fields are bound to a mutable form bean, and the value object is built from the bean.
 * The value object checks itself; the {@link InvalidValueException} it throws (or a service throws about it) names
 * the record component at fault, and its translated message lands on the field bound to that component. Nothing
 * reads the text of a message to decide where it goes.
 *
 * @param <B> the form bean
 */
public final class ValueBinder<B> {

    private final Component owner;
    private final Binder<B> binder = new Binder<>();
    private final Map<String, HasValue<?, ?>> byComponent = new HashMap<>();

    /** @param owner the view or form whose locale translates the messages */
    public ValueBinder(Component owner) {
        this.owner = owner;
        // the value object's rules are the only rules, with its messages: a field's own min/max check would refuse
        // the same value with another message (or none)
        binder.setDefaultValidatorsEnabled(false);
    }

    /**
     * Binds {@code input} to a property of the bean, and to the record component {@code component} of the value
     * object for its errors.
     */
    public <V> Binder.Binding<B, V> bind(String component, HasValue<?, V> input, ValueProvider<B, V> getter,
                                         Setter<B, V> setter) {
        byComponent.put(component, input);
        return binder.forField(input).bind(getter, setter);
    }

    /** Also shows the errors of {@code component} on {@code input} (a value read from several fields). */
    public void alsoShow(String component, HasValue<?, ?> input) {
        byComponent.put(component, input);
    }

    /** Fills the fields from the bean. */
    public void read(B bean) {
        binder.readBean(bean);
    }

    /**
     * Writes the fields into the bean and builds the value object. Empty when the value object refuses a value: the
     * message is then on its field, or in a notification when no field holds that value.
     */
    public <T> Optional<T> write(B bean, Function<B, T> build) {
        if (!binder.writeBeanIfValid(bean)) {
            return Optional.empty();
        }
        try {
            return Optional.of(build.apply(bean));
        } catch (InvalidValueException e) {
            show(e);
            return Optional.empty();
        }
    }

    /** Shows the refusal on the field of its record component; in a notification when no field holds it. */
    public void show(InvalidValueException e) {
        HasValue<?, ?> input = byComponent.get(e.field());
        if (input instanceof HasValidation field) {
            field.setErrorMessage(owner.getTranslation(e.messageKey(), e.arguments()));
            field.setInvalid(true);
        } else {
            Notifications.error(owner, e);
        }
    }
}
