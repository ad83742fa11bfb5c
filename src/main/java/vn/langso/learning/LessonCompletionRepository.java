package vn.langso.learning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface LessonCompletionRepository extends ListCrudRepository<LessonCompletion, Long> {

    Optional<LessonCompletion> findByLessonIdAndLearnerKey(long lessonId, String learnerKey);

    List<LessonCompletion> findByLearnerKey(String learnerKey);
}
