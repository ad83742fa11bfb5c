package vn.langso.team;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByPhone(String phone);

    List<Person> findByPhoneIn(Collection<String> phones);
}
