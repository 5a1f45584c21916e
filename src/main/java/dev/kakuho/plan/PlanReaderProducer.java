package dev.kakuho.plan;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The service's one plan reader, built as everywhere else by {@link PlanReader#create()}. */
public class PlanReaderProducer {

    @Produces
    @Singleton
    PlanReader planReader() {
        return PlanReader.create();
    }
}
