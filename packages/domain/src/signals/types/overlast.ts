import { z } from "zod";
import { IsoDateSchema } from "../../common/iso-date.js";
import { envelopeShape } from "../envelope.js";

/** Kinds of nuisance, phrased as behaviour at the address: never as a diagnosis (that would be care data). */
export const OverlastKindSchema = z.enum([
  "geluid",
  "vervuiling",
  "stank",
  "agressie_intimidatie",
  "drugsoverlast",
  "huisdieren",
  "overig",
]);
export const OverlastSeveritySchema = z.enum(["licht", "matig", "ernstig"]);

export const OverlastSignalSchema = z.strictObject({
  ...envelopeShape,
  type: z.literal("overlast"),
  kind: OverlastKindSchema,
  /** Absent when the sender does not know since when. */
  since: IsoDateSchema.optional(),
  severity: OverlastSeveritySchema,
  /** Complaints received (by neighbours, police, the landlord's own staff). */
  reportsCount: z.number().int().min(0).max(1000).optional(),
  /** Police involved in this nuisance; a current fact about the address, not a justice history. */
  policeInvolved: z.boolean(),
  /** The sender's own words about the nuisance (category nuisance). */
  note: z.string().trim().min(1).max(1000).optional(),
});
export type OverlastSignal = z.infer<typeof OverlastSignalSchema>;
