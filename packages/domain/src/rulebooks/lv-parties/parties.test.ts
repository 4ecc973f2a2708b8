import { describe, expect, it } from "vitest";
import { PartySchema } from "../../parties/party.js";
import { findLvLandlord, lvSocialLandlords } from "./landlords.js";
import { lvParties } from "./parties.js";
import { lvTargetGroups } from "./target-groups.js";

describe("LV party directory (seed 004_155496c065a393ec.txt)", () => {
  it("has unique lowercase-kebab ids prefixed lv-", () => {
    const ids = lvParties.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^lv-[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("every party parses with PartySchema", () => {
    for (const party of lvParties) expect(PartySchema.parse(party)).toEqual(party);
  });

  it("holds the 23 numbered ondergetekenden: gemeente, GGD, Reclassering, 3 verhuurders and 17 zorgorganisaties", () => {
    const numbered = lvParties.filter((p) => p.signatory === true);
    expect(numbered).toHaveLength(23);
    const count = (role: string) => numbered.filter((p) => p.role === role).length;
    expect([
      count("gemeente"),
      count("meldpunt"),
      count("reclassering"),
      count("sociale_verhuurder"),
      count("zorgorganisatie"),
    ]).toEqual([1, 1, 1, 3, 17]);
    expect(numbered.map((p) => p.id)).toContain("lv-limor");
  });

  it("marks the JeugdInterventieTeam as signature block only, and the Lokale Kamer as no signatory", () => {
    expect(lvParties.find((p) => p.id === "lv-jeugdinterventieteam")?.signatory).toBe("signature-block");
    expect(lvParties.find((p) => p.id === "lv-lokale-kamer")).toMatchObject({ role: "lokale_kamer", signatory: false });
  });

  it("uses only known target group codes, and marks target groups the seed does not give as ASSUMED", () => {
    const fromSeed = new Set(["lv-lokale-kamer", "lv-ggd-haaglanden", "lv-limor", "lv-reclassering-nederland"]);
    for (const party of lvParties) {
      for (const group of party.targetGroups ?? []) expect(Object.keys(lvTargetGroups)).toContain(group);
      if (party.targetGroups && !fromSeed.has(party.id)) expect(party.assumed, party.id).toMatch(/^ASSUMED/);
    }
  });

  it("finds a social landlord by the names caseworkers type, and nobody else", () => {
    expect(lvSocialLandlords.map((p) => p.id).sort()).toEqual([
      "lv-stichting-duivenvoorde",
      "lv-vidomes",
      "lv-wooninvest",
    ]);
    expect(findLvLandlord("Vidomes")?.id).toBe("lv-vidomes");
    expect(findLvLandlord("de Stichting Vidomes")?.id).toBe("lv-vidomes");
    expect(findLvLandlord("WOONINVEST")?.id).toBe("lv-wooninvest");
    expect(findLvLandlord("Stichting Duivenvoorde")?.id).toBe("lv-stichting-duivenvoorde");
    expect(findLvLandlord("lv-wooninvest")?.id).toBe("lv-wooninvest");
    expect(findLvLandlord("Particuliere Verhuur B.V.")).toBeUndefined();
    expect(findLvLandlord("Stichting")).toBeUndefined();
  });
});
