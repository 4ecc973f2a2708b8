import Fraction from "fraction.js";
import { exactString } from "./fraction-text.js";
import { largestRemainder } from "./largest-remainder.js";
import { columns, parseVerdeelsleutelRequest } from "./request.js";
import { workingSentences, type GemeenteWorking } from "./working.js";

export interface VerdeelsleutelGemeente {
  name: string;
  /** The total in proportion to private households, as a decimal. */
  a: number;
  /** ... to corporation homes below the high aftoppingsgrens. */
  b: number;
  /** ... to corporation homes below the low aftoppingsgrens. */
  c: number;
  /** (a + b + c) / 3 as a decimal. */
  share: number;
  /** The same share as an exact fraction "n/d". */
  shareExact: string;
  /** Whole homes by largest remainder; they sum to the total. */
  allocated: number;
}

export interface VerdeelsleutelResponse {
  gemeenten: VerdeelsleutelGemeente[];
  /** One Dutch sentence per step. */
  working: string[];
}

/**
 * MH.3 (seed 002_55f02754f0fc6e60.txt, art. 3): each gemeente's share is (A + B + C) / 3, where
 * A, B and C distribute the regional total in proportion to three columns. Exact rationals
 * throughout; the integer apportionment is our design choice (the seed prescribes no rounding).
 * Throws DomainError (naming the field) on bad input.
 */
export function verdeelsleutel(input: unknown): VerdeelsleutelResponse {
  const request = parseVerdeelsleutelRequest(input);
  const total = BigInt(request.total);
  const columnTotals = columns.map((column) =>
    request.gemeenten.reduce((sum, g) => sum + BigInt(g[column.key]), 0n),
  ) as [bigint, bigint, bigint];

  const rows: GemeenteWorking[] = request.gemeenten.map((g) => {
    const parts = columns.map((column, k) => new Fraction(total * BigInt(g[column.key]), columnTotals[k]!)) as [
      Fraction,
      Fraction,
      Fraction,
    ];
    return { name: g.name, parts, share: parts[0].add(parts[1]).add(parts[2]).div(3) };
  });

  const shareSum = rows.reduce((sum, r) => sum.add(r.share), new Fraction(0));
  if (!shareSum.equals(total)) throw new Error(`verdeelsleutel: shares sum to ${shareSum.toFraction()}, not ${total}`);

  const apportionment = largestRemainder(
    total,
    rows.map((r, i) => ({ name: r.name, households: request.gemeenten[i]!.households, share: r.share })),
  );

  return {
    gemeenten: rows.map((r, i) => ({
      name: r.name,
      a: r.parts[0].valueOf(),
      b: r.parts[1].valueOf(),
      c: r.parts[2].valueOf(),
      share: r.share.valueOf(),
      shareExact: exactString(r.share),
      allocated: Number(apportionment.allocated[i]!),
    })),
    working: workingSentences(request, columnTotals, rows, apportionment),
  };
}
