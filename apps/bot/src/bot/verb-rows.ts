import type { CardVerb, CardVerbPayload } from "@convenantbot/contract/card-verbs";
import type { RouteResult, TurnScope } from "./turn.js";

/**
 * A card verb's handler: the payload has passed the verb's schema (the card's own object, so
 * every input it sent is there too). `asTyped` re-enters the router as if the caseworker typed
 * `text`: a menu button means its command.
 */
export type VerbHandler<Verb extends CardVerb, Scope = TurnScope> = (
  payload: CardVerbPayload<Verb>,
  scope: Scope,
  asTyped: (text: string) => Promise<RouteResult>,
) => RouteResult | Promise<RouteResult>;

/** Some verbs' handlers, as a concern's module exports them for the verb table. */
export type VerbRows<Verb extends CardVerb, Scope = TurnScope> = { readonly [V in Verb]: VerbHandler<V, Scope> };
