package dev.kakuho.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The acts (i)–(v) of 第3章第6節(3)(エ). */
@Schema(description = "The acts (i)–(v) of 第6節(3)(エ): IP_OR_BUSINESS_TRANSFER (i) 知的財産・事業の譲渡, TECHNOLOGY_PROVISION (ii) 技術の提供, JOINT_RND (iii) 共同研究開発, OVERSEAS_RND (iv) 海外での研究開発, OVERSEAS_PRODUCTION (v) 海外での生産拠点の新設・増設.")
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
