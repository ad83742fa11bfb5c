package vn.langso.learning;

/** Did the learner take the lesson on their own, or with a team member beside them on the member's phone? */
public enum LearningMode {
    SELF, ASSISTED
}
