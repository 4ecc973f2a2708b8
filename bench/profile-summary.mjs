#!/usr/bin/env node
// Summarizes a V8 .cpuprofile (node --cpu-prof): self time by function and by package.
//   node bench/profile-summary.mjs <dir-or-file> [--top 25]
// With a directory, the largest profile in it is read (the measured run, not the cold starts).
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const target = process.argv[2] ?? "bench/results/profiles";
const topIndex = process.argv.indexOf("--top");
const TOP = topIndex > 0 ? Number(process.argv[topIndex + 1]) : 25;

let file = target;
if (statSync(target).isDirectory()) {
  const profiles = readdirSync(target)
    .filter((f) => f.endsWith(".cpuprofile"))
    .map((f) => ({ f: join(target, f), size: statSync(join(target, f)).size }))
    .sort((a, b) => b.size - a.size);
  if (profiles.length === 0) {
    console.error(`no .cpuprofile in ${target}`);
    process.exit(1);
  }
  file = profiles[0].f;
}
const profile = JSON.parse(readFileSync(file, "utf8"));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const selfUs = new Map();
const deltas = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  selfUs.set(id, (selfUs.get(id) ?? 0) + (deltas[i] ?? 0));
}
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);

function packageOf(url) {
  if (!url) return "(native/V8)";
  const pnpm = /node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pnpm) return pnpm[1];
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1];
  const ws = /\/(apps|packages)\/([^/]+)\//.exec(url);
  if (ws) return `${ws[1]}/${ws[2]}`;
  if (url.startsWith("node:")) return "node:internal";
  return url.replace(/^file:\/\//, "").split("/").slice(-2).join("/");
}

const byFn = new Map();
const byPkg = new Map();
for (const [id, us] of selfUs) {
  const node = nodes.get(id);
  const cf = node.callFrame;
  const name = cf.functionName || "(anonymous)";
  const where = cf.url ? `${cf.url.replace(/^.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, "").replace(/^file:\/\/.*?\/(apps|packages)\//, "$1/")}:${cf.lineNumber + 1}` : "";
  const key = `${name} ${where}`.trim();
  byFn.set(key, (byFn.get(key) ?? 0) + us);
  const pkg = packageOf(cf.url);
  byPkg.set(pkg, (byPkg.get(pkg) ?? 0) + us);
}
const pct = (us) => ((100 * us) / total).toFixed(1).padStart(5);
console.log(`profile ${file}: ${(total / 1e6).toFixed(1)} s of samples`);
console.log("\nself time by package:");
for (const [k, v] of [...byPkg].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${pct(v)} %  ${k}`);
console.log(`\nself time by function (top ${TOP}):`);
for (const [k, v] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`  ${pct(v)} %  ${k}`);
