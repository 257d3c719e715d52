package io.fairdraw.system.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * issue 18 §6, login abuse. Failed logins (form and HTTP Basic) are counted in windows of
 * {@code fairdraw.login.window} (15 min) and refused, before any password check, when
 * <ul>
 * <li>the IP has {@code per-ip} (50) failures, whatever the accounts: guessing across accounts;
 * <li>the account has {@code per-account-ip} (5) failures from this IP: guessing one password;
 * <li>the account has {@code per-account} (20) failures from all IPs together and this IP has
 *     failed on it too: a guess spread over many addresses.
 * </ul>
 * An address that has not failed on an account is never refused for that account, so no one can
 * keep a named account locked for its owner (the account itself is never locked any more). The
 * counts are in memory, per node: behind a load balancer each node counts its own share.
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final int MAX_KEYS = 100_000;

    private record Window(Instant start, int failures) {
    }

    private final Map<String, Window> byIp = new ConcurrentHashMap<>();
    private final Map<String, Window> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Window> byAccountAndIp = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration window;
    private final int perIp;
    private final int perAccount;
    private final int perAccountAndIp;

    LoginThrottle(Clock clock, @Value("${fairdraw.login.window:PT15M}") Duration window,
                  @Value("${fairdraw.login.per-ip:50}") int perIp,
                  @Value("${fairdraw.login.per-account:20}") int perAccount,
                  @Value("${fairdraw.login.per-account-ip:5}") int perAccountAndIp) {
        this.clock = clock;
        this.window = window;
        this.perIp = perIp;
        this.perAccount = perAccount;
        this.perAccountAndIp = perAccountAndIp;
    }

    public int perIp() {
        return perIp;
    }

    public int perAccountAndIp() {
        return perAccountAndIp;
    }

    public int perAccount() {
        return perAccount;
    }

    /** True when this attempt is refused without checking the password. */
    public boolean refused(String account, String ip) {
        Instant now = clock.instant();
        int pair = count(byAccountAndIp, pairKey(account, ip), now);
        return count(byIp, ip, now) >= perIp || pair >= perAccountAndIp
                || (pair > 0 && count(byAccount, accountKey(account), now) >= perAccount);
    }

    public void failed(String account, String ip) {
        Instant now = clock.instant();
        add(byIp, ip, now);
        add(byAccount, accountKey(account), now);
        int pair = add(byAccountAndIp, pairKey(account, ip), now);
        if (pair == perAccountAndIp) {
            log.warn("Login attempts on one account from {} refused for up to {} after {} failures", ip, window, pair);
        }
    }

    public void succeeded(String account, String ip) {
        byAccountAndIp.remove(pairKey(account, ip));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent e) {
        if (!(e.getException() instanceof LoginThrottledException)) {
            failed(e.getAuthentication().getName(), ip(e.getAuthentication()));
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent e) {
        succeeded(e.getAuthentication().getName(), ip(e.getAuthentication()));
    }

    static String ip(Authentication a) {
        return a.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
                ? d.getRemoteAddress() : "?";
    }

    private static String accountKey(String account) {
        String s = account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
        return s.length() > 100 ? s.substring(0, 100) : s;
    }

    private static String pairKey(String account, String ip) {
        return ip + " " + accountKey(account);
    }

    private int count(Map<String, Window> map, String key, Instant now) {
        Window w = map.get(key);
        return w == null || !now.isBefore(w.start().plus(window)) ? 0 : w.failures();
    }

    private int add(Map<String, Window> map, String key, Instant now) {
        if (map.size() > MAX_KEYS) {
            map.values().removeIf(w -> !now.isBefore(w.start().plus(window)));
            if (map.size() > MAX_KEYS) {
                map.clear();   // memory bound under a flood of names; the per-IP count still applies
            }
        }
        return map.compute(key, (k, w) -> w == null || !now.isBefore(w.start().plus(window))
                ? new Window(now, 1) : new Window(w.start(), w.failures() + 1)).failures();
    }
}
