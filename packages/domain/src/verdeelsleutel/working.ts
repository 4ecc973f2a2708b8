import type Fraction from "fraction.js";
import { groupThousands } from "../allocation/dutch-number.js";
import { decimal, plainFraction, showFraction } from "./fraction-text.js";
import type { Apportionment } from "./largest-remainder.js";
import { columns, type VerdeelsleutelRequest } from "./request.js";

export interface GemeenteWorking {
  name: string;
  parts: readonly [Fraction, Fraction, Fraction];
  share: Fraction;
}

const list = (items: readonly string[]) =>
  items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} en ${items.at(-1)}`;

/** One Dutch sentence per step, so a policy officer can redo the sum by hand (art. 3). */
export function workingSentences(
  request: VerdeelsleutelRequest,
  columnTotals: readonly [bigint, bigint, bigint],
  rows: readonly GemeenteWorking[],
  apportionment: Apportionment,
): string[] {
  const out: string[] = [];
  let step = 0;
  const say = (text: string) => out.push(`Stap ${++step}: ${text}`);
  const total = groupThousands(request.total);

  if (request.note) say(`herkomst van de cijfers volgens de invoer: ${request.note.replace(/[.\s]+$/, "")}.`);
  say(
    request.year === undefined
      ? `het regionale totaal is ${total} woningen (art. 2 lid 2); de tellingen horen die van 1 januari van jaar t-1 te zijn (art. 3 lid 2; geen jaar opgegeven).`
      : `het regionale totaal is ${total} woningen voor ${request.year} (art. 2 lid 2); de tellingen zijn die van 1 januari ${request.year - 1} (art. 3 lid 2).`,
  );
  columns.forEach((column, k) => {
    const terms = request.gemeenten.map((g) => groupThousands(g[column.key]));
    say(
      `de regio telt ${terms.join(" + ")} = ${groupThousands(columnTotals[k]!)} ${column.nl} (de basis voor ${column.letter}).`,
    );
  });
  const lowAboveHigh = request.gemeenten.filter((g) => g.homesBelowLowCap > g.homesBelowHighCap).map((g) => g.name);
  if (lowAboveHigh.length > 0)
    say(
      `let op: bij ${list(lowAboveHigh)} zijn er meer woningen onder de lage dan onder de hoge aftoppingsgrens, terwijl de eerste een deel van de tweede zijn; controleer of de kolommen niet zijn verwisseld.`,
    );
  rows.forEach((row, i) => {
    const g = request.gemeenten[i]!;
    const parts = columns.map(
      (column, k) =>
        `${column.letter} = ${total} × ${groupThousands(g[column.key])} / ${groupThousands(columnTotals[k]!)} = ${showFraction(row.parts[k]!)}`,
    );
    say(`${row.name} krijgt naar rato ${list(parts)}.`);
    say(
      `het aandeel van ${row.name} is (A + B + C) / 3 = (${row.parts.map((p) => plainFraction(p)).join(" + ")}) / 3 = ${showFraction(row.share)} woningen.`,
    );
  });
  say(
    `de aandelen tellen samen op tot precies ${total}, het regionale totaal: er is exact gerekend met breuken, zonder afrondingsverschil.`,
  );
  const floorTotal = apportionment.floors.reduce((s, f) => s + f, 0n);
  say(
    `het convenant schrijft geen afronding voor; Convenantbot kiest de methode van de grootste overschotten en geeft iedere gemeente eerst het gehele deel van haar aandeel: ${list(
      rows.map((r, i) => `${r.name} ${groupThousands(apportionment.floors[i]!)}`),
    )}, samen ${groupThousands(floorTotal)}.`,
  );
  const left = BigInt(request.total) - floorTotal;
  if (left === 0n) say("er blijven geen woningen over, want alle aandelen zijn gehele getallen.");
  else
    say(
      `${left === 1n ? "de overgebleven woning gaat naar het grootste overschot" : `de overgebleven ${groupThousands(left)} woningen gaan één voor één naar de grootste overschotten`} (bij een gelijk overschot eerst de gemeente met meer particuliere huishoudens, daarna alfabetisch): ${list(
        apportionment.extras.map((i) => `${rows[i]!.name} (overschot ${decimal(apportionment.remainders[i]!, 4)})`),
      )}.`,
    );
  const tie = apportionment.boundaryTie;
  if (tie) {
    const served = request.gemeenten[tie.served]!;
    const leftOut = request.gemeenten[tie.leftOut]!;
    const why =
      served.households !== leftOut.households
        ? `meer particuliere huishoudens heeft (${groupThousands(served.households)} tegen ${groupThousands(leftOut.households)})`
        : "bij gelijke huishoudens alfabetisch eerder komt";
    say(
      `${served.name} en ${leftOut.name} hebben hetzelfde overschot (${showFraction(apportionment.remainders[tie.served]!)}); ${served.name} gaat voor omdat zij ${why}.`,
    );
  }
  say(
    `uitkomst: ${list(rows.map((r, i) => `${r.name} ${groupThousands(apportionment.allocated[i]!)}`))}, samen ${total} woningen.`,
  );
  return out;
}
