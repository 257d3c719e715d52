package io.fairdraw.draw.protocol;

/**
 * One replacement of an assigned inspector (替换, FD-DRAW-1 §3). The reason and time are audit
 * data kept by the caller; they decide nothing here.
 */
public record Substitution(String uscc, String out, String in) {

    public Substitution {
        Fields.requireCode("substitution.uscc", uscc);
        Fields.requireCode("substitution.out", out);
        Fields.requireCode("substitution.in", in);
    }
}
