import Fraction from "fraction.js";
import { z } from "zod";
import type { Localized } from "../common/localized.js";
import { parseInput } from "./parse-input.js";
import { allocationTableFor, YearSchema, type TableChoice } from "./table-for-year.js";

const Duration = z.number().min(0).max(100_000);
const InputSchema = z.strictObject({
  /** Registration time since the last move (it restarts at every move), in any one unit. */
  registrationSinceLastMove: Duration,
  /** The zoekwaarde with which the current home was obtained (same unit); absent or 0 for a starter. */
  zoekwaardeCurrentHome: Duration.optional(),
  year: YearSchema,
});
export type ZoekwaardeInput = z.input<typeof InputSchema>;

export interface ZoekwaardeAnswer extends TableChoice {
  /** In the unit of the input (years, months or days). */
  value: number;
  /** The same as an exact fraction "n/d". */
  valueExact: string;
  retainedPercent: number;
  explanation: Localized;
}

/**
 * Zoekwaarde (seed 003 § 3.1): registration time since the last move plus, for a doorstromer,
 * 75% of the zoekwaarde with which the current home was obtained. The transitional rights
 * (woonduur up to 28 September 2011) are not computed here.
 */
export function zoekwaarde(input: ZoekwaardeInput): ZoekwaardeAnswer {
  const parsed = parseInput(InputSchema, input);
  const choice = allocationTableFor(parsed.year);
  const percent = choice.table.zoekwaarde.retainedPercent;
  const registration = new Fraction(parsed.registrationSinceLastMove);
  const previous = new Fraction(parsed.zoekwaardeCurrentHome ?? 0);
  const retained = previous.mul(percent, 100);
  const total = registration.add(retained);
  const show = (f: Fraction) => String(f.valueOf()).replace(".", ",");
  return {
    requestedYear: choice.requestedYear,
    tableYear: choice.tableYear,
    yearNote: choice.yearNote,
    value: total.valueOf(),
    valueExact: `${total.n}/${total.d}`,
    retainedPercent: percent,
    explanation: {
      nl: `Zoekwaarde = inschrijfduur sinds de laatste verhuizing (${show(registration)}) + ${percent}% van de zoekwaarde waarmee de huidige woning is verkregen (${percent}% van ${show(previous)} = ${show(retained)}) = ${show(total)}. ${choice.yearNote.nl}`,
      en: `Zoekwaarde = registration time since the last move (${registration.valueOf()}) + ${percent}% of the zoekwaarde with which the current home was obtained (${percent}% of ${previous.valueOf()} = ${retained.valueOf()}) = ${total.valueOf()}. ${choice.yearNote.en}`,
    },
  };
}
