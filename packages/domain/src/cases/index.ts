// Public surface of the cases capability (an aanmelding after submit, shared by its parties): pure.
export * from "./case-lifecycle-table.js";
export * from "./case-lifecycle.js";
export * from "./candidate-details.js";
export * from "./case-privacy.js";
export * from "./handoff-table.js";
export * from "./handoff.js";
export * from "./case-terms.js";
export * from "./case-kenmerk.js";
export * from "./case-reminders.js";
export * from "./own-reference.js";
