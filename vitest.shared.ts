// Shared by every package's vitest.config.ts: workspace packages resolve to their TypeScript
// source (export condition "source"), so tests need no build and never see a stale dist/.
const conditions = ["source", "module", "node", "development|production"];

export const sourceResolution = {
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ["source"] } },
};
