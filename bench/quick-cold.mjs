// Quick cold start + idle RSS of the built bot (for trying a change): `node bench/quick-cold.mjs [reps]`.
// Env of the bot: BENCH_BOT_ENV='{"K":"V"}'; another entry: BENCH_BOT_ENTRY (from apps/bot) and BENCH_SCENARIO (echo-state for the anchor). Loopback only; stops the bot it started by PID.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { botStartArgs, cpuMs, rssMb, waitForFirstReply } from "./load.mjs";

const reps = Number(process.argv[2] ?? 3);
const dataDir = mkdtempSync(join(tmpdir(), "cb-cold-"));
const extra = JSON.parse(process.env.BENCH_BOT_ENV ?? "{}");
const port = 3900 + Math.floor(Math.random() * 90);
const out = [];
for (let i = 0; i <= reps; i++) {
  const t0 = Date.now();
  const child = spawn(process.execPath, [...(process.env.BENCH_BOT_NODE_ARGS?.split(" ").filter(Boolean) ?? []), ...(process.env.BENCH_BOT_ENTRY ? [process.env.BENCH_BOT_ENTRY] : botStartArgs())], {
    cwd: new URL("../apps/bot/", import.meta.url).pathname,
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: "info", HOST: "127.0.0.1", PORT: String(port), ...extra },
    stdio: "ignore",
  });
  const ms = await waitForFirstReply({ url: `http://127.0.0.1:${port}/api/messages`, scenario: process.env.BENCH_SCENARIO ?? "convenantbot", t0, timeoutMs: 60_000 });
  const cpu = cpuMs(child.pid);
  await new Promise((r) => setTimeout(r, 1000));
  const rss = rssMb(child.pid);
  if (i > 0) out.push({ ms, cpuMs: cpu, rss }); // the first start creates the data directory
  const exited = new Promise((r) => child.once("exit", r));
  process.kill(child.pid, "SIGTERM");
  await exited;
}
console.log(JSON.stringify(out));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`median: cold ${median(out.map((o) => o.ms))} ms, CPU ${median(out.map((o) => o.cpuMs))} ms, idle RSS ${median(out.map((o) => o.rss))} MB`);
