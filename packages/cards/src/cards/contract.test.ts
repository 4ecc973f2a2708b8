import { describe, expect, it } from "vitest";
import { allSamples } from "../testing/samples.js";
import { allActions, allInputs, parseWithLibrary, schemaErrors } from "../testing/validate.js";
import { VERBS } from "./verbs.js";

/**
 * What every card must satisfy to be sent to Teams, checked on representative output of every
 * builder: the official 1.5 schema, the official parser, and the Bot Framework rules that
 * neither of them checks (design.md, "Bot Framework facts that bite").
 */
const samples = allSamples();
const knownVerbs = new Set<string>([...Object.values(VERBS), "intake.start", "snelcheck.start"]);
/** Teams rejects bot messages over about 28 KB; keep every card well under it. */
const TEAMS_CARD_BYTES = 28 * 1024;

describe("every card", () => {
  it("has samples for every builder in both languages", () => {
    const names = samples.map((s) => s.name).join("\n");
    for (const part of [
      "help",
      "rulebook choice",
      "question boolean",
      "question number",
      "question integer",
      "question choice",
      "question multi-choice",
      "question date",
      "question text",
      "check eligible",
      "check not_eligible",
      "check needs_info",
      "check needs_review",
      "summary",
      "snelcheck",
      "aanmeldingen",
      "signal all actions",
      "signal form",
    ]) {
      expect(names, part).toContain(`nl ${part}`);
      expect(names, part).toContain(`en ${part}`);
    }
    // The real rulebooks are in too (at least KW).
    expect(names).toContain("kw-huisuitzetting-2019 snelcheck");
  });

  it.each(samples.map((s) => [s.name, s.card] as const))(
    "%s: valid against the Adaptive Card 1.5 schema",
    (_name, card) => {
      expect(schemaErrors(card)).toEqual([]);
    },
  );

  it.each(samples.map((s) => [s.name, s.card] as const))(
    "%s: parses cleanly with the adaptivecards library",
    (_name, card) => {
      const report = parseWithLibrary(card);
      expect(report.parseEvents).toEqual([]);
      expect(report.validationEvents).toEqual([]);
      // Nothing we send is dropped as unknown: the library writes back the same actions and inputs.
      expect(allActions(report.roundTrip).length).toBe(allActions(card).length);
      expect(allInputs(report.roundTrip).map((i) => i.id)).toEqual(allInputs(card).map((i) => i.id));
    },
  );

  it.each(samples.map((s) => [s.name, s.card] as const))(
    "%s: Teams rules (version, verbs, ids, size)",
    (_name, card) => {
      expect(card.type).toBe("AdaptiveCard");
      expect(card.version).toBe("1.5");
      expect(card).not.toHaveProperty("$schema");
      for (const action of allActions(card)) {
        expect(["Action.Execute", "Action.ShowCard", "Action.ToggleVisibility"]).toContain(action.type);
        // A toggle must name elements that exist on the card (else the button does nothing).
        if (action.type === "Action.ToggleVisibility")
          for (const target of action.targetElements) {
            const id = typeof target === "string" ? target : target.elementId;
            expect(JSON.stringify(card.body)).toContain(`"id":"${id}"`);
          }
        if (action.type === "Action.Execute") {
          expect(action.verb, action.title).toMatch(/^[a-z]+\.[a-z]+$/);
          expect(knownVerbs.has(action.verb), action.verb).toBe(true);
          expect(typeof action.data).toBe("object");
        }
      }
      if (card.refresh) {
        expect(card.refresh.action.verb).toBe(VERBS.signalRefresh);
        expect(card.refresh.userIds?.length ?? 0).toBeLessThanOrEqual(60);
      }
      const ids = allInputs(card).map((i) => i.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(Buffer.byteLength(JSON.stringify(card), "utf8")).toBeLessThan(TEAMS_CARD_BYTES);
    },
  );
});

describe("the validators themselves", () => {
  // Guards against a validator that passes everything (e.g. a schema that failed to load).
  it("the schema rejects an unknown property and an unknown element", () => {
    expect(
      schemaErrors({ type: "AdaptiveCard", version: "1.5", body: [{ type: "TextBlock", text: "x", colour: "good" }] }),
    ).not.toEqual([]);
    expect(schemaErrors({ type: "AdaptiveCard", version: "1.5", body: [{ type: "Carousel", pages: [] }] })).not.toEqual(
      [],
    );
  });

  it("the schema accepts a card once Teams' msteams property is stripped", () => {
    expect(schemaErrors({ type: "AdaptiveCard", version: "1.5", body: [], msteams: { width: "Full" } })).toEqual([]);
  });

  it("the library reports unknown element types and required inputs without an error message", () => {
    const report = parseWithLibrary({
      type: "AdaptiveCard",
      version: "1.5",
      body: [{ type: "Foo" } as never, { type: "Input.Text", id: "x", label: "X", isRequired: true }],
    });
    expect(report.parseEvents.join()).toContain("UnknownElementType");
    expect(report.validationEvents.join()).toContain("RequiredInputsShouldHaveErrorMessage");
  });
});

describe("the package is self-contained", () => {
  it("no source file reads the workspace's shared folder or imports the Bot Framework", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const root = new URL("../", import.meta.url);
    const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(20);
    // Patterns built from parts so this file does not match itself.
    const sharedDir = ["..", "shared"].join("/");
    const botFramework = new RegExp(`from "${["bot", "builder"].join("")}`);
    const offenders = files.filter((f) => {
      const source = readFileSync(new URL(f, root), "utf8");
      return source.includes(`${sharedDir}/`) || botFramework.test(source);
    });
    expect(offenders).toEqual([]);
  });
});
