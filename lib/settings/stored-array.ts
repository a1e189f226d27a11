/**
 * The JSON array a Setting holds, or [] for anything else: a hand edit of the
 * database must never break the pages that read it. Callers filter the items.
 */
export function storedArray(value: string | undefined): unknown[] {
  if (!value) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}
