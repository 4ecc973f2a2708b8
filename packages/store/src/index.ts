// Public surface of @convenantbot/store: open a store, its repositories and record schemas,
// the botbuilder Storage, the outbox worker, retention and the demo seed.
export * from "./store.js";
export {
  resolveEngine,
  redactUrl,
  defaultDataDir,
  type OpenStoreOptions,
  type EngineChoice,
} from "./engine/resolve-engine.js";

export * from "./errors/store-error.js";
export * from "./errors/store-open-error.js";

export type { Database } from "./db/schema.js";
export { migrations } from "./migrations/index.js";
export { migrateToLatest, migrateDownAll, type MigrationReport } from "./migrations/migrate.js";

export * from "./records/common.js";
export * from "./records/party.js";
export * from "./records/member.js";
export * from "./records/decision.js";
export * from "./records/aanmelding.js";
export * from "./records/case.js";
export * from "./records/signal.js";
export * from "./records/delivery.js";
export * from "./records/audit.js";
export * from "./records/conversation-reference.js";
export * from "./records/housing-offer.js";
export * from "./records/lease.js";
export * from "./records/api-credential.js";

export type { Repositories } from "./repositories/index.js";
export { PartiesRepository } from "./repositories/parties.js";
export { MembersRepository } from "./repositories/members.js";
export { AanmeldingenRepository } from "./repositories/aanmeldingen.js";
export {
  BULK_SIGNALS_PER_CALL,
  SignalsRepository,
  type BulkCreateResult,
  type CreatedSignal,
  type SignalCursor,
} from "./repositories/signals.js";
export { nextKenmerk } from "./repositories/kenmerken.js";
export { CasesRepository, type CaseSubmit } from "./repositories/cases.js";
export { AuditLogRepository } from "./repositories/audit-log.js";
export { ConversationReferencesRepository } from "./repositories/conversation-references.js";
export { HousingOffersRepository } from "./repositories/housing-offers.js";
export {
  ReportsRepository,
  type CountedAanmelding,
  type CountedOffer,
  type CountedSignal,
} from "./repositories/reports.js";
export { LeasesRepository } from "./repositories/leases.js";
export { ApiCredentialsRepository, hashSecret, parseApiToken } from "./repositories/api-credentials.js";
export { OutboxRepository, type OutboxStats } from "./repositories/outbox.js";

export { PostgresBotStorage } from "./bot-storage/postgres-storage.js";

export * from "./outbox/backoff.js";
export * from "./outbox/permanent-delivery-error.js";
export * from "./outbox/outbox-worker.js";

export * from "./retention/retention-policy.js";
export { purgeExpired, type PurgeOptions, type RetentionReport } from "./retention/purge.js";

export * from "./seed/demo-members.js";
export * from "./seed/seed-demo-data.js";

export { vacuumEmbedded, type VacuumReport } from "./maintenance/vacuum-embedded.js";
