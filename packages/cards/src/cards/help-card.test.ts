import { describe, expect, it } from "vitest";
import type { ExecuteAction, FactSet, ShowCardAction } from "../card-types.js";
import { msg } from "../messages/index.js";
import { HELP_COMMANDS, helpCard } from "./help-card.js";
import { VERBS } from "./verbs.js";

const buttons = (card: ReturnType<typeof helpCard>) =>
  (card.actions ?? []).filter((a): a is ExecuteAction => a.type === "Action.Execute");
const allCommands = (card: ReturnType<typeof helpCard>) =>
  (card.actions ?? [])
    .find((a): a is ShowCardAction => a.type === "Action.ShowCard")!
    .card.body.find((e): e is FactSet => e.type === "FactSet")!.facts;

describe("helpCard", () => {
  it.each(["nl", "en"] as const)("%s: one button per menu item, each running the typed command", (lang) => {
    const card = helpCard(lang, { items: ["intake", "snelcheck", "signal", "aanmeldingen"] });
    expect(buttons(card).map((b) => b.title)).toEqual(
      lang === "nl"
        ? ["Nieuwe aanmelding", "Snelcheck", "Signaal", "Mijn aanmeldingen"]
        : ["New aanmelding", "Quick check", "Signal", "My aanmeldingen"],
    );
    expect(buttons(card).map((b) => [b.verb, b.data])).toEqual([
      [VERBS.commandRun, { command: "nieuwe aanmelding" }],
      [VERBS.commandRun, { command: "snelcheck" }],
      [VERBS.commandRun, { command: "signaal" }],
      [VERBS.commandRun, { command: "mijn aanmeldingen" }],
    ]);
    expect(card.fallbackText).toBe(msg(lang, "help.text"));
  });

  it("a landlord without nominations gets no aanmelding button nor its commands", () => {
    const card = helpCard("nl", { items: ["snelcheck", "signal", "signalen"], snelcheckAliases: ["lv", "noodwoning"] });
    expect(buttons(card).map((b) => b.title)).toEqual(["Snelcheck", "Signaal", "Mijn signalen"]);
    const listed = allCommands(card).map((f) => f.title);
    expect(listed).not.toContain("nieuwe aanmelding");
    expect(listed).not.toContain("mijn aanmeldingen");
    expect(listed).toContain("snelcheck [lv|noodwoning]");
    expect(listed).toContain("help");
    expect(listed).toContain("taal en|nl");
  });

  it("never offers the expired MH rulebook", () => {
    for (const lang of ["nl", "en"] as const) {
      expect(JSON.stringify(helpCard(lang))).not.toMatch(/\bmh\b/);
      expect(msg(lang, "help.text")).not.toMatch(/\|mh\|/);
      expect(msg(lang, "bot.snelcheckWhich")).not.toContain("snelcheck mh");
    }
  });

  it("greets when greeted, and says plainly when there is nothing to start", () => {
    expect(JSON.stringify(helpCard("nl", { items: ["snelcheck"], greeting: true }))).toContain(
      "Hallo! Waarmee kan ik je helpen?",
    );
    const empty = helpCard("nl", { items: [] });
    expect(buttons(empty)).toEqual([]);
    expect(JSON.stringify(empty)).toContain("geen convenant dat nu geldt");
  });

  it("lists every command with its explanation behind 'Alle opdrachten'", () => {
    const facts = allCommands(helpCard("en"));
    expect(facts.map((f) => f.title)).toEqual(HELP_COMMANDS.map((c) => c.command));
    expect(facts.map((f) => f.value)).toEqual(HELP_COMMANDS.map((c) => msg("en", c.description)));
    expect(JSON.stringify(helpCard("nl"))).toContain("pauzeer de lopende aanmelding");
  });
});
