import { latestRulebookVersion } from "@convenantbot/domain";
import { describe, expect, it } from "vitest";
import { formLabel, signalBodyFromForm, signalFormFields, signalFormTypes } from "./signal-form.js";

const kw = latestRulebookVersion("kw-huisuitzetting-2019")!;
const landlord = kw.parties.find((p) => p.id === "kw-quawonen")!;
const tenant = { tenantName: "J. Jansen", postcode: "2931 ab", huisnummer: "7" };
const bodyOf = (data: Record<string, unknown>) => signalBodyFromForm(data, kw.id, "2026-12-02");

describe("the Teams signal form reads each type's module", () => {
  it("offers a KW landlord the five types it melds, in the chooser's order, with their titles", () => {
    expect(signalFormTypes(kw, landlord).map((t) => [t.value, t.label.en])).toEqual([
      ["huurachterstand", "Rent arrears"],
      ["overlast", "Nuisance"],
      ["afspraken_niet_nagekomen", "Agreements not kept"],
      ["geen_contact_huurder", "No contact with the tenant"],
      ["ontruimingsvonnis", "Eviction judgment"],
    ]);
  });

  it("keeps the common part around the type's fields: tenant first, the note last where the type takes one", () => {
    const ids = signalFormFields(kw, landlord, "huurachterstand").map((f) => f.id);
    expect(ids.slice(0, 5)).toEqual(["aanmeldingId", "ownReference", "tenantName", "postcode", "huisnummer"]);
    expect(ids.at(-1)).toBe("note");
    // The vonnis schema has no note: the form used to offer one and the signal was then refused
    // ("Unrecognized key: note") after the caseworker typed it.
    const vonnis = signalFormFields(kw, landlord, "ontruimingsvonnis").map((f) => f.id);
    expect(vonnis.slice(0, 5)).toEqual(["aanmeldingId", "ownReference", "tenantName", "postcode", "huisnummer"]);
    expect(vonnis.slice(-3)).toEqual(["vonnisDate", "ontruimingsdatum", "ground"]);
    expect(vonnis).not.toContain("note");
  });

  it("reads overlast's own inputs into the signal's paths (overlastSince is `since`)", () => {
    expect(
      bodyOf({
        type: "overlast",
        ...tenant,
        kind: "geluid",
        severity: "matig",
        overlastSince: "2026-10-01",
        reportsCount: "3",
      }),
    ).toEqual({
      ok: true,
      body: {
        rulebook: kw.id,
        signalDate: "2026-12-02",
        tenant: { name: "J. Jansen", postcode: "2931AB", huisnummer: 7 },
        type: "overlast",
        kind: "geluid",
        since: "2026-10-01",
        severity: "matig",
        reportsCount: 3,
        policeInvolved: false,
      },
    });
  });

  it("reads a Dutch amount, and asks to confirm an implausible one before sending", () => {
    const arrears = { type: "huurachterstand", ...tenant, monthsInArrears: "2", courtStage: "none" };
    const slip = bodyOf({ ...arrears, amountInArrears: "145050" });
    expect(slip).toMatchObject({ ok: false, confirm: { nl: expect.stringContaining("voor 2 maanden?") } });
    const sent = bodyOf({ ...arrears, amountInArrears: "1.450,50" });
    expect(sent).toMatchObject({
      ok: true,
      body: { amountInArrears: 1450.5, monthsInArrears: 2, paymentArrangement: false },
    });
    expect(bodyOf({ ...arrears, amountInArrears: "veel" })).toMatchObject({
      ok: false,
      issues: [{ field: "amountInArrears", message_nl: "vul een bedrag in, bijvoorbeeld 1.450,50" }],
    });
  });

  it("reads a checklist as the values ticked, and asks for one on its first toggle", () => {
    const noContact = { type: "geen_contact_huurder", ...tenant, lastAttemptOn: "2026-11-30" };
    expect(bodyOf(noContact)).toEqual({
      ok: false,
      issues: [
        {
          field: "triedTelefoon",
          message_nl: "vink aan hoe je contact hebt geprobeerd",
          message_en: "tick how you tried to make contact",
        },
      ],
    });
    expect(bodyOf({ ...noContact, triedBrief: "true", triedHuisbezoek: "true" })).toMatchObject({
      ok: true,
      body: { triedBy: ["brief", "huisbezoek"], lastAttemptOn: "2026-11-30" },
    });
  });

  it("names a field as the chosen type's form asks it", () => {
    expect(formLabel("since", "overlast", "nl")).toBe("Overlast sinds (als je dat weet)");
    expect(formLabel("since", "huurachterstand", "nl")).toBe("Achterstand sinds (als je dat weet)");
    expect(formLabel("triedBy", "geen_contact_huurder", "en")).toBe("How you tried to make contact");
    expect(formLabel("triedTelefoon", "geen_contact_huurder", "nl")).toBe("Gebeld");
    expect(formLabel("tenant.name", "overlast", "nl")).toBe("Naam huurder");
  });
});
