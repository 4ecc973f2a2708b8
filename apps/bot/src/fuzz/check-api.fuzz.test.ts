// Fuzz POST /api/check (facts.md contract) with 1,000 generated bad requests. Each starts
// from a valid request and breaks exactly one field, so the oracle knows which field the
// answer must name: every one must be a 4xx whose Dutch message names that field.
// Seeded (FUZZ_SEED to vary it) and bounded in time; one app instance for the file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IsoDateSchema, listRulebooks, type Rulebook } from "@convenantbot/domain";
import type { RunningApp } from "../app.js";
import { startTestApp } from "../testing/test-app.js";
import fc, { type Arbitrary } from "fast-check";
import { isDutchLine } from "./testing/dutch.js";
import { recordFigure } from "../testing/figures.js";

const RUNS = 1000;
const SEED = Number(process.env["FUZZ_SEED"] ?? 20261123);

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
  await app?.store.close();
});

const rulebooks = listRulebooks();
const rulebookIds = new Set(rulebooks.map((r) => r.id));
const isIsoDate = (v: unknown) => IsoDateSchema.safeParse(v).success;

/** A valid value for every fact, as packages/domain/bench/check-throughput.ts builds them. */
function validFacts(rulebook: Rulebook): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  for (const fact of rulebook.facts) {
    let value: unknown;
    if (fact.answer === "boolean") value = false;
    else if (fact.answer === "integer" || fact.answer === "number") value = fact.min ?? 1;
    else if (fact.answer === "choice") value = fact.choices?.[0]?.value;
    else if (fact.answer === "multi-choice") value = [fact.choices?.[0]?.value];
    else if (fact.answer === "text") value = rulebook.region;
    else if (fact.answer === "date") value = rulebook.validity.from;
    if (value !== undefined && fact.schema.safeParse(value).success) facts[fact.name] = value;
  }
  return facts;
}

interface BadRequest {
  body: unknown;
  field: string;
  how: string;
}

const anyJson = fc.jsonValue({ maxDepth: 2 });
const keyText = fc.oneof(
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.string({ minLength: 1, maxLength: 8, unit: "grapheme" }),
);

const badRequest: Arbitrary<BadRequest> = fc
  .record({
    rulebook: fc.constantFrom(...rulebooks),
    keep: fc.func(fc.boolean()), // which valid facts stay in the base request
  })
  .chain(({ rulebook, keep }) => {
    const facts = Object.fromEntries(Object.entries(validFacts(rulebook)).filter(([name]) => keep(name)));
    const base = { rulebook: rulebook.id, asOf: rulebook.validity.from, facts };
    const factNames = new Set(rulebook.facts.map((f) => f.name));
    const without = (key: "rulebook" | "asOf" | "facts") => {
      const { [key]: _dropped, ...rest } = base;
      return rest;
    };
    const cases: Arbitrary<BadRequest>[] = [
      fc.constant({ body: without("rulebook"), field: "rulebook", how: "rulebook missing" }),
      anyJson
        .filter((v) => typeof v !== "string" || !rulebookIds.has(v))
        .map((v) => ({ body: { ...base, rulebook: v }, field: "rulebook", how: "rulebook not a known id" })),
      fc.constant({ body: without("asOf"), field: "asOf", how: "asOf missing" }),
      fc
        .oneof(anyJson, fc.string({ maxLength: 12 }), fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/))
        .filter((v) => !isIsoDate(v))
        .map((v) => ({ body: { ...base, asOf: v }, field: "asOf", how: "asOf not a date" })),
      fc
        .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("1999-12-31T00:00:00Z"), noInvalidDate: true })
        .map((d) => ({
          body: { ...base, asOf: d.toISOString().slice(0, 10) },
          field: "asOf",
          how: "asOf outside the validity",
        })),
      fc.constant({ body: without("facts"), field: "facts", how: "facts missing" }),
      anyJson
        .filter((v) => v === null || typeof v !== "object" || Array.isArray(v))
        .map((v) => ({ body: { ...base, facts: v }, field: "facts", how: "facts not an object" })),
      fc
        .record({ fact: fc.constantFrom(...rulebook.facts), value: anyJson })
        .filter(({ fact, value }) => !fact.schema.safeParse(value).success)
        .map(({ fact, value }) => ({
          body: { ...base, facts: { ...facts, [fact.name]: value } },
          field: `facts.${fact.name}`,
          how: "fact of the wrong type",
        })),
      fc
        .record({ key: keyText.filter((k) => !factNames.has(k) && k !== "__proto__"), value: anyJson })
        .map(({ key, value }) => ({
          body: { ...base, facts: { ...facts, [key]: value } },
          field: `facts.${key}`,
          how: "unknown fact",
        })),
      fc
        .record({ key: keyText.filter((k) => !["rulebook", "asOf", "facts"].includes(k)), value: anyJson })
        .map(({ key, value }) => ({ body: { ...base, [key]: value }, field: key, how: "unknown top-level field" })),
    ];
    return fc.oneof(...cases);
  });

async function post(body: unknown, contentType = "application/json") {
  const response = await fetch(`${app.url}/api/check`, {
    method: "POST",
    headers: { "content-type": contentType },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: { message_nl?: unknown; message_en?: unknown; issues?: { field: string }[] } = {};
  try {
    json = JSON.parse(text);
  } catch {
    // asserted below
  }
  return { status: response.status, text, json };
}

describe("POST /api/check under 1,000 generated bad requests", () => {
  it("answers every one with a 4xx and a Dutch message naming the offending field", async () => {
    let runs = 0;
    const seen = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(badRequest, async ({ body, field, how }) => {
        runs++;
        seen.set(how, (seen.get(how) ?? 0) + 1);
        const { status, text, json } = await post(body);
        expect(status, `${how}: ${text.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
        expect(status, `${how}: ${text.slice(0, 300)}`).toBeLessThan(500);
        expect(typeof json.message_nl, text.slice(0, 300)).toBe("string");
        const nl = json.message_nl as string;
        // The domain writes a key that starts with "[" as if it were an array index
        // ("facts[x" for the key "[x"): still the offending key, so accepted in either form.
        const names = [field, field.replace(/\.\[/g, "[")];
        expect(
          names.some((n) => nl.includes(n)),
          `${how}: the Dutch message names ${field}: ${nl}`,
        ).toBe(true);
        expect(isDutchLine(nl), `${how}: Dutch: ${nl}`).toBe(true);
        expect(nl).not.toBe(json.message_en);
        const named = (f: string) => names.some((n) => f === n || f.startsWith(`${n}[`) || f.startsWith(`${n}.`));
        expect(
          json.issues?.some((i) => named(i.field)),
          `${how}: issues name ${field}: ${JSON.stringify(json.issues)}`,
        ).toBe(true);
      }),
      // Bounded by count; the test timeout below is only the stop (a busy machine is slower, not wrong).
      { numRuns: RUNS, seed: SEED },
    );
    expect(runs).toBeGreaterThanOrEqual(RUNS);
    // Every run passed the property above (a failing one throws): all bad inputs got a clear error.
    recordFigure("fuzzCheckApi", { tried: runs, clear: runs });
    expect(seen.size, `every kind of bad request was generated: ${[...seen.keys()].join(", ")}`).toBe(10);
    // The process kept serving.
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  }, 300_000);

  it("answers bodies that are no JSON object with a 4xx, never a 5xx", async () => {
    for (const [body, contentType] of [
      ["[1,2]", "application/json"],
      ['"tekst"', "application/json"],
      ["42", "application/json"],
      ["null", "application/json"],
      ["", "application/json"],
      ["rulebook=kw", "application/x-www-form-urlencoded"],
      ["hallo", "text/plain"],
      ["{niet: json", "application/json"],
      [`{"facts":${"[".repeat(5000)}`, "application/json"],
    ] as const) {
      const { status, json, text } = await post(body, contentType);
      expect(status, `${body.slice(0, 40)}: ${text.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
      // A body that is JSON but no object gets the domain's Dutch message; malformed JSON is
      // refused by restify's body parser before /api/check runs (English "Invalid JSON": see bench/README.md).
      if (json.message_nl !== undefined) expect(isDutchLine(String(json.message_nl))).toBe(true);
    }
    const big = await post({
      rulebook: "kw-huisuitzetting-2019",
      asOf: "2026-03-01",
      facts: { x: "a".repeat(300 * 1024) },
    });
    expect(big.status).toBe(413);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });
});
