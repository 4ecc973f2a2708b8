import { isDomainError, verdeelsleutel, type VerdeelsleutelResponse } from "@convenantbot/domain";
import { verdeelsleutelExample } from "./verdeelsleutel-example";

/** The calculator's fields as typed (text), so a half-typed number is never lost. */
export interface VsRow {
  name: string;
  households: string;
  homesBelowHighCap: string;
  homesBelowLowCap: string;
}
export interface VsForm {
  total: string;
  year: string;
  rows: VsRow[];
}

export const exampleForm = (): VsForm => ({
  total: String(verdeelsleutelExample.total),
  year: String(verdeelsleutelExample.year),
  rows: verdeelsleutelExample.gemeenten.map((g) => ({
    name: g.name,
    households: String(g.households),
    homesBelowHighCap: String(g.homesBelowHighCap),
    homesBelowLowCap: String(g.homesBelowLowCap),
  })),
});

export const emptyRow = (): VsRow => ({ name: "", households: "", homesBelowHighCap: "", homesBelowLowCap: "" });

/**
 * "14.500", "14 500" and "14500" are the same count in Dutch. Anything else is passed on as
 * typed, so the domain's validation names the field ("gemeenten[1].households") in its message.
 */
export function parseCount(text: string): number | string {
  const trimmed = text.trim();
  if (/^\d{1,3}([. ]\d{3})+$/.test(trimmed)) return Number(trimmed.replace(/[. ]/g, ""));
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  return trimmed;
}

export function requestOf(form: VsForm, note?: string): unknown {
  const year = form.year.trim();
  return {
    total: parseCount(form.total),
    ...(year ? { year: parseCount(year) } : {}),
    ...(note ? { note } : {}),
    gemeenten: form.rows.map((r) => ({
      name: r.name.trim(),
      households: parseCount(r.households),
      homesBelowHighCap: parseCount(r.homesBelowHighCap),
      homesBelowLowCap: parseCount(r.homesBelowLowCap),
    })),
  };
}

export type VsOutcome =
  | { ok: true; result: VerdeelsleutelResponse }
  | { ok: false; message_nl: string; message_en: string; fields: string[] };

/** The domain's MH.3 calculation, in the browser: the same exact fractions and working as the CLI. */
export function computeVerdeelsleutel(form: VsForm, note?: string): VsOutcome {
  try {
    return { ok: true, result: verdeelsleutel(requestOf(form, note)) };
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return {
      ok: false,
      message_nl: error.message_nl,
      message_en: error.message_en,
      fields: error.issues.map((i) => i.field),
    };
  }
}
