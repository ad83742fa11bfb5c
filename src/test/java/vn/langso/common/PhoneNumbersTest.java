package vn.langso.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "0912345678", "0912 345 678", "0912.345.678", "0912-345-678", "(+84) 912 345 678", "+84 912345678",
            "+84912345678", "84912345678", "84 912 345 678", "0084 912 345 678", "+84 0912 345 678", "(0912) 345678",
            "912345678", "912345678.0", "9.12345678E8", "9.12345678E+8", "'0912345678",
            " 0912\u00A0345\u00A0678 ", "\u200B0912\u200B345678\uFEFF", "0912\t345\n678"})
    void everyWayOfWritingAMobileNumberGivesTheSameKey(String written) {
        assertThat(PhoneNumbers.normalizeMobile(written)).contains("+84912345678");
    }

    @ParameterizedTest
    @CsvSource({
            "01623456789, +84323456789", "01633456789, +84333456789", "01643456789, +84343456789",
            "01653456789, +84353456789", "01663456789, +84363456789", "01673456789, +84373456789",
            "01683456789, +84383456789", "01693456789, +84393456789", "01203456789, +84703456789",
            "01213456789, +84793456789", "01223456789, +84773456789", "01263456789, +84763456789",
            "01283456789, +84783456789", "01233456789, +84833456789", "01243456789, +84843456789",
            "01253456789, +84853456789", "01273456789, +84813456789", "01293456789, +84823456789",
            "01863456789, +84563456789", "01883456789, +84583456789", "01993456789, +84593456789",
            "0168 345 6789, +84383456789", "+84 168 345 6789, +84383456789", "1683456789, +84383456789"})
    void elevenDigitNumbersFromBefore2018AreRenumbered(String old, String current) {
        assertThat(PhoneNumbers.normalizeMobile(old)).contains(current);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "024 3826 1234", "02438261234", "+84 24 3826 1234", "091234567", "09123456", "0912 345 67890",
            "0912abc678", "không có", "0912345678 / 0987654321", "+1 650 253 0000", "0123456789", "   "})
    void landlinesForeignNumbersAndGarbageAreRejected(String written) {
        assertThat(PhoneNumbers.normalizeMobile(written)).isEmpty();
    }

    @Test
    void numbersAreShownTheVietnameseWayAndLinkToCallsAndZalo() {
        assertThat(PhoneNumbers.display("+84912345678")).isEqualTo("0912 345 678");
        assertThat(PhoneNumbers.display("+84323456789")).isEqualTo("0323 456 789");
        assertThat(PhoneNumbers.telUri("+84912345678")).isEqualTo("tel:+84912345678");
        assertThat(PhoneNumbers.zaloUri("+84912345678")).isEqualTo("https://zalo.me/0912345678");
    }
}
