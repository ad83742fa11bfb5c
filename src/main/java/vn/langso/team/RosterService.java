package vn.langso.team;

import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.common.PhoneNumbers;
import vn.langso.common.VietnameseText;
import vn.langso.place.PlaceLevel;
import vn.langso.place.PlaceRef;
import vn.langso.place.PlaceService;
import vn.langso.security.AppRoles;

/**
 * Rosters in and out of spreadsheets. An import is planned first (every problem per row, nothing saved), and
 * saved only when no row is refused, in one transaction. Rows already on the roster change nothing, so
 * importing the same file twice adds nobody twice.
 */
@Service
public class RosterService {

    private final TeamRepository teams;
    private final TeamMembershipRepository memberships;
    private final PersonRepository people;
    private final PlaceService places;
    private final TeamService teamService;
    private final Clock clock;

    RosterService(TeamRepository teams, TeamMembershipRepository memberships, PersonRepository people,
            PlaceService places, TeamService teamService, Clock clock) {
        this.teams = teams;
        this.memberships = memberships;
        this.people = people;
        this.places = places;
        this.teamService = teamService;
        this.clock = clock;
    }

    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER})
    public RosterUpload open(byte[] content, String fileName) {
        RosterSheet sheet = RosterFileReader.read(new ByteArrayInputStream(content), fileName);
        return new RosterUpload(fileName, sheet.sheetName(), sheet.headerRow(), sheet.columns(), sheet.rows().size());
    }

    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER})
    @Transactional(readOnly = true)
    public RosterPreview preview(long communeId, byte[] content, String fileName, Map<Integer, RosterField> mapping) {
        return plan(communeId, content, fileName, mapping).preview();
    }

    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER})
    @Transactional
    public RosterImportResult importRoster(long communeId, byte[] content, String fileName,
            Map<Integer, RosterField> mapping) {
        Plan plan = plan(communeId, content, fileName, mapping);
        if (!plan.preview().canSave()) {
            throw new TeamRuleException("roster.import.hasProblems");
        }
        Map<Long, Long> teamByPlace = new HashMap<>(plan.teamByPlace());
        int teamsCreated = 0;
        for (PlannedRow row : plan.rows()) {
            if (row.outcome() == RosterPreviewRow.Outcome.ADD && !teamByPlace.containsKey(row.target().id())) {
                TeamLevel level = row.target().level() == PlaceLevel.COMMUNE ? TeamLevel.COMMUNE : TeamLevel.VILLAGE;
                Team team = teams.save(new Team(row.target().id(), level, new TeamDecision(null, null, null),
                        clock.instant()));
                teamByPlace.put(row.target().id(), team.getId());
                teamsCreated++;
            }
        }
        Map<String, Person> byPhone = new HashMap<>(plan.knownPeople());
        List<TeamMembership> newMemberships = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(TeamService.VIETNAM));
        for (PlannedRow row : plan.rows()) {
            if (row.outcome() != RosterPreviewRow.Outcome.ADD) {
                continue;
            }
            Person person = byPhone.computeIfAbsent(row.phone(), phone -> people.save(
                    new Person(row.fullName(), phone, row.gender(), row.birthYear(), clock.instant())));
            newMemberships.add(new TeamMembership(teamByPlace.get(row.target().id()), person.getId(), row.role(),
                    row.affiliation(), today));
        }
        memberships.saveAll(newMemberships);
        return new RosterImportResult(newMemberships.size(),
                (int) plan.preview().count(RosterPreviewRow.Outcome.ALREADY_MEMBER), teamsCreated);
    }

    /** The commune's current roster in the template's columns, so an exported file can be imported again. */
    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER})
    @Transactional(readOnly = true)
    public byte[] exportRoster(long communeId) {
        CommuneCoverage coverage = teamService.coverage(communeId);
        List<Map<RosterField, String>> rows = new ArrayList<>();
        List<PlaceTeamRow> teamRows = new ArrayList<>();
        teamRows.add(coverage.commune());
        teamRows.addAll(coverage.villages());
        for (PlaceTeamRow teamRow : teamRows) {
            if (teamRow.hasTeam()) {
                addRows(rows, teamService.team(teamRow.teamId()));
            }
        }
        return RosterTemplate.xlsx(rows);
    }

    /** One team's roster, in the same columns. */
    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER, AppRoles.TEAM_MEMBER})
    @Transactional(readOnly = true)
    public byte[] exportTeam(long teamId) {
        List<Map<RosterField, String>> rows = new ArrayList<>();
        addRows(rows, teamService.team(teamId));
        return RosterTemplate.xlsx(rows);
    }

    private static void addRows(List<Map<RosterField, String>> rows, TeamDetails team) {
        String village = team.place().level() == PlaceLevel.COMMUNE ? "" : team.place().label(VietnameseText.VIETNAMESE);
        for (MemberRow member : team.members()) {
            Map<RosterField, String> values = new java.util.EnumMap<>(RosterField.class);
            values.put(RosterField.ROW_NUMBER, String.valueOf(rows.size() + 1));
            values.put(RosterField.FULL_NAME, member.fullName());
            values.put(RosterField.PHONE, PhoneNumbers.display(member.phone()));
            values.put(RosterField.GENDER, member.gender() == null ? "" : GENDER_TEXT.get(member.gender()));
            values.put(RosterField.BIRTH_YEAR, member.birthYear() == null ? "" : member.birthYear().toString());
            values.put(RosterField.TEAM_ROLE, ROLE_TEXT.get(member.role()));
            values.put(RosterField.AFFILIATION, AFFILIATION_TEXT.get(member.affiliation()));
            values.put(RosterField.VILLAGE, village);
            rows.add(values);
        }
    }

    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER})
    public byte[] template() {
        return RosterTemplate.xlsx(List.of());
    }

    // Written the way communes write them, and read back by role() and affiliation() below.
    private static final Map<Gender, String> GENDER_TEXT = Map.of(Gender.MALE, "Nam", Gender.FEMALE, "Nữ",
            Gender.OTHER, "Khác");
    private static final Map<TeamRole, String> ROLE_TEXT = Map.of(TeamRole.LEADER, "Tổ trưởng", TeamRole.DEPUTY,
            "Tổ phó", TeamRole.MEMBER, "Thành viên");
    private static final Map<Affiliation, String> AFFILIATION_TEXT = Map.of(Affiliation.VILLAGE_HEAD, "Trưởng thôn",
            Affiliation.COMMUNE_OFFICIAL, "Cán bộ UBND xã", Affiliation.YOUTH_UNION, "Đoàn Thanh niên",
            Affiliation.WOMENS_UNION, "Hội Liên hiệp Phụ nữ", Affiliation.VETERANS, "Hội Cựu chiến binh",
            Affiliation.POLICE, "Công an xã", Affiliation.TEACHER, "Giáo viên", Affiliation.HEALTH_WORKER,
            "Trạm Y tế", Affiliation.TELECOM_POST, "Viễn thông, bưu điện", Affiliation.OTHER, "Khác");

    private Plan plan(long communeId, byte[] content, String fileName, Map<Integer, RosterField> mapping) {
        PlaceRef commune = places.getInMyScope(communeId);
        if (commune.level() != PlaceLevel.COMMUNE) {
            throw new TeamRuleException("team.notACommune");
        }
        List<PlaceRef> villages = places.villagesOf(communeId);
        Map<String, PlaceRef> placeByKey = placesByKey(commune, villages);
        Map<Long, Long> teamByPlace = new HashMap<>();
        List<Long> placeIds = new ArrayList<>(villages.stream().map(PlaceRef::id).toList());
        placeIds.add(commune.id());
        teams.findByPlaceIdIn(placeIds).stream().filter(team -> team.getStatus() == TeamStatus.ACTIVE)
                .forEach(team -> teamByPlace.putIfAbsent(team.getPlaceId(), team.getId()));
        Set<String> activeMemberships = new HashSet<>();
        if (!teamByPlace.isEmpty()) {
            memberships.findByTeamIdInAndLeftOnIsNull(teamByPlace.values())
                    .forEach(membership -> activeMemberships.add(membership.getTeamId() + ":" + membership.getPersonId()));
        }

        RosterSheet sheet = RosterFileReader.read(new ByteArrayInputStream(content), fileName);
        if (mapping != null) {
            sheet = sheet.withMapping(mapping);
        }
        List<String> phones = sheet.rows().stream()
                .map(row -> PhoneNumbers.normalizeMobile(row.values().get(RosterField.PHONE)))
                .flatMap(Optional::stream).distinct().toList();
        Map<String, Person> knownPeople = new HashMap<>();
        for (int from = 0; from < phones.size(); from += 1000) {
            people.findByPhoneIn(phones.subList(from, Math.min(phones.size(), from + 1000)))
                    .forEach(person -> knownPeople.put(person.getPhone(), person));
        }

        List<PlannedRow> planned = new ArrayList<>();
        Map<String, Integer> firstRowOfPhoneInTeam = new HashMap<>();
        Map<Long, String> teamsToCreate = new LinkedHashMap<>();
        for (RosterRow row : sheet.rows()) {
            Map<RosterField, String> values = row.values();
            List<RosterProblem> problems = new ArrayList<>();
            String name = VietnameseText.clean(values.getOrDefault(RosterField.FULL_NAME, ""));
            if (name.isEmpty()) {
                problems.add(new RosterProblem("roster.problem.noName", true));
            }
            String rawPhone = values.getOrDefault(RosterField.PHONE, "");
            String phone = PhoneNumbers.normalizeMobile(rawPhone).orElse(null);
            if (phone == null) {
                problems.add(rawPhone.isBlank() ? new RosterProblem("roster.problem.noPhone", true)
                        : new RosterProblem("roster.problem.badPhone", true, rawPhone));
            }
            String villageText = values.getOrDefault(RosterField.VILLAGE, "");
            PlaceRef target = villageText.isBlank() ? commune : placeByKey.get(placeKey(villageText));
            if (target == null) {
                problems.add(new RosterProblem("roster.problem.unknownVillage", true, villageText,
                        commune.label(VietnameseText.VIETNAMESE)));
            }
            Person known = phone == null ? null : knownPeople.get(phone);
            if (known != null && !name.isEmpty()
                    && !VietnameseText.searchKey(known.getFullName()).equals(VietnameseText.searchKey(name))) {
                problems.add(new RosterProblem("roster.problem.phoneOfSomeoneElse", false, known.getFullName()));
            }
            if (phone != null && target != null) {
                Integer first = firstRowOfPhoneInTeam.putIfAbsent(target.id() + ":" + phone, row.sourceRow());
                if (first != null) {
                    problems.add(new RosterProblem("roster.problem.duplicate", true, first));
                }
            }
            boolean refused = problems.stream().anyMatch(RosterProblem::blocking);
            Long teamId = target == null ? null : teamByPlace.get(target.id());
            RosterPreviewRow.Outcome outcome = refused ? RosterPreviewRow.Outcome.REFUSED
                    : known != null && teamId != null && activeMemberships.contains(teamId + ":" + known.getId())
                            ? RosterPreviewRow.Outcome.ALREADY_MEMBER
                            : RosterPreviewRow.Outcome.ADD;
            if (outcome == RosterPreviewRow.Outcome.ADD && teamId == null) {
                teamsToCreate.putIfAbsent(target.id(), target.label(VietnameseText.VIETNAMESE));
            }
            planned.add(new PlannedRow(row.sourceRow(), name, phone, target, gender(values.get(RosterField.GENDER)),
                    RosterRow.birthYear(values.get(RosterField.BIRTH_YEAR)), role(values.get(RosterField.TEAM_ROLE)),
                    affiliation(values.get(RosterField.AFFILIATION)), outcome, List.copyOf(problems), rawPhone));
        }
        List<RosterPreviewRow> previewRows = planned.stream().map(row -> new RosterPreviewRow(row.sourceRow(),
                row.fullName(), row.phone() == null ? row.rawPhone() : PhoneNumbers.display(row.phone()),
                row.target() == null ? "" : row.target().label(VietnameseText.VIETNAMESE), row.outcome(),
                row.problems())).toList();
        return new Plan(new RosterPreview(fileName, previewRows, List.copyOf(teamsToCreate.values())), planned,
                teamByPlace, knownPeople);
    }

    private record PlannedRow(int sourceRow, String fullName, String phone, PlaceRef target, Gender gender,
            Integer birthYear, TeamRole role, Affiliation affiliation, RosterPreviewRow.Outcome outcome,
            List<RosterProblem> problems, String rawPhone) {
    }

    private record Plan(RosterPreview preview, List<PlannedRow> rows, Map<Long, Long> teamByPlace,
            Map<String, Person> knownPeople) {
    }

    /** "Thôn Nà Héc", "thon na hec", "Nà Héc" and "Bản Nà Héc" all find the village Nà Héc of this commune. */
    private static Map<String, PlaceRef> placesByKey(PlaceRef commune, List<PlaceRef> villages) {
        Map<String, PlaceRef> byKey = new HashMap<>();
        for (PlaceRef place : villages) {
            byKey.putIfAbsent(placeKey(place.name()), place);
        }
        byKey.putIfAbsent(placeKey(commune.name()), commune);
        return byKey;
    }

    /** Longest first, so "to dan pho" is taken off before "to". */
    private static final List<String> TYPE_WORDS = List.of("thon", "ban", "xom", "ap", "lang", "to dan pho", "khu pho",
            "to", "khu", "xa", "phuong", "dac khu", "village", "hamlet", "commune", "ward").stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();

    static String placeKey(String text) {
        String key = RosterField.headerKey(text);
        for (String word : TYPE_WORDS) {
            if (key.startsWith(word + " ")) {
                return key.substring(word.length() + 1);
            }
        }
        return key;
    }

    static Gender gender(String text) {
        String key = VietnameseText.searchKey(text);
        return switch (key) {
            case "nam", "male", "m" -> Gender.MALE;
            case "nu", "female", "f" -> Gender.FEMALE;
            default -> null;
        };
    }

    static TeamRole role(String text) {
        String key = VietnameseText.searchKey(text);
        if (key.contains("pho")) {
            return TeamRole.DEPUTY;
        }
        return key.contains("truong") || key.contains("leader") ? TeamRole.LEADER : TeamRole.MEMBER;
    }

    private static final Map<Affiliation, List<String>> AFFILIATION_WORDS = new LinkedHashMap<>();

    static {
        AFFILIATION_WORDS.put(Affiliation.VILLAGE_HEAD, List.of("truong thon", "truong ban", "truong ap", "truong xom",
                "truong khu", "to truong to dan pho", "truong to dan pho"));
        AFFILIATION_WORDS.put(Affiliation.YOUTH_UNION, List.of("doan", "thanh nien"));
        AFFILIATION_WORDS.put(Affiliation.WOMENS_UNION, List.of("phu nu", "lhpn"));
        AFFILIATION_WORDS.put(Affiliation.VETERANS, List.of("cuu chien binh", "ccb"));
        AFFILIATION_WORDS.put(Affiliation.POLICE, List.of("cong an"));
        AFFILIATION_WORDS.put(Affiliation.TEACHER, List.of("giao vien", "truong hoc", "truong tieu hoc",
                "truong mam non", "truong thcs", "giao duc"));
        AFFILIATION_WORDS.put(Affiliation.HEALTH_WORKER, List.of("y te", "bac si", "y si", "tram y"));
        AFFILIATION_WORDS.put(Affiliation.TELECOM_POST, List.of("viettel", "vnpt", "mobifone", "vinaphone", "buu dien",
                "vietnamobile", "buu chinh", "vien thong"));
        AFFILIATION_WORDS.put(Affiliation.COMMUNE_OFFICIAL, List.of("chu tich", "ubnd", "uy ban", "cong chuc",
                "can bo", "dang uy", "bi thu", "van phong"));
    }

    static Affiliation affiliation(String text) {
        String key = VietnameseText.searchKey(text);
        return AFFILIATION_WORDS.entrySet().stream()
                .filter(entry -> entry.getValue().stream().anyMatch(key::contains))
                .map(Map.Entry::getKey).findFirst().orElse(Affiliation.OTHER);
    }
}
