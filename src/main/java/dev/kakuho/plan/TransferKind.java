package dev.kakuho.plan;

/** The acts (i)–(v) of 第3章第6節(3)(エ). */
public enum TransferKind {
    /** (i) transferring IP on core technology, or the business itself */
    IP_OR_BUSINESS_TRANSFER,
    /** (ii) providing core technology to another party */
    TECHNOLOGY_PROVISION,
    /** (iii) joint R&amp;D on core technology */
    JOINT_RND,
    /** (iv) R&amp;D on core technology in another country */
    OVERSEAS_RND,
    /** (v) building or expanding a production site in another country */
    OVERSEAS_PRODUCTION
}
