import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { signalSettingsTable } from "./settings.js";

/** Shipped files of this folder (tests and test support excluded). */
function shippedFiles(dir: URL): URL[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return entry.name === "testing" ? [] : shippedFiles(new URL(`${entry.name}/`, dir));
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [new URL(entry.name, dir)] : [];
  });
}

describe("signals stay pure (they also run in the Teams tab)", () => {
  const files = shippedFiles(new URL("./", import.meta.url));
  it.each(files.map((f) => [f.pathname.split("/signals/")[1], f] as const))(
    "%s reads no clock and imports no I/O",
    (_name, file) => {
      const source = readFileSync(file, "utf8");
      expect(source).not.toMatch(/from "node:|from "botbuilder|require\(/);
      expect(source).not.toMatch(/Date\.now\(|new Date\(\)|Math\.random\(/);
    },
  );

  it("every settings assumption is marked ASSUMED", () => {
    for (const settings of Object.values(signalSettingsTable)) {
      expect(settings.assumptions.length).toBeGreaterThan(0);
      for (const text of settings.assumptions) expect(text.startsWith("ASSUMED")).toBe(true);
    }
  });
});
