import type { PartyRole } from "../parties/party.js";
import type { FieldCategory } from "./field-categories.js";
import type { SignalChannel, SignalType } from "./signal-type.js";

export type RoleCategories = Readonly<Record<PartyRole, readonly FieldCategory[]>>;

export interface PrivacyPolicy {
  /** What each recipient role may see in the convenant's own exchange. */
  convenant: RoleCategories;
  /** Narrower per type where the general row would show more than the task needs. */
  perType?: Partial<Record<SignalType, Partial<RoleCategories>>>;
  source: string;
}

const ALL_PERSONAL: readonly FieldCategory[] = ["identity", "contact", "financial", "nuisance", "process"];

/**
 * Defaults of domain.md section 5, used where a rulebook's own reglement is not in the seeds:
 * a recipient sees only what its task needs; a landlord never sees treatment content or
 * justice history (LV art. 10.6); only Reclassering, whose task is the justice side, sees
 * justiceHistory; care parties see care.
 */
const careParty: readonly FieldCategory[] = [...ALL_PERSONAL, "care"];
const baseRoles: RoleCategories = {
  sociale_verhuurder: ALL_PERSONAL,
  zorgorganisatie: careParty,
  reclassering: [...careParty, "justice"],
  lokale_kamer: careParty,
  meldpunt: careParty,
  // Schulddienstverlening / OOV where a convenant sends the gemeente signals (KW, GV).
  gemeente: ALL_PERSONAL,
  // Bodies that count and allocate, not caseworkers: process only.
  platform: ["process"],
  urgentiecommissie: ["process"],
};

/** LV art. 10.2: the gemeente as an organisation receives and shares no personal data. */
const lvPolicy: PrivacyPolicy = {
  convenant: { ...baseRoles, gemeente: ["process"] },
  source: "LV art. 10.2 (gemeente), 10.3-10.6 (verhuurder: geen justitieel en behandelverleden), domain.md 5",
};

export const privacyTable: Readonly<Record<string, PrivacyPolicy>> = {
  "kw-huisuitzetting-2019": {
    convenant: baseRoles,
    perType: {
      // OOV acts on nuisance; rent figures are not its task.
      overlast: { gemeente: ["identity", "contact", "nuisance", "process"] },
    },
    source: "ASSUMED: KW bijlage 1 (Reglement omgang uitwisseling persoonsgegevens) staat niet in de bron; standaard zoals domain.md 5.",
  },
  "lv-zorgafhankelijk-2025": lvPolicy,
  "lv-noodwoning-2025": lvPolicy,
  "gv-hov-2025": {
    // Team HMD (gv-team-hmd, role "platform") is a HOV partner: it sees what a partner needs,
    // never care or justice. Routing sends nothing to the other platform party (urgentiebureau).
    convenant: { ...baseRoles, platform: ALL_PERSONAL },
    source: "ASSUMED: de HOV-convenanttekst staat niet in de bron; standaard zoals domain.md 5, team HMD als HOV-partner.",
  },
  "mh-uitstroom-2019": { convenant: baseRoles, source: "ASSUMED: de bron regelt geen signalen; standaard zoals domain.md 5." },
  "gv-urgentie-2019": { convenant: baseRoles, source: "ASSUMED: de bron regelt geen signalen; standaard zoals domain.md 5." },
};

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
export const ownReferencePolicy: { visibleToOtherParties: Readonly<Record<PartyRole, boolean>>; text_nl: string; text_en: string } = {
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
