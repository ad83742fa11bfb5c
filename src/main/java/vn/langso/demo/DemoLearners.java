package vn.langso.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.langso.common.PhoneNumbers;
import vn.langso.common.VietnameseText;
import vn.langso.learning.Learner;
import vn.langso.learning.LessonService;
import vn.langso.learning.LessonToTake;
import vn.langso.learning.Topic;
import vn.langso.security.AccountService;

/**
 * Learners and their completed lessons, each with the passed attempt that counts (and now and then a failed one
 * before it) on the lesson's current version. Some learners signed up themselves (an account each, up to
 * {@value #MOST_SELF_LEARNERS} in a province); the others learned on a team member's phone during a visit, as a
 * named person of their household. About one in five completes a lesson of every topic (the five basic skills);
 * the rest stay within the first three topics. The total of completions is exact: each learner takes what is left
 * divided by the learners left, give or take.
 */
final class DemoLearners {

    static final int MOST_SELF_LEARNERS = 10_000;
    private static final int EARLY_TOPICS = 3;

    private record Lesson(long id, Topic topic, int position, long versionId, int questions, int toPass) {
    }

    private static final class PlannedLearner {
        final long placeId;
        final DemoHistory.PlannedHousehold household;
        final String name;
        final String phone;
        final List<Lesson> lessons;
        final Instant[] completedAt;
        DemoHistory.Visitor helper;
        Learner learner;

        PlannedLearner(long placeId, DemoHistory.PlannedHousehold household, String name, String phone,
                List<Lesson> lessons, Instant[] completedAt) {
            this.placeId = placeId;
            this.household = household;
            this.name = name;
            this.phone = phone;
            this.lessons = lessons;
            this.completedAt = completedAt;
        }
    }

    private final JdbcTemplate jdbc;
    private final DemoHistory.Run run;
    private final List<Lesson> path;
    private final List<Lesson> firstOfEachTopic;
    private final int earlyLessons;
    private final double selfShare;
    private long learnersLeft;
    private long completionsLeft;
    private long learners;
    private long completions;

    DemoLearners(JdbcTemplate jdbc, LessonService lessonService, DemoHistory.Run run, long learners, long completions) {
        this.jdbc = jdbc;
        this.run = run;
        this.path = jdbc.query("select slug, id, topic, position from lesson", (rs, row) -> {
            LessonToTake current = lessonService.lesson(rs.getString(1));
            int questions = current.content().questions().size();
            int toPass = 0;
            while (toPass < questions && score(toPass, questions) < current.masteryPercent()) {
                toPass++;
            }
            return new Lesson(rs.getLong(2), Topic.valueOf(rs.getString(3)), rs.getInt(4), current.versionId(),
                    questions, toPass);
        }).stream().sorted(Comparator.comparing(Lesson::topic).thenComparingInt(Lesson::position)).toList();
        if (path.stream().map(Lesson::topic).distinct().count() < Topic.values().length) {
            throw new IllegalStateException("The demo history needs a published lesson in every topic");
        }
        this.firstOfEachTopic = Arrays.stream(Topic.values())
                .map(topic -> path.stream().filter(lesson -> lesson.topic() == topic).findFirst().orElseThrow())
                .toList();
        this.earlyLessons = (int) path.stream().filter(lesson -> lesson.topic().ordinal() < EARLY_TOPICS).count();
        this.selfShare = Math.min(0.3, (double) MOST_SELF_LEARNERS / Math.max(1, learners));
        this.learnersLeft = learners;
        this.completionsLeft = completions;
    }

    long learners() {
        return learners;
    }

    long completions() {
        return completions;
    }

    void write(DemoHistory.Commune commune, Random random) {
        List<DemoHistory.PlannedHousehold> helped = commune.villages.stream()
                .filter(village -> village.visitedInBulk(commune.team))
                .flatMap(village -> village.households.stream()).toList();
        int self = helped.isEmpty() ? commune.learners : (int) Math.round(commune.learners * selfShare);
        List<PlannedLearner> planned = new ArrayList<>();
        for (int i = 0; i < self; i++) {
            DemoHistory.Village village = commune.villages.get(random.nextInt(commune.villages.size()));
            DemoPeople.DemoPerson person = run.people.next();
            planned.add(plan(village.id, null, person.fullName(),
                    PhoneNumbers.normalizeMobile(person.phone()).orElseThrow(), random));
        }
        int[] households = new int[commune.learners - self];
        Arrays.setAll(households, i -> random.nextInt(helped.size()));
        Arrays.sort(households);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < households.length; i++) {
            DemoHistory.PlannedHousehold household = helped.get(households[i]);
            if (i == 0 || households[i] != households[i - 1]) {
                names.clear();
            }
            String name = names.isEmpty() && random.nextBoolean() ? household.head
                    : run.people.relativeOf(household.head);
            while (!names.add(VietnameseText.searchKey(name))) {
                name = run.people.relativeOf(household.head);
            }
            PlannedLearner learner = plan(household.village.id, household, name, null, random);
            learner.helper = helper(commune, household.village, learner.completedAt[0], random);
            learner.learner = Learner.assisted(household.id, name, learner.helper.accountId(), household.village.id);
            planned.add(learner);
        }
        giveAccounts(planned.subList(0, self), random);
        writeCompletions(planned, random);
    }

    /** How many lessons (what is left over the learners left), which, and when: a few days or weeks apart. */
    private PlannedLearner plan(long placeId, DemoHistory.PlannedHousehold household, String name, String phone,
            Random random) {
        double mean = (double) completionsLeft / learnersLeft;
        double allTopics = Math.clamp((mean - 2.5) / 4, 0, 1);
        long count = random.nextDouble() < allTopics ? 5 + random.nextInt(4) : 1 + random.nextInt(4);
        count = Math.clamp(count, Math.max(1, completionsLeft - (long) path.size() * (learnersLeft - 1)),
                Math.min(path.size(), completionsLeft - (learnersLeft - 1)));
        learnersLeft--;
        completionsLeft -= count;
        List<Lesson> chosen = new ArrayList<>();
        List<Lesson> others;
        if (count >= Topic.values().length) {
            chosen.addAll(firstOfEachTopic);
            others = new ArrayList<>(path.stream().filter(lesson -> !firstOfEachTopic.contains(lesson)).toList());
        } else {
            others = new ArrayList<>(path.subList(0, earlyLessons));
        }
        java.util.Collections.shuffle(others, random);
        chosen.addAll(others.subList(0, (int) count - chosen.size()));
        chosen.sort(Comparator.comparingInt(path::indexOf));
        Instant[] at = new Instant[chosen.size()];
        at[0] = run.moment(random);
        for (int i = 1; i < at.length; i++) {
            long room = Math.min(Duration.ofDays(21).toSeconds(), Duration.between(at[i - 1], run.now).toSeconds()
                    / (at.length - i + 1));
            at[i] = at[i - 1].plusSeconds(60 + (long) (random.nextDouble() * room));
        }
        for (int i = 0; i < at.length; i++) {
            at[i] = (at[i].isAfter(run.now) ? run.now : at[i]).truncatedTo(ChronoUnit.SECONDS);
        }
        return new PlannedLearner(placeId, household, name, phone, chosen, at);
    }

    /** Someone of the village's team (or else the commune's) active then; whoever there is otherwise. */
    private static DemoHistory.Visitor helper(DemoHistory.Commune commune, DemoHistory.Village village, Instant at,
            Random random) {
        for (List<DemoHistory.Visitor> team : List.of(village.team, commune.team)) {
            List<DemoHistory.Visitor> active = team.stream().filter(member -> member.activeAt(at)).toList();
            if (!active.isEmpty()) {
                return active.get(random.nextInt(active.size()));
            }
        }
        List<DemoHistory.Visitor> anyone = village.team.isEmpty() ? commune.team : village.team;
        return anyone.get(random.nextInt(anyone.size()));
    }

    /** Villagers who signed up with their phone: an account and their consent, shortly before their first lesson. */
    private void giveAccounts(List<PlannedLearner> selfLearners, Random random) {
        BatchInsert accounts = BatchInsert.returningIds("user_account", "username, password_hash, full_name, role, "
                + "place_id, enabled, failed_attempts, created_at, version, must_change_password, locks_in_a_row");
        List<Instant> signedUp = new ArrayList<>();
        for (PlannedLearner learner : selfLearners) {
            signedUp.add(learner.completedAt[0].minusSeconds(300 + random.nextInt(3600)));
            accounts.add(learner.phone, run.passwordHash, learner.name, "LEARNER", learner.placeId, true, 0,
                    signedUp.getLast(), 0, false, 0);
        }
        long[] ids = accounts.run(jdbc);
        BatchInsert consents = BatchInsert.into("account_consent", "account_id, given, purpose_version, recorded_at, "
                + "recorded_by");
        for (int i = 0; i < ids.length; i++) {
            PlannedLearner learner = selfLearners.get(i);
            learner.learner = Learner.self(ids[i], learner.placeId);
            consents.add(ids[i], true, AccountService.LEARNER_PURPOSE_VERSION, signedUp.get(i), learner.phone);
        }
        consents.run(jdbc);
        run.accounts += ids.length;
    }

    private void writeCompletions(List<PlannedLearner> planned, Random random) {
        BatchInsert attempts = BatchInsert.returningIds("lesson_attempt", "client_id, lesson_version_id, learner_key, "
                + "learner_id, household_id, person_name, mode, assisted_by, correct, total, score_percent, passed, "
                + "answered_at, place_id");
        record Counted(int tries, int correct) {
        }
        List<Counted> counted = new ArrayList<>();
        for (PlannedLearner planner : planned) {
            Learner learner = planner.learner;
            for (int i = 0; i < planner.lessons.size(); i++) {
                Lesson lesson = planner.lessons.get(i);
                boolean failedFirst = lesson.toPass() > 0 && random.nextInt(10) == 0;
                if (failedFirst) {
                    attempt(attempts, learner, lesson, random.nextInt(lesson.toPass()),
                            planner.completedAt[i].minusSeconds(300 + random.nextInt(3600)));
                }
                int correct = lesson.toPass() + random.nextInt(lesson.questions() - lesson.toPass() + 1);
                attempt(attempts, learner, lesson, correct, planner.completedAt[i]);
                counted.add(new Counted(failedFirst ? 2 : 1, correct));
            }
        }
        long[] ids = attempts.run(jdbc);
        BatchInsert completionRows = BatchInsert.into("lesson_completion", "lesson_id, learner_key, learner_id, "
                + "household_id, person_name, best_attempt_id, lesson_version_id, best_score, attempts, mode, "
                + "assisted_by, completed_at, place_id, version");
        int attempt = 0;
        int completion = 0;
        for (PlannedLearner planner : planned) {
            Learner learner = planner.learner;
            for (int i = 0; i < planner.lessons.size(); i++) {
                Lesson lesson = planner.lessons.get(i);
                Counted these = counted.get(completion++);
                attempt += these.tries();
                completionRows.add(lesson.id(), learner.key(), learner.accountId(), learner.householdId(),
                        learner.personName(), ids[attempt - 1], lesson.versionId(),
                        score(these.correct(), lesson.questions()), these.tries(), learner.mode(), learner.assistedBy(),
                        planner.completedAt[i], learner.placeId(), 0);
            }
        }
        completionRows.run(jdbc);
        learners += planned.size();
        completions += completion;
    }

    private void attempt(BatchInsert attempts, Learner learner, Lesson lesson, int correct, Instant at) {
        int score = score(correct, lesson.questions());
        attempts.add(run.attemptId(), lesson.versionId(), learner.key(), learner.accountId(), learner.householdId(),
                learner.personName(), learner.mode(), learner.assistedBy(), correct, lesson.questions(), score,
                correct >= lesson.toPass(), at, learner.placeId());
    }

    /** As a lesson attempt rounds it. */
    private static int score(int correct, int questions) {
        return questions == 0 ? 0 : Math.round(100f * correct / questions);
    }
}
