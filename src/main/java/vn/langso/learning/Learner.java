package vn.langso.learning;

import vn.langso.common.VietnameseText;

/**
 * Who answered: a learner's own account, or a person in a household a team member is helping (no account needed).
 * {@code key} identifies them across attempts, so their best attempt counts once per lesson. Public for the demo
 * generator, which writes completions in bulk.
 */
public record Learner(String key, Long accountId, Long householdId, String personName, LearningMode mode,
        Long assistedBy, Long placeId) {

    public static Learner self(long accountId, long placeId) {
        return new Learner("u:" + accountId, accountId, null, null, LearningMode.SELF, null, placeId);
    }

    public static Learner assisted(long householdId, String personName, long memberId, long placeId) {
        return new Learner("h:" + householdId + ":" + VietnameseText.searchKey(personName), null, householdId,
                VietnameseText.clean(personName), LearningMode.ASSISTED, memberId, placeId);
    }
}
