import { describe, expect, it } from "vitest";
import { check, evaluateRulebook } from "../../check/engine.js";
import { expectFullCoverage, runTable } from "../../testing/rule-table.js";
import { gvUrgentie2019 } from "./index.js";

const calamiteit = {
  urgentWithin3Months: true,
  triedToSolve: true,
  livesInRegion: true,
  householdIncome: 30000,
  grounds: ["calamiteit"],
  homePermanentlyUninhabitable: true,
  canArrangeOwnHousing: false,
};
const reason = (result: ReturnType<typeof check>, code: string) => result.reasons.find((r) => r.code === code)!;

describe("gv-urgentie-2019 (seed 003_678f56d0468f9c28.txt)", () => {
  const rows = runTable(new URL("./gv-urgentie-2019.cases.yaml", import.meta.url));
  expectFullCoverage(gvUrgentie2019, rows);

  it("marks every rule and reason a voorstel, and the rulebook's legal status too", () => {
    expect(gvUrgentie2019.legalStatus).toBe("voorstel");
    for (const rule of gvUrgentie2019.rules) expect(rule.status, rule.code).toBe("voorstel");
    const result = check({ rulebook: "gv-urgentie-2019", asOf: "2020-03-01", facts: calamiteit });
    for (const r of result.reasons) expect(r.voorstel, r.code).toBe(true);
  });

  it("records the validity as an assumption in data: from 2019-07-01, at most four years (seed 003 § 1)", () => {
    expect(gvUrgentie2019.validity).toMatchObject({ from: "2019-07-01", to: "2023-06-30" });
    expect(gvUrgentie2019.assumptions.find((a) => a.id === "urg-geldigheid")?.text_nl).toMatch(/^AANNAME.*vier jaar/);
  });

  it("has all twelve grounds as members of GV.URG.GROND", () => {
    expect(gvUrgentie2019.rules.filter((r) => r.group === "GV.URG.GROND").map((r) => r.code)).toEqual([
      "GV.URG.1",
      "GV.URG.2",
      "GV.URG.3",
      "GV.URG.4",
      "GV.URG.5",
      "GV.URG.6",
      "GV.URG.7",
      "GV.URG.8",
      "GV.URG.9",
      "GV.URG.BLIJF",
      "GV.URG.MANTELZORG",
      "GV.URG.STATUSHOUDER",
    ]);
  });

  it("says who decides grounds 1, 7 and 9 under review, and shows advisers as advisers (ground 1)", () => {
    const result = check({
      rulebook: "gv-urgentie-2019",
      asOf: "2020-03-01",
      facts: {
        ...calamiteit,
        grounds: ["medisch", "sociaal"],
        medicalProblemsWorsenedByHousing: true,
        socialProblemsRelatedToHousing: true,
      },
    });
    expect(result.outcome).toBe("needs_review");
    // 003 § 4.2 criterium 1: "De regionaal medisch deskundige en de regionale urgentiecommissie brengen advies uit."
    expect(reason(result, "GV.URG.1").text_nl).toMatch(
      /Advies: de regionaal medisch deskundige en de regionale urgentiecommissie\./,
    );
    expect(reason(result, "GV.URG.1").text_nl).toMatch(/Wie beslist: de gemeente/);
    expect(reason(result, "GV.URG.7").text_nl).toMatch(/Wie beslist: de regionale urgentiecommissie\./);
    expect(reason(result, "GV.URG.1").text_en).toMatch(/Advice: the regional medical adviser/);
    expect(reason(result, "GV.URG.1").text_nl).not.toMatch(/Besluit door/);
    for (const code of ["GV.URG.7", "GV.URG.9"])
      expect(gvUrgentie2019.rules.find((r) => r.code === code)?.decidedBy?.nl).toMatch(/urgentiecommissie/);
    expect(gvUrgentie2019.rules.find((r) => r.code === "GV.URG.1")?.advisedBy?.nl).toMatch(/urgentiecommissie/);
  });

  it("names the table year that answered the income limit, also for a later year", () => {
    const in2019 = check({ rulebook: "gv-urgentie-2019", asOf: "2019-09-01", facts: calamiteit });
    expect(reason(in2019, "GV.URG.INKOMEN").text_nl).toMatch(/€ 47\.073.*Gevraagd jaar 2019.*2018/);
    const in2022 = check({ rulebook: "gv-urgentie-2019", asOf: "2022-03-01", facts: calamiteit });
    expect(reason(in2022, "GV.URG.INKOMEN").text_nl).toMatch(/Gevraagd jaar 2022; er is geen tabel voor 2022.*2018/);
    expect(reason(in2022, "GV.URG.INKOMEN").text_en).toMatch(/2022.*2018/);
  });

  it("explains a failed ground with the condition that failed", () => {
    const result = check({
      rulebook: "gv-urgentie-2019",
      asOf: "2020-03-01",
      facts: { ...calamiteit, grounds: ["geweld"], violenceDemonstrable: true, temporaryShelterAvailable: true },
    });
    expect(reason(result, "GV.URG.5").text_nl).toMatch(/er is \(tijdelijk\) onderdak te verkrijgen/);
  });

  it("proposes the urgentiebureau, and who decides a ground under review", () => {
    const propose = (facts: Record<string, unknown>) =>
      gvUrgentie2019.proposeSupportParties!(facts, evaluateRulebook(gvUrgentie2019, facts, "2020-03-01")).map(
        (p) => p.partyId,
      );
    expect(propose(calamiteit)).toEqual(["gv-urgentiebureau"]);
    expect(propose({ ...calamiteit, grounds: ["medisch"], medicalProblemsWorsenedByHousing: true })).toEqual([
      "gv-urgentiebureau",
      "gv-medisch-deskundige",
      "gv-urgentiecommissie",
    ]);
    expect(propose({ ...calamiteit, triedToSolve: false })).toEqual([]);
  });
});
