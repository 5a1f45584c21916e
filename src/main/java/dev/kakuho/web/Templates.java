package dev.kakuho.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The HTML pages, type-checked at build time ({@code src/main/resources/templates/<name>.html}). */
@CheckedTemplate
public final class Templates {

    private Templates() {
    }

    public static native TemplateInstance report(ReportPage page);

    public static native TemplateInstance index(IndexPage page);

    public static native TemplateInstance notFound(NotFoundPage page);
}
