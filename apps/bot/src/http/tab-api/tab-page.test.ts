import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import restify from "restify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../logger.js";
import { listen } from "../server.js";
import { FRAME_ANCESTORS, mountTabPage } from "./tab-page.js";

let dir: string;
let built: restify.Server;
let unbuilt: restify.Server;
let builtUrl: string;
let unbuiltUrl: string;

async function serve(staticDir: string): Promise<{ server: restify.Server; url: string }> {
  const server = restify.createServer({ handleUncaughtExceptions: false });
  mountTabPage(server, { logger: createLogger("silent"), staticDir });
  const { port } = await listen(server, 0, "127.0.0.1");
  return { server, url: `http://127.0.0.1:${port}` };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tab-page-"));
  await mkdir(join(dir, "dist", "assets"), { recursive: true });
  await writeFile(join(dir, "dist", "index.html"), "<!doctype html><title>tab</title>");
  await writeFile(join(dir, "dist", "config.html"), "<!doctype html><title>config</title>");
  await writeFile(join(dir, "dist", "assets", "index-abc123.js"), "console.log(1)");
  await writeFile(join(dir, "secret.txt"), "niet voor jou");
  ({ server: built, url: builtUrl } = await serve(join(dir, "dist")));
  ({ server: unbuilt, url: unbuiltUrl } = await serve(join(dir, "missing")));
});

afterAll(async () => {
  await new Promise<void>((resolve) => built.close(() => resolve()));
  await new Promise<void>((resolve) => unbuilt.close(() => resolve()));
  await rm(dir, { recursive: true, force: true });
});

describe("the tab page at /tab/", () => {
  it("serves index.html, framable only by Teams and Microsoft 365", async () => {
    const page = await fetch(`${builtUrl}/tab/`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(page.headers.get("content-security-policy")).toBe(FRAME_ANCESTORS);
    expect(FRAME_ANCESTORS).toContain("https://teams.microsoft.com");
    expect(page.headers.get("cache-control")).toBe("no-cache");
    expect(await page.text()).toContain("<title>tab</title>");
  });

  it("serves the channel tab's config.html (the manifest's configurationUrl) and hashed assets for good", async () => {
    expect((await fetch(`${builtUrl}/tab/config.html`)).status).toBe(200);
    const asset = await fetch(`${builtUrl}/tab/assets/index-abc123.js`);
    expect(asset.headers.get("cache-control")).toContain("immutable");
    expect(asset.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
  });

  it("redirects /tab to /tab/ and never serves a file outside the build", async () => {
    const redirect = await fetch(`${builtUrl}/tab`, { redirect: "manual" });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get("location")).toBe("/tab/");
    const escape = await fetch(`${builtUrl}/tab/..%2Fsecret.txt`);
    expect(escape.status).toBe(404);
    expect(await escape.text()).not.toContain("niet voor jou");
  });

  it("says how to build when there is no build", async () => {
    const missing = await fetch(`${unbuiltUrl}/tab/`);
    expect(missing.status).toBe(503);
    expect(((await missing.json()) as { message_nl: string }).message_nl).toContain(
      "pnpm --filter @convenantbot/tab build",
    );
  });
});
