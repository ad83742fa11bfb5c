package vn.langso.demo;

import java.util.List;
import vn.langso.security.Role;

/** The demo accounts, one per role, that the demo data generator creates and the sign-in page lists in demo mode. */
public record DemoAccount(Role role, String username, String fullName) {

    public static final String PASSWORD = "langso2026";

    public static final List<DemoAccount> ALL = List.of(
            new DemoAccount(Role.PROVINCE_ADMIN, "admin", "Hoàng Văn Thắng"),
            new DemoAccount(Role.COMMUNE_LEADER, "lanhdao", "Nông Thị Hường"),
            new DemoAccount(Role.TEAM_MEMBER, "tovien", "Nguyễn Đức Anh"),
            new DemoAccount(Role.LEARNER, "nguoidan", "Lý Thị Mai"));
}
