package vn.langso.team;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.langso.common.VietnameseText;

/** What a roster column can hold; the first header is ours (template, export), the rest are what communes write. */
public enum RosterField {
    ROW_NUMBER("STT", "TT", "Số TT", "Số thứ tự"),
    FULL_NAME("Họ và tên", "Họ tên", "Họ, tên", "Họ và tên thành viên", "Họ tên thành viên"),
    PHONE("Số điện thoại", "SĐT", "Số ĐT", "ĐT", "Điện thoại", "Điện thoại liên hệ", "Số điện thoại liên hệ",
            "Điện thoại di động", "Di động", "Số di động", "Zalo"),
    GENDER("Giới tính", "Giới", "Nam/Nữ"),
    BIRTH_YEAR("Năm sinh", "Ngày sinh", "Ngày tháng năm sinh", "Ngày, tháng, năm sinh", "Sinh năm"),
    TEAM_ROLE("Chức vụ trong tổ", "Chức danh trong tổ", "Vai trò", "Vai trò trong tổ", "Nhiệm vụ",
            "Nhiệm vụ trong tổ", "Nhiệm vụ được phân công"),
    AFFILIATION("Đơn vị công tác", "Thành phần", "Chức vụ", "Chức danh", "Chức vụ, đơn vị công tác",
            "Chức vụ, đơn vị", "Nơi công tác", "Cơ quan công tác", "Đơn vị"),
    VILLAGE("Thôn, tổ dân phố", "Thôn", "Thôn/Tổ", "Thôn, bản", "Bản", "Thôn, xóm", "Xóm", "Ấp", "Tổ dân phố",
            "Khu phố", "Thôn, bản, tổ dân phố", "Tên thôn", "Địa bàn", "Địa bàn phụ trách"),
    NOTE("Ghi chú");

    private final String header;
    private final List<String> aliasKeys;

    RosterField(String header, String... aliases) {
        this.header = header;
        this.aliasKeys = Stream.concat(Stream.of(header), Stream.of(aliases)).map(RosterField::headerKey).toList();
    }

    public String header() {
        return header;
    }

    /**
     * Exact alias first; otherwise the longest alias the header starts with, so "Chức vụ trong tổ CNSCĐ" is a team
     * role while "Chức vụ" alone is an affiliation.
     */
    static Optional<RosterField> forHeader(String text) {
        String key = headerKey(text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        RosterField longestPrefix = null;
        int longest = 0;
        for (RosterField field : values()) {
            for (String alias : field.aliasKeys) {
                if (key.equals(alias)) {
                    return Optional.of(field);
                }
                if (key.startsWith(alias + " ") && alias.length() > longest) {
                    longestPrefix = field;
                    longest = alias.length();
                }
            }
        }
        return Optional.ofNullable(longestPrefix);
    }

    /** Accents, case, line breaks and punctuation do not matter: "SỐ ĐIỆN\nTHOẠI (*)" is "so dien thoai". */
    static String headerKey(String text) {
        return VietnameseText.searchKey(text).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
