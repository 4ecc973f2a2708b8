import { z } from "zod";

/** A whole percentage, kept as an integer so shares stay exact (75 means 75/100). */
const Percent = z.number().int().min(0).max(100);
const Euro = z.number().min(0);

/**
 * The allocation quick facts of one table year (prijspeil), as data: a region corrects or
 * adds a year by adding a table, never by changing code. Amounts in euros; rents per month,
 * income per year. `sources` cites where each value comes from.
 */
export const AllocationTableSchema = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  region: z.string().min(1),
  /** "voorstel" when the source holds proposals (seed 003), not an adopted verordening. */
  status: z.enum(["voorstel", "vastgesteld"]),
  /** Household income limit for a social home (verzamelinkomen, children not counted). */
  incomeLimit: Euro,
  /** Passend toewijzen: rent up to the aftoppingsgrens for households entitled to huurtoeslag. */
  aftoppingsgrens: z.strictObject({ oneOrTwoPersons: Euro, threeOrMorePersons: Euro }),
  /** The landlord's quota: at least this share of those allocations stays under the aftoppingsgrens. */
  passendToewijzenMinPercent: Percent,
  /** Highest net rent of a sociale huurwoning (our region's definition). */
  socialRentLimit: Euro,
  /** Labels mean priority ("voorrang voor"), never exclusivity. */
  labels: z.strictObject({ youthBelowAge: z.number().int(), seniorMinAges: z.array(z.number().int()).min(1) }),
  rooms: z.strictObject({
    largeHomeMinRooms: z.number().int(),
    largeHomeMinHouseholdSize: z.number().int(),
    largeHomeNeedsChildren: z.boolean(),
    smallHomeMaxRooms: z.number().int(),
    smallHomeMaxHouseholdSize: z.number().int(),
  }),
  zoekwaarde: z.strictObject({ retainedPercent: Percent }),
  binding: z.strictObject({ minYears: z.number().int(), withinLastYears: z.number().int() }),
  loting: z.strictObject({ maxAge: z.number().int(), maxHomesPerYear: z.number().int(), maxFloorAreaM2: z.number() }),
  spoedzoekers: z.strictObject({ maxHomesPerYear: z.number().int(), refusalExclusionYears: z.number().int() }),
  couleurLocale: z.strictObject({ maxPercentOfOffer: Percent }),
  sources: z.record(z.string(), z.string()),
});
export type AllocationTable = z.infer<typeof AllocationTableSchema>;
