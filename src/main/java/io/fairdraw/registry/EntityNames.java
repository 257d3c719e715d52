package io.fairdraw.registry;

import java.util.Collection;
import java.util.Map;

/**
 * Issue 21 item 2: entity names beside their 统一社会信用代码 wherever entities are listed, in one
 * query per page. Not scoped: the caller already holds these codes legitimately (a drawn frame, a
 * visit); a registered name is public (谁抽查、谁公示: 事项、主体名称、结果). Unknown codes are absent.
 */
public interface EntityNames {

    Map<String, String> namesOf(Collection<String> usccs);
}
