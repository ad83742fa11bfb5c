package vn.langso.team;

/** Where a member comes from: the organisations that make up a team in practice (see DOMAIN.md). */
public enum Affiliation {
    VILLAGE_HEAD, COMMUNE_OFFICIAL, YOUTH_UNION, WOMENS_UNION, VETERANS, POLICE, TEACHER, HEALTH_WORKER, TELECOM_POST,
    OTHER
}
