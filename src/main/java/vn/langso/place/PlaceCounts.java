package vn.langso.place;

public record PlaceCounts(long communes, long villages) {
}
