package dev.kakuho.web;

import dev.kakuho.rules.Language;

/** The answer for a report id that is unknown or whose report has expired ({@code recorded}: reports are evaluation records). */
public record NotFoundPage(Language language, long keptMinutes, boolean recorded) {

    public String lang() {
        return language.code();
    }
}
