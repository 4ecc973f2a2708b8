import { describe, expect, it } from "vitest";
import { SignalPostSchema } from "./public-api.js";

const signal = {
  rulebook: "lv-zorgafhankelijk-2025",
  type: "overlast",
  senderPartyId: "lv-vidomes",
  signalDate: "2026-11-20",
  tenant: { name: "Testhuurder Twee", postcode: "2271CD", huisnummer: 3 },
  kind: "geluid",
  severity: "matig",
  policeInvolved: false,
};

describe("POST /api/signals: the sender's own dossier number (issue 15 item 7)", () => {
  it.each([
    [undefined, true],
    ["HV/2026-77", true],
    ["dossier #12", true],
    ["-12", false],
    ["a".repeat(41), false],
    ["12;drop", false],
  ])("ownReference %j is accepted: %j", (ownReference, ok) => {
    const body = ownReference === undefined ? signal : { ...signal, ownReference };
    expect(SignalPostSchema.safeParse(body).success).toBe(ok);
  });
});
