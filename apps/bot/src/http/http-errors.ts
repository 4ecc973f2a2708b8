import type restify from "restify";
import { isDomainError } from "@convenantbot/domain";
import { StoreError } from "@convenantbot/store";
import type { Logger } from "../logger.js";

/** Bilingual JSON error body: Dutch first, English too, naming the field where there is one. */
export function sendError(
  res: restify.Response,
  status: number,
  message_nl: string,
  message_en: string,
  extra: Record<string, unknown> = {},
): void {
  res.json(status, { message_nl, message_en, ...extra });
}

/**
 * Maps what the domain and store throw to HTTP: bad input 400, refused by the rules 422
 * (or 403 when the caller may not see the record), conflicts 409; anything else 500 with a
 * correlation id and no internals.
 */
export function sendFailure(
  res: restify.Response,
  error: unknown,
  logger: Logger,
  correlationId: string,
  options: { invalidStatus?: 400 | 422 } = {},
): void {
  if (isDomainError(error)) {
    const invalid =
      error.code === "invalid_input" || error.code === "unknown_rulebook" || error.code === "rulebook_not_valid";
    const status = invalid
      ? (options.invalidStatus ?? 400)
      : error.code === "not_allowed" && error.issues.some((i) => i.field === "id")
        ? 403
        : 422;
    res.json(status, error.toJSON());
    return;
  }
  if (error instanceof StoreError) {
    const status = error.kind === "invalid" ? 400 : error.kind === "not_found" ? 404 : 409;
    res.json(status, storeErrorBody(error));
    return;
  }
  logger.error({ err: error, correlationId }, "request failed");
  sendError(
    res,
    500,
    `Er ging iets mis (kenmerk ${correlationId}).`,
    `Something went wrong (reference ${correlationId}).`,
    { correlationId },
  );
}

/**
 * A store refusal as the caller sees it: the kind, the words and the fields, never the SQL
 * state, constraint or table (those stay in StoreError.details for logs and tests). A
 * message that names the table (the generic fallback for a constraint without its own words)
 * is replaced by a plain one.
 */
export function storeErrorBody(error: StoreError): Record<string, unknown> {
  const { table, issues } = error.details;
  const namesTable =
    error.details.sqlState !== undefined &&
    table !== undefined &&
    (error.message_nl.includes(table) || error.message_en.includes(table));
  const plain = {
    conflict: { nl: "Dit botst met gegevens die er al zijn.", en: "This conflicts with existing data." },
    not_found: { nl: "Niet gevonden.", en: "Not found." },
    invalid: { nl: "Ongeldige invoer.", en: "Invalid input." },
  }[error.kind];
  return {
    error: error.kind,
    message_nl: namesTable ? plain.nl : error.message_nl,
    message_en: namesTable ? plain.en : error.message_en,
    ...(issues ? { issues } : {}),
  };
}
