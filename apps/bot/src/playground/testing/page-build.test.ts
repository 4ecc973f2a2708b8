import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withBuildLock } from "./page-build.js";

describe("withBuildLock", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "playground-lock-"));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it("lets only one holder work at a time and releases on failure", async () => {
    const lock = join(dir, "lock");
    const events: string[] = [];
    const hold = (name: string) =>
      withBuildLock(lock, 10_000, async () => {
        events.push(`${name}:in`);
        await new Promise((resolve) => setTimeout(resolve, 30));
        events.push(`${name}:out`);
        return name;
      });
    const failing = withBuildLock(lock, 10_000, async () => {
      events.push("f:in");
      events.push("f:out");
      throw new Error("build failed");
    });
    const results = await Promise.allSettled([hold("a"), failing, hold("b")]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    // Never two "in" without an "out" between them.
    for (let i = 0; i < events.length; i += 2) {
      expect(events[i]?.endsWith(":in")).toBe(true);
      expect(events[i + 1]).toBe(events[i]?.replace(":in", ":out"));
    }
    expect(events).toHaveLength(6);
  });
});
