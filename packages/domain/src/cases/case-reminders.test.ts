import { describe, expect, it } from "vitest";
import { lvDeadlines } from "../rulebooks/lv-zorgafhankelijk-2025/deadlines.js";
import { decideCaseStep, type CaseAction, type CaseHistoryEntry, type CaseParticipant } from "./case-lifecycle.js";
import { caseReminderEntry, dueCaseReminders, workingDaysBefore } from "./case-reminders.js";

// An LV voordracht on Monday 2 March 2026: the offer term LV.5.4 (three months) is due 2 June 2026.
const SENDER = "p-ribw";
const participants: CaseParticipant[] = [
  { partyId: "p-vidomes", caseRole: "verhuurder", stage: 1 },
  { partyId: "p-wooninvest", caseRole: "verhuurder", stage: 1 },
  { partyId: "p-lokale-kamer", caseRole: "begeleider", stage: 1 },
];

function submitted(): CaseHistoryEntry[] {
  return [
    decideCaseStep({
      history: [],
      senderPartyId: SENDER,
      participants,
      action: { type: "indienen" },
      actor: { partyId: SENDER },
      at: "2026-03-02T09:00:00+01:00",
    }).entry,
  ];
}

function step(history: CaseHistoryEntry[], action: CaseAction, partyId: string, at: string): CaseHistoryEntry[] {
  return [
    ...history,
    decideCaseStep({ history, senderPartyId: SENDER, participants, action, actor: { partyId }, at }).entry,
  ];
}

const due = (history: CaseHistoryEntry[], today: string) =>
  dueCaseReminders({
    definitions: lvDeadlines,
    history,
    senderPartyId: SENDER,
    participants,
    today,
    kenmerk: "LV-2026-0001",
  });

/** Writes what a sweep on `today` would write, as the bot's sweep does. */
function sweep(history: CaseHistoryEntry[], today: string): CaseHistoryEntry[] {
  let h = history;
  for (const r of due(h, today)) h = [...h, caseReminderEntry(r, h, `${today}T07:00:00Z`)];
  return h;
}

const summary = (history: CaseHistoryEntry[], today: string) =>
  due(history, today).map((r) => `${r.action}:${r.workingDaysBefore ?? "-"}:${r.partyId}:${r.to}`);

describe("working days before a date (Dutch calendar)", () => {
  it.each([
    ["2026-06-02", 2, "2026-05-29"], // Tuesday -> the Friday before
    ["2026-06-02", 10, "2026-05-18"], // Whit Monday 25 May 2026 is no working day
    ["2026-03-09", 1, "2026-03-06"], // Monday -> Friday
    ["2026-05-15", 1, "2026-05-13"], // Hemelvaart 14 May 2026
  ])("%s minus %i working days is %s", (date, n, expected) => {
    expect(workingDaysBefore(date, n)).toBe(expected);
  });
});

describe("reminders before a term lapses, escalation after (LV.5.4, offer within three months)", () => {
  it.each([
    ["2026-05-15", []],
    ["2026-05-18", ["herinnering:10:p-vidomes:owner", "herinnering:10:p-wooninvest:owner"]],
    ["2026-05-29", ["herinnering:2:p-vidomes:owner", "herinnering:2:p-wooninvest:owner"]],
    ["2026-06-02", ["herinnering:2:p-vidomes:owner", "herinnering:2:p-wooninvest:owner"]],
    ["2026-06-03", ["escalatie:-:p-vidomes:coordinator", "escalatie:-:p-wooninvest:coordinator"]],
  ])("on %s, with nothing sent yet: %j", (today, expected) => {
    expect(summary(submitted(), today)).toEqual(expected);
  });

  it("a daily sweep writes T-10, T-2 and the escalation once each, never twice", () => {
    let history = submitted();
    const days = [
      "2026-05-15",
      "2026-05-18",
      "2026-05-18",
      "2026-05-19",
      "2026-05-28",
      "2026-05-29",
      "2026-06-01",
      "2026-06-02",
      "2026-06-03",
      "2026-06-04",
      "2026-07-01",
    ];
    for (const today of days) history = sweep(history, today);
    const written = history
      .filter((e) => e.action === "herinnering" || e.action === "escalatie")
      .map((e) => `${e.at.slice(0, 10)} ${e.action} ${e.details["workingDaysBefore"] ?? "-"} ${e.actorPartyId}`);
    expect(written).toEqual([
      "2026-05-18 herinnering 10 p-vidomes",
      "2026-05-18 herinnering 10 p-wooninvest",
      "2026-05-29 herinnering 2 p-vidomes",
      "2026-05-29 herinnering 2 p-wooninvest",
      "2026-06-03 escalatie - p-vidomes",
      "2026-06-03 escalatie - p-wooninvest",
    ]);
    // The status is untouched by the bot's lines, and they are keyed.
    expect(
      history.every((e) => e.action === "indienen" || (e.from === "ingediend" && e.to === "ingediend" && e.actionKey)),
    ).toBe(true);
    expect(new Set(history.map((e) => e.seq)).size).toBe(history.length);
  });

  it("a sweep that missed T-10 sends only the most urgent reminder", () => {
    expect(summary(submitted(), "2026-06-01")).toEqual([
      "herinnering:2:p-vidomes:owner",
      "herinnering:2:p-wooninvest:owner",
    ]);
  });

  it("the support party is not reminded of the landlords' term; an offer meets it for everyone", () => {
    const history = step(
      submitted(),
      { type: "aanbod_doen", on: "2026-05-20" },
      "p-vidomes",
      "2026-05-20T10:00:00+02:00",
    );
    expect(summary(history, "2026-05-29")).toEqual([]);
    expect(summary(history, "2026-06-10")).toEqual([]);
  });

  it("a closed case gets nothing", () => {
    const history = step(
      submitted(),
      { type: "intrekken", reason: "kandidaat verhuisd" },
      SENDER,
      "2026-04-01T10:00:00+02:00",
    );
    expect(summary(history, "2026-06-03")).toEqual([]);
  });

  it("the yearly evaluation after the lease is the landlord's and the begeleider's term", () => {
    let history = step(
      submitted(),
      { type: "aanbod_doen", on: "2026-04-01" },
      "p-vidomes",
      "2026-04-01T10:00:00+02:00",
    );
    history = step(history, { type: "aanvaarden" }, SENDER, "2026-04-02T10:00:00+02:00");
    history = step(history, { type: "huurovereenkomst", on: "2026-05-01" }, "p-vidomes", "2026-05-01T10:00:00+02:00");
    const owners = due(history, "2027-04-30")
      .filter((r) => r.termCode === "LV.5.11")
      .map((r) => `${r.partyId}:${r.role}`);
    expect(owners).toEqual(["p-vidomes:verhuurder", "p-wooninvest:verhuurder", "p-lokale-kamer:begeleider"]);
    const text = due(history, "2027-04-30").find((r) => r.termCode === "LV.5.11")!.text;
    expect(text.nl).toMatch(/^Herinnering LV-2026-0001: nog 2 werkdagen tot 1 mei 2027 — art\. 5 lid 11/);
    expect(text.en).toMatch(/^Reminder LV-2026-0001: 2 working days left until 1 May 2027/);
  });
});
