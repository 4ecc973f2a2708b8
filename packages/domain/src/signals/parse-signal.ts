import type { z } from "zod";
import { DomainError, issuesFromZod, type FieldIssue } from "../common/domain-error.js";
import { SignalSchema, type Signal } from "./signal.js";
import { signalTypes } from "./signal-type.js";

/**
 * Like the shared invalidInput, but our refinements carry their own Dutch text (params.nl)
 * and an unknown `type` lists the known types, so a card can show a precise message.
 */
export function signalIssues(error: z.ZodError): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of error.issues) {
    const [base] = issuesFromZod({ issues: [issue] } as z.ZodError);
    const field = base?.field ?? (issue.path.join(".") || "(request)");
    const params = (issue as { params?: { nl?: string; en?: string } }).params;
    if (issue.code === "custom" && params?.nl && params.en) {
      out.push({ field, message_nl: `Veld '${field}' ${params.nl}.`, message_en: `Field '${field}' ${params.en}.` });
    } else if (issue.code === "invalid_union" && field === "type") {
      const known = signalTypes.join(", ");
      out.push({
        field,
        message_nl: `Onbekend signaaltype; bekend: ${known}.`,
        message_en: `Unknown signal type; known: ${known}.`,
      });
    } else {
      out.push(...issuesFromZod({ issues: [issue] } as z.ZodError));
    }
  }
  return out;
}

export function signalInvalidInput(error: z.ZodError): DomainError {
  const issues = signalIssues(error);
  const fields = [...new Set(issues.map((i) => i.field))].join(", ");
  return new DomainError(
    "invalid_input",
    `Ongeldig signaal (${fields}): ${issues.map((i) => i.message_nl).join(" ")}`,
    `Invalid signal (${fields}): ${issues.map((i) => i.message_en).join(" ")}`,
    issues,
  );
}

/** Parses untrusted input (HTTP body, card submit) into a Signal, or throws DomainError invalid_input. */
export function parseSignal(input: unknown): Signal {
  const result = SignalSchema.safeParse(input);
  if (!result.success) throw signalInvalidInput(result.error);
  return result.data;
}
