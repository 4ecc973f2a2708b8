import type { CardVerb } from "@convenantbot/contract/card-verbs";
import { HELP_MENU_COMMANDS } from "@convenantbot/cards";
import { notUnderstood } from "./turn.js";
import type { VerbRows } from "./verb-rows.js";

/** The help card's buttons. */
export const menuVerbs = {
  // The same as typing its command (never an answer to an open question); only the menu's own.
  "command.run": (payload, scope, asTyped) =>
    HELP_MENU_COMMANDS.includes(payload.command) ? asTyped(payload.command) : notUnderstood(scope),
} satisfies Partial<VerbRows<CardVerb>>;
