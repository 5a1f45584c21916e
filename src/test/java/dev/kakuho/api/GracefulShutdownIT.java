package dev.kakuho.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Graceful shutdown of the packaged service ({@code target/quarkus-app/quarkus-run.jar}, so this runs
 * in the integration-test phase of {@code ./mvnw verify}): requests in flight when the service is
 * told to stop (SIGTERM) are completed, within {@code quarkus.shutdown.timeout}.
 *
 * <p>A request is made to be in flight for certain, not by timing: its headers are sent with
 * {@code Expect: 100-continue}, and the service's {@code 100 Continue} shows it holds the request;
 * then half the body is sent. After SIGTERM, new requests are answered with {@code Connection: close}
 * (or refused, had the service stopped): that shows the shutdown has begun. Only then is the rest of
 * each body sent, and each must get its full report.
 */
class GracefulShutdownIT {

    static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    static final Path LOG = Path.of("target", "graceful-shutdown-it.log");
    static final int IN_FLIGHT = 6;
    static final Duration START = Duration.ofSeconds(180);

    private Process service;

    @AfterEach
    void stop() throws InterruptedException {
        if (service != null && service.isAlive()) {
            service.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void requestsInFlightCompleteWhenTheServiceIsToldToStop() throws Exception {
        assertTrue(Files.isRegularFile(JAR), JAR + " is made by the package phase; run ./mvnw verify");
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        service = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC",
                "-Dquarkus.http.port=" + port, "-Drules.dir=" + Path.of("rules").toAbsolutePath(),
                "-Drules.watch-interval=0", "-Drecords.data-dir=" + Path.of("target", "graceful-shutdown-it-data").toAbsolutePath(),
                "-jar", JAR.toString())
                .redirectErrorStream(true).redirectOutput(LOG.toFile()).start();
        awaitReady(port);

        byte[] plan = Files.readAllBytes(Path.of("examples", "mine-development", "lithium-mine.plan.json"));
        int half = plan.length / 2;
        List<Socket> inFlight = new ArrayList<>();
        for (int i = 0; i < IN_FLIGHT; i++) {
            Socket socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/evaluations HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Accept-Language: en\r\nExpect: 100-continue\r\nContent-Length: " + plan.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String interim = readHead(socket.getInputStream());
            assertTrue(interim.startsWith("HTTP/1.1 100"), "the service takes the request: " + interim);
            out.write(plan, 0, half);
            out.flush();
            inFlight.add(socket);
        }
        Thread.sleep(500); // let the service read the first halves; nothing below depends on how long this is

        service.destroy(); // SIGTERM
        awaitShutdownBegun(port);

        for (Socket socket : inFlight) {
            try (socket) {
                OutputStream out = socket.getOutputStream();
                out.write(plan, half, plan.length - half);
                out.flush();
                Response response = readResponse(socket.getInputStream());
                assertEquals(200, response.status(), "an in-flight request completes: " + response.head());
                JsonNode report = Plans.JSON.readTree(response.body());
                assertEquals("EX-MINE-001", report.path("planId").asText());
                assertEquals("PASS", report.path("outcome").asText());
                assertEquals(59, report.path("criteria").size());
            }
        }
        assertTrue(service.waitFor(60, TimeUnit.SECONDS), "the service stops once its requests are done");
        String log = Files.readString(LOG);
        assertTrue(log.contains("stopped in"), "the service stopped cleanly:\n" + tail(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void awaitReady(int port) throws Exception {
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                fail("the service exited while starting:\n" + tail(Files.readString(LOG)));
            }
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(("GET /q/health/ready HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                if (readResponse(socket.getInputStream()).status() == 200) {
                    return;
                }
            } catch (ConnectException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        fail("the service was not ready within " + START + ":\n" + tail(Files.readString(LOG)));
    }

    /** Asks on new connections until the answer closes the connection (or none comes): the shutdown has begun. */
    private static void awaitShutdownBegun(int port) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write("GET /q/health/live HTTP/1.1\r\nHost: localhost\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                String head = readHead(socket.getInputStream());
                if (head.isEmpty() || head.toLowerCase(Locale.ROOT).contains("connection: close")) {
                    return;
                }
            } catch (ConnectException e) {
                return;
            }
            Thread.sleep(50);
        }
        fail("the service showed no sign of shutting down after SIGTERM");
    }

    record Response(int status, String head, byte[] body) {
    }

    /** Reads one response: status line and headers, then a body by Content-Length or chunked. */
    private static Response readResponse(InputStream in) throws IOException {
        String head = readHead(in);
        if (head.isEmpty()) {
            throw new IOException("the connection closed without an answer");
        }
        int status = Integer.parseInt(head.substring(9, 12));
        String lower = head.toLowerCase(Locale.ROOT);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (lower.contains("transfer-encoding: chunked")) {
            while (true) {
                int size = Integer.parseInt(readLine(in).split(";")[0].strip(), 16);
                if (size == 0) {
                    readLine(in);
                    break;
                }
                body.write(in.readNBytes(size));
                readLine(in);
            }
        } else {
            int at = lower.indexOf("content-length:");
            if (at >= 0) {
                int length = Integer.parseInt(lower.substring(at + 15, lower.indexOf('\r', at)).strip());
                body.write(in.readNBytes(length));
            }
        }
        return new Response(status, head, body.toByteArray());
    }

    /** The status line and headers up to the blank line; empty if the connection closed first. */
    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (true) {
            String line = readLine(in);
            if (line == null) {
                return head.toString();
            }
            if (line.isEmpty()) {
                return head.toString();
            }
            head.append(line).append("\r\n");
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    private static String tail(String log) {
        String[] lines = log.split("\n");
        return String.join("\n", java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - 30), lines.length));
    }
}
