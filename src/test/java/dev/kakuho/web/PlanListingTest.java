package dev.kakuho.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kakuho.plan.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanListingTest {

    private static final String PLAN = "{\"planId\":\"P-1\",\"period\":{\"start\":\"2026-10-01\",\"end\":\"2034-13-01\"},"
            + "\"projections\":[{\"year\":2028},{\"year\":\"x\"}],\"empty\":{},\"a/b\":1}";

    @Test
    void thePlanIsPrettyPrintedWithEachLineKnowingItsField() {
        PlanListing listing = PlanListing.of(PLAN, List.of());
        assertTrue(listing.wellFormed());
        List<String> texts = listing.lines().stream().map(PlanListing.Line::text).toList();
        assertEquals(List.of(
                "{",
                "  \"planId\": \"P-1\",",
                "  \"period\": {",
                "    \"start\": \"2026-10-01\",",
                "    \"end\": \"2034-13-01\"",
                "  },",
                "  \"projections\": [",
                "    {",
                "      \"year\": 2028",
                "    },",
                "    {",
                "      \"year\": \"x\"",
                "    }",
                "  ],",
                "  \"empty\": {},",
                "  \"a/b\": 1",
                "}"), texts);
        assertEquals("/period/end", listing.lines().get(4).pointer());
        assertEquals("/projections/1/year", listing.lines().get(11).pointer());
        assertEquals("/a~1b", listing.lines().get(15).pointer());
    }

    @Test
    void eachErrorIsPlacedOnTheLineOfItsFieldOrOfItsNearestPresentParent() {
        PlanListing listing = PlanListing.of(PLAN, List.of(
                new FieldError("/projections/1/year", "must be a whole number"),
                new FieldError("/period/end", "is not a date that exists"),
                new FieldError("/period/productionStart", "is required"),
                new FieldError("/applicationDate", "is required")));
        assertEquals(List.of(1, 3, 5, 12), listing.errors().stream().map(PlanListing.Placed::line).toList());
        PlanListing.Line end = listing.lines().get(4);
        assertTrue(end.marked());
        assertEquals("is not a date that exists", end.errors().get(0).detail());
        assertEquals("/period/productionStart", listing.lines().get(2).errors().get(0).pointer());
        assertEquals("/applicationDate", listing.errors().get(0).field());
        assertFalse(listing.lines().get(1).marked());
    }

    @Test
    void textThatIsNotJsonIsShownAsSentWithTheLineWhereReadingStopped() {
        String text = "{\n  \"planId\": \"X\",\n  \"period\": {\"start\": }\n}";
        PlanListing listing = PlanListing.of(text, List.of(new FieldError("/period/start", "Unexpected character")));
        assertFalse(listing.wellFormed());
        assertEquals(4, listing.lines().size());
        assertEquals("  \"period\": {\"start\": }", listing.lines().get(2).text());
        assertTrue(listing.lines().get(2).marked());
        assertEquals(3, listing.errors().get(0).line());
    }

    @Test
    void anEmptyBodyStillShowsItsError() {
        PlanListing listing = PlanListing.of("", List.of(new FieldError("", "is empty")));
        assertEquals(1, listing.lines().size());
        assertTrue(listing.lines().get(0).marked());
        assertEquals("/", listing.errors().get(0).field());
    }
}
