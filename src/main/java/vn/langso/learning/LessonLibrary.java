package vn.langso.learning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lessons the app ships with (src/main/resources/lessons): on start, every lesson not yet in the database is
 * published as its version 1. Lessons already there are left alone; changes to them are published in the app.
 */
@Component
class LessonLibrary implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(LessonLibrary.class);
    static final String PUBLISHER = "system";

    private final LessonRepository lessons;
    private final LessonVersionRepository versions;
    private final JsonMapper json;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final List<TopicInfo> topics;
    private final List<String> pictures;
    private final java.util.Map<Long, LessonContent> parsed = new java.util.concurrent.ConcurrentHashMap<>();

    LessonLibrary(LessonRepository lessons, LessonVersionRepository versions, JsonMapper json,
            TransactionTemplate transaction, Clock clock) {
        this.lessons = lessons;
        this.versions = versions;
        this.json = json;
        this.transaction = transaction;
        this.clock = clock;
        this.topics = readTopics();
        this.pictures = java.util.Arrays.stream(resources("classpath*:lessons/pictures/*.svg"))
                .map(Resource::getFilename).sorted().toList();
    }

    List<TopicInfo> topics() {
        return topics;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<LessonContent> shipped = readLessons();
        int added = transaction.execute(status -> {
            int count = 0;
            for (LessonContent content : shipped) {
                if (lessons.findBySlug(content.slug()).isEmpty()) {
                    Lesson lesson = lessons.save(new Lesson(content.slug(), content.topic(), content.order(),
                            clock.instant()));
                    versions.save(new LessonVersion(lesson.getId(), 1, json.writeValueAsString(content),
                            clock.instant(), PUBLISHER));
                    count++;
                }
            }
            return count;
        });
        log.info("Lessons: {} shipped, {} newly published", shipped.size(), added);
    }

    String json(LessonContent content) {
        return json.writeValueAsString(content);
    }

    /** The file names of the pictures lessons may use. */
    List<String> pictures() {
        return pictures;
    }

    /** A published version never changes, so its JSON is read once per version and kept. */
    LessonContent content(LessonVersion version) {
        return parsed.computeIfAbsent(version.getId(), id -> json.readValue(version.getContent(), LessonContent.class));
    }

    private List<LessonContent> readLessons() {
        List<LessonContent> found = new ArrayList<>();
        for (Resource file : resources("classpath*:lessons/*/*.yaml")) {
            found.add(json.convertValue(yaml(file), LessonContent.class));
        }
        found.sort(Comparator.comparing(LessonContent::topic).thenComparingInt(LessonContent::order));
        return found;
    }

    private List<TopicInfo> readTopics() {
        List<TopicInfo> found = new ArrayList<>();
        for (Resource file : resources("classpath*:lessons/topics.yaml")) {
            Object list = yaml(file).get("topics");
            for (Object topic : (List<?>) list) {
                found.add(json.convertValue(topic, TopicInfo.class));
            }
        }
        found.sort(Comparator.comparingInt(TopicInfo::order));
        return List.copyOf(found);
    }

    private static Resource[] resources(String pattern) {
        try {
            return new PathMatchingResourcePatternResolver().getResources(pattern);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> yaml(Resource file) {
        try (InputStream in = file.getInputStream()) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
