import { CheckResponseSchema, IsoDateSchema, LocalizedSchema, type Deadline } from "@convenantbot/domain";
import { z } from "zod";
import { JsonObjectSchema, PartyIdSchema, UuidSchema } from "./common.js";
import type { StoredDecision } from "./decision.js";

export const AanmeldingStatusSchema = z.enum([
  "concept",
  "ingediend",
  "in_behandeling",
  "geplaatst",
  "afgesloten",
  "ingetrokken",
]);
export type AanmeldingStatus = z.infer<typeof AanmeldingStatusSchema>;

/** Statuses that end a case: they start the retention term (closed_at). */
export const closedAanmeldingStatuses: readonly AanmeldingStatus[] = ["afgesloten", "ingetrokken"];

/** A computed deadline (domain `Deadline`) as stored with its aanmelding, plus when it was met. */
export const DeadlineRecordSchema = z.strictObject({
  code: z.string().min(1),
  article: z.string(),
  title: LocalizedSchema,
  kind: z.enum(["within", "at_most", "at_least", "target"]),
  startsOn: IsoDateSchema,
  due: IsoDateSchema,
  metOn: IsoDateSchema.optional(),
});
export type DeadlineRecord = z.infer<typeof DeadlineRecordSchema>;
// Fails to compile if the domain's Deadline drifts from what we store.
const _domainDeadlineFits: DeadlineRecord = {} as Deadline;
void _domainDeadlineFits;

export const AanmeldingCreateSchema = z
  .strictObject({
    id: UuidSchema.optional(),
    rulebook: z.string().min(1),
    rulebookVersion: z.string().min(1),
    facts: JsonObjectSchema.default({}),
    decision: CheckResponseSchema.optional(),
    supportPartyId: PartyIdSchema.optional(),
    status: AanmeldingStatusSchema.default("concept"),
    deadlines: z.array(DeadlineRecordSchema).default([]),
    createdBy: UuidSchema.optional(),
  })
  .refine((a) => a.decision === undefined || a.decision.rulebook === a.rulebook, {
    path: ["decision", "rulebook"],
    message: "the decision is for another rulebook",
  });
export type AanmeldingCreate = z.input<typeof AanmeldingCreateSchema>;

export const AanmeldingUpdateSchema = z.strictObject({
  status: AanmeldingStatusSchema.optional(),
  facts: JsonObjectSchema.optional(),
  decision: CheckResponseSchema.optional(),
  supportPartyId: PartyIdSchema.nullable().optional(),
  deadlines: z.array(DeadlineRecordSchema).optional(),
  /** Optimistic concurrency: refuse the update if someone else changed the case since. */
  expectedUpdatedAt: z.string().optional(),
});
export type AanmeldingUpdate = z.input<typeof AanmeldingUpdateSchema>;

export interface Aanmelding {
  id: string;
  rulebook: string;
  rulebookVersion: string;
  facts: Record<string, unknown>;
  decision: StoredDecision | null;
  outcome: string | null;
  supportPartyId: string | null;
  status: AanmeldingStatus;
  deadlines: DeadlineRecord[];
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  pseudonymisedAt: string | null;
  /** Short human handle ("LV-2026-0012"); null for aanmeldingen stored before case kenmerken. */
  kenmerk: string | null;
  /** The sending caseworker's own dossier number: show it only where mayReadOwnReference allows. */
  ownReference: string | null;
}

export const aanmeldingLabel = { nl: "aanmelding", en: "aanmelding (case)" };
