import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { findRulebookVersions } from "../rulebooks/registry.js";
import { handoffTable, landlordDutyFor } from "./handoff-table.js";
import { routeCase } from "./handoff.js";

const RowSchema = z.strictObject({
  name: z.string(),
  rulebook: z.string(),
  sender: z.string(),
  support: z.string().optional(),
  facts: z.record(z.string(), z.unknown()),
  recipients: z.record(z.string(), z.string().regex(/^[a-z]+\/\d$/)),
});
const table = z
  .strictObject({ rows: z.array(RowSchema) })
  .parse(parse(readFileSync(new URL("./handoff.cases.yaml", import.meta.url), "utf8")));
const latest = (id: string) => findRulebookVersions(id).at(-1)!;

describe("hand-off routing (handoff.cases.yaml)", () => {
  for (const row of table.rows) {
    it(row.name, () => {
      const recipients = routeCase({
        rulebook: latest(row.rulebook),
        facts: row.facts,
        senderPartyId: row.sender,
        supportPartyId: row.support ?? null,
      });
      const got = Object.fromEntries(recipients.map((r) => [r.partyId, `${r.caseRole}/${r.stage}`]));
      expect(got).toEqual(row.recipients);
      for (const r of recipients) {
        expect(r.article.length).toBeGreaterThan(0);
        expect(r.reason.nl.length).toBeGreaterThan(0);
      }
    });
  }

  it("the LV gemeente never receives a case (art. 10 lid 2)", () => {
    for (const rulebook of ["lv-zorgafhankelijk-2025", "lv-noodwoning-2025"])
      for (const row of table.rows.filter((r) => r.rulebook === rulebook)) {
        const recipients = routeCase({
          rulebook: latest(rulebook),
          facts: row.facts,
          senderPartyId: row.sender,
          supportPartyId: "lv-gemeente-leidschendam-voorburg",
        });
        expect(recipients.map((r) => r.partyRole)).not.toContain("gemeente");
      }
  });

  it("every row names its article, and every party it names exists in its rulebooks", () => {
    for (const rule of handoffTable) {
      expect(rule.article, rule.id).toMatch(/\S/);
      if (rule.assumed) expect(rule.assumed, rule.id).toMatch(/^ASSUMED/);
      if (rule.to.kind === "parties")
        for (const rulebook of rule.rulebooks)
          for (const id of rule.to.ids)
            expect(
              latest(rulebook).parties.map((p) => p.id),
              `${rule.id} ${id}`,
            ).toContain(id);
    }
  });

  it("the KW landlord's copy carries its duty from the aanmelding on", () => {
    expect(landlordDutyFor("kw-huisuitzetting-2019")?.text.nl).toContain("incasso opgeschort, geen rente of kosten");
    expect(landlordDutyFor("lv-zorgafhankelijk-2025")).toBeUndefined();
  });
});
