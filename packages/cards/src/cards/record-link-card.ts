import type { Language, Localized } from "@convenantbot/domain";
import type { AdaptiveCard, CardAction, CardElement } from "../card-types.js";
import { adaptiveCard } from "../elements/card.js";
import { subtle, text } from "../elements/text.js";
import { formatDateTime } from "../format/date.js";
import { msg } from "../messages/index.js";

/** A case or signal as a search result or an unfurled link: only what identifies nobody. */
export interface RecordLinkInput {
  kind: "signal" | "case";
  kenmerk: string;
  /** Signal type or rulebook title. */
  what: Localized;
  status: Localized;
  createdAt: string;
  /** The tab's deep link to the record, when the bot knows its public address. */
  openUrl?: string;
  lang: Language;
}

/**
 * The card a search result or a pasted link inserts into a conversation. It may land in a
 * group chat, so it carries no personal data (no tenant or candidate name, no amounts or
 * care notes): the kenmerk, what it is and how far it is; the details open in the tab, where
 * each reader sees what their role may see.
 */
export function recordLinkCard(input: RecordLinkInput): AdaptiveCard {
  const { lang } = input;
  const body: CardElement[] = [
    subtle(msg(lang, input.kind === "signal" ? "recordLink.signal" : "recordLink.case")),
    text(`**${input.kenmerk}** · ${input.what[lang]}`, { spacing: "none" }),
    text(msg(lang, "recordLink.status", { status: input.status[lang], date: formatDateTime(input.createdAt, lang) }), {
      spacing: "none",
      size: "small",
    }),
    subtle(msg(lang, "recordLink.privacy"), { spacing: "small" }),
  ];
  const actions: CardAction[] = input.openUrl
    ? [{ type: "Action.OpenUrl", title: msg(lang, "recordLink.open"), url: input.openUrl }]
    : [];
  return adaptiveCard(lang, body, actions, { fallbackText: `${input.kenmerk} · ${input.what[lang]}` });
}

/** The one-line preview in the search result list (only the searcher sees it). */
export function recordLinkPreview(input: RecordLinkInput): { title: string; text: string } {
  return {
    title: `${input.kenmerk} · ${input.what[input.lang]}`,
    text: msg(input.lang, "recordLink.status", {
      status: input.status[input.lang],
      date: formatDateTime(input.createdAt, input.lang),
    }),
  };
}
