import { describe, expect, it } from "vitest";
import { StoreError } from "../errors/store-error.js";
import { AanmeldingCreateSchema, aanmeldingLabel } from "./aanmelding.js";
import { WriteMetaSchema } from "./common.js";
import { ConversationReferenceUpsertSchema, conversationReferenceLabel } from "./conversation-reference.js";
import { MemberUpsertSchema, memberLabel } from "./member.js";
import { parseInput } from "./parse.js";
import { SignalCreateSchema, signalLabel } from "./signal.js";
import { kwDecision } from "../testing/fixtures.js";

function refusal(fn: () => unknown): StoreError {
  try {
    fn();
  } catch (error) {
    if (error instanceof StoreError) return error;
    throw error;
  }
  throw new Error("expected a StoreError");
}

describe("record schemas", () => {
  it("refuses a member without a Teams id, naming the field in Dutch and English", () => {
    const e = refusal(() =>
      parseInput(
        MemberUpsertSchema,
        {
          teamsUserId: "abc",
          tenantId: "00000000-0000-0000-0000-000000000001",
          displayName: "X",
          role: "begeleider",
          partyId: "p",
        },
        memberLabel,
      ),
    );
    expect(e.kind).toBe("invalid");
    expect(e.message_nl).toContain("teamsUserId");
    expect(e.message_nl).toContain("verwacht een Teams-id dat begint met 29:");
    expect(e.message_en).toContain("expected a Teams user id starting with 29:");
    expect(e.details.issues?.map((i) => i.field)).toEqual(["teamsUserId"]);
  });

  it("refuses an unknown signal type and unknown fields", () => {
    const e = refusal(() =>
      parseInput(
        SignalCreateSchema,
        {
          type: "burenruzie",
          rulebook: "r",
          senderPartyId: "a",
          recipientPartyIds: ["b"],
          payload: {},
          idempotencyKey: "k",
          extra: 1,
        },
        signalLabel,
      ),
    );
    expect(e.details.issues?.map((i) => i.field).sort()).toEqual(["extra", "type"]);
    expect(e.message_nl).toMatch(/^Ongeldig\(e\) signaal/);
  });

  it("needs at least one recipient for a signal", () => {
    const e = refusal(() =>
      parseInput(
        SignalCreateSchema,
        {
          type: "overlast",
          rulebook: "r",
          senderPartyId: "a",
          recipientPartyIds: [],
          payload: {},
          idempotencyKey: "k",
        },
        signalLabel,
      ),
    );
    expect(e.details.issues?.[0]?.field).toBe("recipientPartyIds");
  });

  it("accepts a real decision snapshot and refuses one for another rulebook", () => {
    const decision = kwDecision();
    expect(
      parseInput(
        AanmeldingCreateSchema,
        { rulebook: decision.rulebook, rulebookVersion: "1", decision },
        aanmeldingLabel,
      ).status,
    ).toBe("concept");
    const e = refusal(() =>
      parseInput(AanmeldingCreateSchema, { rulebook: "other", rulebookVersion: "1", decision }, aanmeldingLabel),
    );
    expect(e.details.issues?.[0]?.field).toBe("decision.rulebook");
    expect(e.message_nl).toContain("de beslissing hoort bij een andere regeling");
  });

  it("needs a member or a Teams channel for a conversation reference", () => {
    const e = refusal(() =>
      parseInput(
        ConversationReferenceUpsertSchema,
        { reference: { conversation: { id: "a:1" } } },
        conversationReferenceLabel,
      ),
    );
    expect(e.details.issues?.[0]?.field).toBe("memberId");
  });

  it("accepts only id-shaped actors, never names", () => {
    expect(WriteMetaSchema.safeParse({ actor: "member:8d1e7d1c-0000-4000-8000-000000000000" }).success).toBe(true);
    expect(WriteMetaSchema.safeParse({ actor: "system:retention" }).success).toBe(true);
    expect(WriteMetaSchema.safeParse({ actor: "Jan de Vries" }).success).toBe(false);
  });
});
