// Picks the deterministic subset of the shared patent data that the demo corpus uses and copies
// those rows, verbatim, into packages/seed/data. Run once when the selection rules change:
//   npx tsx packages/seed/scripts/extract-sources.ts [path/to/shared/data]
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fieldForIpc, topFieldOf } from "@openttc/domain/taxonomy";
import { fieldForNasaTitle } from "../src/generate/nasa-fields";
import { Random } from "../src/random";
import { parseCnPatents, parseNasaPatents } from "../src/sources";

const sourceDir =
  process.argv[2] ?? fileURLToPath(new URL("../../../../shared/data", import.meta.url));
const outDir = fileURLToPath(new URL("../data", import.meta.url));

// 240 Chinese rows: the five key fields get most of them (measure-named priorities).
const CN_QUOTAS: Record<string, number> = {
  new_materials: 42,
  plateau_agriculture: 46,
  biomedicine: 42,
  digital_economy: 36,
  high_end_equipment: 32,
  new_energy: 10,
  energy_environment: 8,
  electronic_information: 8,
  chemical_engineering: 6,
  resources_mining: 4,
  construction_transport: 4,
  modern_services: 2,
};

// 60 NASA rows, mostly aerospace-flavoured equipment, materials and software.
const NASA_QUOTAS: Record<string, number> = {
  high_end_equipment: 18,
  digital_economy: 10,
  new_materials: 8,
  electronic_information: 8,
  biomedicine: 6,
  new_energy: 6,
  energy_environment: 4,
};

// Titles that speak to Yunnan's industries go first, so the demo tells a local story.
const LOCAL =
  /茶|花卉|中药|药材|食用菌|烟草|烟叶|稀土|贵金属|铂|钯|锡|磷|水电|旅游|咖啡|果|铝|钛|锂|水稻|猪|牛|灌溉|病虫害/;

/** Round-robin over subfields so every subfield with data appears before any gets a second row. */
function pickSpread<T>(
  rng: Random,
  items: T[],
  fieldOf: (t: T) => string,
  preferred: (t: T) => boolean,
  n: number,
): T[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = fieldOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const queues = [...groups.keys()].sort().map((key) => {
    const shuffled = rng.shuffle(groups.get(key) ?? []);
    return [...shuffled.filter(preferred), ...shuffled.filter((t) => !preferred(t))];
  });
  const out: T[] = [];
  while (out.length < n && queues.some((q) => q.length > 0)) {
    for (const q of queues) {
      const next = q.shift();
      if (next !== undefined && out.length < n) out.push(next);
    }
  }
  return out;
}

function extractCn(rng: Random): void {
  const text = readFileSync(`${sourceDir}/cn-patent-titles-ipc.csv`, "utf8");
  const lines = text.split(/\r?\n/);
  const header = lines[0] ?? "";
  const rows = parseCnPatents(text).map((row, i) => ({ row, line: lines[i + 1] ?? "" }));
  const usable = rows.filter(
    ({ row, line }) =>
      /^CN\d{9}[ABU]$/.test(row.number) &&
      row.title.length >= 6 &&
      row.title.length <= 26 &&
      !line.includes('"') &&
      !/[<>]|[A-Za-z0-9]{3,}/.test(row.title) &&
      row.ipc.length > 0,
  );
  const chosen = new Set<string>();
  for (const [top, quota] of Object.entries(CN_QUOTAS)) {
    const candidates = usable.filter(
      ({ row }) => topFieldOf(fieldForIpc(row.ipc[0] ?? "")) === top,
    );
    const picked = pickSpread(
      rng,
      candidates,
      ({ row }) => fieldForIpc(row.ipc[0] ?? ""),
      ({ row }) => LOCAL.test(row.title),
      quota,
    );
    if (picked.length < quota) throw new Error(`only ${picked.length} rows for ${top}`);
    for (const p of picked) chosen.add(p.row.number);
  }
  const kept = rows.filter(({ row }) => chosen.has(row.number)).map(({ line }) => line);
  writeFileSync(`${outDir}/cn-patents.csv`, `${[header, ...kept].join("\n")}\n`);
  process.stdout.write(`cn-patents.csv: ${kept.length} rows\n`);
}

function extractNasa(rng: Random): void {
  const text = readFileSync(`${sourceDir}/nasa-patents.csv`, "utf8");
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const header = lines[0] ?? "";
  const byCase = new Map(parseNasaPatents(text).map((p) => [p.caseNumber, p]));
  const seenTitles = new Set<string>();
  const usable = lines.slice(1).flatMap((line) => {
    const p = byCase.get(line.split(";")[2]?.trim() ?? "");
    // Continuations and divisionals repeat a title; one listing per invention is enough.
    if (!p || seenTitles.has(p.title.toLowerCase())) return [];
    seenTitles.add(p.title.toLowerCase());
    const live =
      p.status === "Application" || (p.expiresOn !== null && p.expiresOn >= "2028-01-01");
    const field = fieldForNasaTitle(p.title);
    const plain =
      /^[A-Z]{3}-[0-9A-Z-]+$/.test(p.caseNumber) &&
      p.title.length <= 100 &&
      !/\(| - |\bref\b|nuclear|deuterium|autopoiesis|game|pool and spa|refuiling|update|prototype|100%/i.test(
        p.title,
      ) &&
      p.title !== p.title.toUpperCase();
    return live && field && plain ? [{ p, field, line }] : [];
  });
  const chosen = new Set<string>();
  for (const [top, quota] of Object.entries(NASA_QUOTAS)) {
    const candidates = usable.filter((u) => topFieldOf(u.field) === top);
    const picked = pickSpread(
      rng,
      candidates,
      (u) => u.field,
      () => true,
      quota,
    );
    if (picked.length < quota) throw new Error(`only ${picked.length} NASA rows for ${top}`);
    for (const u of picked) chosen.add(u.p.caseNumber);
  }
  const kept = usable.filter((u) => chosen.has(u.p.caseNumber)).map((u) => u.line);
  // Keep the source's byte-order mark and CRLF line ends: the parser must cope with both.
  writeFileSync(`${outDir}/nasa-patents.csv`, `\uFEFF${[header, ...kept].join("\r\n")}\r\n`);
  process.stdout.write(`nasa-patents.csv: ${kept.length} rows\n`);
}

const rng = new Random(20260101);
extractCn(rng.fork("cn"));
extractNasa(rng.fork("nasa"));
