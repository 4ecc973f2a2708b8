import { allowedActions, allowedOutcomes, findRulebookVersions, t, type Language } from "@convenantbot/domain";
import { msg, signalCard, type AdaptiveCard } from "@convenantbot/cards";
import type { SignalView } from "./signal-service.js";
import { labelOf } from "./signal-labels.js";


function flatten(value: unknown, prefix = ""): { path: string; value: string }[] {
  if (value === null || value === undefined) return [];
  if (typeof value === "object" && !Array.isArray(value)) {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
  }
  const text = typeof value === "boolean" ? (value ? "ja" : "nee") : String(value);
  return [{ path: prefix, value: text }];
}

// Envelope fields the card shows in its header, not as a row.
const headerFields = new Set(["type", "rulebook", "channel", "senderPartyId"]);

export interface SignalCardContext {
  lang: Language;
  /** The viewer's party: decides which actions the card offers. */
  viewerPartyId: string;
  partyName: (partyId: string) => string;
  forwardTargets: { partyId: string; name: string }[];
  refreshUserIds: string[];
  /** The sender's view of delivery: recipients unreachable or being retried (party names). */
  delivery?: { unreachable: string[]; retrying: string[] };
}

/** The card for one party: its own privacy-filtered fields and its own lifecycle's actions. */
export function signalCardFor(view: SignalView, context: SignalCardContext): AdaptiveCard {
  const own = view.own;
  const rulebook = findRulebookVersions(view.rulebook).at(-1);
  const status = own?.status ?? view.lifecycles[0]?.status ?? "nieuw";
  const actions = own && own.ownerPartyId === context.viewerPartyId ? allowedActions(own.status) : [];
  const history = (own?.history ?? []).map((h) => ({
    at: h.at,
    actor: context.partyName(h.actorPartyId),
    action: h.toPartyId && h.action === "doorsturen" ? `${h.action} → ${context.partyName(h.toPartyId)}` : h.outcome ? `${h.action}: ${h.outcome}` : h.action,
  }));
  return signalCard({
    id: view.id,
    type: view.type,
    status,
    rulebookTitle: rulebook?.title ?? view.rulebook,
    fields: flatten(view.fields)
      .filter((f) => !headerFields.has(f.path))
      .map((f) => ({ label: labelOf(f.path), value: f.value })),
    history,
    ...(view.dueDate ? { due: view.dueDate } : {}),
    overdue: view.overdue,
    allowedActions: actions,
    forwardTargets: context.forwardTargets.filter((p) => p.partyId !== context.viewerPartyId),
    closeOutcomes: allowedOutcomes(view.type).map((value) => ({
      value,
      label: t(msg("nl", `signal.outcome.${value}`), msg("en", `signal.outcome.${value}`)),
    })),
    refreshUserIds: context.refreshUserIds,
    ...(context.delivery ? { delivery: context.delivery } : {}),
    lang: context.lang,
  });
}
