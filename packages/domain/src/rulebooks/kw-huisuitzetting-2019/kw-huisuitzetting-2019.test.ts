import { describe, expect, it } from "vitest";
import { check } from "../../check/engine.js";
import { expectFullCoverage, loadTable, runTable } from "../../testing/rule-table.js";
import { kwHuisuitzetting2019 } from "./index.js";

const table = new URL("./kw-huisuitzetting-2019.cases.yaml", import.meta.url);
const eligible = loadTable(table).rows[0]!.facts;
const hintsOf = (facts: Record<string, unknown>) =>
  check({ rulebook: "kw-huisuitzetting-2019", asOf: "2026-03-01", facts }).hints.map((h) => h.text_nl);

describe("kw-huisuitzetting-2019 (seed 001_60f009ea6e71d34a.txt)", () => {
  const rows = runTable(table);
  expectFullCoverage(kwHuisuitzetting2019, rows);

  it("shows the effect of aanmelding (incasso suspended, no interest) only on an eligible result", () => {
    expect(hintsOf(eligible).some((h) => h.includes("incassomaatregelen opgeschort"))).toBe(true);
    expect(hintsOf({ ...eligible, opiumActViolation: true }).some((h) => h.includes("incassomaatregelen"))).toBe(false);
    expect(hintsOf({ ...eligible, paysCurrentRent: undefined }).some((h) => h.includes("incassomaatregelen"))).toBe(
      false,
    );
  });

  it("phrases a failed exclusion as what it means, lower case after the colon", () => {
    const result = check({
      rulebook: "kw-huisuitzetting-2019",
      asOf: "2026-03-01",
      facts: { ...eligible, opiumActViolation: true },
    });
    expect(result.reasons.find((r) => r.code === "KW.EXCL.OPIUMWET")?.text_nl).toBe(
      "Niet voldaan: de huurder heeft de Opiumwet overtreden; dat sluit uit van het convenant",
    );
  });

  it("asks the verblijfsstatus plainly and the doelgroep without a double negative", () => {
    const question = (name: string) => kwHuisuitzetting2019.facts.find((f) => f.name === name)?.question.nl;
    expect(question("hasResidenceStatus")).toBe("Verblijft de huurder rechtmatig in Nederland?");
    expect(question("notSelfReliant")).not.toMatch(/niet/);
  });
});
