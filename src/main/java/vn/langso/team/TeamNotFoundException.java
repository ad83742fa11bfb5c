package vn.langso.team;

/** No such team or membership, or it lies outside the caller's scope; both look the same to the caller. */
public class TeamNotFoundException extends RuntimeException {

    public TeamNotFoundException(long id) {
        super("No team or membership " + id + " in scope");
    }
}
