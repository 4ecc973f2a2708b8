import { check, type FactDefinition } from "@convenantbot/domain";
import { describe, expect, it } from "vitest";
import { answersToFacts, checkableRulebooks } from "./facts-form";

const fact = (name: string, answer: FactDefinition["answer"]) => ({ name, answer }) as FactDefinition;

describe("quick-check form", () => {
  it("sends only answered facts, typed as the rulebook expects", () => {
    const facts = [
      fact("hasBegeleiding", "boolean"),
      fact("yearsResident", "number"),
      fact("residentOf", "text"),
      fact("groups", "multi-choice"),
      fact("blank", "boolean"),
    ];
    expect(
      answersToFacts(facts, {
        hasBegeleiding: "true",
        yearsResident: "6,5",
        residentOf: " Voorburg ",
        groups: ["psychiatrie"],
        blank: "",
      }),
    ).toEqual({
      hasBegeleiding: true,
      yearsResident: 6.5,
      residentOf: "Voorburg",
      groups: ["psychiatrie"],
    });
  });

  it("passes a number that is not one on as typed, so the domain names the field", () => {
    expect(answersToFacts([fact("yearsResident", "number")], { yearsResident: "zes" })).toEqual({
      yearsResident: "zes",
    });
  });

  it("offers each rulebook once, and its facts give a real check through the domain", () => {
    const rulebooks = checkableRulebooks();
    expect(new Set(rulebooks.map((r) => r.id)).size).toBe(rulebooks.length);
    const lv = rulebooks.find((r) => r.id === "lv-zorgafhankelijk-2025")!;
    const residentOf = lv.facts.find((f) => f.name === "residentOf")!;
    const result = check({
      rulebook: lv.id,
      asOf: "2026-03-01",
      facts: answersToFacts([residentOf], { residentOf: "Voorburg" }),
    });
    expect(result.outcome).toBe("needs_info");
    expect(result.reasons.find((r) => r.code === "LV.5.6.c")?.status).toBe("passed");
  });

  it("offers only rulebooks in force, and the caller's region's when known", () => {
    const inForce = checkableRulebooks("2026-03-01").map((r) => r.id);
    expect(inForce).not.toContain("mh-uitstroom-2019"); // expired 2023
    expect(inForce).toContain("kw-huisuitzetting-2019");
    expect(
      checkableRulebooks("2026-03-01", ["lv-zorgafhankelijk-2025", "lv-noodwoning-2025", "mh-uitstroom-2019"])
        .map((r) => r.id)
        .sort(),
    ).toEqual(["lv-noodwoning-2025", "lv-zorgafhankelijk-2025"]);
  });
});
