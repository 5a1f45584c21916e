package dev.kakuho.api;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Every log record published while it listens (on the root logger), for tests that check what is logged. */
final class CapturedLogs extends Handler {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    void listen() {
        Logger.getLogger("").addHandler(this);
    }

    void stop() {
        Logger.getLogger("").removeHandler(this);
    }

    List<LogRecord> records() {
        return records;
    }

    /** Each record as one line: logger, message with its parameters, and the exception, if any. */
    List<String> lines() {
        return records.stream().map(CapturedLogs::line).toList();
    }

    private static String line(LogRecord record) {
        String message = record.getMessage();
        if (record.getParameters() != null && message != null) {
            try {
                message = String.format(message, record.getParameters());
            } catch (RuntimeException e) {
                message = message + " " + java.util.Arrays.toString(record.getParameters());
            }
        }
        return record.getLoggerName() + " " + message + " " + record.getThrown();
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
