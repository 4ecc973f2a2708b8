import { describe, expect, it } from "vitest";
import { safeError, scrubMessage } from "./logger.js";

describe("scrubMessage keeps what failed, cuts the values out", () => {
  it.each([
    ['invalid input syntax for type uuid: "Jan de Vries"', 'invalid input syntax for type uuid: "…"'],
    ["Key (teams_user_id)=(29:jan) already exists.", "Key (teams_user_id)=(…) already exists."],
    ["Unexpected token 'k', \"{kapot\" is not valid JSON", "Unexpected token '…', \"…\" is not valid JSON"],
    ["postcode 2271 AB niet gevonden, bsn 123456782", "postcode [postcode] niet gevonden, bsn [nummer]"],
    ["regel\u0000met NUL", "regel?met NUL"],
  ])("%s", (message, scrubbed) => {
    expect(scrubMessage(message)).toBe(scrubbed);
  });

  it("an error keeps its type, code and stack frames, and its cause, all scrubbed", () => {
    const cause = Object.assign(new Error('value "Piet Puk" too long'), { code: "22001", detail: "Piet Puk" });
    const logged = safeError(new TypeError("write failed", { cause }));
    expect(logged.type).toBe("TypeError");
    expect(logged.cause).toMatchObject({ type: "Error", code: "22001", message: 'value "…" too long' });
    expect(JSON.stringify(logged)).not.toContain("Piet");
    expect(logged.stack).toMatch(/^\s+at /);
  });
});
