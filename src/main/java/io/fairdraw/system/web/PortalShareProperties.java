package io.fairdraw.system.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public portal's share of the server ({@link PortalShareFilter}). {@code pages}: how many
 * {@code /public/**} pages and small answers run at once (0: twice the number of cores);
 * {@code downloads}: how many file downloads ({@code .csv}, {@code .json}, {@code .xlsx}) run at
 * once (0: the number of cores); {@code queue}: how many may wait in each lane; {@code maxWait}: how
 * long one waits before it is answered 503.
 */
@ConfigurationProperties("fairdraw.web.portal-share")
public record PortalShareProperties(
        @DefaultValue("0") int pages,
        @DefaultValue("0") int downloads,
        @DefaultValue("200") int queue,
        @DefaultValue("10s") Duration maxWait) {

    int pagePermits() {
        return pages > 0 ? pages : 2 * Runtime.getRuntime().availableProcessors();
    }

    int downloadPermits() {
        return downloads > 0 ? downloads : Runtime.getRuntime().availableProcessors();
    }
}
