package dev.kakuho.plan;

/** The four kinds of 取組 of 第3章第1節. */
public enum Activity {
    /** 探鉱・FS */
    EXPLORATION_FS,
    /** 鉱山開発 */
    MINE_DEVELOPMENT,
    /** 製錬等事業 (選鉱・製錬) */
    REFINING,
    /** 技術開発 */
    TECHNOLOGY_DEVELOPMENT
}
