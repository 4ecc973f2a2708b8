import { describe, expect, it } from "vitest";
import { isDomainError } from "../../common/domain-error.js";
import { applyAction, openSignalState, type SignalState } from "../lifecycle.js";
import { parseSignal } from "../parse-signal.js";
import { exampleSignal } from "../testing/signal-fixtures.js";
import { toVngUitwisselmodel, type VngExportItem } from "./to-vng.js";
import { VngUitwisselmodelSchema } from "./vng-schema.js";

const record = {
  personalContactTried: true,
  pointedToSchuldhulp: true,
  writtenReminderOfferedDataSharing: true,
  tenantObjected: false,
};
const vroeg = (overrides: Record<string, unknown>) =>
  parseSignal(
    exampleSignal("huurachterstand", "kw-huisuitzetting-2019", "kw-quawonen", {
      channel: "vroegsignalering",
      vroegsignalering: record,
      ...overrides,
    }),
  );
const gemeente = { partyId: "kw-gemeente-krimpenerwaard", role: "gemeente" as const };
const state = (): SignalState =>
  openSignalState({
    rulebook: "kw-huisuitzetting-2019",
    type: "huurachterstand",
    channel: "vroegsignalering",
    senderPartyId: "kw-quawonen",
    recipient: gemeente,
    receivedAt: "2026-03-06T10:00:00+01:00",
  });
const taken = applyAction(state(), { type: "oppakken" }, gemeente, "2026-03-09T10:00:00+01:00").state;
const closed = applyAction(
  taken,
  { type: "afsluiten", outcome: "betalingsregeling" },
  gemeente,
  "2026-03-20T10:00:00+01:00",
).state;
const onterecht = applyAction(
  taken,
  { type: "afsluiten", outcome: "onterecht_signaal" },
  gemeente,
  "2026-03-20T10:00:00+01:00",
).state;

const options = {
  gemeentecode: "1931",
  aanleverendeOrganisatie: { naam: "Gemeente Krimpenerwaard", "kvk-nummer": "12345678" },
  codeGegevensleverancier: "CONVENANTBOT",
  periode: { start: "2026-03-01", end: "2026-03-31" },
  aanleverdatumEnTijd: "2026-04-01T10:00:00+02:00",
};

const items: VngExportItem[] = [
  {
    id: "sig-3",
    signal: vroeg({
      signalDate: "2026-03-10",
      amountInArrears: 99.49,
      tenant: { name: "A", postcode: "2871 AB", huisnummer: 7 },
    }),
  },
  {
    id: "sig-1",
    signal: vroeg({
      amountInArrears: 1234.5,
      courtStage: "vonnis",
      vroegsignalering: { ...record, warmeOverdracht: true },
    }),
    state: closed,
  },
  {
    id: "sig-2",
    signal: vroeg({ tenant: { name: "B", postcode: "2871AB", huisnummer: 9, huisnummertoevoeging: "A" } }),
    state: taken,
  },
  { id: "sig-4", signal: vroeg({ signalDate: "2026-03-12" }), state: onterecht },
  // Not vroegsignalen of this delivery:
  { id: "conv-1", signal: parseSignal(exampleSignal("huurachterstand", "kw-huisuitzetting-2019", "kw-quawonen")) },
  { id: "overlast-1", signal: parseSignal(exampleSignal("overlast", "kw-huisuitzetting-2019", "kw-quawonen")) },
  { id: "april-1", signal: vroeg({ signalDate: "2026-04-02" }) },
];

describe("VNG Uitwisselmodel export (ddas-vroegsignalering v1.2)", () => {
  const model = toVngUitwisselmodel(items, options);
  const levering = model.leveringen?.[0];

  it("produces the delivery shape, valid against the schema", () => {
    expect(VngUitwisselmodelSchema.safeParse(model).success).toBe(true);
    expect(model).toMatchObject({
      startdatumLevering: "2026-03-01",
      einddatumLevering: "2026-03-31",
      aanleverdatumEnTijd: "2026-04-01T08:00:00Z",
      codeGegevensleverancier: "CONVENANTBOT",
    });
    expect(levering).toMatchObject({
      teller: 1,
      gemeentecode: "1931",
      aanleverendeOrganisatie: options.aanleverendeOrganisatie,
    });
  });

  it("exports only huurachterstand vroegsignalen of the period, in date order", () => {
    expect(levering?.vroegsignalen?.map((v) => v.ID)).toEqual(["sig-1", "sig-2", "sig-3", "sig-4"]);
  });

  it("maps each field: whole euros, dates, crisis, warm handover, status, Huur", () => {
    const [first, second, third, fourth] = levering?.vroegsignalen ?? [];
    expect(first).toEqual({
      ID: "sig-1",
      crisissignaal: true,
      warmeOverdracht: true,
      bedrag: 1235,
      ontstaansdatum: "2026-01-01",
      signaaldatum: "2026-03-06",
      status: "Opgepakt",
      signaalpartner: { type: "Huur" },
      client: { burgerservicenummer: "111222333" },
    });
    expect(second?.client).toEqual({ postcode: "2871AB", huisnummer: "9", huisnummertoevoeging: "A" });
    expect(second?.status).toBe("Opgepakt");
    expect(third).toMatchObject({
      bedrag: 99,
      crisissignaal: false,
      warmeOverdracht: false,
      status: "Nog niet opgepakt",
    });
    expect(third?.client).toEqual({ postcode: "2871AB", huisnummer: "7" });
    expect(fourth?.status).toBe("Niet opgepakt: onterecht signaal");
  });

  it("adds a vroegsignaalzaak for each signal the gemeente took up", () => {
    expect(levering?.vroegsignaalzaken).toEqual([
      {
        vroegsignalen: [{ ID: "sig-1" }],
        datumOpgepakt: "2026-03-09",
        resultaat: "Inwoner heeft zelf al betaald/betalingsregeling getroffen",
      },
      { vroegsignalen: [{ ID: "sig-2" }], datumOpgepakt: "2026-03-09" },
      { vroegsignalen: [{ ID: "sig-4" }], datumOpgepakt: "2026-03-09", resultaat: "Niet opgepakt: onterecht signaal" },
    ]);
  });

  it("carries no name, care or justice data", () => {
    const withNotes = vroeg({ careNotes: "geheime behandeling", justiceHistory: "strafblad" });
    const json = JSON.stringify(toVngUitwisselmodel([{ id: "x", signal: withNotes }], options));
    for (const secret of ["J. de Vries", "geheime behandeling", "strafblad", "0701234567"])
      expect(json).not.toContain(secret);
  });

  it("refuses bad options by field", () => {
    try {
      toVngUitwisselmodel(items, {
        ...options,
        gemeentecode: "Krimpenerwaard",
        periode: { start: "2026-04-01", end: "2026-03-01" },
      });
      expect.unreachable();
    } catch (error) {
      if (!isDomainError(error)) throw error;
      expect(error.code).toBe("invalid_input");
      expect(error.issues.map((i) => i.field)).toEqual(
        expect.arrayContaining(["options.gemeentecode", "options.periode.end"]),
      );
    }
  });
});
