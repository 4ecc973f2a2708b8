import { z } from "zod";
import type { Localized } from "../common/localized.js";
import { parseInput } from "./parse-input.js";
import { allocationTableFor, YearSchema, type TableChoice } from "./table-for-year.js";

const InputSchema = z.strictObject({
  rooms: z.number().int().min(1).max(30),
  householdSize: z.number().int().min(1).max(30),
  minorChildren: z.number().int().min(0).max(30),
  year: YearSchema,
});
export type RoomPriorityInput = z.input<typeof InputSchema>;

export interface RoomPriorityAnswer extends TableChoice {
  /** Which priority rule the home falls under; "none": offered to everyone alike. */
  homeRule: "large_home" | "small_home" | "none";
  /** Whether this household goes first for this home. Priority, never exclusivity. */
  householdHasPriority: boolean;
  explanation: Localized;
}

/** Seed 003 voorstellen 2.2.1 and 2.2.2: big homes first to families, small homes first to small households. */
export function roomPriority(input: RoomPriorityInput): RoomPriorityAnswer {
  const parsed = parseInput(InputSchema, input);
  const choice = allocationTableFor(parsed.year);
  const r = choice.table.rooms;
  const base = { requestedYear: choice.requestedYear, tableYear: choice.tableYear, yearNote: choice.yearNote };
  if (parsed.rooms >= r.largeHomeMinRooms) {
    const has =
      parsed.householdSize >= r.largeHomeMinHouseholdSize && (!r.largeHomeNeedsChildren || parsed.minorChildren > 0);
    return {
      ...base,
      homeRule: "large_home",
      householdHasPriority: has,
      explanation: {
        nl: `Woning met ${parsed.rooms} kamers: voorrang voor huishoudens van ${r.largeHomeMinHouseholdSize} of meer personen met kinderen; dit huishouden ${has ? "heeft" : "heeft geen"} voorrang (voorrang, geen uitsluiting). ${choice.yearNote.nl}`,
        en: `Home with ${parsed.rooms} rooms: priority for households of ${r.largeHomeMinHouseholdSize} or more persons with children; this household ${has ? "has" : "has no"} priority (priority, not exclusion). ${choice.yearNote.en}`,
      },
    };
  }
  if (parsed.rooms <= r.smallHomeMaxRooms) {
    const has = parsed.householdSize <= r.smallHomeMaxHouseholdSize;
    return {
      ...base,
      homeRule: "small_home",
      householdHasPriority: has,
      explanation: {
        nl: `Woning met ${parsed.rooms} kamer(s): voorrang voor huishoudens van hooguit ${r.smallHomeMaxHouseholdSize} personen; dit huishouden ${has ? "heeft" : "heeft geen"} voorrang (voorrang, geen uitsluiting). ${choice.yearNote.nl}`,
        en: `Home with ${parsed.rooms} room(s): priority for households of at most ${r.smallHomeMaxHouseholdSize} persons; this household ${has ? "has" : "has no"} priority (priority, not exclusion). ${choice.yearNote.en}`,
      },
    };
  }
  return {
    ...base,
    homeRule: "none",
    householdHasPriority: false,
    explanation: {
      nl: `Woning met ${parsed.rooms} kamers: geen voorrangsregel naar huishoudensgrootte; iedereen gelijk. ${choice.yearNote.nl}`,
      en: `Home with ${parsed.rooms} rooms: no priority rule by household size; everyone alike. ${choice.yearNote.en}`,
    },
  };
}
