/**
 * CSV for the people who open it: Excel with Dutch regional settings, where the comma is the
 * decimal separator. So fields are separated by ";", the file starts with a UTF-8 byte order
 * mark (or é and ë break), and lines end in CRLF (RFC 4180).
 */
export const CSV_SEPARATOR = ";";
const BOM = "\uFEFF";

export type CsvValue = string | number | boolean | null | undefined;

/**
 * One cell. A text starting with = + - @ (or a tab/CR) would run as a formula in a
 * spreadsheet: it gets a leading apostrophe (OWASP's advice on CSV injection). Numbers stay
 * numbers, written with a decimal comma to match the separator choice.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value).replace(".", ",") : "";
  let text = typeof value === "boolean" ? (value ? "ja" : "nee") : value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(CSV_SEPARATOR));
  return `${BOM}${lines.join("\r\n")}\r\n`;
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
