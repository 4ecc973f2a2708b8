import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

// One file per figure, so test files running in parallel never overwrite each other's figures;
// scripts/render-reliability.mjs turns them into the table in bench/README.md.
const dir = fileURLToPath(new URL("../../../../bench/results/reliability/", import.meta.url));

/** Records a measured reliability figure (counts from a test that asserted on them). */
export function recordFigure(name: string, figure: Record<string, number | string>): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    `${dir}${name}.json`,
    `${JSON.stringify({ ...figure, recordedAt: new Date().toISOString() }, null, 2)}\n`,
  );
}
