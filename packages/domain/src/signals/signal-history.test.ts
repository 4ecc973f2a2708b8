import { describe, expect, it } from "vitest";
import { applyAction, openSignalState, type Actor, type SignalAction, type SignalState } from "./lifecycle.js";
import {
  deriveSignalStates,
  escalationEntry,
  openingLines,
  signalStatusOf,
  type SignalFacts,
  type SignalHistoryLine,
} from "./signal-history.js";

// LV: landlord -> begeleider and back are both allowed (art. 8.2), so forwards run both ways.
const facts: SignalFacts = {
  rulebook: "lv-zorgafhankelijk-2025",
  type: "overlast",
  channel: "convenant",
  senderPartyId: "lv-vidomes",
};
const caseContext = { landlordPartyId: "lv-vidomes", supportPartyId: "lv-brijder" };
const brijder: Actor = { partyId: "lv-brijder", role: "zorgorganisatie", userId: "m-1" };
const vidomes: Actor = { partyId: "lv-vidomes", role: "sociale_verhuurder" };
const T0 = "2026-03-02T08:00:00.000Z"; // a Monday
const at = (hours: number) => new Date(Date.parse(T0) + hours * 3_600_000).toISOString();

const open = (partyId: string, role: Actor["role"]): SignalState =>
  openSignalState({ ...facts, recipient: { partyId, role }, receivedAt: T0, caseContext, evictionImminent: true });

/** Runs the steps on the lifecycles as the service does, and writes every line into one history. */
function run(steps: [key: string, SignalAction, Actor][]) {
  const states: Record<string, SignalState> = {
    "lv-brijder": open("lv-brijder", "zorgorganisatie"),
    "lv-anders": open("lv-vidomes", "sociale_verhuurder"),
  };
  const lines: SignalHistoryLine[] = openingLines(Object.entries(states).map(([key, state]) => ({ key, state })));
  steps.forEach(([key, action, actor], i) => {
    const result = applyAction(states[key]!, action, actor, at(i + 1));
    if (result.noop) return;
    states[key] = result.state;
    lines.push({ lifecycle: key, entry: result.historyEntry });
  });
  return { states, lines };
}

describe("one history per signal: every lifecycle is replayed from its lines", () => {
  const scenarios: {
    name: string;
    steps: [string, SignalAction, Actor][];
    primary: { status: string; owner: string; outcome: string | null };
  }[] = [
    { name: "just received", steps: [], primary: { status: "nieuw", owner: "lv-brijder", outcome: null } },
    {
      name: "acknowledged, taken, closed",
      steps: [
        ["lv-brijder", { type: "bevestigen" }, brijder],
        ["lv-brijder", { type: "oppakken" }, brijder],
        ["lv-brijder", { type: "afsluiten", outcome: "opgelost" }, brijder],
      ],
      primary: { status: "afgesloten", owner: "lv-brijder", outcome: "opgelost" },
    },
    {
      name: "taken, forwarded to the landlord, acknowledged there",
      steps: [
        ["lv-brijder", { type: "oppakken" }, brijder],
        ["lv-brijder", { type: "doorsturen", toPartyId: "lv-vidomes" }, brijder],
        ["lv-brijder", { type: "bevestigen" }, vidomes],
      ],
      primary: { status: "bevestigd", owner: "lv-vidomes", outcome: null },
    },
    {
      name: "the second lifecycle acts; the primary keeps its status",
      steps: [["lv-anders", { type: "oppakken" }, vidomes]],
      primary: { status: "nieuw", owner: "lv-brijder", outcome: null },
    },
  ];
  for (const s of scenarios) {
    it(`${s.name}: derived lifecycles equal the ones the actions built; the signal's status is the primary's`, () => {
      const { states, lines } = run(s.steps);
      expect(deriveSignalStates(facts, lines).byRecipient).toEqual(states);
      expect(signalStatusOf(lines)).toMatchObject({
        primary: "lv-brijder",
        status: s.primary.status,
        ownerPartyId: s.primary.owner,
        outcome: s.primary.outcome,
      });
    });
  }

  it("a closed primary has a closing time; any other status has none", () => {
    const closed = run(scenariosClose()).lines;
    expect(signalStatusOf(closed).closedAt).toBe(at(2));
    expect(signalStatusOf(run([]).lines).closedAt).toBeNull();
  });

  it("refuses a history whose lifecycle does not start with its receipt", () => {
    const { lines } = run([["lv-brijder", { type: "oppakken" }, brijder]]);
    expect(() =>
      deriveSignalStates(
        facts,
        lines.filter((l) => l.entry.action !== "ontvangen"),
      ),
    ).toThrow(/starts with 'oppakken'/);
  });
});

function scenariosClose(): [string, SignalAction, Actor][] {
  return [
    ["lv-brijder", { type: "oppakken" }, brijder],
    ["lv-brijder", { type: "afsluiten", outcome: "opgelost" }, brijder],
  ];
}

describe("escalation is a line in the same history", () => {
  // Received Monday 2 March; acknowledgement due on the third working day (ASSUMED 3): Thursday 5 March.
  const rows: { name: string; steps: [string, SignalAction, Actor][]; today: string; escalates: boolean }[] = [
    { name: "on the due day", steps: [], today: "2026-03-05", escalates: false },
    { name: "the day after the due day", steps: [], today: "2026-03-06", escalates: true },
    {
      name: "acknowledged in time",
      steps: [["lv-brijder", { type: "bevestigen" }, brijder]],
      today: "2026-03-06",
      escalates: false,
    },
  ];
  for (const row of rows) {
    it(`${row.name}: ${row.escalates ? "one escalation line" : "none"}`, () => {
      const state = run(row.steps).states["lv-brijder"]!;
      const entry = escalationEntry(state, row.today, at(100));
      expect(entry !== null).toBe(row.escalates);
      if (entry)
        expect(entry).toMatchObject({
          action: "escaleren",
          actorPartyId: "lv-brijder",
          from: state.status,
          to: state.status,
          overdue: ["SIGNAAL.BEVESTIGEN"],
        });
    });
  }

  it("escalates once per owner, keeps the status, and shows in the replayed history; a forward starts a new owner's term", () => {
    const { states, lines } = run([]);
    const first = escalationEntry(states["lv-brijder"]!, "2026-03-06", at(100))!;
    lines.push({ lifecycle: "lv-brijder", entry: first });
    const derived = deriveSignalStates(facts, lines).byRecipient["lv-brijder"]!;
    expect(derived.history.map((h) => h.action)).toEqual(["ontvangen", "escaleren"]);
    expect(derived.status).toBe("nieuw");
    expect(escalationEntry(derived, "2026-03-09", at(200))).toBeNull();
    const forwarded = applyAction(
      derived,
      { type: "doorsturen", toPartyId: "lv-vidomes" },
      brijder,
      "2026-03-09T08:00:00.000Z",
    ).state;
    expect(escalationEntry(forwarded, "2026-03-12", at(300))).toBeNull(); // Vidomes' own term: due Thursday 12 March
    expect(escalationEntry(forwarded, "2026-03-13", at(300))).toMatchObject({ actorPartyId: "lv-vidomes" });
  });
});
