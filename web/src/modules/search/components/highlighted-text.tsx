import { parseSnippet } from "../highlight";

/** A snippet from the API with its matches in <mark>, rendered as text nodes (never as HTML). */
export function HighlightedText({ html, lang }: { html: string; lang?: string }) {
  return (
    <span lang={lang}>
      {parseSnippet(html).map((part, i) =>
        part.marked ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one snippet never reorder
          <mark key={i}>{part.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one snippet never reorder
          <span key={i}>{part.text}</span>
        ),
      )}
    </span>
  );
}
