package vn.langso.team;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TeamRepository extends JpaRepository<Team, Long> {

    List<Team> findByPlaceIdAndStatus(long placeId, TeamStatus status);

    List<Team> findByPlaceIdIn(java.util.Collection<Long> placeIds);
}
