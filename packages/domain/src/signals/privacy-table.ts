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
export const privacyTable: Readonly<Record<string, PrivacyPolicy>> = Object.fromEntries(
  rulebookModules.map((m) => [m.id, m.signals.privacy]),
);

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

/**
 * The caseworker's own dossier number on an aanmelding or a signal (issue 15 item 7): the
 * sending organisation's internal reference, there to find its own work back. Decided per role
 * (data, so a region can change it): no other party sees it; a recipient refers to the case by
 * its kenmerk (LV-2026-0012), which every party sees. The sending party itself always does.
 */
export const ownReferencePolicy: {
  visibleToOtherParties: Readonly<Record<PartyRole, boolean>>;
  text_nl: string;
  text_en: string;
} = {
  visibleToOtherParties: {
    // A landlord allocates and reports by its own tenant numbers; a care party's file number tells it nothing it needs.
    sociale_verhuurder: false,
    // Another care party (the chosen support party) works from the kenmerk and its own file.
    zorgorganisatie: false,
    reclassering: false,
    lokale_kamer: false,
    meldpunt: false,
    // LV art. 10.2: the gemeente receives no personal data; elsewhere it has its own files.
    gemeente: false,
    // Counting and allocating bodies: process only.
    platform: false,
    urgentiecommissie: false,
  },
  text_nl:
    "AANNAME: de bronnen regelen geen eigen dossiernummer. Het is een intern kenmerk van de verzendende organisatie (een persoonsgegeven: het verwijst naar een cliëntdossier); geen andere partij heeft het voor haar taak nodig, zij gebruikt het kenmerk van de zaak of het signaal.",
  text_en:
    "ASSUMED: the seeds do not regulate an own dossier number. It is the sending organisation's internal reference (personal data: it points to a client file); no other party needs it for its task, it uses the case's or signal's kenmerk.",
};
