import { check } from "@convenantbot/domain";
import { randomUUID } from "node:crypto";
import type { Store } from "../store.js";

export const meta = { actor: "system:test", correlationId: "test-correlation" } as const;

/** Three parties and one member per file; upserts, so every test may call it. */
export async function seedTestParties(store: Store) {
  const verhuurder = await store.parties.upsert(
    {
      id: "test-verhuurder",
      name: "Test Verhuurder",
      role: "sociale_verhuurder",
      signatory: true,
      rulebookIds: ["test-rulebook"],
    },
    meta,
  );
  const meldpunt = await store.parties.upsert(
    { id: "test-meldpunt", name: "Test Meldpunt", role: "meldpunt", signatory: true, rulebookIds: ["test-rulebook"] },
    meta,
  );
  const zorg = await store.parties.upsert(
    {
      id: "test-zorg",
      name: "Test Zorgorganisatie",
      role: "zorgorganisatie",
      signatory: false,
      rulebookIds: ["test-rulebook"],
    },
    meta,
  );
  const member = await store.members.upsert(
    {
      teamsUserId: "29:test-woonconsulent",
      tenantId: "00000000-0000-0000-0000-000000000001",
      displayName: "Test Woonconsulent",
      role: "woonconsulent",
      partyId: verhuurder.id,
    },
    meta,
  );
  return { verhuurder, meldpunt, zorg, member };
}

export function signalInput(overrides: Record<string, unknown> = {}) {
  return {
    type: "huurachterstand" as const,
    rulebook: "test-rulebook",
    senderPartyId: "test-verhuurder",
    recipientPartyIds: ["test-meldpunt"],
    payload: { maandenAchterstand: 2, bedrag: 1450 },
    idempotencyKey: randomUUID(),
    ...overrides,
  };
}

/** A real decision snapshot from the domain's check engine (KW rulebook), facts included. */
export function kwDecision(facts: Record<string, unknown> = { notSelfReliant: true, opiumActViolation: false }) {
  return check({ rulebook: "kw-huisuitzetting-2019", asOf: "2025-03-01", facts });
}
