import type { z } from "zod";

/** One problem with the input, named by its field path so a caseworker can fix it. */
export interface FieldIssue {
  field: string;
  message_nl: string;
  message_en: string;
}

export type DomainErrorCode =
  "invalid_input" | "unknown_rulebook" | "rulebook_not_valid" | "not_allowed" | "invalid_transition";

/**
 * The only error the domain throws on bad input. Adapters turn it into exit code 2 (CLI),
 * HTTP 400/422 (API) or a Dutch message in chat; it never carries a stack to a user.
 */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly issues: readonly FieldIssue[];
  readonly message_nl: string;
  readonly message_en: string;

  constructor(code: DomainErrorCode, message_nl: string, message_en: string, issues: readonly FieldIssue[] = []) {
    super(`${message_nl} / ${message_en}`);
    this.name = "DomainError";
    this.code = code;
    this.message_nl = message_nl;
    this.message_en = message_en;
    this.issues = issues;
  }

  toJSON() {
    return { error: this.code, message_nl: this.message_nl, message_en: this.message_en, issues: this.issues };
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

function pathOf(path: readonly PropertyKey[], prefix: string): string {
  // Array indices as [n]; every other key after a dot, even one that starts with "[".
  let out = prefix;
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out;
}

const typeNames: Record<string, { nl: string; en: string }> = {
  boolean: { nl: "ja/nee (true of false)", en: "yes/no (true or false)" },
  number: { nl: "een getal", en: "a number" },
  int: { nl: "een geheel getal", en: "a whole number" },
  string: { nl: "tekst", en: "text" },
  array: { nl: "een lijst", en: "a list" },
  object: { nl: "een object", en: "an object" },
  nonoptional: { nl: "een waarde", en: "a value" },
};

/** Turns zod issues into Dutch and English messages that each name the offending field. */
export function issuesFromZod(error: z.ZodError, prefix = ""): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const field = pathOf([...issue.path, key], prefix);
        issues.push({
          field,
          message_nl: `Onbekend veld '${field}': dit gegeven kent deze regeling niet.`,
          message_en: `Unknown field '${field}': this rulebook does not know this fact.`,
        });
      }
      continue;
    }
    const field = pathOf(issue.path, prefix) || "(request)";
    issues.push({ field, ...describe(issue, field) });
  }
  return issues;
}

function describe(issue: z.core.$ZodIssue, field: string): { message_nl: string; message_en: string } {
  switch (issue.code) {
    case "invalid_type": {
      const expected = typeNames[issue.expected] ?? { nl: issue.expected, en: issue.expected };
      if (issue.input === undefined) {
        return {
          message_nl: `Veld '${field}' ontbreekt; verwacht ${expected.nl}.`,
          message_en: `Field '${field}' is missing; expected ${expected.en}.`,
        };
      }
      return {
        message_nl: `Veld '${field}' heeft een verkeerd type; verwacht ${expected.nl}.`,
        message_en: `Field '${field}' has the wrong type; expected ${expected.en}.`,
      };
    }
    case "invalid_value": {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(", ");
      return {
        message_nl: `Veld '${field}' heeft een ongeldige waarde; toegestaan: ${allowed}.`,
        message_en: `Field '${field}' has an invalid value; allowed: ${allowed}.`,
      };
    }
    case "too_small":
      return {
        message_nl: `Veld '${field}' is te klein (minimaal ${String(issue.minimum)}).`,
        message_en: `Field '${field}' is too small (minimum ${String(issue.minimum)}).`,
      };
    case "too_big":
      return {
        message_nl: `Veld '${field}' is te groot (maximaal ${String(issue.maximum)}).`,
        message_en: `Field '${field}' is too large (maximum ${String(issue.maximum)}).`,
      };
    case "invalid_format":
    case "custom":
      return {
        message_nl: `Veld '${field}' is ongeldig: ${dutchHint(issue.message)}.`,
        message_en: `Field '${field}' is invalid: ${issue.message}.`,
      };
    default:
      return {
        message_nl: `Veld '${field}' is ongeldig.`,
        message_en: `Field '${field}' is invalid: ${issue.message}.`,
      };
  }
}

// Our own refinements carry English messages; these are their Dutch forms.
const dutchMessages: Record<string, string> = {
  "expected a date as YYYY-MM-DD": "verwacht een datum als JJJJ-MM-DD",
  "not an existing calendar date": "deze datum bestaat niet",
};
function dutchHint(message: string): string {
  return dutchMessages[message] ?? message;
}

export function invalidInput(error: z.ZodError, prefix = ""): DomainError {
  const issues = issuesFromZod(error, prefix);
  const fields = [...new Set(issues.map((i) => i.field))].join(", ");
  return new DomainError(
    "invalid_input",
    `Ongeldige invoer (${fields}): ${issues.map((i) => i.message_nl).join(" ")}`,
    `Invalid input (${fields}): ${issues.map((i) => i.message_en).join(" ")}`,
    issues,
  );
}
