package vn.langso.learning;

/** A topic's name and one-line description, as lessons/topics.yaml gives them. */
public record TopicInfo(Topic code, int order, LocalizedText title, LocalizedText description) {
}
