package dev.kakuho.api;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting in tests for something the service does in the background (a watcher's reload, a health change). */
final class Await {

    private Await() {
    }

    /** Polls {@code condition} until it holds, for at most a minute. */
    static void until(String what, BooleanSupplier condition) throws InterruptedException {
        until(what, Duration.ofSeconds(60), condition);
    }

    /** Polls {@code condition} until it holds, for at most {@code limit} (a candidate's rule tests take a while on a busy machine). */
    static void until(String what, Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }
}
