// Dutch number notation without Intl, so every runtime (Node, browser) prints the same text.

/** 33000 -> "33.000"; works for bigints of any size. */
export function groupThousands(value: number | bigint): string {
  // Safe integers skip the BigInt (checks print amounts on every run; same text either way).
  const whole = typeof value === "bigint" ? value : Math.trunc(value);
  const text = typeof whole === "number" && Number.isSafeInteger(whole) ? String(whole) : BigInt(whole).toString();
  const negative = text.startsWith("-");
  const digits = negative ? text.slice(1) : text;
  let grouped = digits.length <= 3 ? digits : digits.slice(-3);
  for (let end = digits.length - 3; end > 0; end -= 3)
    grouped = `${digits.slice(Math.max(0, end - 3), end)}.${grouped}`;
  return negative ? `-${grouped}` : grouped;
}

/** 597.3 -> "€ 597,30"; 47073 -> "€ 47.073". */
export function euro(amount: number): string {
  const cents = Math.round(amount * 100);
  const whole = groupThousands(Math.trunc(cents / 100));
  const rest = Math.abs(cents % 100);
  return rest === 0 && Number.isInteger(amount) ? `€ ${whole}` : `€ ${whole},${String(rest).padStart(2, "0")}`;
}
