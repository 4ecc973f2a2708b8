// Fuzz the tab API (/api/tab/*) with generated bad requests, each breaking one thing so the
// oracle knows which field the answer must name: a 4xx in Dutch and English naming that field,
// never a stack trace, SQL or a path. Seeded (FUZZ_SEED to vary it) and bounded; one app.
import fc, { type Arbitrary } from "fast-check";
import { SignalTypeSchema } from "@convenantbot/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demo, huurachterstand, submitSignal, tabCall } from "../http/tab-api/testing/fixtures.js";
import { useTestApp } from "../testing/test-app.js";
import { recordFigure } from "../testing/figures.js";

const RUNS = 400;
const SEED = Number(process.env["FUZZ_SEED"] ?? 20261202);
const t = useTestApp({ worker: false });
let signalId: string;
let tried = 0;
let clear = 0;
beforeAll(async () => {
  signalId = await submitSignal(t.app, huurachterstand());
});
afterAll(() => recordFigure("fuzzTab", { tried, clear }));

interface BadRequest {
  path: string;
  method?: string;
  body?: unknown;
  field: string;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const word = fc.stringMatching(/^[A-Za-z0-9_.~-]{1,16}$/);
const junk = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 2 }),
  fc.dictionary(word, fc.integer(), { maxKeys: 2 }),
);
const known = { type: SignalTypeSchema.options as readonly string[], overdue: ["true", "false"] };

const badRequest = (id: () => string): Arbitrary<BadRequest> =>
  fc.oneof(
    // A list filter with a value it does not know, or a filter it does not have.
    fc
      .tuple(
        fc.constantFrom("type", "overdue"),
        word.filter((v) => !known.type.includes(v) && !known.overdue.includes(v)),
      )
      .map(([key, v]) => ({
        path: `/api/tab/signals?${key}=${encodeURIComponent(v)}`,
        field: `query.${key}`,
      })),
    fc
      .stringMatching(/^[a-z]{2,10}$/)
      .filter((k) => !["type", "status", "overdue"].includes(k))
      .map((k) => ({ path: `/api/tab/signals?${k}=1`, field: `query.${k}` })),
    // A signal id that is no id.
    word.filter((v) => !uuid.test(v)).map((v) => ({ path: `/api/tab/signals/${encodeURIComponent(v)}`, field: "id" })),
    word
      .filter((v) => !uuid.test(v))
      .map((v) => ({
        path: `/api/tab/signals/${encodeURIComponent(v)}/actions`,
        method: "POST",
        body: { type: "oppakken" },
        field: "id",
      })),
    // An action body with one thing wrong.
    junk
      .filter((v) => !["bevestigen", "oppakken", "doorsturen", "afsluiten"].includes(v as string))
      .map((v) => ({
        path: `/api/tab/signals/${id()}/actions`,
        method: "POST",
        body: { type: v },
        field: "action.type",
      })),
    fc
      .oneof(fc.integer(), fc.array(fc.integer(), { maxLength: 3 }), fc.string({ maxLength: 8 }))
      .map((v) => ({ path: `/api/tab/signals/${id()}/actions`, method: "POST", body: v, field: "action" })),
    junk
      .filter((v) => typeof v !== "string")
      .map((v) => ({
        path: `/api/tab/signals/${id()}/actions`,
        method: "POST",
        body: { type: "afsluiten", outcome: v },
        field: "action.outcome",
      })),
    // A rulebook that is none (or not the caller's).
    fc.stringMatching(/^[a-z0-9-]{1,30}$/).map((r) => ({ path: `/api/tab/dashboard/${r}-x`, field: "id" })),
    fc.stringMatching(/^[a-z0-9-]{1,30}$/).map((r) => ({ path: `/api/tab/monitoring/${r}-x`, field: "id" })),
  );

const leak =
  /\n\s+at |node_modules|\/work\/|\/tmp\/|\bSELECT\b|\bINSERT\b|relation "|sqlState|22P02|syntax error|\.ts:\d+|violates/;

describe("tab API: every bad input gets a clear error naming the field", () => {
  it(`${RUNS} generated bad requests`, async () => {
    await fc.assert(
      fc.asyncProperty(
        badRequest(() => signalId),
        async (bad) => {
          tried++;
          const r = await tabCall(t.app.url, bad.path, {
            user: demo.begeleider.teamsUserId,
            ...(bad.method ? { method: bad.method } : {}),
            ...(bad.body !== undefined ? { body: bad.body } : {}),
          });
          const text = JSON.stringify(r.body);
          expect(r.status, `${bad.path} ${text}`).toBeGreaterThanOrEqual(400);
          expect(r.status, `${bad.path} ${text}`).toBeLessThan(500);
          const body = r.body as { message_nl?: string; message_en?: string; issues?: { field: string }[] };
          expect(body.message_nl, text).toBeTruthy();
          expect(body.message_en, text).toBeTruthy();
          const fields = (body.issues ?? []).map((i) => i.field);
          expect(
            fields.some((f) => f === bad.field || f.startsWith(`${bad.field}.`)) ||
              body.message_en!.includes(bad.field),
            `${bad.path} ${JSON.stringify(bad.body)} -> ${text}`,
          ).toBe(true);
          expect(text).not.toMatch(leak);
          clear++;
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  }, 120_000);
});
