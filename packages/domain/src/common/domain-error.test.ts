import { z } from "zod";
import { describe, expect, it } from "vitest";
import { check } from "../check/engine.js";
import { isDomainError } from "./domain-error.js";
import { issuesFromZod } from "./domain-error.js";

describe("field names in errors", () => {
  it("writes array indices as [n] and every other key after a dot, even one starting with '['", () => {
    const schema = z.strictObject({ grounds: z.array(z.enum(["medisch"])) });
    const result = schema.safeParse({ grounds: ["x"], "[x": 1 });
    expect(result.success).toBe(false);
    const fields = issuesFromZod(result.error!, "facts").map((i) => i.field);
    expect(fields).toEqual(expect.arrayContaining(["facts.grounds[0]", "facts.[x"]));
  });

  it("refuses a fact named __proto__ (JSON makes it an own key) instead of ignoring it", () => {
    let caught: unknown;
    try {
      check(JSON.parse('{"rulebook":"kw-huisuitzetting-2019","asOf":"2026-03-01","facts":{"__proto__":{"x":1}}}'));
    } catch (error) {
      caught = error;
    }
    expect(isDomainError(caught)).toBe(true);
    if (isDomainError(caught)) expect(caught.issues.map((i) => i.field)).toEqual(["facts.__proto__"]);
  });
});
