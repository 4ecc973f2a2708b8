import { describe, expect, it } from "vitest";
import { isDomainError, type DomainError } from "../common/domain-error.js";
import {
  applyAction,
  forwardTargets,
  openSignalState,
  type Actor,
  type SignalAction,
  type SignalState,
} from "./lifecycle.js";
import { transitionTable, type SignalActionType, type SignalStatus } from "./lifecycle-table.js";

// LV: landlord lv-vidomes -> begeleider lv-brijder, both ways allowed by art. 8.2, so a
// signal can be forwarded in both directions.
const caseContext = { landlordPartyId: "lv-vidomes", supportPartyId: "lv-brijder" };
const brijder: Actor = { partyId: "lv-brijder", role: "zorgorganisatie", userId: "29:begeleider" };
const vidomes: Actor = { partyId: "lv-vidomes", role: "sociale_verhuurder" };
const T0 = "2026-03-02T09:00:00+01:00";
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

function fresh(): SignalState {
  return openSignalState({
    rulebook: "lv-zorgafhankelijk-2025",
    type: "overlast",
    channel: "convenant",
    senderPartyId: "lv-vidomes",
    recipient: { partyId: "lv-brijder", role: "zorgorganisatie" },
    receivedAt: T0,
    caseContext,
  });
}

function run(state: SignalState, steps: [SignalAction, Actor][]): SignalState {
  steps.forEach(([action, actor], i) => {
    state = applyAction(state, action, actor, at(i + 1)).state;
  });
  return state;
}

const forward = (to: string): SignalAction => ({ type: "doorsturen", toPartyId: to });
/** A state in each status, with the owner who may act on it and the party it can forward to. */
const states: Record<SignalStatus, () => { state: SignalState; owner: Actor; other: string }> = {
  nieuw: () => ({ state: fresh(), owner: brijder, other: "lv-vidomes" }),
  bevestigd: () => ({ state: run(fresh(), [[{ type: "bevestigen" }, brijder]]), owner: brijder, other: "lv-vidomes" }),
  in_behandeling: () => ({
    state: run(fresh(), [[{ type: "oppakken" }, brijder]]),
    owner: brijder,
    other: "lv-vidomes",
  }),
  afgesloten: () => ({
    state: run(fresh(), [
      [{ type: "oppakken" }, brijder],
      [{ type: "afsluiten", outcome: "opgelost" }, brijder],
    ]),
    owner: brijder,
    other: "lv-vidomes",
  }),
  doorgestuurd: () => ({
    state: run(fresh(), [[forward("lv-vidomes"), brijder]]),
    owner: vidomes,
    other: "lv-brijder",
  }),
};

function actionFor(type: SignalActionType, other: string): SignalAction {
  if (type === "doorsturen") return forward(other);
  if (type === "afsluiten") return { type, outcome: "opgelost" };
  return { type };
}

/**
 * The expected machine, written out independently of lifecycle-table.ts: the resulting
 * status, "noop" (the same action already took effect: Teams retried), or "invalid".
 */
const expected: Record<SignalStatus, Record<SignalActionType, SignalStatus | "noop" | "invalid">> = {
  nieuw: { bevestigen: "bevestigd", oppakken: "in_behandeling", doorsturen: "doorgestuurd", afsluiten: "invalid" },
  bevestigd: { bevestigen: "noop", oppakken: "in_behandeling", doorsturen: "doorgestuurd", afsluiten: "invalid" },
  in_behandeling: { bevestigen: "noop", oppakken: "noop", doorsturen: "doorgestuurd", afsluiten: "afgesloten" },
  afgesloten: { bevestigen: "noop", oppakken: "noop", doorsturen: "invalid", afsluiten: "noop" },
  doorgestuurd: {
    bevestigen: "bevestigd",
    oppakken: "in_behandeling",
    doorsturen: "doorgestuurd",
    afsluiten: "invalid",
  },
};

function caught(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (isDomainError(error)) return error;
    throw error;
  }
  throw new Error("expected a DomainError");
}

describe("signal lifecycle: every status x action", () => {
  for (const [status, row] of Object.entries(expected) as [SignalStatus, (typeof expected)[SignalStatus]][]) {
    for (const [action, outcome] of Object.entries(row) as [SignalActionType, SignalStatus | "noop" | "invalid"][]) {
      it(`${status} + ${action} -> ${outcome}`, () => {
        const { state, owner, other } = states[status]();
        expect(state.status).toBe(status);
        const before = structuredClone(state);
        const step = () => applyAction(state, actionFor(action, other), owner, at(100));
        if (outcome === "invalid") {
          const error = caught(step);
          expect(error.code).toBe("invalid_transition");
          expect(error.message_nl).toContain(status);
          expect(error.message_en).toContain(action);
        } else if (outcome === "noop") {
          const result = step();
          expect(result.noop).toBe(true);
          expect(result.historyEntry).toBeNull();
          expect(result.state).toBe(state);
        } else {
          const result = step();
          expect(result.noop).toBe(false);
          expect(result.state.status).toBe(outcome);
          expect(result.state.history).toEqual([...state.history, result.historyEntry]);
          expect(result.historyEntry).toMatchObject({ action, from: status, to: outcome, actorPartyId: owner.partyId });
        }
        expect(state).toEqual(before); // pure: the input state is never changed
      });
    }
  }

  it("the code's table agrees with the expected machine", () => {
    for (const { from, action, to } of transitionTable) expect(expected[from][action]).toBe(to);
  });
});

describe("ownership, forwarding and retries", () => {
  it("a forward moves ownership, restarts the acknowledgement term and keeps one history", () => {
    const taken = run(fresh(), [[{ type: "oppakken" }, brijder]]);
    const { state, historyEntry } = applyAction(taken, forward("lv-vidomes"), brijder, "2026-03-05T10:00:00+01:00");
    expect(state).toMatchObject({
      status: "doorgestuurd",
      ownerPartyId: "lv-vidomes",
      ownerRole: "sociale_verhuurder",
      receivedAt: "2026-03-05T10:00:00+01:00",
    });
    expect(state.acknowledgedAt).toBeUndefined();
    expect(state.firstReceivedAt).toBe(T0);
    expect(historyEntry?.toPartyId).toBe("lv-vidomes");
    expect(state.history.map((h) => h.action)).toEqual(["ontvangen", "oppakken", "doorsturen"]);
  });

  it("lists as forward targets exactly the parties routing allows (issue 15: not 20 organisations)", () => {
    expect(forwardTargets(fresh()).map((r) => r.partyId)).toEqual(["lv-vidomes"]);
    // Without a case naming the landlord, the begeleider can forward to nobody: no button.
    const { caseContext: _c, ...withoutCase } = fresh();
    expect(forwardTargets({ ...withoutCase, caseContext: { supportPartyId: "lv-brijder" } })).toEqual([]);
  });

  it("forwards only to a party routing allows", () => {
    const error = caught(() => applyAction(fresh(), forward("lv-gemeente-leidschendam-voorburg"), brijder, at(1)));
    expect(error.code).toBe("not_allowed");
    expect(error.message_nl).toContain("lv-vidomes");
    expect(error.issues[0]?.field).toBe("action.toPartyId");
  });

  it("KW: the Meldpunt forwards to the regiehouder named by the case", () => {
    const state = openSignalState({
      rulebook: "kw-huisuitzetting-2019",
      type: "overlast",
      channel: "convenant",
      senderPartyId: "kw-quawonen",
      recipient: { partyId: "kw-meldpunt-ggd-hm", role: "meldpunt" },
      receivedAt: T0,
      caseContext: { regiehouderPartyId: "kw-gemeente-krimpenerwaard" },
    });
    const result = applyAction(
      state,
      forward("kw-gemeente-krimpenerwaard"),
      { partyId: "kw-meldpunt-ggd-hm", role: "meldpunt" },
      at(5),
    );
    expect(result.state.ownerPartyId).toBe("kw-gemeente-krimpenerwaard");
    expect(result.state.ownerRole).toBe("gemeente");
  });

  it("only the owner acts", () => {
    const error = caught(() => applyAction(fresh(), { type: "bevestigen" }, vidomes, at(1)));
    expect(error.code).toBe("not_allowed");
    expect(error.issues[0]?.field).toBe("actor.partyId");
  });

  it("a retried forward by the former owner is a no-op, not an error", () => {
    const forwarded = applyAction(fresh(), forward("lv-vidomes"), brijder, at(1)).state;
    const retry = applyAction(forwarded, forward("lv-vidomes"), brijder, at(2));
    expect(retry.noop).toBe(true);
    if (retry.noop) expect(retry.reason.nl).toContain("Al gedaan");
  });

  it("after a forward back, the same party can acknowledge again (a new ownership)", () => {
    const back = run(fresh(), [
      [{ type: "bevestigen" }, brijder],
      [forward("lv-vidomes"), brijder],
      [forward("lv-brijder"), vidomes],
    ]);
    expect(back.ownerPartyId).toBe("lv-brijder");
    const again = applyAction(back, { type: "bevestigen" }, brijder, at(10));
    expect(again.noop).toBe(false);
    expect(again.state.status).toBe("bevestigd");
  });

  it("closing twice with a different outcome is an error naming the first outcome", () => {
    const closed = states.afgesloten().state;
    const error = caught(() => applyAction(closed, { type: "afsluiten", outcome: "geen_contact" }, brijder, at(50)));
    expect(error.code).toBe("invalid_transition");
    expect(error.message_nl).toContain("opgelost");
  });

  it("closes only with an outcome of the type's list", () => {
    const taken = states.in_behandeling().state;
    const error = caught(() =>
      applyAction(taken, { type: "afsluiten", outcome: "begeleiding_hervat" }, brijder, at(9)),
    );
    expect(error.code).toBe("invalid_input");
    expect(error.issues[0]?.field).toBe("action.outcome");
    const closed = applyAction(taken, { type: "afsluiten", outcome: "ontruiming_voorkomen" }, brijder, at(9));
    expect(closed.state).toMatchObject({ status: "afgesloten", outcome: "ontruiming_voorkomen" });
    expect(closed.historyEntry?.outcome).toBe("ontruiming_voorkomen");
  });

  it("refuses a malformed action or time with invalid_input", () => {
    expect(
      caught(() => applyAction(fresh(), { type: "wegooien" } as unknown as SignalAction, brijder, at(1))).code,
    ).toBe("invalid_input");
    expect(caught(() => applyAction(fresh(), { type: "bevestigen" }, brijder, "gisteren")).code).toBe("invalid_input");
  });

  it("oppakken counts as acknowledgement", () => {
    const taken = applyAction(fresh(), { type: "oppakken" }, brijder, "2026-03-03T08:00:00+01:00").state;
    expect(taken.acknowledgedAt).toBe("2026-03-03T08:00:00+01:00");
    expect(taken.takenAt).toBe("2026-03-03T08:00:00+01:00");
  });
});
