import { describe, expect, it } from "vitest";
import { gvAllocationTables } from "../allocation/gv-allocation-tables.js";
import { findRulebookVersions } from "../rulebooks/registry.js";
import type { Rulebook } from "../rulebooks/rulebook.js";
import { check } from "./engine.js";
import { mergeRecheckReports, recheck, recheckDate, type OpenCase } from "./recheck.js";

const current = findRulebookVersions("gv-urgentie-2019").at(-1)!;
// A new version that lowers the income limit from 47,073 to 45,000 (made up for this test).
const lowered: Rulebook = {
  ...current,
  version: `${current.version}-lower-limit`,
  parameters: {
    ...current.parameters,
    allocationTables: gvAllocationTables.map((t) => ({ ...t, incomeLimit: 45_000 })),
  },
};

const calamiteit = {
  urgentWithin3Months: true,
  triedToSolve: true,
  livesInRegion: true,
  grounds: ["calamiteit"],
  homePermanentlyUninhabitable: true,
  canArrangeOwnHousing: false,
};
const asOf = "2020-03-01";

/** A case as the store holds it: facts and the outcome the current version gave. */
function stored(id: string, facts: Record<string, unknown>): OpenCase {
  return { id, facts, asOf, outcome: check({ rulebook: current.id, asOf, facts }).outcome };
}

describe("recheck against a new rulebook version", () => {
  const table = [
    { id: "a", facts: { ...calamiteit, householdIncome: 30_000 }, before: "eligible", after: "eligible" },
    { id: "b", facts: { ...calamiteit, householdIncome: 46_000 }, before: "eligible", after: "not_eligible" },
    { id: "c", facts: { ...calamiteit, householdIncome: 45_000 }, before: "eligible", after: "eligible" },
    { id: "d", facts: { ...calamiteit, householdIncome: 45_001 }, before: "eligible", after: "not_eligible" },
    { id: "e", facts: { ...calamiteit, householdIncome: 50_000 }, before: "not_eligible", after: "not_eligible" },
    { id: "f", facts: { ...calamiteit }, before: "needs_info", after: "needs_info" },
  ] as const;

  it.each(table)("case $id: $before before, $after after", ({ id, facts, before, after }) => {
    const stored_ = stored(id, facts);
    expect(stored_.outcome).toBe(before);
    const report = recheck([stored_], lowered);
    expect(report.checked).toBe(1);
    expect(report.changed.map((c) => [c.id, c.from, c.to])).toEqual(before === after ? [] : [[id, before, after]]);
  });

  it("reports only the changed cases, with the rule that now decides", () => {
    const report = recheck(
      table.map((row) => stored(row.id, row.facts)),
      lowered,
    );
    expect(report).toMatchObject({
      rulebook: "gv-urgentie-2019",
      rulebookVersion: lowered.version,
      checked: 6,
      refused: [],
    });
    expect(report.changed.map((c) => c.id)).toEqual(["b", "d"]);
    const income = report.changed[0]!.result.reasons.find((r) => r.code === "GV.URG.INKOMEN")!;
    expect(income.status).toBe("failed");
    expect(income.text_nl).toContain("€ 45.000");
  });

  it("a case stored without an outcome counts as changed; facts the version refuses are named, not thrown", () => {
    const report = recheck(
      [
        { id: "x", facts: { ...calamiteit, householdIncome: 30_000 }, asOf, outcome: null },
        { id: "y", facts: { ...calamiteit, householdIncome: 30_000, vervallenVraag: true }, asOf, outcome: "eligible" },
      ],
      lowered,
    );
    expect(report.changed.map((c) => [c.id, c.from, c.to])).toEqual([["x", null, "eligible"]]);
    expect(report.refused).toHaveLength(1);
    expect(report.refused[0]!.id).toBe("y");
    expect(report.refused[0]!.message_nl).toContain("vervallenVraag");
  });

  it("the same report whether the cases come in one go or in batches", () => {
    const cases = table.map((row) => stored(row.id, row.facts));
    const whole = recheck(cases, lowered);
    const batched = mergeRecheckReports(recheck(cases.slice(0, 4), lowered), recheck(cases.slice(4), lowered));
    expect(batched).toEqual(whole);
  });

  it("re-checks as of the new version's first day, or the case's own later date", () => {
    const later: Rulebook = { ...current, validity: { ...current.validity, from: "2021-01-01" } };
    expect(recheckDate(later, "2020-03-01")).toBe("2021-01-01");
    expect(recheckDate(later, "2022-05-01")).toBe("2022-05-01");
  });
});
