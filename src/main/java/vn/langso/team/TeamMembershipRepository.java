package vn.langso.team;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TeamMembershipRepository extends JpaRepository<TeamMembership, Long> {

    List<TeamMembership> findByTeamIdIn(java.util.Collection<Long> teamIds);

    List<TeamMembership> findByTeamIdAndLeftOnIsNull(long teamId);

    List<TeamMembership> findByPersonIdAndLeftOnIsNull(long personId);

    List<TeamMembership> findByTeamIdInAndLeftOnIsNull(java.util.Collection<Long> teamIds);
}
