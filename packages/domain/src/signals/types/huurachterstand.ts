import { z } from "zod";
import { IsoDateSchema } from "../../common/iso-date.js";
import { envelopeShape } from "../envelope.js";

/** Stage of the eviction procedure; vonnis and ontruimingsdatum mean eviction is imminent (Wgs art. 4). */
export const CourtStageSchema = z.enum(["none", "dagvaarding", "vonnis", "ontruimingsdatum"]);
export type CourtStage = z.infer<typeof CourtStageSchema>;

/**
 * What the landlord did before a Wgs vroegsignaal (Besluit gemeentelijke schuldhulpverlening
 * art. 2). Each flag is optional so that a refusal can name every missing one.
 */
export const VroegsignaleringRecordSchema = z.strictObject({
  personalContactTried: z.boolean().optional(),
  pointedToSchuldhulp: z.boolean().optional(),
  /** At least one written reminder offered to pass the data to the gemeente. */
  writtenReminderOfferedDataSharing: z.boolean().optional(),
  /** The tenant refused that (opt-out): then nothing may be passed. */
  tenantObjected: z.boolean().optional(),
  /** The landlord already spoke with the tenant and asks the gemeente to pick it up (VNG: warmeOverdracht). */
  warmeOverdracht: z.boolean().optional(),
});
export type VroegsignaleringRecord = z.infer<typeof VroegsignaleringRecordSchema>;

export const HuurachterstandSignalSchema = z.strictObject({
  ...envelopeShape,
  type: z.literal("huurachterstand"),
  monthsInArrears: z.number().min(0).max(240),
  /** Euros, cents allowed; the VNG export rounds to whole euros. */
  amountInArrears: z.number().min(0).max(1_000_000),
  /** When the arrears arose (VNG: ontstaansdatum); absent when the sender does not know. */
  since: IsoDateSchema.optional(),
  /** Absent when not filled in: unknown is not "0 aanmaningen". */
  remindersSent: z.number().int().min(0).max(100).optional(),
  paymentArrangement: z.boolean(),
  courtStage: CourtStageSchema,
  evictionDate: IsoDateSchema.optional(),
  vroegsignalering: VroegsignaleringRecordSchema.optional(),
  /** The sender's own words about the arrears (category financial: seen by whoever sees the figures). */
  note: z.string().trim().min(1).max(1000).optional(),
});
export type HuurachterstandSignal = z.infer<typeof HuurachterstandSignalSchema>;
