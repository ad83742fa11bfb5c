package vn.langso.learning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface LessonRepository extends ListCrudRepository<Lesson, Long> {

    Optional<Lesson> findBySlug(String slug);

    List<Lesson> findAllByOrderByTopicAscPositionAsc();

    boolean existsBySlug(String slug);

    Optional<Lesson> findFirstByTopicOrderByPositionDesc(Topic topic);
}
