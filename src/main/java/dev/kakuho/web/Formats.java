package dev.kakuho.web;

import dev.kakuho.rules.Reasons;
import dev.kakuho.rules.Language;
import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How values read in the HTML ({@code {fmt:shown(value, language)}}): as the reasons write them, and times in Japan's time zone. */
@TemplateExtension(namespace = "fmt")
public final class Formats {

    private static final DateTimeFormatter TOKYO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'JST'")
            .withZone(ZoneId.of("Asia/Tokyo"));

    private Formats() {
    }

    /** A fact's value: thousands separated, yes/no (はい/いいえ) in the report's language, lists joined. */
    static String shown(Object value, Language language) {
        return Reasons.format(value, language);
    }

    static String tokyo(Instant instant) {
        return TOKYO.format(instant);
    }
}
