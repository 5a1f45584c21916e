package dev.kakuho.rules;

import java.util.Locale;

/** The languages reports are written in. Every reason and label exists in both; nothing is translated at run time. */
public enum Language {
    JA,
    EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The first of the caller's preferred locales that a report can be written in; Japanese by default. */
    public static Language preferred(Iterable<Locale> locales) {
        if (locales != null) {
            for (Locale locale : locales) {
                for (Language language : values()) {
                    if (language.code().equals(locale.getLanguage())) {
                        return language;
                    }
                }
            }
        }
        return JA;
    }
}
