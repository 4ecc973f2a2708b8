import type { ColumnType, Generated } from "kysely";
import type { Json } from "./json.js";

/** Timestamps are written as ISO strings (from the store's clock) and read back as ISO strings. */
type Timestamp = ColumnType<string, string, string>;
type NullableTimestamp = ColumnType<string | null, string | null | undefined, string | null>;
/** Calendar dates: `YYYY-MM-DD` both ways. */
type CalendarDate = string;

export interface PartiesTable {
  id: string;
  name: string;
  role: string;
  /** signatory, targetGroups, assumed, note: the rest of the domain's Party. */
  details: Json<Record<string, unknown>>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PartyRulebooksTable {
  party_id: string;
  rulebook_id: string;
}

export interface MembersTable {
  id: string;
  teams_user_id: string;
  aad_object_id: string | null;
  tenant_id: string;
  display_name: string;
  role: string;
  party_id: string;
  is_coordinator: boolean;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AanmeldingenTable {
  id: string;
  rulebook: string;
  rulebook_version: string;
  facts: Json<Record<string, unknown>>;
  decision: Json<unknown> | null;
  outcome: string | null;
  support_party_id: string | null;
  status: string;
  deadlines: Json<unknown[]>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  closed_at: NullableTimestamp;
  pseudonymised_at: NullableTimestamp;
  candidate: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  sender_party_id: ColumnType<string | null, string | null | undefined, string | null>;
  kenmerk: ColumnType<string | null, string | null | undefined, string | null>;
  /** The sending caseworker's own dossier number (0018); only the sending party sees it. */
  own_reference: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface CaseRecipientsTable {
  aanmelding_id: string;
  party_id: string;
  case_role: string;
  stage: number;
  rule_id: string;
  article: string;
}

export interface CaseHistoryTable {
  id: Generated<string>;
  aanmelding_id: string;
  seq: number;
  action: string;
  from_status: string | null;
  to_status: string;
  at: Timestamp;
  actor_party_id: string;
  actor_role: string;
  actor_member_id: string | null;
  action_key: string | null;
  details: Json<Record<string, unknown>>;
}

export interface CaseCardsTable {
  aanmelding_id: string;
  conversation_reference_id: string;
  activity_id: string;
  updated_at: Timestamp;
}

export interface SignalsTable {
  id: string;
  type: string;
  channel: string;
  rulebook: string;
  sender_party_id: string;
  payload: Json<Record<string, unknown>>;
  status: string;
  outcome: string | null;
  owner_party_id: string | null;
  owner_member_id: string | null;
  due_date: CalendarDate | null;
  idempotency_key: string;
  aanmelding_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  closed_at: NullableTimestamp;
  kenmerk: string | null;
  /** The sender's own dossier number (0018); only the sending party sees it. */
  own_reference: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface KenmerkSequencesTable {
  prefix: string;
  year: number;
  last: number;
}

export interface SignalCardsTable {
  signal_id: string;
  conversation_reference_id: string;
  activity_id: string;
  updated_at: Timestamp;
}

export interface SignalRecipientsTable {
  signal_id: string;
  party_id: string;
}

/** The one history of a signal (migration 0017): its status and escalations are derived from it. */
export interface SignalHistoryTable {
  id: Generated<number>;
  signal_id: string;
  /** The recipient the lifecycle was first delivered to. */
  lifecycle: string;
  /** Line number within the lifecycle (the domain's seq). */
  seq: number;
  at: Timestamp;
  /** Audit id of who wrote it (member:…, api:…, system:…). */
  actor: string;
  actor_party_id: string;
  from_status: string | null;
  to_status: string;
  action: string;
  note: string | null;
  /** The line's own facts: new owner and role, outcome, case context, the escalation's reason. */
  details: Json<Record<string, unknown>>;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  actor: string;
  action: string;
  record_type: string;
  record_id: string;
  correlation_id: string | null;
}

export interface ConversationReferencesTable {
  id: string;
  conversation_id: string;
  member_id: string | null;
  teams_channel_id: string | null;
  party_id: string | null;
  tenant_id: string | null;
  reference: Json<Record<string, unknown>>;
  last_error: string | null;
  last_error_at: NullableTimestamp;
  last_success_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface HousingOffersTable {
  id: string;
  aanmelding_id: string;
  landlord_party_id: string;
  offered_on: CalendarDate;
  response: string | null;
  responded_on: CalendarDate | null;
  within_term: boolean | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface LeasesTable {
  id: string;
  aanmelding_id: string;
  landlord_party_id: string | null;
  housing_offer_id: string | null;
  temporary_start: CalendarDate;
  evaluation_due: CalendarDate;
  made_permanent_on: CalendarDate | null;
  ended_on: CalendarDate | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ApiCredentialsTable {
  key_id: string;
  party_id: string;
  secret_hash: string;
  label: string | null;
  created_at: Timestamp;
  revoked_at: NullableTimestamp;
  last_used_at: NullableTimestamp;
}

export interface OutboxTable {
  id: string;
  seq: Generated<number>;
  kind: string;
  target: string;
  payload: Json<Record<string, unknown>>;
  record_type: string | null;
  record_id: string | null;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  claimed_by: string | null;
  claimed_until: NullableTimestamp;
  delivered_at: NullableTimestamp;
  failed_at: NullableTimestamp;
  last_error: string | null;
  unreachable_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface BotStateTable {
  key: string;
  document: Json<Record<string, unknown>>;
  etag: string;
  updated_at: Timestamp;
}

export interface Database {
  parties: PartiesTable;
  party_rulebooks: PartyRulebooksTable;
  members: MembersTable;
  aanmeldingen: AanmeldingenTable;
  case_recipients: CaseRecipientsTable;
  case_history: CaseHistoryTable;
  case_cards: CaseCardsTable;
  signals: SignalsTable;
  signal_recipients: SignalRecipientsTable;
  signal_cards: SignalCardsTable;
  signal_history: SignalHistoryTable;
  audit_log: AuditLogTable;
  conversation_references: ConversationReferencesTable;
  housing_offers: HousingOffersTable;
  leases: LeasesTable;
  api_credentials: ApiCredentialsTable;
  outbox: OutboxTable;
  bot_state: BotStateTable;
  kenmerk_sequences: KenmerkSequencesTable;
}
