import { describe, expect, it } from "vitest";
import { recordDeepLink, recordOfLink } from "./deep-link.js";

const id = "3f2a9c1e-0000-4000-8000-000000000000";

describe("deep links from a card to the tab, and back from a pasted link", () => {
  it("a Teams deep link into the static tab carries the record as subEntityId", () => {
    const link = recordDeepLink("signal", id, {
      teamsAppId: "11111111-2222-3333-4444-555555555555",
      publicUrl: "https://x.example.nl",
    })!;
    expect(
      link.startsWith(
        "https://teams.microsoft.com/l/entity/11111111-2222-3333-4444-555555555555/convenantbot-inbox?context=",
      ),
    ).toBe(true);
    expect(JSON.parse(new URL(link).searchParams.get("context")!)).toEqual({ subEntityId: `signal:${id}` });
    expect(recordOfLink(link)).toEqual({ kind: "signal", id });
  });

  it("without a Teams app id: the tab's own address; without any address: no link", () => {
    const link = recordDeepLink("case", id, { publicUrl: "https://convenantbot.example.nl/" })!;
    expect(link).toBe(`https://convenantbot.example.nl/tab/?open=case%3A${id}`);
    expect(recordOfLink(link)).toEqual({ kind: "case", id });
    expect(recordDeepLink("case", id, {})).toBeUndefined();
  });

  it.each([
    "https://example.nl/",
    "niet een url",
    `https://x.example.nl/tab/?open=signal:${id.slice(0, 8)}`,
    "https://x.example.nl/tab/?context=%7Bkapot",
  ])("ignores %s", (url) => {
    expect(recordOfLink(url)).toBeUndefined();
  });
});
