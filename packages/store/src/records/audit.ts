import { z } from "zod";
import { AuditActorSchema } from "./common.js";

/** One audit entry: ids only. Free text (names, notes, facts) never goes here. */
export const AuditEntryInputSchema = z.strictObject({
  actor: AuditActorSchema,
  action: z
    .string()
    .max(100)
    .regex(/^[a-z_]+(\.[a-z_]+)+$/, { message: "expected a dotted action such as signal.create" }),
  recordType: z
    .string()
    .max(50)
    .regex(/^[a-z_]+$/, { message: "expected lower-case letters and _" }),
  recordId: z.string().min(1).max(200),
  correlationId: z.string().min(1).max(200).optional(),
});
export type AuditEntryInput = z.input<typeof AuditEntryInputSchema>;

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  recordType: string;
  recordId: string;
  correlationId: string | null;
}

export const auditLabel = { nl: "auditregel", en: "audit entry" };
