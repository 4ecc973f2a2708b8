import { describe, expect, it } from "vitest";
import { check, evaluateRulebook } from "../../check/engine.js";
import { isDomainError } from "../../common/domain-error.js";
import { PartySchema } from "../../parties/party.js";
import { expectFullCoverage, runTable } from "../../testing/rule-table.js";
import { isValidOn, lastValidDay } from "../rulebook.js";
import { mhUitstroom2019 } from "./index.js";

describe("mh-uitstroom-2019 (seed 002_55f02754f0fc6e60.txt)", () => {
  const rows = runTable(new URL("./mh-uitstroom-2019.cases.yaml", import.meta.url));
  expectFullCoverage(mhUitstroom2019, rows);

  const eligible = {
    situation: "maatschappelijke_opvang",
    institutionRegional: true,
    acceptsSupport: true,
    readyToLiveIndependently: true,
    regionMostAppropriate: true,
  };

  it("after 30 June 2023 answers 'verlopen; verlengd?' in Dutch and English", () => {
    let caught: unknown;
    try {
      check({ rulebook: "mh-uitstroom-2019", asOf: "2024-01-15", facts: eligible });
    } catch (error) {
      caught = error;
    }
    expect(isDomainError(caught)).toBe(true);
    if (!isDomainError(caught)) return;
    expect(caught.message_nl).toMatch(/verlopen; is zij verlengd\?/);
    expect(caught.message_nl).toContain("t/m 30 juni 2023"); // Dutch dates in Dutch text (issue 12)
    expect(caught.message_en).toMatch(/expired; was it extended\?/);
  });

  it("an extension recorded as data moves the last valid day", () => {
    const extended = {
      ...mhUitstroom2019,
      validity: {
        ...mhUitstroom2019.validity,
        extensions: [{ to: "2027-06-30", source: "voorbeeld: verlengingsbesluit (illustratief)" }],
      },
    };
    expect(isValidOn(mhUitstroom2019, "2024-01-15")).toBe(false);
    expect(lastValidDay(extended.validity)).toBe("2027-06-30");
    expect(isValidOn(extended, "2024-01-15")).toBe(true);
    expect(isValidOn(extended, "2027-07-01")).toBe(false);
    expect(evaluateRulebook(extended, eligible, "2024-01-15").outcome).toBe("eligible");
  });

  it("the regular lease after a year is an intention to evaluate (a target), not a term that lapses", () => {
    // toelichting art. 2: "Na een jaar is het de bedoeling dat de cliënt zelfstandig kan wonen".
    expect(mhUitstroom2019.deadlines.find((d) => d.code === "MH.REGULIER_HUURCONTRACT")?.kind).toBe("target");
  });

  it("has the five gemeenten as signatories and valid parties", () => {
    for (const party of mhUitstroom2019.parties) expect(PartySchema.parse(party)).toEqual(party);
    expect(mhUitstroom2019.parties.filter((p) => p.signatory === true).map((p) => p.name)).toEqual([
      "Gemeente Bodegraven-Reeuwijk",
      "Gemeente Gouda",
      "Gemeente Krimpenerwaard",
      "Gemeente Waddinxveen",
      "Gemeente Zuidplas",
    ]);
  });

  describe("support party proposals", () => {
    const propose = (facts: Record<string, unknown>) => {
      const result = evaluateRulebook(mhUitstroom2019, facts, "2021-03-01");
      return mhUitstroom2019.proposeSupportParties!(facts, result).map((p) => p.partyId);
    };
    it("propose the hulpverleningsinstantie that assesses and aanmeldt", () => {
      expect(propose(eligible)).toEqual(["mh-hulpverleningsinstantie"]);
    });
    it("add the Veiligheidshuis for an ex-gedetineerde", () => {
      expect(propose({ ...eligible, situation: "ex_gedetineerde", hasHousing: false })).toEqual([
        "mh-hulpverleningsinstantie",
        "mh-veiligheidshuis",
      ]);
    });
    it("point the Vrouwenopvang to its urgentie route, not the contingent", () => {
      const facts = { ...eligible, situation: "vrouwenopvang" };
      const result = evaluateRulebook(mhUitstroom2019, facts, "2021-03-01");
      const proposals = mhUitstroom2019.proposeSupportParties!(facts, result);
      expect(proposals.map((p) => p.partyId)).toEqual(["mh-kwintes-vrouwenopvang"]);
      expect(proposals[0]?.reason.nl).toMatch(/urgentie/);
    });
    it("propose nobody when the candidate is not eligible", () => {
      expect(propose({ ...eligible, regionMostAppropriate: false })).toEqual([]);
    });
  });
});
