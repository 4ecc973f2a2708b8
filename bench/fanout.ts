// `pnpm bench:fanout` (also the last part of `pnpm bench`): N signals (default 10,000) through
// POST /api/signals/batch (batch-* runs: one call of 10,000) or POST /api/signals (one per
// request, 50 in flight) until every card is delivered at a loopback connector stub, on
//   - the Postgres server with 1 and with 2 bot processes (each runs an outbox worker),
//   - the Postgres server with 2 processes while one is SIGKILLed (and restarted) 5 times,
//   - embedded PGlite with its one in-process worker.
// Counted at the stub by delivery id: lost (never arrived), repeats (arrived more than once).
// Loopback only, bounded (BENCH_FANOUT_TIMEOUT_S per run), stops every process it started by PID.
// Environment: BENCH_SIGNALS (10000), BENCH_FANOUT_CONCURRENCY (50), BENCH_FANOUT_TIMEOUT_S (240),
// BENCH_PG_ADMIN_URL (postgres://postgres@127.0.0.1:5432/test), BENCH_FANOUT_ONLY=batch-pg2,batch-pglite,pg1,pg2,kill,pglite,
// BENCH_BATCH_ROWS (10000: rows per POST /api/signals/batch in the batch-* runs),
// BENCH_KILL_SERVER=1: the kill run gets a Postgres cluster of its own (bench/own-postgres.ts:
// initdb in a temp dir, its own port) and at each worker kill also kill -9s THAT postmaster by
// its pid and starts it again (crash recovery). The machine's shared server is never touched.
// BENCH_BOT_NODE_ARGS: node flags for the bot processes, e.g. "--cpu-prof --cpu-prof-dir=/tmp/p".
// Each run also reports the CPU seconds (user + system, from /proc) the bots and the run's
// Postgres backends used between the first post and the last delivery: the machine is shared,
// so wall time says little on its own.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { Agent as HttpAgent, createServer as createHttpServer, request as httpRequest, type Server } from "node:http";
import { createServer as createNetServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { botStartArgs, cpuMs } from "./load.mjs";
import { startOwnPostgres, type OwnPostgres } from "./own-postgres.js";
import { psql } from "./psql.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const env = process.env;
const N = Number(env["BENCH_SIGNALS"] ?? 10_000);
const CONCURRENCY = Number(env["BENCH_FANOUT_CONCURRENCY"] ?? 50);
const TIMEOUT_S = Number(env["BENCH_FANOUT_TIMEOUT_S"] ?? 240);
const ADMIN_URL = env["BENCH_PG_ADMIN_URL"] ?? "postgres://postgres@127.0.0.1:5432/test";
const ONLY = (env["BENCH_FANOUT_ONLY"] ?? "batch-pg2,batch-pglite,pg1,pg2,kill,pglite").split(",");
const BATCH_ROWS = Number(env["BENCH_BATCH_ROWS"] ?? 10_000);
const KILL_SERVER = env["BENCH_KILL_SERVER"] === "1";
const BEGELEIDER = { id: "29:demo-begeleider", aadObjectId: "00000000-0000-0000-0000-0000000000a2" };
const TENANT = "00000000-0000-0000-0000-000000000001";
const started: ChildProcess[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createNetServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// The load generator's requests: node:http with kept-alive connections, as autocannon does. Node's
// fetch (undici) cost ~700 us of CPU per request here, so on 2 cores the generator took CPU from
// the bot it measures (bench CPU is printed beside the bot's and Postgres').
const postAgent = new HttpAgent({ keepAlive: true, maxSockets: CONCURRENCY });
function postJson(port: number, path: string, headers: Record<string, string>, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: "127.0.0.1", port, path, method: "POST", agent: postAgent, headers: { ...headers, "content-type": "application/json", "content-length": Buffer.byteLength(body) } },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** The connector a bot answers to: counts every card by the delivery id the bot put on it. */
function startStub(): Promise<{ url: string; server: Server; seen: Map<string, number>; firstAt: number[] }> {
  const seen = new Map<string, number>();
  // When each delivery id first arrived (performance.now()): the run's cards per second.
  const firstAt: number[] = [];
  let next = 0;
  const server = createHttpServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      if (req.method === "POST" && req.url?.includes("/activities")) {
        try {
          const id = (JSON.parse(body) as { channelData?: { deliveryId?: string } }).channelData?.deliveryId;
          if (id) {
            if (!seen.has(id)) firstAt.push(performance.now());
            seen.set(id, (seen.get(id) ?? 0) + 1);
          }
        } catch {
          /* a non-card message: not counted */
        }
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ id: `stub-${++next}` }));
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server, seen, firstAt })));
}

function startBot(port: number, botEnv: Record<string, string>, log: string): ChildProcess {
  // BENCH_BOT_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/p" (NODE_OPTIONS refuses --cpu-prof).
  const nodeArgs = (env["BENCH_BOT_NODE_ARGS"] ?? "").split(" ").filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, ...botStartArgs()], {
    cwd: join(root, "apps/bot"),
    env: { ...env, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "warn", DEMO_DATA: "true", API_RATE_PER_SECOND: "1000000", API_RATE_BURST: "1000000", ...botEnv },
    stdio: ["ignore", openSync(log, "a"), openSync(log, "a")],
  });
  started.push(child);
  return child;
}

/** CPU seconds (user + system) a process used so far, from /proc (Linux); 0 when unreadable. */
function cpuSeconds(pid: number | undefined): number {
  return pid ? cpuMs(pid) / 1000 : 0;
}

async function waitHealthy(port: number): Promise<void> {
  for (let i = 0; i < 2400; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return;
    } catch {
      /* not up yet */
    }
    await sleep(50);
  }
  throw new Error(`bot on ${port} did not become healthy`);
}

async function stop(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill(signal);
  await Promise.race([exited, sleep(10_000).then(() => child.kill("SIGKILL"))]);
}

function apiKey(botEnv: Record<string, string>): string {
  const out = spawnSync(process.execPath, ["--conditions=source", "--import", "tsx", "scripts/api-key.ts", "lv-vidomes", "bench"], {
    cwd: join(root, "apps/bot"),
    env: { ...env, ...botEnv, DEMO_DATA: "true", LOG_LEVEL: "silent" },
    encoding: "utf8",
  });
  if (out.status !== 0) throw new Error(`api-key failed: ${out.stderr}`);
  return out.stdout.trim().split("\n").at(-1)!;
}

/** The begeleider talks to the bot once, through the stub: its chat reference is stored. */
async function registerChat(port: number, stubUrl: string): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${port}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      type: "message", id: "bench-1", channelId: "msteams", serviceUrl: stubUrl, text: "help", deliveryMode: "expectReplies",
      from: BEGELEIDER, recipient: { id: "28:convenantbot" }, conversation: { id: "bench-begeleider-chat", tenantId: TENANT, conversationType: "personal" },
      channelData: { tenant: { id: TENANT } },
    }),
  });
  if (!response.ok) throw new Error(`registering the chat failed: ${response.status}`);
}

const signalBody = (i: number) => ({
  rulebook: "lv-zorgafhankelijk-2025", type: "huurachterstand", signalDate: "2026-11-23",
  tenant: { name: `Benchhuurder ${i}`, postcode: "2271 AB", huisnummer: (i % 500) + 1 },
  monthsInArrears: 2, amountInArrears: 1000 + i, since: "2026-09-01", remindersSent: 1, paymentArrangement: false, courtStage: "none",
  caseContext: { supportPartyId: "lv-ribw-fonteynenburg" },
});

interface RunResult {
  name: string;
  signals: number;
  postSeconds: number;
  deliveredSeconds: number | null;
  delivered: number;
  lost: number;
  repeats: number;
  postErrors: number;
  /** Posts never accepted (all retries failed): not signals, so not "lost". */
  unaccepted: number;
  cardsPerSecond?: number[];
  /** This process (the load generator and the connector stub). */
  benchCpuSeconds?: number;
  kills: number;
  serverKills: number;
  auditCreates?: number;
  /** CPU seconds the bot processes used from the first post to the last delivery (the machine is shared: wall time drifts). */
  botCpuSeconds?: number;
  /** CPU seconds of the Postgres backends serving the run's database, same window. */
  dbCpuSeconds?: number;
}

async function postAll(port: number, key: string, runTag: string, onProgress?: (done: number) => Promise<void>): Promise<{ errors: number; unaccepted: number; seconds: number }> {
  let nextIndex = 0;
  let errors = 0;
  let unaccepted = 0;
  let done = 0;
  const t0 = performance.now();
  const workers = Array.from({ length: CONCURRENCY }, async () => {
    for (;;) {
      const i = nextIndex++;
      if (i >= N) return;
      // Retried with the same Idempotency-Key until accepted (bounded): an outage never makes a twin.
      let accepted = false;
      for (let attempt = 0; attempt < 300 && !accepted; attempt++) {
        try {
          const r = await postJson(port, "/api/signals", { authorization: `Bearer ${key}`, "idempotency-key": `${runTag}-${i}` }, JSON.stringify(signalBody(i)));
          if (r.status === 201 || r.status === 200) {
            accepted = true;
            continue;
          }
          errors++;
        } catch {
          errors++;
        }
        await sleep(100);
      }
      if (!accepted) unaccepted++;
      done++;
      if (onProgress && done % 1000 === 0) await onProgress(done);
    }
  });
  await Promise.all(workers);
  return { errors, unaccepted, seconds: (performance.now() - t0) / 1000 };
}

/** The same N signals in batches of BATCH_ROWS through POST /api/signals/batch (retried whole, same key). */
async function postBatches(port: number, key: string, runTag: string): Promise<{ errors: number; unaccepted: number; seconds: number }> {
  let errors = 0;
  let unaccepted = 0;
  const t0 = performance.now();
  for (let start = 0; start < N; start += BATCH_ROWS) {
    const rows = Array.from({ length: Math.min(BATCH_ROWS, N - start) }, (_, j) => signalBody(start + j));
    let accepted = false;
    for (let attempt = 0; attempt < 50 && !accepted; attempt++) {
      try {
        const r = await postJson(port, "/api/signals/batch", { authorization: `Bearer ${key}`, "idempotency-key": `${runTag}-batch-${start}` }, JSON.stringify(rows));
        const answer = JSON.parse(r.text) as { accepted?: number; refused?: number };
        if (r.status === 200 && answer.accepted === rows.length) accepted = true;
        else errors++;
      } catch {
        errors++;
      }
      if (!accepted) await sleep(500);
    }
    if (!accepted) unaccepted += rows.length;
  }
  return { errors, unaccepted, seconds: (performance.now() - t0) / 1000 };
}

async function waitDelivered(seen: Map<string, number>, t0: number, expected: number): Promise<number | null> {
  const deadline = t0 + TIMEOUT_S * 1000;
  while (performance.now() < deadline) {
    if (seen.size >= expected) return (performance.now() - t0) / 1000;
    await sleep(50);
  }
  return null;
}

async function run(name: string, engine: "postgres" | "pglite", processes: number, kills: number, mode: "single" | "batch" = "single"): Promise<RunResult> {
  const stub = await startStub();
  const work = mkdtempSync(join(tmpdir(), "convenantbot-fanout-"));
  const log = join(work, "bots.log");
  const database = `cb_fanout_${process.pid}_${Date.now()}`;
  let botEnv: Record<string, string>;
  // The server-kill run gets a cluster of its own (killed by its postmaster's pid); the others use the shared server.
  const own: OwnPostgres | undefined = KILL_SERVER && engine === "postgres" && kills > 0 ? await startOwnPostgres() : undefined;
  const adminUrl = own?.url ?? ADMIN_URL;
  if (engine === "postgres") {
    try {
      psql(`CREATE DATABASE ${database}`, adminUrl);
    } catch (error) {
      await own?.stop();
      throw error;
    }
    const url = new URL(adminUrl);
    url.pathname = `/${database}`;
    botEnv = { DATABASE_URL: url.toString() };
  } else {
    botEnv = { DATA_DIR: join(work, "pglite") };
  }
  const bots: { port: number; child: ChildProcess }[] = [];
  try {
    for (let p = 0; p < processes; p++) {
      const port = await freePort();
      bots.push({ port, child: startBot(port, botEnv, log) });
      await waitHealthy(port); // one after the other: migrations and seed run once
    }
    const api = bots[0]!;
    // PGlite is one process: the key is issued through the running bot's store is not possible,
    // so the bot is stopped for a moment (the api-key script opens the same data directory).
    let key: string;
    if (engine === "pglite") {
      await stop(api.child);
      key = apiKey(botEnv);
      api.child = startBot(api.port, botEnv, log);
      await waitHealthy(api.port);
    } else key = apiKey(botEnv);
    await registerChat(api.port, stub.url);

    let killed = 0;
    const victim = bots[bots.length - 1]!;
    const dbUrl = engine === "postgres" ? botEnv["DATABASE_URL"]! : undefined;
    const backendPids = () => (dbUrl ? psql(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`, dbUrl).split("\n").filter(Boolean).map(Number) : []);
    const cpuNow = () => ({
      bots: bots.reduce((sum, b) => sum + cpuSeconds(b.child.pid), 0),
      db: new Map(backendPids().map((pid) => [pid, cpuSeconds(pid)])),
    });
    const cpu0 = cpuNow();
    const bench0 = process.cpuUsage();
    const t0 = performance.now();
    const posted = mode === "batch" ? await postBatches(api.port, key, name) : await postAll(api.port, key, name, async (done) => {
      // SIGKILL the last process mid-run, 5 times, and start it again: its claimed deliveries
      // come back to the queue after their lease and another worker finishes them.
      if (killed < kills && done >= (killed + 1) * Math.floor(N / (kills + 1))) {
        await stop(victim.child, "SIGKILL");
        if (own) await own.killAndRestart();
        killed++;
        victim.child = startBot(victim.port, botEnv, log);
      }
    });
    const deliveredSeconds = await waitDelivered(stub.seen, t0, N - posted.unaccepted);
    const cpu1 = cpuNow();
    const bench1 = process.cpuUsage(bench0);
    const dbCpu = [...cpu1.db].reduce((sum, [pid, s]) => sum + s - (cpu0.db.get(pid) ?? 0), 0);
    const repeats = [...stub.seen.values()].reduce((sum, n) => sum + (n - 1), 0);
    // Cards first seen in each second since the first post: where a run waits, and how fast it delivers.
    const cardsPerSecond: number[] = [];
    for (const at of stub.firstAt) {
      const second = Math.floor((at - t0) / 1000);
      while (cardsPerSecond.length <= second) cardsPerSecond.push(0);
      cardsPerSecond[second]! += 1;
    }
    let auditCreates: number | undefined;
    if (engine === "postgres") {
      const url = new URL(adminUrl);
      url.pathname = `/${database}`;
      auditCreates = Number(psql(`SELECT count(*) FROM audit_log WHERE action = 'signal.create'`, url.toString()));
    }
    return {
      name, signals: N, postSeconds: posted.seconds, deliveredSeconds, delivered: stub.seen.size,
      lost: N - posted.unaccepted - stub.seen.size, repeats, postErrors: posted.errors, unaccepted: posted.unaccepted, kills: killed,
      serverKills: own ? killed : 0, cardsPerSecond, benchCpuSeconds: (bench1.user + bench1.system) / 1e6, ...(kills === 0 ? { botCpuSeconds: cpu1.bots - cpu0.bots } : {}), ...(dbUrl ? { dbCpuSeconds: dbCpu } : {}), ...(auditCreates !== undefined ? { auditCreates } : {}),
    };
  } finally {
    for (const bot of bots) await stop(bot.child);
    stub.server.close();
    if (own) await own.stop();
    else if (engine === "postgres") {
      try {
        psql(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`, adminUrl);
      } catch (error) {
        console.error(String(error));
      }
    }
    rmSync(work, { recursive: true, force: true });
  }
}

const runs: [string, "postgres" | "pglite", number, number, "single" | "batch"][] = [
  ["batch-pg2", "postgres", 2, 0, "batch"],
  ["batch-pglite", "pglite", 1, 0, "batch"],
  ["pg1", "postgres", 1, 0, "single"],
  ["pg2", "postgres", 2, 0, "single"],
  ["kill", "postgres", 2, 5, "single"],
  ["pglite", "pglite", 1, 0, "single"],
];
const results: RunResult[] = [];
try {
  for (const [name, engine, processes, kills, mode] of runs) {
    if (!ONLY.includes(name)) continue;
    console.log(`fan-out ${name}: ${N} signals${mode === "batch" ? ` in batches of ${BATCH_ROWS}` : ""}, ${engine}, ${processes} process(es)${kills ? `, ${kills} SIGKILLs` : ""}...`);
    const result = await run(name, engine, processes, kills, mode);
    results.push(result);
    console.log(`  ${JSON.stringify(result)}`);
  }
} finally {
  for (const child of started) await stop(child);
}

const rows = results.map(
  (r) =>
    `| ${r.name} | ${r.signals} | ${r.postSeconds.toFixed(1)} | ${r.deliveredSeconds === null ? "timeout" : r.deliveredSeconds.toFixed(1)} | ${r.delivered} | ${r.lost} | ${r.repeats} | ${r.kills} | ${r.serverKills} | ${r.auditCreates ?? "-"} | ${r.postErrors} | ${r.unaccepted} | ${r.botCpuSeconds?.toFixed(1) ?? "-"} | ${r.dbCpuSeconds?.toFixed(1) ?? "-"} |`,
);
const table = [
  "| run | signals | posted in s | all delivered in s | delivered (distinct ids) | lost | repeats | worker kills | server kills | audit signal.create | post errors (retried) | never accepted | bot CPU s | Postgres CPU s |",
  "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ...rows,
].join("\n");
console.log(`\n${table}\ntarget: 10,000 signals delivered within 10 s on the Postgres server (1 and 2 workers)`);
const outDir = join(here, "results");
if (!existsSync(outDir)) mkdirSync(outDir, { recursive: true });
const file = join(outDir, `fanout-${new Date().toISOString().slice(0, 10)}.json`);
// Runs of the same day are merged by name, so a single run (BENCH_FANOUT_ONLY) keeps the others.
const earlier = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { results?: RunResult[] }).results ?? [] : [];
const merged = [...earlier.filter((e) => !results.some((r) => r.name === e.name)), ...results];
writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), n: N, concurrency: CONCURRENCY, results: merged }, null, 2));
console.log(`wrote ${file}`);

