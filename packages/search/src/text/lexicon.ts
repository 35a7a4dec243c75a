import { TAXONOMY_GROUPS, TERM_GROUPS } from "./synonyms";

// Long taxonomy labels ("碳材料与石墨烯") are left out: one token for a whole phrase would hide
// its words from search.
/** Chinese words the segmenters must keep whole (石墨烯, 三七, 普洱茶): the synonym table's Chinese terms and short field labels. */
export const ZH_LEXICON: readonly string[] = [
  ...new Set([
    ...TERM_GROUPS.flatMap((g) => g.zh),
    ...TAXONOMY_GROUPS.flatMap((g) => g.zh).filter((w) => w.length <= 4 && !/[与和及]/.test(w)),
  ]),
].filter((w) => /^\p{Script=Han}+$/u.test(w));
