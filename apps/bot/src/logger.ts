import { pino, type DestinationStream, type Logger } from "pino";

/**
 * Fields that carry what a caseworker or a partner's system typed (names, postcodes, care
 * notes, answers): never written, at any depth pino's redaction reaches.
 */
const PERSONAL_FIELDS = [
  "text",
  "facts",
  "payload",
  "body",
  "fields",
  "value",
  "activity",
  "tenant.name",
  "careNotes",
  "justiceHistory",
  "answers",
  "note",
  "name",
  "postcode",
  "phone",
  "email",
];
const REDACT_PATHS = [
  ...PERSONAL_FIELDS,
  ...PERSONAL_FIELDS.map((f) => `*.${f}`),
  ...PERSONAL_FIELDS.map((f) => `*.*.${f}`),
];

/**
 * Error messages quote values: Postgres (`invalid input syntax for type uuid: "Jan de Vries"`,
 * `Key (name)=(...)`), JSON.parse (a piece of the body), zod. Quoted parts, key values,
 * postcodes and long numbers are cut out; the rest (what failed, where) stays.
 */
export function scrubMessage(message: string): string {
  return (
    message
      .slice(0, 300)
      .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
      .replace(/'(?:[^'\\]|\\.)*'/g, "'…'")
      .replace(/`[^`]*`/g, "`…`")
      .replace(/=\([^)]*\)/g, "=(…)")
      .replace(/\b\d{4}\s?[A-Za-z]{2}\b/g, "[postcode]")
      .replace(/\d{6,}/g, "[nummer]")
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      .replace(/[\u0000-\u001F\u007F]/g, "?")
  );
}

interface SafeError {
  type: string;
  message: string;
  code?: string;
  stack?: string;
  cause?: SafeError;
}

/** An error as a log line may hold it: its kind, code, scrubbed message and stack frames only. */
export function safeError(error: unknown, depth = 0): SafeError {
  if (!(error instanceof Error)) return { type: typeof error, message: scrubMessage(String(error)) };
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? "")
    .split("\n")
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 12)
    .join("\n");
  const cause = (error as { cause?: unknown }).cause;
  return {
    type: error.name || error.constructor.name,
    message: scrubMessage(error.message),
    ...(typeof code === "string" || typeof code === "number" ? { code: String(code).slice(0, 40) } : {}),
    ...(frames ? { stack: frames } : {}),
    ...(cause !== undefined && depth < 2 ? { cause: safeError(cause, depth + 1) } : {}),
  };
}

/**
 * Structured logs; personal data never goes in (ids and codes only). A destination other
 * than stdout is for tests that read what was logged.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: "convenantbot" },
    serializers: { err: safeError, error: (value: unknown) => (value instanceof Error ? safeError(value) : value) },
    redact: { paths: REDACT_PATHS, censor: "[verwijderd]" },
  };
  return destination ? pino(options, destination) : pino(options);
}
export type { Logger };
