// `pnpm bench`: Convenantbot side by side with two anchor bots, in ONE run on the same machine.
//
//   echo          bench/anchors/echo.cjs        bare botbuilder CloudAdapter on restify 11
//   echo-state    bench/anchors/echo-state.cjs  + ConversationState/UserState (MemoryStorage), 3-prompt WaterfallDialog
//   convenantbot  apps/bot/dist/bundle/main.mjs       on an existing PGlite data directory (created once, in a temp dir)
//
// For each: cold start (spawn -> first valid reply, median of COLD_REPS), idle RSS (after the
// first reply), then a bounded autocannon load (bench/load.mjs: warm-up + duration, 50
// connections, one conversation per connection with one turn in flight, every body validated).
// Then: the snelcheck turn at 10 concurrent conversations, and pure checks/s
// (packages/domain/bench/check-throughput.ts). Prints a table with ratios and targets, writes
// bench/results/<YYYY-MM-DD>.json and the table in bench/README.md. Figures only: nothing here
// fails on a slow machine; absolute figures drift on a shared host, ratios hold better.
//
// Environment (all optional): BENCH_DURATION (s, default 20), BENCH_WARMUP (2), BENCH_CONNECTIONS (50),
// BENCH_SNELCHECK_CONNECTIONS (10), BENCH_COLD_REPS (3), BENCH_CHECK_MS (2000 per rulebook),
// BENCH_QUIET_MAX_S (15: wait at most this long for a quiet machine before each variant),
// BENCH_BOT_LOG_LEVEL (info, as in production), BENCH_DATABASE_URL (the row "convenantbot-postgres" on
// that database, which must be disposable; without it, a database of its own created on
// BENCH_PG_ADMIN_URL, default the machine's server, and dropped after; BENCH_DATABASE_URL=off skips
// the row), BENCH_PROFILE=1 (node --cpu-prof for convenantbot,
// profiles + a hot-spot summary under bench/results/profiles/), BENCH_ONLY=echo,echo-state,convenantbot,checks,recheck,fanout.
// recheck: bench/recheck.ts (100,000 stored open cases re-checked); fanout: bench/fanout.ts with
// its batch runs (10,000 signals in one POST /api/signals/batch, Postgres 2 workers and PGlite).
// Every run is kept: bench/results/run-<timestamp>.json, one line per run in history.jsonl.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { appendFileSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { cpus, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
// @ts-expect-error -- plain JavaScript module without type declarations (also run on its own with node)
import { AUTOCANNON_VERSION, botStartArgs, rssMb, runLoad, waitForFirstReply, waitForQuiet } from "./load.mjs";
import { psql } from "./psql.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const env = process.env;
const num = (name: string, fallback: number) => (env[name] !== undefined && env[name] !== "" ? Number(env[name]) : fallback);
const DURATION = num("BENCH_DURATION", 20);
const WARMUP = num("BENCH_WARMUP", 2);
const CONNECTIONS = num("BENCH_CONNECTIONS", 50);
const SNEL_CONNECTIONS = num("BENCH_SNELCHECK_CONNECTIONS", 10);
const COLD_REPS = Math.max(1, num("BENCH_COLD_REPS", 3));
const CHECK_MS = num("BENCH_CHECK_MS", 2000);
const QUIET_MAX_S = num("BENCH_QUIET_MAX_S", 15);
const BOT_LOG_LEVEL = env["BENCH_BOT_LOG_LEVEL"] ?? "info";
const PROFILE = env["BENCH_PROFILE"] === "1";
const ONLY = new Set((env["BENCH_ONLY"] ?? "echo,echo-state,convenantbot,checks,recheck,fanout").split(",").map((s) => s.trim()));

interface LoadResult {
  rps: number;
  errors: number;
  latency_ms: { p50: number | null; p90: number | null; p99: number | null; max: number | null; avg: number | null };
  server_rss_peak_mb: number | null;
  server_cpu_pct: number | null;
  loadgen_cpu_pct: number;
  other_cpu_pct: number | null;
  error_detail: { samples: string[] };
  [key: string]: unknown;
}
interface VariantResult {
  label: string;
  command: string;
  cold_start_ms: number;
  cold_start_samples_ms: number[];
  idle_rss_mb: number;
  quiet_before: { quiet: boolean; busyPct: number };
  load: LoadResult;
  snelcheck?: LoadResult;
}

// ------------------------------------------------------------ processes we start (and only those)
const started = new Set<ChildProcess>();
function stopAllStarted() {
  for (const child of started) if (child.exitCode === null && child.pid) process.kill(child.pid, "SIGKILL");
}
process.on("exit", stopAllStarted);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    stopAllStarted();
    process.exit(130);
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

interface Spec {
  label: string;
  scenario: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
}

function start(spec: Spec, port: number, logFile: string): ChildProcess {
  const out = openSync(logFile, "a");
  const child = spawn(process.execPath, spec.args, {
    cwd: spec.cwd,
    env: { ...env, ...spec.env, PORT: String(port) },
    stdio: ["ignore", out, out],
  });
  closeSync(out);
  started.add(child);
  return child;
}

/** SIGTERM by PID, then SIGKILL after 10 s; resolves when the process has exited. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    started.delete(child);
    return;
  }
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  process.kill(child.pid!, "SIGTERM");
  const timer = setTimeout(() => child.exitCode === null && process.kill(child.pid!, "SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
  started.delete(child);
}

async function coldStart(spec: Spec, port: number, logFile: string): Promise<{ child: ChildProcess; ms: number }> {
  const t0 = Date.now();
  const child = start(spec, port, logFile);
  try {
    const ms: number = await waitForFirstReply({
      url: `http://127.0.0.1:${port}/api/messages`,
      scenario: spec.scenario,
      t0,
      timeoutMs: 60_000,
      isAlive: () => child.exitCode === null,
    });
    return { child, ms };
  } catch (error) {
    await stop(child);
    const log = existsSync(logFile) ? readFileSync(logFile, "utf8").split("\n").slice(-15).join("\n") : "";
    throw new Error(`${spec.label} did not answer: ${(error as Error).message}\n--- ${logFile}\n${log}`);
  }
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : Math.round((s[m - 1]! + s[m]!) / 2);
};

async function measure(spec: Spec, work: string, extra?: (port: number, pid: number) => Promise<LoadResult>): Promise<VariantResult> {
  const quiet = await waitForQuiet({ maxS: QUIET_MAX_S });
  const port = await freePort();
  const logFile = join(work, `${spec.label}.log`);
  const samples: number[] = [];
  let running: ChildProcess | undefined;
  for (let rep = 0; rep < COLD_REPS; rep++) {
    const { child, ms } = await coldStart(spec, port, logFile);
    samples.push(ms);
    if (rep < COLD_REPS - 1) await stop(child);
    else running = child;
  }
  const child = running!;
  try {
    await new Promise((r) => setTimeout(r, 1000)); // let start-up work settle before reading idle RSS
    const idle = rssMb(child.pid!);
    process.stderr.write(`  ${spec.label}: cold ${samples.join("/")} ms, idle RSS ${idle} MB; load ${WARMUP}+${DURATION} s x ${CONNECTIONS} connections...\n`);
    const load: LoadResult = await runLoad({
      url: `http://127.0.0.1:${port}/api/messages`,
      scenario: spec.scenario,
      duration: DURATION,
      warmup: WARMUP,
      connections: CONNECTIONS,
      pid: child.pid,
      label: spec.label,
    });
    const snelcheck = extra ? await extra(port, child.pid!) : undefined;
    return {
      label: spec.label,
      command: `node ${spec.args.join(" ")}`,
      cold_start_ms: median(samples),
      cold_start_samples_ms: samples,
      idle_rss_mb: idle,
      quiet_before: quiet,
      load,
      ...(snelcheck ? { snelcheck } : {}),
    };
  } finally {
    await stop(child);
  }
}

function checkThroughput(): { results: Record<string, number>; min: number; median: number } | undefined {
  const run = spawnSync(process.execPath, ["--conditions=source", "--import", "tsx", "bench/check-throughput.ts"], {
    cwd: join(root, "packages/domain"),
    env: { ...env, BENCH_MS: String(CHECK_MS) },
    encoding: "utf8",
    timeout: 120_000,
  });
  const text = run.stdout ?? "";
  const json = text.slice(text.indexOf("{"));
  try {
    const parsed = JSON.parse(json) as { results: Record<string, number> };
    const values = Object.values(parsed.results);
    return { results: parsed.results, min: Math.min(...values), median: median(values) };
  } catch {
    process.stderr.write(`check-throughput failed: ${run.stderr}\n`);
    return undefined;
  }
}

interface RecheckRun {
  engine: string;
  cases: number;
  recheck_s: number;
  first_read_recheck_s?: number;
  process_cpu_s: number;
  changed: number;
}
function recheckBench(): RecheckRun[] | undefined {
  const run = spawnSync(process.execPath, ["--conditions=source", "--import", "tsx", "recheck.ts"], { cwd: here, env, encoding: "utf8", timeout: 900_000 });
  const text = run.stdout ?? "";
  try {
    return (JSON.parse(text.slice(text.indexOf("{"))) as { runs: RecheckRun[] }).runs;
  } catch {
    process.stderr.write(`recheck bench failed: ${run.stderr}\n`);
    return undefined;
  }
}

interface FanoutRun {
  name: string;
  signals: number;
  postSeconds: number;
  deliveredSeconds: number | null;
  lost: number;
}
function fanoutBench(): FanoutRun[] | undefined {
  // pg1: single POSTs (50 in flight) to one process on Postgres, for the ">= 1,000/s" row.
  const only = env["BENCH_FANOUT_ONLY"] ?? "batch-pg2,batch-pglite,pg1";
  const run = spawnSync(process.execPath, ["--import", "tsx", "fanout.ts"], { cwd: here, env: { ...env, BENCH_FANOUT_ONLY: only }, encoding: "utf8", timeout: 1_800_000 });
  const file = join(here, "results", `fanout-${new Date().toISOString().slice(0, 10)}.json`);
  if (run.status !== 0 || !existsSync(file)) {
    process.stderr.write(`fan-out bench failed: ${run.stderr}\n`);
    return undefined;
  }
  const names = only.split(",");
  return (JSON.parse(readFileSync(file, "utf8")) as { results: FanoutRun[] }).results.filter((r) => names.includes(r.name));
}

/** The issue's table (issue 18 "Why"): every figure beside its anchor and target, from this run. */
function issueTable(byLabel: Record<string, VariantResult>, checks: { min: number } | undefined, recheck: RecheckRun[] | undefined, fanout: FanoutRun[] | undefined): string[] {
  const bot = byLabel["convenantbot"];
  const pg = byLabel["convenantbot-postgres"];
  const es = byLabel["echo-state"];
  const rows: string[] = ["| | echo-state anchor | Convenantbot | ratio | target | |", "| --- | ---: | ---: | ---: | ---: | --- |"];
  const verdict = (ok: boolean | null) => (ok === null ? "n/a" : ok ? "met" : "**MISSED**");
  const row = (name: string, anchor: number | null | undefined, value: number | null | undefined, digits: number, target: string, ok: (value: number, r: number | null) => boolean) => {
    const r = ratio(value, anchor);
    rows.push(`| ${name} | ${anchor === undefined || anchor === null ? "-" : fmt(anchor, digits)} | ${fmt(value, digits)} | ${r === null ? "" : `${fmt(r, 2)}x`} | ${target} | ${verdict(value === null || value === undefined ? null : ok(value, r))} |`);
  };
  if (bot) {
    row("intake turn rps", es?.load.rps, bot.load.rps, 0, ">= 0.7x", (_v, r) => r !== null && r >= 0.7);
    row("p99 ms", es?.load.latency_ms.p99, bot.load.latency_ms.p99, 1, "<= 1.5x", (_v, r) => r !== null && r <= 1.5);
    row("slowest request ms", undefined, bot.load.latency_ms.max, 0, "< 1,000 ms", (v) => v < 1000);
    row("cold start ms", es?.cold_start_ms, bot.cold_start_ms, 0, "<= 1.5x", (_v, r) => r !== null && r <= 1.5);
    row("idle RSS MB (PGlite)", es?.idle_rss_mb, bot.idle_rss_mb, 0, "<= 2x", (_v, r) => r !== null && r <= 2);
  }
  if (pg) row("idle RSS MB (Postgres)", es?.idle_rss_mb, pg.idle_rss_mb, 0, "<= 1.3x", (_v, r) => r !== null && r <= 1.3);
  if (bot?.snelcheck) row(`snelcheck turn p99 ms, ${SNEL_CONNECTIONS} conversations`, undefined, bot.snelcheck.latency_ms.p99, 1, "<= 20 ms", (v) => v <= 20);
  if (checks) row("pure checks/s, slowest rulebook, one core (per CPU-second)", undefined, checks.min, 0, ">= 100,000", (v) => v >= 100_000);
  for (const r of recheck ?? []) {
    row(
      `re-check of ${r.cases.toLocaleString("en-GB")} open cases, ${r.engine}, s (CPU ${r.process_cpu_s} s; ${r.changed} changed; ${r.first_read_recheck_s ?? "-"} s right after the seed, this after the engine's vacuum)`,
      undefined,
      r.recheck_s,
      1,
      "<= 5 s",
      (v) => v <= 5,
    );
  }
  for (const f of fanout ?? []) {
    if (f.name === "pg1") {
      const perSecond = f.postSeconds > 0 ? f.signals / f.postSeconds : null;
      row(`single-signal POSTs accepted per s, Postgres, 1 process delivering too (${f.signals.toLocaleString("en-GB")}, lost ${f.lost})`, undefined, perSecond, 0, ">= 1,000/s", (v) => v >= 1000);
      continue;
    }
    const limit = f.name.includes("pglite") ? 20 : 10;
    const what = f.name === "batch-pg2" ? "Postgres, 2 workers" : f.name === "batch-pglite" ? "PGlite" : f.name;
    row(`${f.signals.toLocaleString("en-GB")} signals in one batch -> delivered, ${what}, s (lost ${f.lost})`, undefined, f.deliveredSeconds, 1, `<= ${limit} s`, (v) => v <= limit);
  }
  return rows;
}

// ------------------------------------------------------------ report
const fmt = (v: number | null | undefined, digits = 0) => (v === null || v === undefined || Number.isNaN(v) ? "-" : v.toFixed(digits));
const ratio = (a: number | null | undefined, b: number | null | undefined) => (a && b ? a / b : null);

function table(rows: VariantResult[]): string[] {
  const lines = [
    "| bot | rps | p50 ms | p99 ms | errors | idle RSS MB | cold start ms | server CPU % |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.label} | ${r.load.rps} | ${fmt(r.load.latency_ms.p50, 1)} | ${fmt(r.load.latency_ms.p99, 1)} | ${r.load.errors} | ` +
        `${fmt(r.idle_rss_mb, 1)} | ${r.cold_start_ms} | ${fmt(r.load.server_cpu_pct)} |`,
    );
  }
  return lines;
}

interface Target {
  name: string;
  value: number | null;
  limit: string;
  ok: boolean | null;
}

function targets(byLabel: Record<string, VariantResult>, checks?: { min: number }): Target[] {
  const bot = byLabel["convenantbot"];
  const es = byLabel["echo-state"];
  const out: Target[] = [];
  if (bot && es) {
    const p99 = ratio(bot.load.latency_ms.p99, es.load.latency_ms.p99);
    const rps = ratio(bot.load.rps, es.load.rps);
    const cold = ratio(bot.cold_start_ms, es.cold_start_ms);
    const rss = ratio(bot.idle_rss_mb, es.idle_rss_mb);
    out.push({ name: "p99 vs echo-state", value: p99, limit: "<= 1.5x", ok: p99 === null ? null : p99 <= 1.5 });
    out.push({ name: "throughput vs echo-state", value: rps, limit: ">= 0.7x", ok: rps === null ? null : rps >= 0.7 });
    out.push({ name: "cold start vs echo-state", value: cold, limit: "<= 1.5x", ok: cold === null ? null : cold <= 1.5 });
    out.push({ name: "idle RSS vs echo-state", value: rss, limit: "<= 1.3x", ok: rss === null ? null : rss <= 1.3 });
  }
  if (bot?.load) out.push({ name: "errors under load (convenantbot)", value: bot.load.errors, limit: "= 0", ok: bot.load.errors === 0 });
  if (bot?.snelcheck) {
    const p99 = bot.snelcheck.latency_ms.p99;
    out.push({ name: `snelcheck turn p99 at ${SNEL_CONNECTIONS} conversations (ms)`, value: p99, limit: "<= 20 ms", ok: p99 === null ? null : p99 <= 20 });
  }
  if (checks) out.push({ name: "pure checks/s, slowest rulebook, one core", value: checks.min, limit: ">= 100,000/s", ok: checks.min >= 100_000 });
  return out;
}

function updateReadme(lines: string[]) {
  const file = join(here, "README.md");
  if (!existsSync(file)) return;
  const text = readFileSync(file, "utf8");
  const startMark = "<!-- bench:results:start -->";
  const endMark = "<!-- bench:results:end -->";
  const a = text.indexOf(startMark);
  const b = text.indexOf(endMark);
  if (a < 0 || b < a) return;
  writeFileSync(file, `${text.slice(0, a + startMark.length)}\n${lines.join("\n")}\n${text.slice(b)}`);
}

// ------------------------------------------------------------ the Postgres row's database
/** BENCH_DATABASE_URL as given (kept), or a database of its own on the admin URL (dropped after); undefined when no server answers. */
function turnDatabase(): { url: string; drop(): void } | undefined {
  if (env["BENCH_DATABASE_URL"]) return { url: env["BENCH_DATABASE_URL"], drop: () => undefined };
  const admin = env["BENCH_PG_ADMIN_URL"] ?? "postgres://postgres@127.0.0.1:5432/test";
  const name = `cb_bench_turns_${process.pid}_${Date.now()}`;
  try {
    psql(`CREATE DATABASE ${name}`, admin);
  } catch (error) {
    process.stderr.write(`  convenantbot-postgres: skipped, no Postgres server at ${admin} (${(error as Error).message})\n`);
    return undefined;
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const drop = () => {
    try {
      psql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`, admin);
    } catch {
      /* as before: a failed drop changes no figure (the database is left for whoever runs the server) */
    }
  };
  return { url: url.toString(), drop };
}

// ------------------------------------------------------------ main
async function main() {
  // As `pnpm start` runs it: its node flags, then the bundle.
  const botArgs = botStartArgs();
  const botMain = botArgs.at(-1)!;
  if (ONLY.has("convenantbot") && !existsSync(botMain)) {
    throw new Error("apps/bot/dist/bundle/main.mjs is missing: run `pnpm bench` from the root (it builds first) or `pnpm --filter @convenantbot/bot... build`.");
  }
  const work = mkdtempSync(join(tmpdir(), "convenantbot-bench-"));
  const profileDir = join(here, "results", "profiles");
  const startedAt = new Date();
  process.stderr.write(
    `bench: ${DURATION} s (+${WARMUP} s warm-up) per load run, ${CONNECTIONS} connections, autocannon ${AUTOCANNON_VERSION}, ` +
      `cold start median of ${COLD_REPS}; work dir ${work}\n`,
  );
  const anchors = join(here, "anchors");
  const specs: Spec[] = [
    { label: "echo", scenario: "echo", args: ["echo.cjs"], cwd: anchors, env: {} },
    { label: "echo-state", scenario: "echo-state", args: ["echo-state.cjs"], cwd: anchors, env: {} },
  ];
  const dataDir = join(work, "pglite");
  const botSpec: Spec = {
    label: "convenantbot",
    scenario: "convenantbot",
    args: [...(PROFILE ? ["--cpu-prof", "--cpu-prof-dir", profileDir] : []), ...botArgs],
    cwd: root,
    env: { DATA_DIR: dataDir, LOG_LEVEL: BOT_LOG_LEVEL, HOST: "127.0.0.1" },
  };

  const rows: VariantResult[] = [];
  try {
    for (const spec of specs) if (ONLY.has(spec.label)) rows.push(await measure(spec, work));
    if (ONLY.has("convenantbot")) {
      // Create, migrate and seed the PGlite directory once; the measured starts open an existing one.
      process.stderr.write(`  convenantbot: creating the PGlite data directory ${dataDir}\n`);
      const port = await freePort();
      const init = await coldStart({ ...botSpec, args: botArgs }, port, join(work, "convenantbot-init.log"));
      await stop(init.child);
      if (PROFILE) {
        mkdirSync(profileDir, { recursive: true });
        for (const f of readdirSync(profileDir)) rmSync(join(profileDir, f));
      }
      rows.push(
        await measure(botSpec, work, async (p, pid) => {
          process.stderr.write(`  convenantbot: snelcheck ${WARMUP}+${DURATION} s x ${SNEL_CONNECTIONS} connections...\n`);
          return runLoad({
            url: `http://127.0.0.1:${p}/api/messages`,
            scenario: "snelcheck",
            duration: DURATION,
            warmup: WARMUP,
            connections: SNEL_CONNECTIONS,
            pid,
            label: "convenantbot snelcheck",
          });
        }),
      );
    }
    // The same scenario on a Postgres server: its idle RSS has a target of its own (<= 1.3x),
    // and it separates the engine's cost. The bot migrates and seeds the database.
    const pg = ONLY.has("convenantbot") && env["BENCH_DATABASE_URL"] !== "off" ? turnDatabase() : undefined;
    if (pg) {
      try {
        const pgSpec: Spec = { label: "convenantbot-postgres", scenario: "convenantbot", args: botArgs, cwd: root, env: { DATABASE_URL: pg.url, LOG_LEVEL: BOT_LOG_LEVEL, HOST: "127.0.0.1" } };
        await waitForQuiet({ maxS: QUIET_MAX_S });
        // Migrate and seed the database once; the measured starts open an existing one.
        const init = await coldStart(pgSpec, await freePort(), join(work, "convenantbot-postgres-init.log"));
        await stop(init.child);
        rows.push(await measure(pgSpec, work));
      } finally {
        pg.drop();
      }
    }
  } finally {
    stopAllStarted();
  }
  let checks: ReturnType<typeof checkThroughput>;
  if (ONLY.has("checks")) {
    process.stderr.write(`  pure checks/s (packages/domain/bench/check-throughput.ts, ${CHECK_MS} ms per rulebook)...\n`);
    checks = checkThroughput();
  }

  // The fan-out before the re-check: the re-check leaves the shared Postgres server with 100,000
  // rows written and a schema dropped (its cleanup went on into the next run: the 10,000-signal
  // batch took 11.9-12.8 s right after it, 8.4-9.8 s on its own). Each waits for a quiet machine.
  let fanout: FanoutRun[] | undefined;
  if (ONLY.has("fanout")) {
    await waitForQuiet({ maxS: QUIET_MAX_S });
    process.stderr.write("  signal fan-out (bench/fanout.ts: the batch runs and the single-POST run)...\n");
    fanout = fanoutBench();
  }
  let recheck: RecheckRun[] | undefined;
  if (ONLY.has("recheck")) {
    await waitForQuiet({ maxS: QUIET_MAX_S });
    process.stderr.write("  re-check of stored open cases (bench/recheck.ts)...\n");
    recheck = recheckBench();
  }

  // ---- print
  const byLabel = Object.fromEntries(rows.map((r) => [r.label, r]));
  const out: string[] = [];
  out.push(
    `Run ${startedAt.toISOString()} on ${cpus().length} x ${cpus()[0]?.model ?? "cpu"}, Node ${process.version}; ` +
      `${DURATION} s + ${WARMUP} s warm-up per load run, ${CONNECTIONS} connections (one conversation each, expectReplies), ` +
      `autocannon ${AUTOCANNON_VERSION}; cold start = spawn -> first valid reply, median of ${COLD_REPS}; convenantbot LOG_LEVEL=${BOT_LOG_LEVEL}, PGlite on disk.`,
    "",
    ...table(rows),
    "",
  );
  const bot = byLabel["convenantbot"];
  for (const anchor of ["echo", "echo-state"]) {
    const a = byLabel[anchor];
    if (!bot || !a) continue;
    out.push(
      `convenantbot / ${anchor}: rps ${fmt(ratio(bot.load.rps, a.load.rps), 2)}x, p50 ${fmt(ratio(bot.load.latency_ms.p50, a.load.latency_ms.p50), 2)}x, ` +
        `p99 ${fmt(ratio(bot.load.latency_ms.p99, a.load.latency_ms.p99), 2)}x, idle RSS ${fmt(ratio(bot.idle_rss_mb, a.idle_rss_mb), 2)}x, ` +
        `cold start ${fmt(ratio(bot.cold_start_ms, a.cold_start_ms), 2)}x`,
    );
  }
  if (bot?.snelcheck) {
    const s = bot.snelcheck;
    out.push(
      `snelcheck turn at ${SNEL_CONNECTIONS} conversations: ${s.rps} rps, p50 ${fmt(s.latency_ms.p50, 1)} ms, p99 ${fmt(s.latency_ms.p99, 1)} ms, errors ${s.errors}`,
    );
  }
  if (checks) out.push(`pure checks/s (one core): ${Object.entries(checks.results).map(([k, v]) => `${k} ${v}`).join(", ")}`);
  out.push("", "Issue 18's table, this run:", "", ...issueTable(byLabel, checks, recheck, fanout));
  const t = targets(byLabel, checks);
  if (t.length) {
    out.push("", "| target | measured | limit | |", "| --- | ---: | --- | --- |");
    for (const x of t) {
      const shown = x.name.includes("vs ") ? `${fmt(x.value, 2)}x` : fmt(x.value, x.name.includes("ms") ? 1 : 0);
      out.push(`| ${x.name} | ${shown} | ${x.limit} | ${x.ok === null ? "n/a" : x.ok ? "met" : "**MISSED**"} |`);
    }
  }
  // On a Postgres server the database's own CPU is "other" by design: not noise.
  const noisy = rows
    .filter((r) => ((r.load.other_cpu_pct ?? 0) > 20 && !r.label.endsWith("-postgres")) || !r.quiet_before.quiet)
    .map((r) => r.label);
  if (noisy.length) out.push("", `Noisy machine during: ${noisy.join(", ")} (other processes used > 20 % of a core); compare ratios, rerun for absolutes.`);
  for (const r of rows) {
    for (const l of [r.load, r.snelcheck]) if (l && l.errors > 0) out.push(`errors in ${r.label}: ${JSON.stringify(l.error_detail)}`);
  }
  console.log(out.join("\n"));

  // ---- write
  const day = startedAt.toISOString().slice(0, 10);
  mkdirSync(join(here, "results"), { recursive: true });
  const resultFile = join(here, "results", `run-${startedAt.toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(
    resultFile,
    JSON.stringify(
      {
        startedAt: startedAt.toISOString(),
        machine: { cores: cpus().length, cpu: cpus()[0]?.model, node: process.version },
        settings: { duration_s: DURATION, warmup_s: WARMUP, connections: CONNECTIONS, snelcheck_connections: SNEL_CONNECTIONS, cold_reps: COLD_REPS, autocannon: AUTOCANNON_VERSION, bot_log_level: BOT_LOG_LEVEL },
        variants: rows,
        checks,
        recheck,
        fanout,
        targets: t,
      },
      null,
      2,
    ),
  );
  // The history of runs: one line each, the issue's figures only (the run file has the rest).
  appendFileSync(
    join(here, "results", "history.jsonl"),
    `${JSON.stringify({
      at: startedAt.toISOString(),
      file: resultFile.slice(here.length + 1),
      rps: byLabel["convenantbot"]?.load.rps,
      p99_ms: byLabel["convenantbot"]?.load.latency_ms.p99,
      max_ms: byLabel["convenantbot"]?.load.latency_ms.max,
      cold_ms: byLabel["convenantbot"]?.cold_start_ms,
      idle_rss_mb: byLabel["convenantbot"]?.idle_rss_mb,
      echo_state: byLabel["echo-state"] ? { rps: byLabel["echo-state"].load.rps, p99_ms: byLabel["echo-state"].load.latency_ms.p99, cold_ms: byLabel["echo-state"].cold_start_ms, idle_rss_mb: byLabel["echo-state"].idle_rss_mb } : undefined,
      snelcheck_p99_ms: byLabel["convenantbot"]?.snelcheck?.latency_ms.p99,
      checks_min: checks?.min,
      recheck: recheck?.map((r) => ({ engine: r.engine, s: r.recheck_s, cpu_s: r.process_cpu_s })),
      fanout: fanout?.map((f) => ({ run: f.name, delivered_s: f.deliveredSeconds, lost: f.lost })),
    })}\n`,
  );
  updateReadme([`Last run: ${day} (\`bench/results/${resultFile.slice(join(here, "results").length + 1)}\`), ${DURATION} s per load run.`, "", ...out.slice(2)]);
  process.stderr.write(`wrote ${resultFile} and the table in bench/README.md\n`);
  rmSync(work, { recursive: true, force: true });
  if (PROFILE) {
    spawnSync(process.execPath, [join(here, "profile-summary.mjs"), profileDir], { stdio: "inherit" });
  }
}

await main();
