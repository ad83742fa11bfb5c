package vn.langso.learning;

import java.util.List;

/** The learner's answers (the index of the choice picked, per question) under an id the phone made. */
public record AttemptSubmission(String clientId, long versionId, List<Integer> answers) {
}
