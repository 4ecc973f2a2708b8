import { describe, expect, it } from "vitest";
import { evaluateRulebook } from "../../check/engine.js";
import { expectFullCoverage, runTable } from "../../testing/rule-table.js";
import { gvFormerPartyIds } from "../gv-parties/parties.js";
import { gvHov2025 } from "./index.js";
import { hovSupportOptions } from "./support-options.js";

describe("gv-hov-2025 (seed 000_d628490ca6f6bba0.txt + 003 section 4.4)", () => {
  const rows = runTable(new URL("./gv-hov-2025.cases.yaml", import.meta.url));
  expectFullCoverage(gvHov2025, rows);

  it("marks every rule as voorstel: they come from the proposals of 003 § 4.4", () => {
    for (const rule of gvHov2025.rules) expect(rule.status, rule.code).toBe("voorstel");
  });

  it("records its validity as an assumption in data", () => {
    expect(gvHov2025.validity).toMatchObject({ from: "2025-09-18", to: null });
    expect(gvHov2025.assumptions.find((a) => a.id === "hov-geldigheid")?.text_nl).toMatch(/^AANNAME/);
  });

  it("keeps the support options as data, each with a party and a source", () => {
    expect(hovSupportOptions.map((o) => o.id)).toEqual(["intermediaire-verhuur", "risicofonds"]);
    expect(hovSupportOptions.find((o) => o.id === "risicofonds")?.approvedOn).toBe("2024-06-26");
    for (const option of hovSupportOptions) {
      expect(gvHov2025.parties.some((p) => p.id === option.partyId)).toBe(true);
      expect(option.source).toMatch(/000_d628490ca6f6bba0\.txt/);
    }
  });

  describe("proposeSupportParties", () => {
    const propose = (facts: Record<string, unknown>) =>
      gvHov2025.proposeSupportParties!(facts, evaluateRulebook(gvHov2025, facts, "2026-03-01"));

    it("proposes a zorgaanbieder (zorgcontract, intermediaire verhuur) and the team HMD (Risicofonds)", () => {
      const proposals = propose({ evictedFor: "huurschuld" });
      expect(proposals.map((p) => p.partyId)).toEqual(["gv-zorgaanbieders", "gv-team-hmd"]);
      expect(proposals[0]?.reason.nl).toMatch(/zorgcontract.*intermediaire verhuur/s);
      expect(proposals[1]?.reason.nl).toMatch(/Risicofonds.*26 juni 2024/);
    });

    it("drops the zorgcontract reason once the contract is signed", () => {
      const proposals = propose({ evictedFor: "overlast", careContractSigned: true });
      expect(proposals[0]?.reason.nl).not.toMatch(/sluit het zorgcontract/);
      expect(proposals[0]?.reason.nl).toMatch(/intermediaire verhuur/);
    });

    it("proposes nobody outside the doelgroep, and never a party that left the region", () => {
      expect(propose({ evictedFor: "geen", careAdviceHov: false })).toEqual([]);
      const ids = propose({ careAdviceHov: true }).map((p) => p.partyId);
      for (const former of gvFormerPartyIds) expect(ids).not.toContain(former);
    });
  });
});
