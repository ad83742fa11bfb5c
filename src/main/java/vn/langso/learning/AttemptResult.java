package vn.langso.learning;

import java.util.List;

/**
 * How an attempt went: per question whether it was right, the score against the lesson's mastery rule, and the
 * learner's standing on the lesson (best score over all attempts, how many attempts, completed or not).
 */
public record AttemptResult(int correct, int total, int scorePercent, int masteryPercent, boolean passed,
        List<Boolean> right, int bestScore, int attempts, boolean completed) {
}
