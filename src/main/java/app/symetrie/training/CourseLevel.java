package app.symetrie.training;

public enum CourseLevel {
    BEGINNER,
    INTERMEDIATE,
    ADVANCED
}
