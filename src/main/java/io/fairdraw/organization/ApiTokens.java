package io.fairdraw.organization;

import java.util.Optional;

/** API tokens ({@code Authorization: Bearer}, issue 18 §5): resolved by SHA-256, never bcrypt. */
public interface ApiTokens {

    /** The token's account, fresh from the database; empty when unknown, expired, revoked or disabled. */
    Optional<FairdrawUser> authenticate(String token);
}
