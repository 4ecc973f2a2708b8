import { allowedActions, allowedOutcomes, latestRulebookVersion, t, type Language } from "@convenantbot/domain";
import { msg, signalCard, type AdaptiveCard } from "@convenantbot/cards";
import type { SignalView } from "./signal-service.js";
import { formatSignalValue, labelOf } from "./signal-labels.js";

/** Leaf fields by dotted path; absent fields stay absent (nothing is made up for them). */
function flatten(value: unknown, prefix = ""): { path: string; value: unknown }[] {
  if (value === null || value === undefined || value === "") return [];
  if (typeof value === "object" && !Array.isArray(value)) {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
      flatten(v, prefix ? `${prefix}.${k}` : k),
    );
  }
  return [{ path: prefix, value }];
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
  /** The tab's deep link to this signal, if the bot knows where the tab is. */
  openUrl?: string;
}

/** The card for one party: its own privacy-filtered fields and its own lifecycle's actions. */
export function signalCardFor(view: SignalView, context: SignalCardContext): AdaptiveCard {
  const own = view.own;
  const rulebook = latestRulebookVersion(view.rulebook);
  const status = own?.status ?? view.lifecycles[0]?.status ?? "nieuw";
  const actions = own && own.ownerPartyId === context.viewerPartyId ? allowedActions(own.status) : [];
  const history = (own?.history ?? []).map((h) => ({
    at: h.at,
    actor: context.partyName(h.actorPartyId),
    // History verbs and outcomes in the reader's language (the stored values are Dutch codes).
    action: (() => {
      const verb = msg(context.lang, `signal.history.${h.action}`);
      if (h.toPartyId && h.action === "doorsturen") return `${verb} → ${context.partyName(h.toPartyId)}`;
      return h.outcome ? `${verb}: ${msg(context.lang, `signal.outcome.${h.outcome}`).toLowerCase()}` : verb;
    })(),
  }));
  return signalCard({
    id: view.id,
    kenmerk: view.kenmerk,
    // Present in the view for the sending party only (privacy data decides, in viewOf).
    ...(view.ownReference ? { ownReference: view.ownReference } : {}),
    type: view.type,
    status,
    rulebookTitle: rulebook?.title ?? view.rulebook,
    fields: flatten(view.fields)
      .filter((f) => !headerFields.has(f.path))
      .map((f) => ({ label: labelOf(f.path), value: formatSignalValue(f.path, f.value, context.lang) })),
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
    ...(context.openUrl ? { openUrl: context.openUrl } : {}),
    lang: context.lang,
  });
}
