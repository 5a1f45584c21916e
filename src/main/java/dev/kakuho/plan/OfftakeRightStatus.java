package dev.kakuho.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far the ore offtake right (鉱石引取権) has got. */
@Schema(description = "How far the ore offtake right (鉱石引取権) has got: NONE なし, FUTURE_RIGHT_AGREED 将来の引取権に合意, ACQUIRED 取得済み.")
public enum OfftakeRightStatus {
    NONE,
    FUTURE_RIGHT_AGREED,
    ACQUIRED
}
