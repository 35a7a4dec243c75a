import { TERMS } from "./vocabulary";

const ZH_TO_EN = new Map<string, string>();
const EN_TO_ZH = new Map<string, string>();
for (const t of TERMS) {
  if (!ZH_TO_EN.has(t.zh)) ZH_TO_EN.set(t.zh, t.en);
  const key = t.en.toLowerCase();
  if (!EN_TO_ZH.has(key)) EN_TO_ZH.set(key, t.zh);
}
const MAX_ZH = Math.max(...TERMS.map((t) => t.zh.length));
const MAX_EN_WORDS = Math.max(...TERMS.map((t) => t.en.split(" ").length));

// Covers the whole string with dictionary terms (fewest terms wins); Latin runs such as "5G"
// pass through. Null when any character is left over: a half-translated title is worse than none.
function segmentZh(s: string): string | null {
  const best: (string[] | null)[] = Array.from({ length: s.length + 1 }, () => null);
  best[0] = [];
  for (let i = 0; i < s.length; i++) {
    const here = best[i];
    if (!here) continue;
    const latin = /^[A-Za-z0-9+.-]+/.exec(s.slice(i));
    if (latin) {
      const j = i + latin[0].length;
      const cand = [...here, latin[0]];
      if (!best[j] || (best[j]?.length ?? 0) > cand.length) best[j] = cand;
    }
    for (let len = Math.min(MAX_ZH, s.length - i); len >= 1; len--) {
      const en = ZH_TO_EN.get(s.slice(i, i + len));
      if (!en) continue;
      const cand = [...here, en];
      const prev = best[i + len];
      if (!prev || prev.length > cand.length) best[i + len] = cand;
    }
  }
  return best[s.length]?.join(" ") ?? null;
}

const CONJUNCTIONS = /(及其|以及|及|、|和|与)/;

function splitConjunctions(s: string): string | null {
  const pieces = s.split(CONJUNCTIONS);
  if (pieces.length < 3) return null;
  let out = "";
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] ?? "";
    if (i % 2 === 1) {
      out += piece === "及其" ? " and its " : piece === "、" ? ", " : " and ";
      continue;
    }
    const t = zhPart(piece);
    if (!t) return null;
    out += t;
  }
  return out;
}

function splitAround(
  s: string,
  marker: string,
  join: (left: string, right: string, rawLeft: string) => string,
): string | null {
  // The head noun follows the last marker, so try the split nearest the end first.
  for (let i = s.lastIndexOf(marker, s.length - 2); i > 0; i = s.lastIndexOf(marker, i - 1)) {
    const left = zhPart(s.slice(0, i));
    const right = left ? zhPart(s.slice(i + marker.length)) : null;
    if (left && right) return join(left, right, s.slice(0, i));
  }
  return null;
}

function zhPart(s: string): string | null {
  if (!s) return null;
  const direct = ZH_TO_EN.get(s);
  if (direct) return direct;
  const framed: [RegExp, (m: RegExpExecArray) => string | null][] = [
    [/^基于(.+?)的(.+)$/, (m) => both(m[2], m[1], (b, a) => `${b} based on ${a}`)],
    [/^(?:用于|适用于|面向)(.+?)的(.+)$/, (m) => both(m[2], m[1], (b, a) => `${b} for ${a}`)],
    [/^(?:具有|带有|具备|带)(.+?)的(.+)$/, (m) => both(m[2], m[1], (b, a) => `${b} with ${a}`)],
    [/^便于(.+?)的(.+)$/, (m) => both(m[2], m[1], (b, a) => `${b} facilitating ${a}`)],
  ];
  for (const [re, build] of framed) {
    const m = re.exec(s);
    const out = m ? build(m) : null;
    if (out) return out;
  }
  return (
    splitConjunctions(s) ??
    splitAround(s, "用", (l, r) => `${r} for ${l}`) ??
    // A property in front of 的 reads as "with", anything else as "for".
    splitAround(s, "的", (l, r, raw) =>
      /^[可高低耐抗具]/.test(raw) ? `${r} with ${l}` : `${r} for ${l}`,
    ) ??
    segmentZh(s)
  );
}

function both(
  a: string | undefined,
  b: string | undefined,
  join: (a: string, b: string) => string,
): string | null {
  const ta = a ? zhPart(a) : null;
  const tb = b ? zhPart(b) : null;
  return ta && tb ? join(ta, tb) : null;
}

const SMALL = new Set([
  "a",
  "an",
  "and",
  "as",
  "at",
  "based",
  "by",
  "for",
  "from",
  "in",
  "its",
  "of",
  "on",
  "or",
  "the",
  "to",
  "with",
  "via",
]);

/** Capitalises an English title the way listings are usually written. */
export function titleCase(s: string): string {
  return s
    .split(" ")
    .map((word, i) => {
      if (i > 0 && SMALL.has(word)) return word;
      // Acronyms, "5G", "α-arbutin": leave as written.
      if (/[A-Z0-9]/.test(word.slice(1)) || !/^[a-z]/.test(word)) return word;
      return word
        .split("-")
        .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
        .join("-");
    })
    .join(" ");
}

/** The English title for a Chinese patent title, or null when the term table does not cover all of it. */
export function translateZhTitle(title: string): string | null {
  const core = title.replace(/^一种/, "").trim();
  const en = zhPart(core);
  return en ? titleCase(en.replace(/\s+/g, " ").trim()) : null;
}

function segmentEn(words: string[]): string | null {
  let out = "";
  let i = 0;
  while (i < words.length) {
    const w = words[i] ?? "";
    if (w === "a" || w === "an" || w === "the") {
      i++;
      continue;
    }
    let matched = false;
    for (let len = Math.min(MAX_EN_WORDS, words.length - i); len >= 1; len--) {
      const phrase = words.slice(i, i + len).join(" ");
      const zh = EN_TO_ZH.get(phrase) ?? EN_TO_ZH.get(phrase.replace(/s$/, ""));
      if (zh) {
        out += zh;
        i += len;
        matched = true;
        break;
      }
    }
    if (!matched) return null;
  }
  return out || null;
}

function enPart(s: string): string | null {
  const framed: [RegExp, (a: string, b: string) => string][] = [
    [/^(.+?) for (.+)$/, (a, b) => `用于${b}的${a}`],
    [/^(.+?) (?:using|based on|via) (.+)$/, (a, b) => `基于${b}的${a}`],
    [/^(.+?) with (.+)$/, (a, b) => `具有${b}的${a}`],
    [/^(.+?) (?:of|from) (.+)$/, (a, b) => `${b}${a}`],
    [/^(.+?) and (.+)$/, (a, b) => `${a}与${b}`],
  ];
  const whole = segmentEn(s.split(" "));
  if (whole) return whole;
  for (const [re, join] of framed) {
    const m = re.exec(s);
    if (!m) continue;
    const a = enPart(m[1] ?? "");
    const b = a ? enPart(m[2] ?? "") : null;
    if (a && b) return join(a, b);
  }
  return null;
}

/** The Chinese title for an English (NASA) title, or null when the term table does not cover all of it. */
export function translateEnTitle(title: string): string | null {
  const s = title
    .toLowerCase()
    .replace(/[.,]+$/, "")
    .replace(/,/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return enPart(s);
}

/** The terms of the table that occur in a Chinese text, longest first, without overlaps. */
export function termsInZh(text: string): { zh: string; en: string }[] {
  const found: { zh: string; en: string }[] = [];
  let rest = text;
  for (const t of TERMS) {
    if (t.zh.length < 2 || !rest.includes(t.zh)) continue;
    found.push({ zh: t.zh, en: t.en });
    rest = rest.split(t.zh).join("\u0000");
  }
  return found;
}

/** The terms of the table that occur in an English text. */
export function termsInEn(text: string): { zh: string; en: string }[] {
  const lower = ` ${text.toLowerCase().replace(/[^a-z0-9 -]/g, " ")} `;
  const found: { zh: string; en: string }[] = [];
  for (const t of TERMS) {
    if (t.en.length < 4) continue;
    if (lower.includes(` ${t.en.toLowerCase()} `) || lower.includes(` ${t.en.toLowerCase()}s `)) {
      if (!found.some((f) => f.en.toLowerCase().includes(t.en.toLowerCase())))
        found.push({ zh: t.zh, en: t.en });
    }
  }
  return found;
}
