import {
  PartyRoleSchema,
  SignalHistoryLineSchema,
  type HistoryEntry,
  type SignalHistoryLine,
} from "@convenantbot/domain";
import { toJson } from "../db/json.js";
import type { RepoContext } from "./context.js";
import type { Insertable, Selectable } from "kysely";
import type { SignalHistoryTable } from "../db/schema.js";

/** The row of signal_history for one line: the entry's own facts go into `details`. */
export function lineRow(signalId: string, line: SignalHistoryLine, actor: string): Insertable<SignalHistoryTable> {
  const { seq, action, at, actorPartyId, from, to, ...details } = line.entry;
  return {
    signal_id: signalId,
    lifecycle: line.lifecycle,
    seq,
    at: new Date(at).toISOString(),
    actor,
    actor_party_id: actorPartyId,
    from_status: from,
    to_status: to,
    action,
    note: null,
    details: toJson(details),
  };
}

type LineRow = Omit<Selectable<SignalHistoryTable>, "id" | "signal_id" | "actor" | "note">;

/** A stored row as the domain's line (times as UTC ISO, as every write stores them). */
export function lineOf(row: LineRow): SignalHistoryLine {
  return SignalHistoryLineSchema.parse({
    lifecycle: row.lifecycle,
    entry: {
      ...row.details,
      seq: row.seq,
      action: row.action,
      at: new Date(row.at).toISOString(),
      actorPartyId: row.actor_party_id,
      from: row.from_status,
      to: row.to_status,
    },
  });
}

/** Lines as they read back: the same normalisation as lineRow + lineOf, without a round trip. */
export function normalised(line: SignalHistoryLine): SignalHistoryLine {
  return { lifecycle: line.lifecycle, entry: { ...line.entry, at: new Date(line.entry.at).toISOString() } };
}

/**
 * A signal created without the domain's lines (a machine import, the store's own tests): one
 * lifecycle, for the first recipient, received now. Its owner is `ownerPartyId` when given and
 * unknown otherwise (as the owner column always was), so the domain cannot replay it until a
 * line names one; the bot always gives its own lines.
 */
export function defaultOpening(
  input: {
    senderPartyId: string;
    recipientPartyIds: readonly string[];
    ownerPartyId?: string | undefined;
    status: HistoryEntry["to"];
  },
  at: string,
  roleOf: (partyId: string) => string | undefined,
): SignalHistoryLine[] {
  const key = input.recipientPartyIds[0]!;
  const owner = input.ownerPartyId;
  const role = PartyRoleSchema.safeParse(owner ? roleOf(owner) : undefined);
  return [
    {
      lifecycle: key,
      entry: {
        seq: 0,
        action: "ontvangen",
        at,
        actorPartyId: input.senderPartyId,
        from: null,
        to: input.status,
        ...(owner ? { toPartyId: owner } : {}),
        ...(role.success ? { toRole: role.data } : {}),
      },
    },
  ];
}

/** The lines of several signals in one statement, each signal's in order. */
export async function linesOf(
  db: RepoContext["db"],
  signalIds: readonly string[],
): Promise<Map<string, SignalHistoryLine[]>> {
  const byId = new Map<string, SignalHistoryLine[]>(signalIds.map((id) => [id, []]));
  if (signalIds.length === 0) return byId;
  const rows = await db
    .selectFrom("signal_history")
    .selectAll()
    .where("signal_id", "in", [...new Set(signalIds)])
    .orderBy("signal_id")
    .orderBy("id")
    .execute();
  for (const row of rows) byId.get(row.signal_id)?.push(lineOf(row));
  return byId;
}
