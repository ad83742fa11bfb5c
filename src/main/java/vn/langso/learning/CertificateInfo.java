package vn.langso.learning;

import java.time.LocalDate;

/** What a certificate says: who, which topic, when; {@code code} is what its QR code points at. */
public record CertificateInfo(String code, String learnerName, TopicInfo topic, LocalDate issuedOn) {
}
