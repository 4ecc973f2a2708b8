import { describe, expect, it } from "vitest";
import { catalogues } from "@convenantbot/cards";
import { ACTIVITY_TYPES } from "../graph/activity-types.js";
import { localizationFiles, renderManifest, validateLocalization, validateManifest } from "./manifest.js";

const values = {
  TEAMS_APP_ID: "6f1c8c3e-0d6a-4c59-9a43-7e1d2f7b8a10",
  BOT_ID: "2b0e8f5a-4a1c-4f0e-9f55-0c7d9e8a1b23",
  BOT_DOMAIN: "convenantbot.example.nl",
};

describe("Teams app manifest", () => {
  it("validates against the official Teams schema (offline, bundled)", async () => {
    const failures = await validateManifest(renderManifest(values));
    expect(failures).toEqual([]);
  });

  it("lists the bot, the snelcheck message extension and the tab", () => {
    const manifest = renderManifest(values) as {
      bots: { botId: string }[];
      composeExtensions: { commands: { id: string }[] }[];
      staticTabs: { contentUrl: string }[];
    };
    expect(manifest.bots[0]?.botId).toBe(values.BOT_ID);
    expect(manifest.composeExtensions[0]?.commands.map((c) => c.id)).toContain("snelcheck");
    expect(manifest.staticTabs[0]?.contentUrl).toBe("https://convenantbot.example.nl/tab/");
  });

  it("a broken manifest is reported, not accepted", async () => {
    const manifest = renderManifest(values);
    delete manifest["name"];
    expect((await validateManifest(manifest)).length).toBeGreaterThan(0);
  });

  it("ships English beside Dutch: en-us.json validates against the official Localization schema and covers every localizable string", async () => {
    const manifest = renderManifest(values);
    const files = localizationFiles(manifest);
    expect(Object.keys(files)).toEqual(["en-us.json"]);
    const en = files["en-us.json"]!;
    expect(await validateLocalization(manifest, en)).toEqual([]);
    // Every key names a string that exists in the manifest, and every such string has a key.
    const m = manifest as {
      activities: { activityTypes: unknown[] };
      bots: { commandLists: { commands: { title: string; description: string }[] }[] }[];
      composeExtensions: { commands: { parameters?: unknown[] }[] }[];
      staticTabs: unknown[];
    };
    const expected = [
      "name.short",
      "name.full",
      "description.short",
      "description.full",
      ...m.bots[0]!.commandLists[0]!.commands.flatMap((_, i) => [
        `bots[0].commandLists[0].commands[${i}].title`,
        `bots[0].commandLists[0].commands[${i}].description`,
      ]),
      ...m.composeExtensions[0]!.commands.flatMap((c, i) => [
        `composeExtensions[0].commands[${i}].title`,
        `composeExtensions[0].commands[${i}].description`,
        ...(c.parameters ?? []).flatMap((_, j) => [
          `composeExtensions[0].commands[${i}].parameters[${j}].title`,
          `composeExtensions[0].commands[${i}].parameters[${j}].description`,
        ]),
      ]),
      ...m.staticTabs.map((_, i) => `staticTabs[${i}].name`),
      ...m.activities.activityTypes.flatMap((_, i) => [
        `activities.activityTypes[${i}].description`,
        `activities.activityTypes[${i}].templateText`,
      ]),
    ];
    expect(
      Object.keys(en)
        .filter((k) => k !== "$schema")
        .sort(),
    ).toEqual(expected.sort());
    expect(String(en["description.short"])).not.toMatch(/ en signalen voor/); // English, not a copy of the Dutch
  });

  it("a broken localization file is reported", async () => {
    const manifest = renderManifest(values);
    expect((await validateLocalization(manifest, { "name.short": "x".repeat(40) })).length).toBeGreaterThan(0);
  });

  it("declares every activity feed type the bot sends, worded like the catalogue, with the RSC permission to send them", () => {
    const manifest = renderManifest(values) as {
      activities: { activityTypes: { type: string; templateText: string }[] };
      authorization: { permissions: { resourceSpecific: { name: string; type: string }[] } };
    };
    const en = localizationFiles(manifest)["en-us.json"]!;
    expect(manifest.activities.activityTypes.map((a) => a.type)).toEqual([...ACTIVITY_TYPES]);
    manifest.activities.activityTypes.forEach((a, i) => {
      // The feed line and the preview text say the same, in both languages, with kenmerk and type only.
      expect(a.templateText).toBe(catalogues.nl[`activity.${a.type}` as keyof typeof catalogues.nl]);
      expect(en[`activities.activityTypes[${i}].templateText`]).toBe(
        catalogues.en[`activity.${a.type}` as keyof typeof catalogues.en],
      );
      expect([...a.templateText.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort()).toEqual(["kenmerk", "type"]);
    });
    expect(manifest.authorization.permissions.resourceSpecific).toContainEqual({
      name: "TeamsActivity.Send.User",
      type: "Application",
    });
  });
});
