import { describe, expect, it } from "vitest";
import { HELP_COMMANDS } from "../cards/help-card.js";
import { en } from "./en.js";
import { catalogues, localize, msg, placeholdersOf, type Catalogue } from "./index.js";
import { nl } from "./nl.js";

describe("message catalogues", () => {
  it("nl and en have identical key sets", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it("a catalogue missing a key does not type-check", () => {
    // @ts-expect-error: `en` is typed as Catalogue, so a missing key is a compile error (tsc checks tests).
    const incomplete: Catalogue = { "common.yes": "Yes" };
    expect(Object.keys(incomplete).length).toBeLessThan(Object.keys(nl).length);
  });

  it("every key has the same placeholders in both languages", () => {
    const mismatches = Object.keys(nl).filter(
      (key) => placeholdersOf(nl[key as keyof typeof nl]).join() !== placeholdersOf(en[key as keyof typeof en]).join(),
    );
    expect(mismatches).toEqual([]);
  });

  it("no text is empty", () => {
    for (const lang of ["nl", "en"] as const) {
      expect(
        Object.entries(catalogues[lang])
          .filter(([, v]) => v.trim() === "")
          .map(([k]) => k),
      ).toEqual([]);
    }
  });

  it("the help text lists every command in both languages", () => {
    expect(HELP_COMMANDS.map((c) => c.command)).toEqual([
      "help",
      "nieuwe aanmelding",
      "snelcheck [kw|lv|noodwoning|hov|urgentie]",
      "mijn aanmeldingen",
      "signaal",
      "mijn signalen",
      "annuleer",
      "pauze",
      "terug",
      "hervat",
      "taal en|nl",
    ]);
    for (const lang of ["nl", "en"] as const) {
      for (const { command } of HELP_COMMANDS) expect(msg(lang, "help.text")).toContain(`**${command}**`);
    }
  });

  it("the unknown-user message only points to the coordinator", () => {
    expect(msg("nl", "bot.unknownUser")).toContain("convenantcoördinator");
    expect(msg("en", "bot.unknownUser")).toContain("convenant coordinator");
    // Nothing else: no commands, no details about the system to someone we do not know.
    for (const lang of ["nl", "en"] as const)
      expect(msg(lang, "bot.unknownUser")).not.toMatch(/help|snelcheck|aanmelding[^e]/);
  });

  it("the nomination refusal cites LV art. 4.1", () => {
    expect(msg("nl", "bot.notAllowedToNominate", { rulebook: "LV" })).toContain("art. 4.1");
    expect(msg("en", "bot.notAllowedToNominate", { rulebook: "LV" })).toContain("art. 4.1");
  });
});

describe("msg", () => {
  it("fills placeholders", () => {
    expect(msg("nl", "bot.turnError", { correlationId: "c-42" })).toContain("kenmerk c-42");
    expect(msg("en", "bot.turnError", { correlationId: "c-42" })).toContain("reference c-42");
    expect(
      msg("nl", "bot.rulebookNotValid", {
        rulebook: "mh-uitstroom-2019",
        date: "1 maart 2026",
        period: "t/m 30 juni 2023",
      }),
    ).toBe(
      "De regeling mh-uitstroom-2019 geldt niet op 1 maart 2026 (t/m 30 juni 2023). Kies een andere regeling of peildatum, of vraag je convenantcoördinator of de regeling is verlengd.",
    );
    expect(msg("en", "common.andMore", { count: 3 })).toBe("and 3 more");
  });

  it("leaves a placeholder without a param visible instead of throwing", () => {
    expect(msg("nl", "bot.aanmeldingStored")).toBe("Aanmelding opgeslagen (kenmerk {id}).");
    expect(msg("nl", "bot.aanmeldingStored", { other: "x" })).toBe("Aanmelding opgeslagen (kenmerk {id}).");
  });

  it("does not treat inherited object keys as params", () => {
    expect(msg("en", "bot.aanmeldingStored", {})).toBe("Aanmelding saved (reference {id}).");
    expect(msg("en", "bot.signalRefused", { reason: "{toString}" })).toBe("Signal not sent: {toString}");
  });

  it("localize picks the user's language", () => {
    expect(localize("nl", { nl: "ja", en: "yes" })).toBe("ja");
    expect(localize("en", { nl: "ja", en: "yes" })).toBe("yes");
  });
});
