import type { Language, Localized } from "../common/localized.js";
import { formFieldsOf, type SignalTypeFormField } from "./signal-form-fields.js";
import type { SignalFieldSpec } from "./signal-type-module.js";
import { signalTypeModule, signalTypeModules, type SignalType } from "./signal-type-modules.js";

/** A type's name for buttons, lists and the tab. */
export const signalTypeTitle = (type: SignalType): Localized => signalTypeModule(type).labels.title;

/** A type's name on a card in a chat (the English cards keep the Dutch legal term). */
export const signalTypeCardTitle = (type: SignalType): Localized => {
  const { labels } = signalTypeModule(type);
  return labels.cardTitle ?? labels.title;
};

/**
 * The `signal.type.<type>` entries of a message catalogue, one per module, so a catalogue
 * names every type without listing them: `on` "cards" for chat cards, "tab" for the tab.
 */
export function signalTypeMessages(lang: Language, on: "cards" | "tab"): Record<`signal.type.${SignalType}`, string> {
  const title = on === "cards" ? signalTypeCardTitle : signalTypeTitle;
  return Object.fromEntries(signalTypeModules.map((m) => [`signal.type.${m.type}`, title(m.type)[lang]])) as Record<
    `signal.type.${SignalType}`,
    string
  >;
}

const specsOf = (type: SignalType) =>
  Object.entries(signalTypeModule(type).fields as Readonly<Record<string, SignalFieldSpec>>);

/**
 * The label of each type field by path, over all types. Types that share a path share its
 * label (signal-labels.test.ts checks they agree), so a card needs no type to label a field.
 */
export const signalTypeFieldLabels: Readonly<Record<string, Localized>> = Object.fromEntries(
  signalTypeModules.flatMap((m) => specsOf(m.type).map(([path, spec]) => [path, spec.label] as const)).reverse(),
);

/** The words for coded values by path, over all types: a Dutch card says "geen", never "none". */
export const signalTypeValueLabels: Readonly<Record<string, Readonly<Record<string, Localized>>>> = Object.fromEntries(
  signalTypeModules
    .flatMap((m) => specsOf(m.type).flatMap(([path, spec]) => (spec.values ? [[path, spec.values] as const] : [])))
    .reverse(),
);

/** The Teams form's fields of a type, derived from its schema (signal-form-fields.ts). */
export const signalTypeFormFields = (type: SignalType): SignalTypeFormField[] => formFieldsOf(signalTypeModule(type));

/** Paths that hold euros, over all types: shown with the euro sign. */
export const signalAmountPaths: ReadonlySet<string> = new Set(
  signalTypeModules.flatMap((m) =>
    formFieldsOf(m)
      .filter((f) => f.kind === "amount")
      .map((f) => f.path),
  ),
);

/** The types a caseworker can start from the Teams form, in the chooser's order; the API takes every type. */
export const teamsFormSignalTypes: readonly SignalType[] = signalTypeModules
  .flatMap((m) => (m.teamsForm ? [{ type: m.type, order: m.teamsForm.position }] : []))
  .sort((a, b) => a.order - b.order)
  .map((m) => m.type);
