package vn.langso.team;

import java.time.Instant;
import java.util.List;

/**
 * One change to people data from the history: when (UTC), who made it, what kind of record, and each field that
 * changed with its value before and after. Field names and enum values are translation keys' tails.
 */
public record ChangeEntry(Instant when, String who, Kind kind, String subject, Action action,
        List<FieldChange> fields) {

    public enum Kind {
        PERSON, TEAM, MEMBERSHIP
    }

    public enum Action {
        ADDED, CHANGED, REMOVED
    }

    public record FieldChange(String field, String before, String after) {
    }
}
