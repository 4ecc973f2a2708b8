import type { z } from "zod";

/**
 * What the signal form and the CSV reader read from a field's zod schema: its kind and whether
 * it may be left out. zod 4 keeps that in `_zod.def`; read in one place so a zod upgrade that
 * moves it breaks here, loudly, and nowhere else.
 */
interface ZodInternals {
  _zod: { def: { type: string; innerType?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType> } };
}

export const defOf = (schema: z.ZodType) => (schema as unknown as ZodInternals)._zod.def;

/** The schema inside `.optional()` / `.default()`, and whether it may be left out. */
export function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean } {
  let inner = schema;
  let optional = false;
  while (defOf(inner).type === "optional" || defOf(inner).type === "default") {
    optional = true;
    inner = defOf(inner).innerType!;
  }
  return { inner, optional };
}
