package io.fairdraw.exchange.filedrop;

/** Message texts for the drop's headers and labels (the bundle in Chinese; a map in unit tests). */
@FunctionalInterface
interface FileDropLabels {

    /** The text of {@code key}, or {@code fallback} when the bundle has none. */
    String text(String key, String fallback);
}
