package dev.kakuho.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kakuho.report.Report;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The batch pipeline on its own: order kept, refusals per plan, answers handed on before the batch is done. */
class BatchEvaluationsTest {

    private static List<byte[]> plans(int count) {
        List<byte[]> plans = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            plans.add(Integer.toString(i).getBytes(StandardCharsets.US_ASCII));
        }
        return plans;
    }

    @Test
    void answersKeepTheBatchsOrderHowEverLongEachTakesAndARefusalIsOnlyThatPlans() {
        BatchEvaluations batches = new BatchEvaluations(3, 1000);
        try {
            List<String> seen = new ArrayList<>();
            batches.evaluate(plans(200), plan -> {
                int n = Integer.parseInt(new String(plan, StandardCharsets.US_ASCII));
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextInt(3));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (n % 7 == 3) {
                    throw new IllegalArgumentException("plan " + n);
                }
                return (Report) null;
            }, answer -> answer.index() + (answer.refusal() == null ? ":ok" : ":" + answer.refusal().getMessage()), seen::add);
            assertEquals(200, seen.size());
            for (int i = 0; i < 200; i++) {
                assertEquals(i + (i % 7 == 3 ? ":plan " + i : ":ok"), seen.get(i));
            }
        } finally {
            batches.stop();
        }
    }

    @Test
    void theFirstAnswerIsHandedOnBeforeTheLastPlanStarts() {
        BatchEvaluations batches = new BatchEvaluations(3, 1000);
        try {
            AtomicInteger started = new AtomicInteger();
            List<Integer> startedWhenHandedOn = new ArrayList<>();
            batches.evaluate(plans(500), plan -> {
                started.incrementAndGet();
                return null;
            }, answer -> answer.index(), index -> startedWhenHandedOn.add(started.get()));
            assertEquals(500, startedWhenHandedOn.size());
            assertTrue(startedWhenHandedOn.get(0) < 500, "answers wait for the whole batch: " + startedWhenHandedOn.get(0));
        } finally {
            batches.stop();
        }
    }

    @Test
    void linesAndArrayElementsAreSplitAndCounted() {
        BatchEvaluations batches = new BatchEvaluations(3, 1000);
        try {
            assertEquals(List.of("{\"a\":1}", "[2]", " 3"),
                    batches.lines("{\"a\":1}\r\n\n  \n[2]\n 3".getBytes(StandardCharsets.UTF_8)).stream()
                            .map(b -> new String(b, StandardCharsets.UTF_8)).toList());
            assertEquals(List.of("{\"a\":[1,{\"b\":2}]}", "\"x\"", "null"),
                    batches.arrayElements(" [ {\"a\":[1,{\"b\":2}]} ,\"x\",null ] ".getBytes(StandardCharsets.UTF_8)).stream()
                            .map(b -> new String(b, StandardCharsets.UTF_8)).toList());
            BatchTooLargeException tooMany = org.junit.jupiter.api.Assertions.assertThrows(BatchTooLargeException.class,
                    () -> batches.lines("1\n2\n3\n4".getBytes(StandardCharsets.UTF_8)));
            assertEquals(3, tooMany.limit());
        } finally {
            batches.stop();
        }
    }
}
