package app.symetrie.map.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A campaign's map setting: whether a closed wave's map is shown to each department's people (on by default). */
@Document("map_settings")
public record MapSettingDocument(@Id String campaignId, boolean publishedToEmployees) {
}
