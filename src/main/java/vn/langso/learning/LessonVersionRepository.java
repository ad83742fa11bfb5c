package vn.langso.learning;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface LessonVersionRepository extends ListCrudRepository<LessonVersion, Long> {

    Optional<LessonVersion> findFirstByLessonIdOrderByNumberDesc(long lessonId);
}
