import type { MatchAchievement, MatchDemand } from "../listing";
import { normalizeMode } from "../listing";
import type { Judgements } from "./metrics";

/** A problem found on one line of an input file; errors drop the line, warnings drop a field. */
export interface InputIssue {
  line: number;
  severity: "error" | "warning";
  message: string;
}

/** Rows read from a file and what was wrong with the rest. */
export interface Parsed<T> {
  rows: T[];
  issues: InputIssue[];
}

type Obj = Record<string, unknown>;
const HAN = /\p{Script=Han}/u;

function jsonLines(text: string, issues: InputIssue[]): { line: number; obj: Obj }[] {
  const out: { line: number; obj: Obj }[] = [];
  text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const line = i + 1;
      if (raw.trim() === "") return;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch (e) {
        issues.push({
          line,
          severity: "error",
          message: `not valid JSON (${(e as Error).message})`,
        });
        return;
      }
      if (typeof value !== "object" || value === null || Array.isArray(value)) {
        issues.push({ line, severity: "error", message: "not a JSON object" });
        return;
      }
      out.push({ line, obj: value as Obj });
    });
  return out;
}

interface Reader {
  line: number;
  issues: InputIssue[];
  obj: Obj;
}

function text(r: Reader, key: string): string | null {
  const v = r.obj[key];
  if (v == null) return null;
  if (typeof v !== "string") {
    r.issues.push({
      line: r.line,
      severity: "warning",
      message: `"${key}" is not a string; ignored`,
    });
    return null;
  }
  return v.trim() === "" ? null : v;
}

function num(
  r: Reader,
  key: string,
  check?: (n: number) => boolean,
  what = "a number",
): number | null {
  const v = r.obj[key];
  if (v == null || v === "") return null;
  const n = typeof v === "string" ? Number(v) : v;
  if (typeof n !== "number" || !Number.isFinite(n) || (check && !check(n))) {
    r.issues.push({
      line: r.line,
      severity: "warning",
      message: `"${key}" is not ${what}; ignored`,
    });
    return null;
  }
  return n;
}

function list(r: Reader, key: string): string[] {
  const v = r.obj[key];
  if (v == null) return [];
  if (typeof v === "string")
    return v
      .split(/[;,，；、]/)
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(v))
    return v.filter((x): x is string => typeof x === "string" && x.trim() !== "");
  r.issues.push({ line: r.line, severity: "warning", message: `"${key}" is not a list; ignored` });
  return [];
}

/** A text given without a language goes to the Chinese or English attribute by its script. */
function byScript(
  r: Reader,
  key: string,
  zhKey: string,
  enKey: string,
): { zh: string | null; en: string | null } {
  let zh = text(r, zhKey);
  let en = text(r, enKey);
  const plain = text(r, key);
  if (plain) {
    if (HAN.test(plain)) zh = zh ?? plain;
    else en = en ?? plain;
  }
  return { zh, en };
}

function idOf(r: Reader, seen: Set<string>): string | null {
  const v = r.obj.id;
  const id = typeof v === "number" ? String(v) : typeof v === "string" ? v.trim() : "";
  if (!id) {
    r.issues.push({ line: r.line, severity: "error", message: 'missing "id"' });
    return null;
  }
  if (seen.has(id)) {
    r.issues.push({ line: r.line, severity: "error", message: `duplicate id "${id}"` });
    return null;
  }
  seen.add(id);
  return id;
}

const isTrl = (n: number) => Number.isInteger(n) && n >= 1 && n <= 9;
const nonNegative = (n: number) => n >= 0;

function region(r: Reader) {
  const country = text(r, "country");
  return country
    ? {
        country: country.toUpperCase(),
        province: text(r, "province") ?? "",
        city: text(r, "city") ?? "",
      }
    : null;
}

function verifiedAt(r: Reader): number | null {
  const v = r.obj.verifiedAt;
  if (v == null) return null;
  const t = typeof v === "number" ? v : typeof v === "string" ? Date.parse(v) : Number.NaN;
  if (!Number.isFinite(t)) {
    r.issues.push({
      line: r.line,
      severity: "warning",
      message: '"verifiedAt" is not a date; ignored',
    });
    return null;
  }
  return t;
}

/** Parses achievements, one JSON object a line: id and a title or summary required, everything else optional. */
export function parseAchievements(input: string): Parsed<MatchAchievement> {
  const issues: InputIssue[] = [];
  const rows: MatchAchievement[] = [];
  const seen = new Set<string>();
  for (const { line, obj } of jsonLines(input, issues)) {
    const r: Reader = { line, obj, issues };
    const id = idOf(r, seen);
    if (id === null) continue;
    const title = byScript(r, "title", "titleZh", "titleEn");
    const summary = byScript(r, "summary", "summaryZh", "summaryEn");
    if (!title.zh && !title.en && !summary.zh && !summary.en) {
      issues.push({ line, severity: "error", message: "no text: give a title or a summary" });
      continue;
    }
    const rep = obj.reputation as { mean?: unknown; count?: unknown } | undefined;
    rows.push({
      id,
      titleZh: title.zh,
      titleEn: title.en,
      summaryZh: summary.zh,
      summaryEn: summary.en,
      keywords: list(r, "keywords"),
      field: text(r, "field"),
      trl: num(r, "trl", isTrl, "a TRL from 1 to 9"),
      transferModes: list(r, "modes").map(normalizeMode),
      priceMin: num(r, "priceMin", nonNegative, "a non-negative amount"),
      priceMax: num(r, "priceMax", nonNegative, "a non-negative amount"),
      currency: text(r, "currency"),
      region: region(r),
      orgId: text(r, "orgId"),
      reputation:
        rep && typeof rep.count === "number"
          ? { mean: typeof rep.mean === "number" ? rep.mean : null, count: rep.count }
          : null,
      verifiedAt: verifiedAt(r),
    });
  }
  return { rows, issues };
}

/** Parses exam papers, one JSON object a line: id and a title or problem required, everything else optional. */
export function parseDemands(input: string): Parsed<MatchDemand> {
  const issues: InputIssue[] = [];
  const rows: MatchDemand[] = [];
  const seen = new Set<string>();
  for (const { line, obj } of jsonLines(input, issues)) {
    const r: Reader = { line, obj, issues };
    const id = idOf(r, seen);
    if (id === null) continue;
    const title = byScript(r, "title", "titleZh", "titleEn");
    const problem = byScript(r, "problem", "problemZh", "problemEn");
    if (!title.zh && !title.en && !problem.zh && !problem.en) {
      issues.push({ line, severity: "error", message: "no text: give a title or a problem" });
      continue;
    }
    rows.push({
      id,
      titleZh: title.zh,
      titleEn: title.en,
      problemZh: problem.zh,
      problemEn: problem.en,
      indicators: list(r, "indicators"),
      keywords: list(r, "keywords"),
      field: text(r, "field"),
      minTrl: num(r, "minTrl", isTrl, "a TRL from 1 to 9"),
      wantedModes: list(r, "modes").map(normalizeMode),
      budgetMin: num(r, "budgetMin", nonNegative, "a non-negative amount"),
      budgetMax: num(r, "budgetMax", nonNegative, "a non-negative amount"),
      currency: text(r, "currency"),
      region: region(r),
    });
  }
  return { rows, issues };
}

/** Parses judgements, `demandId<TAB>achievementId<TAB>grade` a line (TREC's four columns are accepted too); a later line for the same pair wins. */
export function parseQrels(input: string): Parsed<[string, Map<string, number>]> & {
  byDemand: Map<string, Judgements>;
} {
  const issues: InputIssue[] = [];
  const byDemand = new Map<string, Map<string, number>>();
  input
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const line = i + 1;
      const s = raw.trim();
      if (s === "" || s.startsWith("#")) return;
      let cols = s.includes("\t") ? s.split("\t").map((c) => c.trim()) : s.split(/\s+/);
      // TREC qrels: query, iteration (0 or Q0), document, grade.
      if (cols.length === 4 && /^(0|Q0)$/.test(cols[1] ?? ""))
        cols = [cols[0], cols[2], cols[3]] as string[];
      if (cols.length !== 3) {
        issues.push({
          line,
          severity: "error",
          message: `expected 3 tab-separated columns, found ${cols.length}`,
        });
        return;
      }
      const [q, d, g] = cols as [string, string, string];
      const grade = Number(g);
      if (!q || !d) {
        issues.push({ line, severity: "error", message: "empty demand or achievement id" });
        return;
      }
      if (!Number.isInteger(grade) || grade < 0 || grade > 3) {
        issues.push({
          line,
          severity: "error",
          message: `grade "${g}" is not an integer from 0 to 3`,
        });
        return;
      }
      const m = byDemand.get(q) ?? new Map<string, number>();
      m.set(d, grade);
      byDemand.set(q, m);
    });
  return { rows: [...byDemand], issues, byDemand };
}
