/**
 * Readable, unique ids: `payment-service` rather than a UUID, because ids appear in files, diffs,
 * CLI output and rule suppressions that people read.
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
  return slug || 'item';
}

/** The first of `base`, `base-2`, `base-3`, … that `taken` does not contain. */
export function uniqueId(base: string, taken: ReadonlySet<string> | ((id: string) => boolean)): string {
  const has = typeof taken === 'function' ? taken : (id: string) => taken.has(id);
  const root = slugify(base);
  if (!has(root)) return root;
  for (let i = 2; ; i++) {
    const candidate = `${root}-${i}`;
    if (!has(candidate)) return candidate;
  }
}
