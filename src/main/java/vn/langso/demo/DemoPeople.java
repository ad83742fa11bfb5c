package vn.langso.demo;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import vn.langso.common.PhoneNumbers;
import vn.langso.team.Gender;

/** Deterministic Vietnamese names and unique, valid-looking mobile numbers for demo rosters. */
final class DemoPeople {

    record DemoPerson(String fullName, String phone, Gender gender, int birthYear) {
    }

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ",
            "Ngô", "Dương", "Lý", "Nông", "Ma", "Hà", "Triệu", "Lục", "Lương", "Quan"};
    private static final String[] MIDDLE_MALE = {"Văn", "Đức", "Minh", "Quang", "Hữu", "Công"};
    private static final String[] MIDDLE_FEMALE = {"Thị", "Ngọc", "Thu", "Thanh", "Minh", "Hồng"};
    private static final String[] GIVEN_MALE = {"Anh", "Bình", "Cường", "Dũng", "Hùng", "Hiếu", "Khánh", "Long",
            "Nam", "Quân", "Sơn", "Thắng", "Tuấn", "Việt", "Phúc", "Trường"};
    private static final String[] GIVEN_FEMALE = {"Hương", "Lan", "Mai", "Nga", "Phương", "Tâm", "Thảo", "Trang",
            "Yến", "Hằng", "Hoa", "Linh", "Nhung", "Xuân", "Huyền", "Duyên"};
    /** Mobile prefixes in use since the 2018 renumbering (Viettel, Vinaphone, MobiFone, Vietnamobile). */
    private static final int[] PREFIXES = {32, 33, 34, 35, 36, 37, 38, 39, 70, 76, 77, 78, 79, 81, 82, 83, 84, 85, 86,
            88, 90, 91, 93, 94, 96, 97, 98};

    private final Random random;
    private final Set<String> usedPhones = new HashSet<>();

    DemoPeople(long seed) {
        this.random = new Random(seed);
    }

    DemoPerson next() {
        boolean female = random.nextBoolean();
        String name = pick(FAMILY) + " " + pick(female ? MIDDLE_FEMALE : MIDDLE_MALE) + " "
                + pick(female ? GIVEN_FEMALE : GIVEN_MALE);
        return new DemoPerson(name, nextPhone(), female ? Gender.FEMALE : Gender.MALE, 1960 + random.nextInt(45));
    }

    /** Someone else in the household of {@code headName}: the same family name. */
    String relativeOf(String headName) {
        boolean female = random.nextBoolean();
        return headName.substring(0, headName.indexOf(' ')) + " " + pick(female ? MIDDLE_FEMALE : MIDDLE_MALE) + " "
                + pick(female ? GIVEN_FEMALE : GIVEN_MALE);
    }

    /** A phone written the Vietnamese way (0912345678) or as stored (+84912345678) that must not be given out. */
    void reservePhone(String phone) {
        if (phone.startsWith("+84")) {
            phone = "0" + phone.substring(3);
        }
        usedPhones.add(phone);
    }

    private String nextPhone() {
        while (true) {
            String phone = String.format("0%d%07d", PREFIXES[random.nextInt(PREFIXES.length)], random.nextInt(10_000_000));
            if (PhoneNumbers.normalizeMobile(phone).isPresent() && usedPhones.add(phone)) {
                return phone;
            }
        }
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
