import type { Deadline, Language } from "@convenantbot/domain";
import type { CardElement } from "../card-types.js";
import { text } from "../elements/text.js";
import { formatDate } from "../format/date.js";
import { msg } from "../messages/index.js";

/** Deadlines that start now, with their due date phrased by kind (within / at most / at least); small text, so the card stays short. */
export function deadlinesSection(deadlines: readonly Deadline[], lang: Language): CardElement[] {
  if (deadlines.length === 0) return [];
  // One small block (heading line + one line per term): the summary card stays short.
  const lines = deadlines.map(
    (d) =>
      `⏰ **${msg(lang, `deadline.${d.kind}`, { due: formatDate(d.due, lang) })}**: ${d.title[lang]} (${d.code}, ${d.article})`,
  );
  return [text([`**${msg(lang, "summary.deadlines")}**`, ...lines].join("\n"), { spacing: "default", size: "small" })];
}
