import type { IsoDate, Language, Localized, Outcome } from "@convenantbot/domain";
import type { AdaptiveCard, CardElement, Container } from "../card-types.js";
import { adaptiveCard } from "../elements/card.js";
import { heading, subtle, text } from "../elements/text.js";
import { formatDate, formatDateTime } from "../format/date.js";
import { outcomeColor, outcomeHeadline } from "../format/outcome.js";
import { titleText, type TitleText } from "../format/title.js";
import { msg } from "../messages/index.js";

export interface AanmeldingListItem {
  id: string;
  rulebookTitle: TitleText;
  outcome: Outcome;
  /** The store's status code; shown as is unless `statusLabel` is given. */
  status: string;
  statusLabel?: Localized;
  /** Date or timestamp. */
  createdOn: string;
  supportPartyName?: string;
  /** "LV-2026-0012": shown instead of the id when the case has one. */
  kenmerk?: string;
  /** The caseworker's own dossier number (their own list only). */
  ownReference?: string;
  /** `target`: a "zo mogelijk vóór" date; passing it is no breach, so it reads "streefdatum voorbij". */
  nextDeadline?: { title: Localized; due: IsoDate; overdue?: boolean; target?: boolean };
}

/** Teams messages are capped at about 28 KB; beyond this many the card says how many were left out. */
export const AANMELDINGEN_SHOWN = 25;

function itemBlock(item: AanmeldingListItem, lang: Language): Container {
  const status = item.statusLabel ? item.statusLabel[lang] : item.status.replace(/_/g, " ");
  const details = [
    msg(lang, "aanmeldingen.createdOn", { date: formatDateTime(item.createdOn, lang) }),
    msg(lang, "aanmeldingen.status", { status }),
    ...(item.supportPartyName ? [msg(lang, "aanmeldingen.party", { party: item.supportPartyName })] : []),
  ];
  const items: CardElement[] = [
    text(
      `**${titleText(lang, item.rulebookTitle)}** · ${item.kenmerk ?? item.id}${item.ownReference ? ` · ${msg(lang, "aanmeldingen.ownReference", { ownReference: item.ownReference })}` : ""}`,
    ),
    text(outcomeHeadline(item.outcome, lang), { color: outcomeColor[item.outcome], spacing: "none", size: "small" }),
    subtle(details.join(" · "), { spacing: "none" }),
  ];
  const next = item.nextDeadline;
  if (next) {
    const line = msg(lang, "aanmeldingen.nextDeadline", { title: next.title[lang], due: formatDate(next.due, lang) });
    items.push(
      !next.overdue
        ? subtle(line, { spacing: "none" })
        : next.target
          ? text(`${line} (${msg(lang, "aanmeldingen.targetPassed")})`, {
              color: "warning",
              size: "small",
              spacing: "none",
            })
          : text(`⚠️ ${line} (${msg(lang, "aanmeldingen.overdue")})`, {
              color: "attention",
              size: "small",
              spacing: "none",
            }),
    );
  }
  return { type: "Container", separator: true, spacing: "medium", items };
}

/** The caseworker's aanmeldingen, in the order given (the store decides: newest first). No actions. */
export function aanmeldingenListCard(items: readonly AanmeldingListItem[], lang: Language): AdaptiveCard {
  const body: CardElement[] = [heading(msg(lang, "aanmeldingen.heading", { count: items.length }))];
  if (items.length === 0) body.push(text(msg(lang, "bot.noAanmeldingen")));
  body.push(...items.slice(0, AANMELDINGEN_SHOWN).map((item) => itemBlock(item, lang)));
  if (items.length > AANMELDINGEN_SHOWN) {
    body.push(
      subtle(msg(lang, "aanmeldingen.more", { count: items.length - AANMELDINGEN_SHOWN }), { spacing: "medium" }),
    );
  }
  return adaptiveCard(lang, body, [], { fallbackText: msg(lang, "aanmeldingen.heading", { count: items.length }) });
}
