import { readFileSync } from "node:fs";
import Fraction from "fraction.js";
import { describe, expect, it } from "vitest";
import { isDomainError } from "../common/domain-error.js";
import { verdeelsleutel } from "./verdeelsleutel.js";

const exampleUrl = new URL("./examples/midden-holland-2019-illustratief.json", import.meta.url);
const example = JSON.parse(readFileSync(exampleUrl, "utf8")) as {
  note: string;
  total: number;
  gemeenten: { name: string }[];
};

function rejection(input: unknown) {
  try {
    verdeelsleutel(input);
  } catch (error) {
    if (isDomainError(error)) return error;
    throw error;
  }
  throw new Error("expected a DomainError");
}

const row = (name: string, households: number, homesBelowHighCap: number, homesBelowLowCap: number) => ({
  name,
  households,
  homesBelowHighCap,
  homesBelowLowCap,
});

describe("verdeelsleutel MH.3 (seed 002_55f02754f0fc6e60.txt, art. 3)", () => {
  describe("the five-gemeente example (illustrative figures, not CBS data)", () => {
    const result = verdeelsleutel(example);

    it("labels its figures as illustrative, in the file and in the working", () => {
      expect(example.note).toMatch(/illustratie/i);
      expect(example.note).toMatch(/geen CBS/);
      expect(result.working[0]).toMatch(/Illustratieve cijfers, geen CBS-gegevens/);
    });

    it("gives the exact shares of (A + B + C) / 3", () => {
      // Recomputed independently with Python's fractions.Fraction from the same file.
      expect(result.gemeenten.map((g) => [g.name, g.shareExact])).toEqual([
        ["Bodegraven-Reeuwijk", "958130/117859"],
        ["Gouda", "81936570/3417911"],
        ["Krimpenerwaard", "44992030/3417911"],
        ["Waddinxveen", "21678224/3417911"],
        ["Zuidplas", "4097438/488273"],
      ]);
      for (const g of result.gemeenten) {
        expect(g.share).toBeCloseTo(new Fraction(g.shareExact).valueOf(), 12);
        expect(g.share).toBeCloseTo((g.a + g.b + g.c) / 3, 12);
      }
      // Bodegraven-Reeuwijk: A = 60 * 14500 / 101500 = 60/7.
      expect(result.gemeenten[0]?.a).toBeCloseTo(60 / 7, 12);
    });

    it("rounds by largest remainder to whole homes that sum to the total", () => {
      // Whole parts 8, 23, 13, 6, 8 (58); the 2 left go to Gouda (0.97) and Zuidplas (0.39).
      expect(result.gemeenten.map((g) => g.allocated)).toEqual([8, 24, 13, 6, 9]);
      expect(result.gemeenten.reduce((s, g) => s + g.allocated, 0)).toBe(example.total);
    });

    it("shows the working as one numbered Dutch sentence per step a policy officer can follow", () => {
      result.working.forEach((sentence, i) => {
        expect(sentence).toMatch(new RegExp(`^Stap ${i + 1}: `));
        expect(sentence).toMatch(/\.$/);
      });
      const text = result.working.join("\n");
      expect(text).toContain("14.500 + 34.500 + 23.000 + 11.300 + 18.200 = 101.500 particuliere huishoudens");
      expect(text).toContain("A = 60 × 14.500 / 101.500 = 60/7 ≈ 8,5714");
      expect(text).toContain("(60/7 + 1170/149 + 900/113) / 3 = 958130/117859 ≈ 8,1295 woningen");
      expect(text).toContain("tellen samen op tot precies 60");
      expect(text).toMatch(/geen afronding voor/);
      expect(text).toContain("Gouda (overschot 0,9727) en Zuidplas (overschot 0,3917)");
      expect(result.working.at(-1)).toBe(
        "Stap 19: uitkomst: Bodegraven-Reeuwijk 8, Gouda 24, Krimpenerwaard 13, Waddinxveen 6 en Zuidplas 9, samen 60 woningen.",
      );
      for (const g of example.gemeenten) expect(text).toContain(g.name);
    });
  });

  describe("ties in the remainder", () => {
    it("go to the larger number of households", () => {
      // X: A 2/3, B 1/3, C 1/2; Y: A 1/3, B 2/3, C 1/2: both shares are exactly 1/2.
      const result = verdeelsleutel({ total: 1, gemeenten: [row("Y", 1, 2, 1), row("X", 2, 1, 1)] });
      expect(result.gemeenten.map((g) => g.shareExact)).toEqual(["1/2", "1/2"]);
      expect(result.gemeenten.map((g) => g.allocated)).toEqual([0, 1]);
      expect(result.working.join(" ")).toMatch(
        /X en Y hebben hetzelfde overschot \(1\/2 ≈ 0,5\); X gaat voor omdat zij meer particuliere huishoudens heeft/,
      );
    });

    it("then alphabetically", () => {
      const result = verdeelsleutel({ total: 1, gemeenten: [row("Zuidplas", 5, 5, 5), row("Gouda", 5, 5, 5)] });
      expect(result.gemeenten.map((g) => [g.name, g.allocated])).toEqual([
        ["Zuidplas", 0],
        ["Gouda", 1],
      ]);
      expect(result.working.join(" ")).toMatch(
        /Gouda gaat voor omdat zij bij gelijke huishoudens alfabetisch eerder komt/,
      );
    });
  });

  it("needs no rounding when every share is whole, and says so", () => {
    const result = verdeelsleutel({ total: 6, year: 2020, gemeenten: [row("A", 2, 2, 2), row("B", 1, 1, 1)] });
    expect(result.gemeenten.map((g) => [g.shareExact, g.allocated])).toEqual([
      ["4/1", 4],
      ["2/1", 2],
    ]);
    expect(result.working.join(" ")).toContain("er blijven geen woningen over");
    expect(result.working.join(" ")).toContain("1 januari 2019");
  });

  it("warns when a gemeente has more homes below the low cap than below the high cap", () => {
    const result = verdeelsleutel({ total: 4, gemeenten: [row("A", 2, 1, 3), row("B", 1, 1, 1)] });
    expect(result.working.join(" ")).toMatch(
      /bij A zijn er meer woningen onder de lage dan onder de hoge aftoppingsgrens/,
    );
  });

  describe("rejects bad input with a DomainError naming the field (exit 2 on the CLI)", () => {
    const good = { total: 10, year: 2019, gemeenten: [row("Gouda", 10, 5, 3), row("Zuidplas", 4, 2, 1)] };
    it.each([
      [
        "a negative count",
        { ...good, gemeenten: [row("Gouda", -1, 5, 3), row("Zuidplas", 4, 2, 1)] },
        "gemeenten[0].households",
      ],
      ["a negative total", { ...good, total: -5 }, "total"],
      ["a non-integer total", { ...good, total: 60.5 }, "total"],
      [
        "a column summing to zero",
        { ...good, gemeenten: [row("Gouda", 10, 5, 0), row("Zuidplas", 4, 2, 0)] },
        "gemeenten[].homesBelowLowCap",
      ],
      [
        "a duplicate name",
        { ...good, gemeenten: [row("Gouda", 10, 5, 3), row(" gouda ", 4, 2, 1)] },
        "gemeenten[1].name",
      ],
      ["no gemeenten", { ...good, gemeenten: [] }, "gemeenten"],
      ["an unknown field", { ...good, totaal: 10 }, "totaal"],
      [
        "a missing column",
        { ...good, gemeenten: [{ name: "Gouda", households: 1, homesBelowHighCap: 1 }] },
        "gemeenten[0].homesBelowLowCap",
      ],
    ])("%s", (_label, input, field) => {
      const error = rejection(input);
      expect(error.code).toBe("invalid_input");
      expect(error.issues.map((i) => i.field)).toContain(field);
      expect(error.message_nl).toContain(field);
      expect(error.message_en).toContain(field);
    });
  });
});
