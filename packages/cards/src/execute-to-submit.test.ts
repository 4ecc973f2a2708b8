import { describe, expect, it } from "vitest";
import { translateExecute, type Json } from "./execute-to-submit.js";

const execute = (verb: string, data?: Json, extra: Record<string, Json> = {}): Json => ({
  type: "Action.Execute",
  title: verb,
  verb,
  ...(data === undefined ? {} : { data }),
  ...extra,
});

describe("translateExecute", () => {
  it("turns a top-level Action.Execute into Action.Submit with the verb in data", () => {
    const card = {
      type: "AdaptiveCard",
      version: "1.5",
      actions: [execute("bevestig", { zaak: "Z-42" }, { id: "a1", style: "positive" })],
    };
    expect(translateExecute(card)).toEqual({
      type: "AdaptiveCard",
      version: "1.5",
      actions: [
        {
          type: "Action.Submit",
          title: "bevestig",
          id: "a1",
          style: "positive",
          data: { zaak: "Z-42", verb: "bevestig" },
        },
      ],
    });
  });

  it("reaches ActionSet, ShowCard, selectAction, fallback and refresh", () => {
    const card: Json = {
      type: "AdaptiveCard",
      refresh: { action: execute("ververs", { n: 1 }), userIds: ["29:abc"] },
      body: [
        { type: "ActionSet", actions: [execute("in-set")] },
        { type: "Container", selectAction: execute("klik", { x: true }), items: [] },
      ],
      actions: [
        {
          type: "Action.ShowCard",
          title: "Meer",
          card: { type: "AdaptiveCard", actions: [execute("diep", { niveau: 2 }, { fallback: execute("terugval") })] },
        },
      ],
    };
    const out = translateExecute(card) as { [key: string]: Json };
    const text = JSON.stringify(out);
    expect(text).not.toContain("Action.Execute");
    expect(out.refresh).toEqual({
      action: { type: "Action.Submit", title: "ververs", data: { n: 1, verb: "ververs" } },
      userIds: ["29:abc"],
    });
    expect(out.body).toEqual([
      { type: "ActionSet", actions: [{ type: "Action.Submit", title: "in-set", data: { verb: "in-set" } }] },
      {
        type: "Container",
        selectAction: { type: "Action.Submit", title: "klik", data: { x: true, verb: "klik" } },
        items: [],
      },
    ]);
    const showCard = (out.actions as Json[])[0] as { card: { actions: Json[] } };
    expect(showCard.card.actions[0]).toEqual({
      type: "Action.Submit",
      title: "diep",
      data: { niveau: 2, verb: "diep" },
      fallback: { type: "Action.Submit", title: "terugval", data: { verb: "terugval" } },
    });
  });

  it("lets the action's verb win over a verb key inside data, and keeps non-object data", () => {
    expect(translateExecute(execute("echt", { verb: "nep", a: 1 }))).toEqual({
      type: "Action.Submit",
      title: "echt",
      data: { verb: "echt", a: 1 },
    });
    expect(translateExecute(execute("tekst", "los"))).toEqual({
      type: "Action.Submit",
      title: "tekst",
      data: { data: "los", verb: "tekst" },
    });
  });

  it("leaves cards without Action.Execute equal and does not mutate the input", () => {
    const card: Json = {
      type: "AdaptiveCard",
      actions: [
        { type: "Action.Submit", title: "ok", data: { verb: "ok" } },
        { type: "Action.OpenUrl", url: "https://example.org" },
      ],
    };
    const before = JSON.stringify(card);
    expect(translateExecute(card)).toEqual(card);
    const withExecute = { actions: [execute("x", { y: 1 })] };
    const copy = JSON.stringify(withExecute);
    translateExecute(withExecute);
    expect(JSON.stringify(withExecute)).toBe(copy);
    expect(JSON.stringify(card)).toBe(before);
  });
});
