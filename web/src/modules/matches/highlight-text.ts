/** A piece of a text, marked when it matched. */
export interface Segment {
  text: string;
  marked: boolean;
}

/** A span the matcher reports: offsets into the field's text and the text they covered. */
export interface Span {
  start?: number | null;
  end?: number | null;
  text?: string | null;
}

/**
 * Cuts a text into marked and plain pieces. Offsets are trusted only while they still cover
 * the reported text (the listing may have been edited since the match was computed); else the
 * text is looked up, and a span found nowhere is left out.
 */
export function markSpans(text: string, spans: readonly Span[]): Segment[] {
  const ranges: [number, number][] = [];
  for (const span of spans) {
    const { start, end } = span;
    if (
      start != null &&
      end != null &&
      end > start &&
      text.slice(start, end) === (span.text ?? text.slice(start, end))
    ) {
      ranges.push([start, end]);
      continue;
    }
    const at = span.text ? text.indexOf(span.text) : -1;
    if (at >= 0 && span.text) ranges.push([at, at + span.text.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  const out: Segment[] = [];
  let at = 0;
  for (const [start, end] of merged) {
    if (start > at) out.push({ text: text.slice(at, start), marked: false });
    out.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), marked: false });
  return out;
}

interface ListingTexts {
  titleZh?: string | null;
  titleEn?: string | null;
  summaryZh?: string | null;
  summaryEn?: string | null;
  keywords?: readonly string[] | null;
  indicators?:
    | readonly { name?: string | null; target?: string | null; unit?: string | null }[]
    | null;
}

/**
 * The text the matcher read for a field, built the way it builds it (packages/matcher
 * text/features.ts): keywords and indicators joined with "; ", an exam paper's summary as its
 * problem statement.
 */
export function fieldText(listing: ListingTexts, field: string): string | null {
  switch (field) {
    case "titleZh":
      return listing.titleZh ?? null;
    case "titleEn":
      return listing.titleEn ?? null;
    case "summaryZh":
    case "problemZh":
      return listing.summaryZh ?? null;
    case "summaryEn":
    case "problemEn":
      return listing.summaryEn ?? null;
    case "keywords":
      return (listing.keywords ?? []).filter(Boolean).join("; ");
    case "indicators":
      return (listing.indicators ?? [])
        .map((i) => [i.name, i.target, i.unit].filter(Boolean).join(" "))
        .filter(Boolean)
        .join("; ");
    default:
      return null;
  }
}
