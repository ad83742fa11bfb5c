package vn.langso.report.ui;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import vn.langso.report.Dashboard;
import vn.langso.report.Figure;
import vn.langso.report.Indicator;
import vn.langso.report.PlaceFigures;

/**
 * The villages' (or communes') figures as the dashboard keeps them while its page is open, to rank them again on
 * another indicator: the names in one array and every count in one array of numbers, a part being its index. A
 * record, a map and eleven figure objects per village took about 530 bytes of the server's memory for as long as
 * the page stayed open; this takes about 120 (issue 8). Counts of one village or commune fit an int by far.
 */
final class PartNumbers {

    private static final Indicator[] INDICATORS = Indicator.values();
    private static final int VISITS = INDICATORS.length * 2;
    private static final int MEMBERS = VISITS + 1;
    private static final int INACTIVE_MEMBERS = VISITS + 2;
    private static final int TEAMS = VISITS + 3;
    private static final int INACTIVE_TEAMS = VISITS + 4;
    private static final int WITHOUT_TEAM = VISITS + 5;
    private static final int STRIDE = VISITS + 6;

    private final String[] names;
    private final int[] numbers;

    PartNumbers(List<PlaceFigures> parts) {
        names = new String[parts.size()];
        numbers = new int[parts.size() * STRIDE];
        for (int part = 0; part < parts.size(); part++) {
            PlaceFigures figures = parts.get(part);
            names[part] = figures.name();
            int at = part * STRIDE;
            for (Indicator indicator : INDICATORS) {
                Figure figure = figures.figure(indicator);
                numbers[at + indicator.ordinal() * 2] = Math.toIntExact(figure.numerator());
                numbers[at + indicator.ordinal() * 2 + 1] = Math.toIntExact(figure.denominator());
            }
            numbers[at + VISITS] = Math.toIntExact(figures.visits());
            numbers[at + MEMBERS] = figures.members();
            numbers[at + INACTIVE_MEMBERS] = figures.inactiveMembers();
            numbers[at + TEAMS] = figures.teams();
            numbers[at + INACTIVE_TEAMS] = figures.inactiveTeams();
            numbers[at + WITHOUT_TEAM] = figures.villagesWithoutTeam();
        }
    }

    /** Every part in the order the dashboard gave them. */
    List<Integer> all() {
        return IntStream.range(0, names.length).boxed().toList();
    }

    /** Parts ranked on an indicator as {@link Dashboard#ranked} ranks them: best first, nothing to measure last. */
    List<Integer> ranked(Indicator indicator) {
        return all().stream().sorted(Comparator.comparing(part -> figure(part, indicator), Dashboard.BEST_FIRST))
                .toList();
    }

    String name(int part) {
        return names[part];
    }

    Figure figure(int part, Indicator indicator) {
        int at = part * STRIDE + indicator.ordinal() * 2;
        return new Figure(numbers[at], numbers[at + 1]);
    }

    long visits(int part) {
        return numbers[part * STRIDE + VISITS];
    }

    int members(int part) {
        return numbers[part * STRIDE + MEMBERS];
    }

    int inactiveMembers(int part) {
        return numbers[part * STRIDE + INACTIVE_MEMBERS];
    }

    int teams(int part) {
        return numbers[part * STRIDE + TEAMS];
    }

    int inactiveTeams(int part) {
        return numbers[part * STRIDE + INACTIVE_TEAMS];
    }

    int villagesWithoutTeam(int part) {
        return numbers[part * STRIDE + WITHOUT_TEAM];
    }
}
