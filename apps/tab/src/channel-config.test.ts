import { describe, expect, it } from "vitest";
import { channelTabConfig } from "./channel-config";

describe("channel tab configuration", () => {
  it("points the channel tab at the same /tab/ page on this server", () => {
    expect(channelTabConfig("https://convenantbot.example.nl")).toEqual({
      entityId: "convenantbot-channel",
      contentUrl: "https://convenantbot.example.nl/tab/",
      suggestedDisplayName: "Convenantbot",
    });
  });
});
