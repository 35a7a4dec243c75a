/** Reads an integer in [min, max] from the query string; anything else is absent. */
export function readInt(
  params: URLSearchParams,
  key: string,
  min: number,
  max: number,
): number | null {
  const raw = params.get(key);
  if (raw == null || !/^\d+$/.test(raw)) return null;
  const value = Number(raw);
  return value >= min && value <= max ? value : null;
}

/** Reads a comma-separated list, keeping only allowed values, each once. */
export function readList<T extends string>(
  params: URLSearchParams,
  key: string,
  isAllowed: (value: string) => value is T,
): T[] {
  const raw = params.get(key);
  if (!raw) return [];
  return [...new Set(raw.split(",").filter(isAllowed))];
}

/** Reads a trimmed, length-limited string; empty is absent. */
export function readText(params: URLSearchParams, key: string, maxLength = 200): string | null {
  const value = params.get(key)?.trim().slice(0, maxLength);
  return value ? value : null;
}

/** Writes values into the query string, dropping empty ones so shared URLs stay short. */
export function writeParams(
  values: Record<string, string | number | readonly string[] | null | undefined>,
) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value == null) continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(","));
    } else if (String(value) !== "") {
      params.set(key, String(value));
    }
  }
  return params;
}
