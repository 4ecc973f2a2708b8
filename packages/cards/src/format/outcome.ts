import type { Language, Outcome, RuleStatus } from "@convenantbot/domain";
import type { Color } from "../card-types.js";
import { msg } from "../messages/index.js";

/** Colour carries the outcome at a glance; the words carry it for screen readers and print. */
export const outcomeColor: Readonly<Record<Outcome, Color>> = {
  eligible: "good",
  not_eligible: "attention",
  needs_info: "warning",
  needs_review: "accent",
};

const outcomeIcon: Readonly<Record<Outcome, string>> = {
  eligible: "✅",
  not_eligible: "⛔",
  needs_info: "❓",
  needs_review: "⚖️",
};

export function outcomeLabel(outcome: Outcome, lang: Language): string {
  return msg(lang, `outcome.${outcome}`);
}

export function outcomeHeadline(outcome: Outcome, lang: Language): string {
  return `${outcomeIcon[outcome]} ${outcomeLabel(outcome, lang)}`;
}

/** Icon plus word: an emoji alone is not enough (colour-blind users, text-only clients). */
export const statusIcon: Readonly<Record<RuleStatus, string>> = {
  passed: "✅",
  failed: "❌",
  unknown: "❔",
  review: "⚖️",
  not_applicable: "➖",
};

export function statusLabel(status: RuleStatus, lang: Language): string {
  return `${statusIcon[status]} ${msg(lang, `status.${status}`)}`;
}
