import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { audienceAccepted, createSsoVerifier, issuerMatchesTenant } from "./sso-verifier.js";
import { startTestSsoIssuer, type TestSsoIssuer } from "./testing/sso-issuer.js";

const tid = "00000000-0000-0000-0000-000000000001";
const oid = "00000000-0000-0000-0000-0000000000a2";
const aud = "api://convenantbot.example.nl/2b0e8f5a-4a1c-4f0e-9f55-0c7d9e8a1b23";
let issuer: TestSsoIssuer;

beforeAll(async () => {
  issuer = await startTestSsoIssuer();
});
afterAll(async () => issuer.close());

const verifier = (overrides: Partial<Parameters<typeof createSsoVerifier>[0]> = {}) =>
  createSsoVerifier({ jwksUrl: issuer.jwksUrl, audiences: [aud], appId: "", allowedTenants: [tid], ...overrides });

describe("Teams SSO token verification (jose, loopback JWKS)", () => {
  it("accepts a token signed by a JWKS key, for this app, from an allowed tenant, and names oid and tid", async () => {
    const result = await verifier()(await issuer.sign({ oid, tid, aud }));
    expect(result).toEqual({ ok: true, identity: { oid, tid } });
  });

  it("refuses a forged signature, an expired token, another audience and an issuer of another tenant", async () => {
    const verify = verifier();
    expect(await verify(await issuer.signWithForeignKey({ oid, tid, aud }))).toEqual({ ok: false, reason: "invalid" });
    expect(await verify(await issuer.sign({ oid, tid, aud, expiresIn: "-10m" }))).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await verify(await issuer.sign({ oid, tid, aud: "api://elders.example/other-app" }))).toEqual({
      ok: false,
      reason: "invalid",
    });
    const otherTenant = "11111111-1111-1111-1111-111111111111";
    expect(
      await verify(await issuer.sign({ oid, tid, aud, iss: `https://login.microsoftonline.com/${otherTenant}/v2.0` })),
    ).toEqual({ ok: false, reason: "invalid" });
    expect(await verify("niet.een.token")).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses a tenant outside the allow-list", async () => {
    const otherTenant = "11111111-1111-1111-1111-111111111111";
    const result = await verifier()(await issuer.sign({ oid, tid: otherTenant, aud }));
    expect(result).toEqual({ ok: false, reason: "tenant_not_allowed" });
  });

  it("is off without an audience to check (local mode without an app id)", async () => {
    const result = await verifier({ audiences: [], appId: "" })(await issuer.sign({ oid, tid, aud }));
    expect(result).toEqual({ ok: false, reason: "not_configured" });
  });
});

describe("audience and issuer rules", () => {
  const appId = "2b0e8f5a-4a1c-4f0e-9f55-0c7d9e8a1b23";
  it("without configured audiences, accepts the app id and api://<domain>/<app id> only", () => {
    expect(audienceAccepted(appId, { audiences: [], appId })).toBe(true);
    expect(audienceAccepted(`api://convenantbot.example.nl/${appId}`, { audiences: [], appId })).toBe(true);
    expect(audienceAccepted(`api://a/b/${appId}`, { audiences: [], appId })).toBe(false);
    expect(audienceAccepted("api://convenantbot.example.nl/other", { audiences: [], appId })).toBe(false);
    expect(audienceAccepted([appId, "x"], { audiences: [], appId })).toBe(true);
  });

  it("accepts Entra's v1 and v2 issuers of the token's own tenant", () => {
    expect(issuerMatchesTenant(`https://sts.windows.net/${tid}/`, tid)).toBe(true);
    expect(issuerMatchesTenant(`https://login.microsoftonline.com/${tid}/v2.0`, tid)).toBe(true);
    expect(issuerMatchesTenant("https://evil.example/", tid)).toBe(false);
  });
});
