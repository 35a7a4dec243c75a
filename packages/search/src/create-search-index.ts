import { createMeiliSearchIndex } from "./adapters/meilisearch";
import { createOramaSearchIndex } from "./adapters/orama";
import { createThreadedSearchIndex } from "./adapters/threaded";
import type { SearchIndex } from "./search-index";

/** Where the search engine is; without a Meilisearch URL the embedded engine is used. */
export interface SearchIndexConfig {
  meiliUrl?: string;
  meiliKey?: string;
  /** Prefix of the Meilisearch index names. */
  meiliIndexPrefix?: string;
  /**
   * Runs the embedded engine on a worker thread of its own (the server does; tests and
   * one-off commands keep it in-process, where it starts faster).
   */
  embeddedThread?: boolean;
  /** With embeddedThread: rebuilds the index after its thread stopped unexpectedly. */
  onEngineRestart?: () => Promise<unknown>;
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
  if (config.embeddedThread) {
    return createThreadedSearchIndex({ onRestart: config.onEngineRestart });
  }
  return createOramaSearchIndex();
}
