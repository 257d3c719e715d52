package io.fairdraw.disclosure.objection;

/**
 * What the objector typed (the form's fields, trimmed) and the attachment as the request carries it,
 * or null.
 */
public record ObjectionFiling(String objectorName, String contact, String uscc, String legalRepresentative,
                              String reason, Upload upload) {

    /** An uploaded file: the name the browser gave, the size the container measured, its content. */
    public record Upload(String fileName, long size, java.io.InputStream content) {
    }
}
