import { describe, expect, it } from "vitest";
import { schemaErrors } from "../testing/validate.js";
import { recordLinkCard, recordLinkPreview } from "./record-link-card.js";

const input = {
  kind: "signal" as const,
  kenmerk: "GC-2026-0001",
  what: { nl: "Geen contact met de huurder", en: "No contact with the tenant" },
  status: { nl: "nieuw", en: "new" },
  createdAt: "2026-11-30T09:15:00Z",
  openUrl: "https://convenantbot.example.nl/tab/?open=signal:3f2a9c1e-0000-4000-8000-000000000000",
};

describe("recordLinkCard (search result, unfurled link)", () => {
  it("shows kenmerk, what and status with a link to the tab, valid Adaptive Card 1.5", () => {
    const card = recordLinkCard({ ...input, lang: "nl" });
    const json = JSON.stringify(card);
    expect(json).toContain("**GC-2026-0001** · Geen contact met de huurder");
    expect(json).toContain("Status: nieuw · sinds 30 november 2026");
    expect(card.actions).toEqual([{ type: "Action.OpenUrl", title: "Open in Convenantbot", url: input.openUrl }]);
    expect(schemaErrors(card)).toEqual([]);
  });

  it("in English, and without a link when the public address is unknown", () => {
    const card = recordLinkCard({ ...input, openUrl: undefined, lang: "en" });
    expect(JSON.stringify(card)).toContain("Status: new · since 30 November 2026");
    expect(card.actions).toBeUndefined();
    expect(recordLinkPreview({ ...input, lang: "en" }).title).toBe("GC-2026-0001 · No contact with the tenant");
  });
});
