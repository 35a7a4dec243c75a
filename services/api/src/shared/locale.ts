/** Languages the API answers in. */
export type RequestLocale = "zh-CN" | "en";

/**
 * The request's language from its Accept-Language header: the preferred tag (by q-value, then
 * order) that is Chinese or English; Chinese when none is, the platform's first language.
 */
export function localeFromAcceptLanguage(header: string | undefined): RequestLocale {
  if (!header) return "zh-CN";
  const tags = header
    .slice(0, 500)
    .split(",")
    .map((part, order) => {
      const [tag = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), quality: Number.isFinite(quality) ? quality : 0, order };
    })
    .filter((t) => t.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.order - b.order);
  for (const { tag } of tags) {
    if (tag === "zh" || tag.startsWith("zh-")) return "zh-CN";
    if (tag === "en" || tag.startsWith("en-")) return "en";
  }
  return "zh-CN";
}
