package dev.kakuho.records;

/** The records database could not be reached or refused an operation: the evaluation is not answered unrecorded. */
public class RecordsUnavailableException extends RuntimeException {

    public RecordsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
