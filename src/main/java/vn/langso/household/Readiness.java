package vn.langso.household;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A household's digital-readiness profile. A null answer means "not asked"; when a visit leaves an answer out,
 * the household keeps the answer it had.
 */
@Embeddable
public record Readiness(
        @Column(name = "smartphones") Integer smartphones,
        @Enumerated(EnumType.STRING) @Column(name = "internet", length = 8) Internet internet,
        @Column(name = "bank_or_wallet") Boolean bankOrWallet,
        @Column(name = "vneid_level2") Boolean vneidLevel2,
        @Column(name = "online_service") Boolean onlineService,
        @Column(name = "pays_cashless") Boolean paysCashless,
        @Column(name = "scam_targeted") Boolean scamTargeted) {

    public static final Readiness UNKNOWN = new Readiness(null, null, null, null, null, null, null);
    static final int MAX_SMARTPHONES = 30;

    /** This profile with every answer it leaves out taken from {@code earlier}. */
    Readiness over(Readiness earlier) {
        Readiness base = earlier == null ? UNKNOWN : earlier;
        return new Readiness(
                smartphones != null ? smartphones : base.smartphones,
                internet != null ? internet : base.internet,
                bankOrWallet != null ? bankOrWallet : base.bankOrWallet,
                vneidLevel2 != null ? vneidLevel2 : base.vneidLevel2,
                onlineService != null ? onlineService : base.onlineService,
                paysCashless != null ? paysCashless : base.paysCashless,
                scamTargeted != null ? scamTargeted : base.scamTargeted);
    }

    boolean isEmpty() {
        return equals(UNKNOWN);
    }
}
