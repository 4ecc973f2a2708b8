import type { Language } from "@convenantbot/domain";
import type { AdaptiveCard, CardElement, Container } from "../card-types.js";
import { adaptiveCard } from "../elements/card.js";
import { heading, subtle, text } from "../elements/text.js";
import { formatDateTime } from "../format/date.js";
import { catalogues, msg, type MessageKey } from "../messages/index.js";

export interface SignalListItem {
  id: string;
  /** "HA-2026-0012": what the caseworker types to open it ("signaal HA-2026-0012"). */
  kenmerk: string;
  type: string;
  status: string;
  createdAt: string;
  direction: "sent" | "received";
  /** Sent: who has it; received: who sent it. */
  otherParty: string;
  overdue: boolean;
}

/** Beyond this many the card says how many were left out (Teams caps a message at about 28 KB). */
export const SIGNALS_SHOWN = 15;

const label = (lang: Language, key: string, fallback: string) =>
  Object.hasOwn(catalogues[lang], key) ? msg(lang, key as MessageKey) : fallback.replace(/_/g, " ");

function itemBlock(item: SignalListItem, lang: Language): Container {
  const type = label(lang, `signal.type.${item.type}`, item.type);
  const status = label(lang, `signal.status.${item.status}`, item.status);
  const who = msg(lang, item.direction === "sent" ? "signals.to" : "signals.from", { party: item.otherParty });
  const items: CardElement[] = [
    text(`**${item.kenmerk}** · ${type} · ${status}`),
    subtle(`${formatDateTime(item.createdAt, lang)} · ${who}`, { spacing: "none" }),
  ];
  if (item.overdue)
    items.push(text(`⚠️ ${msg(lang, "signals.overdue")}`, { color: "attention", size: "small", spacing: "none" }));
  return { type: "Container", separator: true, spacing: "small", items };
}

/** The party's signals, newest first, each with its kenmerk; opening one is typing "signaal <kenmerk>". */
export function signalsListCard(items: readonly SignalListItem[], lang: Language): AdaptiveCard {
  const body: CardElement[] = [
    heading(msg(lang, "signals.heading", { count: items.length })),
    subtle(msg(lang, "signals.open"), { spacing: "none" }),
  ];
  body.push(...items.slice(0, SIGNALS_SHOWN).map((item) => itemBlock(item, lang)));
  if (items.length > SIGNALS_SHOWN)
    body.push(subtle(msg(lang, "signals.more", { count: items.length - SIGNALS_SHOWN }), { spacing: "medium" }));
  return adaptiveCard(lang, body, [], { fallbackText: msg(lang, "signals.heading", { count: items.length }) });
}
