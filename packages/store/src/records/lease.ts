import { IsoDateSchema } from "@convenantbot/domain";
import { z } from "zod";
import { PartyIdSchema, UuidSchema } from "./common.js";

export const LeaseCreateSchema = z.strictObject({
  aanmeldingId: UuidSchema,
  landlordPartyId: PartyIdSchema.optional(),
  housingOfferId: UuidSchema.optional(),
  /** Start of the temporary (e.g. zorgdak-) lease. */
  temporaryStart: IsoDateSchema,
  evaluationDue: IsoDateSchema,
});
export type LeaseCreate = z.input<typeof LeaseCreateSchema>;

export const LeaseOutcomeSchema = z.strictObject({ on: IsoDateSchema });

export interface Lease {
  id: string;
  aanmeldingId: string;
  landlordPartyId: string | null;
  housingOfferId: string | null;
  temporaryStart: string;
  evaluationDue: string;
  madePermanentOn: string | null;
  endedOn: string | null;
  createdAt: string;
  updatedAt: string;
}

export const leaseLabel = { nl: "huurcontract", en: "lease" };
