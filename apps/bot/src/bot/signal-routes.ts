import { invalidInput, isValidOn, listRulebooks, type IsoDate } from "@convenantbot/domain";
import { msg, signalFormCard } from "@convenantbot/cards";
import type { SignalPresenter } from "../signals/signal-presenter.js";
import type { SignalActor, SignalService } from "../signals/signal-service.js";
import { signalBodyFromForm, signalFormFields, signalFormTypes } from "../signals/signal-form.js";
import type { BotPorts, Caseworker } from "../ports.js";
import { card, text, type Reply } from "./reply.js";

export interface SignalDeps {
  service: SignalService;
  presenter: SignalPresenter;
}

interface Scope {
  caseworker: Caseworker;
  lang: "nl" | "en";
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
function rulebookFor(caseworker: Caseworker, today: IsoDate) {
  return listRulebooks().find((r) => isValidOn(r, today) && r.parties.some((p) => p.id === caseworker.partyId));
}

/**
 * The signal form; with a case reference ("signaal 3f2a9c1e", the start of an aanmelding's
 * kenmerk) it is prefilled from that case of the caseworker: its kenmerk and support party,
 * so routing reads the case instead of a choice typed again.
 */
export async function signalForm(scope: Scope, caseRef?: string): Promise<Reply[]> {
  const rulebook = rulebookFor(scope.caseworker, scope.today);
  if (!rulebook) return [text(msg(scope.lang, "bot.signalRefused", { reason: scope.lang === "nl" ? "je partij hoort bij geen geldende regeling" : "your party belongs to no rulebook in force" }))];
  const prefill: Record<string, string> = {};
  if (caseRef) {
    const cases = await scope.ports.listAanmeldingen(scope.caseworker.id);
    const found = cases.find((c) => c.id.startsWith(caseRef.toLowerCase()));
    if (!found) return [text(scope.lang === "nl" ? `Je hebt geen aanmelding met kenmerk '${caseRef}'. Typ 'mijn aanmeldingen' voor je kenmerken.` : `No intake of yours with reference '${caseRef}'. Type 'mijn aanmeldingen' for your references.`)];
    prefill["aanmeldingId"] = found.id;
    if (found.supportPartyId) prefill["supportPartyId"] = found.supportPartyId;
  }
  return [
    card(
      signalFormCard({
        types: signalFormTypes,
        rulebookId: rulebook.id,
        rulebookTitle: rulebook.title,
        fields: signalFormFields(rulebook),
        prefill,
        lang: scope.lang,
      }),
    ),
  ];
}

export async function sendSignal(data: Record<string, unknown>, scope: Scope, deps: SignalDeps): Promise<Reply[]> {
  const rulebook = rulebookFor(scope.caseworker, scope.today);
  if (!rulebook) return signalForm(scope);
  const form = signalBodyFromForm(data, rulebook.id, scope.today);
  if (!form.ok) throw invalidInput(form.error);
  // One card submit is one signal: the submit's activity is not retried by Teams, the invoke is.
  const idempotencyKey = `card:${scope.correlationId}`;
  const result = await deps.service.submit({ body: form.body, sender: actorOf(scope.caseworker), idempotencyKey, correlationId: scope.correlationId });
  const own = await deps.presenter.cardFor(result.signal, scope.caseworker, scope.lang);
  const to = result.recipients.map((r) => r.partyName).join(", ");
  return [text(`${msg(scope.lang, "bot.signalSent", { id: result.signal.id })} → ${to}`), ...(own ? [card(own)] : [])];
}

const actions = {
  "signal.bevestigen": () => ({ type: "bevestigen" as const }),
  "signal.oppakken": () => ({ type: "oppakken" as const }),
  "signal.doorsturen": (data: Record<string, unknown>) => ({ type: "doorsturen" as const, toPartyId: String(data["forwardTo"] ?? "") }),
  "signal.afsluiten": (data: Record<string, unknown>) => ({ type: "afsluiten" as const, outcome: String(data["closeOutcome"] ?? "") as never }),
};

export function isSignalVerb(verb: string): boolean {
  return verb in actions || verb === "signal.refresh" || verb === "signal.send";
}

/** Card buttons: act on the caseworker's own lifecycle, answer with the refreshed card. */
export async function signalAction(verb: string, data: Record<string, unknown>, scope: Scope, deps: SignalDeps): Promise<Reply[]> {
  if (verb === "signal.send") return sendSignal(data, scope, deps);
  const signalId = typeof data["signalId"] === "string" ? data["signalId"] : "";
  const make = actions[verb as keyof typeof actions];
  const replies: Reply[] = [];
  if (make) {
    const result = await deps.service.act({ signalId, action: make(data), actor: actorOf(scope.caseworker), correlationId: scope.correlationId });
    if (result.noop) replies.push(text(scope.lang === "nl" ? result.reason.nl : result.reason.en));
  }
  const stored = await deps.service.read(signalId, actorOf(scope.caseworker), scope.correlationId);
  const refreshed = await deps.presenter.cardFor(stored, scope.caseworker, scope.lang);
  return refreshed ? [card(refreshed), ...replies] : replies;
}
