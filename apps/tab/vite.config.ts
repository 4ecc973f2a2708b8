import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The bot serves the build under /tab/ (apps/bot/src/http/tab-api/tab-page.ts); in `vite dev`
// the API calls go to a running bot instead.
const bot = process.env.TAB_BOT_URL ?? "http://127.0.0.1:3978";
const page = (name: string) => fileURLToPath(new URL(name, import.meta.url));

export default defineConfig({
  base: "/tab/",
  plugins: [react()],
  // The domain package's TypeScript source, like the bot's tests: never a stale dist/.
  resolve: { conditions: ["source", "module", "browser", "development|production"] },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    // Two pages: the tab itself, and the configuration page Teams opens for a channel tab.
    rolldownOptions: { input: { index: page("index.html"), config: page("config.html") } },
  },
  server: { proxy: { "/api/tab": bot } },
});
