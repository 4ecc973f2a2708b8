import { describe, expect, it } from "vitest";
import { csvCell, csvFileName, toCsv } from "./csv";

describe("CSV export", () => {
  it("separates with ';', starts with a BOM, ends lines in CRLF", () => {
    const csv = toCsv(
      ["Soort", "Aantal"],
      [
        ["Huurachterstand", 3],
        ["Overlast", 0],
      ],
    );
    expect(csv).toBe("\uFEFFSoort;Aantal\r\nHuurachterstand;3\r\nOverlast;0\r\n");
  });

  it("quotes a cell with the separator, a quote or a line break", () => {
    expect(csvCell('Woningbouwvereniging "Beter Wonen"')).toBe('"Woningbouwvereniging ""Beter Wonen"""');
    expect(csvCell("a;b")).toBe('"a;b"');
    expect(csvCell("regel 1\nregel 2")).toBe('"regel 1\nregel 2"');
  });

  it("defuses formulas, writes decimals with a comma, leaves empty what is unknown", () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell("-5")).toBe("'-5");
    expect(csvCell(8.1295)).toBe("8,1295");
    expect(csvCell(-2)).toBe("-2");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(true)).toBe("ja");
  });

  it("names the file from its title and the day, safe on every system", () => {
    expect(csvFileName("Signalen van uw organisatie", "2026-11-23")).toBe("signalen-van-uw-organisatie-2026-11-23.csv");
    expect(csvFileName("Één / twee", "2026-01-01")).toBe("een-twee-2026-01-01.csv");
  });
});
