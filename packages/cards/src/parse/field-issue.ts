import type { Language } from "@convenantbot/domain";
import { localize, msg, type MessageKey, type MessageParams } from "../messages/index.js";
import type { FieldSpec } from "../inputs/field-spec.js";

/** Same shape as the domain's DomainError issues, so the bot can show either the same way. */
export interface FieldIssue {
  field: string;
  message_nl: string;
  message_en: string;
}

/** Long questions make unreadable error lines; the field name is in the message as well. */
const LABEL_MAX = 80;
const VALUE_MAX = 40;

function clip(value: string, max: number): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

export function showValue(raw: unknown): string {
  if (typeof raw === "string") return clip(raw, VALUE_MAX);
  if (typeof raw === "number" || typeof raw === "boolean") return String(raw);
  try {
    return clip(JSON.stringify(raw) ?? String(raw), VALUE_MAX);
  } catch {
    return String(raw);
  }
}

/** An issue naming the field in both languages: its question as the caseworker saw it, and the fact name. */
export function fieldIssue(spec: FieldSpec, key: MessageKey, params: MessageParams = {}): FieldIssue {
  const text = (lang: Language) =>
    msg(lang, key, { label: `"${clip(localize(lang, spec.label), LABEL_MAX)}"`, field: spec.fact, ...params });
  return { field: spec.fact, message_nl: text("nl"), message_en: text("en") };
}

/** An issue for a field that is not a fact (asOf, the form as a whole). */
export function plainIssue(field: string, key: MessageKey, params: MessageParams = {}): FieldIssue {
  return { field, message_nl: msg("nl", key, params), message_en: msg("en", key, params) };
}
