// Test support: fast-check arbitraries that build facts from a rulebook's own fact definitions.
import fc from "fast-check";
import type { FactDefinition } from "../facts/fact-definition.js";
import type { Rulebook } from "../rulebooks/rulebook.js";

function valueOf(fact: FactDefinition): fc.Arbitrary<unknown> {
  switch (fact.answer) {
    case "boolean":
      return fc.boolean();
    case "integer":
      return fc.integer({ min: fact.min ?? 0, max: fact.max ?? 50 });
    case "number":
      return fc.double({ min: fact.min ?? 0, max: fact.max ?? 100_000, noNaN: true, noDefaultInfinity: true });
    case "choice":
      return fc.constantFrom(...(fact.choices ?? []).map((c) => c.value));
    case "multi-choice":
      return fc.uniqueArray(fc.constantFrom(...(fact.choices ?? []).map((c) => c.value)), { maxLength: 4 });
    case "date":
      return fc
        .date({ min: new Date("2000-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    case "text":
      return fc.constantFrom("Leidschendam-Voorburg", "Voorburg", "Gouda", "Hilversum", "Krimpenerwaard", "Amsterdam");
  }
}

/** Valid facts: each fact present or absent (unknown) at random. */
export function validFacts(rulebook: Rulebook): fc.Arbitrary<Record<string, unknown>> {
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const fact of rulebook.facts) shape[fact.name] = valueOf(fact);
  return fc.record(shape, { requiredKeys: [] });
}

/** Anything JSON can carry, keyed by real and made-up fact names. */
export function junkFacts(rulebook: Rulebook): fc.Arbitrary<unknown> {
  const names = rulebook.facts.map((f) => f.name);
  return fc.oneof(
    fc.dictionary(fc.constantFrom(...names, "onbekend", "__proto__x"), fc.jsonValue(), { maxKeys: 6 }),
    fc.jsonValue(),
  );
}
