import { z } from "zod";
import { IsoDateSchema, LanguageSchema } from "@convenantbot/domain";

/** The intake as it lives in conversation state (Postgres via the store's Storage). */
export const IntakeStateSchema = z.object({
  /** Set at the start; the aanmelding is stored under it (a second "Kies en sla op" stores nothing new). */
  id: z.uuid().optional(),
  rulebook: z.string(),
  asOf: IsoDateSchema,
  facts: z.record(z.string(), z.unknown()),
  /** Facts in the order they were answered, so "terug" undoes the last one. */
  answered: z.array(z.string()),
  /** "not_eligible": the outcome is final, but the answers are kept so one can be changed. */
  status: z.enum(["active", "paused", "choosing", "details", "reviewing", "not_eligible"]),
  /**
   * The fact the last question card asked, so a typed answer knows what it answers. A fact
   * that is already answered means the caseworker chose to change it ("Wijzig een antwoord").
   */
  current: z.string().optional(),
  /** Raised by every change of the answers; cards carry it, so an older card is recognised and never rewrites an answer. */
  revision: z.number().int().nonnegative().optional(),
  /** "annuleer" was asked and waits for "ja" / "nee". */
  confirm: z.literal("cancel").optional(),
  /** A new intake was asked for while this one is open: what "begin opnieuw" starts. */
  pendingStart: z.object({ rulebook: z.string().optional(), asOf: IsoDateSchema.optional() }).optional(),
  /** The nominating caseworker's own party: a care party usually supports its own candidate. */
  ownPartyId: z.string().optional(),
  /** After the support party is chosen (cases): the chosen party and the candidate details. */
  supportPartyId: z.string().nullable().optional(),
  candidate: z.record(z.string(), z.unknown()).optional(),
  /** The caseworker's own dossier number for this aanmelding (optional; only the sending party sees it). */
  ownReference: z.string().max(200).optional(),
  /** Becomes the aanmelding's id: submitting twice submits one case. */
  caseId: z.uuid().optional(),
});
export type IntakeState = z.infer<typeof IntakeStateSchema>;

export const ConversationDataSchema = z.object({
  intake: IntakeStateSchema.optional(),
  /** The caseworker's intake that ended last (saved, cancelled): a late second click finds its aanmelding. */
  lastIntakeId: z.string().optional(),
});
export type ConversationData = z.infer<typeof ConversationDataSchema>;

export const UserDataSchema = z.object({ lang: LanguageSchema.default("nl") });
export type UserData = z.infer<typeof UserDataSchema>;
