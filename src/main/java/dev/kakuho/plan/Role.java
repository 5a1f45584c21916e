package dev.kakuho.plan;

/** 自社企業が事業主体 (operator) or 事業参画 in another company's project (participant). */
public enum Role {
    OPERATOR,
    PARTICIPANT
}
