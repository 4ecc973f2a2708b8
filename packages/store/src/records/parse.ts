import type { z } from "zod";
import { StoreError } from "../errors/store-error.js";

/** Every write goes through here: a zod failure becomes a StoreError of kind `invalid`. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  what: { nl: string; en: string },
): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw StoreError.invalidInput(result.error, what);
  return result.data;
}
