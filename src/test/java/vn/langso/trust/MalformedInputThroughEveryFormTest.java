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
        long household = jdbc.sql("""
                select min(h.id) from household h join place v on v.id = h.village_id
                where v.parent_id = (select place_id from user_account where username = ?) and h.removed_at is null""")
                .param(DemoUsers.COMMUNE_LEADER).query(Long.class).single();
        long team = jdbc.sql("""
                select min(t.id) from team t join place v on v.id = t.place_id
                where v.parent_id = (select place_id from user_account where username = ?)""")
                .param(DemoUsers.COMMUNE_LEADER).query(Long.class).single();
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
                () -> click("Bài học mới"),
                fields("Tên bài (tiếng Việt)", "Bài kiểm thử", "Tên bài (tiếng Anh)", ""), "Bắt đầu soạn", Set.of()));
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
     * What a browser could send in place of a picked value, if tampered with: the text as the field's value (an
     * update from the client, as the web component's change event brings it), the box's "has text" flag beside it.
     */
    private static void sentByTheBrowser(Component field, String text) {
        ElementPropertyMap properties = field.getElement().getNode().getFeature(ElementPropertyMap.class);
        field.getElement().setProperty("_hasInputValue", !text.isEmpty());
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
                ComboBox.class, Checkbox.class, IntegerField.class, DatePicker.class)) {
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
