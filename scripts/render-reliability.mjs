#!/usr/bin/env node
// Renders the reliability figures the tests wrote (bench/results/reliability/*.json, one file
// per figure) into the table between the markers in bench/README.md. Run at the end of
// scripts/test-all.mjs; it never fails the run, and a figure no test wrote stays "not run".
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const dir = join(root, "bench", "results", "reliability");
const readme = join(root, "bench", "README.md");
const START = "<!-- reliability:start -->";
const END = "<!-- reliability:end -->";

export function loadFigures(from = dir) {
  if (!existsSync(from)) return {};
  const figures = {};
  for (const file of readdirSync(from).filter((f) => f.endsWith(".json"))) {
    try {
      figures[file.replace(/\.json$/, "")] = JSON.parse(readFileSync(join(from, file), "utf8"));
    } catch {
      // A half-written figure (a run cut off) is skipped, not fatal.
    }
  }
  return figures;
}

const ratio = (a, b) => (a === undefined || b === undefined ? "not run" : `${a} / ${b}`);
const day = (f) => (f?.recordedAt ? f.recordedAt.slice(0, 10) : "");

export function renderTable(f) {
  const rows = [
    [
      "faults survived / tried: broken or full data directory (not writable, disk full x2, DATA_DIR a file, damaged files)",
      ratio(f.dataDirFaults?.survived, f.dataDirFaults?.tried),
      "apps/bot/src/maintenance/data-dir-faults.process.test.ts",
      f.dataDirFaults,
    ],
    [
      "faults survived / tried: kill -9 of the bot on PGlite during a burst",
      f.kill9 ? `${f.kill9.lost === 0 ? f.kill9.kills : 0} / ${f.kill9.kills}` : "not run",
      "apps/bot/src/maintenance/kill-9.process.test.ts",
      f.kill9,
    ],
    [
      "records lost / acknowledged under those kills (signals + intake answers)",
      f.kill9
        ? `${f.kill9.lost} / ${f.kill9.acknowledged} (${f.kill9.signals} signals, ${f.kill9.answers} answers; half written: ${f.kill9.halfWritten})`
        : "not run",
      "apps/bot/src/maintenance/kill-9.process.test.ts",
      f.kill9,
    ],
    [
      "two processes on one PGlite directory: rounds both got in / rounds",
      f.lockRounds
        ? `${f.lockRounds.bothIn} / ${f.lockRounds.rounds} (second refused with a Dutch/English message: ${f.lockRounds.refused})`
        : "not run",
      "packages/store/src/engine/data-dir-lock.processes.test.ts",
      f.lockRounds,
    ],
    [
      "bad inputs / clear errors: HTTP check API",
      ratio(f.fuzzCheckApi?.tried, f.fuzzCheckApi?.clear),
      "apps/bot/src/fuzz/check-api.fuzz.test.ts",
      f.fuzzCheckApi,
    ],
    [
      "bad inputs / clear errors: card submissions",
      ratio(f.fuzzCards?.tried, f.fuzzCards?.clear),
      "apps/bot/src/fuzz/card-submissions.fuzz.test.ts",
      f.fuzzCards,
    ],
    [
      "bad inputs / clear errors: dialog text",
      ratio(f.fuzzDialog?.tried, f.fuzzDialog?.clear),
      "apps/bot/src/fuzz/dialog-text.fuzz.test.ts",
      f.fuzzDialog,
    ],
    [
      "bad inputs / clear errors: tab API",
      ratio(f.fuzzTab?.tried, f.fuzzTab?.clear),
      "apps/bot/src/fuzz/tab-api.fuzz.test.ts",
      f.fuzzTab,
    ],
    [
      "bad inputs / clear errors: CLI",
      ratio(f.fuzzCli?.tried, f.fuzzCli?.clear),
      "apps/cli/src/cli.fuzz.test.ts",
      f.fuzzCli,
    ],
    [
      "cross-party attempts / refused (tab + partners' API)",
      ratio(f.crossParty?.attempts, f.crossParty?.refused),
      "apps/bot/src/security/cross-party.http.test.ts",
      f.crossParty,
    ],
  ];
  return [
    "| figure | result | test | measured |",
    "| --- | --- | --- | --- |",
    ...rows.map(([what, result, test, figure]) => `| ${what} | ${result} | \`${test}\` | ${day(figure)} |`),
  ].join("\n");
}

export function render(text, figures) {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) return text;
  return `${text.slice(0, start + START.length)}\n${renderTable(figures)}\n${text.slice(end)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = loadFigures();
  if (Object.keys(figures).length === 0) process.exit(0);
  const before = readFileSync(readme, "utf8");
  const after = render(before, figures);
  if (after !== before) writeFileSync(readme, after);
  console.log(`bench/README.md: reliability figures ${after === before ? "unchanged" : "updated"}`);
}
