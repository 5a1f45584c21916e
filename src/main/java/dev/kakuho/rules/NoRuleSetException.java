package dev.kakuho.rules;

import dev.kakuho.plan.Material;
import java.time.LocalDate;

/**
 * No loaded revision covers the application date. Carries the transitional provision (附則) of the
 * earliest loaded revision, which says the earlier revision judges earlier applications.
 */
public class NoRuleSetException extends RuntimeException {

    private final Material material;
    private final LocalDate applicationDate;
    private final Manifest.Clause provision;

    public NoRuleSetException(Material material, LocalDate applicationDate, Manifest.Clause provision, String detail) {
        super(detail, null, false, false);
        this.material = material;
        this.applicationDate = applicationDate;
        this.provision = provision;
    }

    public Material material() {
        return material;
    }

    public LocalDate applicationDate() {
        return applicationDate;
    }

    /** The provision to cite, or null when no revision of the material is loaded at all. */
    public Manifest.Clause provision() {
        return provision;
    }
}
