import { describe, expect, it } from "vitest";
import type { FactSet } from "../card-types.js";
import { msg } from "../messages/index.js";
import { allActions } from "../testing/validate.js";
import { HELP_COMMANDS, helpCard } from "./help-card.js";

describe("helpCard", () => {
  it.each(["nl", "en"] as const)("%s: lists every command with its explanation", (lang) => {
    const card = helpCard(lang);
    const facts = card.body.find((e): e is FactSet => e.type === "FactSet")!.facts;
    expect(facts.map((f) => f.title)).toEqual(HELP_COMMANDS.map((c) => c.command));
    expect(facts.map((f) => f.value)).toEqual(HELP_COMMANDS.map((c) => msg(lang, c.description)));
    expect(card.fallbackText).toBe(msg(lang, "help.text"));
    expect(allActions(card)).toEqual([]);
  });

  it("explains in the user's language", () => {
    expect(JSON.stringify(helpCard("nl"))).toContain("pauzeer de lopende aanmelding");
    expect(JSON.stringify(helpCard("en"))).toContain("pause the current aanmelding");
  });
});
