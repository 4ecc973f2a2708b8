import { signalTypeFormFields, t, type SignalType, type SignalTypeFormField } from "@convenantbot/domain";
import type { SignalFormField } from "./signal-form-card.js";

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** One derived field as the card's inputs: the domain says what a field is, this says how a card asks it. */
function inputsOf(field: SignalTypeFormField): SignalFormField[] {
  const base = {
    id: field.id,
    label: field.label,
    ...(field.required ? { required: true } : {}),
    ...(field.help ? { hint: field.help } : {}),
    ...(field.placeholder ? { placeholder: field.placeholder } : {}),
  };
  switch (field.kind) {
    // Typed as text: Input.Number refuses a Dutch "1.450,50"; the bot reads it as Dutch.
    case "amount":
    case "text":
      return [{ ...base, kind: "text" }];
    case "count":
      return [{ ...base, kind: "number" }];
    case "date":
      return [{ ...base, kind: "date" }];
    case "flag":
      return [{ ...base, kind: "toggle" }];
    case "enum":
      return [
        {
          ...base,
          kind: "choice",
          // Value words are lower case for sentences; a choice starts with a capital.
          choices: (field.options ?? []).map((o) => ({
            value: o.value,
            label: t(capitalise(o.label.nl), capitalise(o.label.en)),
          })),
        },
      ];
    // One toggle per value: Adaptive Cards have no reliable multi-select in Teams mobile.
    case "checklist":
      return (field.options ?? []).map((o) => ({
        id: o.id ?? `${field.id}.${o.value}`,
        label: o.label,
        kind: "toggle",
      }));
  }
}

/** The fields of one signal type on the signal form, derived from its module's schema. */
export function signalTypeFormInputs(type: SignalType): SignalFormField[] {
  return signalTypeFormFields(type).flatMap(inputsOf);
}
