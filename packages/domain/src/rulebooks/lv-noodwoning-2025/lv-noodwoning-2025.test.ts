import { describe, expect, it } from "vitest";
import { check, evaluateRulebook } from "../../check/engine.js";
import { deadlinesFrom } from "../../deadlines/compute.js";
import { expectFullCoverage, loadTable, runTable } from "../../testing/rule-table.js";
import { lvParties } from "../lv-parties/parties.js";
import { lvZorgafhankelijk2025 } from "../lv-zorgafhankelijk-2025/index.js";
import { lvNoodwoning2025 } from "./index.js";
import { noodwoningOfferLandlords } from "./offer-landlords.js";
import { mayRecordNoodwoningOffer, mayStartNoodwoningAanmelding } from "./who-may.js";
import { proposeNoodwoningSupportParties } from "./support-parties.js";

const table = new URL("./lv-noodwoning-2025.cases.yaml", import.meta.url);
// The complete eligible family (first row of the table).
const eligible = loadTable(table).rows[0]!.facts;
const asOf = "2026-03-01";
const propose = (facts: Record<string, unknown>) =>
  proposeNoodwoningSupportParties(facts, check({ rulebook: "lv-noodwoning-2025", asOf, facts })).map((p) => p.partyId);

describe("lv-noodwoning-2025 (seed 004_155496c065a393ec.txt, art. 6 and 1 sub l)", () => {
  const rows = runTable(table);
  expectFullCoverage(lvNoodwoning2025, rows);

  it("shares the LV party directory and validity with the convenantwoning", () => {
    expect(lvNoodwoning2025.parties).toBe(lvParties);
    expect(lvNoodwoning2025.validity).toBe(lvZorgafhankelijk2025.validity);
  });

  it("offer within three months of aanmelding is a deadline, not a check reason", () => {
    expect(lvNoodwoning2025.rules.map((r) => r.code)).not.toContain("LV.6.4");
    expect(deadlinesFrom(lvNoodwoning2025.deadlines, "aanmelding", "2026-11-30")).toMatchObject([
      { code: "LV.6.4", due: "2027-02-28", kind: "target" },
    ]);
  });

  it("two noodwoningen a year is a count for the dashboard, never a reason to refuse", () => {
    expect(lvNoodwoning2025.parameters["noodwoningenPerYear"]).toMatchObject({ count: 2 });
    const exhausted = {
      ...lvNoodwoning2025,
      parameters: { ...lvNoodwoning2025.parameters, noodwoningenPerYear: { count: 0 } },
    };
    expect(evaluateRulebook(exhausted, eligible, asOf).outcome).toBe("eligible");
  });
});

describe("noodwoningOfferLandlords", () => {
  it("never includes Stichting Duivenvoorde", () => {
    expect(noodwoningOfferLandlords().map((p) => p.id)).toEqual(["lv-vidomes", "lv-wooninvest"]);
  });

  it("excludes the landlord that evicted, however it is written", () => {
    expect(noodwoningOfferLandlords("Vidomes").map((p) => p.id)).toEqual(["lv-wooninvest"]);
    expect(noodwoningOfferLandlords("stichting wooninvest").map((p) => p.id)).toEqual(["lv-vidomes"]);
  });

  it("an eviction by Duivenvoorde or a private landlord leaves both other landlords", () => {
    expect(noodwoningOfferLandlords("Stichting Duivenvoorde").map((p) => p.id)).toEqual([
      "lv-vidomes",
      "lv-wooninvest",
    ]);
    expect(noodwoningOfferLandlords("Particuliere Verhuur B.V.").map((p) => p.id)).toEqual([
      "lv-vidomes",
      "lv-wooninvest",
    ]);
  });
});

describe("mayStartNoodwoningAanmelding (art. 6 lid 1-4, art. 4 lid 1, art. 10 lid 2)", () => {
  it.each([
    ["lv-limor", "zorgorganisatie", true, "art. 6 lid 1-3"],
    ["lv-brijder", "zorgorganisatie", true, "art. 4 lid 1; art. 6 lid 4"],
    ["lv-reclassering-nederland", "reclassering", true, "art. 4 lid 1; art. 6 lid 4"],
    ["lv-lokale-kamer", "lokale_kamer", true, "art. 4 lid 1; art. 6 lid 4"],
    ["lv-gemeente-leidschendam-voorburg", "gemeente", false, "art. 10 lid 2"],
    ["lv-ggd-haaglanden", "meldpunt", false, "art. 6 lid 1-4; art. 4 lid 1"],
    ["lv-vidomes", "sociale_verhuurder", false, "art. 6 lid 1-4; art. 4 lid 1"],
    ["lv-platform", "platform", false, "art. 6 lid 1-4; art. 4 lid 1"],
  ] as const)("%s (%s): allowed %s, %s", (partyId, role, allowed, article) => {
    const decision = mayStartNoodwoningAanmelding({ partyId, role });
    expect(decision).toMatchObject({ allowed, article });
    expect(decision.reason.nl.length).toBeGreaterThan(10);
  });

  it("the bot's intake enforces the same roles as data", () => {
    expect(lvNoodwoning2025.parameters["nominatingRoles"]).toEqual(["zorgorganisatie", "reclassering", "lokale_kamer"]);
  });
});

describe("mayRecordNoodwoningOffer (art. 6 lid 3-4)", () => {
  it.each([
    ["lv-wooninvest", "sociale_verhuurder", "Vidomes", true, "art. 6 lid 3 en 4"],
    ["lv-vidomes", "sociale_verhuurder", "de Stichting Vidomes", false, "art. 6 lid 3"],
    ["lv-vidomes", "sociale_verhuurder", undefined, true, "art. 6 lid 3 en 4"],
    ["lv-stichting-duivenvoorde", "sociale_verhuurder", "Vidomes", false, "art. 6 lid 4"],
    ["lv-limor", "zorgorganisatie", "Vidomes", false, "art. 6 lid 4"],
    ["lv-gemeente-leidschendam-voorburg", "gemeente", undefined, false, "art. 6 lid 4"],
  ] as const)("%s (%s), evicted by %s: allowed %s (%s)", (partyId, role, evicting, allowed, article) => {
    expect(mayRecordNoodwoningOffer({ partyId, role }, evicting)).toMatchObject({ allowed, article });
  });
});

describe("proposeNoodwoningSupportParties", () => {
  it("walks the route: Meldpunt, LIMOR, then the landlords that may offer", () => {
    expect(propose({ ...eligible, evictingLandlord: "WoonInvest" })).toEqual([
      "lv-ggd-haaglanden",
      "lv-limor",
      "lv-vidomes",
    ]);
  });

  it("adds the Lokale Kamer's screening after an eviction from the private sector", () => {
    const { evictingLandlord: _social, ...withoutLandlord } = eligible;
    expect(propose({ ...withoutLandlord, privateSector: true })).toEqual([
      "lv-ggd-haaglanden",
      "lv-limor",
      "lv-lokale-kamer",
      "lv-vidomes",
      "lv-wooninvest",
    ]);
  });

  it("proposes no landlord while the family is not eligible, and nobody outside the route", () => {
    expect(propose({ ...eligible, networkCanHouse: true })).toEqual(["lv-ggd-haaglanden", "lv-limor"]);
    expect(propose({ ...eligible, minorChildren: 0 })).toEqual([]);
    expect(propose({ ...eligible, facingEviction: false })).toEqual([]);
  });
});
