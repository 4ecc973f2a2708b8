import { describe, expect, it } from "vitest";
import { isDomainError } from "../common/domain-error.js";
import { parseSignal } from "./parse-signal.js";
import { signalTypes } from "./signal-type.js";
import { isValidBsn } from "./tenant.js";
import { exampleSignal } from "./testing/signal-fixtures.js";

function refusal(input: unknown) {
  try {
    parseSignal(input);
  } catch (error) {
    if (isDomainError(error)) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("signal schemas", () => {
  it.each(signalTypes)("accepts a valid %s and defaults the channel to convenant", (type) => {
    const signal = parseSignal(exampleSignal(type, "kw-huisuitzetting-2019", "kw-quawonen"));
    expect(signal.type).toBe(type);
    expect(signal.channel).toBe("convenant");
  });

  it("normalises the postcode", () => {
    expect(parseSignal(exampleSignal("overlast", "kw-huisuitzetting-2019", "kw-quawonen")).tenant.postcode).toBe(
      "2271AB",
    );
  });

  it.each([
    ["111222333", true],
    ["123456782", true],
    ["123456789", false],
    ["12345678", false],
    ["000000000", false],
  ])("BSN %s elfproef: %s", (bsn, valid) => expect(isValidBsn(bsn)).toBe(valid));

  it.each([
    [{ tenant: { name: "X", postcode: "0123AB", huisnummer: 1 } }, "tenant.postcode"],
    [{ tenant: { name: "X", postcode: "1234AB", huisnummer: 1, bsn: "123456789" } }, "tenant.bsn"],
    [{ courtStage: "ontruimingsdatum" }, "evictionDate"],
    [{ courtStage: "none", evictionDate: "2026-05-01" }, "evictionDate"],
    [{ since: "2026-04-01" }, "since"],
    [{ amountInArrears: -1 }, "amountInArrears"],
    [{ diagnosis: "x" }, "diagnosis"],
  ])("refuses %j naming field %s in Dutch and English", (override, field) => {
    const error = refusal(exampleSignal("huurachterstand", "kw-huisuitzetting-2019", "kw-quawonen", override));
    expect(error.code).toBe("invalid_input");
    expect(error.issues.map((i) => i.field)).toContain(field);
    expect(error.message_nl).toContain(field);
    expect(error.message_en).toContain(field);
  });

  it("refuses an unknown type with the list of known types", () => {
    const error = refusal({
      ...exampleSignal("overlast", "kw-huisuitzetting-2019", "kw-quawonen"),
      type: "burenruzie",
    });
    expect(error.issues[0]?.field).toBe("type");
    expect(error.message_nl).toContain("huurachterstand");
  });

  it("refuses an eviction date before the vonnis", () => {
    const error = refusal(
      exampleSignal("ontruimingsvonnis", "kw-huisuitzetting-2019", "kw-quawonen", { ontruimingsdatum: "2026-01-01" }),
    );
    expect(error.issues.map((i) => i.field)).toEqual(["ontruimingsdatum"]);
    expect(error.message_nl).toContain("vóór de datum van het vonnis");
  });
});
