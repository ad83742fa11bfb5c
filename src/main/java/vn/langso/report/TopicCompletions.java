package vn.langso.report;

import vn.langso.learning.Topic;

/** Lessons completed in a topic during the period. */
public record TopicCompletions(Topic topic, long completions) {
}
