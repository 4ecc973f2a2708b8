import { createConfig } from "@convenantbot/eslint-config";

// vite.config.ts and vitest.config.ts are in this tsconfig's include list.
export default createConfig({ root: import.meta.dirname, browser: true, outsideTsconfig: [] });
