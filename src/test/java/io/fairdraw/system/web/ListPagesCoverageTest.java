package io.fairdraw.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * issue 23 item 4: the statement-count guard ({@link ListPagesQueryCountIT}) covers every list page.
 * Every GET entry of the side menu, for every role ({@link Menu#ITEMS}), and every link of the
 * portal bar (layout.html) is either counted there or named in its {@code NOT_LISTS} with the reason
 * it lists nothing that grows; so a page added to a menu fails here until it is guarded.
 */
class ListPagesCoverageTest {

    private static final Path LAYOUT = Path.of("src/main/resources/templates/layout.html");
    private static final Pattern PORTAL_LINKS = Pattern.compile(
            "th:each=\"link : \\$\\{ \\{([^}]*)} }\"[^>]*>\\s*<a[^>]*th:href=\"@\\{'/public/' \\+ \\$\\{link}}\"");

    @Test
    @DisplayName("每个菜单和门户导航页要么有语句数守卫，要么写明它为何不是列表")
    void everyMenuPageIsGuardedOrExplained() throws IOException {
        Set<String> menu = new LinkedHashSet<>();
        Menu.ITEMS.forEach(i -> menu.add(i.href()));
        menu.addAll(portalLinks());
        Set<String> guarded = ListPagesQueryCountIT.PAGES.stream().map(ListPagesQueryCountIT.Page::menu)
                .collect(Collectors.toSet());

        assertThat(menu).as("menu pages neither in ListPagesQueryCountIT.PAGES nor in its NOT_LISTS")
                .allSatisfy(href -> assertThat(guarded.contains(href) || ListPagesQueryCountIT.NOT_LISTS.containsKey(href))
                        .as(href).isTrue());
        assertThat(guarded).as("a page is either guarded or explained, not both")
                .doesNotContainAnyElementsOf(ListPagesQueryCountIT.NOT_LISTS.keySet());
        assertThat(guarded).as("guarded pages name a menu entry").isSubsetOf(menu);
        assertThat(ListPagesQueryCountIT.NOT_LISTS.keySet()).as("explanations name a menu entry").isSubsetOf(menu);
    }

    @Test
    @DisplayName("门户导航链接从布局模板中读出")
    void thePortalBarIsRead() throws IOException {
        assertThat(portalLinks()).contains("/public/catalog", "/public/results", "/public/draws");
    }

    /** The portal bar's links, {@code /public/<link>}, as layout.html's loop names them. */
    static List<String> portalLinks() throws IOException {
        Matcher m = PORTAL_LINKS.matcher(Files.readString(LAYOUT, StandardCharsets.UTF_8));
        assertThat(m.find()).as("the portal bar's th:each over its links in %s", LAYOUT).isTrue();
        return Arrays.stream(m.group(1).split(",")).map(s -> "/public/" + s.strip().replace("'", "")).toList();
    }
}
