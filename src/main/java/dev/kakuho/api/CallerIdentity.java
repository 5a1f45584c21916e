package dev.kakuho.api;

import jakarta.enterprise.context.RequestScoped;

/** Who made the request, as records name them: the API key's id, {@code admin}, or null (no credential). */
@RequestScoped
public class CallerIdentity {

    private String id;

    public String id() {
        return id;
    }

    void identify(String id) {
        this.id = id;
    }
}
