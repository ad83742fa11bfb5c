package vn.langso.team;

import org.springframework.data.jpa.repository.JpaRepository;

interface TeamSizeGuidanceRepository extends JpaRepository<TeamSizeGuidance, TeamLevel> {
}
