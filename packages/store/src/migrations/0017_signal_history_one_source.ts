import { sql, type Kysely } from "kysely";
import { runSql } from "./run-sql.js";

/**
 * One append-only history per signal, the only source of its status (issue 14 item 7).
 * Until now a signal had three: signal_history (the primary status only, escalations as
 * 'escaleren' with note 'owner:<party>'), the lifecycle JSON in signals.state (one history per
 * recipient, no escalations) and the audit log. This migration:
 * - gives signal_history the lifecycle (the recipient it was first delivered to), its line
 *   number there, the acting party and the line's own facts (`details`: new owner and role,
 *   outcome, the receipt's case context, the escalation's reason);
 * - rewrites each signal's history from signals.state (the complete one), keeping the audit
 *   actor and time of the old rows and turning the old escalation rows into lines of the
 *   lifecycle they escalated, so every status stays what it was;
 * - for a signal stored before signals.state existed: its old rows become the lines of one
 *   lifecycle, that of its owner (it had none before, so no one could act on it);
 * - drops signals.state. The audit log is left alone: it records who did what, not status.
 *
 * Self-contained on purpose (no domain import): a shipped migration must not change when the
 * domain does. The old rows are removed under the retention switch, the one way the
 * append-only guard allows.
 */

interface OldEntry {
  seq?: number;
  action: string;
  at: string;
  actorPartyId: string;
  actorUserId?: string;
  from: string | null;
  to: string;
  toPartyId?: string;
  outcome?: string;
}
interface OldState {
  ownerPartyId: string;
  ownerRole: string;
  evictionImminent?: boolean;
  caseContext?: Record<string, unknown>;
  history: OldEntry[];
}
interface OldRow {
  id: number;
  at: string;
  actor: string;
  from_status: string | null;
  to_status: string;
  action: string;
  note: string | null;
}
interface SignalRow {
  id: string;
  sender_party_id: string;
  owner_party_id: string | null;
  outcome: string | null;
  created_at: string;
  state: { byRecipient?: Record<string, OldState> } | null;
}
export interface NewLine {
  lifecycle: string;
  at: string;
  actor: string;
  actorPartyId: string;
  action: string;
  from: string | null;
  to: string;
  details: Record<string, unknown>;
}

const iso = (value: string | Date) => new Date(value).toISOString();

/** Lines from the lifecycle JSON, the primary lifecycle first, escalations placed by time. */
export function linesFromState(
  signal: SignalRow,
  states: Record<string, OldState>,
  old: readonly OldRow[],
  roleOf: (partyId: string) => string | undefined,
): NewLine[] {
  const keys = Object.keys(states);
  const primary =
    keys.find((k) => k === signal.owner_party_id) ??
    keys.find((k) => states[k]!.ownerPartyId === signal.owner_party_id) ??
    keys[0]!;
  const ordered = [primary, ...keys.filter((k) => k !== primary)];
  // Each old row but 'ontvangen' and 'escaleren' was written by exactly one action: match in order.
  const unmatched = old.filter((r) => r.action !== "ontvangen" && r.action !== "escaleren");
  const receiptActor = old.find((r) => r.action === "ontvangen")?.actor ?? "migration:0017";
  const lines: (NewLine & { order: number })[] = [];
  for (const [order, key] of ordered.entries()) {
    const state = states[key]!;
    const last = state.history.length - 1;
    state.history.forEach((h, i) => {
      const match = h.action === "ontvangen" ? undefined : unmatched.findIndex((r) => r.action === h.action);
      const actor =
        h.action === "ontvangen"
          ? receiptActor
          : match !== undefined && match >= 0
            ? unmatched.splice(match, 1)[0]!.actor
            : "migration:0017";
      const movesOwner = h.action === "ontvangen" || h.action === "doorsturen";
      // The last owner's role is in the state; an earlier one is its party's role.
      const toRole =
        movesOwner && h.toPartyId
          ? h.toPartyId === state.ownerPartyId && isLastMove(state.history, i, last)
            ? state.ownerRole
            : roleOf(h.toPartyId)
          : undefined;
      lines.push({
        order,
        lifecycle: key,
        at: iso(h.at),
        actor,
        actorPartyId: h.actorPartyId,
        action: h.action,
        from: h.from,
        to: h.to,
        details: {
          ...(h.actorUserId ? { actorUserId: h.actorUserId } : {}),
          ...(h.toPartyId ? { toPartyId: h.toPartyId } : {}),
          ...(toRole ? { toRole } : {}),
          ...(h.outcome ? { outcome: h.outcome } : {}),
          ...(h.action === "ontvangen" && state.caseContext ? { caseContext: state.caseContext } : {}),
          ...(h.action === "ontvangen" && state.evictionImminent ? { evictionImminent: true } : {}),
        },
      });
    });
  }
  for (const row of old.filter((r) => r.action === "escaleren")) {
    const owner = row.note?.startsWith("owner:") ? row.note.slice("owner:".length) : undefined;
    const key =
      ordered.find((k) => states[k]!.ownerPartyId === owner) ??
      ordered.find((k) => states[k]!.history.some((h) => h.toPartyId === owner)) ??
      primary;
    const at = iso(row.at);
    const before = lines.filter((l) => l.lifecycle === key && l.at <= at).at(-1);
    const status = before?.to ?? row.to_status;
    lines.push({
      order: ordered.indexOf(key),
      lifecycle: key,
      at,
      actor: row.actor,
      actorPartyId: owner ?? states[key]!.ownerPartyId,
      action: "escaleren",
      from: status,
      to: status,
      details: {},
    });
  }
  // Stable: receipts (same time) keep the primary first; an escalation follows what came before it.
  return lines
    .map((l, i) => ({ l, i }))
    .sort(
      (a, b) =>
        a.l.at.localeCompare(b.l.at) ||
        (a.l.action === "ontvangen" && b.l.action === "ontvangen" ? a.l.order - b.l.order : a.i - b.i),
    )
    .map(({ l: { order: _order, ...line } }) => line);
}

function isLastMove(history: readonly OldEntry[], index: number, last: number): boolean {
  for (let i = index + 1; i <= last; i++) if (history[i]!.action === "doorsturen") return false;
  return true;
}

/** A signal without lifecycle JSON: its rows become the one lifecycle of its owner. */
export function linesFromRows(
  signal: SignalRow,
  recipients: readonly string[],
  old: readonly OldRow[],
  roleOf: (partyId: string) => string | undefined,
): NewLine[] {
  const key =
    signal.owner_party_id && recipients.includes(signal.owner_party_id)
      ? signal.owner_party_id
      : ([...recipients].sort()[0] ?? signal.owner_party_id ?? signal.sender_party_id);
  const owner = signal.owner_party_id ?? key;
  const role = (partyId: string) => roleOf(partyId);
  return old.map((row) => {
    const at = iso(row.at);
    if (row.action === "escaleren") {
      const escalated = row.note?.startsWith("owner:") ? row.note.slice("owner:".length) : owner;
      return {
        lifecycle: key,
        at,
        actor: row.actor,
        actorPartyId: escalated,
        action: row.action,
        from: row.to_status,
        to: row.to_status,
        details: {},
      };
    }
    const receipt = row.action === "ontvangen";
    const moves = receipt || row.action === "doorsturen";
    const toPartyId = receipt ? key : owner;
    const toRole = moves ? role(toPartyId) : undefined;
    return {
      lifecycle: key,
      at,
      actor: row.actor,
      actorPartyId: receipt ? signal.sender_party_id : owner,
      action: row.action,
      from: row.from_status,
      to: row.to_status,
      details: {
        ...(moves ? { toPartyId } : {}),
        ...(toRole ? { toRole } : {}),
        ...(row.action === "afsluiten" && signal.outcome ? { outcome: signal.outcome } : {}),
      },
    };
  });
}

const BATCH = 500;

export async function up(db: Kysely<any>): Promise<void> {
  await runSql(db, [
    `ALTER TABLE signal_history ADD COLUMN lifecycle text`,
    `ALTER TABLE signal_history ADD COLUMN seq integer CONSTRAINT signal_history_seq_nonnegative CHECK (seq >= 0)`,
    `ALTER TABLE signal_history ADD COLUMN actor_party_id text`,
    `ALTER TABLE signal_history ADD COLUMN details jsonb NOT NULL DEFAULT '{}' CONSTRAINT signal_history_details_object CHECK (jsonb_typeof(details) = 'object')`,
  ]);
  const parties = await db.selectFrom("parties").select(["id", "role"]).execute();
  const roles = new Map(parties.map((p: { id: string; role: string }) => [p.id, p.role]));
  const roleOf = (partyId: string) => roles.get(partyId);
  let after = "";
  for (;;) {
    const signals = (await db
      .selectFrom("signals")
      .select(["id", "sender_party_id", "owner_party_id", "outcome", "created_at", "state"])
      .where(sql`id::text`, ">", after)
      .orderBy(sql`id::text`)
      .limit(BATCH)
      .execute()) as SignalRow[];
    if (signals.length === 0) break;
    after = signals.at(-1)!.id;
    const ids = signals.map((s) => s.id);
    const oldRows = (await db
      .selectFrom("signal_history")
      .selectAll()
      .where("signal_id", "in", ids)
      .orderBy("id")
      .execute()) as (OldRow & { signal_id: string })[];
    const recipientRows = (await db
      .selectFrom("signal_recipients")
      .selectAll()
      .where("signal_id", "in", ids)
      .execute()) as { signal_id: string; party_id: string }[];
    const rows: Record<string, unknown>[] = [];
    for (const signal of signals) {
      const old = oldRows.filter((r) => r.signal_id === signal.id);
      const states = signal.state?.byRecipient ?? {};
      const lines =
        Object.keys(states).length > 0
          ? linesFromState(signal, states, old, roleOf)
          : linesFromRows(
              signal,
              recipientRows.filter((r) => r.signal_id === signal.id).map((r) => r.party_id),
              old,
              roleOf,
            );
      const seqs = new Map<string, number>();
      for (const line of lines) {
        const seq = seqs.get(line.lifecycle) ?? 0;
        seqs.set(line.lifecycle, seq + 1);
        rows.push({
          signal_id: signal.id,
          lifecycle: line.lifecycle,
          seq,
          at: line.at,
          actor: line.actor,
          actor_party_id: line.actorPartyId,
          from_status: line.from,
          to_status: line.to,
          action: line.action,
          note: null,
          details: JSON.stringify(line.details),
        });
      }
    }
    await sql`select set_config('convenantbot.retention', 'on', true)`.execute(db);
    await db.deleteFrom("signal_history").where("signal_id", "in", ids).execute();
    await sql`select set_config('convenantbot.retention', 'off', true)`.execute(db);
    for (let start = 0; start < rows.length; start += 1000)
      await db
        .insertInto("signal_history")
        .values(rows.slice(start, start + 1000))
        .execute();
  }
  await runSql(db, [
    `ALTER TABLE signal_history ALTER COLUMN lifecycle SET NOT NULL`,
    `ALTER TABLE signal_history ALTER COLUMN seq SET NOT NULL`,
    `ALTER TABLE signal_history ALTER COLUMN actor_party_id SET NOT NULL`,
    // Two steps on the same lifecycle state cannot both be written.
    `ALTER TABLE signal_history ADD CONSTRAINT signal_history_lifecycle_seq_key UNIQUE (signal_id, lifecycle, seq)`,
    `ALTER TABLE signals DROP COLUMN state`,
  ]);
}

/** Back to the old columns: the lines stay (as rows of the old shape); signals.state comes back empty. */
export async function down(db: Kysely<any>): Promise<void> {
  await runSql(db, [
    `ALTER TABLE signals ADD COLUMN state jsonb CONSTRAINT signals_state_object CHECK (state IS NULL OR jsonb_typeof(state) = 'object')`,
    `ALTER TABLE signal_history DROP CONSTRAINT signal_history_lifecycle_seq_key`,
    `ALTER TABLE signal_history DROP COLUMN details`,
    `ALTER TABLE signal_history DROP COLUMN actor_party_id`,
    `ALTER TABLE signal_history DROP COLUMN seq`,
    `ALTER TABLE signal_history DROP COLUMN lifecycle`,
  ]);
}
