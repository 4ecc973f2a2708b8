import { describe, expect, it } from "vitest";
import { resolveRulebook } from "../rulebooks/registry.js";
import { nextQuestions } from "./next-questions.js";
import { questionGroupFor } from "./question-groups.js";

const lv = resolveRulebook("lv-zorgafhankelijk-2025", "2026-03-01");
const kw = resolveRulebook("kw-huisuitzetting-2019", "2026-03-01");

describe("question groups (rulebook data)", () => {
  it("every grouped fact exists in its rulebook and is a yes/no question", () => {
    for (const group of lv.questionGroups ?? []) {
      for (const name of group.facts) expect(lv.facts.find((f) => f.name === name)?.answer, name).toBe("boolean");
    }
    expect(lv.questionGroups?.map((g) => g.id)).toEqual(["lv-uitsluitingen"]);
  });

  it("the LV exclusions come as one checklist when the first of them is asked, the current one first", () => {
    const missing = nextQuestions(lv, {}, "2026-03-01").result.missing;
    const group = questionGroupFor(lv, "transgressiveBehaviour", missing);
    expect(group?.questions[0]?.fact).toBe("transgressiveBehaviour");
    expect(group?.questions.map((q) => q.fact).sort()).toEqual(
      ["transgressiveBehaviour", "hasSuitableHousing", "needsIntramuralCare", "evictedLast3Years", "tbsMeasure"].filter((f) => f === "transgressiveBehaviour" || missing.includes(f)).sort(),
    );
    expect(group?.title.nl).toMatch(/situaties/);
  });

  it("answered group members are not asked again; a single one left is a plain question", () => {
    const missing = ["tbsMeasure"];
    expect(questionGroupFor(lv, "evictedLast3Years", missing)?.questions.map((q) => q.fact)).toEqual(["evictedLast3Years", "tbsMeasure"]);
    expect(questionGroupFor(lv, "tbsMeasure", [])).toBeUndefined();
  });

  it("a fact outside any group, or a rulebook without groups, asks one question", () => {
    expect(questionGroupFor(lv, "validId", ["tbsMeasure"])).toBeUndefined();
    expect(questionGroupFor(kw, "opiumActViolation", ["illegalOccupation"])).toBeUndefined();
  });
});
