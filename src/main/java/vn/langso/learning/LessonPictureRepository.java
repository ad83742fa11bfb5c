package vn.langso.learning;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface LessonPictureRepository extends ListCrudRepository<LessonPicture, Long> {

    Optional<LessonPicture> findByName(String name);

    boolean existsByName(String name);
}
