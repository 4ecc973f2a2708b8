import type { Localized } from "../common/localized.js";
import type { PartyRole } from "../parties/party.js";
import type { CaseRole } from "./case-lifecycle-table.js";
import { rulebookModules } from "../rulebooks/modules.js";
import { joinRows } from "../rulebooks/rulebook-module.js";

/** Who receives: named parties, all of a role, the chosen support party, or a pure landlord choice. */
export type HandoffSelector =
  | { kind: "parties"; ids: readonly string[] }
  | { kind: "role"; role: PartyRole }
  /** The support party chosen in the intake, only when its role is one of `roles`. */
  | { kind: "support"; roles: readonly PartyRole[] }
  /** LV art. 6 lid 3-4: every social landlord except the evicting one and Stichting Duivenvoorde. */
  | { kind: "noodwoning_landlords" };

/** A row applies when every condition on the aanmelding's facts holds. */
export interface FactCondition {
  fact: string;
  equals?: string | boolean;
  absent?: boolean;
}

export interface HandoffRule {
  id: string;
  rulebooks: readonly string[];
  when?: readonly FactCondition[];
  to: HandoffSelector;
  caseRole: CaseRole;
  /** Chain position: 1 receives at submit, later stages when the previous one passes it on (doorzetten). */
  stage: number;
  reason: Localized;
  article: string;
  /** Where the seed names no addressee or leaves the choice open: our choice, for the region to correct. */
  assumed?: string;
}

/** What a landlord's copy says about its own duty from the moment of aanmelding (KW). */
export interface LandlordDuty {
  rulebook: string;
  text: Localized;
  article: string;
}

/** Hand-off routing of a submitted aanmelding, per rulebook, as data with its article: the rows of each folder (`handoff.rules`). */
export const handoffTable: readonly HandoffRule[] = joinRows(rulebookModules, (m) => m.handoff.rules);

export const landlordDuties: readonly LandlordDuty[] = rulebookModules.flatMap((m) =>
  m.handoff.landlordDuty ? [{ rulebook: m.id, ...m.handoff.landlordDuty }] : [],
);

export function landlordDutyFor(rulebookId: string): LandlordDuty | undefined {
  return landlordDuties.find((d) => d.rulebook === rulebookId);
}
