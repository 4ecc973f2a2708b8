import type { Language, Localized } from "@convenantbot/domain";
import type { AdaptiveCard, CardElement, CardInput } from "../card-types.js";
import { execute } from "../elements/actions.js";
import { adaptiveCard } from "../elements/card.js";
import { heading, subtle } from "../elements/text.js";
import { titleText, type TitleText } from "../format/title.js";
import { msg } from "../messages/index.js";
import { INPUT_IDS, VERBS } from "./verbs.js";

export interface SignalFormField {
  /** Input id; must not be "type" (the signal type chooser) or "rulebook" (the action's data). */
  id: string;
  label: Localized;
  kind: "text" | "number" | "date" | "toggle" | "choice";
  choices?: readonly { value: string; label: Localized }[];
  /** For a toggle: must be ticked (e.g. "a written reminder offered to pass the data on"). */
  required?: boolean;
}

export interface SignalFormCardInput {
  types: readonly { value: string; label: Localized }[];
  rulebookId: string;
  /** Shown in the heading when given. */
  rulebookTitle?: TitleText;
  /** Initial values by input id (`type` included), as strings the way a card sends them back. */
  prefill?: Readonly<Record<string, string>>;
  fields: readonly SignalFormField[];
  lang: Language;
}

function fieldInput(field: SignalFormField, lang: Language, prefill: string | undefined): CardInput {
  const label = field.label[lang];
  const required = field.required === true;
  const base = { id: field.id, label, ...(required ? { isRequired: true } : {}) };
  const value = prefill !== undefined && prefill !== "" ? prefill : undefined;
  switch (field.kind) {
    case "text":
      return { type: "Input.Text", ...base, ...(required ? { errorMessage: msg(lang, "input.error.text") } : {}), ...(value ? { value } : {}) };
    case "number": {
      const n = value !== undefined ? Number(value) : Number.NaN;
      return { type: "Input.Number", ...base, ...(required ? { errorMessage: msg(lang, "input.error.number") } : {}), ...(Number.isFinite(n) ? { value: n } : {}) };
    }
    case "date":
      return { type: "Input.Date", ...base, ...(required ? { errorMessage: msg(lang, "input.error.date") } : {}), ...(value ? { value } : {}) };
    case "toggle":
      return {
        type: "Input.Toggle",
        ...base,
        title: label,
        valueOn: "true",
        valueOff: "false",
        wrap: true,
        ...(required ? { errorMessage: msg(lang, "input.error.toggle") } : {}),
        ...(value ? { value } : {}),
      };
    case "choice": {
      const choices = (field.choices ?? []).map((c) => ({ title: c.label[lang], value: c.value }));
      return {
        type: "Input.ChoiceSet",
        ...base,
        style: choices.length > 6 ? "compact" : "expanded",
        wrap: true,
        choices,
        ...(required ? { errorMessage: msg(lang, "input.error.choice") } : {}),
        ...(value ? { value } : {}),
      };
    }
  }
}

/**
 * A new signal. Action: Action.Execute `signal.send`, data `{ rulebook: <rulebookId> }`,
 * inputs `type` (one of `types`) and one per field id. Which fields a type needs, and the
 * privacy rules, are the signal domain's business; this card only renders them.
 */
export function signalFormCard(input: SignalFormCardInput): AdaptiveCard {
  const { lang, prefill = {} } = input;
  const title = input.rulebookTitle
    ? msg(lang, "signalForm.headingFor", { rulebook: titleText(lang, input.rulebookTitle) })
    : msg(lang, "signalForm.heading");
  const presetType = prefill[INPUT_IDS.signalType] ?? (input.types.length === 1 ? input.types[0]!.value : undefined);
  const body: CardElement[] = [
    heading(title),
    subtle(msg(lang, "signalForm.intro"), { spacing: "none" }),
    {
      type: "Input.ChoiceSet",
      id: INPUT_IDS.signalType,
      label: msg(lang, "signalForm.type"),
      isRequired: true,
      errorMessage: msg(lang, "signalForm.typeError"),
      style: input.types.length > 6 ? "compact" : "expanded",
      wrap: true,
      choices: input.types.map((t) => ({ title: t.label[lang], value: t.value })),
      ...(presetType ? { value: presetType } : {}),
    },
    ...input.fields.map((f) => fieldInput(f, lang, prefill[f.id])),
  ];
  return adaptiveCard(
    lang,
    body,
    [execute(VERBS.signalSend, msg(lang, "signalForm.send"), { rulebook: input.rulebookId }, { style: "positive" })],
    { fallbackText: title },
  );
}
