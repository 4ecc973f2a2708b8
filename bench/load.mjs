#!/usr/bin/env node
// Load generator for Bot Framework /api/messages endpoints: autocannon on loopback, bounded
// in time (warm-up + duration) and stopping by itself. Every request is a message activity
// with deliveryMode "expectReplies" (the replies come back in the HTTP body, no connector).
//
// Each connection drives one conversation with one turn in flight: a conversation is leased
// when its request is built and returned when its response has been checked, so a stateful
// bot walks its dialog turn by turn, as a caseworker would. Every response body is validated
// against what the scenario expects next; anything else (non-200, network error, timeout,
// a reply that is not the expected one) counts as an error.
//
//   node bench/load.mjs --scenario echo|echo-state|convenantbot|snelcheck
//        [--url http://127.0.0.1:3978/api/messages] [--duration 20] [--warmup 2]
//        [--connections 50] [--pid <server pid, for RSS/CPU>] [--json out.json]
//
// Used as a library by bench/run.ts (runLoad, waitForFirstReply, scenarios).
import { readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const autocannon = require("autocannon");
export const AUTOCANNON_VERSION = require("autocannon/package.json").version;

const DEMO_TENANT = "00000000-0000-0000-0000-000000000001";
/** Seeded demo caseworkers (packages/store/src/seed/demo-members.ts) whose "nieuwe aanmelding" starts an intake at once. */
// Not demo-woonconsulent / demo-meldpunt-lv: since main's 2026-12 changes their party has two
// rulebooks, so "nieuwe aanmelding" first asks "Kies de regeling" (not a question card).
export const INTAKE_MEMBERS = ["29:demo-woonconsulent-kw", "29:demo-meldpunt", "29:demo-gemeente"];
const SNELCHECK_FACTS = {
  rulebook: "kw-huisuitzetting-2019",
  asOf: "2026-03-01",
  // The scope question (KW.REIKWIJDTE) the rulebook asks first since main's 2026-12 change.
  landlordCorporation: "kw-quawonen",
  notSelfReliant: "true",
  opiumActViolation: "false",
  illegalOccupation: "false",
  hasResidenceStatus: "true",
  extremeNuisance: "false",
  hasLegalIncome: "true",
  willingToCooperate: "true",
  paysCurrentRent: "true",
  minorChildren: "2",
};

// ---------------------------------------------------------------- activities
let seq = 0;
const RUN = Math.random().toString(36).slice(2, 8); // unique ids per run on one server

function activity(conv, payload) {
  const tenant = conv.tenant;
  return JSON.stringify({
    type: "message",
    id: `a${++seq}`,
    timestamp: new Date().toISOString(),
    channelId: "msteams",
    serviceUrl: "http://127.0.0.1:1",
    deliveryMode: "expectReplies",
    from: { id: conv.user, name: "Bench" },
    recipient: { id: "28:bench-bot", name: "Bot" },
    conversation: tenant ? { id: conv.id, conversationType: "personal", tenantId: tenant } : { id: conv.id },
    ...(tenant ? { channelData: { tenant: { id: tenant } } } : {}),
    ...payload,
  });
}

function parseActivities(body) {
  try {
    const parsed = JSON.parse(body);
    return Array.isArray(parsed.activities) ? parsed.activities : null;
  } catch {
    return null;
  }
}

const ADAPTIVE = "application/vnd.microsoft.card.adaptive";
function cardOf(act) {
  const att = (act.attachments ?? []).find((a) => a.contentType === ADAPTIVE);
  return att ? att.content : undefined;
}
function walk(node, visit) {
  if (Array.isArray(node)) for (const n of node) walk(n, visit);
  else if (node && typeof node === "object") {
    visit(node);
    for (const v of Object.values(node)) walk(v, visit);
  }
}
function verbsOf(card) {
  const verbs = [];
  walk(card, (n) => {
    if (n.type === "Action.Execute" && typeof n.verb === "string") verbs.push(n.verb);
  });
  return verbs;
}
function firstInput(card) {
  let input;
  walk(card, (n) => {
    if (!input && typeof n.type === "string" && n.type.startsWith("Input.")) input = n;
  });
  return input;
}
/** The data of the card's Action.Execute with this verb (a checklist's group facts ride on it). */
function actionData(card, verb) {
  let data = {};
  walk(card, (n) => {
    if (n.type === "Action.Execute" && n.verb === verb && n.data && typeof n.data === "object") data = n.data;
  });
  return data;
}
/** A valid answer to a question card's input: the first choice ("ja" for yes/no), the minimum, a date, a text. */
function validAnswer(input) {
  switch (input.type) {
    case "Input.ChoiceSet":
      return input.choices?.[0]?.value;
    case "Input.Number":
      return String(input.min !== undefined ? Math.max(input.min, Math.min(1, input.max ?? 1)) : 1);
    case "Input.Date":
      return new Date().toISOString().slice(0, 10);
    case "Input.Text":
      return "bench";
    default:
      return "true";
  }
}

// ---------------------------------------------------------------- scenarios
/**
 * A scenario: `conversation(n)` makes the state of conversation n; `request(conv)` the next
 * activity; `check(conv, status, body)` validates the reply, advances the state and returns
 * undefined when it is what the scenario expects, else a short reason.
 */
export const scenarios = {
  echo: {
    describe: "text 'hallo' -> exactly one reply 'Echo: hallo'",
    conversation: (n) => ({ id: `conv-${RUN}-${n}`, user: `user-${RUN}-${n}` }),
    request: (conv) => activity(conv, { text: "hallo" }),
    check(_conv, status, body) {
      if (status !== 200) return `status ${status}`;
      const acts = parseActivities(body);
      if (!acts || acts.length !== 1) return `expected one activity, got ${acts ? acts.length : "no JSON"}`;
      return acts[0].text === "Echo: hallo" ? undefined : `not the echo: ${String(acts[0].text).slice(0, 60)}`;
    },
  },
  "echo-state": {
    describe: "3-prompt WaterfallDialog: name, e-mail, topic, summary; then again",
    conversation: (n) => ({ id: `conv-${RUN}-${n}`, user: `user-${RUN}-${n}`, turn: 0 }),
    request: (conv) => activity(conv, { text: "hallo" }),
    check(conv, status, body) {
      if (status !== 200) return `status ${status}`;
      const step = conv.turn++ % 4;
      const acts = parseActivities(body);
      if (!acts || acts.length !== 1) return `expected one activity, got ${acts ? acts.length : "no JSON"}`;
      const text = String(acts[0].text);
      const expected = ["What is your name?", "What is your e-mail address?", "What can we help you with?"][step];
      if (expected) return text === expected ? undefined : `expected "${expected}", got "${text.slice(0, 60)}"`;
      return /^Thanks hallo, intake #\d+ recorded\.$/.test(text) ? undefined : `expected the summary, got "${text.slice(0, 60)}"`;
    },
  },
  convenantbot: {
    describe:
      "intake turns as seeded demo caseworkers: 'nieuwe aanmelding', then a valid answer (first choice / minimum; a checklist " +
      "answered with the card's own group data, as its 'Volgende' does) to every question card until the intake ends " +
      "(summary or check result), then 'nieuwe aanmelding' again and 'Begin opnieuw' on the card that asks about the finished one",
    conversation: (n) => ({
      id: `bench-${RUN}-${n}`,
      user: INTAKE_MEMBERS[n % INTAKE_MEMBERS.length],
      tenant: DEMO_TENANT,
      next: undefined, // the card action to post next: { verb, ...data }
      stats: undefined,
    }),
    request(conv) {
      if (!conv.next) return activity(conv, { text: "nieuwe aanmelding" });
      return activity(conv, { value: conv.next });
    },
    check(conv, status, body, stats) {
      const sent = conv.next?.verb ?? "text";
      conv.next = undefined; // on any error the conversation starts a new intake
      if (status !== 200) return `status ${status}`;
      const acts = parseActivities(body);
      if (!acts) return "body is not {activities:[...]}";
      if (acts.length !== 1) return `${acts.length} activities (${acts.map((a) => (a.text ?? "card").slice(0, 60)).join(" | ")})`;
      const card = cardOf(acts[0]);
      if (!card) return `text instead of a card: ${String(acts[0].text).slice(0, 80)}`;
      const verbs = verbsOf(card);
      if (verbs.includes("intake.answer")) {
        const input = firstInput(card);
        if (!input?.id) return "question card without an input";
        conv.next = { ...actionData(card, "intake.answer"), verb: "intake.answer", [input.id]: validAnswer(input) };
        if (stats) stats[sent === "intake.answer" ? "answers" : "starts"]++;
        return undefined;
      }
      // "nieuwe aanmelding" beside the finished intake asks first (issue 15: no silent replace).
      if (sent === "text" && verbs.includes("intake.restart")) {
        conv.next = { ...actionData(card, "intake.restart"), verb: "intake.restart" };
        return undefined;
      }
      // The intake is finished: the summary (with support parties) or the check result.
      if (sent !== "intake.answer") return `'${sent === "text" ? "nieuwe aanmelding" : sent}' did not start an intake`;
      if (verbs.includes("intake.choose") || String(card.fallbackText ?? "").startsWith("Toets:")) {
        if (stats) stats.finished++;
        return undefined;
      }
      return `unexpected card: ${String(card.fallbackText ?? "").slice(0, 80)}`;
    },
  },
  snelcheck: {
    describe: "snelcheck.submit for kw-huisuitzetting-2019 (eligible household) -> exactly one check result card 'Komt in aanmerking'",
    conversation: (n) => ({ id: `snel-${RUN}-${n}`, user: INTAKE_MEMBERS[n % INTAKE_MEMBERS.length], tenant: DEMO_TENANT }),
    request: (conv) => activity(conv, { value: { verb: "snelcheck.submit", ...SNELCHECK_FACTS } }),
    check(_conv, status, body) {
      if (status !== 200) return `status ${status}`;
      const acts = parseActivities(body);
      if (!acts || acts.length !== 1) return `expected one activity, got ${acts ? acts.length : "no JSON"}`;
      const card = cardOf(acts[0]);
      const fallback = String(card?.fallbackText ?? "");
      return fallback.startsWith("Toets:") && fallback.includes("Komt in aanmerking") ? undefined : `not the check result: ${fallback || acts[0].text}`;
    },
  },
};

// ---------------------------------------------------------------- /proc helpers
const CLK_TCK = 100; // Linux USER_HZ
export function rssMb(pid) {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Math.round(Number(m[1]) / 102.4) / 10 : 0;
  } catch {
    return 0;
  }
}
/** CPU time (user + system, all threads) a process has used so far, in ms; 0 when unreadable. */
export function cpuMs(pid) {
  return Math.round((cpuTicks(pid) * 1000) / CLK_TCK);
}
function cpuTicks(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = s.slice(s.lastIndexOf(")") + 2).split(" ");
    return Number(f[11]) + Number(f[12]);
  } catch {
    return 0;
  }
}
export function machineBusyTicks() {
  try {
    const f = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
    return f.slice(0, 8).reduce((a, b) => a + b, 0) - f[3] - f[4];
  } catch {
    return 0;
  }
}

/** Waits (bounded) until the machine used < busyPct % of one core for `secs` seconds in a row. */
export async function waitForQuiet({ maxS = 20, busyPct = 30, secs = 2 } = {}) {
  const t0 = Date.now();
  let streak = 0;
  let prev = machineBusyTicks();
  let last = 0;
  while (streak < secs) {
    await new Promise((r) => setTimeout(r, 1000));
    const cur = machineBusyTicks();
    last = (100 * (cur - prev)) / CLK_TCK;
    prev = cur;
    streak = last < busyPct ? streak + 1 : 0;
    if (Date.now() - t0 > maxS * 1000) return { quiet: false, busyPct: Math.round(last) };
  }
  return { quiet: true, busyPct: Math.round(last) };
}

// ---------------------------------------------------------------- the bot as `pnpm start` runs it
/**
 * The node arguments of the bot's `start` script (apps/bot/package.json), with the entry as an
 * absolute path: every bench starts the bot exactly as production does, flags included.
 */
export function botStartArgs() {
  const botDir = new URL("../apps/bot/", import.meta.url);
  const start = JSON.parse(readFileSync(new URL("package.json", botDir), "utf8")).scripts.start;
  const [node, ...args] = start.split(/\s+/);
  if (node !== "node" || args.length === 0) throw new Error(`apps/bot's start script is not "node [flags] <entry>": ${start}`);
  const entry = args.pop();
  return [...args, new URL(entry, botDir).pathname];
}

// ---------------------------------------------------------------- cold start
async function postOnce(url, body, timeoutMs = 5000) {
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    return { status: res.status, body: await res.text() };
  } catch (error) {
    return { status: 0, body: String(error?.cause?.code ?? error?.name ?? error) };
  }
}

/** Polls (every 5 ms) until the first reply the scenario accepts; returns ms since t0. Bounded by timeoutMs. */
// Each cold start talks in conversations of its own: the bot keeps an open intake per
// conversation across restarts, and a second "nieuwe aanmelding" in the conversation of an
// earlier start (same data directory) is answered with that intake, not a new first question.
let firstReplyRound = 0;

export async function waitForFirstReply({ url, scenario, t0, timeoutMs = 30_000, isAlive = () => true }) {
  const s = scenarios[scenario];
  const deadline = t0 + timeoutMs;
  const base = 1_000_000 + 100_000 * firstReplyRound++;
  let last;
  for (let n = 0; Date.now() < deadline && isAlive(); n++) {
    const conv = s.conversation(base + n);
    last = await postOnce(url, s.request(conv));
    if (last.status === 200) {
      const problem = s.check(conv, last.status, last.body);
      if (problem === undefined) return Date.now() - t0;
      throw new Error(`first reply is not what ${scenario} expects: ${problem}`);
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`no valid first reply within ${timeoutMs} ms; last: ${last?.status} ${String(last?.body).slice(0, 300)}`);
}

// ---------------------------------------------------------------- load
function percentile(sorted, q) {
  if (sorted.length === 0) return null;
  return +sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))].toFixed(2);
}

/**
 * One bounded autocannon run of warmup + duration seconds; only responses completing after the
 * warm-up are measured. Resolves with rps, latency percentiles, errors and server RSS/CPU.
 */
export async function runLoad({ url, scenario, duration = 20, warmup = 2, connections = 50, pid = 0, label = scenario, timeout = 10 }) {
  const s = scenarios[scenario];
  if (!s) throw new Error(`unknown scenario ${scenario}`);
  const target = new URL(url);
  const free = [];
  let created = 0;
  let inWindow = warmup <= 0;
  let ok = 0;
  let non200 = 0;
  let netErrors = 0;
  let timeouts = 0;
  let badBodies = 0;
  const samples = [];
  const lat = [];
  const stats = { starts: 0, answers: 0, finished: 0 };
  let cpu0 = 0;
  let lg0 = process.cpuUsage();
  let m0 = 0;
  let w0 = process.hrtime.bigint();
  let rssPeak = 0;
  let sampler;
  const startWindow = () => {
    inWindow = true;
    cpu0 = pid ? cpuTicks(pid) : 0;
    lg0 = process.cpuUsage();
    m0 = machineBusyTicks();
    w0 = process.hrtime.bigint();
    if (pid) sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssMb(pid))), 250);
  };
  if (inWindow) startWindow();

  await new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.origin,
        connections,
        duration: warmup + duration,
        timeout,
        requests: [
          {
            method: "POST",
            path: target.pathname,
            headers: { "content-type": "application/json" },
            setupRequest: (req, context) => {
              const conv = free.pop() ?? s.conversation(++created);
              context.conv = conv;
              req.body = s.request(conv);
              return req;
            },
            onResponse: (status, body, context) => {
              const conv = context.conv;
              const problem = s.check(conv, status, body ?? "", inWindow ? stats : undefined);
              free.push(conv);
              if (!inWindow) return;
              if (status !== 200) non200++;
              else if (problem) {
                badBodies++;
                if (samples.length < 5) samples.push(problem);
              }
            },
          },
        ],
      },
      (error) => (error ? reject(error) : resolve()),
    );
    instance.on("response", (_client, status, _bytes, responseTime) => {
      if (inWindow && status === 200) {
        ok++;
        lat.push(responseTime);
      }
    });
    instance.on("reqError", (error) => {
      if (!inWindow) return;
      netErrors++;
      if (/timed? ?out/i.test(String(error?.message))) timeouts++;
      if (samples.length < 5) samples.push(`network: ${error?.code ?? error?.message}`);
    });
    if (!inWindow) setTimeout(startWindow, warmup * 1000);
  });

  const wallS = Number(process.hrtime.bigint() - w0) / 1e9;
  const cpu1 = pid ? cpuTicks(pid) : 0;
  const lg = process.cpuUsage(lg0);
  const m1 = machineBusyTicks();
  if (sampler) clearInterval(sampler);
  if (pid) rssPeak = Math.max(rssPeak, rssMb(pid));
  lat.sort((a, b) => a - b);
  const serverCpu = pid ? (100 * (cpu1 - cpu0)) / CLK_TCK / wallS : null;
  const loadgenCpu = (100 * (lg.user + lg.system)) / 1e6 / wallS;
  const good = ok - badBodies;
  return {
    label,
    scenario,
    describe: s.describe,
    url,
    autocannon: AUTOCANNON_VERSION,
    connections,
    duration_s: +wallS.toFixed(2),
    warmup_s: warmup,
    requests: ok + non200 + netErrors,
    rps: Math.round(good / wallS),
    errors: non200 + netErrors + badBodies,
    error_detail: { non200, network: netErrors, timeouts, bad_bodies: badBodies, samples },
    latency_ms: {
      p50: percentile(lat, 0.5),
      p90: percentile(lat, 0.9),
      p99: percentile(lat, 0.99),
      max: percentile(lat, 1),
      avg: lat.length ? +(lat.reduce((a, b) => a + b, 0) / lat.length).toFixed(2) : null,
    },
    server_rss_peak_mb: pid ? rssPeak : null,
    server_cpu_pct: serverCpu === null ? null : Math.round(serverCpu),
    loadgen_cpu_pct: Math.round(loadgenCpu),
    other_cpu_pct: pid ? Math.max(0, Math.round((100 * (m1 - m0)) / CLK_TCK / wallS - serverCpu - loadgenCpu)) : null,
    conversations: created,
    ...(scenario === "convenantbot" ? { turns: stats } : {}),
    cores: cpus().length,
  };
}

// ---------------------------------------------------------------- CLI
function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    if (!argv[i].startsWith("--")) continue;
    const key = argv[i].slice(2);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith("--")) out[key] = true;
    else {
      out[key] = value;
      i++;
    }
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = parseArgs(process.argv.slice(2));
  const result = await runLoad({
    url: String(args.url ?? "http://127.0.0.1:3978/api/messages"),
    scenario: String(args.scenario ?? "echo"),
    duration: Number(args.duration ?? 20),
    warmup: Number(args.warmup ?? 2),
    connections: Number(args.connections ?? 50),
    pid: args.pid ? Number(args.pid) : 0,
  });
  if (args.json) writeFileSync(String(args.json), JSON.stringify(result, null, 2));
  console.log(JSON.stringify(result, null, 2));
}
