import { IsoDateSchema, parseKenmerk, parseOwnReference, rulebookModules } from "@convenantbot/domain";
import { eligibilityCues, normalise, snelcheckOpeners, wholePhrases } from "./phrases.js";

/** Short names caseworkers type for rulebooks ("snelcheck lv"), from each rulebook's module. */
export const rulebookAliases: Readonly<Record<string, string>> = Object.fromEntries(
  rulebookModules.flatMap((m) => m.aliases.map((alias) => [alias, m.id])),
);

export type Command =
  | { name: "help"; greeting?: true }
  | { name: "thanks" }
  | { name: "signalen" }
  | { name: "intake"; rulebook?: string; asOf?: string }
  | { name: "snelcheck"; rulebook?: string; asOf?: string }
  | { name: "aanmeldingen" }
  | { name: "cancel" }
  | { name: "pause" }
  | { name: "resume" }
  | { name: "back" }
  | { name: "language"; lang: "nl" | "en" }
  | { name: "signal"; caseRef?: string }
  | { name: "channel"; on: boolean }
  | { name: "case"; kenmerk: string }
  | { name: "unknown"; text: string };

function rulebookAndDate(args: string[]): { rulebook?: string; asOf?: string } {
  const out: { rulebook?: string; asOf?: string } = {};
  for (const arg of args) {
    if (IsoDateSchema.safeParse(arg).success) out.asOf = arg;
    else if (rulebookAliases[arg]) out.rulebook = rulebookAliases[arg];
    else if (Object.values(rulebookAliases).includes(arg)) out.rulebook = arg;
  }
  return out;
}

function fromPhrase(phrase: string): Command | undefined {
  const meaning = wholePhrases[phrase];
  switch (meaning) {
    case undefined:
      return undefined;
    case "greeting":
      return { name: "help", greeting: true };
    case "help":
    case "thanks":
    case "signalen":
    case "signal":
      return { name: meaning };
    case "intake":
      return { name: "intake" };
    case "snelcheck":
      return { name: "snelcheck" };
    case "aanmeldingen":
      return { name: "aanmeldingen" };
  }
}

/** "kan deze klant een convenantwoning krijgen": an eligibility cue plus a rulebook's short name. */
function eligibilityQuestion(words: string[]): Command | undefined {
  const rulebook = rulebookAndDate(words).rulebook;
  if (!rulebook || !words.some((w) => eligibilityCues.includes(w))) return undefined;
  return { name: "snelcheck", rulebook };
}

/** The text after the first word, when it reads as one dossier number (with a digit, not a sentence). */
function ownReferenceAfter(text: string): string | undefined {
  const rest = text.trim().replace(/^\S+\s+/, "");
  if (rest === text.trim() || !/\d/.test(rest) || rest.split(/\s+/).length > 2) return undefined;
  const parsed = parseOwnReference(rest);
  return parsed.ok ? parsed.value : undefined;
}

/** Dutch first, English accepted: caseworkers type both, with or without punctuation. */
export function parseCommand(text: string): Command {
  const phrase = normalise(text);
  const known = fromPhrase(phrase);
  if (known) return known;
  const words = phrase === "" ? [] : phrase.split(" ");
  const [first = "", second = ""] = words;
  const two = `${first} ${second}`;
  // "?" alone normalises to nothing: a question mark asks for help.
  if (words.length === 0 && text.trim() !== "") return { name: "help" };
  if (["help", "hulp", "menu"].includes(first)) return { name: "help" };
  const opener = snelcheckOpeners.find((o) => phrase === o || phrase.startsWith(`${o} `));
  if (opener && first !== "snelcheck")
    return { name: "snelcheck", ...rulebookAndDate(words.slice(opener.split(" ").length)) };
  if (two === "nieuwe aanmelding" || two === "new intake")
    return { name: "intake", ...rulebookAndDate(words.slice(2)) };
  // "aanmelding LV-2026-0012" (or "zaak ..."): that case's card, not a new intake.
  const kenmerk = parseKenmerk(second);
  if (kenmerk && ["aanmelding", "zaak", "case", "intake"].includes(first)) return { name: "case", kenmerk };
  // "aanmelding D-2024/118": the caseworker's own dossier number, as typed (the phrase drops
  // punctuation). A rulebook or a date after "aanmelding" still starts an intake.
  const ownReference = ownReferenceAfter(text);
  if (
    ownReference &&
    ["aanmelding", "zaak", "case"].includes(first) &&
    Object.keys(rulebookAndDate(words.slice(1))).length === 0
  )
    return { name: "case", kenmerk: ownReference };
  if (first === "aanmelding" || first === "intake") return { name: "intake", ...rulebookAndDate(words.slice(1)) };
  if (first === "snelcheck" || two === "quick check")
    return { name: "snelcheck", ...rulebookAndDate(words.slice(first === "snelcheck" ? 1 : 2)) };
  if (two === "mijn aanmeldingen" || two === "my intakes" || first === "aanmeldingen") return { name: "aanmeldingen" };
  if (["annuleer", "annuleren", "cancel", "stop"].includes(first)) return { name: "cancel" };
  if (["pauze", "pause"].includes(first)) return { name: "pause" };
  if (["hervat", "resume", "verder"].includes(first)) return { name: "resume" };
  if (["terug", "back", "vorige"].includes(first)) return { name: "back" };
  if (first === "taal" || first === "language") {
    if (second === "en" || second === "english" || second === "engels") return { name: "language", lang: "en" };
    if (second === "nl" || second === "nederlands" || second === "dutch") return { name: "language", lang: "nl" };
  }
  if (first === "kanaal" || first === "channel") {
    if (["signalen", "signals", "aan", "on"].includes(second)) return { name: "channel", on: true };
    if (["uit", "off", "stop"].includes(second)) return { name: "channel", on: false };
  }
  if (first === "signaal" || first === "signal") {
    // "signaal HV/2026-77": the sender's own dossier number as typed (the phrase drops its
    // punctuation); a kenmerk or the tab's short id reads as before.
    const ownReference = parseKenmerk(second) ? undefined : ownReferenceAfter(text);
    const caseRef = ownReference ?? second;
    return caseRef ? { name: "signal", caseRef } : { name: "signal" };
  }
  return eligibilityQuestion(words) ?? { name: "unknown", text };
}
