package app.symetrie.barometer.internal;

import app.symetrie.barometer.AnonymityThresholds;
import app.symetrie.barometer.Cadence;
import app.symetrie.barometer.Campaign;
import app.symetrie.barometer.CampaignId;
import app.symetrie.organization.DepartmentId;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("campaigns")
public record CampaignDocument(@Id String id, String name, Cadence cadence, LocalDate firstOpening,
                               int waveLengthDays, List<String> targetDepartments, List<Integer> reminderDays,
                               int k, int kComments, boolean active) {

    public static CampaignDocument of(Campaign c) {
        return new CampaignDocument(c.id().value(), c.name(), c.cadence(), c.firstOpening(), c.waveLengthDays(),
                c.targetDepartments().stream().map(DepartmentId::value).toList(), c.reminderDays(),
                c.thresholds().k(), c.thresholds().kComments(), c.active());
    }

    public Campaign toDomain() {
        return new Campaign(new CampaignId(id), name, cadence, firstOpening, waveLengthDays,
                targetDepartments.stream().map(DepartmentId::new).toList(), reminderDays,
                new AnonymityThresholds(k, kComments), active);
    }
}
