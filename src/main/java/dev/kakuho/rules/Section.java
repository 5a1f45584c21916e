package dev.kakuho.rules;

import java.util.List;

/** A section of the policy's chapter 3 and the criteria it holds, in the policy's order. */
public record Section(String id, String ref, String titleJa, String titleEn, List<Criterion> criteria) {
}
