import type { Analyzer } from "./text/analyze";
import { normalizeText } from "./text/normalize";
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
}

/** Marks the words of `text` that match the query terms; null when nothing matches. */
export function highlightText(
  analyzer: Analyzer,
  text: string,
  terms: readonly QueryTerm[],
  opts: HighlightOptions = {},
): string | null {
  if (!text || terms.length === 0) return null;
  const hits = analyzer.tokens(text).filter((t) => {
    const word = normalizeText(text.slice(t.start, t.end));
    return terms.some((q) => termMatches(t.term, word, q));
  });
  const first = hits[0];
  if (!first) return null;
  let from = 0;
  let to = text.length;
  if (opts.crop && text.length > opts.crop) {
    from = Math.max(0, first.start - Math.floor(opts.crop / 3));
    to = Math.min(text.length, from + opts.crop);
  }
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
