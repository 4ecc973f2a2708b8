import { SIGNAL_BATCH_MAX_BODY_BYTES, type SignalBatchAnswer } from "@convenantbot/contract";
import { signalCsvTemplateHeader, type SignalType } from "@convenantbot/domain";
import { toCsv } from "../../csv/csv";

/**
 * The batch key of an upload: the SHA-256 of the file's text. The same file uploaded twice
 * (a double click, a retry after a lost answer) is the same batch, so nothing is stored twice.
 */
export async function batchKeyOf(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `tab-csv-${hex}`;
}

export type FileProblem = "notCsv" | "tooLarge" | "empty";

/** What the tab can tell before sending: not a CSV, larger than the bot takes, empty. */
export function fileProblemOf(file: { name: string; size: number; type: string }): FileProblem | undefined {
  const csv = /\.csv$/i.test(file.name) || file.type === "text/csv" || file.type === "application/vnd.ms-excel";
  if (!csv) return "notCsv";
  if (file.size === 0) return "empty";
  if (file.size > SIGNAL_BATCH_MAX_BODY_BYTES) return "tooLarge";
  return undefined;
}

/** A template for one signal type: just the header, as our own exports write CSV (";", BOM). */
export function templateOf(type: SignalType): string {
  return toCsv(signalCsvTemplateHeader(type), []);
}

export interface RefusedRow {
  /** The line in the file (the header is line 1); the row number when the answer has no line. */
  line: number;
  reason: string;
}

/** The refused rows, each with its line and its reasons in the reader's language. */
export function refusedRowsOf(answer: SignalBatchAnswer, lang: "nl" | "en"): RefusedRow[] {
  return answer.rows
    .filter((row) => row.status >= 400)
    .map((row) => {
      const issues = (row.issues ?? [])
        .map((issue) => {
          const message = lang === "nl" ? issue.message_nl : issue.message_en;
          return issue.field && message ? `${issue.field}: ${message}` : (message ?? issue.field);
        })
        .filter((text): text is string => Boolean(text));
      const whole = lang === "nl" ? row.message_nl : row.message_en;
      return {
        line: row.line ?? row.row + 2,
        reason: issues.length > 0 ? issues.join("; ") : (whole ?? String(row.status)),
      };
    });
}
