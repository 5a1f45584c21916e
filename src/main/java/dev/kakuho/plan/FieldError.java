package dev.kakuho.plan;

/** One thing wrong with a posted plan: where (a JSON pointer into the body) and what, in plain words. */
public record FieldError(String pointer, String detail) {
}
