package io.fairdraw.plan;

import java.time.LocalDate;
import java.util.Set;

/**
 * The distinct org codes (units or their sub-offices) of the inspector roster a draw would use
 * for these roster units on a date. Implemented over the draw's roster source outside this
 * module (the plan module does not depend on draw); 所所交叉 needs more than one.
 */
public interface RosterOrgs {

    Set<String> orgs(String leadUnit, Set<String> rosterUnits, LocalDate date);
}
