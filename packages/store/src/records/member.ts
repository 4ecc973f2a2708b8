import { z } from "zod";
import { GuidSchema, PartyIdSchema, TeamsUserIdSchema } from "./common.js";

/**
 * What a person does for their party. Decides what the bot offers them; what they may see is
 * decided by their party's role under the rulebook (domain), never by this field alone.
 */
export const MemberRoleSchema = z.enum([
  "woonconsulent",
  "begeleider",
  "casemanager",
  "meldpunt_medewerker",
  "gemeente_medewerker",
  "regiehouder",
  "beheerder",
]);
export type MemberRole = z.infer<typeof MemberRoleSchema>;

export const MemberUpsertSchema = z.strictObject({
  teamsUserId: TeamsUserIdSchema,
  aadObjectId: GuidSchema.optional(),
  tenantId: GuidSchema,
  displayName: z.string().min(1).max(200),
  role: MemberRoleSchema,
  partyId: PartyIdSchema,
  isCoordinator: z.boolean().default(false),
});
export type MemberUpsert = z.input<typeof MemberUpsertSchema>;

export interface Member {
  id: string;
  teamsUserId: string;
  aadObjectId: string | null;
  tenantId: string;
  displayName: string;
  role: MemberRole;
  partyId: string;
  isCoordinator: boolean;
  createdAt: string;
  updatedAt: string;
}

export const memberLabel = { nl: "medewerker", en: "member" };
