package io.fairdraw.organization.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.organization.ApiTokens;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.shared.UserError;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens (issue 18 §5): created by ADMIN for an account or by a user for their own, shown
 * once, stored as SHA-256 (a 256-bit random secret needs no slow hash: nothing to guess), with an
 * expiry and a last-use time, listed and revocable. A token acts as its account with the account's
 * current roles and unit, and stops working when the account is disabled.
 */
@Service
public class ApiTokenService implements ApiTokens {

    public static final String PREFIX = "fd_";
    public static final int MAX_DAYS = 366;
    /** Last use is written at most once a minute per token, not on every request. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new token: the secret is in {@code token} and nowhere else. */
    public record Created(long id, String token) {
    }

    private final ApiTokenRepository tokens;
    private final AccountRepository accounts;
    private final AuditLog audit;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, AccountRepository accounts, AuditLog audit, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Created create(long accountId, String name, int days) {
        Account a = accounts.findById(accountId).orElseThrow(() -> new UserError(null, "account.not_found", accountId));
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 60) {
            throw new UserError("name", "token.name.invalid", 60);
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new UserError("days", "token.days.invalid", MAX_DAYS);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String by = FairdrawUser.current().map(FairdrawUser::username).orElse("system");
        Instant expires = Instant.now(clock).plus(Duration.ofDays(days));
        long id = tokens.insert(a.id(), n, sha256(token), token.substring(0, PREFIX.length() + 4), by, expires);
        audit.record(AuditEvent.of("API_TOKEN_CREATED", "account", a.username(),
                "token " + id + " \"" + n + "\" expires " + expires));
        return new Created(id, token);
    }

    @Transactional(readOnly = true)
    public List<ApiToken> of(long accountId) {
        return tokens.ofAccount(accountId);
    }

    @Transactional
    public void revoke(long accountId, long tokenId) {
        Account a = accounts.findById(accountId).orElseThrow(() -> new UserError(null, "account.not_found", accountId));
        if (!tokens.revoke(accountId, tokenId)) {
            throw new UserError(null, "token.not_found", tokenId);
        }
        audit.record(AuditEvent.of("API_TOKEN_REVOKED", "account", a.username(), "token " + tokenId));
    }

    @Override
    @Transactional
    public Optional<FairdrawUser> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() != PREFIX.length() + 43) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        return tokens.resolve(sha256(token))
                .filter(t -> t.revokedAt() == null && t.expiresAt().isAfter(now) && t.user().isEnabled())
                .map(t -> {
                    if (t.lastUsedAt() == null || t.lastUsedAt().isBefore(now.minus(TOUCH_EVERY))) {
                        tokens.touch(t.tokenId());
                    }
                    return t.user();
                });
    }

    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
