package vn.langso.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.support.DemoUsers;
import vn.langso.support.MalformedInputs;
import vn.langso.support.MalformedInputs.Input;
import vn.langso.support.PhoneOverHttp;
import vn.langso.support.PhoneOverHttp.Answer;

/**
 * The malformed-input corpus sent as a phone sends visits, {@code POST /api/visits}, in every field of a visit, and
 * bodies that are not a batch of visits at all: every answer is a receipt (stored, or refused with a reason in
 * Vietnamese) or a 400/413/415 with a message, never a server error, and no saved record but the visited
 * households' changes. On a database of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:langso-corpus-api;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class MalformedVisitsOverHttpIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void noInputInAnyFieldOfAVisitNorAnyBrokenBodyEndsInAServerError() throws Exception {
        PhoneOverHttp phone = PhoneOverHttp.signedIn(port, DemoUsers.TEAM_MEMBER);
        long household = jdbc.sql("""
                select min(h.id) from household h
                where h.village_id = (select place_id from user_account where username = ?) and h.removed_at is null""")
                .param(DemoUsers.TEAM_MEMBER).query(Long.class).single();
        long village = jdbc.sql("select place_id from user_account where username = ?")
                .param(DemoUsers.TEAM_MEMBER).query(Long.class).single();
        Map<String, Function<String, String>> fields = new LinkedHashMap<>();
        fields.put("note", text -> visit(household, "\"note\":" + json(text)));
        fields.put("clientId", text -> visit(household, "").replaceFirst("\"clientId\":\"[^\"]+\"",
                java.util.regex.Matcher.quoteReplacement("\"clientId\":" + json(text))));
        fields.put("visitedAt", text -> visit(household, "\"visitedAt\":" + json(text)));
        fields.put("activities", text -> visit(household, "\"activities\":[" + json(text) + "]"));
        fields.put("new household name", text -> newHousehold(village, json(text), "null"));
        fields.put("new household phone", text -> newHousehold(village, "\"Hộ Mới\"", json(text)));

        Answer ordinary = phone.postVisits("{\"visits\":[" + visit(household, "") + "]}");
        assertThat(ordinary.body()).as("an ordinary visit, before the corpus").contains("\"status\":\"SAVED\"");

        Map<String, Map<String, String>> before = Snapshot.of(jdbc);
        Map<String, int[]> tally = new LinkedHashMap<>();
        List<String> serverErrors = new ArrayList<>();
        for (Map.Entry<String, Function<String, String>> field : fields.entrySet()) {
            for (Input input : MalformedInputs.texts(true)) {
                String body = "{\"visits\":[" + field.getValue().apply(input.text()) + "]}";
                count(tally, field.getKey(), phone.postVisits(body), field.getKey() + " / " + input, serverErrors);
            }
        }
        for (Map.Entry<String, byte[]> broken : brokenBodies(household).entrySet()) {
            count(tally, "broken bodies", phone.post("/api/visits", "application/json", broken.getValue()),
                    broken.getKey(), serverErrors);
        }
        count(tally, "broken bodies", phone.post("/api/visits", "text/plain",
                "{\"visits\":[]}".getBytes(StandardCharsets.UTF_8)), "text/plain", serverErrors);
        count(tally, "broken bodies", phone.post("/api/visits", "application/x-www-form-urlencoded",
                "visits=1".getBytes(StandardCharsets.UTF_8)), "form", serverErrors);

        assertThat(serverErrors).isEmpty();
        Set<String> mayChange = new HashSet<>(Set.of("household:" + household, "household_profile",
                "place_month_figures"));
        jdbc.sql("select id from household where village_id = ?").param(village).query(Long.class).list()
                .forEach(id -> mayChange.add("household:" + id));
        assertThat(Snapshot.changes(before, Snapshot.of(jdbc), mayChange)).isEmpty();
        int[] all = new int[3];
        tally.forEach((field, counts) -> {
            System.out.printf("MALFORMED POST /api/visits %-20s inputs=%d refused=%d accepted-as-text=%d "
                    + "server-errors=0%n", field, counts[0], counts[1], counts[2]);
            for (int i = 0; i < 3; i++) {
                all[i] += counts[i];
            }
        });
        System.out.printf("MALFORMED POST /api/visits %-20s inputs=%d refused=%d accepted-as-text=%d "
                + "server-errors=0%n", "all", all[0], all[1], all[2]);
    }

    /** Counts an answer as refused (with a Vietnamese reason) or accepted; anything else is a server error. */
    private static void count(Map<String, int[]> tally, String what, Answer answer, String where,
            List<String> serverErrors) {
        int[] counts = tally.computeIfAbsent(what, key -> new int[3]);
        counts[0]++;
        boolean stored = answer.status() == 200 && (answer.body().equals("[]")
                || answer.body().matches("(?s).*\"status\":\"(SAVED|DUPLICATE)\".*"));
        boolean refusedWithReason = answer.status() == 200
                && answer.body().matches("(?s).*\"status\":\"(REFUSED|CONFLICT)\",.*\"reason\":\"[^\"]+\".*");
        boolean refusedWithMessage = answer.status() == 413
                || Set.of(400, 415).contains(answer.status()) && answer.body().contains("Máy chủ không đọc được");
        if (stored) {
            counts[2]++;
        } else if (refusedWithReason || refusedWithMessage) {
            counts[1]++;
        } else {
            serverErrors.add(where + " -> " + answer.status() + " " + answer.body());
        }
    }

    private String visit(long household, String override) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("clientId", json(UUID.randomUUID().toString()));
        fields.put("householdId", String.valueOf(household));
        fields.put("visitedAt", json(now.toString()));
        fields.put("activities", "[\"VNEID\"]");
        fields.put("note", "\"Ghi chú\"");
        fields.put("consent", "true");
        fields.put("correction", "false"); // the phone always sends it; a missing true/false is unreadable
        String shown = String.join(",", fields.entrySet().stream()
                .filter(field -> !override.startsWith("\"" + field.getKey() + "\":"))
                .map(field -> "\"" + field.getKey() + "\":" + field.getValue()).toList());
        return "{" + shown + (override.isEmpty() ? "" : "," + override) + "}";
    }

    private String newHousehold(long village, String name, String phone) {
        return visit(0, "\"newHousehold\":{\"clientId\":" + json(UUID.randomUUID().toString()) + ",\"villageId\":"
                + village + ",\"headName\":" + name + ",\"phone\":" + phone + ",\"adults\":2}")
                .replace("\"householdId\":0,", "");
    }

    private Map<String, byte[]> brokenBodies(long household) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("empty", "");
        texts.put("open brace", "{");
        texts.put("array", "[]");
        texts.put("null", "null");
        texts.put("visits null", "{\"visits\":null}");
        texts.put("visit null", "{\"visits\":[null]}");
        texts.put("visit empty", "{\"visits\":[{}]}");
        texts.put("visits string", "{\"visits\":\"x\"}");
        texts.put("visits numbers", "{\"visits\":[1,2]}");
        texts.put("nested 5000 deep", "{\"visits\":" + "[".repeat(5000) + "]".repeat(5000) + "}");
        texts.put("101 visits", "{\"visits\":[" + String.join(",", java.util.Collections.nCopies(101,
                visit(household, ""))) + "]}");
        texts.put("note of 2 MB", "{\"visits\":[" + visit(household, "\"note\":\"" + "a".repeat(2_000_000) + "\"")
                + "]}");
        texts.put("household id too big", "{\"visits\":[" + visit(household, "")
                .replace("\"householdId\":" + household, "\"householdId\":1e400") + "]}");
        texts.put("household id text", "{\"visits\":[" + visit(household, "")
                .replace("\"householdId\":" + household, "\"householdId\":\"abc\"") + "]}");
        texts.put("household id negative", "{\"visits\":[" + visit(household, "")
                .replace("\"householdId\":" + household, "\"householdId\":-1") + "]}");
        texts.put("unknown activity", "{\"visits\":[" + visit(household, "\"activities\":[\"HACK\"]") + "]}");
        texts.put("profile wrong", "{\"visits\":[" + visit(household, "\"profile\":{\"smartphones\":-5,"
                + "\"internet\":\"SATELLITE\"}") + "]}");
        texts.put("smartphones huge", "{\"visits\":[" + visit(household, "\"profile\":{\"smartphones\":99999999999}")
                + "]}");
        texts.put("position wrong", "{\"visits\":[" + visit(household, "\"position\":{\"latitude\":999,"
                + "\"longitude\":\"x\"}") + "]}");
        texts.put("consent text", "{\"visits\":[" + visit(household, "\"consent\":\"yes\"") + "]}");
        texts.put("trailing garbage", "{\"visits\":[]} garbage");
        texts.put("duplicate keys", "{\"visits\":[],\"visits\":[]}");
        texts.put("comment", "/* x */ {\"visits\":[]}");
        texts.put("single quotes", "{'visits':[]}");
        texts.put("script", "<script>" + MalformedInputs.FLAG_SCRIPT + "</script>");
        texts.put("sql", "' OR 1=1 --");
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        texts.forEach((name, text) -> bodies.put(name, text.getBytes(StandardCharsets.UTF_8)));
        bodies.put("bom", ("\uFEFF{\"visits\":[]}").getBytes(StandardCharsets.UTF_8));
        bodies.put("invalid UTF-8", new byte[] {'{', '"', 'v', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'});
        bodies.put("UTF-16", "{\"visits\":[]}".getBytes(StandardCharsets.UTF_16));
        bodies.put("Windows-1258 note", ("{\"visits\":[" + visit(household, "\"note\":\"Nguyễn\"") + "]}")
                .getBytes(java.nio.charset.Charset.forName("windows-1258")));
        bodies.put("binary", new byte[] {0, 1, 2, 3, (byte) 0xFF, (byte) 0xFE});
        return bodies;
    }

    /** A JSON string as a browser's JSON.stringify writes it: lone surrogates and controls as \\u escapes. */
    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c) && !wellFormed(text, c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static boolean wellFormed(String text, char c) {
        return !text.codePoints().anyMatch(cp -> cp == c);
    }
}
