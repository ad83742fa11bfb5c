package vn.langso.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import com.vaadin.flow.internal.nodefeature.PropertyChangeDeniedException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.household.HouseholdSummary;
import vn.langso.household.ui.HouseholdRegisterView;
import vn.langso.learning.ui.LessonEditorView;
import vn.langso.learning.ui.LessonsView;
import vn.langso.place.ui.PlacesView;
import vn.langso.report.ui.OverviewView;
import vn.langso.security.ui.AccountView;
import vn.langso.security.ui.SignUpView;
import com.vaadin.flow.component.upload.Upload;
import vn.langso.support.CommuneRosterFile;
import vn.langso.support.DemoUsers;
import vn.langso.support.MalformedFiles;
import vn.langso.support.MalformedInputs;
import vn.langso.support.MalformedInputs.Input;
import vn.langso.support.Villagers;
import vn.langso.team.ui.TeamView;
import vn.langso.ui.Dates;
import vn.langso.ui.ErrorView;

/**
 * The malformed-input corpus typed, field by field, into every form as a person would (issue 9, "Bad input and
 * faults"): each input is either refused with a message at the field in Vietnamese or kept as plain text; nothing
 * escapes as an error, and no saved record other than the one the form is for changes. On a database of its own,
 * since accepted inputs add records. Lines starting with {@code MALFORMED} are the figures docs/SECURITY.md quotes.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:langso-corpus;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class MalformedInputThroughEveryFormTest extends SpringBrowserlessTest {

    private static final List<Input> CORPUS = MalformedInputs.texts(true);
    private static final List<Input> ONE_OF_EACH_KIND = CORPUS.stream()
            .collect(java.util.stream.Collectors.toMap(Input::kind, input -> input, (a, b) -> a, LinkedHashMap::new))
            .values().stream().toList();
    /** After a label: the first of several boxes with that label (the first choice of a question). */
    private static final String FIRST_BOX = " #1";
    /** Stands for a mobile number nobody has yet, made afresh for each input. */
    private static final String A_NEW_PHONE = "(a new phone)";
    private static final Map<String, Tally> TALLIES = new LinkedHashMap<>();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    vn.langso.household.HouseholdService households;

    @Autowired
    vn.langso.report.DashboardService dashboards;

    /**
     * A form: its screen and how to get there (only when not on it already, as a person stays on a screen), how to
     * open it there, the fields typed into (the others keep a valid value), and the button that sends it.
     */
    private record Form(String name, Class<?> screen, Runnable toScreen, Runnable open, Map<String, String> fields,
            String submit, Set<String> mayChange) {
    }

    @Test
    @WithUserDetails(DemoUsers.COMMUNE_LEADER)
    void aCommuneLeadersForms() {
        long household = aHouseholdOfTheLeadersCommune();
        long team = aTeamOfTheLeadersCommune();
        Map<String, String> householdFields = fields("Họ tên chủ hộ", "Hộ Kiểm Thử", "Địa chỉ (xóm, số nhà)",
                "Xóm Giữa", "Số điện thoại", "");
        Runnable register = () -> {
            navigate(HouseholdRegisterView.class);
            showOnly(household);
        };
        through(new Form("household edit", HouseholdRegisterView.class, register, () -> {
            String search = showOnly(household);
            long village = jdbc.sql("select village_id from household where id = ?").param(household)
                    .query(Long.class).single();
            int card = households.register(village, search).stream().map(HouseholdSummary::id).toList()
                    .indexOf(household);
            test(find(NativeButton.class, find(Div.class).withClassName("household-card").atIndex(card + 1))
                    .single()).click();
        }, householdFields, "Lưu", Set.of("household:" + household, "place_month_figures")));
        through(new Form("household add", HouseholdRegisterView.class, register, () -> click("Thêm hộ"),
                householdFields, "Lưu", Set.of("place_month_figures")));
        through(new Form("household search", HouseholdRegisterView.class, () -> navigate(HouseholdRegisterView.class),
                () -> { }, fields("Tìm theo tên chủ hộ", ""), null, Set.of()));
        Runnable teamScreen = () -> navigate("teams/" + team, TeamView.class);
        through(new Form("team member add", TeamView.class, teamScreen, () -> click("Thêm thành viên"),
                fields("Họ và tên", "Thành Viên Mới", "Số điện thoại di động", A_NEW_PHONE), "Lưu", Set.of()));
        through(new Form("team decision", TeamView.class, teamScreen, () -> click("Cập nhật quyết định"),
                fields("Số quyết định", "12/QĐ-UBND", "Người ký", "Hoàng Văn Sinh"), "Lưu", Set.of("team:" + team)));
    }

    /**
     * Narrows the register to the household edited (found by its phone-free search key), so a screen of hundreds of
     * cards is not rebuilt for every input; households the corpus adds are named so that they show up too.
     */
    /** The first household still on the register in a village of the demo commune leader's commune. */
    private long aHouseholdOfTheLeadersCommune() {
        return jdbc.sql("""
                select min(h.id) from household h join place v on v.id = h.village_id
                where v.parent_id = (select place_id from user_account where username = ?) and h.removed_at is null""")
                .param(DemoUsers.COMMUNE_LEADER).query(Long.class).single();
    }

    /** The first village team of the demo commune leader's commune. */
    private long aTeamOfTheLeadersCommune() {
        return jdbc.sql("""
                select min(t.id) from team t join place v on v.id = t.place_id
                where v.parent_id = (select place_id from user_account where username = ?)""")
                .param(DemoUsers.COMMUNE_LEADER).query(Long.class).single();
    }

    private String showOnly(long household) {
        String name = jdbc.sql("select head_name from household where id = ?").param(household).query(String.class)
                .single();
        @SuppressWarnings("unchecked")
        ComboBox<vn.langso.place.PlaceRef> village = find(ComboBox.class).withLabel("Thôn, bản, tổ dân phố").single();
        long villageId = jdbc.sql("select village_id from household where id = ?").param(household)
                .query(Long.class).single();
        village.setValue(village.getListDataView().getItems().filter(v -> v.id() == villageId).findFirst()
                .orElseThrow());
        // Upper and lower case in turn: the search is the same, and the changed text reloads the card's version.
        TextField search = find(TextField.class).withLabel("Tìm theo tên chủ hộ").single();
        String key = name.strip().isEmpty() ? "" : name.strip().substring(0, Math.min(40, name.strip().length()));
        test(search).setValue(search.getValue().equals(key.toUpperCase()) ? key.toLowerCase() : key.toUpperCase());
        return search.getValue();
    }

    @Test
    @WithUserDetails(DemoUsers.PROVINCE_ADMIN)
    void aProvinceAdminsForms() {
        Runnable places = () -> navigate(PlacesView.class);
        through(new Form("place rename", PlacesView.class, places, () -> {
            test(find(Button.class).withText("Đổi tên").first()).click();
            test(find(DatePicker.class, form()).withLabel("Ngày có hiệu lực").single())
                    .setValue(LocalDate.now(Dates.VIETNAM));
        },
                fields("Tên mới", "Xã Kiểm Thử"), "Lưu", Set.of("place", "place_month_figures")));
        through(new Form("place search", PlacesView.class, places, () -> { }, fields("Tìm địa bàn", ""), null,
                Set.of()));
        through(new Form("new lesson", LessonsView.class, () -> navigate(LessonsView.class),
                () -> {
                    click("Bài học mới");
                    // A topic, as a person chooses one: without it every title was refused for the topic alone.
                    @SuppressWarnings("unchecked")
                    com.vaadin.flow.component.select.Select<Object> topic = find(
                            com.vaadin.flow.component.select.Select.class, form()).single();
                    topic.setValue(topic.getListDataView().getItem(0));
                },
                fields("Tên bài (tiếng Việt)", "Bài kiểm thử", "Tên bài (tiếng Anh)", ""), "Bắt đầu soạn", Set.of()));
        // A new lesson accepted opens its own draft in the editor: back to the list before the shipped lesson.
        navigate(LessonsView.class);
        String lesson = jdbc.sql("select slug from lesson order by id limit 1").query(String.class).single();
        through(new Form("lesson editor", LessonEditorView.class,
                () -> navigate("lesson-editor/" + lesson, LessonEditorView.class), this::keepOneStepAndOneQuestion,
                fields("Tên bài (tiếng Việt)", "Bài kiểm thử", "Nội dung bước (tiếng Việt)", "Bước kiểm thử",
                        "Câu hỏi (tiếng Việt)", "Câu hỏi kiểm thử"),
                "Xuất bản phiên bản mới", Set.of("lesson", "lesson_version")));
        // The first answer of the question, and why it is right or wrong: the whole corpus in Vietnamese.
        through(new Form("lesson choice", LessonEditorView.class,
                () -> navigate("lesson-editor/" + lesson, LessonEditorView.class), this::keepOneStepAndOneQuestion,
                fields("Lựa chọn (tiếng Việt)" + FIRST_BOX, "Lựa chọn kiểm thử",
                        "Lựa chọn (tiếng Anh)" + FIRST_BOX, "A test choice"),
                "Xuất bản phiên bản mới", Set.of("lesson", "lesson_version")));
        through(new Form("lesson explanation", LessonEditorView.class,
                () -> navigate("lesson-editor/" + lesson, LessonEditorView.class), this::keepOneStepAndOneQuestion,
                fields("Giải thích (tiếng Việt)" + FIRST_BOX, "Giải thích kiểm thử",
                        "Giải thích (tiếng Anh)" + FIRST_BOX, "A test explanation"),
                "Xuất bản phiên bản mới", Set.of("lesson", "lesson_version")));
    }

    /**
     * The province targets dialog: its percentage box and its date picker, each with what a person can pick (any
     * whole number, any date, nothing) and with what a tampered browser could send in their place (every corpus
     * text, fractions, numbers past the integer range, dates outside the years a picker offers). Each input is
     * either refused with a message at the field, or stored exactly and shown on the dashboard's tile.
     */
    @Test
    @WithUserDetails(DemoUsers.PROVINCE_ADMIN)
    void theProvinceAdminsTargets() {
        Tally tally = TALLIES.computeIfAbsent("province targets", name -> new Tally());
        Map<String, Map<String, String>> before = Snapshot.of(jdbc);
        LocalDate today = LocalDate.now(Dates.VIETNAM);
        LocalDate validDate = today.plusYears(1);
        int validPercent = 80;
        List<Integer> percents = java.util.Arrays.asList(null, -1, 0, 1, 100, 101, 1000, Integer.MAX_VALUE,
                Integer.MIN_VALUE);
        List<LocalDate> dates = java.util.Arrays.asList(null, LocalDate.of(1, 1, 1), LocalDate.of(1582, 10, 10),
                LocalDate.of(1970, 1, 1), today.minusYears(1), today.minusDays(1), today, LocalDate.of(2100, 12, 31),
                LocalDate.of(2101, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.MIN, LocalDate.MAX);
        List<String> percentTexts = new ArrayList<>(CORPUS.stream().map(Input::text).toList());
        percentTexts.addAll(List.of("12.5", "0.5", "80.0", "1e12", "1000000000000", "2147483648", "-2147483649",
                "+80", "-0", "080", " 80 "));
        List<String> dateTexts = new ArrayList<>(CORPUS.stream().map(Input::text).toList());
        dateTexts.addAll(List.of("0001-01-01", "9999-12-31", "+10000-01-01", "-0001-01-01", "2027-02-29",
                "2027-12-31T00:00", "31/12/2027", "2027-1-5", validDate.toString()));
        for (Integer percent : percents) {
            target(tally, "percent " + percent, field -> test(field).setValue(percent),
                    date -> test(date).setValue(validDate));
        }
        for (LocalDate date : dates) {
            target(tally, "due on " + date, field -> test(field).setValue(validPercent),
                    picker -> test(picker).setValue(date));
        }
        for (String text : percentTexts) {
            target(tally, "percent sent as " + new Input("text", text), field -> sentByTheBrowser(field, text),
                    date -> test(date).setValue(validDate));
        }
        for (String text : dateTexts) {
            target(tally, "due date sent as " + new Input("text", text),
                    field -> test(field).setValue(validPercent), picker -> sentByTheBrowser(picker, text));
        }
        System.out.printf("MALFORMED %-20s %s%n", "province targets", tally);
        assertThat(tally.serverErrors).as("province targets").isEmpty();
        assertThat(tally.accepted).as("targets stored (a valid one at least)").isPositive();
        assertThat(Snapshot.changes(before, Snapshot.of(jdbc), Set.of("indicator_target")))
                .as("saved records changed by the targets dialog").isEmpty();
        dashboards.removeTarget(vn.langso.report.Indicator.REACHED);
    }

    /** Opens the targets dialog on the overview, fills its two fields, saves, and checks what came of it. */
    private void target(Tally tally, String where, java.util.function.Consumer<IntegerField> percent,
            java.util.function.Consumer<DatePicker> dueOn) {
        find(Dialog.class).all().forEach(Dialog::close);
        if (!(getCurrentView() instanceof OverviewView)) {
            navigate(OverviewView.class);
        }
        click("Đặt mục tiêu");
        Dialog dialog = (Dialog) form();
        IntegerField percentField = find(IntegerField.class, dialog).withLabel("Mục tiêu (%)").single();
        DatePicker dueOnField = find(DatePicker.class, dialog).withLabel("Hạn đạt (ngày/tháng/năm)").single();
        try {
            percent.accept(percentField);
            dueOn.accept(dueOnField);
            click("Lưu mục tiêu");
        } catch (RuntimeException escaped) {
            tally.serverErrors.add(where + ": " + escaped);
            return;
        }
        assertThat(getCurrentView()).as(where).isNotInstanceOf(ErrorView.class);
        assertThat(notifications()).as(where).noneMatch(text -> text.startsWith("Đã có lỗi xảy ra"));
        if (dialog.isOpened()) {
            List<String> refusals = refusals();
            assertThat(refusals).as("a refusal at the field for " + where).isNotEmpty()
                    .allSatisfy(message -> assertThat(Messages.VIETNAMESE.matches(message) && !message.isBlank())
                            .as("'%s' is one of the app's Vietnamese messages", message).isTrue());
            tally.count(false);
            return;
        }
        int storedPercent = jdbc.sql("select target_percent from indicator_target where indicator = 'REACHED'")
                .query(Integer.class).single();
        LocalDate storedOn = jdbc.sql("select due_on from indicator_target where indicator = 'REACHED'")
                .query((row, index) -> row.getObject(1, LocalDate.class)).single();
        assertThat(storedPercent).as("percent stored for " + where)
                .isEqualTo(percentField.getValue());
        assertThat(storedOn).as("due date stored for " + where).isEqualTo(dueOnField.getValue());
        assertThat(vn.langso.report.ui.DashboardScreen.tile(vn.langso.report.Indicator.REACHED).text())
                .as("the tile after " + where)
                .contains("mục tiêu " + percentField.getValue() + " % trước " + Dates.format(storedOn));
        tally.count(true);
    }

    /**
     * Every number box and date picker of the app's forms, by the class that makes it (the form) and its label, with
     * how many places in that class's source make one. {@link #everyNumberAndDateFieldOfEveryFormIsDriven} reads the
     * sources under {@code src/main/java/**}{@code /ui}: a form with a number or date field not listed here fails it.
     * The households' register has one number (adults; a household's members are not listed one by one, so there is
     * no member's year of birth there); the team's size guidance makes both its boxes in one place.
     */
    private static final Map<String, Driven> NUMBER_AND_DATE_FIELDS = Map.ofEntries(
            Map.entry("TargetsDialog", new Driven(2, "Mục tiêu (%)", "Hạn đạt (ngày/tháng/năm)")),
            Map.entry("HouseholdForm", new Driven(1, "Số người lớn")),
            Map.entry("MemberDialog", new Driven(2, "Năm sinh", "Ngày vào tổ")),
            Map.entry("LeaveTeamDialog", new Driven(1, "Ngày rời tổ")),
            Map.entry("MoveMemberDialog", new Driven(1, "Ngày chuyển")),
            Map.entry("TeamDecisionDialog", new Driven(1, "Ngày ký")),
            Map.entry("MergeCommunesDialog", new Driven(1, "Ngày có hiệu lực")),
            Map.entry("RenamePlaceDialog", new Driven(1, "Ngày có hiệu lực")),
            Map.entry("SizeGuidanceForm", new Driven(1, "Tổ cấp xã: tối đa", "Tổ thôn, tổ dân phố: tối đa")),
            Map.entry("LessonEditorView", new Driven(2, "Số phút", "Điểm đạt (tối thiểu)")));
    /** What makes a number box or a date picker in a screen's source. */
    private static final java.util.regex.Pattern MAKES_A_NUMBER_OR_DATE_FIELD = java.util.regex.Pattern.compile(
            "new (IntegerField|NumberField|BigDecimalField|DatePicker|TimePicker|DateTimePicker)\\s*[(<]"
                    + "|DatePickers\\.(picker|requiredUpToToday)\\(");

    /** A form's number and date fields: how many places in its source make one, and their labels. */
    private record Driven(int madeAt, String... labels) {
    }

    /** One way to fill a field: what a person picks, or what a tampered browser sends. */
    private record Filling(String what, java.util.function.Consumer<Component> into) {
    }

    /**
     * A number box or date picker of a form: how to open the form with its other fields valid, the field's label,
     * the button that saves, what was stored by a save the form accepted (to compare with the field's value), and
     * which saved records the form may change.
     */
    private record ValueField(String form, String label, Runnable open, String submit,
            java.util.function.Supplier<Object> stored, Set<String> mayChange) {
    }

    @Test
    void everyNumberAndDateFieldOfEveryFormIsDriven() throws java.io.IOException {
        Map<String, Integer> made = new java.util.TreeMap<>();
        try (var sources = java.nio.file.Files.walk(java.nio.file.Path.of("src", "main", "java"))) {
            for (java.nio.file.Path source : sources.filter(path -> path.toString().endsWith(".java")
                    && path.getParent().getFileName().toString().equals("ui")).toList()) {
                long count = MAKES_A_NUMBER_OR_DATE_FIELD.matcher(java.nio.file.Files.readString(source)).results()
                        .count();
                if (source.getFileName().toString().equals("DatePickers.java")) {
                    continue; // the helper that makes the pickers, not a form
                }
                if (count > 0) {
                    made.put(source.getFileName().toString().replace(".java", ""), (int) count);
                }
            }
        }
        Map<String, Integer> declared = new java.util.TreeMap<>();
        NUMBER_AND_DATE_FIELDS.forEach((form, driven) -> declared.put(form, driven.madeAt()));
        assertThat(made).as("number and date fields made by the screens, against those the corpus drives")
                .isEqualTo(declared);
    }

    /** Whole numbers a person can pick in a number box: at and around every form's limits, and the extremes. */
    private static List<Integer> numbersToPick() {
        int year = LocalDate.now(Dates.VIETNAM).getYear();
        return java.util.Arrays.asList(null, -1, 0, 1, 14, 15, 16, 49, 50, 51, 99, 100, 101, 1000, 1899, 1919, 1920,
                year - 14, year - 13, year, 9999, Integer.MAX_VALUE, Integer.MIN_VALUE);
    }

    /** Dates a person can pick: around 01/01/2000, today and a year ahead, and the extremes. */
    private static List<LocalDate> datesToPick() {
        LocalDate today = LocalDate.now(Dates.VIETNAM);
        return java.util.Arrays.asList(null, LocalDate.of(1, 1, 1), LocalDate.of(1582, 10, 10),
                LocalDate.of(1899, 12, 31), LocalDate.of(1970, 1, 1), LocalDate.of(1999, 12, 31),
                LocalDate.of(2000, 1, 1), today.minusYears(1), today.minusDays(40), today.minusDays(1), today,
                today.plusDays(1), today.plusYears(1), today.plusYears(1).plusDays(1), LocalDate.of(2100, 12, 31),
                LocalDate.of(9999, 12, 31), LocalDate.MIN, LocalDate.MAX);
    }

    /** Every corpus text, and numbers and dates written in the ways a box cannot take or a browser would not send. */
    private static List<String> sentAsText(boolean number) {
        List<String> texts = new ArrayList<>(CORPUS.stream().map(Input::text).toList());
        LocalDate today = LocalDate.now(Dates.VIETNAM);
        texts.addAll(number
                ? List.of("12.5", "0.5", "80.0", "1e12", "1000000000000", "2147483648", "-2147483649", "+80", "-0",
                        "080", " 80 ", "1990", "١٩٩٠")
                : List.of("0001-01-01", "9999-12-31", "+10000-01-01", "-0001-01-01", "2027-02-29",
                        today + "T00:00", today.format(Dates.FORMAT), today.getYear() + "-1-5", today.toString(),
                        today.minusDays(1).toString()));
        return texts;
    }

    /**
     * The field with what a person can pick and then with what a tampered browser could send, each time in the form
     * opened afresh with its other fields valid. Each input is either refused with a Vietnamese message at the field
     * (and nothing saved), or saved and stored exactly as the field shows it.
     */
    private void numbersAndDates(ValueField field) {
        Tally tally = TALLIES.computeIfAbsent(field.form(), name -> new Tally());
        Map<String, Map<String, String>> before = Snapshot.of(jdbc);
        field.open().run();
        boolean number = find(IntegerField.class, form()).withLabel(field.label()).exists();
        List<Filling> fillings = new ArrayList<>();
        if (number) {
            numbersToPick().forEach(value -> fillings.add(new Filling("picked " + value, box -> typed(
                    () -> test((IntegerField) box).setValue(value), box, value))));
        } else {
            datesToPick().forEach(value -> fillings.add(new Filling("picked " + value, picker -> typed(
                    () -> test((DatePicker) picker).setValue(value), picker, value))));
        }
        sentAsText(number).forEach(text -> fillings.add(new Filling("sent as " + new Input("text", text),
                box -> sentByTheBrowser(box, text))));
        for (Filling filling : fillings) {
            String where = field.form() + " / " + field.label() + " / " + filling.what();
            find(Dialog.class).all().forEach(Dialog::close);
            field.open().run();
            Component form = form();
            Component box = number ? find(IntegerField.class, form).withLabel(field.label()).single()
                    : find(DatePicker.class, form).withLabel(field.label()).single();
            assertThat(NUMBER_AND_DATE_FIELDS.get(ownerOf(box)).labels()).as("the list of number and date fields")
                    .contains(field.label());
            try {
                filling.into().accept(box);
                click(field.submit());
            } catch (RuntimeException escaped) {
                tally.serverErrors.add(where + ": " + escaped);
                continue;
            }
            assertThat(getCurrentView()).as(where).isNotInstanceOf(ErrorView.class);
            assertThat(notifications()).as(where).noneMatch(text -> text.startsWith("Đã có lỗi xảy ra"));
            HasValidation validated = (HasValidation) box;
            boolean stayed = form instanceof Dialog dialog && dialog.isOpened();
            if (stayed || validated.isInvalid() || !refusals().isEmpty()) {
                assertThat(validated.isInvalid()).as("refused at the field itself: " + where + " " + refusals())
                        .isTrue();
                assertThat(validated.getErrorMessage()).as("the message at the field for " + where)
                        .isNotBlank().satisfies(message -> assertThat(Messages.VIETNAMESE.matches(message))
                                .as("'%s' is one of the app's Vietnamese messages", message).isTrue());
                tally.count(false);
            } else {
                Object shown = ((com.vaadin.flow.component.HasValue<?, ?>) box).getValue();
                assertThat(field.stored().get()).as("stored for " + where).isEqualTo(shown);
                tally.count(true);
            }
        }
        find(Dialog.class).all().forEach(Dialog::close);
        System.out.printf("MALFORMED %-20s %s%n", field.form(), tally);
        assertThat(tally.serverErrors).as(field.form() + " / " + field.label()).isEmpty();
        assertThat(Snapshot.changes(before, Snapshot.of(jdbc), field.mayChange()))
                .as("saved records changed by " + field.form() + " / " + field.label()).isEmpty();
    }

    /**
     * A value picked, or where the box's limits keep it from being picked (the tester refuses it, as the calendar or
     * the step buttons offer no such value) typed in: the browser sends it as the field's value all the same.
     */
    private static void typed(Runnable pick, Component field, Object value) {
        try {
            pick.run();
        } catch (IllegalArgumentException outsideTheLimits) {
            sentByTheBrowser(field, value == null ? "" : value.toString());
        }
    }

    /** The one value a query reads, which may be null (a number or date left empty). */
    private Object stored(String sql, Class<?> type, Object... params) {
        return jdbc.sql(sql).params(params).query((row, index) -> (Object) row.getObject(1, type)).list().getFirst();
    }

    /** The form a field belongs to: the nearest of its containers that makes number or date fields. */
    private static String ownerOf(Component field) {
        for (Component at = field; at != null; at = at.getParent().orElse(null)) {
            for (Class<?> type = at.getClass(); type != null; type = type.getSuperclass()) {
                if (NUMBER_AND_DATE_FIELDS.containsKey(type.getSimpleName())) {
                    return type.getSimpleName();
                }
            }
        }
        throw new AssertionError("a number or date field outside every listed form: " + field);
    }

    @Test
    @WithUserDetails(DemoUsers.COMMUNE_LEADER)
    void aCommuneLeadersNumbersAndDates() {
        long household = aHouseholdOfTheLeadersCommune();
        long team = aTeamOfTheLeadersCommune();
        Runnable toRegister = () -> {
            if (!(getCurrentView() instanceof HouseholdRegisterView)) {
                navigate(HouseholdRegisterView.class);
            }
            showOnly(household);
        };
        Runnable householdFields = () -> {
            type("Họ tên chủ hộ", "Hộ Kiểm Thử");
            type("Số điện thoại", "");
        };
        numbersAndDates(new ValueField("household add", "Số người lớn", () -> {
            toRegister.run();
            click("Thêm hộ");
            householdFields.run();
        }, "Lưu", () -> stored("select adults from household order by id desc limit 1", Integer.class),
                Set.of("place_month_figures")));
        numbersAndDates(new ValueField("household edit", "Số người lớn", () -> {
            toRegister.run();
            String search = showOnly(household);
            long village = jdbc.sql("select village_id from household where id = ?").param(household)
                    .query(Long.class).single();
            int card = households.register(village, search).stream().map(HouseholdSummary::id).toList()
                    .indexOf(household);
            test(find(NativeButton.class, find(Div.class).withClassName("household-card").atIndex(card + 1))
                    .single()).click();
            householdFields.run();
        }, "Lưu", () -> stored("select adults from household where id = ?", Integer.class, household),
                Set.of("household:" + household, "place_month_figures")));

        Runnable toTeam = () -> {
            if (!(getCurrentView() instanceof TeamView)) {
                navigate("teams/" + team, TeamView.class);
            }
        };
        for (String label : List.of("Năm sinh", "Ngày vào tổ")) {
            numbersAndDates(new ValueField("team member add", label, () -> {
                toTeam.run();
                click("Thêm thành viên");
                type("Họ và tên", "Thành Viên Mới");
                type("Số điện thoại di động", Villagers.newPhone());
            }, "Lưu", () -> label.equals("Năm sinh")
                    ? stored("select birth_year from person order by id desc limit 1", Integer.class)
                    : stored("select joined_on from team_membership order by id desc limit 1", LocalDate.class),
                    Set.of()));
        }
        numbersAndDates(new ValueField("team decision", "Ngày ký", () -> {
            toTeam.run();
            click("Cập nhật quyết định");
        }, "Lưu", () -> stored("select decision_date from team where id = ?", LocalDate.class, team),
                Set.of("team:" + team)));

        // Leaving and moving: each on a member who joined 40 days ago; one that left or moved is replaced.
        long[] member = {0};
        Runnable toAMember = () -> {
            boolean gone = member[0] == 0
                    || stored("select left_on from team_membership where id = ?", LocalDate.class, member[0]) != null;
            if (gone) {
                member[0] = teams.addMember(team, new vn.langso.team.NewMember("Thành Viên Thử " + member.length,
                        Villagers.newPhone(), null, null, null, null, LocalDate.now(Dates.VIETNAM).minusDays(40)))
                        .membershipId();
                navigate("teams/" + team, TeamView.class);
            }
            toTeam.run();
        };
        java.util.function.Function<String, Runnable> onTheMember = button -> () -> {
            toAMember.run();
            String phone = jdbc.sql("select p.phone from person p join team_membership m on m.person_id = p.id "
                    + "where m.id = ?").param(member[0]).query(String.class).single();
            Div card = find(Div.class).withClassName("member-card").withCondition(div -> find(
                    com.vaadin.flow.component.html.Span.class, div).withClassName("member-phone").all().stream()
                    .anyMatch(span -> vn.langso.common.PhoneNumbers.normalizeMobile(span.getText())
                            .filter(phone::equals).isPresent())).single();
            test(find(Button.class, card).withText(button).single()).click();
        };
        numbersAndDates(new ValueField("team member leaves", "Ngày rời tổ", onTheMember.apply("Rời tổ"), "Rời tổ",
                () -> stored("select left_on from team_membership where id = ?", LocalDate.class, member[0]),
                Set.of()));
        numbersAndDates(new ValueField("team member moves", "Ngày chuyển", () -> {
            onTheMember.apply("Chuyển tổ").run();
            @SuppressWarnings("unchecked")
            com.vaadin.flow.component.select.Select<Object> target = find(
                    com.vaadin.flow.component.select.Select.class, form()).withLabel("Chuyển sang tổ").single();
            target.setValue(target.getListDataView().getItem(0));
        }, "Chuyển tổ", () -> {
            Object left = stored("select left_on from team_membership where id = ?", LocalDate.class, member[0]);
            LocalDate joined = jdbc.sql("""
                    select joined_on from team_membership where person_id =
                      (select person_id from team_membership where id = ?) and left_on is null""").param(member[0])
                    .query((row, index) -> row.getObject(1, LocalDate.class)).single();
            assertThat(joined).as("joined the new team the day they left the old one").isEqualTo(left);
            return left;
        }, Set.of()));
    }

    @Autowired
    vn.langso.team.TeamService teams;

    @Autowired
    vn.langso.place.PlaceService placeService;

    @Autowired
    vn.langso.learning.LessonService lessons;

    @Test
    @WithUserDetails(DemoUsers.PROVINCE_ADMIN)
    void aProvinceAdminsNumbersAndDates() {
        int[] renamed = {0};
        numbersAndDates(new ValueField("place rename", "Ngày có hiệu lực", () -> {
            navigate(PlacesView.class);
            test(find(Button.class).withText("Đổi tên").first()).click();
            type("Tên mới", "Xã Đổi Tên " + ++renamed[0]);
        }, "Lưu", () -> jdbc.sql("select effective_on from place_event where kind = 'RENAME' order by id desc limit 1")
                .query((row, index) -> row.getObject(1, LocalDate.class)).single(),
                Set.of("place", "place_month_figures")));

        // Merging: two communes made for it each time, since an accepted merge closes them.
        long province = jdbc.sql("select place_id from user_account where username = ?")
                .param(DemoUsers.PROVINCE_ADMIN).query(Long.class).single();
        String communeType = placeService.typesAt(vn.langso.place.PlaceLevel.COMMUNE).getFirst().code();
        List<Long> pair = new ArrayList<>();
        int[] made = {0};
        numbersAndDates(new ValueField("communes merge", "Ngày có hiệu lực", () -> {
            boolean closed = pair.isEmpty() || jdbc.sql("select count(*) from place where id = ? and valid_to is null")
                    .param(pair.getFirst()).query(Long.class).single() == 0;
            if (closed) {
                pair.clear();
                for (int i = 0; i < 2; i++) {
                    pair.add(placeService.create(new vn.langso.place.NewPlace(province, communeType, null,
                            "Xã Sẽ Hợp " + ++made[0], LocalDate.of(2025, 7, 1))));
                }
            }
            navigate(PlacesView.class);
            click("Sáp nhập xã");
            @SuppressWarnings("unchecked")
            com.vaadin.flow.component.combobox.MultiSelectComboBox<vn.langso.place.PlaceRef> communes = find(
                    com.vaadin.flow.component.combobox.MultiSelectComboBox.class, form())
                    .withLabel("Các xã, phường hợp nhất").single();
            communes.setValue(communes.getListDataView().getItems().filter(commune -> pair.contains(commune.id()))
                    .collect(java.util.stream.Collectors.toSet()));
            type("Tên đơn vị mới", "Xã Hợp Nhất " + made[0]);
        }, "Sáp nhập", () -> jdbc.sql("select effective_on from place_event where kind = 'MERGE' order by id desc limit 1")
                .query((row, index) -> row.getObject(1, LocalDate.class)).single(), Set.of("place_month_figures")));

        Map<vn.langso.team.TeamLevel, Integer> guidance = teams.sizeGuidance();
        for (String label : List.of("Tổ cấp xã: tối đa", "Tổ thôn, tổ dân phố: tối đa")) {
            String level = label.startsWith("Tổ cấp xã") ? "COMMUNE" : "VILLAGE";
            String other = label.startsWith("Tổ cấp xã") ? "Tổ thôn, tổ dân phố: tối đa" : "Tổ cấp xã: tối đa";
            numbersAndDates(new ValueField("team size guidance", label, () -> {
                navigate(vn.langso.team.ui.TeamsView.class);
                test(find(IntegerField.class).withLabel(other).single()).setValue(8);
            }, "Lưu",
                    () -> jdbc.sql("select max_members from team_size_guidance where level = ?").param(level)
                            .query(Integer.class).single(), Set.of("team_size_guidance")));
            guidance.forEach(teams::setSizeGuidance);
        }

        String lesson = jdbc.sql("select slug from lesson order by id limit 1").query(String.class).single();
        for (String label : List.of("Số phút", "Điểm đạt (tối thiểu)")) {
            String other = label.equals("Số phút") ? "Điểm đạt (tối thiểu)" : "Số phút";
            numbersAndDates(new ValueField("lesson minutes, pass mark", label, () -> {
                navigate("lesson-editor/" + lesson, LessonEditorView.class);
                test(find(IntegerField.class).withLabel(other).single()).setValue(other.equals("Số phút") ? 5 : 80);
            }, "Xuất bản phiên bản mới",
                    () -> label.equals("Số phút") ? lessons.draft(lesson).content().minutes()
                            : lessons.draft(lesson).masteryPercent(), Set.of("lesson", "lesson_version")));
        }
    }

    /**
     * What a browser could send in place of a picked value, if tampered with: the text as the field's value (an
     * update from the client, as the web component's change event brings it), the box's "has text" flag beside it.
     */
    private static void sentByTheBrowser(Component field, String text) {
        ElementPropertyMap properties = field.getElement().getNode().getFeature(ElementPropertyMap.class);
        field.getElement().setProperty("_hasInputValue", !text.isEmpty());
        // The text in the box: Vaadin 25's number boxes and pickers tell an unreadable input by it.
        field.getElement().setProperty("_inputElementValue", text);
        try {
            properties.deferredUpdateFromClient("value", text).run();
        } catch (PropertyChangeDeniedException e) {
            throw new AssertionError("the field does not take its value from the browser", e);
        }
    }

    /** So that each text field has one box on the screen: the draft is cut to its first step and question. */
    private void keepOneStepAndOneQuestion() {
        for (String remove : List.of("Bỏ bước này", "Bỏ câu hỏi này")) {
            while (find(Button.class).withText(remove).all().size() > 1) {
                test(find(Button.class).withText(remove).last()).click();
            }
        }
    }

    @Test
    @WithUserDetails(DemoUsers.TEAM_MEMBER)
    void aTeamMembersPinReset() {
        through(new Form("learner PIN reset", AccountView.class, () -> navigate(AccountView.class), () -> { },
                fields("Số điện thoại của người dân", Villagers.newPhone()), "Đặt lại mã PIN", Set.of()));
    }

    @Test
    @WithAnonymousUser
    void aVillagersSignUp() {
        through(new Form("sign-up", SignUpView.class, () -> navigate(SignUpView.class), () -> {
            for (String place : List.of("Xã, phường nơi bạn ở", "Thôn, bản, tổ dân phố")) {
                @SuppressWarnings("unchecked")
                var picker = test((ComboBox<Object>) find(ComboBox.class).withLabel(place).single());
                if (picker.getSelected() == null) {
                    picker.selectItem(picker.getSuggestions().getFirst());
                }
            }
            Checkbox consent = find(Checkbox.class).withLabel("Tôi đồng ý cho lưu thông tin của tôi như trên.").single();
            if (!consent.getValue()) {
                test(consent).click();
            }
        }, fields("Họ và tên", "Người Dân Mới", "Số điện thoại di động", A_NEW_PHONE,
                "Mã PIN (4–6 chữ số)", "5831", "Nhập lại mã PIN", "5831"), "Tạo tài khoản", Set.of()));
    }

    @Test
    @WithUserDetails(DemoUsers.COMMUNE_LEADER)
    void brokenAndHostileFilesThroughBothImports() {
        List<String> hostile = CORPUS.stream().filter(input -> Set.of("script", "sql", "formula", "emoji", "bidi",
                "vietnamese-nfd", "long").contains(input.kind())).map(Input::text).toList();
        long commune = jdbc.sql("select place_id from user_account where username = ?")
                .param(DemoUsers.COMMUNE_LEADER).query(Long.class).single();
        String communeName = jdbc.sql("select name from place where id = ?").param(commune).query(String.class)
                .single();
        String village = jdbc.sql("select min(name) from place where parent_id = ?").param(commune)
                .query(String.class).single();
        CommuneRosterFile roster = new CommuneRosterFile(communeName);
        hostile.forEach(name -> roster.add(village, name, Villagers.newPhone(), "Thành viên", "Hội Phụ nữ"));
        Map<String, byte[]> households = new LinkedHashMap<>(MalformedFiles.from(
                MalformedFiles.householdList(hostile), "Họ tên chủ hộ,Số điện thoại", hostile));
        households.put("hostile-names.xlsx", MalformedFiles.householdList(hostile));
        Map<String, byte[]> rosters = new LinkedHashMap<>(MalformedFiles.from(roster.xlsx(),
                "Họ và tên,Số điện thoại", hostile));
        rosters.put("hostile-names.xlsx", roster.xlsx());

        importing("household import", households, () -> {
            navigate(HouseholdRegisterView.class);
            click("Nhập từ Excel");
        }, List.of(), "Nhập \\d+ hộ");
        importing("roster import", rosters, () -> navigate("teams/import/" + commune,
                vn.langso.team.ui.RosterImportView.class), List.of("Kiểm tra danh sách"), "Lưu \\d+ thành viên");
    }

    /** Uploads each file, goes through the import's steps, and saves what the preview offers to save. */
    private void importing(String name, Map<String, byte[]> files, Runnable open, List<String> steps,
            String saveButton) {
        Tally tally = TALLIES.computeIfAbsent(name, key -> new Tally());
        Map<String, Map<String, String>> before = Snapshot.of(jdbc);
        files.forEach((file, content) -> {
            String where = name + " / " + file;
            find(Dialog.class).all().forEach(Dialog::close);
            open.run();
            Upload upload = find(Upload.class, form()).single();
            try {
                test(upload).upload(file, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        content);
                roundTrip();
            } catch (RuntimeException refusedByTheUploadField) {
                // The browser's upload field itself refuses a file over its size limit, in its translated words.
                assertThat(content.length).as(where + ": " + refusedByTheUploadField)
                        .isGreaterThan(upload.getMaxFileSize());
                tally.count(false);
                return;
            }
            try {
                for (String step : steps) {
                    if (find(Button.class, form()).withText(step).exists()) {
                        click(step);
                    }
                }
                var save = find(Button.class, form()).withCondition(button -> button.getText().matches(saveButton));
                if (save.exists()) {
                    test(save.single()).click();
                }
            } catch (RuntimeException escaped) {
                tally.serverErrors.add(where + ": " + escaped);
                return;
            }
            assertThat(getCurrentView()).as(where).isNotInstanceOf(ErrorView.class);
            List<String> refusals = refusals();
            assertThat(refusals).as("a refusal in Vietnamese at " + where)
                    .allSatisfy(message -> assertThat(Messages.VIETNAMESE.matches(message))
                            .as("'%s' is one of the app's Vietnamese messages", message).isTrue());
            tally.count(refusals.isEmpty() || find(Paragraph.class, form()).withClassName("success-text").exists());
        });
        assertThat(tally.serverErrors).as(name).isEmpty();
        assertThat(Snapshot.changes(before, Snapshot.of(jdbc), Set.of("place_month_figures")))
                .as("saved records changed by " + name).isEmpty();
    }

    @AfterAll
    static void figures() {
        Tally all = new Tally();
        TALLIES.forEach((form, tally) -> {
            System.out.printf("MALFORMED %-20s %s%n", form, tally);
            all.add(tally);
        });
        System.out.printf("MALFORMED %-20s %s (%d forms)%n", "all forms", all, TALLIES.size());
    }

    /** Each corpus text in each of the form's fields in turn, the other fields keeping their valid value. */
    private void through(Form form) {
        Tally tally = TALLIES.computeIfAbsent(form.name(), name -> new Tally());
        Map<String, Map<String, String>> before = Snapshot.of(jdbc);
        boolean first = true;
        for (String field : form.fields().keySet()) {
            // The whole corpus in a form's first field, one input of each kind in the others.
            for (Input input : first ? CORPUS : ONE_OF_EACH_KIND) {
                String where = form.name() + " / " + field + " / " + input;
                find(Dialog.class).all().forEach(Dialog::close);
                if (!form.screen().isInstance(getCurrentView())) {
                    form.toScreen().run();
                }
                form.open().run();
                form.fields().forEach((label, valid) -> type(label, label.equals(field) ? input.text()
                        : valid.equals(A_NEW_PHONE) ? Villagers.newPhone() : valid));
                try {
                    if (form.submit() != null) {
                        click(form.submit());
                    }
                } catch (RuntimeException escaped) {
                    tally.serverErrors.add(where + ": " + escaped);
                    continue;
                }
                List<String> refusals = refusals();
                assertThat(getCurrentView()).as(where).isNotInstanceOf(ErrorView.class);
                assertThat(notifications()).as(where).noneMatch(text -> text.startsWith("Đã có lỗi xảy ra"));
                assertThat(refusals).as("a refusal in Vietnamese at " + where)
                        .allSatisfy(message -> assertThat(Messages.VIETNAMESE.matches(message))
                                .as("'%s' is one of the app's Vietnamese messages", message).isTrue());
                tally.count(refusals.isEmpty());
            }
            first = false;
        }
        System.out.printf("MALFORMED %-20s %s%n", form.name(), tally);
        assertThat(tally.serverErrors).as(form.name()).isEmpty();
        List<String> changed = Snapshot.changes(before, Snapshot.of(jdbc), form.mayChange());
        assertThat(changed).as("saved records changed by " + form.name()).isEmpty();
    }

    private void type(String field, String text) {
        Component form = form();
        boolean first = field.endsWith(FIRST_BOX);
        String label = first ? field.substring(0, field.length() - FIRST_BOX.length()) : field;
        var textField = find(TextField.class, form).withLabel(label);
        var passwordField = find(PasswordField.class, form).withLabel(label);
        var textArea = find(TextArea.class, form).withLabel(label);
        if (textField.exists()) {
            test(textField.single()).setValue(asABrowserSendsIt(textField.single(), text));
        } else if (passwordField.exists()) {
            test(passwordField.single()).setValue(asABrowserSendsIt(passwordField.single(), text));
        } else {
            TextArea box = first ? textArea.first() : textArea.single();
            test(box).setValue(asABrowserSendsIt(box, text));
        }
    }

    /** An input with maxlength stops taking characters there. */
    private static String asABrowserSendsIt(TextFieldBase<?, String> field, String text) {
        int max = field.getElement().getProperty("maxlength", Integer.MAX_VALUE);
        return text.length() > max ? text.substring(0, max) : text;
    }

    private void click(String text) {
        test(find(Button.class, form()).withText(text).last()).click();
    }

    /** The open dialog, or else the screen: where the fields are looked for (a long list makes a UI-wide search slow). */
    private Component form() {
        List<Dialog> open = find(Dialog.class).all().stream().filter(Dialog::isOpened).toList();
        return open.isEmpty() ? (Component) getCurrentView() : open.getLast();
    }

    /** What the screen says is wrong: messages at invalid fields and error paragraphs. */
    private List<String> refusals() {
        List<String> messages = new ArrayList<>();
        Component form = form();
        for (Class<? extends Component> type : List.of(TextField.class, PasswordField.class, TextArea.class,
                ComboBox.class, Checkbox.class, IntegerField.class, DatePicker.class,
                com.vaadin.flow.component.select.Select.class,
                com.vaadin.flow.component.combobox.MultiSelectComboBox.class)) {
            find(type, form).all().stream().filter(c -> c instanceof HasValidation v && v.isInvalid())
                    .map(c -> ((HasValidation) c).getErrorMessage()).forEach(messages::add);
        }
        find(Paragraph.class, form).withClassName("error-text").all().stream().filter(Component::isVisible)
                .map(Paragraph::getText).filter(text -> !text.isBlank()).forEach(messages::add);
        return messages;
    }

    private List<String> notifications() {
        return com.vaadin.flow.component.UI.getCurrent().getChildren().filter(Notification.class::isInstance)
                .map(n -> n.getElement().getTextRecursively()).toList();
    }

    private static Map<String, String> fields(String... labelsAndValidValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < labelsAndValidValues.length; i += 2) {
            fields.put(labelsAndValidValues[i], labelsAndValidValues[i + 1]);
        }
        return fields;
    }

    static final class Tally {
        int inputs;
        int refused;
        int accepted;
        final List<String> serverErrors = new ArrayList<>();

        void count(boolean acceptedAsText) {
            inputs++;
            if (acceptedAsText) {
                accepted++;
            } else {
                refused++;
            }
        }

        void add(Tally other) {
            inputs += other.inputs;
            refused += other.refused;
            accepted += other.accepted;
            serverErrors.addAll(other.serverErrors);
        }

        @Override
        public String toString() {
            return "inputs=%d refused=%d accepted-as-text=%d server-errors=%d".formatted(inputs + serverErrors.size(),
                    refused, accepted, serverErrors.size());
        }
    }
}
