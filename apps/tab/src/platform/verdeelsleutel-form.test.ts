import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { verdeelsleutelExample } from "./verdeelsleutel-example";
import { computeVerdeelsleutel, exampleForm, parseCount } from "./verdeelsleutel-form";

describe("verdeelsleutel calculator (MH.3)", () => {
  it("prefills exactly the domain's illustrative example", () => {
    const file = new URL(
      "../../../../packages/domain/src/verdeelsleutel/examples/midden-holland-2019-illustratief.json",
      import.meta.url,
    );
    expect(verdeelsleutelExample).toEqual(JSON.parse(readFileSync(file, "utf8")));
  });

  it("computes the example with the domain: exact shares, whole homes summing to the total, the working", () => {
    const outcome = computeVerdeelsleutel(exampleForm());
    if (!outcome.ok) throw new Error(outcome.message_en);
    expect(outcome.result.gemeenten.map((g) => g.allocated)).toEqual([8, 24, 13, 6, 9]);
    expect(outcome.result.gemeenten[0]?.shareExact).toBe("958130/117859");
    expect(outcome.result.working[0]).toMatch(/^Stap 1: /);
  });

  it("reads Dutch thousands separators and names a wrong field in both languages", () => {
    expect(parseCount("14.500")).toBe(14500);
    expect(parseCount("14 500")).toBe(14500);
    expect(parseCount("60")).toBe(60);
    expect(parseCount("8,5")).toBe("8,5");
    const form = exampleForm();
    form.rows[1]!.households = "veel";
    const outcome = computeVerdeelsleutel(form);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.fields).toContain("gemeenten[1].households");
    expect(outcome.message_nl).toContain("gemeenten[1].households");
    expect(outcome.message_en).toContain("gemeenten[1].households");
  });

  it("refuses two rows with the same gemeente", () => {
    const form = exampleForm();
    form.rows[4]!.name = "gouda";
    const outcome = computeVerdeelsleutel(form);
    expect(outcome.ok).toBe(false);
  });
});
