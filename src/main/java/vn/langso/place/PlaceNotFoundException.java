package vn.langso.place;

/** The place does not exist or lies outside the caller's scope; both look the same to the caller. */
public class PlaceNotFoundException extends RuntimeException {

    public PlaceNotFoundException(long placeId) {
        super("No place " + placeId + " in scope");
    }
}
