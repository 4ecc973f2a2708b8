// Test support (not shipped): runs OpenFisca-style YAML tables against the check engine.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { z } from "zod";
import { expect, it } from "vitest";
import { check, isDomainError } from "../index.js";
import { possibleStatuses } from "../check/rule.js";
import { RuleStatusSchema, OutcomeSchema } from "../check/status.js";
import type { Rulebook } from "../rulebooks/rulebook.js";

const RowSchema = z.strictObject({
  name: z.string(),
  rulebook: z.string().optional(),
  asOf: z.string(),
  facts: z.record(z.string(), z.unknown()),
  /** Expected outcome, or an error whose issues name these fields. */
  outcome: OutcomeSchema.optional(),
  error: z.strictObject({ code: z.string(), fields: z.array(z.string()) }).optional(),
  /** Expected status per rule code (only the codes listed are asserted). */
  statuses: z.record(z.string(), RuleStatusSchema).optional(),
  /** Exact expected missing list, in order. */
  missing: z.array(z.string()).optional(),
  /** Each string must occur in some Dutch hint. */
  hints: z.array(z.string()).optional(),
  /** Rule codes whose status is failed, exactly (the worked examples). */
  failed: z.array(z.string()).optional(),
});
export type TableRow = z.infer<typeof RowSchema>;

export function loadTable(path: URL): { rulebook: string; rows: TableRow[] } {
  const doc = z
    .strictObject({ rulebook: z.string(), source: z.string(), rows: z.array(RowSchema) })
    .parse(parse(readFileSync(path, "utf8"), { merge: true, maxAliasCount: -1 })); // our own tables reuse one household many times
  return { rulebook: doc.rulebook, rows: doc.rows };
}

/** One vitest case per row. */
export function runTable(path: URL): TableRow[] {
  const table = loadTable(path);
  for (const row of table.rows) {
    it(row.name, () => {
      const request = { rulebook: row.rulebook ?? table.rulebook, asOf: row.asOf, facts: row.facts };
      if (row.error) {
        let caught: unknown;
        try {
          check(request);
        } catch (error) {
          caught = error;
        }
        expect(isDomainError(caught), "expected a DomainError").toBe(true);
        if (!isDomainError(caught)) return;
        expect(caught.code).toBe(row.error.code);
        const fields = caught.issues.map((i) => i.field);
        for (const field of row.error.fields) {
          expect(fields).toContain(field);
          expect(caught.message_nl).toContain(field);
          expect(caught.message_en).toContain(field);
        }
        return;
      }
      const result = check(request);
      if (row.outcome) expect(result.outcome).toBe(row.outcome);
      for (const [code, status] of Object.entries(row.statuses ?? {})) {
        const reason = result.reasons.find((r) => r.code === code);
        expect(reason, `reason ${code}`).toBeDefined();
        expect(`${code}: ${reason?.status}`).toBe(`${code}: ${status}`);
      }
      if (row.missing) expect(result.missing).toEqual(row.missing);
      if (row.failed)
        expect(result.reasons.filter((r) => r.status === "failed").map((r) => r.code)).toEqual(row.failed);
      for (const hint of row.hints ?? []) {
        expect(
          result.hints.some((h) => h.text_nl.includes(hint)),
          `hint containing "${hint}"`,
        ).toBe(true);
      }
    });
  }
  return table.rows;
}

/** Proves the table has a row for every status every rule of the rulebook can take. */
export function expectFullCoverage(rulebook: Rulebook, rows: readonly TableRow[]): void {
  it(`covers every status of every rule of ${rulebook.id}`, () => {
    const seen = new Map<string, Set<string>>();
    for (const row of rows) {
      if (row.error) continue;
      const result = check({ rulebook: row.rulebook ?? rulebook.id, asOf: row.asOf, facts: row.facts });
      for (const reason of result.reasons) {
        if (!row.statuses || !(reason.code in row.statuses)) continue; // only asserted statuses count
        const set = seen.get(reason.code) ?? new Set<string>();
        set.add(reason.status);
        seen.set(reason.code, set);
      }
    }
    const gaps: string[] = [];
    for (const rule of rulebook.rules) {
      for (const status of possibleStatuses(rule)) {
        if (!seen.get(rule.code)?.has(status)) gaps.push(`${rule.code}:${status}`);
      }
    }
    expect(gaps).toEqual([]);
  });
}
