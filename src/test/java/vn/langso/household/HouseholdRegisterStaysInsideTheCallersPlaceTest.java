package vn.langso.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.place.PlaceNotFoundException;
import vn.langso.support.DemoUsers;

/** The register and its import, tried on another commune's village and by a role that may not keep it. */
@SpringBootTest
@ActiveProfiles("test")
class HouseholdRegisterStaysInsideTheCallersPlaceTest {

    @Autowired
    HouseholdService households;

    @Autowired
    JdbcClient jdbc;

    private long ownVillage;
    private long otherCommuneVillage;
    private long householdInOtherCommune;
    private byte[] list;

    @BeforeEach
    void findAnotherCommunesVillage() throws IOException {
        long commune = id("select place_id from user_account where username = ?", DemoUsers.COMMUNE_LEADER);
        ownVillage = id("select min(id) from place where parent_id = ?", commune);
        otherCommuneVillage = id("""
                select min(v.id) from place v join place c on v.parent_id = c.id
                where c.id <> ? and c.type_code = 'COMMUNE' and c.active = true""", commune);
        householdInOtherCommune = id("select min(id) from household where village_id = ?", otherCommuneVillage);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Ho ten chu ho");
            header.createCell(1).setCellValue("Dia chi");
            Row stranger = sheet.createRow(1);
            stranger.createCell(0).setCellValue("Kẻ Lạ Nhập");
            stranger.createCell(1).setCellValue("Xóm Lạ");
            workbook.write(out);
            list = out.toByteArray();
        }
    }

    @Test
    @WithUserDetails(DemoUsers.COMMUNE_LEADER)
    void aCommuneLeaderCannotReadEditOrImportAnotherCommunesHouseholds() {
        String otherName = jdbc.sql("select head_name from household where id = ?").param(householdInOtherCommune)
                .query(String.class).single();
        long otherVersion = id("select version from household where id = ?", householdInOtherCommune);
        assertThatThrownBy(() -> households.register(otherCommuneVillage, "")).isInstanceOf(PlaceNotFoundException.class);
        assertThatThrownBy(() -> households.household(householdInOtherCommune))
                .isInstanceOf(HouseholdRuleException.class).hasMessage("household.notFound");
        assertThatThrownBy(() -> households.edit(householdInOtherCommune, otherVersion,
                new HouseholdDetails("Kẻ Lạ", "Xóm Lạ", null, 1)))
                .isInstanceOf(HouseholdRuleException.class).hasMessage("household.notFound");
        assertThatThrownBy(() -> households.previewImport(otherCommuneVillage, list))
                .isInstanceOf(PlaceNotFoundException.class);
        assertThatThrownBy(() -> households.importHouseholds(otherCommuneVillage, list))
                .isInstanceOf(PlaceNotFoundException.class);

        assertThat(jdbc.sql("select count(*) from household where head_name like 'Kẻ Lạ%'").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select head_name from household where id = ?").param(householdInOtherCommune)
                .query(String.class).single()).isEqualTo(otherName);
        assertThat(households.previewImport(ownVillage, list).rows()).extracting(HouseholdImportPreview.Row::outcome)
                .containsExactly(HouseholdImportPreview.Outcome.ADD);
    }

    @Test
    @WithUserDetails(DemoUsers.TEAM_MEMBER)
    void aTeamMemberCannotKeepTheRegister() {
        long membersVillage = id("select place_id from user_account where username = ?", DemoUsers.TEAM_MEMBER);
        assertThatThrownBy(() -> households.register(membersVillage, "")).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> households.previewImport(membersVillage, list))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> households.importHouseholds(membersVillage, list))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> households.importTemplate()).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(jdbc.sql("select count(*) from household where head_name like 'Kẻ Lạ%'").query(Long.class).single())
                .isZero();
    }

    @Test
    @WithUserDetails(DemoUsers.PROVINCE_ADMIN)
    void theProvinceAdminKeepsEveryCommunesRegister() {
        assertThat(households.register(otherCommuneVillage, "")).isNotEmpty();
        assertThat(households.previewImport(otherCommuneVillage, list).count(HouseholdImportPreview.Outcome.ADD))
                .isEqualTo(1);
    }

    private long id(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
