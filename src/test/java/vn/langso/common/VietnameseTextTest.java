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
}
