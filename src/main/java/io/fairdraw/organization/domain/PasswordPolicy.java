package io.fairdraw.organization.domain;

import io.fairdraw.shared.UserError;
import java.util.Locale;

/**
 * Rules for new passwords (等保 practice): at least 10 characters, at least three of upper case,
 * lower case, digits and symbols, not containing the user name.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    private PasswordPolicy() {
    }

    public static void check(String field, String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new UserError(field, "password.too_short", MIN_LENGTH);
        }
        if (password.length() > 128) {
            throw new UserError(field, "password.too_long", 128);
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (classes < 3) {
            throw new UserError(field, "password.too_simple");
        }
        // issue 18 §8: the published demo password is never a real account's password.
        if (io.fairdraw.organization.OrganizationSetup.DEMO_PASSWORD.equals(password)) {
            throw new UserError(field, "password.demo");
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new UserError(field, "password.contains_username");
        }
    }
}
