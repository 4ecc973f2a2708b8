import type { RepoContext } from "./context.js";

/** An aanmelding as the platform counts it: no candidate data beyond the facts the counts read. */
export interface CountedAanmelding {
  id: string;
  createdAt: string;
  status: string;
  facts: Record<string, unknown>;
  deadlines: unknown[];
}

export interface CountedOffer {
  aanmeldingId: string;
  landlordPartyId: string;
  offeredOn: string;
  response: string | null;
  withinTerm: boolean | null;
}

export interface CountedSignal {
  id: string;
  type: string;
  senderPartyId: string;
  createdAt: string;
  recipientPartyIds: string[];
}

/**
 * Read models for the platform's counts (the tab's dashboard and monitoring): one rulebook's
 * records, newest first, bounded by `limit`. Counts only leave the bot, never these rows.
 */
export class ReportsRepository {
  constructor(private readonly ctx: RepoContext) {}

  async aanmeldingenOfRulebook(rulebookId: string, limit: number): Promise<CountedAanmelding[]> {
    const rows = await this.ctx.db
      .selectFrom("aanmeldingen")
      .select(["id", "created_at", "status", "facts", "deadlines"])
      .where("rulebook", "=", rulebookId)
      .orderBy("created_at", "desc")
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      createdAt: r.created_at,
      status: r.status,
      facts: r.facts,
      deadlines: r.deadlines,
    }));
  }

  async offersOfRulebook(rulebookId: string, limit: number): Promise<CountedOffer[]> {
    const rows = await this.ctx.db
      .selectFrom("housing_offers")
      .innerJoin("aanmeldingen", "aanmeldingen.id", "housing_offers.aanmelding_id")
      .select([
        "housing_offers.aanmelding_id",
        "housing_offers.landlord_party_id",
        "housing_offers.offered_on",
        "housing_offers.response",
        "housing_offers.within_term",
      ])
      .where("aanmeldingen.rulebook", "=", rulebookId)
      .orderBy("housing_offers.offered_on", "desc")
      .limit(limit)
      .execute();
    return rows.map((o) => ({
      aanmeldingId: o.aanmelding_id,
      landlordPartyId: o.landlord_party_id,
      offeredOn: o.offered_on,
      response: o.response,
      withinTerm: o.within_term,
    }));
  }

  async signalsOfRulebook(rulebookId: string, limit: number): Promise<CountedSignal[]> {
    const rows = await this.ctx.db
      .selectFrom("signals")
      .select(["id", "type", "sender_party_id", "created_at"])
      .where("rulebook", "=", rulebookId)
      .orderBy("created_at", "desc")
      .limit(limit)
      .execute();
    if (rows.length === 0) return [];
    const recipients = await this.ctx.db
      .selectFrom("signal_recipients")
      .innerJoin("signals", "signals.id", "signal_recipients.signal_id")
      .select(["signal_recipients.signal_id", "signal_recipients.party_id"])
      .where("signals.rulebook", "=", rulebookId)
      .execute();
    const recipientsOf = new Map<string, string[]>();
    for (const r of recipients) recipientsOf.set(r.signal_id, [...(recipientsOf.get(r.signal_id) ?? []), r.party_id]);
    return rows.map((s) => ({
      id: s.id,
      type: s.type,
      senderPartyId: s.sender_party_id,
      createdAt: s.created_at,
      recipientPartyIds: recipientsOf.get(s.id) ?? [],
    }));
  }
}
