/**
 * The Teams activity feed notifications the bot sends. Each is declared in the manifest
 * (`activities.activityTypes`, same names, nl and en templateText) and has its preview text in
 * the message catalogue (`activity.<type>`); the test of the manifest keeps the three equal.
 */
export const ACTIVITY_TYPES = [
  "signalReceived",
  "signalForwarded",
  "caseReceived",
  "caseAssigned",
  "termNearlyDue",
  "signalNearlyDue",
  "signalEscalated",
  "caseEscalated",
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];
