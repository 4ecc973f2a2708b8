import { z } from "zod";
import type { Localized } from "../common/localized.js";
import { euro } from "./dutch-number.js";
import type { AllocationTable } from "./parameter-table.js";
import { parseInput } from "./parse-input.js";
import { allocationTableFor, YearSchema, type TableChoice } from "./table-for-year.js";

const InputSchema = z.strictObject({ householdIncome: z.number().min(0), year: YearSchema });

export interface IncomeLimitAnswer extends TableChoice {
  limit: number;
  withinLimit: boolean;
  explanation: Localized;
}

// A table's limit in words, once per table (tables are data that never change at run time).
const limitTexts = new WeakMap<AllocationTable, string>();
function limitTextOf(table: AllocationTable): string {
  let text = limitTexts.get(table);
  if (text === undefined) {
    text = euro(table.incomeLimit);
    limitTexts.set(table, text);
  }
  return text;
}

/**
 * Household income (verzamelinkomen, children not counted) against the year's limit for a
 * social home (seed 003 § 1.2). "Tot € 47.073" is read as up to and including the limit (ASSUMED).
 */
export function incomeWithinLimit(
  householdIncome: number,
  year: number,
  tables?: readonly AllocationTable[],
): IncomeLimitAnswer {
  // Plainly valid input skips zod (every check of gv-urgentie asks this); zod still explains bad input.
  const plain =
    typeof householdIncome === "number" &&
    Number.isFinite(householdIncome) &&
    householdIncome >= 0 &&
    Number.isSafeInteger(year) &&
    year >= 1900 &&
    year <= 2200;
  const input = plain ? { householdIncome, year } : parseInput(InputSchema, { householdIncome, year });
  const choice = allocationTableFor(input.year, tables);
  const limit = choice.table.incomeLimit;
  const withinLimit = input.householdIncome <= limit;
  const limitText = limitTextOf(choice.table);
  return {
    requestedYear: choice.requestedYear,
    tableYear: choice.tableYear,
    yearNote: choice.yearNote,
    limit,
    withinLimit,
    explanation: withinLimit
      ? {
          nl: `huishoudinkomen ${euro(input.householdIncome)} valt binnen de inkomensgrens van ${limitText}. ${choice.yearNote.nl}`,
          en: `household income ${euro(input.householdIncome)} is within the income limit of ${limitText}. ${choice.yearNote.en}`,
        }
      : {
          nl: `huishoudinkomen ${euro(input.householdIncome)} ligt boven de inkomensgrens van ${limitText}. ${choice.yearNote.nl}`,
          en: `household income ${euro(input.householdIncome)} is above the income limit of ${limitText}. ${choice.yearNote.en}`,
        },
  };
}
