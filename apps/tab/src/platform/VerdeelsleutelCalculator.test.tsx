import { describe, expect, it } from "vitest";
import { renderHtml, textOf } from "../testing/render";
import { VerdeelsleutelCalculator } from "./VerdeelsleutelCalculator";

// Static HTML, in Node: no chart is drawn before "Bereken verdeelsleutel" is pressed.
describe("verdeelsleutel calculator", () => {
  it("the verdeelsleutel calculator starts with the illustrative example, labelled as such", () => {
    const html = renderHtml(<VerdeelsleutelCalculator />);
    expect(textOf(html)).toContain("illustratieve cijfers, geen CBS-gegevens");
    expect(html).toContain('value="Gouda"');
    expect(html).toContain('value="34500"');
    expect(textOf(html)).toContain("Bereken verdeelsleutel");
  });
});
