import { describe, expect, it } from "vitest";
import { DEV_USER_HEADER } from "@convenantbot/contract";
import { devAuth, ssoAuth, tokenExpiry } from "./auth";
import { chooseHost, devUserFromSearch, withTimeout } from "./host-choice";

const top = (search = "") => {
  const win = { parent: undefined as unknown, opener: null, location: { search } };
  win.parent = win;
  return win;
};
const framed = (search = "") => ({ parent: {}, opener: null, location: { search } });

const jwt = (payload: object) =>
  `h.${btoa(JSON.stringify(payload)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_")}.s`;

describe("where the tab runs", () => {
  it("a top-level page is the playground: dev mode", () => {
    expect(chooseHost(top())).toEqual({ kind: "dev", userId: undefined });
  });

  it("a framed page is Teams", () => {
    expect(chooseHost(framed())).toEqual({ kind: "teams" });
  });

  it("?user= always picks dev mode with that caseworker (the playground's parameter)", () => {
    expect(chooseHost(framed("?user=29%3Ademo-begeleider"))).toEqual({ kind: "dev", userId: "29:demo-begeleider" });
    expect(devUserFromSearch("?demoUser=29:demo-casemanager")).toBe("29:demo-casemanager");
    expect(devUserFromSearch("?user=")).toBeUndefined();
  });

  it("gives up on a host that never answers, with the reason", async () => {
    await expect(withTimeout(new Promise(() => undefined), 5, "Teams reageert niet")).rejects.toThrow(
      "Teams reageert niet",
    );
    await expect(withTimeout(Promise.resolve(7), 1000, "x")).resolves.toBe(7);
  });
});

describe("how the tab says who is asking", () => {
  it("dev mode sends the demo header", async () => {
    expect(await devAuth("29:demo-begeleider").headers()).toEqual({ [DEV_USER_HEADER]: "29:demo-begeleider" });
  });

  it("Teams sends the SSO token as a bearer and asks Teams again only near its expiry", async () => {
    let now = 1_000_000_000_000;
    const issued: string[] = [];
    const auth = ssoAuth(
      async () => {
        const token = jwt({ exp: now / 1000 + 3600, n: issued.length });
        issued.push(token);
        return token;
      },
      () => now,
    );
    const first = await auth.headers();
    expect(first.authorization).toBe(`Bearer ${issued[0]}`);
    await auth.headers();
    expect(issued).toHaveLength(1);
    now += 56 * 60_000; // within five minutes of expiry
    await auth.headers();
    expect(issued).toHaveLength(2);
  });

  it("reads exp from a token, and nothing from garbage", () => {
    expect(tokenExpiry(jwt({ exp: 42 }))).toBe(42);
    expect(tokenExpiry("not-a-jwt")).toBeUndefined();
    expect(tokenExpiry("a.%%%.b")).toBeUndefined();
  });
});
