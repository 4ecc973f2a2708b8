import { z } from "zod";

export const SignalStatusSchema = z.enum(["nieuw", "bevestigd", "in_behandeling", "afgesloten", "doorgestuurd"]);
export type SignalStatus = z.infer<typeof SignalStatusSchema>;

export const SignalActionTypeSchema = z.enum(["bevestigen", "oppakken", "doorsturen", "afsluiten"]);
export type SignalActionType = z.infer<typeof SignalActionTypeSchema>;

/**
 * Lines of a signal's history that no caseworker writes (so not in the transition table and
 * never accepted from a card, the tab or the API): receipt by an owner, and the bot's
 * escalation to the owner's coordinator once a term has lapsed. Neither changes the status.
 */
export const SignalSystemActionSchema = z.enum(["ontvangen", "escaleren"]);
export type SignalSystemAction = z.infer<typeof SignalSystemActionSchema>;
export const SignalHistoryActionSchema = z.enum([
  ...SignalActionTypeSchema.options,
  ...SignalSystemActionSchema.options,
]);
export type SignalHistoryAction = z.infer<typeof SignalHistoryActionSchema>;

/**
 * The whole state machine in one table (as Amsterdam's Signalen keeps it). A signal belongs to
 * one owner (the receiving party) at a time.
 *
 * `doorgestuurd` is decided as: forwarded to another party that routing allows, which is now
 * the owner and has not yet acknowledged. It behaves like `nieuw` for that new owner (who may
 * bevestigen, oppakken or forward again) and restarts the acknowledgement term on the day of
 * forwarding; one record keeps one append-only history across owners.
 *
 * `oppakken` straight from nieuw/doorgestuurd is allowed and counts as acknowledgement, so a
 * caseworker needs one click, not two. Closing needs ownership first (in_behandeling).
 */
export const transitionTable: readonly { from: SignalStatus; action: SignalActionType; to: SignalStatus }[] = [
  { from: "nieuw", action: "bevestigen", to: "bevestigd" },
  { from: "doorgestuurd", action: "bevestigen", to: "bevestigd" },
  { from: "nieuw", action: "oppakken", to: "in_behandeling" },
  { from: "bevestigd", action: "oppakken", to: "in_behandeling" },
  { from: "doorgestuurd", action: "oppakken", to: "in_behandeling" },
  { from: "nieuw", action: "doorsturen", to: "doorgestuurd" },
  { from: "bevestigd", action: "doorsturen", to: "doorgestuurd" },
  { from: "in_behandeling", action: "doorsturen", to: "doorgestuurd" },
  { from: "doorgestuurd", action: "doorsturen", to: "doorgestuurd" },
  { from: "in_behandeling", action: "afsluiten", to: "afgesloten" },
];

export function nextStatus(from: SignalStatus, action: SignalActionType): SignalStatus | undefined {
  return transitionTable.find((t) => t.from === from && t.action === action)?.to;
}

export function allowedActions(from: SignalStatus): SignalActionType[] {
  return transitionTable.filter((t) => t.from === from).map((t) => t.action);
}

/** Statuses in which the owner still has to acknowledge. */
export const awaitingAcknowledgement: readonly SignalStatus[] = ["nieuw", "doorgestuurd"];
