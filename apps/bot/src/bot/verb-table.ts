import { cardVerbs, type CardVerb } from "@convenantbot/contract/card-verbs";
import { caseVerbs } from "../cases/case-routes.js";
import { intakeVerbs } from "../intake/intake-verbs.js";
import { keepWorkVerbs } from "../intake/keep-work.js";
import { menuVerbs } from "./menu-verbs.js";
import { signalVerbs } from "./signal-routes.js";
import { snelcheckVerbs } from "./snelcheck-routes.js";
import type { VerbHandler, VerbRows } from "./verb-rows.js";

/** One card verb: the schema of what its card sends (the contract's) and what the bot does. */
export interface VerbRow<Verb extends CardVerb> {
  payload: (typeof cardVerbs)[Verb];
  handle: VerbHandler<Verb>;
}

export type VerbTable = { readonly [Verb in CardVerb]: VerbRow<Verb> };

/** Each concern's rows, as its module exports them; verb-table.test.ts checks no verb is in two. */
export const verbRowGroups = {
  intake: intakeVerbs,
  keepWork: keepWorkVerbs,
  snelcheck: snelcheckVerbs,
  menu: menuVerbs,
  signals: signalVerbs,
  cases: caseVerbs,
} as const;

// Typed as every verb's handler: a verb of the contract without a row does not compile.
const handlers: VerbRows<CardVerb> = {
  ...intakeVerbs,
  ...keepWorkVerbs,
  ...snelcheckVerbs,
  ...menuVerbs,
  ...signalVerbs,
  ...caseVerbs,
};

/** Every card action the router answers, by verb. */
export const verbTable = Object.fromEntries(
  (Object.keys(cardVerbs) as CardVerb[]).map((verb) => [verb, { payload: cardVerbs[verb], handle: handlers[verb] }]),
) as unknown as VerbTable;
