import type { IsoDate, Language, Localized } from "@convenantbot/domain";
import type { AdaptiveCard, CardAction, CardElement } from "../card-types.js";
import { execute, showCard } from "../elements/actions.js";
import { adaptiveCard } from "../elements/card.js";
import { heading, sectionTitle, subtle, text } from "../elements/text.js";
import { formatDate, formatDateTime } from "../format/date.js";
import { titleText, type TitleText } from "../format/title.js";
import { catalogues, msg, type MessageKey } from "../messages/index.js";
import { refreshBlock } from "./refresh.js";
import { INPUT_IDS, VERBS, type Verb } from "./verbs.js";

export type SignalAction = "bevestigen" | "oppakken" | "doorsturen" | "afsluiten";

/**
 * What the card shows of a signal. Its own presentation type, not the signal domain's, so
 * the two can evolve apart; `fields` must already be filtered for this recipient's privacy.
 */
export interface SignalCardInput {
  id: string;
  /** Short handle the caseworker can type back ("signaal HA-2026-0012"). */
  kenmerk?: string;
  /** The sender's own dossier number: only on the sending party's card (the bot decides, mayReadOwnReference). */
  ownReference?: string;
  type: string;
  typeLabel?: Localized;
  status: string;
  rulebookTitle: TitleText;
  fields: readonly { label: Localized; value: string }[];
  history: readonly { at: string; actor: string; action: string }[];
  due?: IsoDate;
  overdue: boolean;
  allowedActions: readonly SignalAction[];
  forwardTargets?: readonly { partyId: string; name: string }[];
  closeOutcomes?: readonly { value: string; label: Localized }[];
  /** Teams user ids (`29:...`) whose copy should refresh automatically; capped at 60. */
  refreshUserIds?: readonly string[];
  /** For the sender: recipient parties nobody could be reached at yet ("onbereikbaar"), and those being retried. */
  delivery?: { unreachable: readonly string[]; retrying: readonly string[] };
  /** The tab's deep link to this signal (issue 16), when the bot knows where the tab is. */
  openUrl?: string;
  lang: Language;
}

/** Newest entries are the ones that matter; older ones stay in the store's audit trail. */
const HISTORY_SHOWN = 10;

const ACTION_ORDER: readonly SignalAction[] = ["bevestigen", "oppakken", "doorsturen", "afsluiten"];

const ACTION_VERB: Readonly<Record<SignalAction, Verb>> = {
  bevestigen: VERBS.signalBevestigen,
  oppakken: VERBS.signalOppakken,
  doorsturen: VERBS.signalDoorsturen,
  afsluiten: VERBS.signalAfsluiten,
};

/** A known code gets its catalogue label; anything else is shown as given (never an error). */
function known(lang: Language, key: string, fallback: string): string {
  return Object.hasOwn(catalogues[lang], key) ? msg(lang, key as MessageKey) : fallback.replace(/_/g, " ");
}

function actions(input: SignalCardInput): CardAction[] {
  const { lang } = input;
  const data = { signalId: input.id };
  const result: CardAction[] = [];
  for (const action of ACTION_ORDER) {
    if (!input.allowedActions.includes(action)) continue;
    const verb = ACTION_VERB[action];
    const title = msg(lang, `signal.action.${action}`);
    if (action === "doorsturen") {
      // Forwarding needs a target; without one the action cannot succeed, so it is not offered.
      const targets = input.forwardTargets ?? [];
      if (targets.length === 0) continue;
      result.push(
        showCard(
          title,
          [
            {
              type: "Input.ChoiceSet",
              id: INPUT_IDS.forwardTo,
              label: msg(lang, "signal.forwardTo"),
              isRequired: true,
              errorMessage: msg(lang, "signal.forwardError"),
              style: targets.length > 6 ? "compact" : "expanded",
              wrap: true,
              choices: targets.map((t) => ({ title: t.name, value: t.partyId })),
            },
          ],
          [execute(verb, title, data, { style: "positive" })],
        ),
      );
    } else if (action === "afsluiten" && (input.closeOutcomes?.length ?? 0) > 0) {
      const outcomes = input.closeOutcomes ?? [];
      result.push(
        showCard(
          title,
          [
            {
              type: "Input.ChoiceSet",
              id: INPUT_IDS.closeOutcome,
              label: msg(lang, "signal.closeOutcome"),
              isRequired: true,
              errorMessage: msg(lang, "signal.closeError"),
              style: outcomes.length > 6 ? "compact" : "expanded",
              wrap: true,
              choices: outcomes.map((o) => ({ title: o.label[lang], value: o.value })),
            },
          ],
          [execute(verb, msg(lang, "signal.confirm"), data, { style: "positive" })],
        ),
      );
    } else {
      result.push(execute(verb, title, data, action === "bevestigen" ? { style: "positive" } : {}));
    }
  }
  // Last, after the steps: the tab shows the whole history and lets a colleague pick it up there.
  if (input.openUrl) result.push({ type: "Action.OpenUrl", title: msg(lang, "recordLink.open"), url: input.openUrl });
  return result;
}

/**
 * One signal for one recipient. Actions (Action.Execute, data `{ signalId }`):
 * `signal.bevestigen`, `signal.oppakken` directly; `signal.doorsturen` inside a ShowCard with
 * input `forwardTo` (a partyId); `signal.afsluiten` inside a ShowCard with input
 * `closeOutcome` when outcomes are given, directly otherwise. Only `allowedActions` appear.
 * The card carries `refresh` (verb `signal.refresh`, data `{ signalId }`, up to 60 userIds)
 * so each recipient's copy is replaced with the current state.
 */
export function signalCard(input: SignalCardInput): AdaptiveCard {
  const { lang } = input;
  const typeLabel = input.typeLabel ? input.typeLabel[lang] : known(lang, `signal.type.${input.type}`, input.type);
  const status = known(lang, `signal.status.${input.status}`, input.status);
  const body: CardElement[] = [
    heading(msg(lang, "signal.heading", { type: typeLabel })),
    subtle(msg(lang, "signal.statusLine", { status, rulebook: titleText(lang, input.rulebookTitle) }), {
      spacing: "none",
    }),
  ];
  if (input.kenmerk)
    body.push(subtle(msg(lang, "signal.kenmerkLine", { kenmerk: input.kenmerk }), { spacing: "none" }));
  if (input.ownReference)
    body.push(subtle(msg(lang, "signal.ownReferenceLine", { ownReference: input.ownReference }), { spacing: "none" }));
  if (input.due) {
    const due = formatDate(input.due, lang);
    body.push(
      input.overdue
        ? text(`⚠️ ${msg(lang, "signal.overdue", { due })}`, { color: "attention", weight: "bolder" })
        : text(msg(lang, "signal.due", { due })),
    );
  }
  if (input.delivery?.unreachable.length) {
    body.push(
      text(msg(lang, "signal.unreachable", { parties: input.delivery.unreachable.join(", ") }), {
        color: "attention",
        weight: "bolder",
      }),
    );
  }
  if (input.delivery?.retrying.length) {
    body.push(
      text(msg(lang, "signal.deliveryRetrying", { parties: input.delivery.retrying.join(", ") }), { color: "warning" }),
    );
  }
  if (input.fields.length > 0) {
    body.push({ type: "FactSet", facts: input.fields.map((f) => ({ title: f.label[lang], value: f.value })) });
  }
  if (input.history.length > 0) {
    const lines = input.history
      .slice(-HISTORY_SHOWN)
      .map(
        (h) => `- ${formatDateTime(h.at, lang)} · ${h.actor}: ${known(lang, `signal.status.${h.action}`, h.action)}`,
      );
    body.push(sectionTitle(msg(lang, "signal.history")), subtle(lines.join("\n"), { spacing: "small" }));
  }
  return adaptiveCard(lang, body, actions(input), {
    fallbackText: msg(lang, "signal.heading", { type: typeLabel }),
    refresh: refreshBlock(
      VERBS.signalRefresh,
      msg(lang, "signal.refresh"),
      { signalId: input.id },
      input.refreshUserIds,
    ),
  });
}
