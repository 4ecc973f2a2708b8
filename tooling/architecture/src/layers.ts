// Who may import what: the table docs/architecture.md explains. A pattern ending in "*"
// matches by prefix ("node:*" is every Node built-in, "@fluentui/*" every Fluent UI package).
// Shipped code is checked against `may`; tests and testing/ helpers only against the
// workspace packages (a domain test may read a YAML file, it may not open the store).

export interface Layer {
  /** The package folder, from the repository root. */
  dir: string;
  name: string;
  /** What its shipped code may import; ["*"] for an adapter at the edge. */
  may: string[];
  /** Never, not even in its tests. */
  never: string[];
  /** Why, for the failure message. */
  why: string;
}

const nodeBuiltins = ["node:*"];
const workspace = (...names: string[]) => names.map((n) => `@convenantbot/${n}`);

export const layers: Layer[] = [
  {
    dir: "packages/domain",
    name: "@convenantbot/domain",
    may: ["zod", "fraction.js", "date-holidays", "@noble/hashes"],
    never: workspace("store", "cards", "contract", "bot", "tab", "playground", "cli"),
    why: "the domain is pure: no I/O, no botbuilder, no store; it also runs in the tab",
  },
  {
    dir: "packages/cards",
    name: "@convenantbot/cards",
    // The contract's shared labels and card verbs only (@convenantbot/contract/labels,
    // /card-verbs), never its HTTP side.
    may: [...workspace("domain"), "@convenantbot/contract/labels", "@convenantbot/contract/card-verbs"],
    never: workspace("store", "bot", "tab", "playground", "cli"),
    why: "cards turn a domain decision into Adaptive Card JSON; they never read the store or talk to Teams",
  },
  {
    dir: "packages/contract",
    name: "@convenantbot/contract",
    may: [...workspace("domain"), "zod", "zod-openapi"],
    never: workspace("store", "cards", "bot", "tab", "playground", "cli"),
    why: "the contract is the HTTP API's schemas and route table, shared by the bot and the browser: no I/O, no Node",
  },
  {
    dir: "packages/store",
    name: "@convenantbot/store",
    may: [
      ...workspace("domain"),
      "zod",
      "kysely",
      "pg",
      "@electric-sql/pglite",
      "botbuilder-core",
      "lru-cache",
      ...nodeBuiltins,
    ],
    never: workspace("cards", "bot", "tab", "playground", "cli"),
    why: "the store persists domain records; presentation (cards) and the bot sit above it",
  },
  {
    dir: "apps/cli",
    name: "@convenantbot/cli",
    may: [...workspace("domain"), "zod", ...nodeBuiltins],
    never: workspace("store", "cards", "bot", "tab", "playground"),
    why: "the convenant command answers from the domain alone, JSON in and out",
  },
  {
    dir: "apps/tab",
    name: "@convenantbot/tab",
    may: [
      ...workspace("domain", "cards", "contract"),
      "zod",
      "react",
      "react-dom",
      "react-dom/*",
      "react/*",
      "@fluentui/*",
      "@microsoft/teams-js",
      "csv-stringify/*",
    ],
    never: workspace("store", "bot", "playground", "cli"),
    why: "the tab runs in the browser: it reaches the store only through the bot's /api/tab",
  },
  {
    dir: "apps/playground",
    name: "@convenantbot/playground",
    may: [...workspace("cards"), "react", "react-dom", "react-dom/*", "react/*", "botframework-webchat"],
    never: workspace("store", "bot", "tab", "cli"),
    why: "the playground page is Web Chat in the browser, talking to the bot over Direct Line",
  },
  {
    dir: "apps/bot",
    name: "@convenantbot/bot",
    may: ["*"],
    // The tab and playground are built and served as files; their code is never run here.
    never: workspace("cli"),
    why: "the bot is the adapter at the edge; it serves the tab and playground as built files",
  },
];

export function matches(pattern: string, specifier: string): boolean {
  if (pattern === "*") return true;
  if (pattern.endsWith("*")) return specifier.startsWith(pattern.slice(0, -1));
  return specifier === pattern || specifier.startsWith(`${pattern}/`);
}
