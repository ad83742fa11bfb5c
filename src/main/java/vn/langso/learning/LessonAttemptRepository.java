package vn.langso.learning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface LessonAttemptRepository extends ListCrudRepository<LessonAttempt, Long> {

    Optional<LessonAttempt> findByClientId(String clientId);

    @Query("""
            select count(a) from LessonAttempt a, LessonVersion v
            where a.lessonVersionId = v.id and v.lessonId = :lessonId and a.learnerKey = :learnerKey""")
    int countForLesson(@Param("lessonId") long lessonId, @Param("learnerKey") String learnerKey);

    /** Best score per lesson for one learner, passed or not: [lessonId, best score]. */
    @Query("""
            select v.lessonId, max(a.scorePercent) from LessonAttempt a, LessonVersion v
            where a.lessonVersionId = v.id and a.learnerKey = :learnerKey group by v.lessonId""")
    List<Object[]> bestScores(@Param("learnerKey") String learnerKey);
}
