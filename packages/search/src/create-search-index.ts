import { createMeiliSearchIndex } from "./adapters/meilisearch";
import { createOramaSearchIndex } from "./adapters/orama";
import type { SearchIndex } from "./search-index";

/** Where the search engine is; without a Meilisearch URL the embedded engine is used. */
export interface SearchIndexConfig {
  meiliUrl?: string;
  meiliKey?: string;
  /** Prefix of the Meilisearch index names. */
  meiliIndexPrefix?: string;
}

/** Returns the Meilisearch adapter when meiliUrl is set, else the embedded engine. */
export function createSearchIndex(config: SearchIndexConfig = {}): SearchIndex {
  if (config.meiliUrl) {
    return createMeiliSearchIndex({
      url: config.meiliUrl,
      apiKey: config.meiliKey,
      indexPrefix: config.meiliIndexPrefix,
    });
  }
  return createOramaSearchIndex();
}
