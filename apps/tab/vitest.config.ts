import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { sourceResolution } from "../../vitest.shared.js";

// Unit and component tests in Node: most components render with react-dom/server; the charts,
// which draw only after measuring their box, mount in happy-dom (files that say
// `// @vitest-environment happy-dom`). The browser test lives with the bot, which serves the tab.
export default defineConfig({
  ...sourceResolution,
  plugins: [react()],
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    environment: "node",
    // No mocks and no module state a test changes: the files share their workers' modules, since
    // importing Fluent UI again per file cost thirty times the tests themselves.
    isolate: false,
    testTimeout: 20_000,
    // @fluentui/chart-utilities ships ES modules with extensionless imports and no "type":
    // "module", which Node cannot load by itself; Vite resolves them when it transforms the charts.
    server: { deps: { inline: ["@fluentui/react-charts", "@fluentui/chart-utilities"] } },
  },
});
