import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { isDomainError } from "@convenantbot/domain";
import { runCommand } from "./commands.js";

// The five-gemeente example of the domain package (illustrative figures, not CBS data).
const examplePath = fileURLToPath(
  new URL(
    "../../../packages/domain/src/verdeelsleutel/examples/midden-holland-2019-illustratief.json",
    import.meta.url,
  ),
);
const readFile = (source: string | undefined) => readFileSync(source!, "utf8");

type Response = {
  gemeenten: { name: string; a: number; b: number; c: number; share: number; shareExact: string; allocated: number }[];
  working: string[];
};

describe("convenant verdeelsleutel", () => {
  it("answers the example file with the response shape of facts.md", () => {
    const result = runCommand("verdeelsleutel", examplePath, readFile) as Response;
    expect(Object.keys(result)).toEqual(["gemeenten", "working"]);
    expect(result.gemeenten.map((g) => g.name)).toEqual([
      "Bodegraven-Reeuwijk",
      "Gouda",
      "Krimpenerwaard",
      "Waddinxveen",
      "Zuidplas",
    ]);
    for (const g of result.gemeenten) {
      expect(Object.keys(g)).toEqual(["name", "a", "b", "c", "share", "shareExact", "allocated"]);
      expect(g.shareExact).toMatch(/^\d+\/\d+$/);
      expect(Number.isInteger(g.allocated)).toBe(true);
    }
    expect(result.gemeenten.reduce((sum, g) => sum + g.allocated, 0)).toBe(60);
    expect(result.working.length).toBeGreaterThan(5);
    expect(result.working[0]).toMatch(/geen CBS-gegevens/);
  });

  it("reads the request from stdin with '-'", () => {
    const input = {
      total: 3,
      gemeenten: [
        { name: "Gouda", households: 2, homesBelowHighCap: 2, homesBelowLowCap: 2 },
        { name: "Zuidplas", households: 1, homesBelowHighCap: 1, homesBelowLowCap: 1 },
      ],
    };
    const result = runCommand("verdeelsleutel", "-", () => JSON.stringify(input)) as Response;
    expect(result.gemeenten.map((g) => [g.shareExact, g.allocated])).toEqual([
      ["2/1", 2],
      ["1/1", 1],
    ]);
  });

  it("refuses a negative count with a DomainError naming the field (the CLI prints it and exits 2)", () => {
    const input = {
      total: 60,
      gemeenten: [{ name: "Gouda", households: -5, homesBelowHighCap: 1, homesBelowLowCap: 1 }],
    };
    let caught: unknown;
    try {
      runCommand("verdeelsleutel", "-", () => JSON.stringify(input));
    } catch (error) {
      caught = error;
    }
    expect(isDomainError(caught)).toBe(true);
    if (!isDomainError(caught)) return;
    expect(caught.issues.map((i) => i.field)).toEqual(["gemeenten[0].households"]);
    expect(caught.message_nl).toContain("gemeenten[0].households");
    expect(caught.message_en).toContain("gemeenten[0].households");
  });
});
