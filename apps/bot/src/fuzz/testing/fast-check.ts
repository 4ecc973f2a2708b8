// fast-check for the bot's fuzz tests. It is installed for @convenantbot/domain (a
// devDependency there) but not declared by this package, so it is loaded from the domain's
// install. Clean fix: add "fast-check": "4.10.2" to apps/bot devDependencies (one line plus
// `pnpm install`), then import "fast-check" directly and delete this file.
export { default } from "../../../../../packages/domain/node_modules/fast-check/lib/fast-check.js";
export type { Arbitrary } from "../../../../../packages/domain/node_modules/fast-check/lib/fast-check.js";
