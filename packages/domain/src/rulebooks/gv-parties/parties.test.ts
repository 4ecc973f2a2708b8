import { describe, expect, it } from "vitest";
import { PartySchema } from "../../parties/party.js";
import { gvFormerPartyIds, gvParties } from "./parties.js";

describe("Gooi en Vechtstreek party directory (seeds 000 and 003)", () => {
  it("has unique ids prefixed gv- and parses with PartySchema", () => {
    const ids = gvParties.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const party of gvParties) {
      expect(party.id).toMatch(/^gv-[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(PartySchema.parse(party)).toEqual(party);
    }
  });

  it("holds the six regional gemeenten of seed 000 as signatories, not Weesp", () => {
    expect(gvParties.filter((p) => p.role === "gemeente" && p.signatory === true).map((p) => p.name)).toEqual([
      "Gemeente Blaricum",
      "Gemeente Gooise Meren",
      "Gemeente Hilversum",
      "Gemeente Huizen",
      "Gemeente Laren",
      "Gemeente Wijdemeren",
    ]);
  });

  it("records Weesp and Ymere as having left, without signing", () => {
    for (const id of gvFormerPartyIds) {
      const party = gvParties.find((p) => p.id === id);
      expect(party).toMatchObject({ signatory: false });
      expect(party?.note).toMatch(/Verlaat de regio/);
    }
  });

  it("marks the collective entries the seed does not name as ASSUMED", () => {
    for (const id of ["gv-woningcorporaties", "gv-zorgaanbieders"])
      expect(gvParties.find((p) => p.id === id)?.assumed).toMatch(/^ASSUMED/);
  });
});
