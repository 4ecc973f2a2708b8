/**
 * Numbers as Dutch caseworkers type them: a comma for decimals ("1450,50"), points for
 * thousands ("1.450,50"), a euro sign or spaces around ("€ 1.450"). A lone point with
 * three digits after it is read as thousands ("1.450" = 1450, the Dutch way); with one or
 * two digits as decimals ("1450.5", the English way). Ambiguity beyond that is refused.
 */
export type DutchNumber = { ok: true; value: number } | { ok: false };

const GROUPED_COMMA_DECIMALS = /^\d{1,3}(\.\d{3})+(,\d+)?$/; // 1.450,50  12.345
const PLAIN_COMMA_DECIMALS = /^\d+(,\d+)?$/; // 1450,50  1450
const POINT_DECIMALS = /^\d+\.\d{1,2}$/; // 1450.5  1450.50
const GROUPED_POINT_DECIMALS = /^\d{1,3}(,\d{3})+(\.\d{1,2})?$/; // 1,450.50 (English)

export function parseDutchNumber(input: string | number): DutchNumber {
  if (typeof input === "number") return Number.isFinite(input) ? { ok: true, value: input } : { ok: false };
  const raw = input
    .replace(/[\s\u00a0]/g, "")
    .replace(/^€/, "")
    .replace(/^eur/i, "")
    .replace(/,-$/, "");
  const negative = raw.startsWith("-");
  const text = negative ? raw.slice(1) : raw;
  let value: number;
  if (GROUPED_COMMA_DECIMALS.test(text)) value = Number(text.replace(/\./g, "").replace(",", "."));
  else if (PLAIN_COMMA_DECIMALS.test(text)) value = Number(text.replace(",", "."));
  else if (POINT_DECIMALS.test(text)) value = Number(text);
  else if (GROUPED_POINT_DECIMALS.test(text)) value = Number(text.replace(/,/g, ""));
  else return { ok: false };
  return Number.isFinite(value) ? { ok: true, value: negative ? -value : value } : { ok: false };
}
