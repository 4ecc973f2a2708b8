import { createServer, type Server } from "node:http";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from "jose";

/**
 * A stand-in for Microsoft Entra ID in tests: a JWKS on loopback and a signer with the
 * matching private key, so the tab API's real verification (jose, remote JWKS) runs end to end.
 */
export interface TestSsoIssuer {
  jwksUrl: string;
  /** A Teams SSO-like token: v2 issuer of `tid`, RS256 with the served key, one hour valid. */
  sign(claims: { oid: string; tid: string; aud: string; iss?: string; expiresIn?: string }): Promise<string>;
  /** A token signed by a key the JWKS does not hold (a forgery). */
  signWithForeignKey(claims: { oid: string; tid: string; aud: string }): Promise<string>;
  close(): Promise<void>;
}

export async function startTestSsoIssuer(): Promise<TestSsoIssuer> {
  const { publicKey, privateKey } = await generateKeyPair("RS256");
  const foreign = await generateKeyPair("RS256");
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: "test-key", alg: "RS256", use: "sig" };
  const server: Server = createServer((req, res) => {
    if (req.url === "/keys") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ keys: [jwk] }));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const sign = (
    key: CryptoKey,
    kid: string,
    claims: { oid: string; tid: string; aud: string; iss?: string; expiresIn?: string },
  ) =>
    new SignJWT({ oid: claims.oid, tid: claims.tid, name: "Test Caseworker" })
      .setProtectedHeader({ alg: "RS256", kid, typ: "JWT" })
      .setIssuer(claims.iss ?? `https://login.microsoftonline.com/${claims.tid}/v2.0`)
      .setAudience(claims.aud)
      .setIssuedAt()
      .setExpirationTime(claims.expiresIn ?? "1h")
      .sign(key);
  return {
    jwksUrl: `http://127.0.0.1:${port}/keys`,
    sign: (claims) => sign(privateKey, "test-key", claims),
    signWithForeignKey: (claims) => sign(foreign.privateKey, "test-key", claims),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
