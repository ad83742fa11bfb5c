package vn.langso.team;

/** Tổ trưởng, tổ phó, thành viên. */
public enum TeamRole {
    LEADER, DEPUTY, MEMBER
}
