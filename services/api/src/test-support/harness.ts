// The integration-test harness of the API. A test file looks like:
//
//   describeWithDb("achievements", (env) => {
//     let w: World;
//     beforeAll(async () => { w = await buildWorld(env); });   // users and organizations, once
//     beforeEach(() => env.clock.reset());
//     it("approving publishes the achievement", async () => {
//       const id = await submitAchievement(w.instAdmin, w.institute.id);   // fixtures per test
//       await w.reviewer.client.ok(APPROVE_ACHIEVEMENT, { id });
//       ...
//     });
//   });
//
// It runs once per driver (PGlite; PostgreSQL too when TEST_DATABASE_URL is set), with one
// database and one app per file and driver. Everything goes through GraphQL on the real app and
// database; the database is read directly only to check what was stored and to set what no API
// sets (platform roles for the first operator). `env.reset()` empties the database when a
// describe block needs exact counts; `env.snapshot()` proves a refused request wrote nothing.
import { closeSync, openSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { OpenDb } from "@openttc/db/client";
import * as tables from "@openttc/db/schema";
import { openTestDb, postgresSkipReason, testDrivers, truncateAll } from "@openttc/db/test-db";
import type { PlatformRole } from "@openttc/domain/organization";
import { eq, getTableName, is, sql } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { type App, buildApp, SESSION_COOKIE } from "../app";
import type { Clock } from "../store";

/** The instant every test file starts at: 10:00 in Kunming on 1 March 2027. */
export const CLOCK_START = new Date("2027-03-01T02:00:00.000Z");
export const DAY_MS = 24 * 3600 * 1000;

/** A clock the tests move by hand; services read time only from it. */
export class TestClock implements Clock {
  private current = CLOCK_START.getTime();

  now(): Date {
    return new Date(this.current);
  }

  set(at: Date | string): void {
    this.current = new Date(at).getTime();
  }

  reset(): void {
    this.current = CLOCK_START.getTime();
  }

  advanceMs(ms: number): void {
    this.current += ms;
  }

  advanceDays(days: number): void {
    this.current += days * DAY_MS;
  }

  /** Calendar months in UTC, the way the freshness rules count them. */
  advanceMonths(months: number): void {
    const d = new Date(this.current);
    d.setUTCMonth(d.getUTCMonth() + months);
    this.current = d.getTime();
  }

  /** Today's calendar date in Kunming (UTC+8), plus `days`. */
  kunmingDate(days = 0): string {
    return new Date(this.current + 8 * 3600 * 1000 + days * DAY_MS).toISOString().slice(0, 10);
  }
}

/** One error of a GraphQL response. */
export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; issues?: { path: string; message: string }[] };
}

/** A GraphQL response with the HTTP details tests look at. */
export interface GqlResponse<T> {
  status: number;
  data: T | null | undefined;
  errors: GqlError[] | undefined;
  setCookies: {
    name: string;
    value: string;
    httpOnly?: boolean;
    sameSite?: string;
    path?: string;
    expires?: Date;
  }[];
}

type Variables = Record<string, unknown>;

/** The loosely typed data of a GraphQL response; tests check it with assertions. */
// biome-ignore lint/suspicious/noExplicitAny: response shapes are asserted at run time, not typed
export type Data = Record<string, any>;

/** A GraphQL client over `app.inject` that keeps the session cookie like a browser does. */
export class GqlClient {
  /** The session cookie's value, or null when signed out. */
  sessionToken: string | null = null;

  constructor(
    private readonly app: App,
    readonly label: string,
    private readonly userAgent = `vitest ${label}`,
  ) {}

  /** Sends a raw body to POST /graphql and applies any session cookie the response sets. */
  async post<T>(body: unknown): Promise<GqlResponse<T>> {
    const headers: Record<string, string> = {
      "content-type": "application/json",
      "user-agent": this.userAgent,
    };
    if (this.sessionToken) headers.cookie = `${SESSION_COOKIE}=${this.sessionToken}`;
    const res = await this.app.inject({
      method: "POST",
      url: "/graphql",
      headers,
      payload: JSON.stringify(body),
    });
    const setCookies = res.cookies as GqlResponse<T>["setCookies"];
    for (const c of setCookies) {
      if (c.name !== SESSION_COOKIE) continue;
      const cleared =
        c.value === "" || (c.expires !== undefined && c.expires.getTime() <= Date.now());
      this.sessionToken = cleared ? null : c.value;
    }
    let json: { data?: T | null; errors?: GqlError[] };
    try {
      json = res.json();
    } catch {
      throw new Error(
        `${this.label}: /graphql answered ${res.statusCode} with a non-JSON body: ${res.body.slice(0, 300)}`,
      );
    }
    return { status: res.statusCode, data: json.data, errors: json.errors, setCookies };
  }

  request<T = Record<string, unknown>>(
    query: string,
    variables: Variables = {},
  ): Promise<GqlResponse<T>> {
    return this.post<T>({ query, variables });
  }

  /** The data of a request that must succeed; fails the test with the errors otherwise. */
  async ok<T = Data>(query: string, variables: Variables = {}): Promise<T> {
    const res = await this.request<T>(query, variables);
    if (res.errors?.length || !res.data) {
      throw new Error(
        `${this.label}: expected success, got ${JSON.stringify(res.errors ?? res, null, 1)}\nquery: ${query.slice(0, 200)}`,
      );
    }
    return res.data;
  }

  /** The single error of a request that must fail. */
  async fail(
    query: string,
    variables: Variables = {},
  ): Promise<GqlError & { code: string | undefined }> {
    const res = await this.request(query, variables);
    if (!res.errors?.length) {
      throw new Error(`${this.label}: expected an error, got data ${JSON.stringify(res.data)}`);
    }
    const [first] = res.errors as [GqlError];
    return { ...first, code: first.extensions?.code };
  }

  /** Drops the session cookie, as a browser whose cookies were cleared. */
  forget(): void {
    this.sessionToken = null;
  }

  /** Another client holding the same session: cookie changes on the copy leave this one alone. */
  clone(label = this.label): GqlClient {
    const copy = new GqlClient(this.app, label, this.userAgent);
    copy.sessionToken = this.sessionToken;
    return copy;
  }
}

/** A signed-up user with a client holding their session. */
export interface TestUser {
  id: string;
  email: string;
  password: string;
  displayName: string;
  client: GqlClient;
}

let uniqueCounter = 0;
/** A short string no other call in this process returns. */
export function unique(prefix = "u"): string {
  uniqueCounter += 1;
  return `${prefix}${process.pid.toString(36)}${uniqueCounter.toString(36)}`;
}

/** Everything a test file needs for one driver: the database, the app on it, the clock. */
export class TestEnv {
  readonly clock = new TestClock();
  private opened: OpenDb | null = null;
  private built: App | null = null;

  constructor(readonly driver: "pglite" | "postgres") {}

  get db(): OpenDb["db"] {
    if (!this.opened)
      throw new Error("the test database is not open yet (use it inside tests or hooks)");
    return this.opened.db;
  }

  get app(): App {
    if (!this.built) throw new Error("the app is not built yet (use it inside tests or hooks)");
    return this.built;
  }

  async open(): Promise<void> {
    this.opened = await openTestDb(this.driver);
    this.built = await buildApp({ db: this.opened.db, clock: this.clock });
    await this.built.ready();
  }

  async close(): Promise<void> {
    await this.built?.close();
    await this.opened?.close();
  }

  /** Empties every table and puts the clock back at the start. */
  async reset(): Promise<void> {
    if (!this.opened) throw new Error("the test database is not open");
    await truncateAll(this.opened);
    this.clock.reset();
  }

  /** A client with no session. */
  anonymous(label = "anonymous"): GqlClient {
    return new GqlClient(this.app, label);
  }

  /** Signs a new user up through the API; the returned client holds the session. */
  async signUp(
    name = "user",
    options: { email?: string; password?: string } = {},
  ): Promise<TestUser> {
    const email =
      options.email ?? `${unique(name.toLowerCase().replace(/[^a-z0-9]/g, ""))}@example.org`;
    const password = options.password ?? "correct horse battery";
    const client = new GqlClient(this.app, name);
    const data = await client.ok<{ signUp: { user: { id: string } } }>(
      `mutation ($input: SignUpInput!) { signUp(input: $input) { user { id } } }`,
      { input: { email, password, displayName: name } },
    );
    return { id: data.signUp.user.id, email, password, displayName: name, client };
  }

  /** Signs the user in again (a fresh session, e.g. after the clock moved past the old one). */
  async logIn(user: TestUser): Promise<void> {
    user.client.forget();
    await user.client.ok(
      `mutation ($input: LogInInput!) { logIn(input: $input) { user { id } } }`,
      {
        input: { email: user.email, password: user.password },
      },
    );
  }

  /** Grants platform roles; there is no API for it, so it goes straight to the users table. */
  async grantPlatformRoles(user: TestUser, roles: PlatformRole[]): Promise<void> {
    await this.db
      .update(tables.users)
      .set({ platformRoles: roles })
      .where(eq(tables.users.id, user.id));
  }

  /**
   * A fingerprint of every table (row count and a hash of all rows): two equal snapshots mean
   * nothing was written in between. One query, hashed inside the database, so tests can afford
   * it around every refused request.
   */
  async snapshot(): Promise<Record<string, string>> {
    const names = Object.values(tables)
      .filter((table) => is(table, PgTable))
      .map((table) => getTableName(table as PgTable));
    const query = names
      .map(
        (name) =>
          `select '${name}' as name, count(*)::int as rows, coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as hash from "${name}" t`,
      )
      .join(" union all ");
    const result = await this.db.execute(sql.raw(query));
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as {
      name: string;
      rows: number;
      hash: string;
    }[];
    return Object.fromEntries(rows.map((r) => [r.name, `${r.rows} rows ${r.hash}`]));
  }
}

/** An id of this test run: the runner's pid and, where /proc tells it, the runner's start time (pids are reused). */
function runId(): string {
  try {
    const stat = readFileSync(`/proc/${process.ppid}/stat`, "utf8");
    // Field 22 is the start time; the command name (field 2) may hold spaces, so count after its ")".
    const startTime = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
    return `${process.ppid}-${startTime}`;
  } catch {
    return String(process.ppid);
  }
}

/** Prints, once per run, that the PostgreSQL leg is skipped and why. */
function announcePostgresSkip(reason: string): void {
  // Each test file runs in a worker of its own; a marker file per run keeps this to one notice.
  const marker = join(tmpdir(), `openttc-pg-skip-${runId()}`);
  try {
    closeSync(openSync(marker, "wx"));
  } catch {
    return;
  }
  console.warn(
    `\n[integration] PostgreSQL leg SKIPPED: ${reason}. Set TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test) to run every integration test on PostgreSQL too.\n`,
  );
}

/**
 * Runs `body` once per test driver (PGlite always, PostgreSQL when TEST_DATABASE_URL is set),
 * with one database and one app per file and driver, opened in beforeAll.
 */
export function describeWithDb(title: string, body: (env: TestEnv) => void): void {
  const reason = postgresSkipReason();
  if (reason) {
    announcePostgresSkip(reason);
    describe.skip(`PostgreSQL leg (skipped: ${reason})`, () => {
      it(`${title} on postgres`, () => {});
    });
  }
  describe.each(testDrivers())(`${title} [%s]`, (driver) => {
    const env = new TestEnv(driver);
    beforeAll(() => env.open(), 120_000);
    afterAll(() => env.close());
    body(env);
  });
}
