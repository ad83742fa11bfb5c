package vn.langso.team;

public enum TeamStatus {
    ACTIVE, DISSOLVED
}
