import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_TENANT_ID } from "../../config.js";
import { startPlaygroundServer, type PlaygroundServer } from "../testing/playground-server.js";

const demoUsers = [
  { id: "u-lv", name: "Lotte Verhuur", aadObjectId: "aad-1", role: "sociale_verhuurder", partyName: "Woonstede" },
];

describe("playground page and config", () => {
  let dir: string;
  let server: PlaygroundServer;
  let unbuilt: PlaygroundServer;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "playground-page-"));
    const page = join(dir, "page");
    await mkdir(join(page, "assets"), { recursive: true });
    await writeFile(join(page, "index.html"), "<!doctype html><title>speeltuin</title>");
    await writeFile(join(page, "assets", "app-abc123.js"), "console.log('hoi')");
    // Next to the page directory: must never be reachable.
    await writeFile(join(dir, "geheim.txt"), "INHOUD-VAN-HET-GEHEIM");
    server = await startPlaygroundServer({ staticDir: page, demoUsers });
    unbuilt = await startPlaygroundServer({ staticDir: join(dir, "bestaat-niet") });
  });
  afterAll(async () => {
    await Promise.all([server.close(), unbuilt.close()]);
    await rm(dir, { recursive: true, force: true });
  });

  const get = (base: string, path: string) =>
    fetch(`${base}${path}`, { redirect: "manual", signal: AbortSignal.timeout(5_000) });

  it("redirects / to /playground/ and serves index.html there", async () => {
    const root = await get(server.baseUrl, "/");
    expect(root.status).toBe(302);
    expect(root.headers.get("location")).toBe("/playground/");
    const page = await get(server.baseUrl, "/playground/");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(page.headers.get("cache-control")).toBe("no-cache");
    expect(await page.text()).toContain("<title>speeltuin</title>");
  });

  it("serves hashed assets as immutable JavaScript", async () => {
    const asset = await get(server.baseUrl, "/playground/assets/app-abc123.js");
    expect(asset.status).toBe(200);
    expect(asset.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(asset.headers.get("cache-control")).toContain("immutable");
    expect(await asset.text()).toBe("console.log('hoi')");
  });

  it("never serves files outside the page directory", async () => {
    for (const path of [
      "/playground/..%2Fgeheim.txt",
      "/playground/assets/..%2F..%2Fgeheim.txt",
      "/playground/../geheim.txt",
      `/playground/${encodeURIComponent(join(dir, "geheim.txt"))}`,
    ]) {
      const response = await get(server.baseUrl, path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain("INHOUD-VAN-HET-GEHEIM");
    }
  });

  it("says how to build the page when it is missing (503, both languages)", async () => {
    const response = await get(unbuilt.baseUrl, "/playground/");
    expect(response.status).toBe(503);
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toContain("pnpm --filter @convenantbot/playground build");
    expect(body.error.message).toMatch(/^De speeltuin is nog niet gebouwd.* \/ the playground page is not built/);
  });

  it("gives the page its demo users, tenant and Direct Line path", async () => {
    const response = await get(server.baseUrl, "/playground/config.json");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      tenantId: DEMO_TENANT_ID,
      locale: "nl-NL",
      directLinePath: "/v3/directline",
      bot: { id: "convenantbot", name: "Convenantbot" },
      demoUsers,
    });
  });
});
