import {
  isDomainError,
  isValidOn,
  listRulebooks,
  type IsoDate,
  type Language,
  type Party,
  type Rulebook,
  type SignalAction as SignalStep,
  type SignalType,
} from "@convenantbot/domain";
import type { CardVerb } from "@convenantbot/contract/card-verbs";
import { msg, outcomeCard, signalFormCard, signalsListCard } from "@convenantbot/cards";
import type { SignalPresenter } from "../signals/signal-presenter.js";
import type { SignalActor, SignalService } from "../signals/signal-service.js";
import {
  describeIssues,
  signalBodyFromForm,
  signalFormFields,
  signalFormLabels,
  signalFormTypes,
} from "../signals/signal-form.js";
import type { BotPorts, Caseworker } from "../ports.js";
import { card, text, type Reply } from "./reply.js";
import { keep, notUnderstood, type RouteResult, type TurnScope } from "./turn.js";
import type { VerbRows } from "./verb-rows.js";

export interface SignalDeps {
  service: SignalService;
  presenter: SignalPresenter;
}

interface Scope {
  caseworker: Caseworker;
  lang: Language;
  today: IsoDate;
  correlationId: string;
  ports: BotPorts;
}

const actorOf = (caseworker: Caseworker): SignalActor => ({
  partyId: caseworker.partyId,
  role: caseworker.role,
  actor: `member:${caseworker.id}`,
  memberId: caseworker.id,
});

/** The rulebook a caseworker signals under: the valid one whose parties include theirs. */
function rulebookFor(caseworker: Caseworker, today: IsoDate): { rulebook: Rulebook; sender: Party } | undefined {
  for (const rulebook of listRulebooks()) {
    const sender = rulebook.parties.find((p) => p.id === caseworker.partyId);
    if (sender && isValidOn(rulebook, today)) return { rulebook, sender };
  }
  return undefined;
}

const refused = (lang: Language) =>
  text(
    msg(lang, "bot.signalRefused", {
      reason:
        lang === "nl" ? "je partij hoort bij geen regeling die nu geldt" : "your party belongs to no rulebook in force",
    }),
  );

/** The form; without a type (and more than one possible) it first asks which type. */
function formCard(
  scope: Scope,
  found: { rulebook: Rulebook; sender: Party },
  prefill: Record<string, string>,
  notice?: string,
): Reply {
  const types = signalFormTypes(found.rulebook, found.sender);
  const chosen = prefill["type"] ?? (types.length === 1 ? types[0]!.value : undefined);
  return card(
    signalFormCard({
      types,
      rulebookId: found.rulebook.id,
      rulebookTitle: found.rulebook.title,
      fields:
        chosen && types.some((t) => t.value === chosen)
          ? signalFormFields(found.rulebook, found.sender, chosen as SignalType)
          : [],
      prefill,
      ...(notice ? { notice } : {}),
      lang: scope.lang,
    }),
  );
}

/** The caseworker's own aanmelding a typed reference means: its id or the id's first characters. */
async function ownAanmelding(scope: Scope, reference: string) {
  if (reference.length < 6) return undefined;
  const cases = await scope.ports.listAanmeldingen(scope.caseworker.id);
  // The case kenmerk ("LV-2026-0012", typed in any case) names one aanmelding exactly.
  const byKenmerk = cases.find(
    (c) => c.kenmerk !== undefined && c.kenmerk === reference.toUpperCase().replace(/\s+/g, ""),
  );
  if (byKenmerk) return byKenmerk;
  const matches = cases.filter((c) => c.id.startsWith(reference.toLowerCase()));
  return matches.length === 1 ? matches[0] : undefined;
}

/**
 * "signaal" alone: the form. "signaal <kenmerk>": the signal with that kenmerk
 * ("HA-2026-0012", or the tab's eight characters) when the caseworker may see it, else
 * the form prefilled from their aanmelding with that kenmerk (its support party included,
 * so routing reads the case instead of a choice typed again).
 */
export async function signalForm(scope: Scope, caseRef?: string, deps?: SignalDeps): Promise<Reply[]> {
  const found = rulebookFor(scope.caseworker, scope.today);
  if (caseRef && deps) {
    const signal = await deps.service.findByReference(caseRef, scope.caseworker);
    if (signal) {
      const stored = await deps.service.read(signal.id, actorOf(scope.caseworker), scope.correlationId);
      const shown = await deps.presenter.cardFor(stored, scope.caseworker, scope.lang);
      if (shown) return [card(shown)];
    }
  }
  if (!found) return [refused(scope.lang)];
  const prefill: Record<string, string> = {};
  if (caseRef) {
    const aanmelding = await ownAanmelding(scope, caseRef);
    if (!aanmelding)
      return [
        text(
          scope.lang === "nl"
            ? `Ik vind geen signaal of aanmelding van je met kenmerk '${caseRef}'. Typ 'mijn signalen' of 'mijn aanmeldingen' voor je kenmerken.`
            : `I find no signal or aanmelding of yours with reference '${caseRef}'. Type 'mijn signalen' or 'mijn aanmeldingen' for your references.`,
        ),
      ];
    prefill["aanmeldingId"] = aanmelding.id;
    if (aanmelding.supportPartyId) prefill["supportPartyId"] = aanmelding.supportPartyId;
  }
  return [formCard(scope, found, prefill)];
}

/** Values as the card sends them back, to show the form again exactly as it was filled in. */
function asPrefill(data: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(data)
      .filter(
        ([k, v]) => k !== "rulebook" && (typeof v === "string" || typeof v === "number" || typeof v === "boolean"),
      )
      .map(([k, v]) => [k, String(v)]),
  );
}

export async function sendSignal(data: Record<string, unknown>, scope: Scope, deps: SignalDeps): Promise<Reply[]> {
  const found = rulebookFor(scope.caseworker, scope.today);
  if (!found) return [refused(scope.lang)];
  const { lang } = scope;
  const type = typeof data["type"] === "string" ? data["type"] : undefined;
  const prefill = asPrefill(data);
  // The short kenmerk of the caseworker's own aanmelding ("a90359a4") means that aanmelding.
  const typedCase = typeof data["aanmeldingId"] === "string" ? data["aanmeldingId"].trim() : "";
  const aanmelding = typedCase ? await ownAanmelding(scope, typedCase) : undefined;
  const form = signalBodyFromForm(
    aanmelding ? { ...data, aanmeldingId: aanmelding.id } : data,
    found.rulebook.id,
    scope.today,
  );
  if (!form.ok) {
    if ("confirm" in form) {
      // Ask, keep everything typed: the same form with one tick box more.
      const fields = { ...prefill, amountConfirmed: "false" };
      return [formCardWithConfirm(scope, found, fields, form.confirm[lang])];
    }
    return [formCard(scope, found, prefill, describeIssues(form.issues, type, lang))];
  }
  // One card submit is one signal: the submit's activity is not retried by Teams, the invoke is.
  const idempotencyKey = `card:${scope.correlationId}`;
  let result;
  try {
    result = await deps.service.submit({
      body: form.body,
      sender: actorOf(scope.caseworker),
      idempotencyKey,
      correlationId: scope.correlationId,
    });
  } catch (error) {
    // The domain refused (a field, or routing): say what to fix on the same, still filled-in form.
    if (!isDomainError(error) || (error.code !== "invalid_input" && error.code !== "not_allowed")) throw error;
    const notice =
      error.issues.length > 0
        ? describeIssues(error.issues, type, lang)
        : lang === "nl"
          ? error.message_nl
          : error.message_en;
    return [formCard(scope, found, prefill, notice)];
  }
  const own = await deps.presenter.cardFor(result.signal, scope.caseworker, lang);
  const to = result.recipients.map((r) => r.partyName).join(", ");
  const kenmerk = result.signal.kenmerk ?? result.signal.id.slice(0, 8);
  return [text(`${msg(lang, "bot.signalSent", { id: kenmerk })} → ${to}`), ...(own ? [card(own)] : [])];
}

function formCardWithConfirm(
  scope: Scope,
  found: { rulebook: Rulebook; sender: Party },
  prefill: Record<string, string>,
  notice: string,
): Reply {
  const reply = formCard(scope, found, prefill, notice);
  if (reply.kind !== "card") return reply;
  // The tick box right after the amount it confirms.
  const body = reply.card.body;
  const at = body.findIndex((e) => "id" in e && e.id === "amountInArrears");
  body.splice(at + 1, 0, {
    type: "Input.Toggle",
    id: "amountConfirmed",
    title: signalFormLabels["amountConfirmed"]![scope.lang],
    valueOn: "true",
    valueOff: "false",
    wrap: true,
  });
  return reply;
}

/** "mijn signalen": what the caseworker's party sent or received, newest first, with kenmerken. */
export async function signalList(scope: Scope, deps: SignalDeps): Promise<Reply[]> {
  const views = await deps.service.list(scope.caseworker, { limit: 50 });
  if (views.length === 0) return [text(msg(scope.lang, "signals.none"))];
  const items = [];
  for (const view of views) {
    items.push({
      id: view.id,
      kenmerk: view.kenmerk,
      type: view.type,
      status: view.own?.status ?? view.lifecycles[0]?.status ?? "nieuw",
      createdAt: view.createdAt,
      direction:
        view.senderPartyId === scope.caseworker.partyId && !view.own ? ("sent" as const) : ("received" as const),
      otherParty:
        view.senderPartyId === scope.caseworker.partyId
          ? (await Promise.all(view.lifecycles.map((l) => deps.presenter.partyName(l.ownerPartyId)))).join(", ")
          : await deps.presenter.partyName(view.senderPartyId),
      overdue: view.overdue,
    });
  }
  return [card(signalsListCard(items, scope.lang))];
}

/** The caseworker's own step on a signal (none: only the refresh), answered with the refreshed card. */
async function actOn(
  signalId: string,
  action: SignalStep | undefined,
  scope: Scope,
  deps: SignalDeps,
): Promise<Reply[]> {
  const replies: Reply[] = [];
  if (action) {
    const result = await deps.service.act({
      signalId,
      action,
      actor: actorOf(scope.caseworker),
      correlationId: scope.correlationId,
    });
    if (result.noop) replies.push(text(scope.lang === "nl" ? result.reason.nl : result.reason.en));
  }
  const stored = await deps.service.read(signalId, actorOf(scope.caseworker), scope.correlationId);
  const refreshed = await deps.presenter.cardFor(stored, scope.caseworker, scope.lang);
  return refreshed ? [card(refreshed), ...replies] : replies;
}

/** The form is replaced by a card saying nothing was sent (Teams swaps the clicked card). */
function cancelledForm(lang: Language): Reply[] {
  return [
    card(
      outcomeCard({
        lines: [msg(lang, "signalForm.cancelled")],
        next: msg(lang, "signalForm.cancelledNext"),
        lang,
      }),
    ),
  ];
}

/** Signal cards' and the signal form's verbs; without the signal service the bot does not know them. */
const withSignals =
  <Payload>(handle: (payload: Payload, scope: TurnScope, deps: SignalDeps) => Promise<Reply[]> | Reply[]) =>
  async (payload: Payload, scope: TurnScope): Promise<RouteResult> =>
    scope.signals ? keep(scope, await handle(payload, scope, scope.signals)) : notUnderstood(scope);

export const signalVerbs = {
  "signal.bevestigen": withSignals((p, scope, deps) => actOn(p.signalId, { type: "bevestigen" }, scope, deps)),
  "signal.oppakken": withSignals((p, scope, deps) => actOn(p.signalId, { type: "oppakken" }, scope, deps)),
  "signal.doorsturen": withSignals((p, scope, deps) =>
    actOn(p.signalId, { type: "doorsturen", toPartyId: p.forwardTo }, scope, deps),
  ),
  "signal.afsluiten": withSignals((p, scope, deps) =>
    actOn(p.signalId, { type: "afsluiten", outcome: (p.closeOutcome ?? "") as never }, scope, deps),
  ),
  "signal.refresh": withSignals((p, scope, deps) => actOn(p.signalId, undefined, scope, deps)),
  "signal.send": withSignals((p, scope, deps) => sendSignal(p, scope, deps)),
  "signal.form": withSignals((p, scope) => {
    const found = rulebookFor(scope.caseworker, scope.today);
    return found ? [formCard(scope, found, asPrefill(p))] : [refused(scope.lang)];
  }),
  "signal.cancel": withSignals((_p, scope) => cancelledForm(scope.lang)),
} satisfies Partial<VerbRows<CardVerb>>;
