package dev.kakuho.records;

import java.util.List;

/** A page of records, newest first, and the cursor of the next page (null on the last). */
@org.eclipse.microprofile.openapi.annotations.media.Schema(description = "A page of records, newest first.")
public record RecordPage(@org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The records of this page, newest first.") List<RecordSummary> items, @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The cursor of the next page (cursor=...); null on the last page.") String next) {
}
