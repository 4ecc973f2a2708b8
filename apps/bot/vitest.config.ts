import { defineConfig } from "vitest/config";
import { sourceResolution } from "../../vitest.shared.js";

export default defineConfig({
  ...sourceResolution,
  test: {
    include: ["src/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Vitest's default on two cores is one worker, but most of these files wait on a child bot
    // process, Chromium or a socket: two files at a time nearly halve the wall time of CI.
    maxWorkers: 2,
    // The files share their workers' modules: importing the bot (botbuilder, restify, the domain)
    // again for each of ~80 files cost about 4.7 s a file, more than many of the files' tests.
    // Each file builds its own app, store and clock; no test mocks a module or changes
    // process.env, and the three that spy or fake timers restore them (bot-framework-auth,
    // store-ports on its own store, rate-limit). The whole suite: 5m45s on a quiet machine.
    isolate: false,
  },
});
