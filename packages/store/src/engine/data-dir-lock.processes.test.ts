import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface, type Interface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { recordFigure } from "../testing/figures.js";

const childScript = fileURLToPath(new URL("../testing/lock-child.ts", import.meta.url));
const rounds = 30;
const root = mkdtempSync(join(tmpdir(), "convenantbot-lock-"));

interface LockChild {
  process: ChildProcessWithoutNullStreams;
  next(): Promise<string>;
}

function startChild(): LockChild {
  const child = spawn(process.execPath, ["--conditions=source", "--import", "tsx", childScript], {
    stdio: ["pipe", "pipe", "pipe"],
  });
  const lines: Interface = createInterface({ input: child.stdout });
  const queue: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  lines.on("line", (line) => {
    const waiter = waiting.shift();
    if (waiter) waiter(line);
    else queue.push(line);
  });
  return {
    process: child,
    next: () =>
      queue.length > 0
        ? Promise.resolve(queue.shift()!)
        : new Promise((resolve, reject) => {
            waiting.push(resolve);
            setTimeout(() => reject(new Error("lock child did not answer within 20 s")), 20_000);
          }),
  };
}

const children: LockChild[] = [];
afterAll(() => {
  // End only the processes this test started, by pid.
  for (const c of children)
    if (c.process.pid !== undefined && c.process.exitCode === null) process.kill(c.process.pid, "SIGKILL");
  rmSync(root, { recursive: true, force: true });
});

describe("the PGlite data-directory lock across processes", () => {
  it(`lets exactly one of two processes in, ${rounds} rounds, with and without a stale lock left by a killed process`, async () => {
    const a = startChild();
    const b = startChild();
    children.push(a, b);
    const deadPid = spawnSync(process.execPath, ["-e", ""]).pid!;
    let bothIn = 0;
    const refusals: string[] = [];
    for (let round = 0; round < rounds; round++) {
      const dataDir = join(root, `round-${round}`);
      // Odd rounds: the previous owner was killed (-9) and left its lock; both race to take it over.
      if (round % 2 === 1) writeFileSync(`${dataDir}.lock`, String(deadPid));
      // Both commands leave in the same tick: the two processes try at (nearly) the same moment.
      a.process.stdin.write(`lock ${dataDir}\n`);
      b.process.stdin.write(`lock ${dataDir}\n`);
      const answers = await Promise.all([a.next(), b.next()]);
      if (answers.every((x) => x === "locked")) bothIn++;
      else refusals.push(...answers.filter((x) => x !== "locked"));
      expect(
        answers.filter((x) => x === "locked"),
        `round ${round}: ${answers.join(" / ")}`,
      ).toHaveLength(1);
      a.process.stdin.write("release\n");
      b.process.stdin.write("release\n");
      await Promise.all([a.next(), b.next()]);
      expect(existsSync(`${dataDir}.lock`)).toBe(false);
    }
    expect(bothIn).toBe(0);
    expect(refusals).toHaveLength(rounds);
    for (const refusal of refusals) {
      expect(refusal).toMatch(/^refused De PGlite-datamap .* is al in gebruik \(proces\/process \d+;/);
      expect(refusal).toContain("is already in use");
      expect(refusal).toContain("DATABASE_URL");
    }
    recordFigure("lockRounds", { rounds, bothIn, refused: refusals.length });
  }, 120_000);
});
