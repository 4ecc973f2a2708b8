// Test support: the real bot (`src/main.ts`, or the bundle `pnpm start` runs) as a child process on
// loopback, for tests about processes: kill -9, a second process, a broken data directory.
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const mainScript = fileURLToPath(new URL("../main.ts", import.meta.url));
const botDir = fileURLToPath(new URL("../..", import.meta.url));

export interface BotProcess {
  readonly child: ChildProcess;
  readonly output: () => { stdout: string; stderr: string };
  /** Resolves with the base URL once the bot listens, or rejects with its output if it exits first. */
  readonly ready: Promise<string>;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** kill -9, by this child's pid only. */
  kill9(): Promise<void>;
  /** SIGTERM and wait for the exit. */
  stop(): Promise<void>;
}

export function startBotProcess(
  env: Record<string, string>,
  // entry: a built script run with plain node (the bundle), instead of src/main.ts through tsx.
  options: { readyTimeoutMs?: number; entry?: string } = {},
): BotProcess {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "warn", ...env };
  // The machine's own settings must not leak in (a DATABASE_URL would point the bot elsewhere).
  if (!("DATABASE_URL" in env)) delete childEnv["DATABASE_URL"];
  for (const key of ["MicrosoftAppId", "MicrosoftAppPassword"]) if (!(key in env)) delete childEnv[key];
  const args = options.entry ? [options.entry] : ["--conditions=source", "--import", "tsx", mainScript];
  const child = spawn(process.execPath, args, {
    cwd: botDir,
    env: childEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (c: Buffer) => (stdout += c.toString("utf8")));
  child.stderr!.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`bot did not start within the bound:\n${stdout}\n${stderr}`)),
      options.readyTimeoutMs ?? 90_000,
    );
    const onData = () => {
      const match = /draait op (http:\/\/[^/\s]+)\//.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on("data", onData);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`bot exited (${code ?? signal}) before it listened:\n${stdout}\n${stderr}`));
    });
  });
  ready.catch(() => undefined);
  const alive = () => child.exitCode === null && child.signalCode === null;
  return {
    child,
    output: () => ({ stdout, stderr }),
    ready,
    exited,
    async kill9() {
      if (alive() && child.pid !== undefined) process.kill(child.pid, "SIGKILL");
      await exited;
    },
    async stop() {
      if (alive() && child.pid !== undefined) process.kill(child.pid, "SIGTERM");
      await exited;
    },
  };
}
