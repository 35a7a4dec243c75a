// Benchmark: live negotiation rooms. 1,000 WebSocket clients (graphql-ws) across 50 rooms on
// loopback; messages are posted over HTTP and fanned out to every client of the room. Measures
// fan-out latency (post → delivery at each client) and sustained messages/s, for one API
// instance and for two instances sharing PostgreSQL and Redis, and checks every client's
// sequence for loss or duplication.
//
//   BENCH_DATABASE_URL   PostgreSQL server (a database is created and dropped); unset = only
//                        the one-instance leg on embedded PGlite, in this process
//   BENCH_REDIS_URL      Redis for the two-instance leg (default redis://127.0.0.1:6379)
//   BENCH_INSTANCES=1,2  the PostgreSQL legs to run
//   BENCH_PROFILE_DIR    write CPU profiles of the API instances there
//   BENCH_CLIENTS=1000 BENCH_ROOMS=50 BENCH_RATE=50 (messages/s) BENCH_SECONDS=20
import { type ChildProcess, spawn } from "node:child_process";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { type OpenDb, openDb } from "@openttc/db/client";
import { migrate } from "@openttc/db/migrate";
import {
  memberships,
  organizations,
  rooms as roomsTable,
  sessions,
  users,
} from "@openttc/db/schema";
import { inArray } from "drizzle-orm";
import type { Client } from "graphql-ws";
import postgres from "postgres";
import { type App, buildApp, SESSION_COOKIE } from "../src/app";
import { wsClient } from "../src/modules/rooms/rooms.fixtures";

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 1000);
const ROOMS = Number(process.env.BENCH_ROOMS ?? 50);
const RATE = Number(process.env.BENCH_RATE ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const SATURATION_SECONDS = Number(process.env.BENCH_SATURATION_SECONDS ?? 10);
const REDIS_URL = process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379";
// Which legs to run on PostgreSQL: "1", "2" or "1,2".
const INSTANCES = (process.env.BENCH_INSTANCES ?? "1,2").split(",").map(Number);
const SELF = fileURLToPath(import.meta.url);

const SUBSCRIPTION = `subscription ($roomId: ID!, $afterSeq: Int) {
  roomEvents(roomId: $roomId, afterSeq: $afterSeq) { seq kind body actor { id displayName } } }`;
const SEND = `mutation ($roomId: ID!, $body: String!, $clientId: String!) {
  sendMessage(roomId: $roomId, body: $body, clientId: $clientId) { seq } }`;

// A child process serving one API instance: `tsx bench/rooms.ts serve`.
if (process.argv[2] === "serve") {
  const database = await openDb({
    url: process.env.SERVE_DATABASE_URL as string,
    maxConnections: 10,
  });
  const app = await buildApp({
    db: database.db,
    redisUrl: process.env.SERVE_REDIS_URL || undefined,
  });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const port = (app.server.address() as { port: number }).port;
  process.stdout.write(`ready ${port}\n`);
  // The parent asks for this instance's CPU time around each phase.
  process.on("message", () => {
    const { user, system } = process.cpuUsage();
    process.send?.({ cpuMs: (user + system) / 1000 });
  });
  process.on("SIGTERM", () => {
    void app
      .close()
      .then(() => database.close())
      .then(() => process.exit(0));
  });
} else {
  await main();
}

interface Fixture {
  rooms: { id: string; tokens: [string, string] }[];
}

/** Two organizations, one user each with a session, per room; rows straight into the database. */
async function seed(open: OpenDb): Promise<Fixture> {
  const tokenOf = () => randomBytes(24).toString("base64url");
  const rooms: Fixture["rooms"] = [];
  const expiresAt = new Date(Date.now() + 24 * 3600 * 1000);
  for (let r = 0; r < ROOMS; r++) {
    const orgs = await open.db
      .insert(organizations)
      .values([
        { kind: "enterprise", nameZh: `企业 ${r}`, nameEn: `Enterprise ${r}`, country: "CN" },
        { kind: "university", nameZh: `大学 ${r}`, nameEn: `University ${r}`, country: "CN" },
      ])
      .returning({ id: organizations.id });
    const people = await open.db
      .insert(users)
      .values(
        [0, 1].map((i) => ({
          email: `bench-${r}-${i}-${randomUUID()}@example.org`,
          passwordHash: "-",
          displayName: `User ${r}.${i}`,
        })),
      )
      .returning({ id: users.id });
    const [buyerOrg, sellerOrg] = orgs as [{ id: string }, { id: string }];
    const [buyer, seller] = people as [{ id: string }, { id: string }];
    await open.db.insert(memberships).values([
      { userId: buyer.id, orgId: buyerOrg.id, role: "admin" },
      { userId: seller.id, orgId: sellerOrg.id, role: "admin" },
    ]);
    const tokens: [string, string] = [tokenOf(), tokenOf()];
    await open.db.insert(sessions).values(
      [buyer, seller].map((u, i) => ({
        tokenHash: createHash("sha256")
          .update(tokens[i] as string)
          .digest("hex"),
        userId: u.id,
        expiresAt,
      })),
    );
    const [room] = await open.db
      .insert(roomsTable)
      .values({
        origin: "inquiry",
        originKey: `bench:${randomUUID()}`,
        buyerOrgId: buyerOrg.id,
        sellerOrgId: sellerOrg.id,
        createdBy: buyer.id,
      })
      .returning({ id: roomsTable.id });
    rooms.push({ id: (room as { id: string }).id, tokens });
  }
  return { rooms };
}

interface Instance {
  port: number;
  /** CPU time the instance has used so far (for the in-process instance: the whole process). */
  cpuMs(): Promise<number>;
  stop(): Promise<void>;
}

async function startChild(databaseUrl: string, redisUrl: string | null): Promise<Instance> {
  // BENCH_PROFILE_DIR: write a CPU profile of every API instance there.
  const profile = process.env.BENCH_PROFILE_DIR
    ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`]
    : [];
  const child: ChildProcess = spawn(
    process.execPath,
    [...profile, ...process.execArgv, SELF, "serve"],
    {
      env: { ...process.env, SERVE_DATABASE_URL: databaseUrl, SERVE_REDIS_URL: redisUrl ?? "" },
      stdio: ["ignore", "pipe", "inherit", "ipc"],
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /ready (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.once("exit", (code) => reject(new Error(`instance exited with ${code}`)));
  });
  return {
    port,
    cpuMs: () =>
      new Promise((resolve) => {
        child.once("message", (m) => resolve((m as { cpuMs: number }).cpuMs));
        child.send("cpu");
      }),
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

async function startInProcess(db: OpenDb["db"]): Promise<Instance> {
  const app: App = await buildApp({ db });
  await app.listen({ port: 0, host: "127.0.0.1" });
  return {
    port: (app.server.address() as { port: number }).port,
    cpuMs: async () => {
      const { user, system } = process.cpuUsage();
      return (user + system) / 1000;
    },
    stop: () => app.close(),
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

interface Receiver {
  roomIndex: number;
  seqs: number[];
}

/** Connects the clients, runs a paced phase and a saturation phase, and checks every sequence. */
async function run(
  label: string,
  instances: Instance[],
  fixture: Fixture,
  lastSeqOf: () => Promise<Map<string, number>>,
) {
  const sockets: Client[] = [];
  const receivers: Receiver[] = [];
  const latencies: number[] = [];
  let phaseLatencies: number[] = latencies;
  const sentAt = new Map<string, number>();

  const connectStart = performance.now();
  for (let c = 0; c < CLIENTS; c++) {
    const roomIndex = c % ROOMS;
    const room = fixture.rooms[roomIndex] as Fixture["rooms"][number];
    const instance = instances[c % instances.length] as Instance;
    const socket = wsClient(instance.port, room.tokens[c % 2] as string);
    sockets.push(socket);
    const receiver: Receiver = { roomIndex, seqs: [] };
    receivers.push(receiver);
    socket.subscribe<{ roomEvents: { seq: number | null; body: string | null } }>(
      { query: SUBSCRIPTION, variables: { roomId: room.id, afterSeq: 0 } },
      {
        next: (result) => {
          const event = result.data?.roomEvents;
          if (!event || event.seq === null) return;
          receiver.seqs.push(event.seq);
          const sent = event.body ? sentAt.get(event.body) : undefined;
          if (sent !== undefined) phaseLatencies.push(performance.now() - sent);
        },
        error: (error) => {
          throw new Error(`${label}: a subscription failed: ${JSON.stringify(error)}`);
        },
        complete: () => {},
      },
    );
    if (c % 100 === 99) await new Promise((r) => setTimeout(r, 20));
  }

  const post = async (roomIndex: number, body: string) => {
    const room = fixture.rooms[roomIndex] as Fixture["rooms"][number];
    const instance = instances[roomIndex % instances.length] as Instance;
    const token = room.tokens[Math.floor(Math.random() * 2)] as string;
    const res = await fetch(`http://127.0.0.1:${instance.port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: `${SESSION_COOKIE}=${token}` },
      body: JSON.stringify({
        query: SEND,
        variables: { roomId: room.id, body, clientId: randomUUID() },
      }),
    });
    const json = (await res.json()) as { errors?: unknown };
    if (json.errors) throw new Error(`${label}: send failed: ${JSON.stringify(json.errors)}`);
  };

  // Warm-up: one message per room, delivered to everyone (through replay if a subscription is
  // still starting), which also proves every subscription is live.
  await Promise.all(fixture.rooms.map((_, i) => post(i, `warm ${i}`)));
  const warmDeadline = Date.now() + 60_000;
  while (receivers.some((r) => r.seqs.length === 0)) {
    if (Date.now() > warmDeadline) throw new Error(`${label}: clients never went live`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const connectSeconds = (performance.now() - connectStart) / 1000;
  const startedDeliveries = receivers.reduce((n, r) => n + r.seqs.length, 0);

  // Paced phase: RATE messages/s spread over the rooms, open loop.
  let counter = 0;
  const cpuOf = async () =>
    (await Promise.all(instances.map((i) => i.cpuMs()))).reduce((a, b) => a + b, 0);
  const cpuBefore = await cpuOf();
  const pacedStart = performance.now();
  const inflight: Promise<void>[] = [];
  const total = RATE * SECONDS;
  for (let i = 0; i < total; i++) {
    const due = pacedStart + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const body = `m${counter++}`;
    sentAt.set(body, performance.now());
    inflight.push(post(i % ROOMS, body));
  }
  await Promise.all(inflight);
  const pacedSeconds = (performance.now() - pacedStart) / 1000;
  const pacedCpuMs = (await cpuOf()) - cpuBefore;
  await new Promise((r) => setTimeout(r, 1000));
  const paced = [...latencies].sort((a, b) => a - b);

  // Saturation phase: one sender per room posting back to back.
  const saturation: number[] = [];
  phaseLatencies = saturation;
  let saturated = 0;
  const saturationEnd = performance.now() + SATURATION_SECONDS * 1000;
  const saturationStart = performance.now();
  await Promise.all(
    fixture.rooms.map(async (_, roomIndex) => {
      while (performance.now() < saturationEnd) {
        const body = `s${counter++}`;
        sentAt.set(body, performance.now());
        await post(roomIndex, body);
        saturated += 1;
      }
    }),
  );
  const saturationSeconds = (performance.now() - saturationStart) / 1000;

  // Every client must end with exactly 1..lastSeq of its room.
  const lastSeqs = await lastSeqOf();
  const settleDeadline = Date.now() + 60_000;
  const complete = (r: Receiver) =>
    r.seqs.length >=
    (lastSeqs.get((fixture.rooms[r.roomIndex] as Fixture["rooms"][number]).id) ?? 0);
  while (!receivers.every(complete) && Date.now() < settleDeadline) {
    await new Promise((r) => setTimeout(r, 100));
  }
  let lost = 0;
  let duplicated = 0;
  let outOfOrder = 0;
  for (const r of receivers) {
    const last = lastSeqs.get((fixture.rooms[r.roomIndex] as Fixture["rooms"][number]).id) ?? 0;
    const seen = new Set<number>();
    let previous = 0;
    for (const s of r.seqs) {
      if (seen.has(s)) duplicated += 1;
      if (s < previous) outOfOrder += 1;
      seen.add(s);
      previous = s;
    }
    for (let s = 1; s <= last; s++) if (!seen.has(s)) lost += 1;
  }
  const sat = saturation.sort((a, b) => a - b);
  const deliveries = receivers.reduce((n, r) => n + r.seqs.length, 0) - startedDeliveries;
  await Promise.all(sockets.map((s) => s.dispose()));
  const result = {
    label,
    connectSeconds,
    pacedRate: total / pacedSeconds,
    pacedDeliveriesPerSecond: paced.length / pacedSeconds,
    // API CPU per posted message over the paced phase (post, commit, fan-out to the room).
    cpuMsPerMessage: pacedCpuMs / total,
    p50: percentile(paced, 50),
    p99: percentile(paced, 99),
    max: paced.at(-1) ?? Number.NaN,
    saturatedRate: saturated / saturationSeconds,
    satP50: percentile(sat, 50),
    satP99: percentile(sat, 99),
    deliveries,
    lost,
    duplicated,
    outOfOrder,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  return result;
}

async function lastSeqs(open: OpenDb, ids: string[]) {
  const rows = await open.db
    .select({ id: roomsTable.id, lastSeq: roomsTable.lastSeq })
    .from(roomsTable)
    .where(inArray(roomsTable.id, ids));
  return new Map(rows.map((r) => [r.id, r.lastSeq]));
}

async function main() {
  const results: Awaited<ReturnType<typeof run>>[] = [];
  const pgUrl = process.env.BENCH_DATABASE_URL;
  if (pgUrl) {
    const name = `openttc_bench_rooms_${process.pid}`;
    const admin = postgres(pgUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const url = new URL(pgUrl);
    url.pathname = `/${name}`;
    const open = await openDb({ url: url.toString(), maxConnections: 2 });
    try {
      await migrate(open);
      const legs = [
        ["PostgreSQL, 1 instance (in-process fan-out)", 1, null],
        ["PostgreSQL + Redis, 2 instances", 2, REDIS_URL],
      ] as const;
      for (const [label, count, redis] of legs.filter(([, n]) => INSTANCES.includes(n))) {
        const fixture = await seed(open);
        const instances = await Promise.all(
          Array.from({ length: count }, () => startChild(url.toString(), redis)),
        );
        try {
          results.push(
            await run(label, instances, fixture, () =>
              lastSeqs(
                open,
                fixture.rooms.map((r) => r.id),
              ),
            ),
          );
        } finally {
          await Promise.all(instances.map((i) => i.stop()));
        }
      }
    } finally {
      await open.close();
      await admin.unsafe(`drop database ${name} with (force)`);
      await admin.end();
    }
  } else {
    const open = await openDb({ memory: true });
    await migrate(open);
    const fixture = await seed(open);
    const instance = await startInProcess(open.db);
    results.push(
      await run("PGlite, 1 instance in the benchmark's process", [instance], fixture, () =>
        lastSeqs(
          open,
          fixture.rooms.map((r) => r.id),
        ),
      ),
    );
    await instance.stop();
    await open.close();
  }

  const rows = results.map(
    (r) =>
      `| ${r.label} | ${r.connectSeconds.toFixed(1)} | ${r.pacedRate.toFixed(0)} | ${r.pacedDeliveriesPerSecond.toFixed(0)} | ${r.cpuMsPerMessage.toFixed(2)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.max.toFixed(0)} | ${r.saturatedRate.toFixed(0)} | ${r.satP50.toFixed(1)} | ${r.satP99.toFixed(1)} | ${r.deliveries} | ${r.lost} | ${r.duplicated} | ${r.outOfOrder} |`,
  );
  const report = `# Live rooms: fan-out latency and throughput

Machine: ${cpus().length} cores (${cpus()[0]?.model ?? "unknown"}), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.
Load average when the run ended: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")} (other work on the machine makes timings noisy).

${CLIENTS} WebSocket clients (graphql-ws over @fastify/websocket) across ${ROOMS} rooms (${CLIENTS / ROOMS} per room),
spread round-robin over the instances; each subscribes to \`roomEvents(afterSeq: 0)\` with the
session cookie of one of the room's two parties. Messages are posted with \`sendMessage\` over
HTTP to the instance of the room, committed with their seq, then fanned out. Latency is from
the post to the delivery at each client (the client processes, API instances, PostgreSQL and Redis
share the same cores). Paced phase: ${RATE} messages/s for ${SECONDS} s (each delivered to
${CLIENTS / ROOMS} clients). Saturation phase: one sender per room posting back to back for
${SATURATION_SECONDS} s. At the end every client's sequence is checked against the room's last seq:
lost = seqs a client never received, duplicated = seqs received twice, out of order = a seq
below one already received. API CPU ms/msg: CPU time the API instances spent per message in the
paced phase (HTTP post, session, commit and fan-out to every client of the room), which depends
far less on other work on the machine than the latencies do; for the in-process leg it includes
the clients.

| setup | connect s | paced msg/s | deliveries/s | API CPU ms/msg | p50 ms | p99 ms | max ms | saturated msg/s | sat. p50 ms | sat. p99 ms | deliveries checked | lost | duplicated | out of order |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join("\n")}

Reproduce: \`BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test node scripts/pnpm.mjs --filter @openttc/api exec tsx bench/rooms.ts\`
(without BENCH_DATABASE_URL only the one-instance leg runs, on embedded PGlite).
`;
  mkdirSync(new URL("../../../bench-reports/", import.meta.url), { recursive: true });
  writeFileSync(new URL("../../../bench-reports/rooms.md", import.meta.url), report);
  process.stdout.write("wrote bench-reports/rooms.md\n");
  process.exit(results.some((r) => r.lost + r.duplicated + r.outOfOrder > 0) ? 1 : 0);
}
