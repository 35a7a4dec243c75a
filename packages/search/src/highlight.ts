import type { AnalyzedToken, Analyzer } from "./text/analyze";
import { normalizeWord } from "./text/english";
import type { TextRun } from "./text/normalize";
import type { QueryTerm } from "./text/query";
import { typoMatch } from "./text/typos";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

// A literal tag inside the source text can at worst add a highlight, never markup.
/** Turns engine output marked with `pre`/`post` tags into a snippet where only our <mark> elements are unescaped. */
export function markedToHtml(marked: string, pre = "<mark>", post = "</mark>"): string {
  let out = "";
  let open = false;
  let rest = marked;
  while (rest.length > 0) {
    const tag = open ? post : pre;
    const at = rest.indexOf(tag);
    if (at < 0) {
      out += escapeHtml(rest);
      break;
    }
    out += escapeHtml(rest.slice(0, at)) + (open ? "</mark>" : "<mark>");
    open = !open;
    rest = rest.slice(at + tag.length);
  }
  return open ? `${out}</mark>` : out;
}

/** True when a word of the text (its index term and its normalized spelling) is one the engine matched for the query term. */
export function termMatches(indexed: string, word: string, q: QueryTerm): boolean {
  if (indexed.startsWith(q.term)) return true;
  // Chinese text is indexed with the words inside long words, so a part matches too.
  if (q.han) return indexed.includes(q.term);
  return q.tolerance > 0 && typoMatch(q.raw, word, q.tolerance);
}

/** Options of highlightText. */
export interface HighlightOptions {
  /** Longest excerpt in characters around the first match; the whole text when absent. */
  crop?: number;
  /**
   * Remembers which words matched, for calls with the same terms (one search's highlights):
   * typo checks on every word of long summaries were most of the highlighting time.
   */
  memo?: Map<string, boolean>;
}

// Characters segmented beyond a cropped excerpt, so that words at its edges are cut as in the
// whole text.
const EDGE_MARGIN = 8;

/** Marks the words of `text` that match the query terms; null when nothing matches. */
export function highlightText(
  analyzer: Analyzer,
  text: string,
  terms: readonly QueryTerm[],
  opts: HighlightOptions = {},
): string | null {
  if (!text || terms.length === 0) return null;
  // A Chinese term only matches a Chinese word containing it, and an English term only English
  // words, so runs no term can match are not analysed (segmenting long Chinese summaries
  // dominated highlighting). Runs are analysed independently, so the marks are unchanged.
  const han = terms.filter((q) => q.han && text.includes(q.term)).map((q) => q.term);
  const latin = terms.some((q) => !q.han);
  if (han.length === 0 && !latin) return null;
  const keepRun = (run: TextRun) => (run.han ? han.some((t) => run.text.includes(t)) : latin);
  const memo = opts.memo;
  const matches = (t: AnalyzedToken) => {
    const word = normalizeWord(text.slice(t.start, t.end));
    const key = memo && `${t.term}\u0000${word}`;
    const known = key === undefined ? undefined : memo?.get(key);
    if (known !== undefined) return known;
    const hit = terms.some((q) => termMatches(t.term, word, q));
    if (key !== undefined) memo?.set(key, hit);
    return hit;
  };
  const hits: AnalyzedToken[] = [];
  let from = 0;
  let to = text.length;
  // A Chinese term matches where the text contains it, so without English terms the excerpt's
  // place is known before segmenting: only it (and a margin for the words at its edges) is
  // segmented, not a whole long summary.
  let base = 0;
  let analysed = text;
  if (opts.crop && text.length > opts.crop && !latin) {
    const first = Math.min(...han.map((t) => text.indexOf(t)));
    base = Math.max(0, first - Math.floor(opts.crop / 3) - EDGE_MARGIN);
    analysed = text.slice(base, Math.min(text.length, first + opts.crop + EDGE_MARGIN));
  }
  for (const local of analyzer.iterTokens(analysed, keepRun)) {
    const t = base === 0 ? local : { ...local, start: local.start + base, end: local.end + base };
    // Words after the cropped excerpt cannot be marked: stop analysing there.
    if (hits.length > 0 && t.start >= to) break;
    if (!matches(t)) continue;
    if (hits.length === 0 && opts.crop && text.length > opts.crop) {
      from = Math.max(0, t.start - Math.floor(opts.crop / 3));
      to = Math.min(text.length, from + opts.crop);
    }
    hits.push(t);
  }
  if (hits.length === 0) return null;
  let out = from > 0 ? "…" : "";
  let at = from;
  for (const h of hits) {
    if (h.start < at || h.end > to) continue;
    out += `${escapeHtml(text.slice(at, h.start))}<mark>${escapeHtml(text.slice(h.start, h.end))}</mark>`;
    at = h.end;
  }
  out += escapeHtml(text.slice(at, to));
  return to < text.length ? `${out}…` : out;
}

/** The title to suggest: the caller's language when it matched, else whichever title matched. */
export function pickTitle(
  doc: { titleZh: string; titleEn: string },
  locale: "zh-CN" | "en",
  mark: (title: string) => string | null,
): { text: string; highlighted: string } {
  const ordered = locale === "en" ? [doc.titleEn, doc.titleZh] : [doc.titleZh, doc.titleEn];
  for (const title of ordered) {
    const marked = title ? mark(title) : null;
    if (marked) return { text: title, highlighted: marked };
  }
  const text = ordered.find((t) => t) ?? "";
  return { text, highlighted: escapeHtml(text) };
}
