// A Postgres cluster of the bench's own, for fault runs that kill the server (issue 17 item 5):
// initdb in a temp dir, a free port on 127.0.0.1, the postmaster started as our child process,
// so it is killed by ITS pid only. The machine's shared server is never touched.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** initdb and postgres of the newest installed major, e.g. /usr/lib/postgresql/17/bin. */
export function postgresBinDir(): string {
  const base = "/usr/lib/postgresql";
  const majors = existsSync(base) ? readdirSync(base).filter((d) => existsSync(join(base, d, "bin", "initdb"))) : [];
  majors.sort((a, b) => Number(b) - Number(a));
  if (majors.length === 0) throw new Error("no initdb under /usr/lib/postgresql/*/bin: install the postgresql server package");
  return join(base, majors[0]!, "bin");
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Postgres refuses to run as root: then it runs as the `postgres` system user. */
function runAs(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const uid = Number(spawnSync("id", ["-u", "postgres"], { encoding: "utf8" }).stdout.trim());
  const gid = Number(spawnSync("id", ["-g", "postgres"], { encoding: "utf8" }).stdout.trim());
  if (!Number.isInteger(uid) || uid <= 0) throw new Error("running as root and there is no 'postgres' user to run the bench's own cluster as");
  return { uid, gid };
}

export interface OwnPostgres {
  url: string;
  port: number;
  /** The current postmaster's pid (changes after each restart). */
  pid(): number;
  /** kill -9 of the postmaster (by pid), then start it again on the same data directory (crash recovery). */
  killAndRestart(): Promise<void>;
  stop(): Promise<void>;
}

export async function startOwnPostgres(): Promise<OwnPostgres> {
  const bin = postgresBinDir();
  const dir = mkdtempSync(join(tmpdir(), "convenantbot-own-pg-"));
  const data = join(dir, "data");
  const user = runAs();
  if (user) chownSync(dir, user.uid, user.gid);
  const init = spawnSync(join(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8"], {
    encoding: "utf8",
    ...(user ?? {}),
  });
  if (init.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb failed: ${init.stderr}`);
  }
  const port = await freePort();
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  let child: ChildProcess | undefined;

  const isReady = () => spawnSync(join(bin, "pg_isready"), ["-h", "127.0.0.1", "-p", String(port), "-q"]).status === 0;
  const start = async () => {
    for (let attempt = 0; attempt < 40; attempt++) {
      // fsync off: a bench cluster in a temp dir; crash recovery after kill -9 still runs (WAL).
      child = spawn(join(bin, "postgres"), ["-D", data, "-p", String(port), "-k", dir, "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "max_connections=200"], {
        stdio: "ignore",
        ...(user ?? {}),
      });
      for (let i = 0; i < 100 && child.exitCode === null; i++) {
        if (isReady()) return;
        await sleep(100);
      }
      // Exited at once: the killed postmaster's backends may still hold the shared memory; retry.
      await sleep(250);
    }
    throw new Error("the bench's own Postgres did not start");
  };
  await start();
  return {
    url,
    port,
    pid: () => child!.pid!,
    async killAndRestart() {
      const victim = child!;
      const exited = new Promise((r) => victim.once("exit", r));
      process.kill(victim.pid!, "SIGKILL");
      await exited;
      await start();
    },
    async stop() {
      const current = child;
      if (current && current.exitCode === null && current.signalCode === null) {
        const exited = new Promise((r) => current.once("exit", r));
        process.kill(current.pid!, "SIGINT"); // fast shutdown
        await Promise.race([exited, sleep(10_000).then(() => current.exitCode === null && process.kill(current.pid!, "SIGKILL"))]);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
