package app.symetrie.barometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.symetrie.common.InvalidValueException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class CampaignTest {

    private static Campaign quarterly(int length, List<Integer> reminders) {
        return new Campaign(CampaignId.random(), "B", Cadence.QUARTERLY, LocalDate.of(2026, 1, 15), length, List.of(),
                reminders, AnonymityThresholds.DEFAULT, true);
    }

    @Test
    void the_schedule_slot_is_the_latest_opening_on_or_before_a_day() {
        Campaign c = quarterly(21, List.of(3));
        assertThat(c.slotOn(LocalDate.of(2026, 1, 14))).isEqualTo(-1);
        assertThat(c.slotOn(LocalDate.of(2026, 1, 15))).isZero();
        assertThat(c.slotOn(LocalDate.of(2026, 4, 14))).isZero();
        assertThat(c.slotOn(LocalDate.of(2026, 4, 15))).isEqualTo(1);
        assertThat(c.slotOn(LocalDate.of(2027, 1, 20))).isEqualTo(4);
    }

    @Test
    void reminder_days_must_fall_inside_the_wave_and_are_sorted() {
        assertThat(quarterly(21, List.of(10, 3, 3)).reminderDays()).containsExactly(3, 10);
        assertThatThrownBy(() -> quarterly(21, List.of(21))).hasMessage("error.campaign.reminder.range");
        assertThatThrownBy(() -> quarterly(21, List.of(0))).hasMessage("error.campaign.reminder.range");
    }

    @Test
    void a_wave_cannot_be_absurdly_short_or_long() {
        assertThatThrownBy(() -> quarterly(2, List.of())).hasMessage("error.campaign.length.range");
        assertThatThrownBy(() -> quarterly(61, List.of())).hasMessage("error.campaign.length.range");
        assertThatThrownBy(() -> new Campaign(CampaignId.random(), "M", Cadence.MONTHLY, LocalDate.now(), 45,
                List.of(), List.of(), AnonymityThresholds.DEFAULT, true))
                .hasMessage("error.campaign.length.longer-than-cadence");
    }

    @Test
    void anonymity_thresholds_stay_within_the_product_limits() {
        assertThatThrownBy(() -> new AnonymityThresholds(2, 10)).hasMessage("error.campaign.k.range");
        assertThatThrownBy(() -> new AnonymityThresholds(11, 20)).hasMessage("error.campaign.k.range");
        assertThatThrownBy(() -> new AnonymityThresholds(6, 5)).hasMessage("error.campaign.k-comments.range");
        assertThat(new AnonymityThresholds(3, 3).k()).isEqualTo(3);
    }

    /** The refusal names a component of the record that refuses, so the dialog puts it on that component's field. */
    private static void refuses(Class<? extends Record> type, String field, String key, ThrowingCallable creation) {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, creation);
        assertThat(e).as("%s refuses %s", type.getSimpleName(), field).isNotNull();
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.messageKey()).isEqualTo(key);
        assertThat(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)).contains(field);
    }

    @Test
    void each_refused_value_names_its_field() {
        LocalDate first = LocalDate.of(2026, 1, 15);
        refuses(Campaign.class, "name", "error.campaign.name.required", () -> new Campaign(CampaignId.random(), " ",
                Cadence.QUARTERLY, first, 21, List.of(), List.of(), AnonymityThresholds.DEFAULT, true));
        refuses(Campaign.class, "name", "error.name.too-long", () -> new Campaign(CampaignId.random(),
                "x".repeat(Campaign.NAME_MAX + 1), Cadence.QUARTERLY, first, 21, List.of(), List.of(),
                AnonymityThresholds.DEFAULT, true));
        refuses(Campaign.class, "cadence", "error.campaign.cadence.required", () -> new Campaign(CampaignId.random(),
                "B", null, first, 21, List.of(), List.of(), AnonymityThresholds.DEFAULT, true));
        refuses(Campaign.class, "firstOpening", "error.campaign.first-opening.required", () -> new Campaign(
                CampaignId.random(), "B", Cadence.QUARTERLY, null, 21, List.of(), List.of(),
                AnonymityThresholds.DEFAULT, true));
        refuses(Campaign.class, "waveLengthDays", "error.campaign.length.range", () -> quarterly(61, List.of()));
        refuses(Campaign.class, "waveLengthDays", "error.campaign.length.longer-than-cadence",
                () -> new Campaign(CampaignId.random(), "B", Cadence.MONTHLY, first, 29, List.of(), List.of(),
                        AnonymityThresholds.DEFAULT, true));
        refuses(Campaign.class, "reminderDays", "error.campaign.reminder.range", () -> quarterly(21, List.of(21)));
        refuses(AnonymityThresholds.class, "k", "error.campaign.k.range", () -> new AnonymityThresholds(2, 10));
        refuses(AnonymityThresholds.class, "kComments", "error.campaign.k-comments.range",
                () -> new AnonymityThresholds(6, 51));
    }
}
