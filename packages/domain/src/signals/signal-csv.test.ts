import { describe, expect, it } from "vitest";
import { signalCsvColumns, signalCsvTemplateHeader, signalFromCsvRecord } from "./signal-csv.js";
import { SignalSchema } from "./signal.js";
import { signalTypes } from "./signal-type.js";
import { exampleSignal } from "./testing/signal-fixtures.js";

/** A value as a Dutch spreadsheet shows it: "ja"/"nee", a decimal comma, a list with ";". */
function cellOf(value: unknown): string {
  if (typeof value === "boolean") return value ? "ja" : "nee";
  if (typeof value === "number") return String(value).replace(".", ",");
  if (Array.isArray(value)) return value.join(";");
  return String(value);
}

function flatten(value: Record<string, unknown>, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v !== null && typeof v === "object" && !Array.isArray(v))
      Object.assign(out, flatten(v as Record<string, unknown>, `${prefix}${key}.`));
    else out[`${prefix}${key}`] = cellOf(v);
  }
  return out;
}

describe("a signal as a CSV row", () => {
  it.each(signalTypes)("%s: every field of a full example comes back as the schema wants it", (type) => {
    const signal = exampleSignal(type, "kw-huisuitzetting-2019", "woonwaard") as Record<string, unknown>;
    const body = signalFromCsvRecord(flatten(signal));
    expect(SignalSchema.parse(body)).toEqual(SignalSchema.parse(signal));
  });

  it.each([
    // [cell, column, value in the body]
    ["1.450,50", "amountInArrears", 1450.5],
    ["1450,50", "amountInArrears", 1450.5],
    ["1450.50", "amountInArrears", 1450.5],
    ["€ 980", "amountInArrears", 980],
    ["Ja", "paymentArrangement", true],
    ["NEE", "paymentArrangement", false],
    ["x", "paymentArrangement", true],
    ["12", "tenant.huisnummer", 12],
    ["telefoon; brief", "triedBy", ["telefoon", "brief"]],
    ["0612345678", "tenant.phone", "0612345678"],
  ])("cell %j in %s becomes %j", (cell, column, expected) => {
    const type = column === "triedBy" ? "geen_contact_huurder" : "huurachterstand";
    const body = signalFromCsvRecord({ type, [column]: cell });
    const value = column.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], body);
    expect(value).toEqual(expected);
  });

  it("leaves an empty cell out: unknown is not 0 or nee", () => {
    const body = signalFromCsvRecord({
      type: "huurachterstand",
      remindersSent: "",
      "vroegsignalering.warmeOverdracht": " ",
    });
    expect(body).toEqual({ type: "huurachterstand" });
  });

  it("keeps what it cannot read as text, so the schema names the column", () => {
    const signal = exampleSignal("huurachterstand", "kw-huisuitzetting-2019", "woonwaard") as Record<string, unknown>;
    const row = { ...flatten(signal), "tenant.huisnummer": "twaalf", kleur: "blauw" };
    const result = SignalSchema.safeParse(signalFromCsvRecord(row));
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => [...i.path, ...("keys" in i ? i.keys : [])].join("."));
    expect(paths).toEqual(expect.arrayContaining(["tenant.huisnummer", "kleur"]));
  });

  it("gives a template every column a sender fills, required ones marked, its own party left out", () => {
    const header = signalCsvTemplateHeader("huurachterstand");
    expect(header).toEqual(
      expect.arrayContaining(["type", "rulebook", "signalDate", "tenant.name", "tenant.postcode", "amountInArrears"]),
    );
    expect(header[0]).toBe("type");
    expect(header).not.toContain("senderPartyId");
    expect(header).not.toContain("careNotes");
    const required = signalCsvColumns("huurachterstand")
      .filter((c) => c.required)
      .map((c) => c.path);
    expect(required).toEqual(expect.arrayContaining(["tenant.name", "monthsInArrears", "courtStage"]));
    expect(required).not.toContain("vroegsignalering.warmeOverdracht");
    expect(required).not.toContain("tenant.bsn");
  });
});
