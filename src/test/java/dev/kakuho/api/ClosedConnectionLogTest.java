package dev.kakuho.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.http.HttpClosedException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A client that hangs up mid-answer is not the service's error: only real failures are logged as errors. */
@QuarkusTest
class ClosedConnectionLogTest {

    private final List<LogRecord> errors = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue() && record.getLoggerName().equals(ProblemMappers.class.getName())) {
                errors.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stop() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void aConnectionTheClientClosedIsNotLoggedAsAnError() {
        new ProblemMappers().unexpected(new IllegalStateException("writing the answer", new HttpClosedException("Connection was closed")));
        new ProblemMappers().unexpected(new java.nio.channels.ClosedChannelException());
        assertEquals(List.of(), errors.stream().map(LogRecord::getMessage).toList());
    }

    @Test
    void anyOtherUnexpectedErrorIsLoggedAsAnErrorAndAnswers500() {
        assertEquals(500, new ProblemMappers().unexpected(new IllegalStateException("a bug")).getStatus());
        assertEquals(1, errors.size(), "logged once at ERROR");
        assertTrue(errors.get(0).getThrown() instanceof IllegalStateException);
    }
}
