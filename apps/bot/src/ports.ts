import type { CheckResult, Deadline, IsoDate, Localized, PartyRole } from "@convenantbot/domain";
import type { ConversationReference, Storage } from "botbuilder";

/** A caseworker as the store knows them: who they are decides what they may do and see. */
export interface Caseworker {
  id: string;
  displayName: string;
  partyId: string;
  partyName: string;
  role: PartyRole;
  coordinator: boolean;
}

export interface NewAanmelding {
  rulebook: string;
  rulebookVersion: string;
  facts: Record<string, unknown>;
  decision: CheckResult;
  supportPartyId: string | null;
  deadlines: Deadline[];
  createdBy: string;
  /** The intake's id: the aanmelding is stored under it, so a second click or retry stores nothing new. */
  intakeId?: string;
}

export interface AanmeldingSummary {
  id: string;
  rulebook: string;
  outcome: CheckResult["outcome"];
  status: string;
  createdOn: string;
  supportPartyId?: string;
  supportPartyName?: string;
  /** "LV-2026-0012"; absent for aanmeldingen stored before case kenmerken. */
  kenmerk?: string;
  /** The caseworker's own dossier number (their own list). */
  ownReference?: string;
  nextDeadline?: { title: Localized; due: IsoDate; overdue?: boolean; target?: boolean };
}

/**
 * What the bot needs from persistence. The store package implements it; the bot stays thin
 * and testable (botbuilder at the edge, domain in the middle, store behind this port).
 */
export interface BotPorts {
  storage: Storage;
  findCaseworker(
    teamsUserId: string,
    aadObjectId: string | undefined,
    tenantId: string | undefined,
  ): Promise<Caseworker | undefined>;
  partyName(partyId: string): Promise<string | undefined>;
  /** Idempotent per `intakeId`: the same intake gives the same aanmelding (`existing: true`). */
  createAanmelding(input: NewAanmelding, correlationId: string): Promise<{ id: string; existing?: boolean }>;
  /** The caseworker's own aanmelding with this id, if there is one. */
  ownAanmelding(
    id: string,
    caseworkerId: string,
  ): Promise<{ id: string; supportPartyId: string | null; kenmerk?: string } | undefined>;
  listAanmeldingen(caseworkerId: string): Promise<AanmeldingSummary[]>;
  /** Keeps a member's 1:1 chat as a delivery target (other chats are ignored) and wakes cards parked as unreachable. */
  saveConversationReference(
    caseworker: Caseworker,
    tenantId: string,
    reference: Partial<ConversationReference>,
  ): Promise<void>;
  /** A coordinator set (on) or cleared (off) this team channel for the party's redacted signal notices. */
  configureChannel(
    caseworker: Caseworker,
    tenantId: string,
    reference: Partial<ConversationReference>,
    teamsChannelId: string,
    on: boolean,
  ): Promise<void>;
  /** The app was uninstalled from this chat: it is no delivery target any more. */
  forgetConversation(conversationId: string): Promise<void>;
}
