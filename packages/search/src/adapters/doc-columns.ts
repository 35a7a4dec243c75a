import type { IndexedDoc } from "../indexed-document";
import { listConstraints, matchesNothing } from "../search-filter";
import { emptyFacets, type FacetName, type SearchFilter } from "../search-index";

// The structured attributes of the indexed documents, one flat array per attribute indexed by
// the engine's internal document id. A text query over 100,000 documents can match most of
// them; reading the filter, facet and sort attributes from the stored document objects (one
// scattered object each) cost more than scoring them, while these arrays are read in order.

type CodedAttribute =
  | "status"
  | "visibility"
  | "orgId"
  | "fieldTop"
  | "field"
  | "country"
  | "province"
  | "orgKind";
const CODED: readonly CodedAttribute[] = [
  "status",
  "visibility",
  "orgId",
  "fieldTop",
  "field",
  "country",
  "province",
  "orgKind",
];

/** Values of one attribute as small integer codes (0 is "no value"). */
class Dictionary {
  private readonly codes = new Map<string, number>([["", 0]]);
  readonly values: string[] = [""];

  code(value: string): number {
    let c = this.codes.get(value);
    if (c === undefined) {
      c = this.values.length;
      this.codes.set(value, c);
      this.values.push(value);
    }
    return c;
  }

  /** The code of a value, or -1 when no document ever had it. */
  find(value: string): number {
    return this.codes.get(value) ?? -1;
  }
}

/** A filter compiled against the columns: true when the document with this internal id passes. */
export type ColumnFilter = (id: number) => boolean;

/** Flat per-document attribute arrays with filtering, facet counting and sort keys. */
export class DocColumns {
  private size = 0;
  private present = new Uint8Array(0);
  private readonly coded = new Map<CodedAttribute, { dict: Dictionary; col: Int32Array }>();
  private readonly modeDict = new Dictionary();
  private modes = new Uint32Array(0);
  trl = new Float64Array(0);
  expiresAt = new Float64Array(0);
  publishedAt = new Float64Array(0);
  /** NaN where the document has no value (sorts last). */
  sortPrice = new Float64Array(0);
  sortDeadline = new Float64Array(0);
  /** The two titles' comparison keys (ranking.titleKey), for the title rule of relevance. */
  private readonly titles = new TitleStore();

  constructor() {
    for (const a of CODED) this.coded.set(a, { dict: new Dictionary(), col: new Int32Array(0) });
  }

  private grow(min: number): void {
    if (min <= this.size) return;
    const size = Math.max(min, this.size * 2, 1024);
    const f64 = (a: Float64Array) => {
      const b = new Float64Array(size);
      b.set(a);
      return b;
    };
    const present = new Uint8Array(size);
    present.set(this.present);
    this.present = present;
    for (const entry of this.coded.values()) {
      const col = new Int32Array(size);
      col.set(entry.col);
      entry.col = col;
    }
    const modes = new Uint32Array(size);
    modes.set(this.modes);
    this.modes = modes;
    this.trl = f64(this.trl);
    this.expiresAt = f64(this.expiresAt);
    this.publishedAt = f64(this.publishedAt);
    this.sortPrice = f64(this.sortPrice);
    this.sortDeadline = f64(this.sortDeadline);
    this.size = size;
  }

  set(id: number, doc: IndexedDoc, titleKeys: [string, string]): void {
    this.grow(id + 1);
    this.present[id] = 1;
    for (const [a, { dict, col }] of this.coded) col[id] = dict.code(doc[a]);
    this.modes[id] = doc.modes.reduce(
      (mask, m) => (mask | modeBit(this.modeDict.code(m))) >>> 0,
      0,
    );
    this.trl[id] = doc.trl;
    this.expiresAt[id] = doc.expiresAt;
    this.publishedAt[id] = doc.publishedAt;
    this.sortPrice[id] = doc.sortPrice ?? Number.NaN;
    this.sortDeadline[id] = doc.sortDeadline ?? Number.NaN;
    this.titles.set(id, titleKeys);
  }

  /** The title rule of relevance for a stored document: 2 when a title equals the query key, 1 when one contains it, else 0. */
  titleTier(id: number, query: TitleQuery): number {
    return this.titles.tier(id, query);
  }

  delete(id: number): void {
    if (id < this.size) this.present[id] = 0;
    this.titles.delete(id);
  }

  /** The filter as a test on internal ids, or null when it matches nothing. */
  compile(filter: SearchFilter): ColumnFilter | null {
    if (matchesNothing(filter)) return null;
    const table = (a: CodedAttribute, values: readonly string[]) => {
      const entry = this.coded.get(a) as { dict: Dictionary; col: Int32Array };
      const allowed = new Uint8Array(entry.dict.values.length);
      for (const v of values) {
        const c = entry.dict.find(v);
        if (c >= 0) allowed[c] = 1;
      }
      return { allowed, col: entry.col };
    };
    const status = table("status", filter.statuses);
    const visibility = table("visibility", filter.visibleTo.visibilities);
    const owner = table("orgId", filter.visibleTo.orgIds);
    const lists = listConstraints(filter);
    const tables = lists
      .filter(([a]) => a !== "modes")
      .map(([a, values]) => table(a as CodedAttribute, values));
    // `modes` is the one list attribute: any offered (or wanted) mode matches.
    const wantedModes = lists.find(([a]) => a === "modes")?.[1];
    const wantedMask = wantedModes?.reduce((mask, m) => {
      const c = this.modeDict.find(m);
      return c > 0 ? (mask | modeBit(c)) >>> 0 : mask;
    }, 0);
    const { trlMin, trlMax, notExpiredAt } = filter;
    const { present, trl, expiresAt, modes } = this;
    return (id) => {
      if (present[id] !== 1) return false;
      if (status.allowed[status.col[id] as number] !== 1) return false;
      if (
        visibility.allowed[visibility.col[id] as number] !== 1 &&
        owner.allowed[owner.col[id] as number] !== 1
      )
        return false;
      for (const t of tables) if (t.allowed[t.col[id] as number] !== 1) return false;
      if (wantedMask !== undefined && ((modes[id] as number) & wantedMask) === 0) return false;
      if (trlMin !== undefined && !((trl[id] as number) >= trlMin)) return false;
      if (trlMax !== undefined && !((trl[id] as number) <= trlMax)) return false;
      if (notExpiredAt !== undefined && !((expiresAt[id] as number) > notExpiredAt)) return false;
      return true;
    };
  }

  /** Internal ids of every present document passing the filter, ascending. */
  scan(pass: ColumnFilter, last: number): number[] {
    const out: number[] = [];
    for (let id = 1; id <= Math.min(last, this.size - 1); id++) if (pass(id)) out.push(id);
    return out;
  }

  /** Counts facet values over the given documents (values nobody has are absent), as Orama counts enum and range facets. */
  facets(ids: readonly number[], names: readonly FacetName[]) {
    const out = emptyFacets();
    for (const f of names) {
      if (f === "trl") {
        // One range per level 1–9, as the facet was declared to Orama.
        const counts = new Array<number>(10).fill(0);
        for (const id of ids) {
          const v = this.trl[id] as number;
          if (Number.isInteger(v) && v >= 1 && v <= 9) counts[v] = (counts[v] as number) + 1;
        }
        counts.forEach((n, v) => {
          if (n > 0) out.trl[String(v)] = n;
        });
      } else if (f === "modes") {
        const values = this.modeDict.values;
        const counts = new Array<number>(values.length).fill(0);
        for (const id of ids) {
          const mask = this.modes[id] as number;
          for (let c = 1; c < values.length; c++)
            if ((mask & modeBit(c)) !== 0) counts[c] = (counts[c] as number) + 1;
        }
        counts.forEach((n, c) => {
          if (n > 0 && values[c]) out.modes[values[c] as string] = n;
        });
      } else {
        const { dict, col } = this.coded.get(f) as { dict: Dictionary; col: Int32Array };
        const counts = new Int32Array(dict.values.length);
        for (const id of ids) {
          const c = col[id] as number;
          counts[c] = (counts[c] as number) + 1;
        }
        counts.forEach((n, c) => {
          if (n > 0 && dict.values[c]) out[f][dict.values[c] as string] = n;
        });
      }
    }
    return out;
  }
}

// Transfer modes are a short fixed list (six today); a 32-bit set holds them with room to spare.
function modeBit(code: number): number {
  if (code > 32) throw new RangeError("more than 32 distinct transfer modes");
  return (1 << (code - 1)) >>> 0;
}

/** 32-bit words in a text signature (256 bits). */
const SIG_WORDS = 8;

/**
 * A 256-bit set of a text's hashed character bigrams, plus its Chinese characters one by one
 * (a two-character Chinese query has a single bigram): a text containing another has every bit
 * of the other's signature.
 */
function textSignature(text: string): Uint32Array {
  const sig = new Uint32Array(SIG_WORDS);
  const add = (h: number) => {
    const bit = Math.imul(h, 0x9e3779b1) >>> 24;
    sig[bit >>> 5] = ((sig[bit >>> 5] as number) | (1 << (bit & 31))) >>> 0;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x2e80) add(c);
    if (i + 1 < text.length) add(c * 65_599 + text.charCodeAt(i + 1) + 1);
  }
  return sig;
}

/** A query prepared for title comparisons. */
export interface TitleQuery {
  key: string;
  codes: Uint16Array;
  signature: Uint32Array;
}

/** Prepares a query key (ranking.titleKey) for DocColumns.titleTier. */
export function titleQuery(key: string): TitleQuery {
  return {
    key,
    codes: Uint16Array.from(key, (c) => c.charCodeAt(0)),
    signature: textSignature(key),
  };
}

/**
 * The titles' comparison keys as UTF-16 code units in one flat array, with a signature each.
 * Ranking compares the query with the titles of every candidate (tens of thousands for a
 * common word); as strings scattered across a heap of gigabytes that cost microseconds a
 * title, here a signature rules most out and the rest are read from contiguous memory.
 */
class TitleStore {
  private chars = new Uint16Array(1 << 16);
  private used = 0;
  private live = 0;
  /** Per document and title (Chinese, English): start and length in `chars`, and signature. */
  private start = new Int32Array(0);
  private length = new Int32Array(0);
  private sigs = new Uint32Array(0);

  private grow(slots: number): void {
    if (slots <= this.start.length) return;
    const size = Math.max(slots, this.start.length * 2, 2048);
    const start = new Int32Array(size);
    start.set(this.start);
    const length = new Int32Array(size);
    length.set(this.length);
    const sigs = new Uint32Array(size * SIG_WORDS);
    sigs.set(this.sigs);
    this.start = start;
    this.length = length;
    this.sigs = sigs;
  }

  private reserve(n: number): void {
    if (this.used + n <= this.chars.length) return;
    // Rewritten titles leave their old characters behind: compact once most are garbage.
    const keep = this.live + n;
    const size = Math.max(keep * 2, this.chars.length);
    const chars = new Uint16Array(size);
    let at = 0;
    for (let slot = 0; slot < this.start.length; slot++) {
      const len = this.length[slot] as number;
      if (len === 0) continue;
      const from = this.start[slot] as number;
      chars.set(this.chars.subarray(from, from + len), at);
      this.start[slot] = at;
      at += len;
    }
    this.chars = chars;
    this.used = at;
  }

  set(id: number, keys: readonly [string, string]): void {
    this.grow(2 * id + 2);
    this.delete(id);
    keys.forEach((key, t) => {
      const slot = 2 * id + t;
      this.reserve(key.length);
      for (let i = 0; i < key.length; i++) this.chars[this.used + i] = key.charCodeAt(i);
      this.start[slot] = this.used;
      this.length[slot] = key.length;
      this.used += key.length;
      this.live += key.length;
      this.sigs.set(textSignature(key), slot * SIG_WORDS);
    });
  }

  delete(id: number): void {
    for (let slot = 2 * id; slot < 2 * id + 2 && slot < this.length.length; slot++) {
      this.live -= this.length[slot] as number;
      this.length[slot] = 0;
      this.sigs.fill(0, slot * SIG_WORDS, (slot + 1) * SIG_WORDS);
    }
  }

  tier(id: number, query: TitleQuery): number {
    const q = query.codes;
    const m = q.length;
    if (m < 2) return 0;
    let tier = 0;
    for (let slot = 2 * id; slot < 2 * id + 2; slot++) {
      let possible = true;
      for (let w = 0; w < SIG_WORDS && possible; w++) {
        const bits = query.signature[w] as number;
        possible = ((this.sigs[slot * SIG_WORDS + w] as number) & bits) >>> 0 === bits;
      }
      if (!possible) continue;
      const from = this.start[slot] as number;
      const n = this.length[slot] as number;
      for (let i = 0; i + m <= n; i++) {
        let j = 0;
        while (j < m && this.chars[from + i + j] === q[j]) j++;
        if (j < m) continue;
        if (n === m) return 2;
        tier = 1;
        break;
      }
    }
    return tier;
  }
}
