import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const webRoot = join(repoRoot, "web");
/** Screenshots and the server's log; git-ignored. */
export const artifactsDir = join(webRoot, "e2e-artifacts");

/** A running API server serving the built web app, and how to stop it. */
export interface E2eServer {
  baseUrl: string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

/**
 * Builds the web app into `outDir` with Vite alone: it takes seconds, always matches the
 * sources under test, and leaves `web/dist` (which `npm start` serves) alone. The type check
 * is the typecheck script's job, not the browser tests'.
 */
function buildWeb(outDir: string): void {
  const vite = join(webRoot, "node_modules", ".bin", "vite");
  const result = spawnSync(
    vite,
    ["build", "--outDir", outDir, "--emptyOutDir", "--logLevel", "warn"],
    {
      cwd: webRoot,
      encoding: "utf8",
    },
  );
  if (result.status !== 0) {
    throw new Error(`Building the web app failed:\n${result.stdout}\n${result.stderr}`);
  }
}

/**
 * Starts the real server entry (`services/api/src/server.ts`) the way `npm start` does, on the
 * embedded defaults: PGlite in a fresh temporary folder, the demo corpus seeded, the embedded
 * search engine. Set E2E_WEB_DIST to reuse an existing build instead of building.
 */
export async function startServer(): Promise<E2eServer> {
  const workDir = mkdtempSync(join(tmpdir(), "openttc-e2e-"));
  const webDist = process.env.E2E_WEB_DIST || join(workDir, "web-dist");
  if (!process.env.E2E_WEB_DIST) buildWeb(webDist);

  mkdirSync(artifactsDir, { recursive: true });
  const log = createWriteStream(join(artifactsDir, "server.log"));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    PGLITE_DIR: join(workDir, "pglite"),
    SEED_DEMO: "true",
    WEB_DIST: webDist,
    LOG_LEVEL: "warn",
    REMINDER_SWEEP_MINUTES: "0",
    COOKIE_SECURE: "false",
  };
  // The embedded defaults, whatever the developer's shell points at.
  delete env.DATABASE_URL;
  delete env.MEILI_URL;
  delete env.MEILI_MASTER_KEY;

  const child = spawn(process.execPath, ["--import", "tsx", "services/api/src/server.ts"], {
    cwd: repoRoot,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  // If the test run itself dies, do not leave the server behind.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);

  const cleanUp = () => {
    process.off("exit", killOnExit);
    rmSync(workDir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(child);
  } catch (error) {
    await stopChild(child);
    log.end();
    cleanUp();
    throw error;
  }
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    stop: async () => {
      await stopChild(child);
      log.end();
      cleanUp();
    },
  };
}

const READY_TIMEOUT_MS = 240_000;

/**
 * Resolves when the server is running and has computed the first matches of its fresh
 * database: it does that in the background after "running", and until it is done every
 * request waits (about 30 s on a busy 2-core machine). Fails with the output if it exits first.
 */
function waitUntilReady(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(
      () =>
        reject(
          new Error(`The server was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${output}`),
        ),
      READY_TIMEOUT_MS,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const running = /OpenTTC is running on/.test(output);
      const matched = /matches computed:|computing the first matches failed/.test(output);
      if (running && matched) {
        clearTimeout(timer);
        child.stdout?.off("data", onData);
        child.stderr?.off("data", onData);
        resolve();
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The server exited (${signal ?? code}) before it was ready:\n${output}`));
    });
  });
}

/** SIGTERM lets the server close PGlite cleanly; SIGKILL only if it hangs. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 15_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
