import { z } from "zod";
import type { Localized } from "../common/localized.js";
import { euro } from "./dutch-number.js";
import type { AllocationTable } from "./parameter-table.js";
import { parseInput } from "./parse-input.js";
import { allocationTableFor, YearSchema, type TableChoice } from "./table-for-year.js";

const InputSchema = z.strictObject({
  householdSize: z.number().int().min(1).max(30),
  huurtoeslag: z.boolean(),
  year: YearSchema,
  rent: z.number().min(0).max(100_000).optional(),
});

export interface PassendeHuurAnswer extends TableChoice {
  householdSize: number;
  huurtoeslag: boolean;
  /** The aftoppingsgrens that applies; null when passend toewijzen does not apply (no huurtoeslag). */
  rentBound: number | null;
  socialRentLimit: number;
  /** The landlord's quota: at least this percentage of huurtoeslag allocations up to the bound. */
  quotaPercent: number;
  rent?: number;
  /** Only with a rent. A quota verdict for the landlord, never a prohibition for the tenant. */
  verdict?: "passend" | "niet passend";
  /** Only with a rent: at most the social rent limit (our region's definition of a social home). */
  socialHome?: boolean;
  explanation: Localized;
}

// Rents are in euros and cents: compare whole cents so 597.3 and 597.30 are the same bound.
const cents = (amount: number) => Math.round(amount * 100);

/**
 * Passend toewijzen (seed 003 § 2.1): at least 95% of allocations to households entitled to
 * huurtoeslag get a rent up to the aftoppingsgrens for their size. The answer is "passend" or
 * "niet passend" for the landlord's quota, not a ban: up to 5% may be above it.
 */
export function passendeHuur(
  householdSize: number,
  huurtoeslag: boolean,
  year: number,
  rent?: number,
): PassendeHuurAnswer {
  const input = parseInput(InputSchema, { householdSize, huurtoeslag, year, ...(rent !== undefined ? { rent } : {}) });
  const choice = allocationTableFor(input.year);
  const { table } = choice;
  const bound = input.huurtoeslag ? boundFor(table, input.householdSize) : null;
  const base = {
    requestedYear: choice.requestedYear,
    tableYear: choice.tableYear,
    yearNote: choice.yearNote,
    householdSize: input.householdSize,
    huurtoeslag: input.huurtoeslag,
    rentBound: bound,
    socialRentLimit: table.socialRentLimit,
    quotaPercent: table.passendToewijzenMinPercent,
  };
  const sizeText = input.householdSize <= 2 ? "1-2 personen" : "3 of meer personen";
  const sizeText_en = input.householdSize <= 2 ? "1-2 persons" : "3 or more persons";
  if (input.rent === undefined) {
    return {
      ...base,
      explanation:
        bound === null
          ? {
              nl: `Passend toewijzen geldt alleen voor huishoudens met recht op huurtoeslag; een sociale huurwoning heeft een huur tot ${euro(table.socialRentLimit)}. ${choice.yearNote.nl}`,
              en: `Passend toewijzen applies only to households entitled to huurtoeslag; a social home has a rent up to ${euro(table.socialRentLimit)}. ${choice.yearNote.en}`,
            }
          : {
              nl: `Passend voor een huishouden van ${sizeText} met huurtoeslag: huur tot ${euro(bound)} (aftoppingsgrens); ten minste ${table.passendToewijzenMinPercent}% van zulke toewijzingen moet daaronder blijven. ${choice.yearNote.nl}`,
              en: `Passend for a household of ${sizeText_en} with huurtoeslag: rent up to ${euro(bound)} (aftoppingsgrens); at least ${table.passendToewijzenMinPercent}% of such allocations must stay below it. ${choice.yearNote.en}`,
            },
    };
  }
  const socialHome = cents(input.rent) <= cents(table.socialRentLimit);
  const social_nl = socialHome ? "" : ` Let op: boven ${euro(table.socialRentLimit)} is het geen sociale huurwoning.`;
  const social_en = socialHome ? "" : ` Note: above ${euro(table.socialRentLimit)} it is not a social home.`;
  if (bound === null) {
    return {
      ...base,
      rent: input.rent,
      verdict: "passend",
      socialHome,
      explanation: {
        nl: `Passend: passend toewijzen beperkt alleen toewijzingen aan huishoudens met recht op huurtoeslag.${social_nl} ${choice.yearNote.nl}`,
        en: `Passend: passend toewijzen only limits allocations to households entitled to huurtoeslag.${social_en} ${choice.yearNote.en}`,
      },
    };
  }
  const fits = cents(input.rent) <= cents(bound);
  return {
    ...base,
    rent: input.rent,
    verdict: fits ? "passend" : "niet passend",
    socialHome,
    explanation: fits
      ? {
          nl: `Passend: ${euro(input.rent)} is niet hoger dan de aftoppingsgrens van ${euro(bound)} voor ${sizeText}.${social_nl} ${choice.yearNote.nl}`,
          en: `Passend: ${euro(input.rent)} is not above the aftoppingsgrens of ${euro(bound)} for ${sizeText_en}.${social_en} ${choice.yearNote.en}`,
        }
      : {
          nl: `Niet passend: ${euro(input.rent)} is hoger dan de aftoppingsgrens van ${euro(bound)} voor ${sizeText}. Geen verbod: de verhuurder mag hooguit ${100 - table.passendToewijzenMinPercent}% van deze toewijzingen zo doen.${social_nl} ${choice.yearNote.nl}`,
          en: `Niet passend: ${euro(input.rent)} is above the aftoppingsgrens of ${euro(bound)} for ${sizeText_en}. Not a ban: the landlord may allocate at most ${100 - table.passendToewijzenMinPercent}% of these this way.${social_en} ${choice.yearNote.en}`,
        },
  };
}

function boundFor(table: AllocationTable, householdSize: number): number {
  return householdSize <= 2 ? table.aftoppingsgrens.oneOrTwoPersons : table.aftoppingsgrens.threeOrMorePersons;
}
