import { IsoDateSchema } from "@convenantbot/domain";
import { z } from "zod";
import { PartyIdSchema, UuidSchema } from "./common.js";

export const HousingOfferResponseSchema = z.enum(["geaccepteerd", "geweigerd"]);
export type HousingOfferResponse = z.infer<typeof HousingOfferResponseSchema>;

export const HousingOfferCreateSchema = z.strictObject({
  aanmeldingId: UuidSchema,
  landlordPartyId: PartyIdSchema,
  offeredOn: IsoDateSchema,
  /** Whether the offer came within the convenant's term (computed by the domain's deadlines). */
  withinTerm: z.boolean().optional(),
});
export type HousingOfferCreate = z.input<typeof HousingOfferCreateSchema>;

export const HousingOfferRespondSchema = z.strictObject({
  response: HousingOfferResponseSchema,
  respondedOn: IsoDateSchema,
  withinTerm: z.boolean().optional(),
});
export type HousingOfferRespond = z.input<typeof HousingOfferRespondSchema>;

export interface HousingOffer {
  id: string;
  aanmeldingId: string;
  landlordPartyId: string;
  offeredOn: string;
  response: HousingOfferResponse | null;
  respondedOn: string | null;
  withinTerm: boolean | null;
  createdAt: string;
  updatedAt: string;
}

export const housingOfferLabel = { nl: "woningaanbod", en: "housing offer" };
