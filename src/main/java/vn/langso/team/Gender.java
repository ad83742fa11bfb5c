package vn.langso.team;

public enum Gender {
    FEMALE, MALE, OTHER
}
