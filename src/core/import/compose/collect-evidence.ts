/**
 * Who talks to whom, as far as a compose file says: `depends_on`, `links`, and host names in environment
 * values. Each pair of services collects every piece of evidence for it, so one link says all its reasons
 * ("depends_on: carts-db; env CARTS_DB_URL=mongodb://carts-db:27017").
 */
import { findHostMentions, quoteEnvironment } from './host-references.ts';
import type { ServiceFacts } from './read-service.ts';

export interface Evidence {
  readonly reasons: string[];
  /** URL schemes seen for this pair (`http`, `grpc`, `mongodb`): they say the protocol of a call. */
  readonly schemes: Set<string>;
  /** Environment keys that named the target (`MONGO_HOST`): they can say a datastore's engine. */
  readonly keys: Set<string>;
}

/** from service → to service → evidence, in file order. Self-references are dropped. */
export type EvidenceMap = Map<string, Map<string, Evidence>>;

/** Collects link evidence for every service; `services` must already be checked (depends_on targets exist). */
export function collectEvidence(services: readonly ServiceFacts[]): EvidenceMap {
  // Host names are global on a compose network: the service name and every alias resolve to the service.
  const hosts = new Map<string, string>();
  for (const s of services) hosts.set(s.name.toLowerCase(), s.name);
  for (const s of services) for (const alias of s.aliases) if (!hosts.has(alias.toLowerCase())) hosts.set(alias.toLowerCase(), s.name);

  const evidence: EvidenceMap = new Map();
  const add = (from: string, to: string, reason: string, scheme?: string, key?: string) => {
    if (from === to) return;
    let targets = evidence.get(from);
    if (!targets) evidence.set(from, (targets = new Map()));
    let entry = targets.get(to);
    if (!entry) targets.set(to, (entry = { reasons: [], schemes: new Set(), keys: new Set() }));
    if (!entry.reasons.includes(reason)) entry.reasons.push(reason);
    if (scheme !== undefined) entry.schemes.add(scheme);
    if (key !== undefined) entry.keys.add(key);
  };

  for (const s of services) {
    for (const target of s.dependsOn) add(s.name, target, `depends_on: ${target}`);
    // A link alias is a host name only inside the linking service.
    const localHosts = new Map(hosts);
    for (const link of s.links) {
      add(s.name, link.service, `links: ${link.alias === undefined ? link.service : `${link.service}:${link.alias}`}`);
      if (link.alias !== undefined) localHosts.set(link.alias.toLowerCase(), link.service);
    }
    for (const { key, value } of s.environment) {
      for (const mention of findHostMentions(key, value)) {
        const target = localHosts.get(mention.host);
        if (target !== undefined) add(s.name, target, `env ${quoteEnvironment(key, value, mention)}`, mention.scheme, key);
      }
    }
  }
  return evidence;
}
