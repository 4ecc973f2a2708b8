import type { Language, Localized, Question } from "@convenantbot/domain";
import type { CardElement } from "../card-types.js";
import { text } from "../elements/text.js";
import { localize, msg } from "../messages/index.js";
import { INPUT_IDS } from "./verbs.js";

/** The value of "Geen van deze" in the checklist (never a fact name: those are camelCase). */
export const CHECKLIST_NONE = "none";

export interface ChecklistOptions {
  /** The input's id: the intake's single checklist, or one per group on the snelcheck form. */
  id?: string;
  /** Required in the intake; optional on the snelcheck form, where an untouched list is unknown. */
  required?: boolean;
  /** Items to show ticked (a prefill), comma-joined. */
  value?: string;
}

/**
 * Related yes/no questions as one checklist: tick what applies, or "Geen van deze". Required
 * in the intake, so an untouched list is never read as "no" to everything: the caseworker says
 * so once.
 */
export function checklistInput(
  group: { title?: Localized; questions: readonly Pick<Question, "fact" | "text">[] },
  lang: Language,
  options: ChecklistOptions = {},
): CardElement[] {
  const required = options.required ?? true;
  return [
    ...(group.title ? [text(localize(lang, group.title), { weight: "bolder" })] : []),
    {
      type: "Input.ChoiceSet",
      id: options.id ?? INPUT_IDS.checklist,
      label: msg(lang, required ? "keep.groupLabel" : "snelcheck.groupLabel"),
      ...(required ? { isRequired: true, errorMessage: msg(lang, "keep.groupError") } : {}),
      ...(options.value ? { value: options.value } : {}),
      isMultiSelect: true,
      style: "expanded",
      wrap: true,
      choices: [
        ...group.questions.map((q) => ({ title: localize(lang, q.text), value: q.fact })),
        { title: msg(lang, "keep.groupNone"), value: CHECKLIST_NONE },
      ],
    },
  ];
}

export type ChecklistParse =
  { status: "answered"; values: Record<string, boolean> } | { status: "invalid"; message: string };

/** The checklist's comma-joined value -> true for each ticked fact, false for the others. */
export function parseChecklist(facts: readonly string[], raw: unknown, lang: Language): ChecklistParse {
  const ticked = (Array.isArray(raw) ? raw.map(String) : typeof raw === "string" ? raw.split(",") : [])
    .map((v) => v.trim())
    .filter(Boolean);
  if (ticked.length === 0) return { status: "invalid", message: msg(lang, "keep.groupError") };
  const none = ticked.includes(CHECKLIST_NONE);
  const items = ticked.filter((v) => v !== CHECKLIST_NONE);
  if (none && items.length > 0) return { status: "invalid", message: msg(lang, "keep.groupConflict") };
  // A value that is not one of the group's facts is a forged or stale card, never a new fact.
  if (items.some((v) => !facts.includes(v))) return { status: "invalid", message: msg(lang, "keep.groupError") };
  return { status: "answered", values: Object.fromEntries(facts.map((f) => [f, items.includes(f)])) };
}
