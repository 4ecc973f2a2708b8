import type { Language, Reason } from "@convenantbot/domain";
import type { CardElement } from "../card-types.js";
import { sectionTitle, text } from "../elements/text.js";
import { statusIcon } from "../format/outcome.js";
import { msg } from "../messages/index.js";

const OPEN = new Set(["failed", "review", "unknown"]);

/**
 * The rules that decide the outcome, first: failed, for review or still open, each as its
 * sentence with its article. A failed alternatives group shows why each claimed member failed;
 * informational flags never decide, so they stay in the full list.
 */
export function keyReasonsSection(reasons: readonly Reason[], lang: Language): CardElement[] {
  const groupsFailed = new Set(
    reasons.filter((r) => r.status === "failed" && r.group === undefined).map((r) => r.code),
  );
  const key = reasons.filter((r) => {
    if (r.informational || !OPEN.has(r.status)) return false;
    if (r.group === undefined) return true;
    // Members matter on their own only when their group failed (then each claimed ground's reason counts).
    return groupsFailed.has(r.group) && r.status === "failed";
  });
  if (key.length === 0) return [];
  // Failed first, then review, then open: what stops the aanmelding comes first.
  const order = { failed: 0, review: 1, unknown: 2 } as Record<string, number>;
  const sorted = [...key].sort((a, b) => (order[a.status] ?? 3) - (order[b.status] ?? 3));
  const lines = sorted.map((r) => `${statusIcon[r.status]} ${lang === "nl" ? r.text_nl : r.text_en} (${r.article})`);
  return [sectionTitle(msg(lang, "check.keyReasons")), ...lines.map((line) => text(line, { spacing: "small" }))];
}
