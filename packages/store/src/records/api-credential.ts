import { z } from "zod";
import { PartyIdSchema } from "./common.js";

export const ApiCredentialCreateSchema = z.strictObject({
  partyId: PartyIdSchema,
  label: z.string().min(1).max(200).optional(),
});
export type ApiCredentialCreate = z.input<typeof ApiCredentialCreateSchema>;

export interface ApiCredential {
  keyId: string;
  partyId: string;
  label: string | null;
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

/** Returned once, at creation: the only time the secret exists outside the caller. */
export interface IssuedApiCredential {
  credential: ApiCredential;
  /** `cbk_<keyId>_<secret>`: what a party puts in its Authorization header. */
  token: string;
}

export const apiCredentialLabel = { nl: "API-sleutel", en: "API credential" };
