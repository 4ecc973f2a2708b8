import { apiRoutes, SIGNAL_BATCH_MAX_BODY_BYTES, SIGNAL_BATCH_MAX_ROWS } from "@convenantbot/contract";
import { CsvError, parse as parseCsv } from "csv-parse/sync";
import type restify from "restify";
import { z } from "zod";
import { DomainError, signalFromCsvRecord } from "@convenantbot/domain";
import type { BatchRow, BatchRowResult } from "../signals/signal-service.js";
import { jsonDepth, MAX_JSON_DEPTH } from "./body-guard.js";

// The batch route's own body limit and row count live in its row of the contract's route table.
export { SIGNAL_BATCH_MAX_BODY_BYTES, SIGNAL_BATCH_MAX_ROWS } from "@convenantbot/contract";
export const SIGNAL_BATCH_PATH = apiRoutes.signalBatch.path;
/** The routes that take a batch: the partners' API and the tab's CSV upload. */
const BATCH_PATHS = new Set<string>([SIGNAL_BATCH_PATH, apiRoutes.tabSignalBatch.path]);

const RowKeySchema = z.string().trim().min(1).max(200);

export type BatchBody =
  | { ok: true; rows: BatchRow[]; format: BatchFormat; lines?: number[] }
  | { ok: false; status: number; message_nl: string; message_en: string; field: string };

export type BatchFormat = "json" | "ndjson" | "csv";

const NDJSON_TYPES = new Set(["application/x-ndjson", "application/ndjson", "application/jsonl"]);
const CSV_TYPES = new Set(["text/csv", "application/csv"]);
const contentTypeOf = (req: restify.Request) =>
  String(req.headers["content-type"] ?? "")
    .split(";")[0]!
    .trim()
    .toLowerCase();

/**
 * restify `pre` handler for NDJSON and CSV batches, which the server's JSON body guard
 * (body-guard.ts) does not read: reads the raw body with SIGNAL_BATCH_MAX_BODY_BYTES and marks
 * it read (`bodyReadByRoute`), so the guard passes it on. Only the batch routes take these
 * types (the CSV as the request body, never multipart: a file arrives as text, one route only).
 * A JSON batch is read by the guard itself, with the same limit (withBodyLimit on the route).
 * Every other request passes untouched.
 */
export function readRawBatchBody(req: restify.Request, res: restify.Response, next: restify.Next): void {
  if (req.method !== "POST" || !BATCH_PATHS.has(req.getPath())) return next();
  const type = contentTypeOf(req);
  const format = NDJSON_TYPES.has(type) ? "ndjson" : CSV_TYPES.has(type) ? "csv" : undefined;
  if (!format) return next();
  const tooLarge = () => {
    res.setHeader("connection", "close");
    res.json(413, {
      error: "payload_too_large",
      message_nl: `De batch is groter dan ${SIGNAL_BATCH_MAX_BODY_BYTES / 1024 / 1024} MB; splits hem op.`,
      message_en: `The batch is larger than ${SIGNAL_BATCH_MAX_BODY_BYTES / 1024 / 1024} MB; split it up.`,
      issues: [{ field: "(body)", message_nl: "Te groot.", message_en: "Too large." }],
    });
  };
  if (Number(req.headers["content-length"] ?? 0) > SIGNAL_BATCH_MAX_BODY_BYTES) {
    tooLarge();
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
      req.pause();
      tooLarge();
      next(false);
      return;
    }
    chunks.push(chunk);
  });
  req.once("end", () => {
    if (done) return;
    done = true;
    const marked = req as unknown as RawBatchRequest;
    marked.bodyReadByRoute = true;
    marked.rawBatch = { format, text: Buffer.concat(chunks).toString("utf8") };
    next();
  });
  req.once("error", () => {
    if (!done) {
      done = true;
      next(false);
    }
  });
}

interface RawBatchRequest {
  bodyReadByRoute: boolean;
  rawBatch?: { format: "ndjson" | "csv"; text: string };
}

const tooDeep = (line: number) =>
  new DomainError(
    "invalid_input",
    `Ongeldige invoer (regel ${line}): te diep genest (hoogstens ${MAX_JSON_DEPTH} niveaus).`,
    `Invalid input (line ${line}): nested too deeply (at most ${MAX_JSON_DEPTH} levels).`,
    [{ field: "(body)", message_nl: "Te diep genest.", message_en: "Nested too deeply." }],
  );

const invalidJson = (where_nl: string, where_en: string) =>
  new DomainError(
    "invalid_input",
    `Ongeldige invoer (${where_nl}): geen geldige JSON.`,
    `Invalid input (${where_en}): not valid JSON.`,
    [{ field: "(body)", message_nl: "Geen geldige JSON.", message_en: "Not valid JSON." }],
  );

/** One row: its own idempotency key (optional) comes off before the signal is validated. */
function rowOf(value: unknown, index: number): BatchRow {
  if (value === null || typeof value !== "object" || Array.isArray(value) || !("idempotencyKey" in value))
    return { ok: true, body: value };
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

/** Comma or semicolon, whichever the header uses: a Dutch spreadsheet writes ";" (its decimal is ","). */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ";" : ",";
}

/**
 * A CSV file (the tab's upload, or a sender's system): a header row naming each column by the
 * field's path (`tenant.postcode`), then one signal per row (signal-csv.ts in the domain turns
 * the cells into the schema's values). A broken file (an unclosed quote) is refused whole, with
 * its line; a row with a wrong cell is that row's refusal, named by its line in the file.
 */
function csvRows(text: string, tooMany: (n: number) => BatchBody): BatchBody {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parseCsv(text, {
      columns: (header: string[]) => header.map((h) => h.trim()),
      bom: true,
      delimiter: delimiterOf(text.replace(/^\uFEFF/, "")),
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    }) as typeof records;
  } catch (error) {
    const line = error instanceof CsvError ? (error as CsvError & { lines?: number }).lines : undefined;
    const where_nl = line ? ` (regel ${line})` : "";
    const where_en = line ? ` (line ${line})` : "";
    return {
      ok: false,
      status: 400,
      message_nl: `Het CSV-bestand is niet te lezen${where_nl}: controleer de aanhalingstekens en het scheidingsteken.`,
      message_en: `The CSV file cannot be read${where_en}: check the quotes and the delimiter.`,
      field: "(body)",
    };
  }
  if (records.length === 0) {
    return {
      ok: false,
      status: 400,
      message_nl: "Het CSV-bestand heeft geen signalen: na de kopregel (de veldnamen) volgt één signaal per regel.",
      message_en: "The CSV file holds no signals: after the header row (the field names) comes one signal per row.",
      field: "(body)",
    };
  }
  if (records.length > SIGNAL_BATCH_MAX_ROWS) return tooMany(records.length);
  return {
    ok: true,
    format: "csv",
    rows: records.map(({ record }, i) => rowOf(signalFromCsvRecord(record), i)),
    lines: records.map(({ info }) => info.lines),
  };
}

/** The rows of a batch body: a JSON array, NDJSON (one signal per line; a bad line is that row's refusal), or CSV. */
export function parseBatchBody(req: restify.Request): BatchBody {
  const tooMany = (n: number): BatchBody => ({
    ok: false,
    status: 413,
    message_nl: `Maximaal ${SIGNAL_BATCH_MAX_ROWS.toLocaleString("nl-NL")} signalen per batch (deze heeft er ${n}); splits hem op.`,
    message_en: `At most ${SIGNAL_BATCH_MAX_ROWS.toLocaleString("en-GB")} signals per batch (this one has ${n}); split it up.`,
    field: "(body)",
  });
  const raw = (req as unknown as RawBatchRequest).rawBatch;
  if (raw?.format === "csv") return csvRows(raw.text, tooMany);
  if (raw?.format === "ndjson") {
    const lines = raw.text.split("\n").map((line) => line.trim());
    while (lines.length > 0 && lines.at(-1) === "") lines.pop();
    if (lines.length > SIGNAL_BATCH_MAX_ROWS) return tooMany(lines.length);
    return {
      ok: true,
      format: "ndjson",
      rows: lines.map((line, i): BatchRow => {
        if (jsonDepth(line, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) return { ok: false, error: tooDeep(i + 1) };
        try {
          return rowOf(JSON.parse(line), i);
        } catch {
          return { ok: false, error: invalidJson(`regel ${i + 1}`, `line ${i + 1}`) };
        }
      }),
    };
  }
  // JSON, already parsed by the server's body guard (with this route's limit).
  const parsed: unknown = req.body;
  if (!Array.isArray(parsed)) {
    return {
      ok: false,
      status: 400,
      message_nl:
        "Ongeldige invoer: een batch is een JSON-lijst van signalen ([...]) of NDJSON (Content-Type: application/x-ndjson, één signaal per regel).",
      message_en:
        "Invalid input: a batch is a JSON array of signals ([...]) or NDJSON (Content-Type: application/x-ndjson, one signal per line).",
      field: "(body)",
    };
  }
  if (parsed.length > SIGNAL_BATCH_MAX_ROWS) return tooMany(parsed.length);
  return { ok: true, format: "json", rows: parsed.map((value, i) => rowOf(value, i)) };
}

/** The answer per row, in the order given: what was stored, or why not (a 422/409 reason). */
export function rowAnswer(result: BatchRowResult, index: number, body: { format: BatchFormat; lines?: number[] }) {
  const line = body.format === "ndjson" ? index + 1 : body.format === "csv" ? body.lines?.[index] : undefined;
  const where = line === undefined ? { row: index } : { row: index, line };
  if (result.ok) {
    return {
      ...where,
      status: result.created ? 201 : 200,
      idempotencyKey: result.idempotencyKey,
      id: result.signal.id,
      // The short handle a caseworker types ("signaal HA-2026-0012"); older signals have none.
      ...(result.signal.kenmerk ? { kenmerk: result.signal.kenmerk } : {}),
      signalStatus: result.signal.status,
      created: result.created,
      recipients: result.recipients,
    };
  }
  const error = result.error.toJSON() as Record<string, unknown>;
  const status = result.error instanceof DomainError ? 422 : 409;
  return { ...where, status, idempotencyKey: result.idempotencyKey, ...error };
}
