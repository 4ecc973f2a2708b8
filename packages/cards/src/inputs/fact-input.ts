import type { Language } from "@convenantbot/domain";
import type { CardElement, CardInput, InputChoice } from "../card-types.js";
import { subtle } from "../elements/text.js";
import { localize, msg } from "../messages/index.js";
import { TEXT_MAX_LENGTH, UNKNOWN_VALUE, type FieldSpec } from "./field-spec.js";

/**
 * "required": the intake asks one question and needs an answer (isRequired + errorMessage).
 * "optional": the snelcheck form, where anything may stay unknown.
 */
export type InputMode = "required" | "optional";

/** Up to this many options show as radio buttons (one tap); more become a dropdown. */
const EXPANDED_MAX_CHOICES = 6;

export function factInput(spec: FieldSpec, lang: Language, mode: InputMode, initial?: unknown): CardElement[] {
  const input = buildInput(spec, lang, mode, initial);
  return spec.help ? [input, subtle(localize(lang, spec.help), { spacing: "none" })] : [input];
}

function buildInput(spec: FieldSpec, lang: Language, mode: InputMode, initial: unknown): CardInput {
  const required = mode === "required";
  const base = { id: spec.fact, label: localize(lang, spec.label), ...(required ? { isRequired: true } : {}) };
  switch (spec.answer) {
    case "boolean":
      return booleanInput(base, lang, mode, initial);
    case "choice":
    case "multi-choice":
      return choiceInput(spec, base, lang, mode, initial);
    case "number":
    case "integer": {
      const value = typeof initial === "number" && Number.isFinite(initial) ? initial : undefined;
      return {
        type: "Input.Number",
        ...base,
        errorMessage: numberError(spec, lang),
        // Only on required inputs: the Adaptive Cards JS renderer (Web Chat) reads an empty
        // number as NaN and then fails min/max, blocking an optional field left empty. The
        // parsers check the range of optional numbers instead (parseSnelcheckSubmission).
        ...(required && spec.min !== undefined ? { min: spec.min } : {}),
        ...(required && spec.max !== undefined ? { max: spec.max } : {}),
        ...(value !== undefined ? { value } : {}),
      };
    }
    case "date":
      return {
        type: "Input.Date",
        ...base,
        ...(required ? { errorMessage: msg(lang, "input.error.date") } : {}),
        ...(typeof initial === "string" && initial !== "" ? { value: initial } : {}),
      };
    case "text":
      return {
        type: "Input.Text",
        ...base,
        maxLength: TEXT_MAX_LENGTH,
        ...(required ? { errorMessage: msg(lang, "input.error.text") } : {}),
        ...(typeof initial === "string" && initial !== "" ? { value: initial } : {}),
      };
  }
}

/**
 * Booleans are a yes/no ChoiceSet, not an Input.Toggle: a toggle always sends "false" when
 * untouched, so "not answered" and "no" would look the same, and a required toggle means
 * "must be on". Radio buttons work the same in Teams and Web Chat and take one tap. The
 * snelcheck adds "unknown" (preselected) because an absent fact is unknown, never false.
 */
function booleanInput(
  base: { id: string; label: string; isRequired?: boolean },
  lang: Language,
  mode: InputMode,
  initial: unknown,
): CardInput {
  const yesNo: InputChoice[] = [
    { title: msg(lang, "common.yes"), value: "true" },
    { title: msg(lang, "common.no"), value: "false" },
  ];
  const preset = typeof initial === "boolean" ? String(initial) : undefined;
  if (mode === "required") {
    return {
      type: "Input.ChoiceSet",
      ...base,
      errorMessage: msg(lang, "input.error.boolean"),
      style: "expanded",
      choices: yesNo,
      ...(preset ? { value: preset } : {}),
    };
  }
  // Compact in the long snelcheck form: three radio rows per fact would make it unreadable.
  return {
    type: "Input.ChoiceSet",
    ...base,
    style: "compact",
    choices: [{ title: msg(lang, "common.unknown"), value: UNKNOWN_VALUE }, ...yesNo],
    value: preset ?? UNKNOWN_VALUE,
  };
}

function choiceInput(
  spec: FieldSpec,
  base: { id: string; label: string; isRequired?: boolean },
  lang: Language,
  mode: InputMode,
  initial: unknown,
): CardInput {
  const options: InputChoice[] = (spec.choices ?? []).map((c) => ({ title: localize(lang, c.label), value: c.value }));
  if (spec.answer === "multi-choice") {
    const preset = Array.isArray(initial)
      ? initial.filter((v): v is string => typeof v === "string").join(",")
      : undefined;
    return {
      type: "Input.ChoiceSet",
      ...base,
      ...(mode === "required" ? { errorMessage: msg(lang, "input.error.multiChoice") } : {}),
      isMultiSelect: true,
      // Checkboxes: Teams' and Web Chat's compact multi-selects behave differently.
      style: "expanded",
      wrap: true,
      choices: options,
      ...(preset ? { value: preset } : {}),
    };
  }
  const preset = typeof initial === "string" && initial !== "" ? initial : undefined;
  if (mode === "required") {
    const compact = options.length > EXPANDED_MAX_CHOICES;
    return {
      type: "Input.ChoiceSet",
      ...base,
      errorMessage: msg(lang, "input.error.choice"),
      style: compact ? "compact" : "expanded",
      wrap: true,
      choices: options,
      ...(compact ? { placeholder: msg(lang, "common.choosePlaceholder") } : {}),
      ...(preset ? { value: preset } : {}),
    };
  }
  // A Teams dropdown cannot be cleared once picked, so "unknown" is an explicit option,
  // unless the fact itself already uses that value.
  const hasOwnUnknown = options.some((o) => o.value === UNKNOWN_VALUE);
  return {
    type: "Input.ChoiceSet",
    ...base,
    style: "compact",
    wrap: true,
    choices: hasOwnUnknown ? options : [{ title: msg(lang, "common.unknownOption"), value: UNKNOWN_VALUE }, ...options],
    ...(preset ? { value: preset } : hasOwnUnknown ? {} : { value: UNKNOWN_VALUE }),
  };
}

function numberError(spec: FieldSpec, lang: Language): string {
  const kind = msg(lang, spec.answer === "integer" ? "input.error.integer" : "input.error.number");
  const { min, max } = spec;
  if (min !== undefined && max !== undefined) return `${kind} ${msg(lang, "input.error.range", { min, max })}`;
  if (min !== undefined) return `${kind} ${msg(lang, "input.error.min", { min })}`;
  if (max !== undefined) return `${kind} ${msg(lang, "input.error.max", { max })}`;
  return kind;
}
