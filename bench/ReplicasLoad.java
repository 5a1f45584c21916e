import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The steady load of bench/replicas: POSTs the example plans in turn to one address at a fixed rate, at most
 * {@code concurrency} in flight, until the file OUT.tsv.stop appears, and at most {@code rate x max-seconds}
 * requests in all, each bounded by a timeout. Writes one line per request (tab-separated); bench/replicas reads
 * the lines.
 *
 * <p>Usage: {@code java bench/ReplicasLoad.java URL RATE MAX-SECONDS CONCURRENCY OUT.tsv MARKER PLAN.json...}
 *
 * <p>Writes the time it starts sending (epoch ms) to OUT.tsv.started first, and how many requests it sent to
 * OUT.tsv.sent last.
 *
 * <p>Columns: index, sent (epoch ms), answered (epoch ms), HTTP status (0: no answer), planId matches the plan
 * sent (1/0), the rule set's content hash, how many clause summaries carry MARKER, the record id if the answer
 * names one, the error when there was no answer.
 */
public class ReplicasLoad {

    private static final Pattern HASH = Pattern.compile("\"contentHash\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern PLAN_ID = Pattern.compile("\"planId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern RECORD_ID = Pattern.compile("\"record(?:Id)?\"\\s*:\\s*(?:\\{[^}]*?\"id\"\\s*:\\s*)?\"([^\"]+)\"");
    private static final Pattern PLAN_ID_SENT = PLAN_ID;

    record Result(int index, long sentMs, long answeredMs, int status, boolean planMatches, String hash, int markers,
                  String recordId, String error) {
    }

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        double rate = Double.parseDouble(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int concurrency = Integer.parseInt(args[3]);
        Path out = Path.of(args[4]);
        String marker = args[5];
        List<byte[]> bodies = new ArrayList<>();
        List<String> planIds = new ArrayList<>();
        for (int i = 6; i < args.length; i++) {
            byte[] body = Files.readAllBytes(Path.of(args[i]));
            Matcher id = PLAN_ID_SENT.matcher(new String(body, java.nio.charset.StandardCharsets.UTF_8));
            bodies.add(body);
            planIds.add(id.find() ? id.group(1) : "");
        }
        int total = (int) Math.round(rate * seconds);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Semaphore inFlight = new Semaphore(concurrency);
        ConcurrentLinkedQueue<Result> results = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        long startMillis = System.currentTimeMillis();
        Files.writeString(Path.of(out + ".started"), Long.toString(startMillis));
        Path stop = Path.of(out + ".stop");
        int sentCount = 0;
        for (int i = 0; i < total && !Files.exists(stop); i++, sentCount++) {
            long due = start + (long) (i * 1e9 / rate);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            inFlight.acquire();
            int index = i;
            int which = i % bodies.size();
            long sent = System.nanoTime();
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(15))
                    .header("Content-Type", "application/json").header("Accept-Language", "en")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(which))).build();
            client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                long answered = System.nanoTime();
                try {
                    if (error != null) {
                        Throwable cause = error.getCause() != null ? error.getCause() : error;
                        results.add(new Result(index, startMillis + ms(sent - start), startMillis + ms(answered - start), 0, false, "", 0, "",
                                cause.getClass().getSimpleName()));
                    } else {
                        String body = response.body();
                        Matcher hash = HASH.matcher(body);
                        Matcher planId = PLAN_ID.matcher(body);
                        Matcher recordId = RECORD_ID.matcher(body);
                        results.add(new Result(index, startMillis + ms(sent - start), startMillis + ms(answered - start), response.statusCode(),
                                planId.find() && planId.group(1).equals(planIds.get(which)),
                                hash.find() ? hash.group(1) : "", count(body, marker),
                                recordId.find() ? recordId.group(1) : "", ""));
                    }
                } finally {
                    inFlight.release();
                }
            });
        }
        if (!inFlight.tryAcquire(concurrency, 30, TimeUnit.SECONDS)) {
            System.err.println("requests still in flight 30 s after the last was sent");
        }
        Files.writeString(Path.of(out + ".sent"), Integer.toString(sentCount));
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out))) {
            results.stream().sorted((a, b) -> Integer.compare(a.index(), b.index())).forEach(r -> writer.printf(
                    "%d\t%d\t%d\t%d\t%d\t%s\t%d\t%s\t%s%n", r.index(), r.sentMs(), r.answeredMs(), r.status(),
                    r.planMatches() ? 1 : 0, r.hash().isEmpty() ? "-" : r.hash(), r.markers(),
                    r.recordId().isEmpty() ? "-" : r.recordId(), r.error().isEmpty() ? "-" : r.error()));
        } catch (IOException e) {
            throw new IOException("cannot write " + out, e);
        }
        System.exit(0);
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static int count(String body, String marker) {
        int n = 0;
        for (int at = body.indexOf(marker); at >= 0; at = body.indexOf(marker, at + marker.length())) {
            n++;
        }
        return n;
    }
}
