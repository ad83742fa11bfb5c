package vn.langso.learning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface LessonVersionRepository extends ListCrudRepository<LessonVersion, Long> {

    Optional<LessonVersion> findFirstByLessonIdOrderByNumberDesc(long lessonId);

    List<LessonVersion> findByLessonId(long lessonId);

    /** The current version of every lesson, in one query. */
    @Query("select v from LessonVersion v where v.number = (select max(w.number) from LessonVersion w where w.lessonId = v.lessonId)")
    List<LessonVersion> findCurrent();
}
