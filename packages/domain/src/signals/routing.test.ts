import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { isDomainError } from "../common/domain-error.js";
import { PartyRoleSchema } from "../parties/party.js";
import { rulebookIds } from "../rulebooks/registry.js";
import { CaseContextSchema } from "./case-context.js";
import { routeSignal } from "./routing.js";
import { routingTable } from "./routing-table.js";
import { SignalChannelSchema, SignalTypeSchema, signalTypes } from "./signal-type.js";

const RowSchema = z.strictObject({
  name: z.string(),
  needs: z.string().optional(),
  input: z.strictObject({
    rulebook: z.string(),
    type: SignalTypeSchema,
    senderPartyId: z.string(),
    senderRole: PartyRoleSchema,
    channel: SignalChannelSchema.optional(),
    caseContext: CaseContextSchema.optional(),
    settings: z.strictObject({ landlordRentDebtsBeyondHov: z.boolean() }).optional(),
  }),
  recipients: z.array(z.string()).optional(),
  roles: z.array(PartyRoleSchema).optional(),
  error: z.strictObject({ code: z.string(), fields: z.array(z.string()) }).optional(),
});
const table = z
  .strictObject({ rows: z.array(RowSchema) })
  .parse(parse(readFileSync(new URL("./routing.cases.yaml", import.meta.url), "utf8")));

describe("routing table (routing.cases.yaml)", () => {
  for (const row of table.rows) {
    it.skipIf(row.needs !== undefined && !rulebookIds().includes(row.needs))(row.name, () => {
      if (row.error) {
        let caught: unknown;
        try {
          routeSignal(row.input);
        } catch (error) {
          caught = error;
        }
        expect(isDomainError(caught), "expected a DomainError").toBe(true);
        if (!isDomainError(caught)) return;
        expect(caught.code).toBe(row.error.code);
        expect(caught.message_nl.length).toBeGreaterThan(10);
        expect(caught.message_en.length).toBeGreaterThan(10);
        for (const field of row.error.fields) expect(caught.issues.map((i) => i.field)).toContain(field);
        return;
      }
      const result = routeSignal(row.input);
      expect(result.recipients.map((r) => r.partyId)).toEqual(row.recipients);
      if (row.roles) expect(result.recipients.map((r) => r.role)).toEqual(row.roles);
      for (const r of result.recipients) {
        expect(r.reason.nl).not.toBe("");
        expect(r.reason.en).not.toBe("");
        expect(r.partyId).not.toBe(row.input.senderPartyId);
      }
    });
  }
});

describe("routing table data", () => {
  it("every row names known types and has a reason per recipient", () => {
    for (const rule of routingTable) {
      for (const type of rule.types) expect(signalTypes).toContain(type);
      expect(rule.to.length).toBeGreaterThan(0);
      for (const selector of rule.to) expect(selector.reason.nl && selector.reason.en).toBeTruthy();
    }
  });
  it("every assumption in the table is marked ASSUMED", () => {
    for (const rule of routingTable)
      if (rule.assumed !== undefined) expect(rule.assumed.startsWith("ASSUMED")).toBe(true);
    expect(routingTable.filter((r) => r.assumed).length).toBeGreaterThan(0);
  });
  it("row ids are unique", () => {
    const ids = routingTable.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it("the not_allowed message lists what the role may send", () => {
    try {
      routeSignal({
        rulebook: "kw-huisuitzetting-2019",
        type: "einde_begeleiding",
        senderPartyId: "kw-quawonen",
        senderRole: "sociale_verhuurder",
      });
      expect.unreachable();
    } catch (error) {
      if (!isDomainError(error)) throw error;
      expect(error.message_nl).toContain("huurachterstand, overlast, ontruimingsvonnis");
      expect(error.message_en).toContain("may not send");
    }
  });
});
