import type { Language } from "@convenantbot/domain";
import type { AdaptiveCard, CardAction } from "../card-types.js";
import { execute, showCard } from "../elements/actions.js";
import { adaptiveCard } from "../elements/card.js";
import { heading, text } from "../elements/text.js";
import { msg, type MessageKey } from "../messages/index.js";
import { VERBS } from "./verbs.js";

/** The snelcheck short names of every rulebook; the card shows only those the caller may use. */
export const SNELCHECK_ALIASES = ["kw", "lv", "noodwoning", "hov", "urgentie"] as const;

/** The commands the bot understands, as typed (Dutch in both languages: that is what it parses). */
export const HELP_COMMANDS: readonly { command: string; description: MessageKey }[] = [
  { command: "help", description: "help.cmd.help" },
  { command: "nieuwe aanmelding", description: "help.cmd.nieuweAanmelding" },
  { command: `snelcheck [${SNELCHECK_ALIASES.join("|")}]`, description: "help.cmd.snelcheck" },
  { command: "mijn aanmeldingen", description: "help.cmd.mijnAanmeldingen" },
  { command: "signaal", description: "help.cmd.signaal" },
  { command: "mijn signalen", description: "help.cmd.mijnSignalen" },
  { command: "annuleer", description: "help.cmd.annuleer" },
  { command: "pauze", description: "help.cmd.pauze" },
  { command: "terug", description: "help.cmd.terug" },
  { command: "hervat", description: "help.cmd.hervat" },
  { command: "taal en|nl", description: "help.cmd.taal" },
];

/** What the caller can start from the menu; the bot decides this from their role and region. */
export type HelpMenuItem = "intake" | "snelcheck" | "signal" | "aanmeldingen" | "signalen";

export interface HelpMenu {
  /** In this order, only what this caseworker may do (a landlord does not nominate under LV). */
  items: readonly HelpMenuItem[];
  /** Short names of the rulebooks in force in the caller's region ("lv", "noodwoning"). */
  snelcheckAliases?: readonly string[];
  /** Answering "hallo": greet first. */
  greeting?: boolean;
  /** Per rulebook the caller nominates under: who receives an aanmelding after submit (from the hand-off table). */
  afterSubmit?: readonly { title: string; text: string }[];
}

const MAX_BUTTONS = 4;

/** The typed command each button runs: a button does exactly what typing it would do. */
const ITEM_COMMAND: Readonly<Record<HelpMenuItem, string>> = {
  intake: "nieuwe aanmelding",
  snelcheck: "snelcheck",
  signal: "signaal",
  aanmeldingen: "mijn aanmeldingen",
  signalen: "mijn signalen",
};

const ITEM_TITLE: Readonly<Record<HelpMenuItem, MessageKey>> = {
  intake: "help.button.intake",
  snelcheck: "help.button.snelcheck",
  signal: "help.button.signal",
  aanmeldingen: "help.button.aanmeldingen",
  signalen: "help.button.signalen",
};

/** Every command a menu button may run; the bot runs nothing else for `command.run`. */
export const HELP_MENU_COMMANDS: readonly string[] = Object.values(ITEM_COMMAND);

/** The menu item a listed command belongs to; commands without one (help, taal) are always listed. */
function itemOf(command: string): HelpMenuItem | undefined {
  return (Object.keys(ITEM_COMMAND) as HelpMenuItem[]).find((i) => command.split(" [")[0] === ITEM_COMMAND[i]);
}

/**
 * Short: a line of what the bot does and one button per thing this caseworker may start
 * (Action.Execute `command.run`, data `{ command }`: the same as typing it). The full command
 * list sits behind "Alle opdrachten" so the card stays small.
 */
export function helpCard(
  lang: Language,
  menu: HelpMenu = { items: ["intake", "snelcheck", "signal", "aanmeldingen", "signalen"] },
): AdaptiveCard {
  const aliases = menu.snelcheckAliases ?? SNELCHECK_ALIASES;
  const commands = HELP_COMMANDS.filter((c) => {
    const item = itemOf(c.command);
    return item === undefined || menu.items.includes(item);
  }).map((c) =>
    c.command.startsWith("snelcheck")
      ? { ...c, command: aliases.length > 0 ? `snelcheck [${aliases.join("|")}]` : "snelcheck" }
      : c,
  );
  // Teams shows at most five actions: four menu buttons and "Alle opdrachten".
  const actions: CardAction[] = menu.items
    .slice(0, MAX_BUTTONS)
    .map((item) =>
      execute(
        VERBS.commandRun,
        msg(lang, ITEM_TITLE[item]),
        { command: ITEM_COMMAND[item] },
        item === menu.items[0] ? { style: "positive" } : {},
      ),
    );
  actions.push(
    showCard(
      msg(lang, "help.allCommands"),
      [
        { type: "FactSet", facts: commands.map((c) => ({ title: c.command, value: msg(lang, c.description) })) },
        ...(menu.afterSubmit && menu.afterSubmit.length > 0
          ? [
              text(`**${msg(lang, "help.afterSubmit")}**`),
              { type: "FactSet" as const, facts: menu.afterSubmit.map((a) => ({ title: a.title, value: a.text })) },
            ]
          : []),
      ],
      [],
    ),
  );
  return adaptiveCard(
    lang,
    [
      heading(msg(lang, menu.greeting ? "help.greeting" : "help.heading")),
      text(msg(lang, menu.items.length > 0 ? "help.intro" : "help.introNothing")),
    ],
    actions,
    { fallbackText: msg(lang, "help.text") },
  );
}
