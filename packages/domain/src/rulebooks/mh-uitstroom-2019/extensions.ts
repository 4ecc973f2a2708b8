import type { Validity } from "../rulebook.js";

/**
 * Extensions of the convenant (art. 4 lid 5: "loopt tot 1 juli 2023, met de mogelijkheid tot
 * verlenging"), recorded as data: add `{ to: "YYYY-MM-DD" (last valid day) or null, source:
 * "<besluit, datum>" }` once the parties have extended it in writing (art. 4 lid 3). None is
 * in the seeds, so a check after 2023-06-30 answers "verlopen; verlengd?".
 */
export const mhExtensions: Validity["extensions"] = [];
