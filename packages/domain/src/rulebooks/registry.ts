import { dateText } from "../common/date-text.js";
import { DomainError } from "../common/domain-error.js";
import type { IsoDate } from "../common/iso-date.js";
import { isValidOn, lastValidDay, type Rulebook } from "./rulebook.js";
import { allRulebooks } from "./all.js";

export function listRulebooks(): readonly Rulebook[] {
  return allRulebooks;
}

export function rulebookIds(): string[] {
  return [...new Set(allRulebooks.map((r) => r.id))];
}

/** The version of a rulebook in force on a date; a clear error (nl/en) otherwise. */
export function resolveRulebook(id: string, asOf: IsoDate): Rulebook {
  const versions = allRulebooks.filter((r) => r.id === id);
  if (versions.length === 0) {
    const known = rulebookIds().join(", ");
    throw new DomainError(
      "unknown_rulebook",
      `Onbekende regeling '${id}' (veld rulebook). Bekende regelingen: ${known}.`,
      `Unknown rulebook '${id}' (field rulebook). Known rulebooks: ${known}.`,
      [{ field: "rulebook", message_nl: `Onbekende regeling '${id}'.`, message_en: `Unknown rulebook '${id}'.` }],
    );
  }
  const valid = versions.find((r) => isValidOn(r, asOf));
  if (valid) return valid;
  const latest = versions.at(-1)!;
  const to = lastValidDay(latest.validity);
  const expired = to !== null && asOf > to;
  const period_nl = `geldig van ${dateText(latest.validity.from, "nl")} ${to ? `t/m ${dateText(to, "nl")}` : "voor onbepaalde tijd"}`;
  const period_en = `valid from ${dateText(latest.validity.from, "en")} ${to ? `up to and including ${dateText(to, "en")}` : "indefinitely"}`;
  const extra_nl = expired
    ? latest.validity.ended
      ? ` De regeling is beëindigd (${latest.validity.ended.source}).`
      : " De regeling is verlopen; is zij verlengd? Leg een verlenging vast in de gegevens van de regeling."
    : " De regeling was toen nog niet in werking.";
  const extra_en = expired
    ? latest.validity.ended
      ? ` The rulebook has ended (${latest.validity.ended.source}).`
      : " The rulebook has expired; was it extended? Record an extension in the rulebook's data."
    : " The rulebook was not yet in force then.";
  throw new DomainError(
    "rulebook_not_valid",
    `Regeling '${id}' is niet geldig op ${dateText(asOf, "nl")} (veld asOf): ${period_nl}.${extra_nl}`,
    `Rulebook '${id}' is not valid on ${dateText(asOf, "en")} (field asOf): ${period_en}.${extra_en}`,
    [
      {
        field: "asOf",
        message_nl: `Regeling niet geldig op ${dateText(asOf, "nl")} (${period_nl}).`,
        message_en: `Rulebook not valid on ${dateText(asOf, "en")} (${period_en}).`,
      },
    ],
  );
}

export function findRulebookVersions(id: string): readonly Rulebook[] {
  return allRulebooks.filter((r) => r.id === id);
}

/** The newest version of a rulebook (its title and parties for lists and cards); undefined for an unknown id. */
export function latestRulebookVersion(id: string): Rulebook | undefined {
  return findRulebookVersions(id).at(-1);
}

/** The version a record was decided under; the newest when that version is no longer known. */
export function rulebookVersionOf(id: string, version: string | null | undefined): Rulebook | undefined {
  const versions = findRulebookVersions(id);
  return versions.find((r) => r.version === version) ?? versions.at(-1);
}
