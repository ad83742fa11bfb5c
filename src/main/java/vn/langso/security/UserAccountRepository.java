package vn.langso.security;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    java.util.List<UserAccount> findByPlaceIdIn(java.util.Collection<Long> placeIds);
}
