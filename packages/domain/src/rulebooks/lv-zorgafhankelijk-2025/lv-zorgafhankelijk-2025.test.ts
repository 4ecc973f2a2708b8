import { describe, expect, it } from "vitest";
import { check, evaluateRulebook } from "../../check/engine.js";
import { isValidOn, lastValidDay } from "../rulebook.js";
import { deadlinesFrom } from "../../deadlines/compute.js";
import { nextQuestions } from "../../intake/next-questions.js";
import { expectFullCoverage, loadTable, runTable } from "../../testing/rule-table.js";
import { lvZorgafhankelijk2025 } from "./index.js";
import { proposeLvSupportParties } from "./support-parties.js";

const table = new URL("./lv-zorgafhankelijk-2025.cases.yaml", import.meta.url);
// The complete eligible candidate of facts.md (first row of the table).
const eligible = loadTable(table).rows[0]!.facts;
const asOf = "2026-03-01";
const ids = (facts: Record<string, unknown>) =>
  proposeLvSupportParties(facts, check({ rulebook: "lv-zorgafhankelijk-2025", asOf, facts })).map((p) => p.partyId);

describe("lv-zorgafhankelijk-2025 (seed 004_155496c065a393ec.txt)", () => {
  const rows = runTable(table);
  expectFullCoverage(lvZorgafhankelijk2025, rows);

  it("process codes are deadlines, not check reasons: offer within three months of aanmelding (LV.5.4)", () => {
    const codes = lvZorgafhankelijk2025.rules.map((r) => r.code);
    for (const code of ["LV.5.4", "LV.4.5", "LV.4.9", "LV.4.10", "LV.4.14", "LV.5.11", "LV.9"])
      expect(codes).not.toContain(code);
    // art. 5 lid 4: "indien mogelijk binnen drie maanden" is a target ("zo mogelijk vóór"), not a hard term.
    expect(deadlinesFrom(lvZorgafhankelijk2025.deadlines, "aanmelding", "2026-03-01")).toMatchObject([
      { code: "LV.5.4", due: "2026-06-01", kind: "target" },
    ]);
    expect(deadlinesFrom(lvZorgafhankelijk2025.deadlines, "lease_start", "2026-07-01")).toMatchObject([
      { code: "LV.4.9", due: "2028-07-01", kind: "at_most" },
    ]);
    expect(deadlinesFrom(lvZorgafhankelijk2025.deadlines, "agreement_start", "2026-07-01")).toMatchObject([
      { code: "LV.4.10", due: "2027-07-01", kind: "at_least" },
    ]);
    expect(deadlinesFrom(lvZorgafhankelijk2025.deadlines, "last_evaluation", "2026-07-01")).toMatchObject([
      { code: "LV.5.11", due: "2027-07-01" },
    ]);
  });

  it("tacit yearly renewal needs no act; only an end recorded as data stops the convenant (art. 12 lid 1, art. 11 lid 2)", () => {
    expect(lastValidDay(lvZorgafhankelijk2025.validity)).toBeNull();
    expect(isValidOn(lvZorgafhankelijk2025, "2040-01-14")).toBe(true);
    const ended = {
      ...lvZorgafhankelijk2025,
      validity: {
        ...lvZorgafhankelijk2025.validity,
        ended: { lastDay: "2029-01-13", source: "voorbeeld: besluit na evaluatie (illustratief)" },
      },
    };
    expect(lastValidDay(ended.validity)).toBe("2029-01-13");
    expect(isValidOn(ended, "2029-01-13")).toBe(true);
    expect(isValidOn(ended, "2029-01-14")).toBe(false);
    expect(evaluateRulebook(ended, eligible, "2028-06-01").outcome).toBe("eligible");
    expect(lvZorgafhankelijk2025.parameters["duration"]).toMatchObject({
      initialPeriodLastDay: "2028-01-13",
      withdrawalNoticeMonths: 6,
      withdrawals: [],
    });
  });

  it("only zorgorganisaties, Reclassering and the Lokale Kamer may nominate (art. 4 lid 1)", () => {
    expect(lvZorgafhankelijk2025.parameters["nominatingRoles"]).toEqual([
      "zorgorganisatie",
      "reclassering",
      "lokale_kamer",
    ]);
  });

  it("distribution: Duivenvoorde one home a year, the other numbers an ASSUMED placeholder", () => {
    expect(lvZorgafhankelijk2025.parameters["distribution"]).toMatchObject({
      homesPerYear: { "lv-stichting-duivenvoorde": 1, "lv-vidomes": null, "lv-wooninvest": null },
    });
    expect(lvZorgafhankelijk2025.assumptions.map((a) => a.id)).toContain("lv-verdeling");
    // Dutch text says AANNAME, the English text (and the code) ASSUMED.
    for (const a of lvZorgafhankelijk2025.assumptions) {
      expect(a.text_nl.startsWith("AANNAME:")).toBe(true);
      expect(a.text_en.startsWith("ASSUMED:")).toBe(true);
    }
  });

  it("the intake stops asking about debts once there are none, and asks about the arrangement once there are", () => {
    const without = nextQuestions(lvZorgafhankelijk2025, { ...eligible, hasProblemDebts: false }, asOf);
    expect(without.questions).toEqual([]);
    const withDebts = nextQuestions(lvZorgafhankelijk2025, { ...eligible, hasProblemDebts: true }, asOf);
    expect(withDebts.questions.map((q) => q.fact)).toEqual(["debtArrangement"]);
  });
});

describe("proposeLvSupportParties", () => {
  it("proposes nobody for a candidate without a special need", () => {
    expect(ids(eligible)).toEqual([]);
  });

  it("a justitiabele, TBS or eviction for fraud goes to Reclassering and the Lokale Kamer casemanager", () => {
    for (const facts of [
      { ...eligible, targetGroup: "justitiabele" },
      { ...eligible, tbsMeasure: true, proposedByMayor: true },
      { ...eligible, evictedLast3Years: true, evictionReason: "fraude", fromNoodwoning: true },
    ]) {
      expect(ids(facts).slice(0, 2)).toEqual(["lv-reclassering-nederland", "lv-lokale-kamer"]);
    }
    const reason = proposeLvSupportParties({ tbsMeasure: true }).find(
      (p) => p.partyId === "lv-reclassering-nederland",
    )?.reason;
    expect(reason?.nl).toMatch(/art\. 1 sub i/);
    expect(reason?.en).toMatch(/Reclassering Nederland/);
  });

  it("an eviction for rent arrears is no justice matter", () => {
    expect(ids({ ...eligible, evictedLast3Years: true, evictionReason: "huurschuld" })).not.toContain(
      "lv-reclassering-nederland",
    );
  });

  it("a target group proposes the zorgorganisaties serving it, saying the match is ASSUMED", () => {
    const psychiatric = proposeLvSupportParties({ targetGroup: "psychiatrisch" });
    expect(psychiatric.map((p) => p.partyId)).toEqual(
      expect.arrayContaining(["lv-parnassia-haaglanden", "lv-ggz-rivierduinen", "lv-ribw-fonteynenburg"]),
    );
    expect(psychiatric.every((p) => p.role === "zorgorganisatie")).toBe(true);
    expect(psychiatric[0]?.reason.nl).toMatch(/AANNAME/);
    expect(psychiatric[0]?.reason.nl).not.toMatch(/ASSUMED/);
    expect(ids({ targetGroup: "verstandelijke_beperking" }).sort()).toEqual(["lv-humanitas-dmh", "lv-middin"]);
    expect(ids({ targetGroup: "anders" })).toEqual([]);
  });

  it("a family with minor children facing eviction is pointed to the noodwoning route", () => {
    const out = proposeLvSupportParties({ minorChildren: 2, facingEviction: true });
    expect(out.map((p) => p.partyId)).toEqual(["lv-ggd-haaglanden", "lv-limor"]);
    expect(out[0]?.reason.nl).toMatch(/Meldpunt Zorgwekkend gedrag/);
    expect(out[0]?.reason.nl).toMatch(/lv-noodwoning-2025/);
    expect(ids({ minorChildren: 0, facingEviction: true })).toEqual([]);
    expect(ids({ minorChildren: 2, facingEviction: false })).toEqual([]);
  });

  it("without begeleiding: the gemeente's Wmo access and the Toetsingscommissie", () => {
    const [gemeente] = proposeLvSupportParties({ receivesSupport: false });
    expect(gemeente?.partyId).toBe("lv-gemeente-leidschendam-voorburg");
    expect(gemeente?.reason.nl).toMatch(/Toetsingscommissie/);
  });

  it("open debts or no budgetbeheer bring in the gemeente once, with both reasons merged", () => {
    const out = proposeLvSupportParties({ receivesSupport: false, hasProblemDebts: true, debtArrangement: false });
    const gemeente = out.filter((p) => p.partyId === "lv-gemeente-leidschendam-voorburg");
    expect(gemeente).toHaveLength(1);
    expect(gemeente[0]?.reason.nl).toMatch(/Toetsingscommissie.*schuldhulpverlening/);
    expect(ids({ budgetManagement: false, budgetManagementExemptionMotivated: true })).toEqual([]);
  });

  it("transgressive behaviour in a family brings in the Lokale Kamer's advice", () => {
    const out = proposeLvSupportParties({ minorChildren: 1, transgressiveBehaviour: true });
    expect(out.map((p) => p.partyId)).toEqual(["lv-lokale-kamer"]);
    expect(out[0]?.reason.nl).toMatch(/art\. 4 lid 2/);
  });

  it("is the rulebook's own proposer", () => {
    expect(lvZorgafhankelijk2025.proposeSupportParties).toBe(proposeLvSupportParties);
  });
});
