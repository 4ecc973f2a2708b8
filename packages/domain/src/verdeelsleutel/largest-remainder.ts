import Fraction from "fraction.js";

export interface Claimant {
  name: string;
  /** Tie-break: the larger number of private households goes first. */
  households: number;
  share: Fraction;
}

export interface Apportionment {
  /** Whole part of each share, in input order. */
  floors: bigint[];
  /** Final integers, in input order; they sum to the total. */
  allocated: bigint[];
  /** Fractional part of each share, in input order. */
  remainders: Fraction[];
  /** Indices that got one extra home, in the order they got it. */
  extras: number[];
  /** The first claimant left out with the same remainder as the last one served, if any. */
  boundaryTie?: { served: number; leftOut: number };
}

/** Remainder desc, then households desc, then name alphabetically (our design choice, facts.md). */
export function precedes(a: Claimant & { remainder: Fraction }, b: Claimant & { remainder: Fraction }): number {
  return (
    b.remainder.compare(a.remainder) ||
    b.households - a.households ||
    a.name.localeCompare(b.name, "nl") ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  );
}

/**
 * Largest remainder (Hamilton): everyone gets the whole part of the share, the homes left go
 * one each to the largest remainders. Shares must sum exactly to `total`.
 */
export function largestRemainder(total: bigint, claimants: readonly Claimant[]): Apportionment {
  const floors = claimants.map((c) => c.share.floor().n * c.share.s);
  const remainders = claimants.map((c, i) => c.share.sub(floors[i]!));
  const left = total - floors.reduce((sum, f) => sum + f, 0n);
  // Remainders are each below 1 and sum to `left`, so 0 <= left < claimants; anything else is a bug.
  if (left < 0n || left > BigInt(claimants.length)) throw new Error(`largestRemainder: ${left} homes left over`);
  const ranked = claimants.map((c, index) => ({ ...c, remainder: remainders[index]!, index })).sort(precedes);
  const extras = ranked.slice(0, Number(left)).map((c) => c.index);
  const allocated = floors.map((f, i) => (extras.includes(i) ? f + 1n : f));
  const last = ranked[Number(left) - 1];
  const next = ranked[Number(left)];
  const boundaryTie =
    last && next && last.remainder.equals(next.remainder) && last.remainder.compare(0) > 0
      ? { served: last.index, leftOut: next.index }
      : undefined;
  return { floors, allocated, remainders, extras, ...(boundaryTie ? { boundaryTie } : {}) };
}
