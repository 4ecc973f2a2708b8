import { describe, expect, it } from "vitest";
import { listRulebooks } from "./registry.js";

describe("assumptions read as AANNAME in Dutch and ASSUMED in English (issue 12)", () => {
  it.each(listRulebooks().map((r) => [r.id, r] as const))("%s", (_id, rulebook) => {
    for (const a of rulebook.assumptions) {
      expect(a.text_nl, a.id).toMatch(/^AANNAME: /);
      expect(a.text_en, a.id).toMatch(/^ASSUMED: /);
    }
    expect(rulebook.validity.note?.nl ?? "").not.toMatch(/ASSUMED/);
    for (const rule of rulebook.rules)
      expect(`${rule.title.nl} ${rule.decidedBy?.nl ?? ""}`, rule.code).not.toMatch(/ASSUMED/);
    for (const fact of rulebook.facts)
      expect(`${fact.question.nl} ${fact.help?.nl ?? ""}`, fact.name).not.toMatch(/ASSUMED/);
  });
});
