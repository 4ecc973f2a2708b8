import { allowedActions, allowedOutcomes, latestRulebookVersion, forwardTargets } from "@convenantbot/domain";
import type { SignalView } from "../../signals/signal-service.js";
import { labelOf } from "../../signals/signal-labels.js";

// Envelope fields shown in the header of the detail, not as rows.
const headerFields = new Set(["type", "rulebook", "channel", "senderPartyId"]);

type Names = (partyId: string) => Promise<string>;

/** The buttons the card shows this party: only on its own lifecycle, by the domain's state machine. */
export function actionsFor(view: SignalView, partyId: string) {
  return view.own && view.own.ownerPartyId === partyId ? allowedActions(view.own.status) : [];
}

export async function summaryOf(view: SignalView, partyId: string, names: Names) {
  const tenant = (view.fields["tenant"] ?? {}) as { name?: unknown };
  return {
    id: view.id,
    kenmerk: view.kenmerk,
    type: view.type,
    rulebook: view.rulebook,
    channel: view.channel,
    createdAt: view.createdAt,
    status: view.own?.status ?? view.lifecycles[0]?.status ?? "nieuw",
    direction: view.own || view.senderPartyId !== partyId ? ("received" as const) : ("sent" as const),
    senderPartyName: await names(view.senderPartyId),
    ...(typeof tenant.name === "string" ? { tenantName: tenant.name } : {}),
    // The sender's own dossier number: in the view for the sending party only (viewOf, privacy data).
    ...(view.ownReference ? { ownReference: view.ownReference } : {}),
    overdue: view.overdue,
    ...(view.dueDate ? { dueDate: view.dueDate } : {}),
    actions: actionsFor(view, partyId),
  };
}

/** Leaf fields of the privacy-filtered view, with their Dutch and English labels (as on the card). */
export function fieldsOf(
  value: unknown,
  prefix = "",
): { path: string; label: { nl: string; en: string }; value: string | number | boolean }[] {
  if (value === null || value === undefined) return [];
  if (typeof value === "object" && !Array.isArray(value)) {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
      fieldsOf(v, prefix ? `${prefix}.${k}` : k),
    );
  }
  const leaf =
    typeof value === "number" || typeof value === "boolean"
      ? value
      : Array.isArray(value)
        ? value.join(", ")
        : String(value);
  return headerFields.has(prefix) ? [] : [{ path: prefix, label: labelOf(prefix), value: leaf }];
}

/** One signal as the caller's party may see it, with everything the detail view and its actions need. */
export async function detailOf(view: SignalView, partyId: string, names: Names) {
  const rulebook = latestRulebookVersion(view.rulebook);
  const history = [];
  for (const h of view.own?.history ?? []) {
    history.push({
      at: h.at,
      action: h.action,
      actorPartyName: await names(h.actorPartyId),
      ...(h.toPartyId ? { toPartyName: await names(h.toPartyId) } : {}),
      ...(h.outcome ? { outcome: h.outcome } : {}),
      from: h.from,
      to: h.to,
    });
  }
  const lifecycles = [];
  for (const l of view.lifecycles)
    lifecycles.push({
      ownerPartyName: await names(l.ownerPartyId),
      status: l.status,
      ...(l.outcome ? { outcome: l.outcome } : {}),
    });
  return {
    ...(await summaryOf(view, partyId, names)),
    rulebookTitle: rulebook?.title ?? { nl: view.rulebook, en: view.rulebook },
    fields: fieldsOf(view.fields),
    history,
    lifecycles,
    // Only where routing lets the owner send it on, as on the card.
    forwardTargets:
      view.own && view.own.ownerPartyId === partyId
        ? forwardTargets(view.own).map((r) => ({ partyId: r.partyId, name: r.partyName }))
        : [],
    closeOutcomes: [...allowedOutcomes(view.type)],
  };
}
