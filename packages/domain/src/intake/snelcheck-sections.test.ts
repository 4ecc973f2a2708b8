import { describe, expect, it } from "vitest";
import { listRulebooks, resolveRulebook } from "../rulebooks/registry.js";
import { SNELCHECK_SECTION_MAX, snelcheckSections } from "./snelcheck-sections.js";

describe("snelcheck sections", () => {
  it.each(listRulebooks().map((r) => [r.id, r] as const))("%s: every fact exactly once", (_id, rulebook) => {
    const facts = snelcheckSections(rulebook, rulebook.validity.from).flatMap((s) => s.facts);
    expect([...facts].sort()).toEqual(rulebook.facts.map((f) => f.name).sort());
  });

  it.each(listRulebooks().map((r) => [r.id, r] as const))(
    "%s: a few single questions per section, each question group one checklist section, follow-ups last",
    (_id, rulebook) => {
      const sections = snelcheckSections(rulebook, rulebook.validity.from);
      for (const s of sections.filter((s) => !s.checklist && !s.followUp))
        expect(s.facts.length, s.id).toBeLessThanOrEqual(SNELCHECK_SECTION_MAX);
      expect(sections.filter((s) => s.checklist).map((s) => s.id)).toEqual(
        (rulebook.questionGroups ?? []).map((g) => g.id),
      );
      // Follow-ups last.
      const firstFollowUp = sections.findIndex((s) => s.followUp);
      if (firstFollowUp >= 0) expect(sections.slice(firstFollowUp).every((s) => s.followUp)).toBe(true);
    },
  );

  it("LV: the basic questions first (in parts, the intake's order), the exclusions as their own section, follow-ups (eviction reason, debt arrangement) last", () => {
    const lv = resolveRulebook("lv-zorgafhankelijk-2025", "2026-03-01");
    const sections = snelcheckSections(lv, "2026-03-01");
    expect(sections.map((s) => s.id)).toEqual([
      "core-1",
      "core-2",
      "core-3",
      "core-4",
      "core-5",
      "lv-uitsluitingen",
      "follow-up",
    ]);
    expect(sections[0]!.facts).toEqual(["receivesSupport", "canFindHousingAlone", "wlzFinanced"]);
    expect(sections[0]!.title.nl).toBe("Basisvragen");
    expect(sections.at(-2)!).toMatchObject({ checklist: true, followUp: false });
    expect(sections.at(-2)!.facts).toContain("tbsMeasure");
    const followUp = sections.at(-1)!;
    expect(followUp.followUp).toBe(true);
    expect(followUp.facts).toEqual(expect.arrayContaining(["evictionReason", "debtArrangement"]));
    expect(followUp.facts).not.toContain("receivesSupport");
  });

  it("KW: the doelgroep first, the exclusions as one checklist the form is tested with", () => {
    const kw = resolveRulebook("kw-huisuitzetting-2019", "2026-03-01");
    const sections = snelcheckSections(kw, "2026-03-01");
    expect(sections[0]!.facts).toEqual(expect.arrayContaining(["landlordCorporation", "notSelfReliant"]));
    expect(sections.find((s) => s.checklist)?.facts).toEqual([
      "opiumActViolation",
      "illegalOccupation",
      "extremeNuisance",
    ]);
  });

  it("GV urgentie: the per-ground 'way out' checklist is a follow-up, asked only after a ground is chosen", () => {
    const gv = resolveRulebook("gv-urgentie-2019", "2020-03-01");
    expect(snelcheckSections(gv, "2020-03-01").find((s) => s.id === "gv-urgentie-uitwegen")).toMatchObject({
      checklist: true,
      followUp: true,
    });
  });

  it("GV urgentie: the follow-ups per chosen ground, in parts of a few questions, titled by the ground; shared ones once, in the common section", () => {
    const gv = resolveRulebook("gv-urgentie-2019", "2020-03-01");
    const sections = snelcheckSections(gv, "2020-03-01").filter((s) => s.followUp);
    const perGround = sections.filter((s) => s.openedBy);
    // Every ground that asks something of its own has a section, in the order of the choices.
    const grounds = gv.facts.find((f) => f.name === "grounds")!.choices!.map((c) => c.value);
    expect([...new Set(perGround.map((s) => s.openedBy!.value))]).toEqual(grounds);
    for (const s of sections) if (!s.checklist) expect(s.facts.length, s.id).toBeLessThanOrEqual(SNELCHECK_SECTION_MAX);
    expect(perGround[0]).toMatchObject({
      id: "follow-up-medisch",
      title: { nl: "1. Medische gronden" },
      facts: ["medicalProblemsWorsenedByHousing"],
      openedBy: { fact: "grounds", value: "medisch" },
    });
    // Ground 9 asks seven things: three parts, numbered.
    expect(
      perGround.filter((s) => s.openedBy!.value === "uitstroom_instelling").map((s) => [s.id, s.title.nl, s.part]),
    ).toEqual([
      ["follow-up-uitstroom_instelling-1", "9. Uitstroom uit een erkende instelling", { index: 1, of: 3 }],
      ["follow-up-uitstroom_instelling-2", "9. Uitstroom uit een erkende instelling", { index: 2, of: 3 }],
      ["follow-up-uitstroom_instelling-3", "9. Uitstroom uit een erkende instelling", { index: 3, of: 3 }],
    ]);
    // Grounds 3 and 6 both ask about minor children; binding is asked of non-residents: the common section.
    expect(sections.at(-1)).toMatchObject({
      id: "follow-up",
      facts: ["regionalBinding", "onlySolvableInRegion", "minorChildren"],
    });
    expect(perGround.find((s) => s.openedBy!.value === "inwoning")!.facts).toEqual(["lodgingYears", "respondedEnough"]);
    // The "way out" checklist stays one question group, after the grounds.
    expect(sections.map((s) => s.id).indexOf("gv-urgentie-uitwegen")).toBe(sections.length - 2);
  });
});
