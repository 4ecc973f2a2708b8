import Fraction from "fraction.js";
import { groupThousands } from "../allocation/dutch-number.js";

/** Always "n/d" (also "18/1"), the machine-readable exact form of facts.md's shareExact. */
export function exactString(f: Fraction): string {
  return `${f.s * f.n}/${f.d}`;
}

/** "18" or "84/11", without the decimal approximation. */
export function plainFraction(f: Fraction): string {
  return f.d === 1n ? groupThousands(f.s * f.n) : `${f.s * f.n}/${f.d}`;
}

/** For the working: a whole number as "18", otherwise "84/11 ≈ 7,6364" (Dutch decimal comma). */
export function showFraction(f: Fraction): string {
  if (f.d === 1n) return groupThousands(f.s * f.n);
  return `${f.s * f.n}/${f.d} ≈ ${decimal(f, 4)}`;
}

/** Rounded half up to `places` decimals, trailing zeros dropped, decimal comma. */
export function decimal(f: Fraction, places: number): string {
  const scale = 10n ** BigInt(places);
  const scaled = (2n * f.n * scale + f.d) / (2n * f.d);
  const whole = scaled / scale;
  const digits = (scaled % scale).toString().padStart(places, "0").replace(/0+$/, "");
  const sign = f.s < 0n && scaled !== 0n ? "-" : "";
  return `${sign}${groupThousands(whole)}${digits ? `,${digits}` : ""}`;
}
