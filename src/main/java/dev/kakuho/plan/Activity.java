package dev.kakuho.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The four kinds of 取組 of 第3章第1節. */
@Schema(description = "The activity (取組の類型) of 第3章第1節: EXPLORATION_FS 探鉱・FS, MINE_DEVELOPMENT 鉱山開発, REFINING 製錬等事業 (選鉱・製錬), TECHNOLOGY_DEVELOPMENT 技術開発.")
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
