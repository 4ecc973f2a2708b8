import { describe, expect, it } from "vitest";
import { isDomainError, type DomainError } from "../common/domain-error.js";
import {
  caseRoles,
  caseStatuses,
  caseTransitionTable,
  CaseActionTypeSchema,
  finalCaseStatuses,
  type CaseActionType,
  type CaseRole,
  type CaseStatus,
} from "./case-lifecycle-table.js";
import {
  decideCaseStep,
  deriveCaseState,
  type CaseAction,
  type CaseHistoryEntry,
  type CaseParticipant,
} from "./case-lifecycle.js";

// One party per case role, so a role is exactly one party.
const partyOf: Record<CaseRole, string> = {
  aanmelder: "p-aanmelder",
  verhuurder: "p-verhuurder",
  begeleider: "p-begeleider",
  meldpunt: "p-meldpunt",
  beoordelaar: "p-beoordelaar",
};
const participants: CaseParticipant[] = (["verhuurder", "begeleider", "meldpunt", "beoordelaar"] as const).map(
  (caseRole) => ({ partyId: partyOf[caseRole], caseRole, stage: 1 }),
);
const T0 = "2026-03-02T09:00:00+01:00";
const at = (n: number) => new Date(Date.parse(T0) + n * 3_600_000).toISOString();

/** Valid details for each action; `variant` changes them, so a step is not a repeat of the last. */
function actionFor(type: CaseActionType, variant = 0): CaseAction {
  const on = variant ? "2026-04-01" : "2026-03-10";
  switch (type) {
    case "aanbod_doen":
    case "huurovereenkomst":
    case "woonbegeleiding_gestart":
    case "uitkering_huur_gestart":
      return { type, on };
    case "evalueren":
      return { type, on, positive: true };
    case "weigeren":
    case "afsluiten":
    case "intrekken":
    case "afwijzen":
      return { type, reason: `reden ${variant}` };
    case "toewijzen":
      return { type, assigneeMemberId: `m-${variant}`, assigneeName: "Collega" };
    case "notitie":
      return { type, note: `notitie ${variant}`, category: "process" };
    case "kwetsbaarheid_vastleggen":
      return { type, established: variant === 0 };
    case "overdragen":
      return { type, toPartyId: "p-regiehouder" };
    default:
      return { type } as CaseAction;
  }
}

function run(steps: [CaseActionType, CaseRole][]): CaseHistoryEntry[] {
  const history: CaseHistoryEntry[] = [];
  steps.forEach(([type, role], i) => {
    const result = decideCaseStep({
      history,
      senderPartyId: partyOf.aanmelder,
      participants,
      action: actionFor(type),
      actor: { partyId: partyOf[role] },
      at: at(i),
    });
    expect(result.noop, `${type} by ${role}`).toBe(false);
    history.push(result.entry);
  });
  return history;
}

/** A way to reach each status, written out by hand (the LV chain, plus the ends). */
const paths: Record<CaseStatus, [CaseActionType, CaseRole][]> = {
  ingediend: [["indienen", "aanmelder"]],
  ontvangen: [
    ["indienen", "aanmelder"],
    ["ontvangen", "verhuurder"],
  ],
  in_behandeling: [
    ["indienen", "aanmelder"],
    ["oppakken", "verhuurder"],
  ],
  aanbod_gedaan: [
    ["indienen", "aanmelder"],
    ["oppakken", "verhuurder"],
    ["aanbod_doen", "verhuurder"],
  ],
  aanvaard: [
    ["indienen", "aanmelder"],
    ["oppakken", "verhuurder"],
    ["aanbod_doen", "verhuurder"],
    ["aanvaarden", "begeleider"],
  ],
  geweigerd: [
    ["indienen", "aanmelder"],
    ["oppakken", "verhuurder"],
    ["aanbod_doen", "verhuurder"],
    ["weigeren", "begeleider"],
  ],
  geplaatst: [
    ["indienen", "aanmelder"],
    ["oppakken", "verhuurder"],
    ["aanbod_doen", "verhuurder"],
    ["aanvaarden", "begeleider"],
    ["huurovereenkomst", "verhuurder"],
  ],
  geevalueerd: [
    ["indienen", "aanmelder"],
    ["oppakken", "verhuurder"],
    ["aanbod_doen", "verhuurder"],
    ["aanvaarden", "begeleider"],
    ["huurovereenkomst", "verhuurder"],
    ["evalueren", "begeleider"],
  ],
  afgesloten: [
    ["indienen", "aanmelder"],
    ["oppakken", "meldpunt"],
    ["afsluiten", "meldpunt"],
  ],
  ingetrokken: [
    ["indienen", "aanmelder"],
    ["intrekken", "aanmelder"],
  ],
  afgewezen: [
    ["indienen", "aanmelder"],
    ["afwijzen", "beoordelaar"],
  ],
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

const step = (history: CaseHistoryEntry[], type: CaseActionType, role: CaseRole, variant = 1) =>
  decideCaseStep({
    history,
    senderPartyId: partyOf.aanmelder,
    participants,
    action: actionFor(type, variant),
    actor: { partyId: partyOf[role], memberId: "m-1" },
    at: at(50),
  });

describe("case lifecycle table, row by row", () => {
  for (const row of caseTransitionTable) {
    const froms = row.from.length === 0 ? [null] : row.from;
    for (const from of froms) {
      for (const role of caseRoles) {
        const mayAct = caseTransitionTable.some(
          (r) =>
            r.action === row.action &&
            (from === null ? r.from.length === 0 : r.from.includes(from)) &&
            r.roles.includes(role),
        );
        it(`${from ?? "(nieuw)"} + ${row.action} by ${role} -> ${mayAct ? (row.to === "=" ? from : row.to) : "not_allowed"}`, () => {
          const history = from === null ? [] : run(paths[from]);
          const before = structuredClone(history);
          if (from === "ingediend" && row.action === "indienen") return;
          if (!mayAct) {
            const error = caught(() => step(history, row.action, role));
            expect(error.code).toBe("not_allowed");
            expect(error.message_nl).toContain(row.action.replace(/_/g, " "));
            expect(error.message_en).toContain("may only be taken by");
          } else {
            const result = step(history, row.action, role);
            expect(result.noop).toBe(false);
            const target = caseTransitionTable.find(
              (r) =>
                r.action === row.action &&
                (from === null ? r.from.length === 0 : r.from.includes(from)) &&
                r.roles.includes(role),
            )!;
            expect(result.entry).toMatchObject({
              action: row.action,
              from,
              to: target.to === "=" ? from : target.to,
              actorPartyId: partyOf[role],
              actorRole: role,
              seq: history.length,
            });
            expect(result.state.status).toBe(result.entry.to);
          }
          expect(history).toEqual(before); // pure: the input history is never changed
        });
      }
    }
  }
});

describe("every step the table does not name is refused and changes nothing", () => {
  for (const status of caseStatuses) {
    for (const action of CaseActionTypeSchema.options) {
      if (caseTransitionTable.some((r) => r.action === action && r.from.includes(status))) continue;
      it(`${status} + ${action} -> invalid_transition`, () => {
        const history = run(paths[status]);
        if (status === "ingediend" && action === "indienen") {
          // A second submit by the sender is a double click: one case, no error.
          expect(step(history, action, "aanmelder", 0).noop).toBe(true);
          return;
        }
        const error = caught(() => step(history, action, "aanmelder"));
        expect(error.code).toBe("invalid_transition");
        if (finalCaseStatuses.includes(status)) expect(error.message_nl).toContain("alleen een notitie");
        else {
          expect(error.message_nl).toContain(status.replace(/_/g, " "));
          expect(error.message_en).toContain("not possible");
        }
      });
    }
  }
  it("a case starts only with indienen", () => {
    expect(caught(() => step([], "ontvangen", "verhuurder")).code).toBe("invalid_transition");
  });
});

describe("the chain as a caseworker lives it", () => {
  it("LV: voordracht -> aanbod -> aanvaard -> geplaatst -> geevalueerd -> afgesloten, status derived from history", () => {
    const history = run([...paths.geevalueerd, ["afsluiten", "verhuurder"]]);
    expect(history.map((h) => h.to)).toEqual([
      "ingediend",
      "in_behandeling",
      "aanbod_gedaan",
      "aanvaard",
      "geplaatst",
      "geevalueerd",
      "afgesloten",
    ]);
    const state = deriveCaseState(history);
    expect(state).toMatchObject({
      status: "afgesloten",
      offerPartyId: "p-verhuurder",
      offeredOn: "2026-03-10",
      leaseStart: "2026-03-10",
      lastEvaluation: "2026-03-10",
    });
  });

  it("KW: the Meldpunt records kwetsbaarheid and hands over; the status stays in behandeling", () => {
    const history = run([
      ["indienen", "aanmelder"],
      ["oppakken", "meldpunt"],
      ["kwetsbaarheid_vastleggen", "meldpunt"],
      ["overdragen", "meldpunt"],
    ]);
    const state = deriveCaseState(history);
    expect(state).toMatchObject({
      status: "in_behandeling",
      vulnerabilityEstablished: true,
      regiehouderPartyId: "p-regiehouder",
    });
  });

  it("only the landlord that made the accepted offer records the lease", () => {
    const other: CaseParticipant[] = [...participants, { partyId: "p-verhuurder-2", caseRole: "verhuurder", stage: 1 }];
    const history = run(paths.aanvaard);
    const error = caught(() =>
      decideCaseStep({
        history,
        senderPartyId: partyOf.aanmelder,
        participants: other,
        action: { type: "huurovereenkomst", on: "2026-04-01" },
        actor: { partyId: "p-verhuurder-2" },
        at: at(9),
      }),
    );
    expect(error.code).toBe("not_allowed");
    expect(error.message_nl).toContain("aanvaarde aanbod");
  });

  it("a party of a later stage acts only after doorzetten (LV noodwoning chain)", () => {
    const staged: CaseParticipant[] = [
      { partyId: "p-meldpunt", caseRole: "meldpunt", stage: 1 },
      { partyId: "p-limor", caseRole: "begeleider", stage: 2 },
    ];
    const history: CaseHistoryEntry[] = [];
    const act = (type: CaseActionType, partyId: string) => {
      const r = decideCaseStep({
        history,
        senderPartyId: "p-aanmelder",
        participants: staged,
        action: actionFor(type),
        actor: { partyId },
        at: at(history.length),
      });
      history.push(r.entry);
      return r;
    };
    act("indienen", "p-aanmelder");
    expect(caught(() => act("ontvangen", "p-limor")).code).toBe("not_allowed");
    act("oppakken", "p-meldpunt");
    expect(act("doorzetten", "p-meldpunt").state.stage).toBe(2);
    expect(act("notitie", "p-limor").entry.actorRole).toBe("begeleider");
  });

  it("withdrawing and refusing need a reason", () => {
    const history = run(paths.ingediend);
    const error = caught(() =>
      decideCaseStep({
        history,
        senderPartyId: partyOf.aanmelder,
        participants,
        action: { type: "intrekken" } as CaseAction,
        actor: { partyId: partyOf.aanmelder },
        at: at(3),
      }),
    );
    expect(error.code).toBe("invalid_input");
    expect(error.issues.some((i) => i.field.includes("reason"))).toBe(true);
  });

  it("a date before the aanmelding is refused", () => {
    const history = run(paths.in_behandeling);
    const error = caught(() =>
      decideCaseStep({
        history,
        senderPartyId: partyOf.aanmelder,
        participants,
        action: { type: "aanbod_doen", on: "2026-01-01" },
        actor: { partyId: partyOf.verhuurder },
        at: at(3),
      }),
    );
    expect(error.code).toBe("invalid_input");
    expect(error.issues[0]?.field).toBe("on");
  });
});

describe("retries change nothing (Teams retries invokes)", () => {
  it("the same action key twice is one step", () => {
    const history = run(paths.in_behandeling);
    const input = {
      history,
      senderPartyId: partyOf.aanmelder,
      participants,
      action: { type: "notitie", note: "gebeld", category: "process" } as CaseAction,
      actor: { partyId: partyOf.verhuurder },
      at: at(5),
      actionKey: "invoke-1",
    };
    const first = decideCaseStep(input);
    expect(first.noop).toBe(false);
    const again = decideCaseStep({ ...input, history: [...history, first.entry], at: at(6) });
    expect(again.noop).toBe(true);
    expect(again.entry).toEqual(first.entry);
  });

  it("the same party repeating the step that made the status is a no-op, not an error", () => {
    const history = run(paths.aanbod_gedaan);
    const again = decideCaseStep({
      history,
      senderPartyId: partyOf.aanmelder,
      participants,
      action: actionFor("aanbod_doen"),
      actor: { partyId: partyOf.verhuurder },
      at: at(9),
    });
    expect(again.noop).toBe(true);
    if (again.noop) expect(again.reason.nl).toContain("Al gedaan");
  });

  it("assigning to the colleague who already has the case is a no-op; another colleague is a new step", () => {
    const history = run(paths.in_behandeling);
    const assign = (memberId: string, n: number) =>
      decideCaseStep({
        history,
        senderPartyId: partyOf.aanmelder,
        participants,
        action: { type: "toewijzen", assigneeMemberId: memberId, assigneeName: `Collega ${memberId}` },
        actor: { partyId: partyOf.verhuurder },
        at: at(n),
      });
    const first = assign("m-1", 5);
    history.push(first.entry);
    const again = assign("m-1", 6);
    expect(again.noop).toBe(true);
    if (again.noop) expect(again.reason.nl).toBe("Al toegewezen aan Collega m-1.");
    const other = assign("m-2", 7);
    expect(other.noop).toBe(false);
    expect(deriveCaseState([...history, other.entry]).assignees[partyOf.verhuurder]).toEqual({
      memberId: "m-2",
      name: "Collega m-2",
    });
  });
});
