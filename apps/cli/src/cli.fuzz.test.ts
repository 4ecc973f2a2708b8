// Fuzz the `convenant` command: generated bad arguments and bad request files (one field broken
// at a time, so the oracle knows which field the error must name). Every one must end with exit
// code 2 and a Dutch and an English line that name the field; never a stack trace or a path
// of ours. Seeded (FUZZ_SEED to vary it) and bounded.
import { listRulebooks } from "@convenantbot/domain";
import fc, { type Arbitrary } from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./cli.js";
import { recordFigure } from "./testing/figures.js";

const RUNS = 1000;
const SEED = Number(process.env["FUZZ_SEED"] ?? 20261202);
const rulebooks = listRulebooks();
const ids = new Set(rulebooks.map((r) => r.id));
let tried = 0;
let clear = 0;
afterAll(() => recordFigure("fuzzCli", { tried, clear }));

interface BadCall {
  argv: string[];
  stdin?: string;
  /** What the error must name (a field, or the offending argument). */
  names: string;
}

const rulebook = fc.constantFrom(...rulebooks);
const junk = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
);
const base = (r: (typeof rulebooks)[number]) => ({
  rulebook: r.id,
  asOf: r.validity.from,
  facts: {} as Record<string, unknown>,
});

const badCall: Arbitrary<BadCall> = fc.oneof(
  // A request with one field broken.
  fc
    .tuple(
      rulebook,
      junk.filter((v) => typeof v !== "string" || !ids.has(v)),
    )
    .map(([r, v]) => ({ argv: ["check", "-"], stdin: JSON.stringify({ ...base(r), rulebook: v }), names: "rulebook" })),
  fc
    .tuple(rulebook, junk)
    .map(([r, v]) => ({ argv: ["check", "-"], stdin: JSON.stringify({ ...base(r), asOf: v }), names: "asOf" })),
  fc
    .tuple(rulebook, fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.array(fc.integer(), { maxLength: 2 })))
    .map(([r, v]) => ({
      argv: ["check", "-"],
      stdin: JSON.stringify({ ...base(r), facts: v }),
      names: "facts",
    })),
  // A fact of the right name with a value of the wrong type.
  rulebook
    .chain((r) =>
      fc.tuple(
        fc.constant(r),
        fc.constantFrom(
          ...r.facts.filter((f) => f.answer === "boolean" || f.answer === "integer" || f.answer === "number"),
        ),
      ),
    )
    .chain(([r, f]) =>
      fc.tuple(
        fc.constant(r),
        fc.constant(f.name),
        fc.oneof(
          fc
            .string({ minLength: 1, maxLength: 6 })
            .filter((s) => Number.isNaN(Number(s)) && s !== "true" && s !== "false"),
          fc.constant({}),
          fc.constant([]),
        ),
      ),
    )
    .map(([r, name, v]) => ({
      argv: ["check", "-"],
      stdin: JSON.stringify({ ...base(r), facts: { [name]: v } }),
      names: `facts.${name}`,
    })),
  // Not JSON at all, or not an object.
  fc
    .string({ minLength: 1, maxLength: 30 })
    .filter((s) => {
      try {
        JSON.parse(s);
        return false;
      } catch {
        return true;
      }
    })
    .map((s) => ({ argv: ["check", "-"], stdin: s, names: "JSON" })),
  fc
    .oneof(fc.integer(), fc.array(fc.integer()), fc.constant(null))
    .map((v) => ({ argv: ["check", "-"], stdin: JSON.stringify(v), names: "(request)" })),
  // Bad command lines.
  fc
    .stringMatching(/^[a-z]{3,12}$/)
    .filter((c) => !["check", "rulebooks", "schema", "verdeelsleutel"].includes(c))
    .map((c) => ({ argv: [c], names: c })),
  fc
    .stringMatching(/^[a-z][a-z0-9-]{0,19}$/)
    .filter((id) => !ids.has(id))
    .map((id) => ({ argv: ["schema", id], names: id })),
  fc
    .stringMatching(/^--[a-z]{2,10}$/)
    .filter((o) => o !== "--help")
    .map((o) => ({ argv: ["rulebooks", o], names: o })),
  fc
    .tuple(fc.stringMatching(/^[a-z]{1,8}$/), fc.stringMatching(/^[a-z]{1,8}$/))
    .map(([a, b]) => ({ argv: ["rulebooks", a, b], names: b })),
  fc.stringMatching(/^[a-z]{4,10}\.json$/).map((f) => ({ argv: ["check", `/nonexistent-dir/${f}`], names: f })),
);

describe("convenant: every bad input gets a clear Dutch/English error naming the field", () => {
  it(`${RUNS} generated bad calls`, () => {
    fc.assert(
      fc.property(badCall, (call) => {
        tried++;
        const result = runCli(call.argv, () => call.stdin ?? "");
        expect(result.exitCode, JSON.stringify(call)).toBe(2);
        expect(result.stdout).toBe("");
        const [nl, en] = result.stderr.split("\n");
        expect(nl, result.stderr).toMatch(/^fout: |^gebruik \/ usage:/);
        if (nl!.startsWith("fout: ")) expect(en, result.stderr).toMatch(/^error: /);
        expect(result.stderr, JSON.stringify(call)).toContain(call.names === "JSON" ? "JSON" : call.names);
        expect(result.stderr).not.toMatch(/\n\s+at |node_modules|\/work\/|\.ts:\d+/);
        clear++;
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
