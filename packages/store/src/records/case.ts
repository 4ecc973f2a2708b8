import {
  CaseHistoryEntrySchema,
  CaseParticipantSchema,
  type CaseHistoryEntry,
  type CaseStatus,
} from "@convenantbot/domain";
import { z } from "zod";
import type { Aanmelding, AanmeldingStatus } from "./aanmelding.js";

/** A recipient as stored with its case: the routing row that chose it, for the audit trail. */
export const CaseRecipientRecordSchema = CaseParticipantSchema.extend({
  ruleId: z.string().min(1),
  article: z.string().min(1),
});
export type CaseRecipientRecord = z.infer<typeof CaseRecipientRecordSchema>;

export const CaseEntryRecordSchema = CaseHistoryEntrySchema;

export interface StoredCase {
  aanmelding: Aanmelding;
  senderPartyId: string | null;
  candidate: Record<string, unknown> | null;
  recipients: CaseRecipientRecord[];
  history: CaseHistoryEntry[];
}

/**
 * The aanmeldingen row keeps a coarse status for lists and retention (closed_at starts the
 * retention term); the case status itself is derived from case_history.
 */
export function coarseAanmeldingStatus(status: CaseStatus): AanmeldingStatus {
  switch (status) {
    case "ingediend":
    case "ontvangen":
      return "ingediend";
    case "in_behandeling":
    case "aanbod_gedaan":
    case "aanvaard":
    case "geweigerd":
      return "in_behandeling";
    case "geplaatst":
    case "geevalueerd":
      return "geplaatst";
    case "ingetrokken":
      return "ingetrokken";
    case "afgesloten":
    case "afgewezen":
      return "afgesloten";
  }
}

export const caseLabel = { nl: "zaak", en: "case" };
