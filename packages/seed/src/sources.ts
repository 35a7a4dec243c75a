import { readFileSync } from "node:fs";

/** One Chinese patent: publication number, title and IPC subclasses (first one listed first). */
export interface CnPatent {
  number: string;
  title: string;
  ipc: string[];
}

/** One NASA patent or application with its expiry when the date in the source is readable. */
export interface NasaPatent {
  center: string;
  status: "Issued" | "Application";
  caseNumber: string;
  title: string;
  expiresOn: string | null;
}

/** The real patent rows the demo achievements are written from. */
export interface PatentSources {
  cn: CnPatent[];
  nasa: NasaPatent[];
}

// Splits one CSV line; quoted cells may hold the separator (some CN titles contain commas).
function splitCsvLine(line: string, sep: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line.charAt(i);
    if (quoted) {
      if (ch === '"' && line.charAt(i + 1) === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === "") quoted = true;
    else if (ch === sep) {
      cells.push(cell);
      cell = "";
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

function dataLines(text: string): string[] {
  // The NASA file starts with a byte-order mark and uses CRLF line ends.
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "");
}

/** Parses `publication_number,title,ipc_subclasses` rows. */
export function parseCnPatents(text: string): CnPatent[] {
  const [, ...rows] = dataLines(text);
  return rows.map((line) => {
    const [number = "", title = "", ipc = ""] = splitCsvLine(line, ",");
    return { number: number.trim(), title: title.trim(), ipc: ipc.split("|").filter(Boolean) };
  });
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

function isoDate(year: number, month: number, day: number): string | null {
  // Some rows carry two-digit years expanded into the wrong century (1932 for 2032).
  if (year < 1980) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    return null;
  return d.toISOString().slice(0, 10);
}

/** Reads the NASA expiry column, which mixes `MM/DD/YYYY` and `DD Month YYYY`; anything else is garbled and gives null. */
export function parseNasaDate(raw: string): string | null {
  const s = raw.trim();
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (us) return isoDate(Number(us[3]), Number(us[1]), Number(us[2]));
  const long = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(s);
  if (long) {
    const month = MONTHS.indexOf((long[2] ?? "").toLowerCase()) + 1;
    return month ? isoDate(Number(long[3]), month, Number(long[1])) : null;
  }
  return null;
}

/** Parses the `;`-separated NASA portfolio, skipping rows that are broken in the source. */
export function parseNasaPatents(text: string): NasaPatent[] {
  const [, ...rows] = dataLines(text);
  const out: NasaPatent[] = [];
  for (const line of rows) {
    const [center = "", status = "", caseNumber = "", , title = "", expiry = ""] = line.split(";");
    if (status !== "Issued" && status !== "Application") continue;
    if (!caseNumber || !title || title.startsWith('"')) continue;
    out.push({
      center: center.trim(),
      status,
      caseNumber: caseNumber.trim(),
      title: title.trim().replace(/\s+/g, " "),
      expiresOn: parseNasaDate(expiry),
    });
  }
  return out;
}

/** Loads the patent subsets shipped in packages/seed/data. */
export function loadPatentSources(): PatentSources {
  const read = (name: string) => readFileSync(new URL(`../data/${name}`, import.meta.url), "utf8");
  return {
    cn: parseCnPatents(read("cn-patents.csv")),
    nasa: parseNasaPatents(read("nasa-patents.csv")),
  };
}
