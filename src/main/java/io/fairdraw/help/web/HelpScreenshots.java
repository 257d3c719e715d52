package io.fairdraw.help.web;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Where the manuals' screenshots come from ({@code /help/img/<name>.png}), and why two places.
 *
 * <p>Issue 21 item 7: the screenshots are taken by the browser tests from the running application,
 * so they never go stale. HelpScreenshotsBrowserIT logs in as each role, opens the pages a manual
 * describes and writes the PNGs into {@code fairdraw.help.screenshots-dir} — in CI the directory
 * the very application under test serves them from (target/help-screenshots, set in the test
 * configuration), so a CI run proves that /help shows pictures taken in that run; the test then
 * also refreshes the committed copies under {@code src/main/resources/static/help/}, which a
 * packaged jar (no such directory configured) serves. A configured directory is looked at first,
 * the committed copy second. HelpManualTest fails when a manual names an image the browser test
 * does not take, or that has no committed copy.
 *
 * <p>Only {@code /help/img/**} is mapped (static resources are served from named prefixes only,
 * see system's WebConfiguration), and only signed-in accounts reach it, as /help itself.
 */
@Configuration(proxyBeanMethods = false)
class HelpScreenshots implements WebMvcConfigurer {

    static final String COMMITTED = "classpath:/static/help/";

    private final String directory;

    HelpScreenshots(@Value("${fairdraw.help.screenshots-dir:}") String directory) {
        this.directory = directory;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        var handler = registry.addResourceHandler("/help/img/**");
        if (!directory.isBlank()) {
            String uri = Path.of(directory).toAbsolutePath().toUri().toString();
            // a location must end with "/" (a directory not created yet gets no slash from toUri)
            handler.addResourceLocations(uri.endsWith("/") ? uri : uri + "/");
        }
        handler.addResourceLocations(COMMITTED);
    }
}
