import type { z } from "zod";
import { CaseContextSchema } from "./case-context.js";
import { signalTypeModules, type SignalType } from "./signal-type-modules.js";
import { defOf, unwrap } from "./zod-internals.js";

/**
 * A signal as one CSV row (a landlord's monthly arrears export, the tab's upload): one column per
 * field, nested fields by their dotted path (`tenant.postcode`, `vroegsignalering.warmeOverdracht`).
 * The cells are text; this turns them into the values the signal's own schema expects, read from
 * that schema, so a new type or field needs no change here. It only converts: validation, routing
 * and privacy stay with `acceptSignal`, which names every wrong cell by its path.
 */
export type CsvCellKind = "number" | "boolean" | "list" | "text";

export interface SignalCsvColumn {
  path: string;
  kind: CsvCellKind;
  required: boolean;
}

function columnsOfShape(shape: Record<string, z.ZodType>, prefix: string, parentOptional: boolean): SignalCsvColumn[] {
  const out: SignalCsvColumn[] = [];
  for (const [key, schema] of Object.entries(shape)) {
    const { inner, optional } = unwrap(schema);
    const def = defOf(inner);
    const path = `${prefix}${key}`;
    const required = !optional && !parentOptional;
    if (def.type === "object" && def.shape)
      out.push(...columnsOfShape(def.shape, `${path}.`, optional || parentOptional));
    else {
      const kind: CsvCellKind =
        def.type === "number" ? "number" : def.type === "boolean" ? "boolean" : def.type === "array" ? "list" : "text";
      out.push({ path, kind, required });
    }
  }
  return out;
}

/**
 * Fields beside the signal that the API takes too: the sender's own dossier number and the case
 * parties its system knows. `channel` has a default and `senderPartyId` is the caller's own
 * party, so neither is asked of a file (a file may still give them).
 */
const besideTheSignal: SignalCsvColumn[] = [
  { path: "idempotencyKey", kind: "text", required: false },
  { path: "ownReference", kind: "text", required: false },
  ...columnsOfShape(CaseContextSchema.shape as Record<string, z.ZodType>, "caseContext.", true),
];

const columnsByType: ReadonlyMap<string, readonly SignalCsvColumn[]> = new Map(
  signalTypeModules.map((m) => [
    m.type,
    [...columnsOfShape(m.schema.shape as Record<string, z.ZodType>, "", false), ...besideTheSignal],
  ]),
);

/** The columns a file for this type may have, in the schema's order (for a template and for reading). */
export function signalCsvColumns(type: SignalType): readonly SignalCsvColumn[] {
  return columnsByType.get(type)!;
}

/**
 * Left out of a template: what the caller's own party fills in (sender, channel), and the
 * care and justice notes, which exist so privacy can prove it filters them: a spreadsheet
 * column would invite them into a landlord's file (a file may still carry them).
 */
const notInTemplate = new Set(["senderPartyId", "channel", "careNotes", "justiceHistory"]);

/** A template's header: `type` first, then the type's columns in the schema's order. */
export function signalCsvTemplateHeader(type: SignalType): string[] {
  const paths = signalCsvColumns(type)
    .map((c) => c.path)
    .filter((path) => !notInTemplate.has(path) && path !== "type");
  return ["type", ...paths];
}

const TRUE = new Set(["ja", "j", "yes", "y", "true", "waar", "1", "x"]);
const FALSE = new Set(["nee", "n", "no", "false", "onwaar", "0"]);

/**
 * A number as a Dutch spreadsheet writes it ("1.450,50", "1450,50") or as a system does
 * ("1450.50"). A cell that is no number stays text, so the schema's own message names it.
 */
function numberOf(cell: string): number | string {
  const compact = cell.replace(/[\s€]/g, "");
  const normal = compact.includes(",") ? compact.replace(/\./g, "").replace(",", ".") : compact;
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return cell;
  return Number(normal);
}

function valueOf(cell: string, kind: CsvCellKind): unknown {
  switch (kind) {
    case "number":
      return numberOf(cell);
    case "boolean": {
      const word = cell.toLowerCase();
      return TRUE.has(word) ? true : FALSE.has(word) ? false : cell;
    }
    case "list":
      return cell
        .split(/[;|]/)
        .map((part) => part.trim())
        .filter((part) => part !== "");
    case "text":
      return cell;
  }
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (next === null || typeof next !== "object" || Array.isArray(next)) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys.at(-1)!] = value;
}

/**
 * One CSV record (header -> cell) as the body of a signal. An empty cell is a field left out
 * (unknown is not "0" or "nee"); a column the type does not have is kept as text, so the
 * strict schema refuses it by name instead of it being dropped unseen.
 */
export function signalFromCsvRecord(record: Readonly<Record<string, string | undefined>>): Record<string, unknown> {
  const type = (record["type"] ?? "").trim();
  const kinds = new Map((columnsByType.get(type) ?? besideTheSignal).map((c) => [c.path, c.kind]));
  const body: Record<string, unknown> = {};
  for (const [header, raw] of Object.entries(record)) {
    const path = header.trim();
    const cell = (raw ?? "").trim();
    if (path === "" || cell === "") continue;
    setPath(body, path, valueOf(cell, kinds.get(path) ?? "text"));
  }
  return body;
}
