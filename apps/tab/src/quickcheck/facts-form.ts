import { isValidOn, listRulebooks, type FactDefinition, type Rulebook } from "@convenantbot/domain";

/** What a form field holds: "" (or an empty list) is "unknown", which the check never counts as passed. */
export type Answer = string | readonly string[];

/** Dutch numbers use a decimal comma: "8,5" is 8.5. Anything else goes on as typed, so the domain names the field. */
function numberOf(text: string): number | string {
  const normalised = text.trim().replace(",", ".");
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : text.trim();
}

/** The facts object of a check request: only answered facts, typed as the rulebook expects them. */
export function answersToFacts(
  facts: readonly FactDefinition[],
  answers: Readonly<Record<string, Answer>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const fact of facts) {
    const answer = answers[fact.name];
    if (answer === undefined) continue;
    if (Array.isArray(answer)) {
      if (answer.length > 0) out[fact.name] = [...answer];
      continue;
    }
    const text = (answer as string).trim();
    if (text === "") continue;
    switch (fact.answer) {
      case "boolean":
        out[fact.name] = text === "true" ? true : text === "false" ? false : text;
        break;
      case "number":
      case "integer":
        out[fact.name] = numberOf(text);
        break;
      default:
        out[fact.name] = text;
    }
  }
  return out;
}

/** One entry per rulebook id (the newest version): the check itself picks the version valid on the date. */
export function checkableRulebooks(today?: string, region?: readonly string[]): Rulebook[] {
  const byId = new Map<string, Rulebook>();
  for (const rulebook of listRulebooks()) byId.set(rulebook.id, rulebook);
  const all = [...byId.values()].filter((r) => !today || isValidOn(r, today));
  const own = region && region.length > 0 ? all.filter((r) => region.includes(r.id)) : [];
  return own.length > 0 ? own : all;
}
