package dev.kakuho.evaluation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import dev.kakuho.plan.BodyTooLargeException;
import dev.kakuho.plan.FieldError;
import dev.kakuho.plan.InvalidPlanException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Many plans in one request: reads the batch (a JSON array of plans, or one plan per line), then
 * evaluates each plan on its own through the same evaluation as a single plan, on every core, and
 * hands the answers on in the batch's order as they finish. One plan's refusal is that plan's answer
 * and never stops the others.
 */
@ApplicationScoped
public class BatchEvaluations {

    /** How the plans are put together in the body. */
    public enum Format {
        /** {@code [plan, plan, …]}: one JSON document, so a plan that is not well-formed JSON refuses the whole batch. */
        JSON_ARRAY,
        /** One plan per line ({@code application/x-ndjson}); a line that is not JSON is that plan's answer. Blank lines are skipped. */
        NDJSON
    }

    /** One plan's answer, at its place in the batch (from 0): what its evaluation gave (a report, a recorded evaluation), or what refused it. */
    public record Answer<V>(int index, V result, RuntimeException refusal) {
    }

    private static final JsonFactory JSON = new JsonFactory();

    private final int maxPlans;
    private final long maxBodyBytes;
    private final int parallelism = Math.max(1, Runtime.getRuntime().availableProcessors());
    private final ExecutorService workers;

    @Inject
    public BatchEvaluations(BatchConfig config) {
        this(config.maxPlans(), config.maxBodyBytes());
    }

    BatchEvaluations(int maxPlans, long maxBodyBytes) {
        this.maxPlans = maxPlans;
        this.maxBodyBytes = maxBodyBytes;
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(parallelism, task -> {
            Thread thread = new Thread(task, "batch-evaluation-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /**
     * Reads the body up to {@code evaluation.batch.max-body-bytes} and splits it into its plans' bytes.
     *
     * @throws BodyTooLargeException   over the byte limit
     * @throws BatchTooLargeException  over {@code evaluation.batch.max-plans}
     * @throws InvalidPlanException    a JSON-array batch that is not a well-formed JSON array
     */
    public List<byte[]> read(InputStream body, Format format) {
        byte[] bytes;
        try {
            bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBodyBytes + 1));
        } catch (IOException e) {
            throw new InvalidPlanException("unreadable-body", "The body could not be read to its end.",
                    List.of(new FieldError("", "could not be read")));
        }
        if (bytes.length > maxBodyBytes) {
            throw new BodyTooLargeException(maxBodyBytes);
        }
        return format == Format.NDJSON ? lines(bytes) : arrayElements(bytes);
    }

    /** The non-blank lines (LF or CRLF), each one plan. */
    List<byte[]> lines(byte[] body) {
        List<byte[]> plans = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= body.length; i++) {
            if (i == body.length || body[i] == '\n') {
                int end = i > start && body[i - 1] == '\r' ? i - 1 : i;
                if (!blank(body, start, end)) {
                    add(plans, Arrays.copyOfRange(body, start, end));
                }
                start = i + 1;
            }
        }
        return plans;
    }

    /** The bytes of each element of a JSON array, found by the JSON tokenizer (each element is read as a plan later). */
    List<byte[]> arrayElements(byte[] body) {
        List<byte[]> plans = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_ARRAY) {
                throw new InvalidPlanException("invalid-batch",
                        "A batch sent as application/json is a JSON array of plans; send one plan per line as application/x-ndjson otherwise.",
                        List.of(new FieldError("", first == null ? "no JSON value" : "is not an array")));
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                long start = parser.currentTokenLocation().getByteOffset();
                parser.skipChildren();
                parser.finishToken(); // a string is read lazily: read to its end
                long end = parser.currentLocation().getByteOffset();
                add(plans, Arrays.copyOfRange(body, (int) start, (int) end));
            }
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new InvalidPlanException("malformed-json", "There is content after the batch's array at line "
                        + at.getLineNr() + ", column " + at.getColumnNr() + ".", List.of(new FieldError("", "trailing content")));
            }
        } catch (StreamReadException e) {
            // the parser's own message can quote the body; a line and column say where without repeating it
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InvalidPlanException("malformed-json", "The batch is not well-formed JSON" + where
                    + " (plan " + plans.size() + "); a plan that may be broken JSON is better sent in application/x-ndjson, one per line.",
                    List.of(new FieldError("/" + plans.size(), "not well-formed JSON" + where)));
        } catch (IOException e) {
            throw new InvalidPlanException("unreadable-body", "The body could not be read as JSON.",
                    List.of(new FieldError("", "could not be read")));
        }
        return plans;
    }

    private void add(List<byte[]> plans, byte[] plan) {
        if (plans.size() == maxPlans) {
            throw new BatchTooLargeException(maxPlans);
        }
        plans.add(plan);
    }

    private static boolean blank(byte[] body, int start, int end) {
        for (int i = start; i < end; i++) {
            if (body[i] != ' ' && body[i] != '\t' && body[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    /**
     * Evaluates every plan with {@code evaluation} (the same use-case a single plan goes through) and
     * {@code render}s its answer, both on the worker threads; {@code sink} takes the rendered answers
     * in the batch's order, on the calling thread, as soon as each and those before it are done. At
     * most a few plans per core are in flight, so a large batch is never held in memory as reports.
     * When {@code sink} throws (the client went away), the plans not yet started are dropped.
     */
    public <V, R> void evaluate(List<byte[]> plans, Function<byte[], V> evaluation, Function<Answer<V>, R> render,
                                Consumer<R> sink) {
        evaluate(plans, evaluation, render, sink, () -> { });
    }

    /**
     * As above, calling {@code flush} whenever the next answer is not ready yet: what {@code sink} holds
     * can go out then, instead of after every answer.
     */
    public <V, R> void evaluate(List<byte[]> plans, Function<byte[], V> evaluation, Function<Answer<V>, R> render,
                                Consumer<R> sink, Runnable flush) {
        int window = parallelism * 4;
        Deque<Future<R>> inFlight = new ArrayDeque<>(window);
        try {
            for (int i = 0; i < plans.size(); i++) {
                int index = i;
                byte[] plan = plans.get(i);
                inFlight.add(workers.submit(() -> render.apply(answer(index, plan, evaluation))));
                if (inFlight.size() >= window) {
                    sink.accept(next(inFlight, flush));
                }
            }
            while (!inFlight.isEmpty()) {
                sink.accept(next(inFlight, flush));
            }
        } finally {
            inFlight.forEach(future -> future.cancel(false));
        }
    }

    private static <V> Answer<V> answer(int index, byte[] plan, Function<byte[], V> evaluation) {
        try {
            return new Answer<>(index, evaluation.apply(plan), null);
        } catch (RuntimeException refusal) {
            return new Answer<>(index, null, refusal);
        }
    }

    private static <R> R next(Deque<Future<R>> inFlight, Runnable flush) {
        Future<R> head = inFlight.poll();
        if (!head.isDone()) {
            flush.run();
        }
        try {
            return head.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while evaluating a batch");
        } catch (ExecutionException e) {
            // render failed: a fault in the service, not in the plan
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }
}
