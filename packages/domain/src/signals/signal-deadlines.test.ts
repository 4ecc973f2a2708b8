import { describe, expect, it } from "vitest";
import { dutchDateOf } from "./dutch-date.js";
import { applyAction, openSignalState } from "./lifecycle.js";
import {
  acknowledgementDue,
  escalationTarget,
  firstContactDue,
  isEvictionImminent,
  isSignalOverdue,
  nearlyDueAcknowledgement,
  overdueDeadlines,
} from "./signal-deadlines.js";
import { signalSettings } from "./settings.js";
import { subtractWorkingDays } from "./working-days.js";
import { parseSignal } from "./parse-signal.js";
import { exampleSignal } from "./testing/signal-fixtures.js";

const meldpunt = { partyId: "kw-meldpunt-ggd-hm", role: "meldpunt" as const };
const kwState = (receivedAt: string) =>
  openSignalState({
    rulebook: "kw-huisuitzetting-2019",
    type: "huurachterstand",
    channel: "convenant",
    senderPartyId: "kw-quawonen",
    recipient: meldpunt,
    receivedAt,
  });
const vroeg = (receivedAt: string, evictionImminent: boolean) =>
  openSignalState({
    rulebook: "kw-huisuitzetting-2019",
    type: "huurachterstand",
    channel: "vroegsignalering",
    senderPartyId: "kw-quawonen",
    recipient: { partyId: "kw-gemeente-krimpenerwaard", role: "gemeente" },
    receivedAt,
    evictionImminent,
  });

describe("acknowledgement term (ASSUMED 3 working days)", () => {
  it("is per rulebook data and skips weekends and holidays", () => {
    expect(acknowledgementDue("kw-huisuitzetting-2019", "2026-04-24")).toBe("2026-04-30");
    expect(acknowledgementDue("lv-zorgafhankelijk-2025", "2026-03-06")).toBe("2026-03-11");
    expect(acknowledgementDue("lv-zorgafhankelijk-2025", "2026-03-06", { acknowledgementWorkingDays: 1 })).toBe(
      "2026-03-09",
    );
  });

  it("runs on the Dutch calendar day of receipt", () => {
    expect(dutchDateOf("2026-03-05T23:30:00Z")).toBe("2026-03-06");
    expect(dutchDateOf("2026-07-01T22:30:00Z")).toBe("2026-07-02");
  });

  it.each([
    ["2026-03-11", false],
    ["2026-03-12", true],
  ])("received Friday 6 March: overdue on %s is %s", (today, overdue) => {
    expect(isSignalOverdue(kwState("2026-03-06T10:00:00+01:00"), today)).toBe(overdue);
  });

  it("an acknowledged signal is not overdue and does not escalate", () => {
    const state = applyAction(
      kwState("2026-03-06T10:00:00+01:00"),
      { type: "bevestigen" },
      meldpunt,
      "2026-03-13T09:00:00+01:00",
    ).state;
    expect(isSignalOverdue(state, "2026-03-20")).toBe(false);
    expect(escalationTarget(state, "2026-03-20")).toBeNull();
  });

  it("escalates to the owning party's coordinator", () => {
    const target = escalationTarget(kwState("2026-03-06T10:00:00+01:00"), "2026-03-12");
    expect(target).toMatchObject({ partyId: "kw-meldpunt-ggd-hm", marker: "coordinator" });
    expect(target?.overdue.map((d) => d.code)).toEqual(["SIGNAAL.BEVESTIGEN"]);
    expect(target?.reason.nl).toContain("11 maart 2026"); // Dutch dates in Dutch text (issue 12)
  });
});

describe("Wgs art. 4 first-contact term", () => {
  it("is 4 weeks, or 3 working days when eviction is imminent", () => {
    expect(firstContactDue("2026-03-02", false)).toBe("2026-03-30");
    expect(firstContactDue("2026-04-24", true)).toBe("2026-04-30");
  });

  it.each([
    ["none", false],
    ["dagvaarding", false],
    ["vonnis", true],
    ["ontruimingsdatum", true],
  ])("court stage %s: eviction imminent %s", (courtStage, imminent) => {
    const extra = courtStage === "ontruimingsdatum" ? { evictionDate: "2026-05-01" } : {};
    const signal = parseSignal(
      exampleSignal("huurachterstand", "kw-huisuitzetting-2019", "kw-quawonen", { courtStage, ...extra }),
    );
    expect(isEvictionImminent(signal)).toBe(imminent);
  });

  it("a vroegsignaal acknowledged but not taken up is overdue after 4 weeks", () => {
    const acked = applyAction(
      vroeg("2026-03-02T09:00:00+01:00", false),
      { type: "bevestigen" },
      { partyId: "kw-gemeente-krimpenerwaard", role: "gemeente" },
      "2026-03-02T10:00:00+01:00",
    ).state;
    expect(overdueDeadlines(acked, "2026-03-30")).toEqual([]);
    expect(overdueDeadlines(acked, "2026-03-31").map((d) => d.code)).toEqual(["WGS.EERSTE_CONTACT"]);
    const taken = applyAction(
      acked,
      { type: "oppakken" },
      { partyId: "kw-gemeente-krimpenerwaard", role: "gemeente" },
      "2026-03-20T10:00:00+01:00",
    ).state;
    expect(isSignalOverdue(taken, "2026-06-01")).toBe(false);
  });

  it("with eviction imminent the gemeente has 3 working days", () => {
    const state = vroeg("2026-04-24T09:00:00+02:00", true);
    expect(overdueDeadlines(state, "2026-05-01").map((d) => [d.code, d.due])).toEqual([
      ["SIGNAAL.BEVESTIGEN", "2026-04-30"],
      ["WGS.EERSTE_CONTACT", "2026-04-30"],
    ]);
  });
});

describe("acknowledgement nearly due (ASSUMED: the last working day before the due date)", () => {
  // Received Friday 24 April 2026: due Thursday 30 April (Koningsdag, Monday 27, does not count).
  const state = kwState("2026-04-24T10:00:00+02:00");

  it("is a setting of the rulebook's data, marked ASSUMED", () => {
    expect(signalSettings("kw-huisuitzetting-2019").acknowledgementNearlyDueWorkingDays).toBe(1);
    expect(signalSettings("kw-huisuitzetting-2019").assumptions.some((a) => /ASSUMED: 'bijna verlopen'/.test(a))).toBe(
      true,
    );
  });

  it.each([
    ["2026-04-28", null],
    ["2026-04-29", "2026-04-30"],
    ["2026-04-30", "2026-04-30"],
    ["2026-05-01", null], // overdue now: the escalation's turn
  ])("on %s the term due %s is nearly due", (today, due) => {
    expect(nearlyDueAcknowledgement(state, today)?.due ?? null).toBe(due);
  });

  it("counts working days back over weekends and holidays", () => {
    expect(subtractWorkingDays("2026-04-28", 1)).toBe("2026-04-24"); // Koningsdag and the weekend skipped
    expect(nearlyDueAcknowledgement(state, "2026-04-28", { acknowledgementNearlyDueWorkingDays: 2 })?.from).toBe(
      "2026-04-28",
    );
  });

  it("an acknowledged signal is not nearly due; a forward starts a new term with a new key", () => {
    const acknowledged = applyAction(state, { type: "bevestigen" }, meldpunt, "2026-04-28T09:00:00+02:00").state;
    expect(nearlyDueAcknowledgement(acknowledged, "2026-04-29")).toBeNull();
    const first = nearlyDueAcknowledgement(state, "2026-04-29")!;
    const forwarded = applyAction(
      state,
      { type: "doorsturen", toPartyId: "kw-gemeente-krimpenerwaard" },
      meldpunt,
      "2026-04-29T09:00:00+02:00",
    );
    expect(forwarded.noop).toBe(false);
    const next = nearlyDueAcknowledgement(forwarded.state, "2026-05-01"); // due Monday 4 May
    expect(next?.due).toBe("2026-05-04");
    expect(next?.key).not.toBe(first.key);
    expect(first.key).toBe("SIGNAAL.BEVESTIGEN:kw-meldpunt-ggd-hm:2026-04-24T10:00:00+02:00");
  });
});
