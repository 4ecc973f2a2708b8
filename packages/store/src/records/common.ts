import { PartySchema } from "@convenantbot/domain";
import { z } from "zod";

/** Ids the store creates (random v4 UUIDs). */
export const UuidSchema = z.uuid();
/** Microsoft Entra (AAD) ids: any GUID, including the demo tenant 00000000-...-000000000001. */
export const GuidSchema = z.guid();
export const PartyIdSchema = PartySchema.shape.id;

export const TeamsUserIdSchema = z
  .string()
  .max(512)
  .regex(/^29:\S+$/, { message: "expected a Teams user id starting with 29:" });

/**
 * Who did something, as an id, never a name: `member:<uuid>`, `party:<id>`, `system:<job>`
 * or `api:<key id>`. The audit log keeps only these.
 */
export const AuditActorSchema = z
  .string()
  .max(200)
  .regex(/^(member|party|system|api):[A-Za-z0-9_.:-]+$/, {
    message: "expected an actor as member:<id>, party:<id>, system:<name> or api:<key id>",
  });
export type AuditActor = z.infer<typeof AuditActorSchema>;

/** Carried by every audited write: the actor and the request's correlation id. */
export const WriteMetaSchema = z.strictObject({
  actor: AuditActorSchema,
  correlationId: z.string().min(1).max(200).optional(),
});
export type WriteMeta = z.input<typeof WriteMetaSchema>;

export const JsonObjectSchema = z.record(z.string(), z.unknown());
export type JsonObject = z.infer<typeof JsonObjectSchema>;

export const ActionSchema = z
  .string()
  .max(100)
  .regex(/^[a-z_]+$/, { message: "expected lower-case letters and _" });
