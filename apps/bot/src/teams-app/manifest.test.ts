import { describe, expect, it } from "vitest";
import { renderManifest, validateManifest } from "./manifest.js";

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
});
