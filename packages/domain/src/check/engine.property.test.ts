import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isDomainError } from "../common/domain-error.js";
import { listRulebooks } from "../rulebooks/registry.js";
import { junkFacts, validFacts } from "../testing/arbitraries.js";
import { check } from "./engine.js";
import { CheckResponseSchema } from "./schemas.js";
import { outcomeOf } from "./status.js";

describe.each(listRulebooks().map((r) => [r.id, r] as const))("properties of %s", (_id, rulebook) => {
  const asOf = rulebook.validity.from;

  it("any valid facts give a response that satisfies the schema, with the outcome the precedence gives", () => {
    fc.assert(
      fc.property(validFacts(rulebook), (facts) => {
        const result = check({ rulebook: rulebook.id, asOf, facts });
        CheckResponseSchema.parse(result);
        const counted = result.reasons.filter((r) => !r.group && !r.informational).map((r) => r.status);
        expect(result.outcome).toBe(outcomeOf(counted));
        // Unknown facts never count as passed: a needs_info outcome always says what is missing.
        if (result.outcome === "needs_info") expect(result.missing.length).toBeGreaterThan(0);
        for (const name of result.missing) expect(facts).not.toHaveProperty(name);
      }),
      { numRuns: 300 },
    );
  });

  it("no input crashes the engine: junk is either checked or refused with a DomainError naming a field", () => {
    fc.assert(
      fc.property(junkFacts(rulebook), fc.string(), (facts, date) => {
        for (const asOfValue of [asOf, date]) {
          try {
            CheckResponseSchema.parse(check({ rulebook: rulebook.id, asOf: asOfValue, facts }));
          } catch (error) {
            expect(isDomainError(error)).toBe(true);
            if (isDomainError(error)) expect(error.issues.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
