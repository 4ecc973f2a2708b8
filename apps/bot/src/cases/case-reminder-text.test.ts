import { describe, expect, it } from "vitest";
import { caseReminderText, type CaseReminderPayload } from "./case-reminder-text.js";

const reminder: CaseReminderPayload = {
  partyId: "lv-vidomes",
  to: "owner",
  key: "herinnering:LV.5.4@2026-03-02:2:lv-vidomes",
  action: "herinnering",
  kenmerk: "LV-2026-0001",
  article: "art. 5 lid 4",
  due: "2026-06-02",
  days: 2,
  termKind: "target",
  title_nl: "Aanbod binnen drie maanden",
  title_en: "Offer within three months",
  text_nl: "oude tekst",
  text_en: "old text",
};

describe("case reminder texts from the catalogue", () => {
  it("addresses the caseworker with 'je' in Dutch, and words it in English for English", () => {
    expect(caseReminderText(reminder, "nl")).toBe(
      "Herinnering LV-2026-0001: je hebt nog 2 werkdagen tot 2 juni 2026 — art. 5 lid 4: Aanbod binnen drie maanden.",
    );
    expect(caseReminderText(reminder, "en")).toBe(
      "Reminder LV-2026-0001: you have 2 working days left until 2 June 2026 — art. 5 lid 4: Offer within three months.",
    );
    expect(caseReminderText({ ...reminder, days: 1 }, "nl")).toMatch(/je hebt nog 1 werkdag tot/);
  });

  it("says streefdatum for a target and termijn for a term on an escalation", () => {
    const escalation = { ...reminder, action: "escalatie" as const, to: "coordinator" as const };
    expect(caseReminderText(escalation, "nl")).toMatch(
      /^Escalatie LV-2026-0001: de streefdatum 2 juni 2026 is voorbij/,
    );
    expect(caseReminderText({ ...escalation, termKind: "within" }, "en")).toMatch(
      /^Escalation LV-2026-0001: the term 2 June 2026 has passed/,
    );
  });

  it("shows a row written before these facts existed as it was written", () => {
    const old: CaseReminderPayload = {
      partyId: "lv-vidomes",
      to: "owner",
      key: "k",
      text_nl: "Herinnering oud",
      text_en: "Reminder old",
    };
    expect(caseReminderText(old, "en")).toBe("Reminder old");
    expect(caseReminderText({ ...old, text_en: undefined }, "en")).toBe("Herinnering oud");
  });
});
