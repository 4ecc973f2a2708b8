import type { Request, Response } from "restify";
import type { z } from "zod";
import { issuesOf, sendError, type Bilingual } from "./errors.js";

/**
 * The playground mounts on a server that already runs restify's bodyParser (see
 * http/server.ts); a body that arrives as text (wrong content type) is still read as JSON
 * so the client gets a precise 400 instead of a silent "missing field".
 */
export function jsonBody(req: Request): unknown {
  const body: unknown = req.body;
  if (typeof body === "string" || Buffer.isBuffer(body)) {
    const text = body.toString().trim();
    if (text === "") return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return Symbol.for("invalid-json");
    }
  }
  return body;
}

/** Query parameters from the URL itself, so the routes do not depend on queryParser's options. */
export function queryOf(req: Request): Record<string, string> {
  const url = new URL(req.url ?? "/", "http://playground.invalid");
  return Object.fromEntries(url.searchParams.entries());
}

/** Validates one input; on failure answers 400 with both languages and returns undefined. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  res: Response,
  what: Bilingual,
): z.output<S> | undefined {
  if (value === Symbol.for("invalid-json")) {
    sendError(res, 400, "BadArgument", { nl: `${what.nl}: geen geldige JSON`, en: `${what.en}: not valid JSON` });
    return undefined;
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  sendError(
    res,
    400,
    "BadArgument",
    { nl: `Ongeldige invoer: ${what.nl}`, en: `invalid input: ${what.en}` },
    issuesOf(parsed.error),
  );
  return undefined;
}
