import type { AllocationTable } from "./parameter-table.js";

const seed = "003_678f56d0468f9c28.txt";

/**
 * Gooi en Vechtstreek, HVV 2019 proposals at prijspeil 2018 (seed 003). Later years are added
 * only with a cited public source; until then every answer for a later year uses 2018 and says so.
 */
export const gvAllocationTables: readonly AllocationTable[] = [
  {
    year: 2018,
    region: "Gooi en Vechtstreek",
    status: "voorstel",
    incomeLimit: 47073,
    aftoppingsgrens: { oneOrTwoPersons: 597.3, threeOrMorePersons: 640.14 },
    passendToewijzenMinPercent: 95,
    socialRentLimit: 710.68,
    labels: { youthBelowAge: 23, seniorMinAges: [55, 65] },
    rooms: {
      largeHomeMinRooms: 4,
      largeHomeMinHouseholdSize: 3,
      largeHomeNeedsChildren: true,
      smallHomeMaxRooms: 2,
      smallHomeMaxHouseholdSize: 2,
    },
    zoekwaarde: { retainedPercent: 75 },
    binding: { minYears: 6, withinLastYears: 10 },
    loting: { maxAge: 25, maxHomesPerYear: 350, maxFloorAreaM2: 55 },
    spoedzoekers: { maxHomesPerYear: 50, refusalExclusionYears: 2 },
    couleurLocale: { maxPercentOfOffer: 25 },
    sources: {
      incomeLimit: `${seed} § 1.2, voorstel 1.2 (€ 47.073, prijspeil 2018)`,
      aftoppingsgrens: `${seed} § 2.1 (€ 597,30 voor 1-2 personen, € 640,14 voor 3+, prijspeil 2018)`,
      passendToewijzenMinPercent: `${seed} § 2.1 (ten minste 95% van de toewijzingen)`,
      socialRentLimit: `${seed} § 1.1 (€ 710,68 per maand, prijspeil 2018)`,
      labels: `${seed} voorstellen 2.3.1 en 2.3 (tot 23 jaar; 55+ of 65+)`,
      rooms: `${seed} voorstellen 2.2.1 en 2.2.2`,
      zoekwaarde: `${seed} § 3.1, voorstel 3.1 (behoud van 75%)`,
      binding: `${seed} voorstel 1.1 (wonen, werken, of 6 van de laatste 10 jaar gewoond)`,
      loting: `${seed} voorstel 3.2 (max. 350 woningen tot 55 m2, jongeren tot en met 25 jaar)`,
      spoedzoekers: `${seed} § 3.4, voorstel 3.4 (max. 50 woningen; weigering: twee jaar uitgesloten)`,
      couleurLocale: `${seed} voorstel 3.5 (max. 25% van het vrijkomende aanbod)`,
    },
  },
];
