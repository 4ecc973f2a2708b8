import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { classifiedFields, fieldCategories } from "./field-categories.js";
import { signalSchemas } from "./signal.js";
import { signalTypes } from "./signal-type.js";

/** Dotted leaf paths of a zod object schema, through optional/default wrappers. */
function schemaPaths(schema: z.ZodType, prefix = ""): string[] {
  let current = schema as unknown as {
    _zod: { def: { type: string; innerType?: unknown; shape?: Record<string, z.ZodType> } };
  };
  while (current._zod.def.type === "optional" || current._zod.def.type === "default")
    current = current._zod.def.innerType as typeof current;
  const def = current._zod.def;
  if (def.type !== "object" || !def.shape) return [prefix];
  return Object.entries(def.shape).flatMap(([key, inner]) => schemaPaths(inner, prefix ? `${prefix}.${key}` : key));
}

describe("every signal field is classified", () => {
  it.each(signalTypes)("%s: the classification table and the schema name the same fields", (type) => {
    const fromSchema = schemaPaths(signalSchemas[type]).sort();
    const fromTable = Object.keys(classifiedFields(type)).sort();
    expect(fromSchema).toEqual(fromTable);
  });

  it("uses only known categories, and care/justice only for the free-text fields", () => {
    for (const type of signalTypes) {
      for (const [path, category] of Object.entries(classifiedFields(type))) {
        expect(fieldCategories).toContain(category);
        if (category === "care") expect(path).toBe("careNotes");
        if (category === "justice") expect(path).toBe("justiceHistory");
      }
    }
  });
});
