import type restify from "restify";
import { isDomainError } from "@convenantbot/domain";
import { StoreError } from "@convenantbot/store";
import type { Logger } from "../logger.js";

/** Bilingual JSON error body: Dutch first, English too, naming the field where there is one. */
export function sendError(res: restify.Response, status: number, message_nl: string, message_en: string, extra: Record<string, unknown> = {}): void {
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
    const invalid = error.code === "invalid_input" || error.code === "unknown_rulebook" || error.code === "rulebook_not_valid";
    const status = invalid ? (options.invalidStatus ?? 400) : error.code === "not_allowed" && error.issues.some((i) => i.field === "id") ? 403 : 422;
    res.json(status, error.toJSON());
    return;
  }
  if (error instanceof StoreError) {
    const status = error.kind === "invalid" ? 400 : error.kind === "not_found" ? 404 : 409;
    res.json(status, error.toJSON());
    return;
  }
  logger.error({ err: error, correlationId }, "request failed");
  sendError(res, 500, `Er ging iets mis (kenmerk ${correlationId}).`, `Something went wrong (reference ${correlationId}).`, { correlationId });
}
