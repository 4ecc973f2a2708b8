import { stringify, type Options } from "csv-stringify/browser/esm/sync";

/**
 * CSV for the people who open it: Excel with Dutch regional settings, where the comma is the
 * decimal separator. So fields are separated by ";", the file starts with a UTF-8 byte order
 * mark (or é and ë break), and lines end in CRLF (RFC 4180). csv-stringify quotes and joins;
 * its browser build, because the Node build uses the global Buffer, which a browser lacks.
 */
export const CSV_SEPARATOR = ";";

export type CsvValue = string | number | boolean | null | undefined;

/**
 * A text starting with = + - @ (or a tab/CR) would run as a formula in a spreadsheet: it
 * gets a leading apostrophe (OWASP's advice on CSV injection; csv-stringify's
 * escape_formulas). Numbers stay numbers, written with a decimal comma to match the
 * separator choice; yes/no in Dutch.
 */
const options: Options = {
  delimiter: CSV_SEPARATOR,
  record_delimiter: "windows",
  escape_formulas: true,
  // A line break inside a cell is quoted too (with CRLF records a lone \n would not be).
  quoted_match: /[\r\n]/,
  cast: {
    number: (value) => (Number.isFinite(value) ? String(value).replace(".", ",") : ""),
    boolean: (value) => (value ? "ja" : "nee"),
  },
};

/** One cell, as it appears in the file. */
export function csvCell(value: CsvValue): string {
  return stringify([[value]], { ...options, eof: false });
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return stringify([header, ...rows] as CsvValue[][], { ...options, bom: true });
}

/** A file name that is safe on every system: "signalen-2026-11-23.csv". */
export function csvFileName(base: string, today: string): string {
  const slug = base
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `${slug || "export"}-${today}.csv`;
}

/** Starts the download in the browser (a Blob link): the data never leaves the page. */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled; the browser keeps the download going.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
