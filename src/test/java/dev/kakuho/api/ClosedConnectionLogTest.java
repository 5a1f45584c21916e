package dev.kakuho.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.http.HttpClosedException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A client that hangs up mid-answer is not the service's error: only real failures are logged as errors. */
@QuarkusTest
class ClosedConnectionLogTest {

    private final CapturedLogs logs = new CapturedLogs();

    @BeforeEach
    void listen() {
        logs.listen();
    }

    @AfterEach
    void stop() {
        logs.stop();
    }

    /** What this class's mapper logged at ERROR. */
    private List<LogRecord> errors() {
        return logs.records().stream().filter(r -> r.getLevel().intValue() >= Level.SEVERE.intValue()
                && r.getLoggerName().equals(ProblemMappers.class.getName())).toList();
    }

    @Test
    void aConnectionTheClientClosedIsNotLoggedAsAnError() {
        new ProblemMappers().unexpected(new IllegalStateException("writing the answer", new HttpClosedException("Connection was closed")));
        new ProblemMappers().unexpected(new java.nio.channels.ClosedChannelException());
        assertEquals(List.of(), errors().stream().map(LogRecord::getMessage).toList());
    }

    @Test
    void anyOtherUnexpectedErrorIsLoggedAsAnErrorAndAnswers500() {
        assertEquals(500, new ProblemMappers().unexpected(new IllegalStateException("a bug")).getStatus());
        List<LogRecord> errors = errors();
        assertEquals(1, errors.size(), "logged once at ERROR");
        assertTrue(errors.get(0).getThrown() instanceof IllegalStateException);
    }
}
