package vn.langso.team;

public enum TeamLevel {
    COMMUNE, VILLAGE
}
