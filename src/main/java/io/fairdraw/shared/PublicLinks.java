package io.fairdraw.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute links to public pages (issue 21 item 6): what is printed on paper (检查通知书, the drawn
 * list) must work when typed or scanned outside the office, so it carries the configured public
 * base URL ({@code fairdraw.public-base-url}, e.g. {@code https://sjs.example.gov.cn}). Unset (the
 * demo), the base is the one the current request came in on, which behind a proxy honours
 * {@code server.forward-headers-strategy}.
 */
@Component
public class PublicLinks {

    private final String base;

    public PublicLinks(@Value("${fairdraw.public-base-url:}") String base) {
        String b = base == null ? "" : base.strip();
        while (b.endsWith("/")) {
            b = b.substring(0, b.length() - 1);
        }
        this.base = b;
    }

    /** {@code path} (starting with '/') made absolute. */
    public String absolute(String path) {
        String root = base.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() : base;
        return root + path;
    }

    /** The public verification page of a draw (FD-DRAW-1 §4: anyone may check it). */
    public String draw(String drawId) {
        return absolute("/public/draws/" + drawId);
    }
}
