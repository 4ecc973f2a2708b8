import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BotClient, allText, cardsOf } from "../testing/bot-client.js";
import { useTestApp } from "../testing/test-app.js";

// The shipped Microsoft 365 Agents Playground configurations (apps/bot/agents-playground/*/)
// must name identities the bot knows: each is driven through POST /api/messages as the
// playground would send it (channel msteams, personal chat, its tenant and user).

const root = new URL("../../agents-playground/", import.meta.url);
const configs = readdirSync(root).map((folder) => {
  const yml = readFileSync(new URL(`${folder}/.m365agentsplayground.yml`, root), "utf8");
  const field = (pattern: RegExp) => yml.match(pattern)?.[1]?.replace(/^"|"$/g, "");
  return {
    folder,
    tenantId: field(/^tenantId:\s*(\S+)/m),
    userId: field(/^currentUser:\n\s+id:\s*(\S+)/m),
    aadObjectId: field(/^\s+aadObjectId:\s*(\S+)/m),
  };
});

const ctx = useTestApp({ worker: false });

describe("Agents Playground configurations", () => {
  it("one per demo caseworker", () => {
    expect(configs.map((c) => c.folder).sort()).toEqual([
      "begeleider",
      "casemanager",
      "gemeente",
      "meldpunt",
      "woonconsulent",
      "woonconsulent-kw",
    ]);
  });

  it.each(configs)(
    "$folder: a known caseworker in an allowed tenant, answered with help",
    async ({ tenantId, userId, aadObjectId }) => {
      expect(tenantId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      const member = await ctx.store.members.byTeamsUserId(userId!);
      expect(member?.aadObjectId).toBe(aadObjectId);
      const client = new BotClient(ctx.app.url, { id: userId!, aadObjectId: aadObjectId! }, { tenantId: tenantId! });
      const replies = await client.say("help");
      // The help card for this caseworker (its buttons depend on role and region: a landlord under LV does not nominate).
      expect(allText(cardsOf(replies)[0]!)).toMatch(/Convenantbot: wat kan ik\?/);
    },
  );
});
