import { DomainError, type FieldIssue } from "../common/domain-error.js";
import type { IsoDate } from "../common/iso-date.js";
import type { Localized } from "../common/localized.js";
import type { Party, PartyRole } from "../parties/party.js";
import type { Rulebook } from "../rulebooks/rulebook.js";
import { casePartyRoles, type CaseContext } from "./case-context.js";
import { requireParty, signalRulebook } from "./rulebook-parties.js";
import {
  requirementText,
  routingTable,
  type PartyMatcher,
  type RecipientSelector,
  type RoutingRequirement,
  type RoutingRule,
} from "./routing-table.js";
import { signalSettings, type SignalSettings } from "./settings.js";
import type { SignalChannel, SignalType } from "./signal-type.js";

export interface RouteInput {
  rulebook: string;
  type: SignalType;
  senderPartyId: string;
  senderRole: PartyRole;
  /** Default "convenant". */
  channel?: SignalChannel;
  caseContext?: CaseContext;
  /** Picks the rulebook version in force; without it, the latest version. */
  asOf?: IsoDate;
  /** Region settings over the rulebook's data (e.g. GV landlordRentDebtsBeyondHov). */
  settings?: Partial<SignalSettings>;
}

export interface Recipient {
  partyId: string;
  partyName: string;
  role: PartyRole;
  reason: Localized;
  article: string;
  ruleId: string;
}

export interface RouteResult {
  rulebook: string;
  channel: SignalChannel;
  recipients: Recipient[];
}

export function matchesParty(party: Party, match: PartyMatcher): boolean {
  return (
    (match.roles?.includes(party.role) ?? false) ||
    (match.idIncludes !== undefined && party.id.includes(match.idIncludes))
  );
}

function appliesTo(rule: RoutingRule, rulebookId: string): boolean {
  return rule.rulebooks === "*" || rule.rulebooks.includes(rulebookId);
}

/** The rows a sender of this role/party may use for this type, ignoring requirements. */
export function routingRulesFor(
  rulebookId: string,
  channel: SignalChannel,
  sender: Party,
  type?: SignalType,
): RoutingRule[] {
  return routingTable.filter(
    (r) =>
      appliesTo(r, rulebookId) &&
      r.channel === channel &&
      matchesParty(sender, r.senders) &&
      (type === undefined || r.types.includes(type)),
  );
}

function requirementMet(req: RoutingRequirement, context: CaseContext, settings: SignalSettings): boolean {
  switch (req) {
    case "woonbegeleidingsovereenkomstAllowsNotice":
      return context.woonbegeleidingsovereenkomstAllowsNotice === true;
    case "zorgcontract":
      return context.zorgcontract === true;
    case "setting:landlordRentDebtsBeyondHov":
      return settings.landlordRentDebtsBeyondHov;
  }
}

const notAllowed = (nl: string, en: string, issues: FieldIssue[]) => new DomainError("not_allowed", nl, en, issues);

function resolveGemeente(rulebook: Rulebook, context: CaseContext): Party {
  if (context.gemeentePartyId) {
    const party = requireParty(rulebook, context.gemeentePartyId, "caseContext.gemeentePartyId");
    if (party.role !== "gemeente")
      throw new DomainError(
        "invalid_input",
        `Partij '${party.id}' (veld caseContext.gemeentePartyId) is geen gemeente.`,
        `Party '${party.id}' (field caseContext.gemeentePartyId) is not a gemeente.`,
        [{ field: "caseContext.gemeentePartyId", message_nl: "Geen gemeente.", message_en: "Not a gemeente." }],
      );
    return party;
  }
  const gemeenten = rulebook.parties.filter((p) => p.role === "gemeente");
  if (gemeenten.length === 1) return gemeenten[0]!;
  const field = "caseContext.gemeentePartyId";
  throw new DomainError(
    "invalid_input",
    `Welke gemeente? ${rulebook.id} kent ${gemeenten.length} gemeenten; geef ${field}.`,
    `Which gemeente? ${rulebook.id} has ${gemeenten.length} gemeenten; give ${field}.`,
    [{ field, message_nl: "Gemeente van de huurder ontbreekt.", message_en: "The tenant's gemeente is missing." }],
  );
}

function resolve(selector: RecipientSelector, rulebook: Rulebook, context: CaseContext): Party[] {
  switch (selector.kind) {
    case "party":
      return rulebook.parties.filter((p) => matchesParty(p, selector.match));
    case "gemeente":
      return [resolveGemeente(rulebook, context)];
    case "case": {
      const id = context[selector.field];
      if (!id) {
        if (selector.optional) return [];
        const field = `caseContext.${selector.field}`;
        throw new DomainError(
          "invalid_input",
          `Veld '${field}' ontbreekt: de zaak moet deze partij noemen om het signaal te kunnen routeren.`,
          `Field '${field}' is missing: the case must name this party to route the signal.`,
          [{ field, message_nl: `Veld '${field}' ontbreekt.`, message_en: `Field '${field}' is missing.` }],
        );
      }
      const field = `caseContext.${selector.field}`;
      const party = requireParty(rulebook, id, field);
      const roles = casePartyRoles[selector.field];
      if (!roles.includes(party.role))
        throw notAllowed(
          `Partij '${party.id}' (${party.role}, veld ${field}) kan die rol in de zaak niet hebben; verwacht: ${roles.join(", ")}.`,
          `Party '${party.id}' (${party.role}, field ${field}) cannot hold that role in the case; expected: ${roles.join(", ")}.`,
          [
            {
              field,
              message_nl: `Verwacht rol ${roles.join(" of ")}.`,
              message_en: `Expected role ${roles.join(" or ")}.`,
            },
          ],
        );
      return [party];
    }
  }
}

const SUPPORT_ROLES: readonly PartyRole[] = ["zorgorganisatie", "reclassering", "lokale_kamer"];

/** A party may only signal about a case it is part of, when the case says who its parties are. */
function checkSenderBelongsToCase(sender: Party, context: CaseContext): void {
  const field =
    sender.role === "sociale_verhuurder"
      ? "landlordPartyId"
      : SUPPORT_ROLES.includes(sender.role)
        ? "supportPartyId"
        : undefined;
  const expected = field ? context[field] : undefined;
  if (field && expected && expected !== sender.id)
    throw notAllowed(
      `Partij '${sender.id}' is niet de ${field === "landlordPartyId" ? "verhuurder" : "begeleider"} van deze huurder (de zaak noemt '${expected}').`,
      `Party '${sender.id}' is not this tenant's ${field === "landlordPartyId" ? "landlord" : "support party"} (the case names '${expected}').`,
      [{ field: "senderPartyId", message_nl: `Verwacht '${expected}'.`, message_en: `Expected '${expected}'.` }],
    );
}

/**
 * Who receives a signal: a pure decision from the rulebook's routing rows and the case.
 * Throws DomainError not_allowed when the sender's role may not send this type under this
 * rulebook (or a requirement such as the woonbegeleidingsovereenkomst is not met).
 */
export function routeSignal(input: RouteInput): RouteResult {
  const channel = input.channel ?? "convenant";
  const context = input.caseContext ?? {};
  const rulebook = signalRulebook(input.rulebook, input.asOf);
  const sender = requireParty(rulebook, input.senderPartyId, "senderPartyId");
  if (sender.role !== input.senderRole)
    throw notAllowed(
      `Partij '${sender.id}' heeft de rol '${sender.role}', niet '${input.senderRole}'.`,
      `Party '${sender.id}' has the role '${sender.role}', not '${input.senderRole}'.`,
      [{ field: "senderRole", message_nl: `Verwacht '${sender.role}'.`, message_en: `Expected '${sender.role}'.` }],
    );
  checkSenderBelongsToCase(sender, context);

  const rows = routingRulesFor(rulebook.id, channel, sender, input.type);
  if (rows.length === 0) {
    const allowed = [...new Set(routingRulesFor(rulebook.id, channel, sender).flatMap((r) => r.types))];
    const list = allowed.length ? allowed.join(", ") : "geen";
    const listEn = allowed.length ? allowed.join(", ") : "none";
    throw notAllowed(
      `Een ${sender.role} mag onder ${rulebook.id} (kanaal ${channel}) geen signaal '${input.type}' sturen. Toegestaan: ${list}.`,
      `A ${sender.role} may not send a '${input.type}' signal under ${rulebook.id} (channel ${channel}). Allowed: ${listEn}.`,
      [
        {
          field: "type",
          message_nl: `Niet toegestaan voor ${sender.role}.`,
          message_en: `Not allowed for ${sender.role}.`,
        },
      ],
    );
  }

  const settings = signalSettings(rulebook.id, input.settings);
  const open = rows.filter((r) => (r.requires ?? []).every((req) => requirementMet(req, context, settings)));
  if (open.length === 0) {
    const failed = [
      ...new Set(rows.flatMap((r) => (r.requires ?? []).filter((req) => !requirementMet(req, context, settings)))),
    ];
    const texts = failed.map((f) => requirementText[f]);
    throw notAllowed(
      `Signaal '${input.type}' niet verstuurd: ${texts.map((x) => x.nl).join("; ")}.`,
      `Signal '${input.type}' not sent: ${texts.map((x) => x.en).join("; ")}.`,
      texts.map((x) => ({ field: x.field, message_nl: x.nl, message_en: x.en })),
    );
  }

  const recipients: Recipient[] = [];
  for (const rule of open) {
    for (const selector of rule.to) {
      for (const party of resolve(selector, rulebook, context)) {
        // Never back to the sender, never twice (the first reason wins).
        if (party.id === sender.id || recipients.some((r) => r.partyId === party.id)) continue;
        recipients.push({
          partyId: party.id,
          partyName: party.name,
          role: party.role,
          reason: selector.reason,
          article: rule.article,
          ruleId: rule.id,
        });
      }
    }
  }
  if (recipients.length === 0) {
    const fields = [
      ...new Set(open.flatMap((r) => r.to.flatMap((s) => (s.kind === "case" ? [`caseContext.${s.field}`] : [])))),
    ];
    throw notAllowed(
      `Geen ontvanger voor signaal '${input.type}': de zaak noemt geen partij die het mag ontvangen${fields.length ? ` (${fields.join(", ")})` : ""}.`,
      `No recipient for signal '${input.type}': the case names no party that may receive it${fields.length ? ` (${fields.join(", ")})` : ""}.`,
      fields.map((field) => ({
        field,
        message_nl: `Veld '${field}' ontbreekt.`,
        message_en: `Field '${field}' is missing.`,
      })),
    );
  }
  return { rulebook: rulebook.id, channel, recipients };
}

/** Whether `toPartyId` may receive this type from `from` (doorsturen uses this). */
export function mayRouteTo(input: RouteInput, toPartyId: string): Recipient | undefined {
  return routeSignal(input).recipients.find((r) => r.partyId === toPartyId);
}
