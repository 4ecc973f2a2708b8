// Test support: a loopback stand-in for the Bot Connector's token issuer. It serves an OpenID
// metadata document and a JWKS with one published key (botbuilder reads them through its own
// `BotOpenIdMetadata` setting), and signs channel tokens RS256 with local keys, as the Bot
// Connector signs them.
import { generateKeyPairSync, randomUUID, type KeyObject } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** What the Bot Connector puts in `iss`. */
export const CHANNEL_ISSUER = "https://api.botframework.com";

export interface SigningKeys {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export function newSigningKeys(): SigningKeys {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { kid: `test-${randomUUID()}`, privateKey, publicKey };
}

export interface ChannelIssuer {
  /** The value for the bot's BotOpenIdMetadata setting. */
  readonly metadataUrl: string;
  /** How many requests the issuer answered (the bot fetched its keys from here). */
  requests(): number;
  close(): Promise<void>;
}

/** Publishes `published` (only that key) on loopback until close(). */
export async function startChannelIssuer(published: SigningKeys): Promise<ChannelIssuer> {
  let requests = 0;
  const server = createServer((req, res) => {
    requests++;
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    res.setHeader("content-type", "application/json");
    if (req.url === "/.well-known/openidconfiguration") {
      res.end(
        JSON.stringify({
          issuer: CHANNEL_ISSUER,
          jwks_uri: `${base}/keys`,
          id_token_signing_alg_values_supported: ["RS256"],
        }),
      );
    } else if (req.url === "/keys") {
      const jwk = published.publicKey.export({ format: "jwk" });
      // The Bot Connector's keys carry the channels they may sign for.
      res.end(
        JSON.stringify({
          keys: [{ ...jwk, kid: published.kid, use: "sig", alg: "RS256", endorsements: ["msteams", "webchat"] }],
        }),
      );
    } else {
      res.statusCode = 404;
      res.end("{}");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    metadataUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/openidconfiguration`,
    requests: () => requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
