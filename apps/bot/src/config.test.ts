import { describe, expect, it } from "vitest";
import { isLoopbackHost, loadConfig } from "./config.js";

describe("loadConfig", () => {
  it("an empty setting counts as not set", () => {
    const config = loadConfig({ DATABASE_URL: "", PORT: "", HOST: "  ", MicrosoftAppId: "", LOG_LEVEL: "" });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.PORT).toBe(3978);
    expect(config.HOST).toBe("127.0.0.1");
    expect(config.localMode).toBe(true);
    expect(config.LOG_LEVEL).toBe("info");
  });

  it.each(["0.0.0.0", "::", "192.168.1.20", "bot.example.org", "10.0.0.5"])(
    "refuses HOST=%s without app credentials, saying why and what to do",
    (host) => {
      expect(() => loadConfig({ HOST: host })).toThrow(
        /HOST=.* zonder MicrosoftAppId.*iedereen in het netwerk.*HOST=127\.0\.0\.1.*without app credentials/,
      );
    },
  );

  it.each(["127.0.0.1", "localhost", "::1", "127.0.0.2", "[::1]"])(
    "starts on loopback HOST=%s in local mode",
    (host) => {
      expect(loadConfig({ HOST: host }).localMode).toBe(true);
    },
  );

  it("starts on any HOST with app credentials", () => {
    const config = loadConfig({ HOST: "0.0.0.0", MicrosoftAppId: "app", MicrosoftAppPassword: "secret" });
    expect(config.localMode).toBe(false);
  });

  it("refuses an app id without its password", () => {
    expect(() => loadConfig({ MicrosoftAppId: "app" })).toThrow(/MicrosoftAppPassword niet/);
  });

  it("names a wrong setting", () => {
    expect(() => loadConfig({ PORT: "negentig" })).toThrow(/invalid configuration: PORT/);
  });

  it.each([
    ["127.0.0.1", true],
    ["0.0.0.0", false],
    ["127.1", false],
    ["::ffff:127.0.0.1", true],
  ])("isLoopbackHost(%s) is %s", (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
  });
});

describe("pnpm start with a wrong setting", () => {
  it("refuses HOST=0.0.0.0 without credentials with the reason, exit code 2 and no stack trace", async () => {
    const { spawnSync } = await import("node:child_process");
    const { fileURLToPath } = await import("node:url");
    const main = fileURLToPath(new URL("./main.ts", import.meta.url));
    const env: Record<string, string | undefined> = {
      ...process.env,
      HOST: "0.0.0.0",
      PORT: "0",
      MicrosoftAppId: "",
      DATA_DIR: "/nonexistent-never-opened",
    };
    const result = spawnSync(process.execPath, ["--conditions=source", "--import", "tsx", main], {
      env,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/HOST=0\.0\.0\.0 zonder MicrosoftAppId/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 90_000);
});
