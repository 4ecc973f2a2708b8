import { describe, expect, it } from "vitest";
import { batchKeyOf, fileProblemOf, refusedRowsOf, templateOf } from "./upload-file";

describe("the CSV upload, before and after sending", () => {
  it("keys a file by its content: the same file twice is the same batch", async () => {
    const a = await batchKeyOf("type;rulebook\nhuurachterstand;lv");
    expect(a).toMatch(/^tab-csv-[0-9a-f]{64}$/);
    expect(await batchKeyOf("type;rulebook\nhuurachterstand;lv")).toBe(a);
    expect(await batchKeyOf("type;rulebook\noverlast;lv")).not.toBe(a);
  });

  it.each([
    [{ name: "achterstanden.csv", size: 1200, type: "" }, undefined],
    [{ name: "export", size: 1200, type: "text/csv" }, undefined],
    [{ name: "achterstanden.xlsx", size: 1200, type: "application/vnd.openxmlformats" }, "notCsv"],
    [{ name: "leeg.csv", size: 0, type: "text/csv" }, "empty"],
    [{ name: "groot.csv", size: 30 * 1024 * 1024, type: "text/csv" }, "tooLarge"],
  ])("%j: %s", (file, problem) => {
    expect(fileProblemOf(file)).toBe(problem);
  });

  it("gives a template with the type's columns, as our exports write CSV", () => {
    const template = templateOf("huurachterstand");
    expect(template.startsWith("\uFEFFtype;rulebook;signalDate;tenant.aanmeldingId;tenant.name")).toBe(true);
    expect(template).toContain("amountInArrears");
    expect(template).not.toContain("senderPartyId");
  });

  it("names every refused row by its line, with each field's reason in the reader's language", () => {
    const answer = {
      idempotencyKey: "k",
      format: "csv" as const,
      total: 3,
      accepted: 1,
      created: 1,
      refused: 2,
      rows: [
        { row: 0, line: 2, status: 201, idempotencyKey: "k#0", id: "s1" },
        {
          row: 1,
          line: 3,
          status: 422,
          idempotencyKey: "k#1",
          message_nl: "Ongeldige invoer",
          message_en: "Invalid input",
          issues: [{ field: "tenant.huisnummer", message_nl: "verwacht een getal", message_en: "expected a number" }],
        },
        {
          row: 2,
          line: 5,
          status: 409,
          idempotencyKey: "k#2",
          message_nl: "Sleutel al gebruikt",
          message_en: "Key used",
        },
      ],
    };
    expect(refusedRowsOf(answer, "nl")).toEqual([
      { line: 3, reason: "tenant.huisnummer: verwacht een getal" },
      { line: 5, reason: "Sleutel al gebruikt" },
    ]);
    expect(refusedRowsOf(answer, "en")[0]!.reason).toBe("tenant.huisnummer: expected a number");
  });
});
