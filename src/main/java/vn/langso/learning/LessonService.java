package vn.langso.learning;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.common.VietnameseText;
import vn.langso.household.HouseholdRef;
import vn.langso.household.HouseholdService;
import vn.langso.security.AccountService;
import vn.langso.security.AppRoles;
import vn.langso.security.SignedInUser;

/**
 * Lessons and what learners made of them. Answers are marked on the server against the version the learner took;
 * a lesson is completed once an attempt reaches its mastery score, and the best attempt is the one that counts.
 */
@Service
public class LessonService {

    private final LessonRepository lessons;
    private final LessonVersionRepository versions;
    private final LessonAttemptRepository attempts;
    private final LessonCompletionRepository completions;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final LessonLibrary library;
    private final AccountService accounts;
    private final HouseholdService households;
    private final vn.langso.security.AuditTrail audit;
    private final Clock clock;
    private static final int MAX_NAME = 200;
    private static final int CODE_LENGTH = 10;
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    /** A new lesson's address from its title is cut here, leaving room for "-2" and the like. */
    private static final int MAX_SLUG = 60;
    private static final int SLUG_COLUMN = 80;
    private static final int NEW_LESSON_MINUTES = 5;
    private static final int NEW_LESSON_CHOICES = 3;
    private final CertificateRepository certificates;
    private final LessonPictureStore pictures;

    LessonService(LessonRepository lessons, LessonVersionRepository versions, LessonAttemptRepository attempts,
            LessonCompletionRepository completions, LessonLibrary library, AccountService accounts,
            HouseholdService households, vn.langso.security.AuditTrail audit, CertificateRepository certificates,
            LessonPictureStore pictures, org.springframework.context.ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.certificates = certificates;
        this.pictures = pictures;
        this.lessons = lessons;
        this.versions = versions;
        this.attempts = attempts;
        this.completions = completions;
        this.library = library;
        this.accounts = accounts;
        this.households = households;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every topic with its lessons in order and the signed-in learner's progress. */
    @RolesAllowed({AppRoles.LEARNER, AppRoles.TEAM_MEMBER, AppRoles.PROVINCE_ADMIN})
    @Transactional(readOnly = true)
    public List<TopicProgress> catalogue() {
        String learner = self(accounts.currentUser()).key();
        Map<Long, Integer> best = new java.util.HashMap<>();
        for (Object[] row : attempts.bestScores(learner)) {
            best.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        Set<Long> completed = completions.findByLearnerKey(learner).stream().map(LessonCompletion::getLessonId)
                .collect(Collectors.toSet());
        Map<Long, LessonVersion> currentVersions = versions.findCurrent().stream()
                .collect(Collectors.toMap(LessonVersion::getLessonId, version -> version));
        Map<Topic, List<LessonSummary>> byTopic = new java.util.EnumMap<>(Topic.class);
        for (Lesson lesson : lessons.findAllByOrderByTopicAscPositionAsc()) {
            LessonContent content = library.content(currentVersions.get(lesson.getId()));
            byTopic.computeIfAbsent(lesson.getTopic(), topic -> new ArrayList<>()).add(new LessonSummary(
                    lesson.getSlug(), lesson.getTopic(), lesson.getPosition(), content.minutes(), content.title(),
                    content.summary(), best.get(lesson.getId()), completed.contains(lesson.getId())));
        }
        return library.topics().stream()
                .map(topic -> new TopicProgress(topic, byTopic.getOrDefault(topic.code(), List.of()))).toList();
    }

    @RolesAllowed({AppRoles.LEARNER, AppRoles.TEAM_MEMBER, AppRoles.COMMUNE_LEADER, AppRoles.PROVINCE_ADMIN})
    @Transactional(readOnly = true)
    public LessonToTake lesson(String slug) {
        Lesson lesson = lessons.findBySlug(slug).orElseThrow(() -> new LessonRuleException("lesson.notFound"));
        return current(lesson);
    }

    /** Marks the learner's answers. Sending the same attempt again changes nothing and gives the same result. */
    @RolesAllowed({AppRoles.LEARNER, AppRoles.TEAM_MEMBER})
    @Transactional
    public AttemptResult submit(AttemptSubmission submission) {
        return submitAs(self(accounts.currentUser()), submission);
    }

    /**
     * A person in a household answered on the team member's phone, with the member beside them: recorded as
     * assisted and co-signed by the member. The person needs no account; the household must be in the member's
     * village.
     */
    @RolesAllowed(AppRoles.TEAM_MEMBER)
    @Transactional
    public AttemptResult submitAssisted(AttemptSubmission submission, long householdId, String personName) {
        String name = VietnameseText.clean(personName);
        if (name == null || name.isEmpty() || name.length() > MAX_NAME) {
            throw new LessonRuleException("lesson.assisted.nameRequired");
        }
        HouseholdRef household = households.householdToHelp(householdId);
        return submitAs(Learner.assisted(household.id(), name, accounts.currentUser().id(), household.villageId()),
                submission);
    }

    /** The head of a household the member is about to help (to start from their name); checks the scope. */
    @RolesAllowed(AppRoles.TEAM_MEMBER)
    @Transactional(readOnly = true)
    public String householdHead(long householdId) {
        return households.householdToHelp(householdId).headName();
    }

    /** The lesson as it is now, to be edited; {@code pictures} are the pictures an editor can choose from. */
    @RolesAllowed(AppRoles.PROVINCE_ADMIN)
    @Transactional(readOnly = true)
    public LessonDraft draft(String slug) {
        Lesson lesson = lessons.findBySlug(slug).orElseThrow(() -> new LessonRuleException("lesson.notFound"));
        LessonToTake current = current(lesson);
        return new LessonDraft(slug, current.versionNumber(), lesson.getMasteryPercent(), current.content(),
                library.pictures());
    }

    /**
     * Publishes the edited lesson as a new version. {@code basedOn} is the version the editor started from, so a
     * second editor's stale copy is refused. Completions keep the version they were earned on.
     */
    @RolesAllowed(AppRoles.PROVINCE_ADMIN)
    @Transactional
    public int publish(String slug, int basedOn, int masteryPercent, LessonContent edited) {
        Lesson lesson = lessons.findBySlug(slug).orElseThrow(() -> new LessonRuleException("lesson.notFound"));
        LessonVersion latest = versions.findFirstByLessonIdOrderByNumberDesc(lesson.getId()).orElseThrow();
        if (latest.getNumber() != basedOn) {
            throw new LessonRuleException("lesson.edit.stale");
        }
        LessonContent content = LessonRules.check(edited, slug, lesson.getTopic(), lesson.getPosition(),
                pictures::known);
        checkMastery(masteryPercent);
        lesson.setMasteryPercent(masteryPercent);
        int number = latest.getNumber() + 1;
        versions.save(new LessonVersion(lesson.getId(), number, library.json(content), clock.instant(),
                accounts.currentUser().username()));
        audit.recordForCurrentUser("LESSON_PUBLISHED", null, slug + " v" + number);
        return number;
    }

    /**
     * A new lesson to write, in a topic and with a title in Vietnamese (English may follow in the editor): one empty
     * step and one question with empty choices, and the address it is to get, made from the title. Nothing is stored
     * until {@link #publishFirst} publishes it, so learners see nothing before that.
     */
    @RolesAllowed(AppRoles.PROVINCE_ADMIN)
    @Transactional(readOnly = true)
    public LessonDraft newDraft(Topic topic, LocalizedText title) {
        if (topic == null) {
            throw new LessonRuleException("lesson.create.topicRequired", "topic");
        }
        LocalizedText checked = LessonRules.newTitle(title);
        LocalizedText empty = new LocalizedText("", "");
        List<LessonContent.Choice> choices = java.util.Collections.nCopies(NEW_LESSON_CHOICES,
                new LessonContent.Choice(empty, false, empty));
        LessonContent content = new LessonContent(freeSlug(VietnameseText.slug(checked.vi(), MAX_SLUG)), topic,
                nextPosition(topic), NEW_LESSON_MINUTES, checked, empty, List.of(new LessonContent.Step(null, empty)),
                List.of(new LessonContent.Question(empty, choices)));
        return new LessonDraft(content.slug(), 0, Lesson.DEFAULT_MASTERY, content, library.pictures());
    }

    /**
     * Publishes a new lesson as its version 1, last in its topic, and answers its address. The same lesson sent
     * again by the same admin (a double tap) is answered with the address it got and stores nothing; if someone
     * else's lesson took the address meanwhile, this one gets the next free one.
     */
    @RolesAllowed(AppRoles.PROVINCE_ADMIN)
    @Transactional
    public String publishFirst(int masteryPercent, LessonContent edited) {
        String slug = edited.slug();
        if (slug == null || slug.isEmpty() || !slug.equals(VietnameseText.slug(slug, SLUG_COLUMN))
                || edited.topic() == null) {
            throw new LessonRuleException("lesson.notFound");
        }
        LessonContent content = LessonRules.check(edited, slug, edited.topic(), nextPosition(edited.topic()),
                pictures::known);
        checkMastery(masteryPercent);
        String publisher = accounts.currentUser().username();
        Lesson taken = lessons.findBySlug(slug).orElse(null);
        if (taken != null) {
            if (isResend(taken, masteryPercent, LessonRules.check(edited, slug, taken.getTopic(),
                    taken.getPosition(), pictures::known), publisher)) {
                return slug;
            }
            slug = freeSlug(slug);
            content = LessonRules.check(edited, slug, edited.topic(), content.order(), pictures::known);
        }
        Lesson lesson = new Lesson(slug, content.topic(), content.order(), clock.instant());
        lesson.setMasteryPercent(masteryPercent);
        lesson = lessons.save(lesson);
        versions.save(new LessonVersion(lesson.getId(), 1, library.json(content), clock.instant(), publisher));
        audit.recordForCurrentUser("LESSON_CREATED", null, slug + " " + content.topic());
        return slug;
    }

    /**
     * Stores an uploaded picture, scaled to at most 800 px wide and written anew (no camera metadata), and answers
     * what a step refers to it by. The same picture uploaded again is stored once.
     */
    @RolesAllowed(AppRoles.PROVINCE_ADMIN)
    @Transactional
    public String uploadPicture(byte[] upload) {
        String reference = pictures.store(upload, accounts.currentUser().username());
        audit.recordForCurrentUser("LESSON_PICTURE_UPLOADED", null, reference);
        return reference;
    }

    /** An uploaded picture by its name; open to all, as the shipped pictures are. */
    @org.springframework.security.access.prepost.PreAuthorize("permitAll()")
    @jakarta.annotation.security.PermitAll // lesson pictures are public, like the shipped ones under /lesson-pictures
    @Transactional(readOnly = true)
    public java.util.Optional<PictureFile> uploadedPicture(String name) {
        return pictures.uploaded(name);
    }

    private boolean isResend(Lesson lesson, int masteryPercent, LessonContent content, String publisher) {
        List<LessonVersion> published = versions.findByLessonId(lesson.getId());
        return published.size() == 1 && publisher.equals(published.getFirst().getPublishedBy())
                && lesson.getMasteryPercent() == masteryPercent
                && library.json(content).equals(published.getFirst().getContent());
    }

    private String freeSlug(String base) {
        String slug = base;
        for (int n = 2; lessons.existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private int nextPosition(Topic topic) {
        return lessons.findFirstByTopicOrderByPositionDesc(topic).map(Lesson::getPosition).orElse(0) + 1;
    }

    private static void checkMastery(int masteryPercent) {
        if (masteryPercent < LessonRules.MIN_MASTERY || masteryPercent > 100) {
            throw new LessonRuleException("lesson.edit.mastery", "mastery");
        }
    }

    private AttemptResult submitAs(Learner learner, AttemptSubmission submission) {
        LessonVersion version = versions.findById(submission.versionId())
                .orElseThrow(() -> new LessonRuleException("lesson.notFound"));
        Lesson lesson = lessons.findById(version.getLessonId()).orElseThrow();
        LessonContent content = library.content(version);
        List<Boolean> right = mark(content, submission.answers());
        LessonAttempt attempt = attempts.findByClientId(submission.clientId()).orElse(null);
        if (attempt != null) {
            if (!attempt.getLearnerKey().equals(learner.key()) || attempt.getLessonVersionId() != version.getId()) {
                throw new LessonRuleException("lesson.attemptConflict");
            }
        } else {
            int correct = (int) right.stream().filter(Boolean::booleanValue).count();
            attempt = attempts.save(new LessonAttempt(submission.clientId(), version.getId(), learner, correct,
                    right.size(), lesson.getMasteryPercent(), clock.instant()));
            recordCompletion(lesson, learner, attempt);
            if (attempt.isPassed()) {
                issueIfTopicDone(learner, lesson.getTopic());
            }
        }
        int tries = attempts.countForLesson(lesson.getId(), learner.key());
        LessonCompletion completion = completions.findByLessonIdAndLearnerKey(lesson.getId(), learner.key())
                .orElse(null);
        int bestScore = completion != null ? completion.getBestScore()
                : attempts.bestScores(learner.key()).stream().filter(row -> ((Number) row[0]).longValue() == lesson.getId())
                        .map(row -> ((Number) row[1]).intValue()).findFirst().orElse(attempt.getScorePercent());
        return new AttemptResult(attempt.getCorrect(), attempt.getTotal(), attempt.getScorePercent(),
                lesson.getMasteryPercent(), attempt.isPassed(), right, bestScore, tries, completion != null);
    }

    /** Once every lesson of the topic is completed, the learner gets a certificate (once). */
    private void issueIfTopicDone(Learner learner, Topic topic) {
        if (certificates.findByLearnerKeyAndTopic(learner.key(), topic).isPresent()) {
            return;
        }
        Set<Long> done = completions.findByLearnerKey(learner.key()).stream().map(LessonCompletion::getLessonId)
                .collect(Collectors.toSet());
        boolean all = lessons.findAllByOrderByTopicAscPositionAsc().stream()
                .filter(lesson -> lesson.getTopic() == topic).allMatch(lesson -> done.contains(lesson.getId()));
        if (all) {
            String name = learner.personName() != null ? learner.personName() : accounts.currentUser().fullName();
            certificates.save(new Certificate(newCode(), learner.key(), name, topic, clock.instant(), learner.placeId()));
        }
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    /** The signed-in learner's certificates, newest first. */
    @RolesAllowed({AppRoles.LEARNER, AppRoles.TEAM_MEMBER})
    @Transactional(readOnly = true)
    public List<CertificateInfo> myCertificates() {
        return certificates.findByLearnerKey(self(accounts.currentUser()).key()).stream()
                .sorted(java.util.Comparator.comparing(Certificate::getIssuedAt).reversed()).map(this::info).toList();
    }

    /** The PDF of one of the signed-in learner's certificates; {@code verifyUrl} is what its QR code opens. */
    @RolesAllowed({AppRoles.LEARNER, AppRoles.TEAM_MEMBER})
    @Transactional(readOnly = true)
    public byte[] certificatePdf(String code, String verifyUrl, java.util.Locale locale,
            java.util.function.Function<String, String> translate) {
        Certificate certificate = certificates.findByCode(code).orElseThrow(
                () -> new LessonRuleException("certificate.notFound"));
        if (!certificate.getLearnerKey().equals(self(accounts.currentUser()).key())) {
            audit.recordOutOfScope("certificate " + code);
            throw new LessonRuleException("certificate.notFound");
        }
        List<String> titles = lessons.findAllByOrderByTopicAscPositionAsc().stream()
                .filter(lesson -> lesson.getTopic() == certificate.getTopic())
                .map(lesson -> current(lesson).content().title().in(locale)).toList();
        return CertificatePdf.render(info(certificate), titles, locale, new CertificatePdf.Texts(
                translate.apply("certificate.heading"), translate.apply("certificate.certifies"),
                translate.apply("certificate.completed"), translate.apply("certificate.issuedOn"),
                translate.apply("certificate.check"), translate.apply("certificate.code")), verifyUrl);
    }

    /** Anyone may check a certificate by its code (the QR code on it): it shows what the certificate says. */
    @org.springframework.security.access.prepost.PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public java.util.Optional<CertificateInfo> verify(String code) {
        if (code == null || code.length() != CODE_LENGTH) {
            return java.util.Optional.empty();
        }
        return certificates.findByCode(code).map(this::info);
    }

    private CertificateInfo info(Certificate certificate) {
        TopicInfo topic = library.topics().stream().filter(t -> t.code() == certificate.getTopic()).findFirst()
                .orElseThrow();
        return new CertificateInfo(certificate.getCode(), certificate.getLearnerName(), topic,
                java.time.LocalDate.ofInstant(certificate.getIssuedAt(), java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    private void recordCompletion(Lesson lesson, Learner learner, LessonAttempt attempt) {
        if (!attempt.isPassed()) {
            return;
        }
        int tries = attempts.countForLesson(lesson.getId(), learner.key());
        completions.findByLessonIdAndLearnerKey(lesson.getId(), learner.key()).ifPresentOrElse(
                completion -> completion.counted(learner, attempt, tries, clock.instant()),
                () -> firstCompletion(lesson, learner, attempt, tries));
    }

    private void firstCompletion(Lesson lesson, Learner learner, LessonAttempt attempt, int tries) {
        Map<Long, Topic> topicOf = lessons.findAll().stream().collect(Collectors.toMap(Lesson::getId, Lesson::getTopic));
        Set<Topic> before = completions.findByLearnerKey(learner.key()).stream()
                .map(done -> topicOf.get(done.getLessonId())).collect(Collectors.toSet());
        completions.save(new LessonCompletion(lesson.getId(), learner, attempt, tries, clock.instant()));
        boolean allTopicsNow = !before.contains(lesson.getTopic()) && before.size() == Topic.values().length - 1;
        events.publishEvent(new LessonCompleted(learner.placeId(), lesson.getTopic(), clock.instant(),
                before.isEmpty(), allTopicsNow));
    }

    /** One answer per question, each the index of a choice; anything else is refused. */
    private static List<Boolean> mark(LessonContent content, List<Integer> answers) {
        List<LessonContent.Question> questions = content.questions();
        if (answers == null || answers.size() != questions.size()) {
            throw new LessonRuleException("lesson.answerEveryQuestion");
        }
        List<Boolean> right = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Integer answer = answers.get(i);
            if (answer == null || answer < 0 || answer >= questions.get(i).choices().size()) {
                throw new LessonRuleException("lesson.answerEveryQuestion");
            }
            right.add(answer == questions.get(i).correctChoice());
        }
        return right;
    }

    private LessonToTake current(Lesson lesson) {
        LessonVersion version = versions.findFirstByLessonIdOrderByNumberDesc(lesson.getId()).orElseThrow();
        return new LessonToTake(version.getId(), version.getNumber(), lesson.getMasteryPercent(),
                library.content(version));
    }

    private static Learner self(SignedInUser user) {
        return Learner.self(user.id(), user.placeId());
    }
}
