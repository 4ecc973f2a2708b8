// Dutch number notation without Intl, so every runtime (Node, browser) prints the same text.

/** 33000 -> "33.000"; works for bigints of any size. */
export function groupThousands(value: number | bigint): string {
  const text = (typeof value === "bigint" ? value : BigInt(Math.trunc(value))).toString();
  const negative = text.startsWith("-");
  const digits = negative ? text.slice(1) : text;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return negative ? `-${grouped}` : grouped;
}

/** 597.3 -> "€ 597,30"; 47073 -> "€ 47.073". */
export function euro(amount: number): string {
  const cents = Math.round(amount * 100);
  const whole = groupThousands(Math.trunc(cents / 100));
  const rest = Math.abs(cents % 100);
  return rest === 0 && Number.isInteger(amount) ? `€ ${whole}` : `€ ${whole},${String(rest).padStart(2, "0")}`;
}
