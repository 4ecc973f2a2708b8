import {
  allowedCaseActions,
  candidateFields,
  mayReadOwnReference,
  caseRolesOf,
  caseTerms,
  caseTransitionTable,
  caseVisibleCategories,
  casePartyRoles,
  deriveCaseState,
  rulebookVersionOf,
  landlordDutyFor,
  mayReadNote,
  redactCandidateFor,
  CandidateDetailsSchema,
  FieldCategorySchema,
  type CandidateDetails,
  type CaseActionType,
  type CaseRole,
  type IsoDate,
  type Language,
  type Localized,
  type PartyRole,
} from "@convenantbot/domain";
import type { CaseCardInput, CaseInputNeed } from "@convenantbot/cards";
import type { StoredCase } from "@convenantbot/store";
import { caseActionLabels, caseRoleLabels, caseStatusLabels, categoryLabels } from "./case-labels.js";
import { receiptSteps } from "./after-submit.js";

export interface CaseViewer {
  partyId: string;
  role: PartyRole;
  memberId?: string;
}

export interface CaseViewContext {
  lang: Language;
  today: IsoDate;
  partyName: (partyId: string) => string;
  memberName: (memberId: string) => string | undefined;
  colleagues: readonly { memberId: string; name: string }[];
  refreshUserIds: readonly string[];
}

/** The parties that have the case now: the sender, and recipients whose chain stage is reached. */
export function reachedParties(stored: StoredCase): string[] {
  const state = deriveCaseState(stored.history);
  const parties = new Set<string>();
  if (stored.senderPartyId) parties.add(stored.senderPartyId);
  for (const r of stored.recipients) if (r.stage <= state.stage) parties.add(r.partyId);
  return [...parties];
}

export function rolesOfViewer(stored: StoredCase, partyId: string): CaseRole[] {
  const state = deriveCaseState(stored.history);
  return caseRolesOf(partyId, stored.senderPartyId ?? "", stored.recipients, state.stage);
}

const shown = (value: unknown): string =>
  Array.isArray(value)
    ? value
        .map((m: { name?: string; dateOfBirth?: string }) => [m.name, m.dateOfBirth].filter(Boolean).join(" "))
        .join("; ")
    : String(value);

/** The candidate as this party may see it: the sender sees what it wrote, others by the privacy table. */
export function candidateFor(
  stored: StoredCase,
  viewer: CaseViewer,
): { fields: Partial<CandidateDetails>; withheld: Localized | undefined } {
  const parsed = CandidateDetailsSchema.safeParse(stored.candidate ?? {});
  if (!parsed.success) return { fields: {}, withheld: undefined };
  const rulebook = stored.aanmelding.rulebook;
  const fields =
    viewer.partyId === stored.senderPartyId ? parsed.data : redactCandidateFor(parsed.data, rulebook, viewer.role);
  const hidden = Object.keys(parsed.data).filter((k) => !(k in fields));
  const categories = caseVisibleCategories(rulebook, viewer.role);
  const withheld = hidden.length
    ? {
        nl: `Niet voor jouw partij (privacytabel van de regeling, o.a. LV art. 10 lid 2 en 6): ${hidden.length} gegeven(s). Jouw partij ziet: ${categories.map((c) => categoryLabels[c].nl).join(", ")}.`,
        en: `Not for your party (the rulebook's privacy table, e.g. LV art. 10(2) and (6)): ${hidden.length} field(s). Your party sees: ${categories.map((c) => categoryLabels[c].en).join(", ")}.`,
      }
    : undefined;
  return { fields, withheld };
}

function needsOf(action: CaseActionType): CaseInputNeed[] {
  const needs = new Set<CaseInputNeed>();
  for (const row of caseTransitionTable) if (row.action === action) for (const n of row.needs ?? []) needs.add(n);
  return [...needs];
}

/** The card input for one party; undefined when the party has nothing to do with the case. */
export function caseCardInputFor(
  stored: StoredCase,
  viewer: CaseViewer,
  ctx: CaseViewContext,
): CaseCardInput | undefined {
  const roles = rolesOfViewer(stored, viewer.partyId);
  if (roles.length === 0) return undefined;
  const { lang } = ctx;
  const state = deriveCaseState(stored.history);
  const rulebookId = stored.aanmelding.rulebook;
  const rulebook = rulebookVersionOf(rulebookId, stored.aanmelding.rulebookVersion);
  const { fields, withheld } = candidateFor(stored, viewer);
  const labelOf = new Map(candidateFields.map((f) => [f.field, f.label]));
  const mayReadPersonal =
    viewer.partyId === stored.senderPartyId || caseVisibleCategories(rulebookId, viewer.role).includes("identity");
  // The bot's reminders and escalations are for the party they name only.
  const visible = stored.history.filter(
    (entry) => entry.details["system"] !== true || entry.actorPartyId === viewer.partyId,
  );
  const history = visible.map((entry) => {
    const d = entry.details;
    let detail: string | undefined;
    if (entry.details["system"] === true) {
      const due = typeof d["due"] === "string" ? d["due"] : "";
      detail = `${String(d["termCode"] ?? "")} (${String(d["article"] ?? "")}), ${lang === "nl" ? "uiterlijk" : "due"} ${due}`;
      return { at: entry.at, actor: "Convenantbot", step: caseActionLabels[entry.action].done, detail };
    }
    if (entry.action === "notitie") {
      const category = FieldCategorySchema.safeParse(d["category"]);
      const readable =
        entry.actorPartyId === viewer.partyId ||
        (category.success && mayReadNote(rulebookId, viewer.role, category.data));
      detail = readable
        ? String(d["note"])
        : lang === "nl"
          ? "(notitie niet voor jouw partij)"
          : "(note not for your party)";
    } else if (typeof d["on"] === "string") detail = String(d["on"]);
    else if (typeof d["reason"] === "string") detail = mayReadPersonal ? String(d["reason"]) : undefined;
    else if (entry.action === "toewijzen")
      detail = entry.actorPartyId === viewer.partyId ? String(d["assigneeName"]) : undefined;
    else if (entry.action === "kwetsbaarheid_vastleggen")
      detail =
        d["established"] === true
          ? lang === "nl"
            ? "vastgesteld"
            : "established"
          : lang === "nl"
            ? "niet vastgesteld"
            : "not established";
    else if (entry.action === "overdragen") detail = ctx.partyName(String(d["toPartyId"]));
    return {
      at: entry.at,
      actor: ctx.partyName(entry.actorPartyId),
      step: caseActionLabels[entry.action].done,
      ...(detail ? { detail } : {}),
    };
  });
  const actions = allowedCaseActions(state.status, roles)
    .filter((a) => a !== "indienen")
    .map((action) => ({ action, label: caseActionLabels[action].button, needs: needsOf(action) }));
  const duty = viewer.role === "sociale_verhuurder" ? landlordDutyFor(rulebookId) : undefined;
  const handoverTargets = (rulebook?.parties ?? [])
    .filter((p) => casePartyRoles.regiehouderPartyId.includes(p.role) && p.id !== viewer.partyId)
    .map((p) => ({ partyId: p.id, name: p.name }));
  const assigned = state.assignees[viewer.partyId];
  // The sender's receipt says who got the case and what each does, until someone acts on it.
  const nextSteps =
    viewer.partyId === stored.senderPartyId && (state.status === "ingediend" || state.status === "ontvangen")
      ? receiptSteps(stored, ctx.partyName)
      : [];
  return {
    id: stored.aanmelding.id,
    ...(stored.aanmelding.kenmerk ? { kenmerk: stored.aanmelding.kenmerk } : {}),
    ...(stored.aanmelding.ownReference && mayReadOwnReference(viewer, stored.senderPartyId)
      ? { ownReference: stored.aanmelding.ownReference }
      : {}),
    lang,
    rulebookTitle: rulebook?.title ?? rulebookId,
    status: caseStatusLabels[state.status],
    viewerRole: {
      nl: roles.map((r) => caseRoleLabels[r].nl).join(" en "),
      en: roles.map((r) => caseRoleLabels[r].en).join(" and "),
    },
    candidate: Object.entries(fields).map(([field, value]) => ({
      label: labelOf.get(field as keyof CandidateDetails) ?? { nl: field, en: field },
      value: shown(value),
    })),
    ...(withheld ? { withheld } : {}),
    recipients: stored.recipients.map((r) => ({
      name: ctx.partyName(r.partyId),
      role: caseRoleLabels[r.caseRole],
      reached: r.stage <= state.stage,
    })),
    ...(duty ? { duty: { nl: `${duty.text.nl} (${duty.article})`, en: `${duty.text.en} (${duty.article})` } } : {}),
    terms: rulebook
      ? caseTerms(rulebook.deadlines, state, ctx.today).map((t) => ({
          title: t.title,
          article: t.article,
          due: t.due,
          overdue: t.overdue,
          kind: t.kind,
          ...(t.metOn ? { metOn: t.metOn } : {}),
        }))
      : [],
    history,
    ...(assigned ? { assignedTo: assigned.name } : {}),
    ...(nextSteps.length > 0 ? { nextSteps } : {}),
    actions,
    colleagues: ctx.colleagues,
    handoverTargets,
    noteCategories: caseVisibleCategories(rulebookId, viewer.role)
      .filter((c) => c !== "justice" || viewer.role === "reclassering")
      .map((value) => ({ value, label: categoryLabels[value] })),
    refreshUserIds: ctx.refreshUserIds,
  };
}
