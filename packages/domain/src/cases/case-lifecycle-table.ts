import { z } from "zod";

/** Where a shared case (an aanmelding after submit) stands; derived from its history, never stored alone. */
export const CaseStatusSchema = z.enum([
  "ingediend",
  "ontvangen",
  "in_behandeling",
  "aanbod_gedaan",
  "aanvaard",
  "geweigerd",
  "geplaatst",
  "geevalueerd",
  "afgesloten",
  "ingetrokken",
  "afgewezen",
]);
export type CaseStatus = z.infer<typeof CaseStatusSchema>;
export const caseStatuses: readonly CaseStatus[] = CaseStatusSchema.options;

/** Statuses after which nothing but a note can happen. */
export const finalCaseStatuses: readonly CaseStatus[] = ["afgesloten", "ingetrokken", "afgewezen"];
export const openCaseStatuses: readonly CaseStatus[] = caseStatuses.filter((s) => !finalCaseStatuses.includes(s));

export const CaseActionTypeSchema = z.enum([
  "indienen",
  "ontvangen",
  "oppakken",
  "aanbod_doen",
  "aanvaarden",
  "weigeren",
  "huurovereenkomst",
  "evalueren",
  "afsluiten",
  "intrekken",
  "afwijzen",
  // Steps that keep the status but belong in the same history.
  "toewijzen",
  "notitie",
  "kwetsbaarheid_vastleggen",
  "overdragen",
  "doorzetten",
  "woonbegeleiding_gestart",
  "uitkering_huur_gestart",
]);
export type CaseActionType = z.infer<typeof CaseActionTypeSchema>;

/**
 * Lines the bot itself writes into a case's history (never a caseworker's step, so not in the
 * transition table and not accepted from a card, the tab or the API): a reminder before a term
 * lapses and the escalation after it (case-reminders.ts).
 */
export const CaseSystemActionSchema = z.enum(["herinnering", "escalatie"]);
export type CaseSystemAction = z.infer<typeof CaseSystemActionSchema>;
export const CaseHistoryActionSchema = z.enum([...CaseActionTypeSchema.options, ...CaseSystemActionSchema.options]);
export type CaseHistoryAction = z.infer<typeof CaseHistoryActionSchema>;

/**
 * A party's part in one case, decided by the hand-off routing (handoff-table.ts), not by its
 * organisation type alone: the same zorgorganisatie is "aanmelder" of its own voordracht and
 * "begeleider" of another's.
 */
export const CaseRoleSchema = z.enum(["aanmelder", "verhuurder", "begeleider", "meldpunt", "beoordelaar"]);
export type CaseRole = z.infer<typeof CaseRoleSchema>;
export const caseRoles: readonly CaseRole[] = CaseRoleSchema.options;

export interface CaseTransition {
  action: CaseActionType;
  from: readonly CaseStatus[];
  /** "=": the step is recorded in the history and the status stays as it was. */
  to: CaseStatus | "=";
  roles: readonly CaseRole[];
  /** The step needs a reason (intrekken, afwijzen) or a date of the real event. */
  needs?: readonly ("reason" | "on" | "note" | "assignee" | "established" | "toPartyId")[];
  article: string;
  assumed?: string;
}

const RECEIVERS: readonly CaseRole[] = ["verhuurder", "begeleider", "meldpunt", "beoordelaar"];
const HANDLERS: readonly CaseRole[] = ["verhuurder", "meldpunt", "beoordelaar"];
const ALL: readonly CaseRole[] = caseRoles;
const OPEN = openCaseStatuses;

/**
 * The whole lifecycle of a case in one table (in the spirit of the signals one). A step not
 * in this table, or by a role not named in its row, is refused and changes nothing.
 */
export const caseTransitionTable: readonly CaseTransition[] = [
  {
    action: "indienen",
    from: [],
    to: "ingediend",
    roles: ["aanmelder"],
    article: "LV art. 4 lid 1; KW Verplichtingen 1; MH 3; GV",
  },
  {
    action: "ontvangen",
    from: ["ingediend"],
    to: "ontvangen",
    roles: RECEIVERS,
    article: "ontvangstbevestiging",
    assumed:
      "ASSUMED: de bron noemt geen ontvangstbevestiging; de eerste ontvanger die bevestigt, zet de zaak op ontvangen.",
  },
  // One click: taking up counts as receipt, as with signals.
  {
    action: "oppakken",
    from: ["ingediend", "ontvangen"],
    to: "in_behandeling",
    roles: HANDLERS,
    article: "LV art. 5 lid 4; KW Verplichtingen 2 (Meldpunt)",
  },
  // An offer straight from the voordracht counts as receipt: one click, as with oppakken.
  {
    action: "aanbod_doen",
    from: ["ingediend", "ontvangen", "in_behandeling"],
    to: "aanbod_gedaan",
    roles: ["verhuurder"],
    needs: ["on"],
    article: "LV art. 4 lid 5, art. 5 lid 4",
  },
  {
    action: "aanbod_doen",
    from: ["geweigerd"],
    to: "aanbod_gedaan",
    roles: ["verhuurder"],
    needs: ["on"],
    article: "LV art. 4 lid 5",
    assumed:
      "ASSUMED: elke verhuurder biedt één keer aan (art. 4 lid 5); na een weigering mag een andere passende verhuurder aanbieden.",
  },
  {
    action: "aanvaarden",
    from: ["aanbod_gedaan"],
    to: "aanvaard",
    roles: ["aanmelder", "begeleider", "verhuurder"],
    article: "LV art. 4 lid 5",
  },
  {
    action: "weigeren",
    from: ["aanbod_gedaan"],
    to: "geweigerd",
    roles: ["aanmelder", "begeleider", "verhuurder"],
    needs: ["reason"],
    article: "LV art. 4 lid 5",
  },
  {
    action: "huurovereenkomst",
    from: ["aanvaard"],
    to: "geplaatst",
    roles: ["verhuurder"],
    needs: ["on"],
    article: "LV art. 4 lid 9 (tijdelijke huurovereenkomst)",
  },
  {
    action: "evalueren",
    from: ["geplaatst", "geevalueerd"],
    to: "geevalueerd",
    roles: ["verhuurder", "begeleider"],
    needs: ["on"],
    article: "LV art. 4 lid 9, art. 5 lid 11",
  },
  {
    action: "afsluiten",
    from: ["geevalueerd"],
    to: "afgesloten",
    roles: ["verhuurder", "begeleider", "aanmelder"],
    needs: ["reason"],
    article: "LV art. 4 lid 9",
  },
  {
    action: "afsluiten",
    from: ["in_behandeling"],
    to: "afgesloten",
    roles: ["meldpunt", "beoordelaar"],
    needs: ["reason"],
    article: "KW Verplichtingen 2 (overdracht); GV",
  },
  {
    action: "afsluiten",
    from: ["geweigerd"],
    to: "afgesloten",
    roles: ["aanmelder", "verhuurder"],
    needs: ["reason"],
    article: "LV art. 4 lid 5",
  },
  {
    action: "intrekken",
    from: OPEN,
    to: "ingetrokken",
    roles: ["aanmelder"],
    needs: ["reason"],
    article: "LV art. 4 lid 1 (de voordrager)",
  },
  {
    action: "afwijzen",
    from: ["ingediend", "ontvangen", "in_behandeling"],
    to: "afgewezen",
    roles: HANDLERS,
    needs: ["reason"],
    article: "LV art. 4 lid 3-4; KW.DOELGROEP",
  },
  {
    action: "toewijzen",
    from: OPEN,
    to: "=",
    roles: ALL,
    needs: ["assignee"],
    article: "werkverdeling",
    assumed:
      "ASSUMED: elke betrokken partij wijst de zaak toe aan een eigen collega; daarna gaan haar kaarten naar die persoon.",
  },
  {
    action: "notitie",
    from: caseStatuses,
    to: "=",
    roles: ALL,
    needs: ["note"],
    article: "LV art. 10 (gegevensdeling)",
  },
  {
    action: "kwetsbaarheid_vastleggen",
    from: ["ontvangen", "in_behandeling"],
    to: "=",
    roles: ["meldpunt"],
    needs: ["established"],
    article: "KW Doelgroep; Verplichtingen 2 (Meldpunt)",
  },
  {
    action: "overdragen",
    from: ["in_behandeling"],
    to: "=",
    roles: ["meldpunt"],
    needs: ["toPartyId"],
    article: "KW Verplichtingen 2 (overdracht aan regiehouder)",
  },
  {
    action: "doorzetten",
    from: ["ontvangen", "in_behandeling"],
    to: "=",
    roles: ["meldpunt", "begeleider"],
    article: "LV art. 6 lid 1-3 (Meldpunt -> LIMOR -> verhuurders)",
  },
  {
    action: "woonbegeleiding_gestart",
    from: ["aanvaard", "geplaatst", "geevalueerd"],
    to: "=",
    roles: ["begeleider", "aanmelder"],
    needs: ["on"],
    article: "LV art. 4 lid 10 en 13",
  },
  {
    action: "uitkering_huur_gestart",
    from: ["ontvangen", "in_behandeling"],
    to: "=",
    roles: ["meldpunt"],
    needs: ["on"],
    article: "KW Verplichtingen 3 (Gemeente: huur uit de uitkering)",
    assumed: "ASSUMED: het Meldpunt legt de start vast; Sociale zaken is geen ontvanger van de aanmelding.",
  },
];

/** The rows for an action from a status (more than one row can name different roles). */
export function transitionsFor(action: CaseActionType, from: CaseStatus | null): CaseTransition[] {
  return caseTransitionTable.filter(
    (t) => t.action === action && (from === null ? t.from.length === 0 : t.from.includes(from)),
  );
}

/** Actions a set of roles may take in a status. */
export function allowedCaseActions(from: CaseStatus, roles: readonly CaseRole[]): CaseActionType[] {
  const set = new Set<CaseActionType>();
  for (const t of caseTransitionTable)
    if (t.from.includes(from) && t.roles.some((r) => roles.includes(r))) set.add(t.action);
  return [...set];
}
