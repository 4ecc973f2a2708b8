import { describe, expect, it } from "vitest";
import { listRulebooks, resolveRulebook } from "../rulebooks/registry.js";
import { snelcheckSections } from "./snelcheck-sections.js";

describe("snelcheck sections", () => {
  it.each(listRulebooks().map((r) => [r.id, r] as const))("%s: every fact exactly once", (_id, rulebook) => {
    const facts = snelcheckSections(rulebook, rulebook.validity.from).flatMap((s) => s.facts);
    expect([...facts].sort()).toEqual(rulebook.facts.map((f) => f.name).sort());
  });

  it("LV: the basic questions first, the exclusions as their own section, follow-ups (eviction reason, debt arrangement) last", () => {
    const lv = resolveRulebook("lv-zorgafhankelijk-2025", "2026-03-01");
    const sections = snelcheckSections(lv, "2026-03-01");
    expect(sections.map((s) => s.id)).toEqual(["core", "lv-uitsluitingen", "follow-up"]);
    expect(sections[0]!.facts).toContain("receivesSupport");
    expect(sections[1]!.facts).toContain("tbsMeasure");
    const followUp = sections.at(-1)!;
    expect(followUp.followUp).toBe(true);
    expect(followUp.facts).toEqual(expect.arrayContaining(["evictionReason", "debtArrangement"]));
    expect(followUp.facts).not.toContain("receivesSupport");
  });

  it("KW: the exclusions the form is tested with are basic questions, visible at once", () => {
    const kw = resolveRulebook("kw-huisuitzetting-2019", "2026-03-01");
    expect(snelcheckSections(kw, "2026-03-01")[0]!.facts).toEqual(expect.arrayContaining(["opiumActViolation", "notSelfReliant"]));
  });
});
