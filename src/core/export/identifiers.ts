/**
 * Diagram languages accept fewer characters in identifiers than Faultline ids may hold (`orders.v2`,
 * `end`, `Zahlung-ä`), and some treat case loosely. Each id gets a readable ASCII identifier with a
 * prefix (so it can never be a keyword such as Mermaid's `end`), unique ignoring case.
 */

/** Model id → identifier safe in Mermaid, PlantUML and Structurizr: `[A-Za-z][A-Za-z0-9_]*`. */
export function safeIdentifiers(ids: Iterable<string>, prefix: string): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set<string>();
  for (const id of ids) {
    if (out.has(id)) continue;
    const base = `${prefix}${id.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9_]/g, '_')}`;
    let candidate = base;
    for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = `${base}_${i}`;
    taken.add(candidate.toLowerCase());
    out.set(id, candidate);
  }
  return out;
}
