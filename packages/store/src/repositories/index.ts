import { PostgresBotStorage } from "../bot-storage/postgres-storage.js";
import { AanmeldingenRepository } from "./aanmeldingen.js";
import { ApiCredentialsRepository } from "./api-credentials.js";
import { AuditLogRepository } from "./audit-log.js";
import { CasesRepository } from "./cases.js";
import type { RepoContext } from "./context.js";
import { ConversationReferencesRepository } from "./conversation-references.js";
import { HousingOffersRepository } from "./housing-offers.js";
import { LeasesRepository } from "./leases.js";
import { MembersRepository } from "./members.js";
import { OutboxRepository } from "./outbox.js";
import { PartiesRepository } from "./parties.js";
import { ReportsRepository } from "./reports.js";
import { SignalsRepository } from "./signals.js";

/** Every repository, bound to one Kysely handle: the pool, or a transaction. */
export interface Repositories {
  parties: PartiesRepository;
  members: MembersRepository;
  aanmeldingen: AanmeldingenRepository;
  cases: CasesRepository;
  signals: SignalsRepository;
  audit: AuditLogRepository;
  conversations: ConversationReferencesRepository;
  housingOffers: HousingOffersRepository;
  leases: LeasesRepository;
  apiCredentials: ApiCredentialsRepository;
  outbox: OutboxRepository;
  /** Read models for the platform's counts. */
  reports: ReportsRepository;
  botStorage: PostgresBotStorage;
}

export function createRepositories(ctx: RepoContext): Repositories {
  return {
    parties: new PartiesRepository(ctx),
    members: new MembersRepository(ctx),
    aanmeldingen: new AanmeldingenRepository(ctx),
    cases: new CasesRepository(ctx),
    signals: new SignalsRepository(ctx),
    audit: new AuditLogRepository(ctx),
    conversations: new ConversationReferencesRepository(ctx),
    housingOffers: new HousingOffersRepository(ctx),
    leases: new LeasesRepository(ctx),
    apiCredentials: new ApiCredentialsRepository(ctx),
    outbox: new OutboxRepository(ctx),
    reports: new ReportsRepository(ctx),
    botStorage: new PostgresBotStorage(ctx.db, ctx.now),
  };
}
