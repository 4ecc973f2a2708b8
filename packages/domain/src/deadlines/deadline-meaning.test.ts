import { describe, expect, it } from "vitest";
import { listRulebooks } from "../rulebooks/registry.js";

// A deadline carries its own meaning as data (issue 13): what meets it, whose term it is and
// whether it belongs to a case, so no reader has to know rule codes.
const definitions = listRulebooks().flatMap((r) => r.deadlines.map((d) => ({ rulebook: r.id, ...d })));

describe("deadlines carry their own meaning", () => {
  it("the offer terms (LV art. 5 lid 4, art. 6 lid 4) are met by the first offer, and only they", () => {
    const byOffer = definitions.filter((d) => d.metBy === "first_offer").map((d) => d.code);
    expect(new Set(byOffer)).toEqual(new Set(["LV.5.4", "LV.6.4"]));
    for (const d of definitions.filter((x) => x.metBy === "first_offer")) expect(d.startsAt).toBe("aanmelding");
  });

  it("the convenant's own meetings are not terms of a case", () => {
    expect(
      definitions
        .filter((d) => d.scope === "convenant")
        .map((d) => d.code)
        .sort(),
    ).toEqual(["KW.EVALUATIE", "MH.BREED_OVERLEG"]);
    expect(definitions.find((d) => d.code === "LV.5.11")).toMatchObject({ scope: "case", recurring: true });
  });

  it("every case term names who must act, citing the seed or marked ASSUMED", () => {
    for (const d of definitions.filter((x) => x.scope === "case" && x.kind !== "at_least")) {
      expect(d.owners?.roles.length, `${d.rulebook} ${d.code}`).toBeGreaterThan(0);
      expect(d.owners!.source, d.code).toMatch(/^(ASSUMED|LV art\.|KW|MH|GV)/);
    }
  });
});
