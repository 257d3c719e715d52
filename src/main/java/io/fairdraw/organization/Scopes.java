package io.fairdraw.organization;

/** Gives the {@link Scope} of the signed-in actor; the one scoping mechanism of the system. */
public interface Scopes {

    Scope current();

    /** The scope of a given user (e.g. in jobs and tests). */
    Scope of(FairdrawUser user);
}
