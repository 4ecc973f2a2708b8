/**
 * The partners' API (landlords' and care organisations' systems, per-party API key): the
 * request schemas the bot validates with. Built from the domain's schemas.
 */
import { z } from "zod";
import {
  CaseContextSchema,
  IsoDateSchema,
  OwnReferenceSchema,
  SignalSchema,
  SignalStatusSchema,
} from "@convenantbot/domain";

/** Makes a retried POST one signal (or one step): the same key answers the first result again. */
export const IdempotencyKeySchema = z.string().trim().min(1).max(200);

/**
 * POST /api/signals and each row of the batch: a signal, the case parties the sender's system
 * knows (`caseContext`), and the sender's own dossier number (`ownReference`, optional): kept
 * beside the signal, shown to the sending party only, never to a recipient (privacy data:
 * the domain's ownReferencePolicy), and a handle the sender can look the signal up by.
 */
export const SignalPostSchema = SignalSchema.and(
  z.object({ caseContext: CaseContextSchema.optional(), ownReference: OwnReferenceSchema.optional() }),
);

/** GET /api/signals: the caller's party's signals, a page at a time (`next` holds the cursor). */
export const PartnerSignalListQuerySchema = z.strictObject({
  status: SignalStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().max(200).optional(),
});

/** GET /api/signals/export/vng: one gemeente's signals over a period, in the VNG uitwisselmodel. */
export const VngExportQuerySchema = z.strictObject({
  gemeentecode: z.string().regex(/^(GM)?\d{4}$/),
  from: IsoDateSchema,
  to: IsoDateSchema,
});

/** A landlord offers a home for an aanmelding (LV art. 5 lid 4: the term runs from the voordracht). */
export const OfferRequestSchema = z.strictObject({ offeredOn: IsoDateSchema });

/** The tenant's answer to an offer, recorded by the offering landlord. */
export const OfferAnswerRequestSchema = z.strictObject({
  response: z.enum(["geaccepteerd", "geweigerd"]),
  respondedOn: IsoDateSchema,
});

/** The temporary lease (LV art. 4 lid 9); the evaluation falls due from the rulebook's term. */
export const LeaseRequestSchema = z.strictObject({
  temporaryStart: IsoDateSchema,
  housingOfferId: z.uuid().optional(),
});

/** `:id` of an aanmelding, case or offer. */
export const RecordIdParamsSchema = z.object({ id: z.string() });

/** One row of a batch's answer, in the order given: what was stored, or why not. */
export const SignalBatchRowSchema = z.looseObject({
  row: z.number().int().min(0),
  /** NDJSON: the line; CSV: the row's line in the file (the header is line 1). */
  line: z.number().int().min(1).optional(),
  /** 201 stored, 200 stored before, 422 refused (its reasons), 409 the key was used for other content. */
  status: z.number().int(),
  idempotencyKey: z.string(),
  id: z.string().optional(),
  kenmerk: z.string().optional(),
  created: z.boolean().optional(),
  message_nl: z.string().optional(),
  message_en: z.string().optional(),
  issues: z
    .array(
      z.object({ field: z.string().optional(), message_nl: z.string().optional(), message_en: z.string().optional() }),
    )
    .optional(),
});
export type SignalBatchRow = z.infer<typeof SignalBatchRowSchema>;

/** The answer of POST /api/signals/batch and of the tab's CSV upload (200, 207 and 422 alike). */
export const SignalBatchAnswerSchema = z.object({
  idempotencyKey: z.string(),
  format: z.enum(["json", "ndjson", "csv"]),
  total: z.number().int().min(0),
  accepted: z.number().int().min(0),
  created: z.number().int().min(0),
  refused: z.number().int().min(0),
  rows: z.array(SignalBatchRowSchema),
});
export type SignalBatchAnswer = z.infer<typeof SignalBatchAnswerSchema>;
