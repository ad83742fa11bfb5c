package vn.langso.household;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The rows of an imported household list, each checked field by field with the register's own rules, so a row
 * shows every problem it has at once and the preview and the import always agree.
 */
final class HouseholdImportRows {

    private static final Pattern HEAD_COUNT = Pattern.compile("\\d{1,3}");

    record Checked(HouseholdFile.Line line, HouseholdDetails details, List<String> problemKeys) {

        boolean good() {
            return problemKeys.isEmpty();
        }
    }

    private HouseholdImportRows() {
    }

    static List<Checked> check(byte[] file) {
        return HouseholdFile.read(file).stream().map(HouseholdImportRows::check).toList();
    }

    private static Checked check(HouseholdFile.Line line) {
        List<String> problems = new ArrayList<>();
        if (line.headName().isBlank()) {
            problems.add("household.headName.required");
        }
        Integer adults = null;
        if (HEAD_COUNT.matcher(line.adults()).matches()) {
            adults = Integer.valueOf(line.adults());
        } else if (!line.adults().isBlank()) {
            problems.add("householdRegister.import.adultsNotNumber");
        }
        Integer checkedAdults = adults;
        problem(() -> HouseholdService.details(line.headName(), null, null, null), problems);
        problem(() -> HouseholdService.details(null, line.address(), null, null), problems);
        problem(() -> HouseholdService.details(null, null, line.phone(), null), problems);
        problem(() -> HouseholdService.details(null, null, null, checkedAdults), problems);
        HouseholdDetails details = problems.isEmpty()
                ? HouseholdService.details(line.headName(), line.address(), line.phone(), adults) : null;
        return new Checked(line, details, List.copyOf(problems));
    }

    private static void problem(Supplier<HouseholdDetails> rule, List<String> problems) {
        try {
            rule.get();
        } catch (HouseholdRuleException broken) {
            if (!problems.contains(broken.messageKey())) {
                problems.add(broken.messageKey());
            }
        }
    }
}
