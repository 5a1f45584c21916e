package dev.kakuho.api;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Headers on every HTML answer. Reports quote confidential plans: no caching, no referrer leaking a
 * report's address, no framing, and no script or style from anywhere but the page and this service.
 */
public class HtmlHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; "
            + "img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    @ServerResponseFilter
    public void onHtml(ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            var headers = response.getHeaders();
            headers.putSingle("Cache-Control", "no-store");
            headers.putSingle("Referrer-Policy", "no-referrer");
            headers.putSingle("X-Content-Type-Options", "nosniff");
            headers.putSingle("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
    }
}
