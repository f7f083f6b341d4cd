package app.symetrie.barometer.internal;

import app.symetrie.barometer.AnonymityThresholds;
import app.symetrie.barometer.CampaignId;
import app.symetrie.barometer.Wave;
import app.symetrie.barometer.WaveId;
import app.symetrie.barometer.WaveStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A wave; {@code answered} holds, once it is closed, how many people answered per department — all that is kept of
 * who answered (participation records are deleted when the wave closes). {@code releaseAfter}: closed by hand and
 * still open, answers refused, until this instant the close can be undone; then it is released like any other. The unique (campaign, slot) index makes opening a slot twice impossible, even from two instances. */
@Document("waves")
@CompoundIndex(name = "campaign_slot", def = "{'campaignId': 1, 'slot': 1}", unique = true)
public record WaveDocument(@Id String id, String campaignId, String campaignName, int slot, LocalDate opensOn,
                           LocalDate closesOn, WaveStatus status, int questionnaireVersion, int k, int kComments,
                           Map<String, Integer> invited, List<LocalDate> remindersSent,
                           @Nullable Map<String, Integer> answered, @Nullable Naming placement,
                           @Nullable Instant releaseAfter) {

    /**
     * While the wave is closing: the units its answers may name, decided once before any answer is written (so that
     * a resumed release names them alike), removed when it is closed. {@code parentOf}: department → the parent its
     * answers count in (absent on a decision stored before parents were a level: read as no parent).
     */
    public record Naming(Map<String, String> kindOf, List<String> kinds, List<String> departments,
                         List<String> teams, @Nullable Map<String, String> parentOf) {
    }

    public Wave toDomain() {
        return new Wave(new WaveId(id), new CampaignId(campaignId), campaignName, slot, opensOn, closesOn, status,
                questionnaireVersion, new AnonymityThresholds(k, kComments), invited == null ? Map.of() : invited,
                answered == null ? Map.of() : answered, releaseAfter);
    }
}
