package vn.langso.learning;

/** The national "5 basic digital skills", in the order a learner should take them (lessons/topics.yaml). */
public enum Topic {
    SMARTPHONE_BASICS, SAFE_INTERNET, E_PAYMENT, PUBLIC_SERVICES, ONLINE_SHOPPING
}
