import { describe, expect, it } from "vitest";
import { findRulebookVersions } from "../rulebooks/registry.js";
import { deriveCaseState, type CaseHistoryEntry } from "./case-lifecycle.js";
import { caseTerms, termsDueWithin } from "./case-terms.js";

const entry = (
  seq: number,
  action: CaseHistoryEntry["action"],
  to: CaseHistoryEntry["to"],
  details: Record<string, unknown> = {},
): CaseHistoryEntry => ({
  seq,
  action,
  at: `2026-03-0${Math.min(seq + 2, 9)}T09:00:00+01:00`,
  actorPartyId: "p",
  actorRole: "verhuurder",
  from: null,
  to,
  details,
});
const lv = findRulebookVersions("lv-zorgafhankelijk-2025").at(-1)!;
const kw = findRulebookVersions("kw-huisuitzetting-2019").at(-1)!;

// Each row: the history so far and the terms that must run, with their due dates.
const rows: {
  name: string;
  definitions: typeof lv.deadlines;
  history: CaseHistoryEntry[];
  today: string;
  expected: Record<string, { due: string; overdue: boolean; metOn?: string }>;
}[] = [
  {
    name: "LV.5.4 runs from the voordracht: three months",
    definitions: lv.deadlines,
    history: [entry(0, "indienen", "ingediend")],
    today: "2026-06-03",
    expected: { "LV.5.4": { due: "2026-06-02", overdue: true } },
  },
  {
    name: "an offer meets LV.5.4",
    definitions: lv.deadlines,
    history: [entry(0, "indienen", "ingediend"), entry(1, "aanbod_doen", "aanbod_gedaan", { on: "2026-05-01" })],
    today: "2026-07-01",
    expected: { "LV.5.4": { due: "2026-06-02", overdue: false, metOn: "2026-05-01" } },
  },
  {
    name: "the lease starts LV.4.9 (two years) and LV.5.11 (yearly evaluation); the agreement LV.4.10",
    definitions: lv.deadlines,
    history: [
      entry(0, "indienen", "ingediend"),
      entry(1, "aanbod_doen", "aanbod_gedaan", { on: "2026-04-01" }),
      entry(2, "aanvaarden", "aanvaard"),
      entry(3, "huurovereenkomst", "geplaatst", { on: "2026-05-01" }),
      entry(4, "woonbegeleiding_gestart", "geplaatst", { on: "2026-05-01" }),
    ],
    today: "2026-06-01",
    expected: {
      "LV.5.4": { due: "2026-06-02", overdue: false, metOn: "2026-04-01" },
      "LV.4.9": { due: "2028-05-01", overdue: false },
      "LV.5.11": { due: "2027-05-01", overdue: false },
      "LV.4.10": { due: "2027-05-01", overdue: false },
    },
  },
  {
    name: "an evaluation restarts LV.5.11",
    definitions: lv.deadlines,
    history: [
      entry(0, "indienen", "ingediend"),
      entry(1, "aanbod_doen", "aanbod_gedaan", { on: "2026-04-01" }),
      entry(2, "huurovereenkomst", "geplaatst", { on: "2026-05-01" }),
      entry(3, "evalueren", "geevalueerd", { on: "2027-04-15" }),
    ],
    today: "2027-05-01",
    expected: {
      "LV.5.4": { due: "2026-06-02", overdue: false, metOn: "2026-04-01" },
      "LV.4.9": { due: "2028-05-01", overdue: false },
      "LV.5.11": { due: "2028-04-15", overdue: false },
    },
  },
  {
    name: "KW: three months of rent from the benefit, from the benefit start",
    definitions: kw.deadlines,
    history: [entry(0, "indienen", "ingediend"), entry(1, "uitkering_huur_gestart", "ingediend", { on: "2026-03-15" })],
    today: "2026-06-16",
    expected: { "KW.HUUR_UIT_UITKERING": { due: "2026-06-15", overdue: true } },
  },
];

describe("case terms start from real events", () => {
  for (const row of rows) {
    it(row.name, () => {
      const terms = caseTerms(row.definitions, deriveCaseState(row.history), row.today);
      const got = Object.fromEntries(
        terms.map((t) => [t.code, { due: t.due, overdue: t.overdue, ...(t.metOn ? { metOn: t.metOn } : {}) }]),
      );
      expect(got).toEqual(row.expected);
    });
  }

  it("a closed case has no overdue term; 'due this week' lists only running terms", () => {
    const history = [entry(0, "indienen", "ingediend"), entry(1, "intrekken", "ingetrokken", { reason: "verhuisd" })];
    expect(caseTerms(lv.deadlines, deriveCaseState(history), "2027-01-01").every((t) => !t.overdue)).toBe(true);
    const open = caseTerms(lv.deadlines, deriveCaseState([entry(0, "indienen", "ingediend")]), "2026-05-30");
    expect(termsDueWithin(open, "2026-05-30", "2026-06-05").map((t) => t.code)).toEqual(["LV.5.4"]);
    expect(termsDueWithin(open, "2026-05-01", "2026-05-07")).toEqual([]);
  });
});
