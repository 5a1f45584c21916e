package dev.kakuho.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 自社企業が事業主体 (operator) or 事業参画 in another company's project (participant). */
@Schema(description = "The applicant's role: OPERATOR 事業主体 (it runs the project), PARTICIPANT 事業参画 (it takes part in another company's project).")
public enum Role {
    OPERATOR,
    PARTICIPANT
}
