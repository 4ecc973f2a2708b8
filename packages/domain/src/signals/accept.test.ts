import { describe, expect, it } from "vitest";
import { isDomainError, type DomainError } from "../common/domain-error.js";
import { acceptSignal } from "./accept.js";
import { exampleSignal } from "./testing/signal-fixtures.js";

const receivedAt = "2026-03-06T10:00:00+01:00";
function refused(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (isDomainError(error)) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("acceptSignal: validate, route, check, open one lifecycle per recipient", () => {
  it("KW overlast: Meldpunt and OOV each get their own state, view and deadline", () => {
    const input = exampleSignal("overlast", "kw-huisuitzetting-2019", "kw-quawonen", {
      careNotes: "behandeling X",
      justiceHistory: "veroordeling Y",
    });
    const accepted = acceptSignal({ signal: input, senderRole: "sociale_verhuurder", receivedAt });
    expect(accepted.deliveries.map((d) => d.recipient.partyId)).toEqual([
      "kw-meldpunt-ggd-hm",
      "kw-gemeente-krimpenerwaard",
    ]);
    const [meldpunt, gemeente] = accepted.deliveries;
    expect(meldpunt?.state).toMatchObject({
      status: "nieuw",
      ownerPartyId: "kw-meldpunt-ggd-hm",
      ownerRole: "meldpunt",
    });
    expect(meldpunt?.view.careNotes).toBe("behandeling X");
    expect(meldpunt?.view.justiceHistory).toBeUndefined();
    expect(gemeente?.view.careNotes).toBeUndefined();
    expect(gemeente?.deadlines.map((d) => [d.code, d.due])).toEqual([["SIGNAAL.BEVESTIGEN", "2026-03-11"]]);
  });

  it("LV einde_begeleiding: any 'false' about the woonbegeleidingsovereenkomst refuses (privacy fails closed)", () => {
    const input = exampleSignal("einde_begeleiding", "lv-zorgafhankelijk-2025", "lv-brijder", {
      woonbegeleidingsovereenkomstAllowsNotice: false,
    });
    const error = refused(() =>
      acceptSignal({
        signal: input,
        senderRole: "zorgorganisatie",
        caseContext: { landlordPartyId: "lv-vidomes", woonbegeleidingsovereenkomstAllowsNotice: true },
        receivedAt,
      }),
    );
    expect(error.code).toBe("not_allowed");
    expect(error.issues.map((i) => i.field)).toContain("caseContext.woonbegeleidingsovereenkomstAllowsNotice");
  });

  it("LV einde_begeleiding reaches the landlord without treatment content", () => {
    const input = exampleSignal("einde_begeleiding", "lv-zorgafhankelijk-2025", "lv-brijder", {
      careNotes: "diagnose Z",
    });
    const accepted = acceptSignal({
      signal: input,
      senderRole: "zorgorganisatie",
      caseContext: { landlordPartyId: "lv-vidomes" },
      receivedAt,
    });
    expect(accepted.deliveries).toHaveLength(1);
    expect(accepted.deliveries[0]?.view).toMatchObject({ endDate: "2026-03-01", reasonCategory: "op_verzoek_huurder" });
    expect(JSON.stringify(accepted.deliveries[0]?.view)).not.toContain("diagnose Z");
  });

  it("LV vroegsignaal without the Besluit's preconditions is refused, listing them", () => {
    const input = exampleSignal("huurachterstand", "lv-zorgafhankelijk-2025", "lv-vidomes", {
      channel: "vroegsignalering",
    });
    const error = refused(() => acceptSignal({ signal: input, senderRole: "sociale_verhuurder", receivedAt }));
    expect(error.code).toBe("not_allowed");
    expect(error.issues).toHaveLength(4);
  });

  it("LV vroegsignaal with the preconditions goes to the gemeente with contact data and a Wgs term", () => {
    const input = exampleSignal("huurachterstand", "lv-zorgafhankelijk-2025", "lv-vidomes", {
      channel: "vroegsignalering",
      vroegsignalering: {
        personalContactTried: true,
        pointedToSchuldhulp: true,
        writtenReminderOfferedDataSharing: true,
        tenantObjected: false,
      },
    });
    const [delivery] = acceptSignal({ signal: input, senderRole: "sociale_verhuurder", receivedAt }).deliveries;
    expect(delivery?.recipient.partyId).toBe("lv-gemeente-leidschendam-voorburg");
    expect(delivery?.view).toMatchObject({
      tenant: { name: "J. de Vries", phone: "0701234567" },
      amountInArrears: 1234.56,
    });
    expect(delivery?.deadlines.map((d) => d.code)).toEqual(["SIGNAAL.BEVESTIGEN", "WGS.EERSTE_CONTACT"]);
    expect(delivery?.deadlines[1]?.due).toBe("2026-04-03");
  });

  it("refuses a convenant signal dated before the rulebook was in force", () => {
    const input = exampleSignal("overlast", "kw-huisuitzetting-2019", "kw-quawonen", {
      signalDate: "2018-06-01",
      since: "2018-05-01",
    });
    expect(refused(() => acceptSignal({ signal: input, senderRole: "sociale_verhuurder", receivedAt })).code).toBe(
      "rulebook_not_valid",
    );
  });

  it("refuses an invalid case context by field", () => {
    const input = exampleSignal("overlast", "kw-huisuitzetting-2019", "kw-quawonen");
    const error = refused(() =>
      acceptSignal({ signal: input, senderRole: "sociale_verhuurder", caseContext: { regiehouder: "x" }, receivedAt }),
    );
    expect(error.code).toBe("invalid_input");
    expect(error.issues[0]?.field).toBe("caseContext.regiehouder");
  });
});
