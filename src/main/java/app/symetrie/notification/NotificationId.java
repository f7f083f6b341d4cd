package app.symetrie.notification;

public record NotificationId(String value) {
    public NotificationId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("empty notification id");
        }
    }
}
