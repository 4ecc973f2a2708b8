import type restify from "restify";
import { z } from "zod";
import { DomainError } from "@convenantbot/domain";
import type { BatchRow, BatchRowResult } from "../signals/signal-service.js";

/**
 * The batch route's own body limit (the other routes keep the server's small one): 10,000
 * signals of up to ~1.5 KB each. The route reads its body itself, before the server's body
 * parser, so that parser's limit does not apply here.
 */
export const SIGNAL_BATCH_MAX_BODY_BYTES = 16 * 1024 * 1024;
/** Signals per batch call (issue 18): a landlord's monthly arrears run fits in one. */
export const SIGNAL_BATCH_MAX_ROWS = 10_000;
export const SIGNAL_BATCH_PATH = "/api/signals/batch";

const RowKeySchema = z.string().trim().min(1).max(200);

export type BatchBody = { ok: true; rows: BatchRow[]; format: "json" | "ndjson" } | { ok: false; status: number; message_nl: string; message_en: string; field: string };

/** restify `pre` handler: reads the batch route's raw body with its own limit; other routes pass untouched. */
export function readBatchBody(req: restify.Request, res: restify.Response, next: restify.Next): void {
  if (req.method !== "POST" || req.getPath() !== SIGNAL_BATCH_PATH) return next();
  const declared = Number(req.headers["content-length"] ?? 0);
  const tooLarge = () =>
    res.json(413, {
      error: "payload_too_large",
      message_nl: `De batch is groter dan ${SIGNAL_BATCH_MAX_BODY_BYTES / 1024 / 1024} MB; splits hem op.`,
      message_en: `The batch is larger than ${SIGNAL_BATCH_MAX_BODY_BYTES / 1024 / 1024} MB; split it up.`,
      issues: [{ field: "(body)", message_nl: "Te groot.", message_en: "Too large." }],
    });
  if (declared > SIGNAL_BATCH_MAX_BODY_BYTES) {
    tooLarge();
    req.resume();
    return next(false);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let done = false;
  req.on("data", (chunk: Buffer) => {
    if (done) return;
    size += chunk.length;
    if (size > SIGNAL_BATCH_MAX_BODY_BYTES) {
      done = true;
      tooLarge();
      next(false);
      return;
    }
    chunks.push(chunk);
  });
  req.on("end", () => {
    if (done) return;
    done = true;
    // Tell restify's body parser the body is read: it must not read (or limit) it again.
    const flags = req as unknown as { _readBody: boolean; _parsedBody: boolean; batchBody: Buffer };
    flags._readBody = true;
    flags._parsedBody = true;
    flags.batchBody = Buffer.concat(chunks);
    next();
  });
  req.on("error", () => {
    if (!done) {
      done = true;
      next(false);
    }
  });
}

const invalidJson = (where_nl: string, where_en: string) =>
  new DomainError("invalid_input", `Ongeldige invoer (${where_nl}): geen geldige JSON.`, `Invalid input (${where_en}): not valid JSON.`, [
    { field: "(body)", message_nl: "Geen geldige JSON.", message_en: "Not valid JSON." },
  ]);

/** One row: its own idempotency key (optional) comes off before the signal is validated. */
function rowOf(value: unknown, index: number): BatchRow {
  if (value === null || typeof value !== "object" || Array.isArray(value) || !("idempotencyKey" in value)) return { ok: true, body: value };
  const { idempotencyKey, ...body } = value as Record<string, unknown>;
  const key = RowKeySchema.safeParse(idempotencyKey);
  if (!key.success) {
    return {
      ok: false,
      error: new DomainError(
        "invalid_input",
        `Ongeldige invoer (rij ${index}, idempotencyKey): 1-200 tekens.`,
        `Invalid input (row ${index}, idempotencyKey): 1-200 characters.`,
        [{ field: "idempotencyKey", message_nl: "1-200 tekens.", message_en: "1-200 characters." }],
      ),
    };
  }
  return { ok: true, body, idempotencyKey: key.data };
}

/** The rows of a batch body: a JSON array, or NDJSON (one signal per line; a bad line is that row's refusal). */
export function parseBatchBody(req: restify.Request): BatchBody {
  const raw = (req as unknown as { batchBody?: Buffer }).batchBody ?? Buffer.alloc(0);
  const type = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  const tooMany = (n: number): BatchBody => ({
    ok: false,
    status: 413,
    message_nl: `Maximaal ${SIGNAL_BATCH_MAX_ROWS.toLocaleString("nl-NL")} signalen per batch (deze heeft er ${n}); splits hem op.`,
    message_en: `At most ${SIGNAL_BATCH_MAX_ROWS.toLocaleString("en-GB")} signals per batch (this one has ${n}); split it up.`,
    field: "(body)",
  });
  const text = raw.toString("utf8");
  if (type === "application/json") {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return { ok: false, status: 400, message_nl: "Ongeldige invoer: de body is geen geldige JSON.", message_en: "Invalid input: the body is not valid JSON.", field: "(body)" };
    }
    if (!Array.isArray(parsed)) {
      return {
        ok: false,
        status: 400,
        message_nl: "Ongeldige invoer: een batch is een JSON-lijst van signalen ([...]) of NDJSON (één signaal per regel).",
        message_en: "Invalid input: a batch is a JSON array of signals ([...]) or NDJSON (one signal per line).",
        field: "(body)",
      };
    }
    if (parsed.length > SIGNAL_BATCH_MAX_ROWS) return tooMany(parsed.length);
    return { ok: true, format: "json", rows: parsed.map((value, i) => rowOf(value, i)) };
  }
  if (type === "application/x-ndjson" || type === "application/ndjson" || type === "application/jsonl") {
    const lines = text.split("\n").map((line) => line.trim());
    while (lines.length > 0 && lines.at(-1) === "") lines.pop();
    if (lines.length > SIGNAL_BATCH_MAX_ROWS) return tooMany(lines.length);
    return {
      ok: true,
      format: "ndjson",
      rows: lines.map((line, i) => {
        try {
          return rowOf(JSON.parse(line), i);
        } catch {
          return { ok: false, error: invalidJson(`regel ${i + 1}`, `line ${i + 1}`) };
        }
      }),
    };
  }
  return {
    ok: false,
    status: 415,
    message_nl: "Stuur een batch als application/json (een lijst) of application/x-ndjson (één signaal per regel).",
    message_en: "Send a batch as application/json (an array) or application/x-ndjson (one signal per line).",
    field: "Content-Type",
  };
}

/** The answer per row, in the order given: what was stored, or why not (a 422/409 reason). */
export function rowAnswer(result: BatchRowResult, index: number, format: "json" | "ndjson") {
  const where = format === "ndjson" ? { row: index, line: index + 1 } : { row: index };
  if (result.ok) {
    return {
      ...where,
      status: result.created ? 201 : 200,
      idempotencyKey: result.idempotencyKey,
      id: result.signal.id,
      signalStatus: result.signal.status,
      created: result.created,
      recipients: result.recipients,
    };
  }
  const error = result.error.toJSON() as Record<string, unknown>;
  const status = result.error instanceof DomainError ? 422 : 409;
  return { ...where, status, idempotencyKey: result.idempotencyKey, ...error };
}
