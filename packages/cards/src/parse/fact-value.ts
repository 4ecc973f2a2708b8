import { IsoDateSchema } from "@convenantbot/domain";
import { TEXT_MAX_LENGTH, UNKNOWN_VALUE, type FieldSpec } from "../inputs/field-spec.js";
import { fieldIssue, showValue, type FieldIssue } from "./field-issue.js";

export type FactValue = boolean | number | string | string[];

/** "unknown" means: record nothing, the fact stays absent (facts.md: absent = unknown). */
export type ParsedValue =
  { kind: "value"; value: FactValue } | { kind: "unknown" } | { kind: "invalid"; issue: FieldIssue };

const unknown: ParsedValue = { kind: "unknown" };

/**
 * Converts what a card client sends (Teams and Web Chat send every input as a string:
 * "true"/"false", "7", "a,b" for multi-select, "" for empty) into the typed value the check
 * expects. Never throws: a bad value becomes an issue that names the field.
 */
export function parseFactValue(spec: FieldSpec, raw: unknown): ParsedValue {
  if (raw === undefined || raw === null) return unknown;
  if (typeof raw === "string" && raw.trim() === "") return unknown;
  const parsed = convert(spec, raw);
  if (parsed.kind !== "value" || !spec.schema) return parsed;
  // The domain schema has the last word (e.g. text length, enum, integer), so the card never
  // hands the check a value it would reject.
  const checked = spec.schema.safeParse(parsed.value);
  if (!checked.success) return { kind: "invalid", issue: fieldIssue(spec, "issue.invalid", { value: showValue(raw) }) };
  return { kind: "value", value: checked.data as FactValue };
}

function convert(spec: FieldSpec, raw: unknown): ParsedValue {
  switch (spec.answer) {
    case "boolean":
      return parseBoolean(spec, raw);
    case "number":
    case "integer":
      return parseNumber(spec, raw);
    case "choice":
      return parseChoice(spec, raw);
    case "multi-choice":
      return parseMultiChoice(spec, raw);
    case "date":
      return parseDate(spec, raw);
    case "text":
      return parseText(spec, raw);
  }
}

const TRUE_WORDS = new Set(["true", "ja", "yes", "j", "y"]);
const FALSE_WORDS = new Set(["false", "nee", "no", "n"]);
const UNKNOWN_WORDS = new Set([UNKNOWN_VALUE, "onbekend", "?"]);

function parseBoolean(spec: FieldSpec, raw: unknown): ParsedValue {
  if (typeof raw === "boolean") return { kind: "value", value: raw };
  if (typeof raw === "string") {
    const word = raw.trim().toLowerCase();
    if (TRUE_WORDS.has(word)) return { kind: "value", value: true };
    if (FALSE_WORDS.has(word)) return { kind: "value", value: false };
    if (UNKNOWN_WORDS.has(word)) return unknown;
  }
  return { kind: "invalid", issue: fieldIssue(spec, "issue.boolean", { value: showValue(raw) }) };
}

// Plain decimal notation only: "1e3", "0x10" or "7 jaar" are more likely typos than intent.
const DECIMAL = /^-?(?:\d+(?:\.\d+)?|\.\d+)$/;

function parseNumber(spec: FieldSpec, raw: unknown): ParsedValue {
  let value: number;
  if (typeof raw === "number") {
    value = raw;
  } else if (typeof raw === "string") {
    // Dutch users type a decimal comma; a lone comma between digits is one.
    const text = raw.trim().replace(/^(-?\d+),(\d+)$/, "$1.$2");
    value = DECIMAL.test(text) ? Number(text) : Number.NaN;
  } else {
    value = Number.NaN;
  }
  if (!Number.isFinite(value))
    return { kind: "invalid", issue: fieldIssue(spec, "issue.number", { value: showValue(raw) }) };
  if (spec.answer === "integer" && !Number.isInteger(value)) {
    return { kind: "invalid", issue: fieldIssue(spec, "issue.integer", { value: showValue(raw) }) };
  }
  if (spec.min !== undefined && value < spec.min) {
    return { kind: "invalid", issue: fieldIssue(spec, "issue.min", { value, min: spec.min }) };
  }
  if (spec.max !== undefined && value > spec.max) {
    return { kind: "invalid", issue: fieldIssue(spec, "issue.max", { value, max: spec.max }) };
  }
  return { kind: "value", value };
}

function choiceValues(spec: FieldSpec): string[] {
  return (spec.choices ?? []).map((c) => c.value);
}

function parseChoice(spec: FieldSpec, raw: unknown): ParsedValue {
  const values = choiceValues(spec);
  if (typeof raw === "string") {
    const value = raw.trim();
    if (values.includes(value)) return { kind: "value", value };
    if (value === UNKNOWN_VALUE) return unknown;
  }
  return {
    kind: "invalid",
    issue: fieldIssue(spec, "issue.choice", { value: showValue(raw), choices: values.join(", ") }),
  };
}

function parseMultiChoice(spec: FieldSpec, raw: unknown): ParsedValue {
  const values = choiceValues(spec);
  let picked: string[];
  if (typeof raw === "string") picked = raw.split(",");
  else if (Array.isArray(raw) && raw.every((v) => typeof v === "string")) picked = raw as string[];
  else
    return {
      kind: "invalid",
      issue: fieldIssue(spec, "issue.choice", { value: showValue(raw), choices: values.join(", ") }),
    };
  const cleaned = [...new Set(picked.map((v) => v.trim()).filter((v) => v !== ""))];
  if (cleaned.length === 0) return unknown;
  const wrong = cleaned.filter((v) => !values.includes(v));
  if (wrong.length > 0) {
    return {
      kind: "invalid",
      issue: fieldIssue(spec, "issue.choice", { value: showValue(wrong.join(",")), choices: values.join(", ") }),
    };
  }
  // In the fact's own order, so the same picks always give the same facts (and receipt hash).
  return { kind: "value", value: values.filter((v) => cleaned.includes(v)) };
}

function parseDate(spec: FieldSpec, raw: unknown): ParsedValue {
  const iso = typeof raw === "string" ? toIsoDate(raw.trim()) : undefined;
  if (iso === undefined) return { kind: "invalid", issue: fieldIssue(spec, "issue.date", { value: showValue(raw) }) };
  return { kind: "value", value: iso };
}

/** YYYY-MM-DD as Input.Date sends it, or D-M-YYYY as a Dutch user types it; a real date either way. */
export function toIsoDate(value: string): string | undefined {
  const dutch = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(value);
  const candidate = dutch ? `${dutch[3]}-${dutch[2]!.padStart(2, "0")}-${dutch[1]!.padStart(2, "0")}` : value;
  return IsoDateSchema.safeParse(candidate).success ? candidate : undefined;
}

function parseText(spec: FieldSpec, raw: unknown): ParsedValue {
  if (typeof raw === "number" || typeof raw === "boolean") return { kind: "value", value: String(raw) };
  if (typeof raw !== "string")
    return { kind: "invalid", issue: fieldIssue(spec, "issue.invalid", { value: showValue(raw) }) };
  const value = raw.trim();
  if (value.length > TEXT_MAX_LENGTH) {
    return { kind: "invalid", issue: fieldIssue(spec, "issue.textTooLong", { max: TEXT_MAX_LENGTH }) };
  }
  return { kind: "value", value };
}
