package app.symetrie.training;

public enum CourseFormat {
    ON_SITE,
    REMOTE,
    E_LEARNING
}
