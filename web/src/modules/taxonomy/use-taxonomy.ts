import { useMemo } from "react";
import { useQuery } from "urql";
import type { ResultOf } from "../../graphql/graphql";
import type { AppLanguage } from "../../i18n/languages";
import { pickLocalized, useAppLanguage } from "../../i18n/use-app-language";
import { TaxonomyQuery } from "./graphql/taxonomy.graphql";

type FieldNode = NonNullable<ResultOf<typeof TaxonomyQuery>["taxonomy"]>[number];

/** A node for antd's TreeSelect. */
export interface FieldTreeNode {
  value: string;
  title: string;
  children?: FieldTreeNode[];
}

function label(
  language: AppLanguage,
  node: { zh?: string | null; en?: string | null; code?: string | null },
) {
  return pickLocalized(language, node.zh, node.en)?.text ?? node.code ?? "";
}

function buildLookup(nodes: readonly FieldNode[], language: AppLanguage) {
  const labels = new Map<string, string>();
  for (const node of nodes) {
    if (!node.code) continue;
    const parent = label(language, node);
    labels.set(node.code, parent);
    for (const child of node.children ?? []) {
      if (child.code) labels.set(child.code, label(language, child));
    }
  }
  return labels;
}

/** The field taxonomy in the UI language: labels by code and a two-level tree for filters. */
export function useTaxonomy() {
  const [{ data, fetching, error }] = useQuery({ query: TaxonomyQuery });
  const language = useAppLanguage();
  return useMemo(() => {
    const nodes = data?.taxonomy ?? [];
    const labels = buildLookup(nodes, language);
    const tree: FieldTreeNode[] = nodes
      .filter((n) => n.code)
      .map((n) => ({
        value: n.code as string,
        title: label(language, n),
        children: (n.children ?? [])
          .filter((c) => c.code)
          .map((c) => ({ value: c.code as string, title: label(language, c) })),
      }));
    return {
      tree,
      fetching,
      error,
      /** The field's label, or the raw code while the taxonomy loads or for an unknown code. */
      labelOf: (code: string | null | undefined): string | null =>
        code ? (labels.get(code) ?? code) : null,
    };
  }, [data, fetching, error, language]);
}
