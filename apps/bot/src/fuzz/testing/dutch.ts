// Test support: "is this reply Dutch?" for fuzz oracles, from the bot's own nl/en catalogues.
import { catalogues } from "@convenantbot/cards";
import { allText, cardsOf, textsOf, type Activity } from "../../testing/bot-client.js";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function templates(lang: "nl" | "en"): RegExp[] {
  return Object.values(catalogues[lang]).map(
    (t) =>
      new RegExp(
        `^${t
          .split(/\{\w+\}/)
          .map(escape)
          .join("[\\s\\S]*")}$`,
      ),
  );
}
const nlTemplates = templates("nl");
const enTemplates = templates("en");
const dutchWords =
  /(^|[^\p{L}])(je|jouw|de|het|een|niet|geen|kies|is|van|of|deze|die|dit|bestaat|regeling|veld|ontbreekt|onbekend|ongeldig|aanmelding|typ|vraag|ja|nee|peildatum|voldaan|toets)([^\p{L}]|$)/iu;

/** A reply line is Dutch when it is an nl catalogue text, or Dutch prose that is no en catalogue text. */
export function isDutchLine(line: string): boolean {
  if (nlTemplates.some((r) => r.test(line))) return true;
  if (enTemplates.some((r) => r.test(line))) return false;
  return dutchWords.test(line);
}

/** Every text line and every card of the reply is Dutch; returns the offending piece, if any. */
export function notDutch(activities: Activity[]): string | undefined {
  for (const text of textsOf(activities)) {
    for (const line of text.split("\n").filter((l) => l.trim())) if (!isDutchLine(line)) return line;
  }
  for (const card of cardsOf(activities)) {
    const text = allText(card);
    if (!dutchWords.test(text)) return text.slice(0, 200);
  }
  return undefined;
}
