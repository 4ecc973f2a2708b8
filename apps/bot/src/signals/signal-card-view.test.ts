import { describe, expect, it } from "vitest";
import { SignalOutcomeSchema } from "@convenantbot/domain";
import { msg } from "@convenantbot/cards";

describe("signal card outcome labels", () => {
  it.each(SignalOutcomeSchema.options)("%s has a Dutch and an English label, not its code", (outcome) => {
    for (const lang of ["nl", "en"] as const) {
      const label = msg(lang, `signal.outcome.${outcome}`);
      expect(label).not.toContain("signal.outcome");
      expect(label).not.toBe(outcome);
    }
  });
});
