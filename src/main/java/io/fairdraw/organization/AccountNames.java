package io.fairdraw.organization;

import java.util.Collection;
import java.util.Map;

/**
 * Issue 21 item 2: a person reads 姓名, not a login name. The display names of these accounts in one
 * query (a page asks once for all its rows, never once per row). Not scoped: a page shows who acted
 * on something its reader may already see. Unknown names are absent from the map.
 */
public interface AccountNames {

    Map<String, String> displayNames(Collection<String> usernames);
}
