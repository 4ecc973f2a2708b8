import type { PartyRole } from "../parties/party.js";
import type { FieldCategory } from "./field-categories.js";
import { rulebookModules } from "../rulebooks/modules.js";
import type { SignalChannel, SignalType } from "./signal-type.js";

export type RoleCategories = Readonly<Record<PartyRole, readonly FieldCategory[]>>;

export interface PrivacyPolicy {
  /** What each recipient role may see in the convenant's own exchange. */
  convenant: RoleCategories;
  /** Narrower per type where the general row would show more than the task needs. */
  perType?: Partial<Record<SignalType, Partial<RoleCategories>>>;
  source: string;
}

/** Each rulebook's own policy, from its folder (`signals.privacy` of its module). */
export const privacyTable: Readonly<Record<string, PrivacyPolicy>> = Object.fromEntries(rulebookModules.map((m) => [m.id, m.signals.privacy]));

/**
 * The statutory Wgs channel is the same in every region: the gemeente's schuldhulpverlening
 * gets contact details and the arrears (Besluit art. 2), never care, justice or nuisance.
 * Nobody else receives on this channel, so every other role sees process only.
 */
export const vroegsignaleringPolicy: RoleCategories = {
  sociale_verhuurder: ["process"],
  zorgorganisatie: ["process"],
  reclassering: ["process"],
  lokale_kamer: ["process"],
  meldpunt: ["process"],
  gemeente: ["identity", "contact", "financial", "process"],
  platform: ["process"],
  urgentiecommissie: ["process"],
};

/**
 * Field-level limits on top of categories. ASSUMED: the BSN goes only to parties with a
 * statutory basis to process it (gemeente, care and justice parties, GGD); a landlord works
 * with name and address (Wabb; not in the seeds).
 */
export const fieldRoleLimits: Readonly<Record<string, readonly PartyRole[]>> = {
  "tenant.bsn": ["gemeente", "zorgorganisatie", "reclassering", "lokale_kamer", "meldpunt"],
};

export const channelsWithPolicy: readonly SignalChannel[] = ["convenant", "vroegsignalering"];
