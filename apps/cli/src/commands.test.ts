import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCommand } from "./commands.js";

// The two worked examples of facts.md, verbatim.
const eligibleCandidate = {
  residentOf: "Leidschendam-Voorburg",
  yearsResident: 7,
  yearsResidentInLast10: 7,
  minorChildren: 0,
  receivesSupport: true,
  canFindHousingAlone: false,
  wlzFinanced: false,
  transgressiveBehaviour: false,
  validId: true,
  registeredWoonnet: true,
  hasSuitableHousing: false,
  needsIntramuralCare: false,
  canLiveIndependently: true,
  financiallySelfReliant: true,
  incomeCoversRent: true,
  hasProblemDebts: false,
  agreedSupportPlan: true,
  budgetManagement: true,
  evictedLast3Years: false,
  tbsMeasure: false,
};
const request = (facts: object) => ({ rulebook: "lv-zorgafhankelijk-2025", asOf: "2026-03-01", facts });
const fromJson = (value: unknown) => () => JSON.stringify(value);

type Result = { outcome: string; reasons: { code: string; status: string }[]; hints: unknown[] };

describe("convenant check: the worked examples of facts.md", () => {
  it("the eligible LV candidate is eligible with no failed reason", () => {
    const result = runCommand("check", "-", fromJson(request(eligibleCandidate))) as Result;
    expect(result.outcome).toBe("eligible");
    expect(result.reasons.filter((r) => r.status === "failed")).toEqual([]);
  });

  it("evicted for overlast in the last three years: not_eligible, failed LV.5.6.k, with a hint", () => {
    const facts = { ...eligibleCandidate, evictedLast3Years: true, evictionReason: "overlast", fromNoodwoning: false };
    const result = runCommand("check", "-", fromJson(request(facts))) as Result;
    expect(result.outcome).toBe("not_eligible");
    expect(result.reasons.filter((r) => r.status === "failed").map((r) => r.code)).toEqual(["LV.5.6.k"]);
    expect(result.hints.length).toBeGreaterThan(0);
  });
});

describe("convenant rulebooks and schema", () => {
  it("lists every rulebook with id, seed, validity and rule codes", () => {
    const list = runCommand("rulebooks", undefined, fromJson(null)) as {
      id: string;
      seed: string;
      validFrom: string;
      rules: string[];
    }[];
    const lv = list.find((r) => r.id === "lv-zorgafhankelijk-2025");
    expect(lv?.seed).toBe("004_155496c065a393ec.txt");
    expect(lv?.rules).toContain("LV.5.6.k");
    expect(list.map((r) => r.id)).toContain("kw-huisuitzetting-2019");
  });

  it("gives the JSON Schema of a rulebook's facts", () => {
    const schema = runCommand("schema", "kw-huisuitzetting-2019", fromJson(null)) as {
      type: string;
      properties: Record<string, { type: string }>;
      additionalProperties: boolean;
    };
    expect(schema.type).toBe("object");
    expect(schema.properties["willingToCooperate"]?.type).toBe("boolean");
    expect(schema.additionalProperties).toBe(false);
  });
});

describe("the convenant command as a process", () => {
  const root = fileURLToPath(new URL("../../../", import.meta.url));
  const run = (args: string[], input: string) =>
    spawnSync(process.execPath, ["--conditions=source", "--import", "tsx", "apps/cli/src/main.ts", ...args], {
      cwd: root,
      input,
      encoding: "utf8",
      timeout: 100_000,
    });

  it("prints only JSON on stdout for a good request", () => {
    const out = run(["check", "-"], JSON.stringify(request(eligibleCandidate)));
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout).outcome).toBe("eligible");
  });

  it.each([
    ["an unknown fact", { ...eligibleCandidate, huurschuld: 3 }, "facts.huurschuld"],
    ["a wrong type", { ...eligibleCandidate, validId: "ja" }, "facts.validId"],
  ])("%s: exit 2, nothing on stdout, the field named on stderr in Dutch and English", (_name, facts, field) => {
    const out = run(["check", "-"], JSON.stringify(request(facts)));
    expect(out.status).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr).toMatch(/^fout: /m);
    expect(out.stderr).toMatch(/^error: /m);
    expect(out.stderr).toContain(field);
  });

  it("bad JSON and a bad date are errors with exit 2", () => {
    expect(run(["check", "-"], "{not json").status).toBe(2);
    const badDate = run(["check", "-"], JSON.stringify({ ...request({}), asOf: "2026-02-30" }));
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toContain("asOf");
  });
});
