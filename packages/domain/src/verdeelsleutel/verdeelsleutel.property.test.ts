import fc from "fast-check";
import Fraction from "fraction.js";
import { describe, expect, it } from "vitest";
import { verdeelsleutel } from "./verdeelsleutel.js";

const names = [
  "Bodegraven-Reeuwijk",
  "Gouda",
  "Krimpenerwaard",
  "Waddinxveen",
  "Zuidplas",
  "Alphen",
  "Boskoop",
  "Lopik",
];

// Valid requests: 1-8 gemeenten with unique names; every column has at least one positive count.
const request = fc
  .record({
    total: fc.integer({ min: 0, max: 400 }),
    rows: fc.uniqueArray(
      fc.record({
        name: fc.constantFrom(...names),
        households: fc.integer({ min: 0, max: 60_000 }),
        homesBelowHighCap: fc.integer({ min: 0, max: 15_000 }),
        homesBelowLowCap: fc.integer({ min: 0, max: 12_000 }),
      }),
      { minLength: 1, maxLength: names.length, selector: (r) => r.name },
    ),
  })
  .filter(({ rows }) =>
    (["households", "homesBelowHighCap", "homesBelowLowCap"] as const).every((k) => rows.some((r) => r[k] > 0)),
  )
  .map(({ total, rows }) => ({ total, year: 2019, gemeenten: rows }));

const runs = { numRuns: 200 };

describe("verdeelsleutel properties", () => {
  it("the allocated homes always sum to the total, and the exact shares do too", () => {
    fc.assert(
      fc.property(request, (req) => {
        const result = verdeelsleutel(req);
        expect(result.gemeenten.reduce((s, g) => s + g.allocated, 0)).toBe(req.total);
        const exact = result.gemeenten.reduce((s, g) => s.add(new Fraction(g.shareExact)), new Fraction(0));
        expect(exact.equals(req.total)).toBe(true);
      }),
      runs,
    );
  });

  it("a gemeente never gets more than ceil(share), nor less than floor(share)", () => {
    fc.assert(
      fc.property(request, (req) => {
        for (const g of verdeelsleutel(req).gemeenten) {
          const share = new Fraction(g.shareExact);
          expect(g.allocated).toBeLessThanOrEqual(Number(share.ceil().n));
          expect(g.allocated).toBeGreaterThanOrEqual(Number(share.floor().n));
        }
      }),
      runs,
    );
  });

  it("proportional inputs give proportional outputs: scaling every count changes nothing, scaling the total scales the shares", () => {
    fc.assert(
      fc.property(request, fc.integer({ min: 2, max: 1000 }), fc.integer({ min: 2, max: 5 }), (req, k, m) => {
        const base = verdeelsleutel(req);
        const scaledCounts = verdeelsleutel({
          ...req,
          gemeenten: req.gemeenten.map((g) => ({
            ...g,
            households: g.households * k,
            homesBelowHighCap: g.homesBelowHighCap * k,
            homesBelowLowCap: g.homesBelowLowCap * k,
          })),
        });
        expect(scaledCounts.gemeenten).toEqual(base.gemeenten);
        const scaledTotal = verdeelsleutel({ ...req, total: req.total * m });
        scaledTotal.gemeenten.forEach((g, i) => {
          expect(new Fraction(g.shareExact).equals(new Fraction(base.gemeenten[i]!.shareExact).mul(m))).toBe(true);
        });
      }),
      runs,
    );
  });

  it("gemeenten whose three columns are in the same proportion get exactly that proportion of the total", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...names), { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: 1, max: 500 }), { minLength: 8, maxLength: 8 }),
        fc.integer({ min: 0, max: 300 }),
        (chosen, weights, total) => {
          const gemeenten = chosen.map((name, i) => ({
            name,
            households: weights[i]! * 30,
            homesBelowHighCap: weights[i]! * 7,
            homesBelowLowCap: weights[i]! * 5,
          }));
          const sum = chosen.reduce((s, _n, i) => s + weights[i]!, 0);
          verdeelsleutel({ total, gemeenten }).gemeenten.forEach((g, i) => {
            expect(new Fraction(g.shareExact).equals(new Fraction(total * weights[i]!, sum))).toBe(true);
          });
        },
      ),
      runs,
    );
  });

  it("the order of the rows does not change anyone's result", () => {
    fc.assert(
      fc.property(request, (req) => {
        const byName = (r: ReturnType<typeof verdeelsleutel>) =>
          Object.fromEntries(r.gemeenten.map((g) => [g.name, [g.shareExact, g.allocated]]));
        const reversed = verdeelsleutel({ ...req, gemeenten: [...req.gemeenten].reverse() });
        expect(byName(reversed)).toEqual(byName(verdeelsleutel(req)));
      }),
      runs,
    );
  });
});
