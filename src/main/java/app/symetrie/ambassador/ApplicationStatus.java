package app.symetrie.ambassador;

public enum ApplicationStatus {
    PENDING,
    APPROVED,
    REJECTED
}
