import type { Language } from "@convenantbot/domain";
import type { AdaptiveCard } from "../card-types.js";
import { adaptiveCard } from "../elements/card.js";
import { heading, text } from "../elements/text.js";
import { msg, type MessageKey } from "../messages/index.js";

/** The commands the bot understands, as typed (Dutch in both languages: that is what it parses). */
export const HELP_COMMANDS: readonly { command: string; description: MessageKey }[] = [
  { command: "help", description: "help.cmd.help" },
  { command: "nieuwe aanmelding", description: "help.cmd.nieuweAanmelding" },
  { command: "snelcheck [kw|lv|noodwoning|mh|hov|urgentie]", description: "help.cmd.snelcheck" },
  { command: "mijn aanmeldingen", description: "help.cmd.mijnAanmeldingen" },
  { command: "signaal", description: "help.cmd.signaal" },
  { command: "annuleer", description: "help.cmd.annuleer" },
  { command: "pauze", description: "help.cmd.pauze" },
  { command: "terug", description: "help.cmd.terug" },
  { command: "hervat", description: "help.cmd.hervat" },
  { command: "taal en|nl", description: "help.cmd.taal" },
];

/** The command list as a FactSet: command left, what it does right. No actions. */
export function helpCard(lang: Language): AdaptiveCard {
  return adaptiveCard(
    lang,
    [
      heading(msg(lang, "help.heading")),
      text(msg(lang, "help.intro")),
      { type: "FactSet", facts: HELP_COMMANDS.map((c) => ({ title: c.command, value: msg(lang, c.description) })) },
    ],
    [],
    { fallbackText: msg(lang, "help.text") },
  );
}
