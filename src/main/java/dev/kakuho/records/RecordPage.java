package dev.kakuho.records;

import java.util.List;

/** A page of records, newest first, and the cursor of the next page (null on the last). */
public record RecordPage(List<RecordSummary> items, String next) {
}
