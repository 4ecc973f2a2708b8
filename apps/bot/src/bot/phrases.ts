/**
 * Everyday phrasings caseworkers type instead of a command ("hallo", "wat kun je?",
 * "check lv", "kan deze klant een convenantwoning krijgen?"). A small table, matched after
 * normalising case, punctuation and spaces; no model: what it understands is listed here.
 */

/** Lower case, punctuation and emoji off, single spaces: "Help!" and "help" are the same. */
export function normalise(text: string): string {
  return text
    .toLocaleLowerCase("nl")
    .normalize("NFKC")
    .replace(/[’']/g, "")
    .replace(/[^\p{L}\p{N}\s-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export type PhraseMeaning =
  "greeting" | "help" | "thanks" | "intake" | "snelcheck" | "aanmeldingen" | "signalen" | "signal";

/** Whole messages (after normalising) and what they mean. */
export const wholePhrases: Readonly<Record<string, PhraseMeaning>> = {
  // Greetings: answered with a greeting and the menu.
  hallo: "greeting",
  hoi: "greeting",
  hey: "greeting",
  hi: "greeting",
  hello: "greeting",
  dag: "greeting",
  goedemorgen: "greeting",
  "goede morgen": "greeting",
  goedemiddag: "greeting",
  "goede middag": "greeting",
  goedenavond: "greeting",
  "goede avond": "greeting",
  "good morning": "greeting",
  "good afternoon": "greeting",
  "good evening": "greeting",
  // Asking what the bot does.
  "wat kun je": "help",
  "wat kan je": "help",
  "wat kun jij": "help",
  "wat kan jij": "help",
  "wat kun je doen": "help",
  "wat kan je doen": "help",
  "wat kan ik doen": "help",
  "wat kan ik hier": "help",
  "wat doe je": "help",
  "hoe werkt dit": "help",
  "hoe werkt het": "help",
  "help me": "help",
  "hulp nodig": "help",
  "ik heb hulp nodig": "help",
  opties: "help",
  start: "help",
  "what can you do": "help",
  "how does this work": "help",
  "help me please": "help",
  // Thanks.
  bedankt: "thanks",
  dankje: "thanks",
  "dank je": "thanks",
  "dank je wel": "thanks",
  dankjewel: "thanks",
  "dank u": "thanks",
  top: "thanks",
  thanks: "thanks",
  "thank you": "thanks",
  // Starting an aanmelding.
  aanmelden: "intake",
  "iemand aanmelden": "intake",
  "klant aanmelden": "intake",
  "nieuwe klant": "intake",
  "start aanmelding": "intake",
  "ik wil iemand aanmelden": "intake",
  "ik wil een klant aanmelden": "intake",
  "new aanmelding": "intake",
  register: "intake",
  // Lists.
  "mijn signalen": "signalen",
  signalen: "signalen",
  "my signals": "signalen",
  "mijn meldingen": "signalen",
  // A new signal.
  "signaal sturen": "signal",
  "signaal versturen": "signal",
  "signaal doorgeven": "signal",
  "nieuw signaal": "signal",
  "send signal": "signal",
  "new signal": "signal",
};

/** First words that mean "quick check" ("check lv", "snel check kw", "quickcheck"). */
export const snelcheckOpeners: readonly string[] = [
  "snel check",
  "quick check",
  "quickcheck",
  "check",
  "toets",
  "controleer",
];

/**
 * Questions about eligibility ("kan deze klant een convenantwoning krijgen?", "komt zij in
 * aanmerking voor urgentie?"): one of these words and a rulebook's short name → a snelcheck.
 */
export const eligibilityCues: readonly string[] = [
  "kan",
  "kun",
  "komt",
  "krijgen",
  "aanmerking",
  "recht",
  "eligible",
  "qualify",
  "can",
];
