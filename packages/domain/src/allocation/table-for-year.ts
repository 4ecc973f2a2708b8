import { z } from "zod";
import { DomainError, invalidInput } from "../common/domain-error.js";
import type { Localized } from "../common/localized.js";
import { gvAllocationTables } from "./gv-allocation-tables.js";
import type { AllocationTable } from "./parameter-table.js";

export const YearSchema = z.number().int().min(1900).max(2200);

/** Which table answered: every allocation answer carries this, so nobody mistakes 2018 for 2026. */
export interface TableChoice {
  requestedYear: number;
  tableYear: number;
  /** prijspeil/status note, e.g. "asked 2026, answered with the 2018 table (latest <= 2026)". */
  yearNote: Localized;
}

const sortedTables = new WeakMap<readonly AllocationTable[], readonly AllocationTable[]>();

/** Tables are data that never change at run time: sort each list once. */
function newestFirst(tables: readonly AllocationTable[]): readonly AllocationTable[] {
  let sorted = sortedTables.get(tables);
  if (!sorted) {
    sorted = [...tables].sort((a, b) => b.year - a.year);
    sortedTables.set(tables, sorted);
  }
  return sorted;
}

/** Per table list and year: the table that answers and its year note (at most 301 years per list). */
const choices = new WeakMap<readonly AllocationTable[], Map<number, { table: AllocationTable; yearNote: Localized }>>();

/** The latest table whose year is at most `year`; an error naming `field` before the first. */
export function allocationTableFor(
  year: number,
  tables: readonly AllocationTable[] = gvAllocationTables,
  field = "year",
): { table: AllocationTable } & TableChoice {
  if (!(Number.isSafeInteger(year) && year >= 1900 && year <= 2200)) {
    const parsed = YearSchema.safeParse(year, { reportInput: true });
    if (!parsed.success) throw invalidInput(parsed.error, field);
  }
  // Every gv-urgentie check asks this for its year: the choice and its note are built once.
  let byYear = choices.get(tables);
  let known = byYear?.get(year);
  if (!known) {
    known = chooseTable(year, tables, field);
    if (!byYear) choices.set(tables, (byYear = new Map()));
    byYear.set(year, known);
  }
  const { table, yearNote } = known;
  // A new answer (and note) each time: callers may hand them on.
  return { table, requestedYear: year, tableYear: table.year, yearNote: { nl: yearNote.nl, en: yearNote.en } };
}

function chooseTable(
  year: number,
  tables: readonly AllocationTable[],
  field: string,
): { table: AllocationTable; yearNote: Localized } {
  const table = newestFirst(tables).find((t) => t.year <= year);
  if (!table) {
    const first = Math.min(...tables.map((t) => t.year));
    throw new DomainError(
      "invalid_input",
      `Geen toewijzingstabel voor jaar ${year} (veld ${field}); de eerste tabel is van ${first}.`,
      `No allocation table for year ${year} (field ${field}); the first table is for ${first}.`,
      [{ field, message_nl: `Geen tabel voor ${year}.`, message_en: `No table for ${year}.` }],
    );
  }
  const status_nl = table.status === "voorstel" ? ", voorstel" : "";
  const status_en = table.status === "voorstel" ? ", proposal" : "";
  const yearNote: Localized =
    table.year === year
      ? {
          nl: `Beantwoord met de tabel van ${table.year} (prijspeil ${table.year}${status_nl}).`,
          en: `Answered with the ${table.year} table (price level ${table.year}${status_en}).`,
        }
      : {
          nl: `Gevraagd jaar ${year}; er is geen tabel voor ${year}, dus beantwoord met de laatste tabel tot en met ${year}: ${table.year} (prijspeil ${table.year}${status_nl}).`,
          en: `Year asked ${year}; there is no table for ${year}, so answered with the latest table up to ${year}: ${table.year} (price level ${table.year}${status_en}).`,
        };
  return { table, yearNote };
}
