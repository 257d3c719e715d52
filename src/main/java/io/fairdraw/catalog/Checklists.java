package io.fairdraw.catalog;

import java.util.List;

/** 检查细则 of catalog item versions, for the inspection record (issue 19 item 3). Not scoped: public data. */
public interface Checklists {

    /** The points of this version, in order; empty when the version has no checklist. */
    List<ChecklistPoint> of(long versionId);
}
