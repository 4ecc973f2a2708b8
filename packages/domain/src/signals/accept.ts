import { invalidInput } from "../common/domain-error.js";
import type { PartyRole } from "../parties/party.js";
import { CaseContextSchema, type CaseContext } from "./case-context.js";
import type { Instant } from "./dutch-date.js";
import { openSignalState, type SignalState } from "./lifecycle.js";
import { parseSignal } from "./parse-signal.js";
import { redactSignalFor, type RedactedSignal } from "./privacy.js";
import { routeSignal, type Recipient, type RouteResult } from "./routing.js";
import type { SignalSettings } from "./settings.js";
import { isEvictionImminent, signalDeadlines, type SignalDeadline } from "./signal-deadlines.js";
import type { Signal } from "./signal.js";
import { assertVroegsignaleringAllowed } from "./vroegsignalering.js";

export interface AcceptSignalInput {
  /** Untrusted: an HTTP body or card submit. */
  signal: unknown;
  /** From the authenticated user's party, never from the body. */
  senderRole: PartyRole;
  caseContext?: unknown;
  receivedAt: Instant;
  settings?: Partial<SignalSettings>;
}

export interface Delivery {
  recipient: Recipient;
  state: SignalState;
  /** What this recipient may see: store it or render it, never the full signal. */
  view: RedactedSignal;
  deadlines: SignalDeadline[];
}

export interface AcceptedSignal {
  signal: Signal;
  route: RouteResult;
  deliveries: Delivery[];
}

/**
 * LV art. 8.1: the landlord hears of an early end only when the woonbegeleidingsovereenkomst says
 * so. The signal and the case may both record it; any "false" wins (privacy fails closed). A
 * refusal (art. 10.5) needs no flag: every agreement must contain that clause.
 */
function mergeAgreement(context: CaseContext, signal: Signal): CaseContext {
  if (signal.type !== "einde_begeleiding") return context;
  const values = [
    context.woonbegeleidingsovereenkomstAllowsNotice,
    signal.woonbegeleidingsovereenkomstAllowsNotice,
  ].filter((v): v is boolean => v !== undefined);
  return { ...context, woonbegeleidingsovereenkomstAllowsNotice: values.length > 0 && values.every(Boolean) };
}

/**
 * The whole pure intake of a signal: validate, route, check the Wgs preconditions, and open
 * one lifecycle per recipient with its redacted view and deadlines. Any DomainError means
 * the signal is refused (422 / card message) and must not be stored.
 */
export function acceptSignal(input: AcceptSignalInput): AcceptedSignal {
  const signal = parseSignal(input.signal);
  const parsedContext = CaseContextSchema.safeParse(input.caseContext ?? {});
  if (!parsedContext.success) throw invalidInput(parsedContext.error, "caseContext");
  const caseContext = mergeAgreement(parsedContext.data, signal);

  const route = routeSignal({
    rulebook: signal.rulebook,
    type: signal.type,
    channel: signal.channel,
    senderPartyId: signal.senderPartyId,
    senderRole: input.senderRole,
    caseContext,
    // The convenant must be in force on the signal date; the statutory channel does not depend on it.
    ...(signal.channel === "convenant" ? { asOf: signal.signalDate } : {}),
    ...(input.settings ? { settings: input.settings } : {}),
  });
  if (signal.channel === "vroegsignalering") assertVroegsignaleringAllowed(signal, input.settings);

  const deliveries = route.recipients.map((recipient): Delivery => {
    const state = openSignalState({
      rulebook: signal.rulebook,
      type: signal.type,
      channel: signal.channel,
      senderPartyId: signal.senderPartyId,
      recipient: { partyId: recipient.partyId, role: recipient.role },
      receivedAt: input.receivedAt,
      evictionImminent: isEvictionImminent(signal),
      caseContext,
    });
    return {
      recipient,
      state,
      view: redactSignalFor(signal, recipient.role),
      deadlines: signalDeadlines(state, input.settings),
    };
  });
  return { signal, route, deliveries };
}
