import type { Localized } from "../common/localized.js";

/**
 * Refinement messages in both languages, written as a predicate that follows "Veld 'x'" /
 * "Field 'x'" (e.g. "is ongeldig: ..."). The shared zod-to-DomainError mapper only knows Dutch
 * for its own refinements, so ours carry their Dutch text in `params` (see parse-signal.ts).
 */
export function bilingual(message: Localized): { message: string; params: { nl: string; en: string } } {
  return { message: message.en, params: { nl: message.nl, en: message.en } };
}
