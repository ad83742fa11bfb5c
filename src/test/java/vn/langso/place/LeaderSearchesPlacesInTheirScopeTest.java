package vn.langso.place;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.common.VietnameseText;
import vn.langso.place.ui.PlacesView;
import vn.langso.support.DemoUsers;

@SpringBootTest
@ActiveProfiles("test")
class LeaderSearchesPlacesInTheirScopeTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails(DemoUsers.COMMUNE_LEADER)
    void communeLeaderFindsTheirVillagesWithoutTypingAccents() {
        String leadersCommunePath = jdbc.sql("""
                select p.path from place p join user_account u on u.place_id = p.id where u.username = ?""")
                .param(DemoUsers.COMMUNE_LEADER).query(String.class).single();
        List<String> ownVillages = jdbc.sql("select name from place where path like ? and path <> ?")
                .params(leadersCommunePath + "%", leadersCommunePath).query(String.class).list();
        String accented = ownVillages.stream().filter(name -> !name.equals(VietnameseText.searchKey(name)))
                .findFirst().orElseThrow();

        navigate(PlacesView.class);
        assertThat(shownPlaces()).hasSize(ownVillages.size() + 1);
        test(find(TextField.class).withLabel("Tìm địa bàn").single()).setValue(VietnameseText.searchKey(accented));

        assertThat(shownPlaces()).isNotEmpty().allSatisfy(shown -> assertThat(VietnameseText.searchKey(shown))
                .contains(VietnameseText.searchKey(accented)));
        assertThat(shownPlaces()).anySatisfy(shown -> assertThat(shown).endsWith(accented));
    }

    @Test
    @WithUserDetails(DemoUsers.COMMUNE_LEADER)
    void communeLeaderDoesNotSeeOtherCommunesVillages() {
        String otherCommune = jdbc.sql("""
                select p.name from place p where p.type_code in ('COMMUNE', 'WARD')
                  and p.id <> (select place_id from user_account where username = ?)
                order by p.id limit 1""").param(DemoUsers.COMMUNE_LEADER).query(String.class).single();
        navigate(PlacesView.class);
        test(find(TextField.class).withLabel("Tìm địa bàn").single()).setValue(otherCommune);
        assertThat(shownPlaces()).doesNotContain("Xã " + otherCommune, "Phường " + otherCommune);
    }

    private List<String> shownPlaces() {
        return findInView(ListItem.class).all().stream().map(item -> item.getElement().getTextRecursively()).toList();
    }
}
