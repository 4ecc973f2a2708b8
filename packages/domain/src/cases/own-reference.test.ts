import { describe, expect, it } from "vitest";
import { PartyRoleSchema } from "../parties/party.js";
import { ownReferencePolicy } from "../signals/privacy-table.js";
import { mayReadOwnReference, ownReferenceKey, parseOwnReference } from "./own-reference.js";

describe("own dossier number", () => {
  it.each([
    ["", undefined],
    ["   ", undefined],
    [undefined, undefined],
    ["D-2024/118", "D-2024/118"],
    ["  cl.4471 ", "cl.4471"],
    ["dossier #12", "dossier #12"],
    ["Ü-7", "Ü-7"],
  ])("%j is accepted as %j", (raw, value) => {
    expect(parseOwnReference(raw)).toEqual(value === undefined ? { ok: true } : { ok: true, value });
  });

  it.each(["-12", "a".repeat(41), "12;drop", "x\ny", 12])("%j is refused with a Dutch and an English reason", (raw) => {
    const parsed = parseOwnReference(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.message_nl).toMatch(/^Eigen dossiernummer/);
      expect(parsed.message_en).toMatch(/^Own dossier number/);
    }
  });

  it("is found however it is typed", () => {
    expect(ownReferenceKey(" D-2024/118 ")).toBe(ownReferenceKey("d-2024/118"));
  });

  it("the privacy data decides every role, with the assumption written down: none but the sending party sees it", () => {
    expect(Object.keys(ownReferencePolicy.visibleToOtherParties).sort()).toEqual([...PartyRoleSchema.options].sort());
    expect(ownReferencePolicy.text_nl).toMatch(/^AANNAME:/);
    expect(ownReferencePolicy.text_en).toMatch(/^ASSUMED:/);
    for (const role of PartyRoleSchema.options) {
      expect(mayReadOwnReference({ partyId: "p-other", role }, "p-sender"), role).toBe(false);
      expect(mayReadOwnReference({ partyId: "p-sender", role }, "p-sender"), role).toBe(true);
    }
    expect(mayReadOwnReference({ partyId: "p-sender", role: "zorgorganisatie" }, null)).toBe(false);
  });
});
