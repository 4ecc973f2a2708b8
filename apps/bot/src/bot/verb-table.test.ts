import { describe, expect, it } from "vitest";
import { cardVerbs } from "@convenantbot/contract/card-verbs";
import type { Language } from "@convenantbot/domain";
import { answer, startIntake } from "../intake/intake-flow.js";
import type { ConversationData } from "../intake/intake-state.js";
import type { BotPorts, Caseworker } from "../ports.js";
import { route } from "./router.js";
import type { TurnScope } from "./turn.js";
import { verbRowGroups, verbTable } from "./verb-table.js";

describe("the verb table", () => {
  it("has exactly one handler row for every verb of the contract, with the contract's schema", () => {
    const rows = Object.values(verbRowGroups).flatMap((group) => Object.keys(group));
    expect([...rows].sort()).toEqual(Object.keys(cardVerbs).sort());
    expect(Object.keys(verbTable).sort()).toEqual(Object.keys(cardVerbs).sort());
    for (const [verb, row] of Object.entries(verbTable)) {
      expect(row.payload, verb).toBe(cardVerbs[verb as keyof typeof cardVerbs]);
      expect(typeof row.handle, verb).toBe("function");
    }
  });
});

const caseworker: Caseworker = {
  id: "member-1",
  displayName: "Test",
  partyId: "kw-quawonen",
  partyName: "Quawonen",
  role: "sociale_verhuurder",
  coordinator: false,
};
const today = "2026-03-01";

function scopeWith(conversation: ConversationData, lang: Language): TurnScope {
  return {
    caseworker,
    lang,
    today,
    // Pause, cancel and back never reach the store.
    ports: {} as BotPorts,
    conversation: structuredClone(conversation),
    setLanguage: async () => {},
    correlationId: "verb-table-test",
  };
}

function conversations(lang: Language): [string, ConversationData][] {
  const first = startIntake("kw-huisuitzetting-2019", today, caseworker, lang).state!;
  const second = answer(first, first.current!, "ja", lang).state!;
  return [
    ["no intake", {}],
    ["the first question", { intake: first }],
    ["a later question", { intake: second }],
    ["a paused intake", { intake: { ...second, status: "paused" } }],
    ["a cancel asked", { intake: { ...second, confirm: "cancel" } }],
  ];
}

/** Each typed alias and its verb, in both languages. */
const aliases: [lang: Language, typed: string, verb: string][] = [
  ["nl", "pauze", "intake.pause"],
  ["nl", "annuleer", "intake.cancel"],
  ["nl", "terug", "intake.back"],
  ["en", "pause", "intake.pause"],
  ["en", "cancel", "intake.cancel"],
  ["en", "back", "intake.back"],
];

describe("a typed alias and its card verb", () => {
  it.each(aliases)("%s '%s' answers as %s", async (lang, typed, verb) => {
    for (const [state, conversation] of conversations(lang)) {
      const byText = await route({ kind: "text", text: typed }, scopeWith(conversation, lang));
      const byCard = await route({ kind: "action", verb, data: {} }, scopeWith(conversation, lang));
      expect(byText, state).toEqual(byCard);
      // The same from the question card itself, which names its fact and revision.
      const intake = conversation.intake;
      if (intake?.current) {
        const data = { fact: intake.current, rev: intake.revision ?? 0 };
        expect(await route({ kind: "action", verb, data }, scopeWith(conversation, lang)), state).toEqual(byText);
      }
    }
  });
});
