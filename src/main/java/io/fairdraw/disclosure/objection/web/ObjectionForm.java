package io.fairdraw.disclosure.objection.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The public objection form as typed; kept as it is when the page is shown again with errors. */
record ObjectionForm(
        @NotBlank(message = "{objection.name.required}") @Size(max = 50, message = "{objection.name.too_long}") String objectorName,
        @NotBlank(message = "{objection.contact.required}") @Size(max = 100, message = "{objection.contact.too_long}") String contact,
        @NotBlank(message = "{objection.uscc.required}") @Size(max = 18, message = "{objection.uscc.invalid}") String uscc,
        @NotBlank(message = "{objection.legal_rep.required}") @Size(max = 50, message = "{objection.legal_rep.too_long}") String legalRepresentative,
        @NotBlank(message = "{objection.reason.required}") @Size(max = 2000, message = "{objection.reason.too_long}") String reason) {

    static ObjectionForm empty() {
        return new ObjectionForm("", "", "", "", "");
    }

    static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
