import type { z } from "zod";
import { invalidInput } from "../common/domain-error.js";

/** zod-parse a function's input; a DomainError naming the field otherwise. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  // reportInput lets the message tell a wrong value from a missing one.
  const parsed = schema.safeParse(input, { reportInput: true });
  if (!parsed.success) throw invalidInput(parsed.error);
  return parsed.data;
}
