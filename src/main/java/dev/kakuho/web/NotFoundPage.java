package dev.kakuho.web;

import dev.kakuho.rules.Language;

/** The answer for a report id that is unknown or whose report has expired. */
public record NotFoundPage(Language language, long keptMinutes) {

    public String lang() {
        return language.code();
    }
}
