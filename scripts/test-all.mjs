#!/usr/bin/env node
// Runs every workspace's tests through turbo, then prints one plain summary line that CI
// reads: "N passed, N failed", summed from each package's vitest JSON report.
// --continue: one failing package must not cancel the others, or their counts go missing.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
// The workspace's own packages, as pnpm sees them (pnpm-workspace.yaml decides, not the folders).
const listed = spawnSync("pnpm", ["ls", "-r", "--depth", "-1", "--json"], { cwd: root, encoding: "utf8" });
const workspaces = JSON.parse(listed.stdout)
  .map((p) => p.path)
  .filter((path) => path !== root.replace(/\/$/, ""));
const reportOf = (ws) => join(ws, "test-results", "vitest.json");
// Stale reports would be counted twice; turbo restores fresh ones from its cache on a hit.
for (const ws of workspaces) rmSync(join(ws, "test-results"), { recursive: true, force: true });

const run = spawnSync("pnpm", ["exec", "turbo", "run", "test", "--continue", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: { TURBO_TELEMETRY_DISABLED: "1", ...process.env },
});

let passed = 0;
let failed = 0;
/** What failed, named: CI shows only the end of the log, and the turbo output of a failure is far above. */
const failures = [];
function failuresIn(name, report, ws) {
  const out = [];
  for (const file of report.testResults ?? []) {
    const where = file.name?.startsWith(ws) ? file.name.slice(ws.length + 1) : file.name;
    const failedTests = (file.assertionResults ?? []).filter((t) => t.status === "failed");
    for (const test of failedTests)
      out.push(`${name} ${where} > ${test.fullName ?? test.title}: ${firstLine(test.failureMessages?.[0])}`);
    if (file.status === "failed" && failedTests.length === 0)
      out.push(
        `${name} ${where}: ${firstLine(file.message) || "a beforeAll/afterAll hook failed (its error is in the package's output above)"}`,
      );
  }
  return out;
}
function firstLine(text) {
  return (
    String(text ?? "")
      .split("\n")
      .find((line) => line.trim()) ?? ""
  );
}
const missingReports = [];
for (const ws of workspaces) {
  if (!existsSync(join(ws, "package.json"))) continue;
  const pkg = JSON.parse(readFileSync(join(ws, "package.json"), "utf8"));
  if (!pkg.scripts?.test) continue;
  if (!existsSync(reportOf(ws))) {
    missingReports.push(pkg.name);
    continue;
  }
  const report = JSON.parse(readFileSync(reportOf(ws), "utf8"));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0);
  failures.push(...failuresIn(pkg.name, report, ws));
}
if (missingReports.length > 0) {
  console.error(`no test report from: ${missingReports.join(", ")}`);
  failed += missingReports.length;
}
// The fault and fuzz figures the tests wrote go into bench/README.md; never a reason to fail.
spawnSync(process.execPath, [join(root, "scripts", "render-reliability.mjs")], { cwd: root, stdio: "inherit" });
if (failures.length > 0) console.log(`failed:\n${failures.map((f) => `  ${f.slice(0, 400)}`).join("\n")}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
