package io.fairdraw.inspector;

import java.util.Collection;
import java.util.Map;

/**
 * Issue 21 item 2: inspectors by name beside their ids on staff pages, and name with 执法证号 on a
 * public page once a result is published (行政执法公示). One query per page. Never the phone or the
 * ID number (they stay in the module, masked). Unknown ids are absent.
 */
public interface InspectorNames {

    /**
     * @param certificateNo 执法证号, empty when none
     * @param unitCode the inspector's unit (a statistics row per unit, issue 23 item 4)
     */
    record Named(String id, String name, String certificateNo, String unitCode) {
    }

    Map<String, Named> namesOf(Collection<String> inspectorIds);
}
