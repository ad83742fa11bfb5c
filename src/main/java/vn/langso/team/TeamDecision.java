package vn.langso.team;

import java.time.LocalDate;

/** The commune chairman's decision founding or reorganising a team: e.g. 123/QĐ-UBND of 15/03/2024. */
public record TeamDecision(String number, LocalDate date, String signer) {
}
