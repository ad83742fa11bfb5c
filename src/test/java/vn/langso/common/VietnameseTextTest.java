package vn.langso.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void searchWithoutAccentsFindsNamesWithAccents() {
        assertThat(VietnameseText.searchKey("Nguyễn Đức Anh")).isEqualTo("nguyen duc anh");
        assertThat(VietnameseText.searchKey("Thôn Nà Héc")).contains(VietnameseText.searchKey("na hec"));
    }

    @Test
    void textTypedInDecomposedFormIsStoredLikeComposedText() {
        String decomposed = Normalizer.normalize("Hoàng Thị Ánh", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Hoàng Thị Ánh");
        assertThat(VietnameseText.clean("  " + decomposed + "  ")).isEqualTo("Hoàng Thị Ánh");
        assertThat(VietnameseText.searchKey(decomposed)).isEqualTo("hoang thi anh");
    }

    @Test
    void aTitleGivesAnAddressWithoutAccentsSpacesOrSigns() {
        assertThat(VietnameseText.slug("  Nộp thuế đất trực tuyến! ", 60)).isEqualTo("nop-thue-dat-truc-tuyen");
        assertThat(VietnameseText.slug("Đổi mật khẩu Zalo (cho người lớn tuổi)", 60))
                .isEqualTo("doi-mat-khau-zalo-cho-nguoi-lon-tuoi");
        assertThat(VietnameseText.slug("Ứng dụng VNeID mức 2", 12)).isEqualTo("ung-dung-vne");
        assertThat(VietnameseText.slug("Bài học — 1", 8)).isEqualTo("bai-hoc");
        assertThat(VietnameseText.slug("?!", 60)).isEmpty();
    }
}
