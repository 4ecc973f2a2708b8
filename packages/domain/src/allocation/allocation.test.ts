import { describe, expect, it } from "vitest";
import { isDomainError } from "../common/domain-error.js";
import { binding } from "./binding.js";
import { euro, groupThousands } from "./dutch-number.js";
import { gvAllocationTables } from "./gv-allocation-tables.js";
import { incomeWithinLimit } from "./income-limit.js";
import { AllocationTableSchema } from "./parameter-table.js";
import { passendeHuur } from "./passende-huur.js";
import { roomPriority } from "./room-priority.js";
import { allocationTableFor } from "./table-for-year.js";
import { zoekwaarde } from "./zoekwaarde.js";

function fieldsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (isDomainError(error)) return error.issues.map((i) => i.field);
    throw error;
  }
  throw new Error("expected a DomainError");
}

describe("allocation parameter tables (seed 003_678f56d0468f9c28.txt, prijspeil 2018)", () => {
  it("are data that parses, one table per year, each value with its source", () => {
    for (const table of gvAllocationTables) {
      expect(AllocationTableSchema.parse(table)).toEqual(table);
      for (const key of [
        "incomeLimit",
        "aftoppingsgrens",
        "socialRentLimit",
        "zoekwaarde",
        "binding",
        "loting",
        "spoedzoekers",
        "couleurLocale",
        "labels",
        "rooms",
      ])
        expect(table.sources[key], key).toMatch(/003_678f56d0468f9c28\.txt/);
    }
    expect(new Set(gvAllocationTables.map((t) => t.year)).size).toBe(gvAllocationTables.length);
  });

  it("hold the seed's 2018 figures", () => {
    const t2018 = allocationTableFor(2018).table;
    expect(t2018).toMatchObject({
      incomeLimit: 47073,
      aftoppingsgrens: { oneOrTwoPersons: 597.3, threeOrMorePersons: 640.14 },
      socialRentLimit: 710.68,
      passendToewijzenMinPercent: 95,
      labels: { youthBelowAge: 23, seniorMinAges: [55, 65] },
      loting: { maxAge: 25, maxHomesPerYear: 350, maxFloorAreaM2: 55 },
      spoedzoekers: { maxHomesPerYear: 50, refusalExclusionYears: 2 },
      couleurLocale: { maxPercentOfOffer: 25 },
      status: "voorstel",
    });
  });

  it("answer a later year with the latest table up to that year, and say so", () => {
    const choice = allocationTableFor(2026);
    expect(choice.tableYear).toBe(2018);
    expect(choice.requestedYear).toBe(2026);
    expect(choice.yearNote.nl).toMatch(/Gevraagd jaar 2026.*laatste tabel tot en met 2026: 2018/);
    expect(choice.yearNote.en).toMatch(/2026.*2018/);
    expect(allocationTableFor(2018).yearNote.nl).toMatch(/tabel van 2018/);
  });

  it("pick the newest table that is not later than the year asked", () => {
    const t2018 = gvAllocationTables[0]!;
    const tables = [t2018, { ...t2018, year: 2021, incomeLimit: 50000 }];
    expect(allocationTableFor(2020, tables).tableYear).toBe(2018);
    expect(allocationTableFor(2021, tables).table.incomeLimit).toBe(50000);
    expect(allocationTableFor(2030, tables).tableYear).toBe(2021);
  });

  it("refuse a year before the first table, naming the field", () => {
    expect(fieldsOf(() => allocationTableFor(2017))).toEqual(["year"]);
    expect(fieldsOf(() => allocationTableFor(2019.5))).toEqual(["year"]);
  });
});

describe("passendeHuur", () => {
  it("gives the aftoppingsgrens for 1-2 and 3+ persons with huurtoeslag", () => {
    expect(passendeHuur(1, true, 2019).rentBound).toBe(597.3);
    expect(passendeHuur(2, true, 2019).rentBound).toBe(597.3);
    expect(passendeHuur(3, true, 2019).rentBound).toBe(640.14);
    expect(passendeHuur(6, true, 2019).rentBound).toBe(640.14);
  });

  it("is a quota verdict, passend or niet passend, never a ban", () => {
    expect(passendeHuur(2, true, 2019, 597.3).verdict).toBe("passend");
    const above = passendeHuur(2, true, 2019, 597.31);
    expect(above.verdict).toBe("niet passend");
    expect(above.explanation.nl).toMatch(/Geen verbod.*hooguit 5%/);
    expect(passendeHuur(4, true, 2019, 640.14).verdict).toBe("passend");
    expect(passendeHuur(4, true, 2019, 650).verdict).toBe("niet passend");
  });

  it("does not restrict households without huurtoeslag, and flags a rent above the social limit", () => {
    const answer = passendeHuur(3, false, 2019, 700);
    expect(answer).toMatchObject({ rentBound: null, verdict: "passend", socialHome: true });
    expect(passendeHuur(3, false, 2019, 720).socialHome).toBe(false);
    expect(passendeHuur(3, false, 2019, 720).explanation.nl).toMatch(/geen sociale huurwoning/);
  });

  it("says which year answered", () => {
    const answer = passendeHuur(1, true, 2026);
    expect(answer.tableYear).toBe(2018);
    expect(answer.explanation.nl).toMatch(/Gevraagd jaar 2026/);
  });

  it("validates its input, naming the field", () => {
    expect(fieldsOf(() => passendeHuur(0, true, 2019))).toEqual(["householdSize"]);
    expect(fieldsOf(() => passendeHuur(2.5, true, 2019))).toEqual(["householdSize"]);
    expect(fieldsOf(() => passendeHuur(2, "ja" as unknown as boolean, 2019))).toEqual(["huurtoeslag"]);
    expect(fieldsOf(() => passendeHuur(2, true, 2019, -1))).toEqual(["rent"]);
  });
});

describe("zoekwaarde", () => {
  it("is the registration time since the last move plus 75% of the zoekwaarde the current home was obtained with", () => {
    const answer = zoekwaarde({ registrationSinceLastMove: 3, zoekwaardeCurrentHome: 8, year: 2019 });
    expect(answer.value).toBe(9);
    expect(answer.valueExact).toBe("9/1");
    expect(answer.retainedPercent).toBe(75);
    expect(answer.explanation.nl).toMatch(/75% van 8 = 6/);
  });

  it("is exact, without float drift", () => {
    // 0.1 + 0.75 * 0.2 = 0.25 exactly; in floats 0.1 + 0.75 * 0.2 = 0.25000000000000006.
    expect(zoekwaarde({ registrationSinceLastMove: 0.1, zoekwaardeCurrentHome: 0.2, year: 2019 }).valueExact).toBe(
      "1/4",
    );
  });

  it("is the registration time alone for a starter", () => {
    expect(zoekwaarde({ registrationSinceLastMove: 4.5, year: 2024 })).toMatchObject({ value: 4.5, tableYear: 2018 });
  });

  it("rejects negative durations, naming the field", () => {
    expect(fieldsOf(() => zoekwaarde({ registrationSinceLastMove: -1, year: 2019 }))).toEqual([
      "registrationSinceLastMove",
    ]);
  });
});

describe("binding", () => {
  it("holds for someone who lives or works in the region", () => {
    expect(binding({ livesInRegion: true, year: 2019 })).toMatchObject({ hasBinding: true, basis: ["woont"] });
    expect(binding({ livesInRegion: false, worksInRegion: true, year: 2019 })).toMatchObject({
      hasBinding: true,
      basis: ["werkt"],
    });
  });

  it("holds after 6 of the last 10 years in the region, not necessarily uninterrupted", () => {
    expect(binding({ livesInRegion: false, worksInRegion: false, yearsInRegionLast10: 6, year: 2019 }).hasBinding).toBe(
      true,
    );
    const no = binding({ livesInRegion: false, worksInRegion: false, yearsInRegionLast10: 5.9, year: 2019 });
    expect(no.hasBinding).toBe(false);
    expect(no.explanation.nl).toMatch(/Geen binding/);
  });

  it("stays open while a deciding fact is unknown, and names it", () => {
    expect(binding({ livesInRegion: false, year: 2019 })).toMatchObject({
      hasBinding: null,
      missing: ["worksInRegion", "yearsInRegionLast10"],
    });
  });

  it("rejects more than ten years in the last ten", () => {
    expect(fieldsOf(() => binding({ yearsInRegionLast10: 11, year: 2019 }))).toEqual(["yearsInRegionLast10"]);
  });
});

describe("income limit and room priority", () => {
  it("compares the household income with the year's limit, the limit itself included", () => {
    expect(incomeWithinLimit(47073, 2019)).toMatchObject({ withinLimit: true, limit: 47073, tableYear: 2018 });
    expect(incomeWithinLimit(47073.01, 2019).withinLimit).toBe(false);
    expect(incomeWithinLimit(30000, 2019).explanation.nl).toContain("€ 47.073");
  });

  it("gives large homes first to families of 3+ with children and small homes to households of at most 2", () => {
    expect(roomPriority({ rooms: 4, householdSize: 4, minorChildren: 2, year: 2019 })).toMatchObject({
      homeRule: "large_home",
      householdHasPriority: true,
    });
    expect(roomPriority({ rooms: 5, householdSize: 3, minorChildren: 0, year: 2019 }).householdHasPriority).toBe(false);
    expect(roomPriority({ rooms: 2, householdSize: 2, minorChildren: 0, year: 2019 }).householdHasPriority).toBe(true);
    expect(roomPriority({ rooms: 2, householdSize: 3, minorChildren: 1, year: 2019 }).householdHasPriority).toBe(false);
    expect(roomPriority({ rooms: 3, householdSize: 5, minorChildren: 3, year: 2019 }).homeRule).toBe("none");
  });
});

describe("Dutch number notation", () => {
  it("groups thousands with a dot and uses a decimal comma", () => {
    expect(groupThousands(101500)).toBe("101.500");
    expect(groupThousands(12345678901234567890n)).toBe("12.345.678.901.234.567.890");
    expect(euro(597.3)).toBe("€ 597,30");
    expect(euro(47073)).toBe("€ 47.073");
  });
});
