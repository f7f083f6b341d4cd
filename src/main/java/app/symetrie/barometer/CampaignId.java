package app.symetrie.barometer;

import app.symetrie.common.Ids;

public record CampaignId(String value) {
    public CampaignId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("empty campaign id");
        }
    }

    public static CampaignId random() {
        return new CampaignId(Ids.random());
    }
}
