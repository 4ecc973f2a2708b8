import { isValidOn, listRulebooks, mayNominate, type IsoDate, type Rulebook } from "@convenantbot/domain";
import type { HelpMenu, HelpMenuItem, RulebookOption } from "@convenantbot/cards";
import { lastValidDay } from "@convenantbot/domain";
import type { Caseworker } from "../ports.js";
import { rulebookAliases } from "./commands.js";
import { afterSubmitLines } from "../cases/after-submit.js";

/** The rulebooks in force today in the caseworker's region (those that list their party). */
export function rulebooksInForce(caseworker: Caseworker, today: IsoDate): Rulebook[] {
  const valid = listRulebooks().filter((r) => isValidOn(r, today));
  const own = valid.filter((r) => r.parties.some((p) => p.id === caseworker.partyId));
  return own.length > 0 ? own : valid;
}

/** The shortest name a caseworker can type for a rulebook ("lv"), if it has one. */
function aliasOf(rulebookId: string): string | undefined {
  return Object.entries(rulebookAliases)
    .filter(([, id]) => id === rulebookId)
    .map(([alias]) => alias)
    .sort((a, b) => a.length - b.length)[0];
}

/**
 * What this caseworker can start, from their role and region: an LV landlord does not
 * nominate (LV art. 4.1), and nobody is offered a rulebook that has expired (MH, 2023).
 */
export function helpMenuFor(
  caseworker: Caseworker,
  today: IsoDate,
  greeting = false,
  lang: "nl" | "en" = "nl",
): HelpMenu {
  const inForce = listRulebooks().filter(
    (r) => isValidOn(r, today) && r.parties.some((p) => p.id === caseworker.partyId),
  );
  const items: HelpMenuItem[] = [];
  const nominates = inForce.some((r) => mayNominate(r, caseworker.role));
  if (nominates) items.push("intake");
  if (inForce.length > 0) items.push("snelcheck", "signal");
  // Four buttons fit: a nominator's fourth is its aanmeldingen, anyone else's its signals.
  if (nominates) items.push("aanmeldingen");
  else if (inForce.length > 0) items.push("signalen");
  const snelcheckAliases = inForce.map((r) => aliasOf(r.id)).filter((a): a is string => a !== undefined);
  const afterSubmit = inForce
    .filter((r) => mayNominate(r, caseworker.role))
    .map((r) => ({ title: r.title[lang], text: afterSubmitLines(r, lang).join(" ") }));
  return {
    items,
    snelcheckAliases,
    ...(greeting ? { greeting: true } : {}),
    ...(afterSubmit.length > 0 ? { afterSubmit } : {}),
  };
}

/** The choice card's options for a bare "snelcheck": only rulebooks in force. */
export function snelcheckOptions(caseworker: Caseworker, today: IsoDate): RulebookOption[] {
  return rulebooksInForce(caseworker, today).map((r) => ({
    id: r.id,
    title: r.title,
    validFrom: r.validity.from,
    validTo: lastValidDay(r.validity),
    valid: true,
  }));
}
