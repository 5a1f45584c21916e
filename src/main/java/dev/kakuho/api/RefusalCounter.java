package dev.kakuho.api;

import dev.kakuho.evaluation.ServiceMetrics;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Counts every problem answer by its type, whichever mapper or filter wrote it. */
public class RefusalCounter {

    @Inject
    ServiceMetrics metrics;

    @ServerResponseFilter
    public void count(ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem problem) {
            metrics.refused(problem.kind());
        }
    }
}
