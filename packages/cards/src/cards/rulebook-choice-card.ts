import type { IsoDate, Language, Localized } from "@convenantbot/domain";
import type { AdaptiveCard, CardAction, CardElement } from "../card-types.js";
import { execute } from "../elements/actions.js";
import { adaptiveCard } from "../elements/card.js";
import { heading, subtle, text } from "../elements/text.js";
import { formatDate } from "../format/date.js";
import { msg } from "../messages/index.js";
import { INPUT_IDS } from "./verbs.js";

export interface RulebookOption {
  id: string;
  title: Localized;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  /** Valid on the date the caller cares about (usually today); only valid ones can be picked. */
  valid: boolean;
}

function validity(option: RulebookOption, lang: Language): string {
  const from = formatDate(option.validFrom, lang);
  return option.validTo === null
    ? msg(lang, "rulebookChoice.validFrom", { from })
    : msg(lang, "rulebookChoice.validRange", { from, to: formatDate(option.validTo, lang) });
}

/**
 * Pick a rulebook. Radio buttons rather than one button per rulebook: titles are long legal
 * names that Teams truncates on buttons but wraps in a ChoiceSet.
 * Action: Action.Execute `verb` (the caller's, e.g. "intake.start"), data `{}`, input `rulebook`.
 * Rulebooks not valid now are listed, not offered, so nobody wonders where one went.
 */
export function rulebookChoiceCard(rulebooks: readonly RulebookOption[], lang: Language, verb: string): AdaptiveCard {
  const valid = rulebooks.filter((r) => r.valid);
  const invalid = rulebooks.filter((r) => !r.valid);
  const body: CardElement[] = [heading(msg(lang, "rulebookChoice.heading"))];
  const actions: CardAction[] = [];
  if (valid.length === 0) {
    body.push(text(msg(lang, "rulebookChoice.none")));
  } else {
    body.push({
      type: "Input.ChoiceSet",
      id: INPUT_IDS.rulebook,
      label: msg(lang, "rulebookChoice.label"),
      isRequired: true,
      errorMessage: msg(lang, "rulebookChoice.error"),
      style: "expanded",
      wrap: true,
      choices: valid.map((r) => ({ title: `${r.title[lang]} (${validity(r, lang)})`, value: r.id })),
      // One option: preselect it, one tap fewer.
      ...(valid.length === 1 ? { value: valid[0]!.id } : {}),
    });
    actions.push(execute(verb, msg(lang, "rulebookChoice.submit"), {}, { style: "positive" }));
  }
  if (invalid.length > 0) {
    body.push(subtle(msg(lang, "rulebookChoice.notValidHeading"), { spacing: "medium" }));
    body.push(subtle(invalid.map((r) => `- ${r.title[lang]} (${validity(r, lang)})`).join("\n"), { spacing: "none" }));
  }
  return adaptiveCard(lang, body, actions, { fallbackText: msg(lang, "rulebookChoice.heading") });
}
