import { randomUUID } from "node:crypto";
import {
  CandidateDetailsSchema,
  candidateFieldsFor,
  landlordDutyFor,
  nextQuestions,
  parseOwnReference,
  redactCandidateFor,
  resolveRulebook,
  type CandidateDetails,
  type Language,
  type Localized,
} from "@convenantbot/domain";
import { candidateFormCard, caseReviewCard, msg, OWN_REFERENCE_INPUT } from "@convenantbot/cards";
import type { Caseworker } from "../ports.js";
import { card, text, type Reply } from "../bot/reply.js";
import { caseRoleLabels, categoryLabels } from "../cases/case-labels.js";
import { caseActorOf, type CaseDeps } from "../cases/case-routes.js";
import { proposalsFor, render, type FlowResult } from "./intake-flow.js";
import type { IntakeState } from "./intake-state.js";

const formFields = (rulebookId: string) =>
  candidateFieldsFor(rulebookId).map((f) => ({ field: f.field, label: f.label, category: categoryLabels[f.category] }));

const asText = (value: unknown): string =>
  Array.isArray(value)
    ? value
        .map((m: { name?: string; dateOfBirth?: string }) => [m.name, m.dateOfBirth].filter(Boolean).join(", "))
        .join("\n")
    : value === undefined
      ? ""
      : String(value);

function prefillOf(candidate: Record<string, unknown> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(candidate ?? {}).map(([k, v]) => [k, asText(v)]));
}

function formReply(state: IntakeState, lang: Language, prefill?: Record<string, string>): Reply {
  const own: Record<string, string> = state.ownReference ? { [OWN_REFERENCE_INPUT]: state.ownReference } : {};
  return card(candidateFormCard({ fields: formFields(state.rulebook), prefill: { ...own, ...(prefill ?? {}) }, lang }));
}

/**
 * After the summary: the support party is chosen; the intake now asks the candidate details
 * (only when the outcome is not not_eligible: render() ends the intake for that outcome).
 */
export function chooseForCase(state: IntakeState, supportPartyId: string | undefined, lang: Language): FlowResult {
  const rulebook = resolveRulebook(state.rulebook, state.asOf);
  const step = nextQuestions(rulebook, state.facts, state.asOf);
  if (step.questions.length > 0 || step.result.outcome === "not_eligible") return render(state, lang);
  const proposals = proposalsFor(rulebook, state, step.result);
  const chosen = proposals.find((p) => p.partyId === supportPartyId);
  if (proposals.length > 0 && !chosen)
    return { state, replies: [text(msg(lang, "bot.chooseSupportParty")), ...render(state, lang).replies] };
  const next: IntakeState = {
    ...state,
    status: "details",
    supportPartyId: chosen?.partyId ?? null, // The intake id is the aanmelding's id: a repeated "Dien in" finds the one it stored.
    caseId: state.caseId ?? state.id ?? randomUUID(),
  };
  return { state: next, replies: [formReply(next, lang, prefillOf(state.candidate))] };
}

/** Card inputs -> candidate details; household members one per line "naam, jjjj-mm-dd". */
export function candidateFromForm(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of [
    "name",
    "dateOfBirth",
    "contactVia",
    "phone",
    "email",
    "currentAddress",
    "instelling",
    "intramuralCareEndsOn",
  ]) {
    const v = data[f];
    if (typeof v === "string" && v.trim() !== "") out[f] = v.trim();
  }
  const household = data["householdMembers"];
  if (typeof household === "string" && household.trim() !== "")
    out["householdMembers"] = household
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => {
        const [name, date] = line.split(",").map((p) => p.trim());
        return { name, ...(date ? { dateOfBirth: date } : {}) };
      });
  return out;
}

function issuesText(
  error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] },
  lang: Language,
): string {
  const names = new Map<string, Localized>(
    formFields("lv-zorgafhankelijk-2025")
      .concat(formFields("lv-noodwoning-2025"))
      .map((f) => [f.field, f.label]),
  );
  const lines = error.issues.map((i) => {
    const field = String(i.path[0] ?? "");
    const label = names.get(field)?.[lang] ?? field;
    return lang === "nl"
      ? `- ${label}: controleer dit veld (${i.message}).`
      : `- ${label}: check this field (${i.message}).`;
  });
  return `${lang === "nl" ? "Nog niet compleet:" : "Not complete yet:"}\n${lines.join("\n")}`;
}

/** The details submitted: checked, then the review step shows what each party will see. */
export function submitDetails(
  state: IntakeState,
  data: Record<string, unknown>,
  caseworker: Caseworker,
  deps: CaseDeps,
  lang: Language,
): FlowResult {
  const candidate = candidateFromForm(data);
  const allowed = new Set(candidateFieldsFor(state.rulebook).map((f) => f.field as string));
  const parsed = CandidateDetailsSchema.safeParse(
    Object.fromEntries(Object.entries(candidate).filter(([k]) => allowed.has(k))),
  );
  const own = parseOwnReference(data[OWN_REFERENCE_INPUT]);
  const typed = data[OWN_REFERENCE_INPUT];
  const typedOwn: Record<string, string> = typeof typed === "string" ? { [OWN_REFERENCE_INPUT]: typed } : {};
  if (!parsed.success || !own.ok) {
    const issues = [
      ...(parsed.success ? [] : [issuesText(parsed.error, lang)]),
      ...(own.ok ? [] : [lang === "nl" ? own.message_nl : own.message_en]),
    ];
    return {
      state: { ...state, status: "details", candidate },
      replies: [text(issues.join("\n")), formReply(state, lang, { ...prefillOf(candidate), ...typedOwn })],
    };
  }
  const { ownReference: _previous, ...rest } = state;
  const next: IntakeState = {
    ...rest,
    status: "reviewing",
    candidate: parsed.data as unknown as Record<string, unknown>,
    ...(own.value ? { ownReference: own.value } : {}),
  };
  return { state: next, replies: [card(reviewCard(next, parsed.data, caseworker, deps, lang))] };
}

function reviewCard(
  state: IntakeState,
  candidate: CandidateDetails,
  caseworker: Caseworker,
  deps: CaseDeps,
  lang: Language,
) {
  const recipients = deps.service.recipientsFor({
    rulebook: state.rulebook,
    asOf: state.asOf,
    facts: state.facts,
    senderPartyId: caseworker.partyId,
    supportPartyId: state.supportPartyId ?? null,
  });
  const defs = candidateFieldsFor(state.rulebook);
  return caseReviewCard({
    lang,
    ...(state.ownReference ? { ownReference: state.ownReference } : {}),
    recipients: recipients.map((r) => {
      const view = redactCandidateFor(candidate, state.rulebook, r.partyRole);
      const sees = defs
        .filter((d) => view[d.field] !== undefined)
        .map((d) => ({ label: d.label, value: asText(view[d.field]).replace(/\n/g, "; ") }));
      const withheld: Localized[] = defs
        .filter((d) => candidate[d.field] !== undefined && view[d.field] === undefined)
        .map((d) => d.label);
      const duty = r.partyRole === "sociale_verhuurder" ? landlordDutyFor(state.rulebook)?.text : undefined;
      return {
        name: r.partyName,
        role: caseRoleLabels[r.caseRole],
        reason: r.reason,
        article: r.article,
        ...(r.assumed ? { assumed: r.assumed } : {}),
        sees,
        withheld,
        later: r.stage > 1,
        ...(duty ? { duty } : {}),
      };
    }),
  });
}

export function editDetails(state: IntakeState, lang: Language): FlowResult {
  return { state: { ...state, status: "details" }, replies: [formReply(state, lang, prefillOf(state.candidate))] };
}

/** "Dien in": the case, its recipients and their card deliveries in one transaction. */
export async function submitCase(
  state: IntakeState,
  caseworker: Caseworker,
  deps: CaseDeps,
  lang: Language,
  correlationId: string,
): Promise<FlowResult> {
  const parsed = CandidateDetailsSchema.safeParse(state.candidate ?? {});
  if (state.status !== "reviewing" || !parsed.success || !state.caseId) return editDetails(state, lang);
  const rulebook = resolveRulebook(state.rulebook, state.asOf);
  const decision = nextQuestions(rulebook, state.facts, state.asOf).result;
  const actor = caseActorOf(caseworker);
  const result = await deps.service.submit({
    aanmeldingId: state.caseId,
    rulebook: rulebook.id,
    asOf: state.asOf,
    facts: state.facts,
    decision,
    supportPartyId: state.supportPartyId ?? null,
    candidate: parsed.data,
    ...(state.ownReference ? { ownReference: state.ownReference } : {}),
    sender: { ...actor, memberId: caseworker.id },
    correlationId,
  });
  const to = result.recipients
    .filter((r) => r.stage === 1)
    .map((r) => `${r.partyName} (${caseRoleLabels[r.caseRole][lang]})`);
  const later = result.recipients.filter((r) => r.stage > 1).map((r) => r.partyName);
  const kenmerk = result.kenmerk;
  const line =
    lang === "nl"
      ? `Aanmelding ingediend (kenmerk ${kenmerk}). Verstuurd naar: ${to.join(", ") || "niemand (deze regeling noemt geen ontvanger)"}.${later.length ? ` Daarna in de keten: ${later.join(", ")}.` : ""} Elke stap zie je op de kaart hieronder.`
      : `Aanmelding submitted (reference ${kenmerk}). Sent to: ${to.join(", ") || "nobody (this rulebook names no recipient)"}.${later.length ? ` Later in the chain: ${later.join(", ")}.` : ""} You see every step on the card below.`;
  const stored = await deps.service.read(result.aanmeldingId, actor, correlationId);
  const own = await deps.presenter.cardFor(
    stored,
    { partyId: caseworker.partyId, role: caseworker.role, memberId: caseworker.id },
    lang,
  );
  return { state: undefined, replies: [...(own ? [card(own)] : []), text(line)] };
}
