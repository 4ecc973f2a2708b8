import { z } from "zod";
import type { Localized } from "../common/localized.js";
import { parseInput } from "./parse-input.js";
import { allocationTableFor, YearSchema, type TableChoice } from "./table-for-year.js";

const InputSchema = z.strictObject({
  livesInRegion: z.boolean().optional(),
  worksInRegion: z.boolean().optional(),
  /** Years lived in the region within the last ten; they need not be uninterrupted. */
  yearsInRegionLast10: z.number().min(0).max(10).optional(),
  year: YearSchema,
});
export type BindingInput = z.input<typeof InputSchema>;

export type BindingBasis = "woont" | "werkt" | "jaren";

export interface BindingAnswer extends TableChoice {
  /** null while a fact that could still give binding is unknown. */
  hasBinding: boolean | null;
  /** Every basis that holds. */
  basis: BindingBasis[];
  /** Facts that could still decide it, in asking order. */
  missing: string[];
  explanation: Localized;
}

/**
 * Regional binding (seed 003 voorstel 1.1): lives or works in the region, or lived there 6 of
 * the last 10 years (not necessarily uninterrupted). Binding gives "voorrang voor", not admission.
 */
export function binding(input: BindingInput): BindingAnswer {
  const parsed = parseInput(InputSchema, input);
  const choice = allocationTableFor(parsed.year);
  const { minYears, withinLastYears } = choice.table.binding;
  const basis: BindingBasis[] = [];
  if (parsed.livesInRegion === true) basis.push("woont");
  if (parsed.worksInRegion === true) basis.push("werkt");
  if (parsed.yearsInRegionLast10 !== undefined && parsed.yearsInRegionLast10 >= minYears) basis.push("jaren");
  const missing = (["livesInRegion", "worksInRegion", "yearsInRegionLast10"] as const).filter(
    (f) => parsed[f] === undefined,
  );
  const hasBinding = basis.length > 0 ? true : missing.length > 0 ? null : false;
  const words: Record<BindingBasis, Localized> = {
    woont: { nl: "woont in de regio", en: "lives in the region" },
    werkt: { nl: "werkt in de regio", en: "works in the region" },
    jaren: {
      nl: `woonde ${minYears} of meer van de laatste ${withinLastYears} jaar in de regio`,
      en: `lived in the region ${minYears} or more of the last ${withinLastYears} years`,
    },
  };
  const explanation: Localized =
    hasBinding === true
      ? {
          nl: `Binding met de regio: ${basis.map((b) => words[b].nl).join("; ")}. ${choice.yearNote.nl}`,
          en: `Binding with the region: ${basis.map((b) => words[b].en).join("; ")}. ${choice.yearNote.en}`,
        }
      : hasBinding === false
        ? {
            nl: `Geen binding: woont en werkt niet in de regio en woonde minder dan ${minYears} van de laatste ${withinLastYears} jaar in de regio. ${choice.yearNote.nl}`,
            en: `No binding: neither lives nor works in the region and lived there fewer than ${minYears} of the last ${withinLastYears} years. ${choice.yearNote.en}`,
          }
        : {
            nl: `Nog onbekend; nodig: ${missing.join(", ")}. ${choice.yearNote.nl}`,
            en: `Not known yet; needed: ${missing.join(", ")}. ${choice.yearNote.en}`,
          };
  return {
    requestedYear: choice.requestedYear,
    tableYear: choice.tableYear,
    yearNote: choice.yearNote,
    hasBinding,
    basis,
    missing: hasBinding === null ? missing : [],
    explanation,
  };
}
