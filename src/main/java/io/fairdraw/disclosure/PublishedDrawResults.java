package io.fairdraw.disclosure;

import java.util.Set;

/**
 * 行政执法公示 (issue 21 item 2): a public draw page names an entity's inspectors, with their 执法证号,
 * only once that entity's result of this draw is published; before that it shows ids only, so
 * nobody is told in advance who will come.
 */
public interface PublishedDrawResults {

    /** The entities of this draw with a published result. */
    Set<String> publishedUsccs(String drawId);
}
