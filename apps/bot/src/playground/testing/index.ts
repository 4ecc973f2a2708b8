/**
 * Test helpers for the playground, for this folder's tests and the bot's end-to-end suites:
 * start the bot's server with the playground on loopback, talk Direct Line without a
 * browser, drive Microsoft Web Chat in headless Chromium, assert on deliveries.
 */
export {
  startPlaygroundServer,
  localAdapter,
  type PlaygroundServer,
  type PlaygroundServerOptions,
} from "./playground-server.js";
export { DirectLineTestClient, requestJson, fromBot, textIs, type HttpResult } from "./direct-line-client.js";
export { WebChatPage, chromiumStatus, launchChromium, CHROMIUM_PATH, TEST_RESULTS_DIR } from "./browser.js";
export { ensurePlaygroundBuilt, PLAYGROUND_DIST_DIR } from "./page-build.js";
export { sendProactive, updateText, referenceOf } from "./proactive.js";
export { deliveriesTo } from "./deliveries.js";
export { EchoBot, executeCard, CARD_DATA, CARD_TITLE, CARD_VERB } from "./echo-bot.js";
export { waitFor } from "./wait.js";
