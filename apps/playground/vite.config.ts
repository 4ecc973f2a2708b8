import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// The bot serves the built page under /playground/ (apps/bot/src/playground/page); in
// `vite dev` the Direct Line and config requests go to a running bot instead.
const bot = process.env.PLAYGROUND_BOT_URL ?? "http://127.0.0.1:3978";

export default defineConfig({
  base: "/playground/",
  resolve: { alias: { punycode: fileURLToPath(new URL("./src/shims/punycode.ts", import.meta.url)) } },
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 8000 },
  server: { proxy: { "/v3/directline": bot, "/playground/config.json": bot } },
});
