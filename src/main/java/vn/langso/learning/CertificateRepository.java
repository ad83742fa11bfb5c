package vn.langso.learning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface CertificateRepository extends ListCrudRepository<Certificate, Long> {

    Optional<Certificate> findByCode(String code);

    Optional<Certificate> findByLearnerKeyAndTopic(String learnerKey, Topic topic);

    List<Certificate> findByLearnerKey(String learnerKey);
}
