package app.symetrie.barometer;

import app.symetrie.common.Ids;

public record WaveId(String value) {
    public WaveId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("empty wave id");
        }
    }

    public static WaveId random() {
        return new WaveId(Ids.random());
    }
}
