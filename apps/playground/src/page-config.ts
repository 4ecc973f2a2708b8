/**
 * /playground/config.json as served by the bot (apps/bot/src/playground/page/config-route.ts).
 * Checked by hand: the page has no schema library, and a wrong file should say what is wrong.
 */
export interface DemoUser {
  id: string;
  name: string;
  aadObjectId: string;
  role: string;
  partyName: string;
}

export interface PageConfig {
  tenantId: string;
  locale: string;
  directLinePath: string;
  bot: { id: string; name: string };
  demoUsers: DemoUser[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === "string" && value.length > 0;

export function parsePageConfig(value: unknown): PageConfig {
  if (!isObject(value)) throw new Error("config.json is geen object / config.json is not an object");
  const { tenantId, locale, directLinePath, bot, demoUsers } = value;
  if (!isText(tenantId) || !isText(locale) || !isText(directLinePath)) {
    throw new Error(
      "config.json mist tenantId, locale of directLinePath / config.json lacks tenantId, locale or directLinePath",
    );
  }
  if (!isObject(bot) || !isText(bot.id) || !isText(bot.name))
    throw new Error("config.json: bot ongeldig / invalid bot");
  if (!Array.isArray(demoUsers)) throw new Error("config.json: demoUsers is geen lijst / demoUsers is not a list");
  const users = demoUsers.map((user, index) => {
    if (!isObject(user) || ![user.id, user.name, user.aadObjectId, user.role, user.partyName].every(isText)) {
      throw new Error(`config.json: demoUsers[${index}] ongeldig / invalid`);
    }
    return user as unknown as DemoUser;
  });
  return { tenantId, locale, directLinePath, bot: { id: bot.id, name: bot.name }, demoUsers: users };
}

/** When the bot passes no demo users, the page still works as one anonymous user. */
export const FALLBACK_USER: DemoUser = {
  id: "playground-user",
  name: "Speeltuin-gebruiker",
  aadObjectId: "00000000-0000-0000-0000-00000000beef",
  role: "guest",
  partyName: "—",
};

/** Party roles as the domain names them (packages/domain parties), shown in Dutch. */
const ROLE_LABELS: Record<string, string> = {
  gemeente: "gemeente",
  sociale_verhuurder: "verhuurder",
  zorgorganisatie: "zorgpartij",
  meldpunt: "meldpunt",
  reclassering: "reclassering",
  lokale_kamer: "lokale kamer",
  platform: "platform",
  urgentiecommissie: "urgentiecommissie",
  guest: "gast",
};

export const roleLabel = (role: string): string => ROLE_LABELS[role] ?? role;
