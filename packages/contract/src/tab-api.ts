/**
 * The contract of the bot's /api/tab/* routes, as zod schemas built from the domain's own
 * schemas. The bot parses every request with these and the tab every answer, so the two
 * sides cannot drift apart; the route table (routes.ts) names them per route.
 */
import { z } from "zod";
import {
  IsoDateSchema,
  LocalizedSchema,
  OutcomeSchema,
  PartyRoleSchema,
  SignalActionSchema,
  SignalActionTypeSchema,
  SignalChannelSchema,
  SignalOutcomeSchema,
  SignalStatusSchema,
  SignalTypeSchema,
} from "@convenantbot/domain";

/** Local mode only: which demo caseworker the playground's tab acts as (never a credential in production). */
export const DEV_USER_HEADER = "x-convenantbot-demo-user";

// ---- Who am I --------------------------------------------------------------------------

export const RulebookRefSchema = z.object({ id: z.string(), title: LocalizedSchema, region: z.string() });
export type RulebookRef = z.infer<typeof RulebookRefSchema>;

export const MeSchema = z.object({
  /** teams: identified by a verified Teams SSO token; dev: by the local-mode demo header. */
  mode: z.enum(["teams", "dev"]),
  member: z.object({ displayName: z.string(), role: z.string(), coordinator: z.boolean() }),
  party: z.object({ id: z.string(), name: z.string(), role: PartyRoleSchema }),
  /** The rulebooks the caller's party takes part in: the dashboards it may open. */
  rulebooks: z.array(RulebookRefSchema),
});
export type Me = z.infer<typeof MeSchema>;

export const DevUserSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  partyName: z.string(),
  partyRole: PartyRoleSchema,
});
export const DevUsersSchema = z.object({ users: z.array(DevUserSchema) });
export type DevUser = z.infer<typeof DevUserSchema>;

// ---- Signals ---------------------------------------------------------------------------

/** `:id` in signal paths: checked before the store sees it, so a bad id is a 400 naming `id`, not a database error. */
export const SignalIdParamSchema = z.uuid();

/** `:rulebook` in dashboard paths: an id as the domain spells them. */
export const RulebookIdSchema = z.string().regex(/^[a-z0-9-]{1,80}$/);

/** Query strings arrive as text, so `overdue` is "true"/"false". Strict: a typo is a 400, not a silent no-filter. */
export const SignalListQuerySchema = z.strictObject({
  type: SignalTypeSchema.optional(),
  status: SignalStatusSchema.optional(),
  overdue: z.enum(["true", "false"]).optional(),
});
export type SignalListQuery = z.infer<typeof SignalListQuerySchema>;

export const SignalSummarySchema = z.object({
  id: z.string(),
  /** Short handle ("HA-2026-0012"; older signals: the id's first eight characters), as on the card. */
  kenmerk: z.string().optional(),
  type: SignalTypeSchema,
  rulebook: z.string(),
  channel: SignalChannelSchema,
  createdAt: z.string(),
  /** The caller's own lifecycle status; for a sender, the first recipient's. */
  status: SignalStatusSchema,
  direction: z.enum(["received", "sent"]),
  senderPartyName: z.string(),
  /** Only when the caller's privacy-filtered view holds it. */
  tenantName: z.string().optional(),
  /** The sender's own dossier number: sent to the sending party only. */
  ownReference: z.string().optional(),
  overdue: z.boolean(),
  dueDate: IsoDateSchema.optional(),
  /** What the caller may do now: exactly the buttons the card offers. */
  actions: z.array(SignalActionTypeSchema),
});
export type SignalSummary = z.infer<typeof SignalSummarySchema>;
export const SignalListSchema = z.object({ items: z.array(SignalSummarySchema) });

export const SignalFieldSchema = z.object({
  path: z.string(),
  label: LocalizedSchema,
  value: z.union([z.string(), z.number(), z.boolean()]),
});
export type SignalField = z.infer<typeof SignalFieldSchema>;

export const SignalHistoryRowSchema = z.object({
  at: z.string(),
  action: z.string(),
  actorPartyName: z.string(),
  toPartyName: z.string().optional(),
  outcome: SignalOutcomeSchema.optional(),
  from: SignalStatusSchema.nullable(),
  to: SignalStatusSchema,
});
export type SignalHistoryRow = z.infer<typeof SignalHistoryRowSchema>;

export const SignalDetailSchema = SignalSummarySchema.extend({
  rulebookTitle: LocalizedSchema,
  fields: z.array(SignalFieldSchema),
  history: z.array(SignalHistoryRowSchema),
  lifecycles: z.array(
    z.object({ ownerPartyName: z.string(), status: SignalStatusSchema, outcome: SignalOutcomeSchema.optional() }),
  ),
  forwardTargets: z.array(z.object({ partyId: z.string(), name: z.string() })),
  closeOutcomes: z.array(SignalOutcomeSchema),
});
export type SignalDetail = z.infer<typeof SignalDetailSchema>;

/** The same action body as the card and the partners' API (domain SignalActionSchema). */
export const SignalActionRequestSchema = SignalActionSchema;
export const SignalActionResultSchema = z.object({
  id: z.string(),
  status: SignalStatusSchema,
  noop: z.boolean(),
  reason: LocalizedSchema.optional(),
});

// ---- Aanmeldingen ----------------------------------------------------------------------

export const TrackedDeadlineSchema = z.object({
  code: z.string(),
  article: z.string(),
  title: LocalizedSchema,
  kind: z.enum(["within", "at_most", "at_least", "target"]),
  due: IsoDateSchema,
  metOn: IsoDateSchema.optional(),
  overdue: z.boolean(),
});
export type TrackedDeadline = z.infer<typeof TrackedDeadlineSchema>;

export const OfferResponseSchema = z.enum(["geaccepteerd", "geweigerd"]);

export const AanmeldingRowSchema = z.object({
  id: z.string(),
  rulebook: z.string(),
  rulebookTitle: LocalizedSchema,
  status: z.string(),
  outcome: OutcomeSchema.nullable(),
  createdOn: IsoDateSchema,
  supportPartyName: z.string().nullable(),
  /** Why the caller sees it: its party registered it, supports the tenant, or made an offer. */
  relation: z.enum(["aangemeld", "begeleiding", "verhuurder", "ontvangen"]),
  /** A case submitted through the bot: its status from the case history and the work-queue flags. */
  caseStatus: z.string().optional(),
  caseStatusLabel: LocalizedSchema.optional(),
  newVoordracht: z.boolean().optional(),
  assignedToMe: z.boolean().optional(),
  termsDueThisWeek: z
    .array(z.object({ code: z.string(), article: z.string(), title: LocalizedSchema, due: IsoDateSchema }))
    .optional(),
  /** "LV-2026-0012", as on the card and the receipt. */
  kenmerk: z.string().optional(),
  /** The caseworker's own dossier number: sent to the sending party only. */
  ownReference: z.string().optional(),
  /** The case steps this party may take now (the card's buttons). */
  caseActions: z.array(z.string()).optional(),
  /** The colleague this party assigned the case to. */
  assignedTo: z.string().optional(),
  deadlines: z.array(TrackedDeadlineSchema),
  offers: z.array(
    z.object({
      landlordName: z.string(),
      offeredOn: IsoDateSchema,
      response: OfferResponseSchema.nullable(),
      withinTerm: z.boolean().nullable(),
    }),
  ),
  lease: z
    .object({
      temporaryStart: IsoDateSchema,
      evaluationDue: IsoDateSchema,
      madePermanentOn: IsoDateSchema.nullable(),
      endedOn: IsoDateSchema.nullable(),
    })
    .nullable(),
  overdue: z.boolean(),
});
export type AanmeldingRow = z.infer<typeof AanmeldingRowSchema>;
export const AanmeldingListSchema = z.object({ items: z.array(AanmeldingRowSchema) });

/** A step on a shared case from the work queue: the domain's CaseActionSchema ("me" assigns to the caller). */
export const CaseStepRequestSchema = z.union([
  z.strictObject({ type: z.enum(["oppakken", "ontvangen", "aanvaarden", "doorzetten"]) }),
  z.strictObject({ type: z.literal("toewijzen"), assigneeMemberId: z.literal("me") }),
  z.strictObject({
    type: z.literal("notitie"),
    note: z.string().trim().min(1).max(2000),
    category: z.enum(["process", "identity", "contact", "financial", "nuisance", "care", "justice"]),
  }),
]);
export type CaseStepRequest = z.infer<typeof CaseStepRequestSchema>;
export const CaseStepResultSchema = z.object({
  id: z.string(),
  caseStatus: z.string(),
  caseStatusLabel: LocalizedSchema,
  noop: z.boolean(),
  reason: LocalizedSchema.optional(),
});

// ---- Platform dashboard (counts only, never personal data) -----------------------------

const Count = z.number().int().min(0);
const Year = z.number().int().min(1900).max(2200);

export const QuotaDashboardSchema = z.object({
  rulebook: z.string(),
  title: LocalizedSchema,
  years: z.array(Year),
  /** Registered demand (aanmeldingen) against offers made, per year. */
  demand: z.array(z.object({ year: Year, registered: Count, offered: Count })),
  landlords: z.array(
    z.object({
      partyId: z.string(),
      name: z.string(),
      perYear: z.array(z.object({ year: Year, offered: Count, accepted: Count, quota: Count.nullable() })),
    }),
  ),
  /** LV.9: where the quota comes from; null when the rulebook has no distribution. */
  quota: z.object({ code: z.string(), article: z.string(), source: z.string() }).nullable(),
  noodwoningen: z
    .object({
      code: z.string(),
      article: z.string(),
      perYear: Count,
      beyond: LocalizedSchema,
      years: z.array(z.object({ year: Year, used: Count, offered: Count })),
    })
    .nullable(),
  assumptions: z.array(z.object({ text_nl: z.string(), text_en: z.string() })),
});
export type QuotaDashboard = z.infer<typeof QuotaDashboardSchema>;

export const HalfYearSchema = z.string().regex(/^\d{4}-H[12]$/);

export const MonitoringRowSchema = z.object({
  period: HalfYearSchema,
  gemeente: z.string(),
  /** null: not tied to one landlord (e.g. an aanmelding before any offer). */
  landlord: z.string().nullable(),
  signals: z.record(SignalTypeSchema, Count),
  /** Signals with a court ruling: an ontruimingsvonnis, or huurachterstand at vonnis stage. */
  ontruimingsvonnissen: Count,
  evictionsPrevented: Count,
  evictionsExecuted: Count,
  aanmeldingen: Count,
  offers: Count,
  offersWithinTerm: Count,
});
export type MonitoringRow = z.infer<typeof MonitoringRowSchema>;

export const MonitoringSchema = z.object({
  rulebook: z.string(),
  title: LocalizedSchema,
  periods: z.array(HalfYearSchema),
  rows: z.array(MonitoringRowSchema),
});
export type Monitoring = z.infer<typeof MonitoringSchema>;

// ---- Errors ----------------------------------------------------------------------------

/** Every error answer of the bot: Dutch first, English too. */
export const ApiErrorSchema = z.object({
  message_nl: z.string(),
  message_en: z.string(),
  issues: z
    .array(
      z.object({ field: z.string().optional(), message_nl: z.string().optional(), message_en: z.string().optional() }),
    )
    .optional(),
  correlationId: z.string().optional(),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;
