import { CaseActionSchema, invalidInput, type CaseAction } from "@convenantbot/domain";
import { caseInputId } from "@convenantbot/cards";
import type { Caseworker } from "../ports.js";
import type { CardVerb } from "@convenantbot/contract/card-verbs";
import { card, text, type Reply } from "../bot/reply.js";
import { keep, notUnderstood } from "../bot/turn.js";
import type { VerbRows } from "../bot/verb-rows.js";
import type { CasePresenter } from "./case-presenter.js";
import type { CaseActor, CaseService } from "./case-service.js";

export interface CaseDeps {
  service: CaseService;
  presenter: CasePresenter;
}

interface Scope {
  caseworker: Caseworker;
  lang: "nl" | "en";
  correlationId: string;
}

export const caseActorOf = (caseworker: Caseworker): CaseActor => ({
  partyId: caseworker.partyId,
  role: caseworker.role,
  actor: `member:${caseworker.id}`,
  memberId: caseworker.id,
});

/** A card's inputs as the domain's step: dates, reasons, notes with their category, the assignee. */
export function caseActionFromCard(data: Record<string, unknown>): CaseAction {
  const type = String(data["action"] ?? "");
  // The card names each input after its step ("weigeren.reason"); cards posted before that,
  // the API and the tests send the plain key.
  const field = (key: string): unknown => data[caseInputId(type, key)] ?? data[key];
  const raw: Record<string, unknown> = { type };
  for (const key of ["on", "reason", "note", "category", "toPartyId"]) {
    const value = field(key);
    if (typeof value === "string" && value !== "") raw[key] = value;
  }
  if (type === "toewijzen") {
    raw["assigneeMemberId"] = field("assignee");
    raw["assigneeName"] = "-"; // the service fills in the colleague's name from the store
  }
  const established = field("established");
  if (type === "kwetsbaarheid_vastleggen") raw["established"] = established === true || established === "true";
  const positive = field("positive");
  if (type === "evalueren" && positive !== undefined) raw["positive"] = positive === true || positive === "true";
  const parsed = CaseActionSchema.safeParse(raw);
  if (!parsed.success) throw invalidInput(parsed.error, "action");
  return parsed.data;
}

/**
 * Case card buttons: take the step (idempotent by the invoke's own id: Teams retries it) and
 * answer with this party's refreshed card, which replaces the one clicked.
 */
export async function caseAction(
  verb: string,
  data: Record<string, unknown>,
  scope: Scope,
  deps: CaseDeps,
  actionKey: string,
): Promise<Reply[]> {
  const aanmeldingId = typeof data["aanmeldingId"] === "string" ? data["aanmeldingId"] : "";
  const actor = caseActorOf(scope.caseworker);
  const replies: Reply[] = [];
  if (verb === "case.act") {
    const result = await deps.service.act({
      aanmeldingId,
      action: caseActionFromCard(data),
      actor,
      actionKey,
      correlationId: scope.correlationId,
    });
    if (result.noop) replies.push(text(scope.lang === "nl" ? result.reason.nl : result.reason.en));
  }
  const stored = await deps.service.read(aanmeldingId, actor, scope.correlationId);
  const refreshed = await deps.presenter.cardFor(
    stored,
    { partyId: actor.partyId, role: actor.role, memberId: scope.caseworker.id },
    scope.lang,
  );
  return refreshed ? [card(refreshed), ...replies] : replies;
}

/** The case card's verbs; without the case service the bot does not know them. */
export const caseVerbs = {
  "case.act": async (payload, scope) =>
    scope.cases
      ? keep(scope, await caseAction("case.act", payload, scope, scope.cases, `card:${scope.correlationId}`))
      : notUnderstood(scope),
  "case.refresh": async (payload, scope) =>
    scope.cases
      ? keep(scope, await caseAction("case.refresh", payload, scope, scope.cases, `card:${scope.correlationId}`))
      : notUnderstood(scope),
} satisfies Partial<VerbRows<CardVerb>>;
