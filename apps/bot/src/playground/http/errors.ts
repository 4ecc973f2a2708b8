import type { Response } from "restify";
import type { ZodError } from "zod";

/** One message in both languages: caseworkers read Dutch, developers and logs often English. */
export interface Bilingual {
  nl: string;
  en: string;
}

/**
 * Errors use the `{error: {code, message}}` shape of both Direct Line 3.0 and the Bot
 * Connector, so Web Chat and botbuilder's ConnectorClient surface the message as they would
 * from the real services.
 */
export interface ErrorBody {
  error: { code: string; message: string; details?: string[] };
}

export function errorBody(code: string, message: Bilingual, details?: string[]): ErrorBody {
  const body: ErrorBody = { error: { code, message: `${message.nl} / ${message.en}` } };
  if (details && details.length > 0) body.error.details = details;
  return body;
}

export function sendError(res: Response, status: number, code: string, message: Bilingual, details?: string[]): void {
  res.status(status);
  res.json(errorBody(code, message, details));
}

/** Zod's issues as `path: message` lines, so a 400 says which field is wrong. */
export function issuesOf(error: ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join(".") : "(body)"}: ${issue.message}`);
}
