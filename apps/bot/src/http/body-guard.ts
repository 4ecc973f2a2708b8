import type restify from "restify";
import errors from "restify-errors";
import { findControlCharacter } from "./control-characters.js";

/** Every route takes at most this many bytes of body unless its route options say otherwise. */
export const DEFAULT_BODY_LIMIT_BYTES = 256 * 1024;
/** Deeper JSON than this is refused before it is parsed (Adaptive Cards nest about 20 deep). */
export const MAX_JSON_DEPTH = 64;

/**
 * Route options with a body limit of the route's own, for a route that takes more than
 * DEFAULT_BODY_LIMIT_BYTES (a batch import):
 *
 *   server.post(withBodyLimit("/api/signals/batch", 20 * 1024 * 1024), handler)
 *
 * restify keeps a route's options as its `spec`; the guard reads the limit from there before
 * it reads a byte of the body.
 */
export interface BodyRouteOptions {
  path: string;
  maxBodyBytes: number;
}
export function withBodyLimit(path: string, maxBodyBytes: number): BodyRouteOptions {
  if (!Number.isInteger(maxBodyBytes) || maxBodyBytes <= 0)
    throw new TypeError(`maxBodyBytes must be a positive integer, got ${maxBodyBytes}`);
  return { path, maxBodyBytes };
}

type Bilingual = { nl: string; en: string };

/** A restify error whose JSON is our bilingual body; the connection closes when the body was not read. */
function refusal(
  res: restify.Response,
  status: 400 | 413 | 415,
  code: string,
  text: Bilingual,
  field = "(body)",
  unread = false,
  message = text.en,
): Error {
  const ErrorClass =
    status === 413
      ? errors.PayloadTooLargeError
      : status === 415
        ? errors.UnsupportedMediaTypeError
        : errors.InvalidContentError;
  const err = new ErrorClass(message) as Error & { toJSON: () => unknown };
  const body = {
    error: code,
    message_nl: text.nl,
    message_en: text.en,
    issues: [{ field, message_nl: text.nl, message_en: text.en }],
  };
  err.toJSON = () => body;
  // An unread body must not be taken for the next request on a kept-alive connection.
  if (unread && !res.headersSent) res.setHeader("connection", "close");
  return err;
}

function isJsonType(contentType: string): boolean {
  return contentType === "application/json" || /^application\/[a-z0-9.!#$&^_-]+\+json$/.test(contentType);
}

/** The deepest nesting of arrays and objects in a JSON text, counted outside strings (one pass). */
export function jsonDepth(text: string, stopAbove = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > stopAbove) return max;
      }
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return max;
}

/**
 * The only body reader of the server, instead of restify's bodyParser (which hands multipart
 * uploads to formidable: files in the temp directory, past the size limit, never removed).
 * A body is JSON or it is refused: any other content type or content encoding 415 before a
 * byte is read; a declared length over the route's limit 413 at once, a streamed one as soon
 * as it passes the limit; nesting deeper than MAX_JSON_DEPTH 400 before parsing.
 */
export function jsonBodyGuard(
  options: {
    defaultLimit?: number;
    maxDepth?: number;
    /**
     * Path prefixes whose handler answers control characters itself (the bot's turn: a 400
     * there would leave the caseworker without an answer). Everywhere else they are a 400.
     */
    controlCharactersAnsweredBy?: readonly string[];
  } = {},
): restify.RequestHandler {
  const defaultLimit = options.defaultLimit ?? DEFAULT_BODY_LIMIT_BYTES;
  const ownAnswer = options.controlCharactersAnsweredBy ?? [];
  const maxDepth = options.maxDepth ?? MAX_JSON_DEPTH;
  return function jsonBodyGuardHandler(req: restify.Request, res: restify.Response, next: restify.Next) {
    const declared = req.headers["content-length"];
    const length = declared === undefined ? undefined : Number(declared);
    // A route that reads its own non-JSON body first (the NDJSON signal batch, signals-batch.ts) marks it read.
    if ((req as { bodyReadByRoute?: boolean }).bodyReadByRoute === true) return next();
    const chunked = req.isChunked();
    if (!chunked && (length === undefined || length === 0)) return next();
    if (req.method === "GET" || req.method === "HEAD") {
      return next(
        refusal(
          res,
          400,
          "body_not_allowed",
          { nl: "Dit verzoek heeft geen body.", en: "This request takes no body." },
          "(body)",
          true,
        ),
      );
    }
    const contentType = String(req.headers["content-type"] ?? "")
      .split(";")[0]!
      .trim()
      .toLowerCase();
    if (!isJsonType(contentType)) {
      return next(
        refusal(
          res,
          415,
          "unsupported_media_type",
          {
            nl: `Alleen JSON (Content-Type: application/json) is toegestaan, geen ${contentType || "onbekend type"}; bestanden uploaden kan niet.`,
            en: `Only JSON (Content-Type: application/json) is accepted, not ${contentType || "an unknown type"}; file uploads are not supported.`,
          },
          "Content-Type",
          true,
        ),
      );
    }
    const encoding = String(req.headers["content-encoding"] ?? "identity")
      .trim()
      .toLowerCase();
    if (encoding !== "identity") {
      return next(
        refusal(
          res,
          415,
          "unsupported_encoding",
          {
            nl: `Gecomprimeerde bodies (${encoding}) worden niet aangenomen.`,
            en: `Compressed bodies (${encoding}) are not accepted.`,
          },
          "Content-Encoding",
          true,
        ),
      );
    }
    const spec = (req.getRoute() as { spec?: Partial<BodyRouteOptions> } | undefined)?.spec;
    const limit = typeof spec?.maxBodyBytes === "number" ? spec.maxBodyBytes : defaultLimit;
    const tooLarge = () =>
      refusal(
        res,
        413,
        "payload_too_large",
        {
          nl: `De body is te groot: hoogstens ${limit} bytes op deze route.`,
          en: `The body is too large: at most ${limit} bytes on this route.`,
        },
        "(body)",
        true,
      );
    if (length !== undefined && (!Number.isFinite(length) || length > limit)) return next(tooLarge());

    const chunks: Buffer[] = [];
    let received = 0;
    let finished = false;
    const finish = (error?: Error) => {
      if (finished) return;
      finished = true;
      req.removeListener("data", onData);
      req.removeListener("end", onEnd);
      req.removeListener("error", onError);
      req.removeListener("aborted", onAborted);
      next(error);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit) {
        req.pause();
        finish(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      const text = Buffer.concat(chunks).toString("utf8");
      if (text.trim() === "") {
        req.body = undefined;
        return finish();
      }
      if (jsonDepth(text, maxDepth) > maxDepth) {
        return finish(
          refusal(res, 400, "too_deeply_nested", {
            nl: `De JSON is te diep genest (hoogstens ${maxDepth} niveaus).`,
            en: `The JSON is nested too deeply (at most ${maxDepth} levels).`,
          }),
        );
      }
      try {
        req.body = JSON.parse(text) as unknown;
      } catch (e) {
        const detail = e instanceof Error ? e.message : String(e);
        return finish(
          refusal(
            res,
            400,
            "invalid_json",
            {
              nl: "Ongeldige invoer: de body is geen geldige JSON.",
              en: `Invalid input: the body is not valid JSON (${detail.slice(0, 120)}).`,
            },
            "(body)",
            false,
            `Invalid JSON: ${detail.slice(0, 120)}`,
          ),
        );
      }
      const path = req.path();
      if (!ownAnswer.some((prefix) => path.startsWith(prefix))) {
        const found = findControlCharacter(req.body);
        if (found) {
          return finish(
            refusal(
              res,
              400,
              "control_character",
              {
                nl: `Ongeldige invoer: het veld ${found.field} bevat een onzichtbaar stuurteken (${found.codePoint}); haal het weg.`,
                en: `Invalid input: the field ${found.field} contains an invisible control character (${found.codePoint}); remove it.`,
              },
              found.field,
            ),
          );
        }
      }
      finish();
    };
    const onError = (error: Error) => finish(error);
    const onAborted = () => finish(new errors.BadRequestError("request aborted"));
    req.on("data", onData);
    req.once("end", onEnd);
    req.once("error", onError);
    req.once("aborted", onAborted);
    req.resume();
  };
}
