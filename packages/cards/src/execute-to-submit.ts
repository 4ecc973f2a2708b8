/**
 * Teams cards use Universal Actions (`Action.Execute` with a `verb`), which Web Chat does not
 * implement. This rewrites every Action.Execute in a card, wherever it sits (actions,
 * ActionSet, ShowCard, selectAction, fallback, refresh), into the Action.Submit Web Chat does
 * run, carrying the verb in its data. Web Chat then sends a message whose `value` is
 * `{verb, ...data, ...inputs}`, which the bot reads as the same action Teams would invoke.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function translateExecute(node: Json): Json {
  if (Array.isArray(node)) return node.map(translateExecute);
  if (node === null || typeof node !== "object") return node;
  if (node.type === "Action.Execute") {
    const { type: _execute, verb, data, ...rest } = node;
    const translated: { [key: string]: Json } = { ...mapValues(rest), type: "Action.Submit" };
    translated.data = submitData(verb, data);
    return translated;
  }
  return mapValues(node);
}

function mapValues(node: { [key: string]: Json }): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(node)) out[key] = translateExecute(value);
  return out;
}

/**
 * Object data is spread with the verb last: the action's verb is what Teams would send as
 * `action.verb`, so a `verb` key inside data must not override it. Non-object data (allowed
 * by the schema, rare) is kept under `data` so inputs can still merge into an object.
 */
function submitData(verb: Json | undefined, data: Json | undefined): Json {
  const base: { [key: string]: Json } =
    data !== null && typeof data === "object" && !Array.isArray(data)
      ? { ...data }
      : data === undefined
        ? {}
        : { data };
  if (typeof verb === "string") base.verb = verb;
  return base;
}

/** Is this attachment an Adaptive Card (the only kind with Action.Execute)? */
export const ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive";
