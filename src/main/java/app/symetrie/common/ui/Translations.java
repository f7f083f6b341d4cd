package app.symetrie.common.ui;

import app.symetrie.common.UserFacingException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.util.function.Function;

/** Bridges value objects (which throw translation keys) and Vaadin binders (which show messages). */
public final class Translations {

    private Translations() {
    }

    /** A validator that tries the value object's constructor and shows its message key translated. */
    public static <T> Validator<T> checkedBy(Component source, Function<T, ?> constructor) {
        return (value, context) -> {
            try {
                constructor.apply(value);
                return ValidationResult.ok();
            } catch (UserFacingException e) {
                return ValidationResult.error(source.getTranslation(e.messageKey(), e.arguments()));
            } catch (IllegalArgumentException e) {
                return ValidationResult.error(source.getTranslation(String.valueOf(e.getMessage())));
            }
        };
    }
}
