import type { Deadline, Language } from "@convenantbot/domain";
import type { CardElement } from "../card-types.js";
import { sectionTitle, text } from "../elements/text.js";
import { formatDate } from "../format/date.js";
import { msg } from "../messages/index.js";

/** Deadlines that start now, with their due date phrased by kind (within / at most / at least). */
export function deadlinesSection(deadlines: readonly Deadline[], lang: Language): CardElement[] {
  if (deadlines.length === 0) return [];
  return [
    sectionTitle(msg(lang, "summary.deadlines")),
    ...deadlines.map((d) =>
      text(`⏰ **${msg(lang, `deadline.${d.kind}`, { due: formatDate(d.due, lang) })}**: ${d.title[lang]} (${d.code}, ${d.article})`, {
        spacing: "small",
      }),
    ),
  ];
}
