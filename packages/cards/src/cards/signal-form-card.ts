import type { Language, Localized } from "@convenantbot/domain";
import type { AdaptiveCard, CardAction, CardElement, CardInput } from "../card-types.js";
import { execute, navigate } from "../elements/actions.js";
import { adaptiveCard } from "../elements/card.js";
import { heading, subtle, text } from "../elements/text.js";
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
  /** Why the field is asked or required, shown under it ("LV art. 8 lid 2: ..."). */
  hint?: Localized;
  /** Example of what to type ("bijv. 1.450,50"). */
  placeholder?: Localized;
  /** A text field for a few sentences. */
  multiline?: boolean;
}

export interface SignalFormCardInput {
  types: readonly { value: string; label: Localized }[];
  rulebookId: string;
  /** Shown in the heading when given. */
  rulebookTitle?: TitleText;
  /** Initial values by input id (`type` included), as strings the way a card sends them back. */
  prefill?: Readonly<Record<string, string>>;
  /** The fields of the chosen type (prefill.type, or the only type); ignored while no type is chosen. */
  fields: readonly SignalFormField[];
  /** Something to fix or confirm before sending, shown above the fields. */
  notice?: string;
  lang: Language;
}

function fieldInput(field: SignalFormField, lang: Language, prefill: string | undefined): CardInput {
  const label = field.label[lang];
  const required = field.required === true;
  const base = { id: field.id, label, ...(required ? { isRequired: true } : {}) };
  const value = prefill !== undefined && prefill !== "" ? prefill : undefined;
  const placeholder = field.placeholder ? { placeholder: field.placeholder[lang] } : {};
  switch (field.kind) {
    case "text":
      return {
        type: "Input.Text",
        ...base,
        ...placeholder,
        ...(field.multiline ? { isMultiline: true, maxLength: 1000 } : {}),
        ...(required ? { errorMessage: msg(lang, "input.error.text") } : {}),
        ...(value ? { value } : {}),
      };
    case "number": {
      const n = value !== undefined ? Number(value) : Number.NaN;
      return {
        type: "Input.Number",
        ...base,
        ...placeholder,
        ...(required ? { errorMessage: msg(lang, "input.error.number") } : {}),
        ...(Number.isFinite(n) ? { value: n } : {}),
      };
    }
    case "date":
      return {
        type: "Input.Date",
        ...base,
        ...(required ? { errorMessage: msg(lang, "input.error.date") } : {}),
        ...(value ? { value } : {}),
      };
    case "toggle": {
      // Never the same words twice: an optional toggle is only its title; a required one
      // needs a label (hosts announce it), so its title becomes a plain "Ja".
      const { label: _label, ...withoutLabel } = base;
      return {
        type: "Input.Toggle",
        ...(required ? base : withoutLabel),
        title: required ? msg(lang, "common.yes") : label,
        valueOn: "true",
        valueOff: "false",
        wrap: true,
        ...(required ? { errorMessage: msg(lang, "input.error.toggle") } : {}),
        ...(value ? { value } : {}),
      };
    }
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
 * A new signal, in two steps so the form shows only what the chosen type needs:
 * 1. no type chosen (and more than one possible): one button per type, Action.Execute
 *    `signal.form`, data `{ type }` plus the prefill (e.g. the aanmelding's kenmerk);
 * 2. type chosen: its fields and Action.Execute `signal.send`, data `{ rulebook, type }`,
 *    one input per field id. Both steps have "Annuleer" (`signal.cancel`, no inputs sent).
 * Which fields a type needs, and the privacy rules, are the signal domain's business.
 */
export function signalFormCard(input: SignalFormCardInput): AdaptiveCard {
  const { lang, prefill = {} } = input;
  const title = input.rulebookTitle
    ? msg(lang, "signalForm.headingFor", { rulebook: titleText(lang, input.rulebookTitle) })
    : msg(lang, "signalForm.heading");
  const chosen = prefill[INPUT_IDS.signalType] ?? (input.types.length === 1 ? input.types[0]!.value : undefined);
  const type = input.types.find((t) => t.value === chosen);
  const body: CardElement[] = [heading(title)];
  const cancel = navigate(VERBS.signalCancel, msg(lang, "signalForm.cancel"));
  if (!type) {
    body.push(text(msg(lang, "signalForm.chooseType")));
    const carried = Object.fromEntries(
      Object.entries(prefill).filter(([k, v]) => k !== INPUT_IDS.signalType && v !== ""),
    );
    const actions: CardAction[] = input.types.map((t) =>
      execute(VERBS.signalForm, t.label[lang], { ...carried, [INPUT_IDS.signalType]: t.value }),
    );
    return adaptiveCard(lang, body, [...actions, cancel], { fallbackText: title });
  }
  body.push(subtle(msg(lang, "signalForm.typeLine", { type: type.label[lang] }), { spacing: "none" }));
  body.push(subtle(msg(lang, "signalForm.intro"), { spacing: "none" }));
  if (input.notice) body.push(text(`⚠️ ${input.notice}`, { color: "attention", weight: "bolder" }));
  for (const field of input.fields) {
    body.push(fieldInput(field, lang, prefill[field.id]));
    if (field.hint) body.push(subtle(field.hint[lang], { spacing: "none" }));
  }
  return adaptiveCard(
    lang,
    body,
    [
      execute(
        VERBS.signalSend,
        msg(lang, "signalForm.send"),
        { rulebook: input.rulebookId, [INPUT_IDS.signalType]: type.value },
        { style: "positive" },
      ),
      cancel,
    ],
    { fallbackText: title },
  );
}
