/**
 * Host names mentioned in an environment variable: in URLs (`http://payment:8080`,
 * `mongodb://user:pw@orders-db,orders-db-2/shop`), as `host:port` (`user-db:27017`), or as the whole
 * value of a variable whose key says it holds a host (`PAYMENT_HOST=payment`). A bare word in any other
 * variable (`MYSQL_USER=shipping`) is not taken as a host: that is how false links are made.
 */

export interface HostMention {
  /** Lower-case: DNS names are case-insensitive. */
  readonly host: string;
  /** The URL scheme when the mention was a URL (`http`, `mongodb`, `grpc`). */
  readonly scheme?: string;
  /** Where in the value the mention starts and ends, for quoting the evidence. */
  readonly start: number;
  readonly end: number;
}

const URL_PATTERN = /([a-z][a-z0-9+.-]*):\/\/([^\s/?#"'<>]*)/gi;
const HOST_PORT_PATTERN = /(^|[\s,;=(@"'[])([a-z0-9](?:[a-z0-9_.-]*[a-z0-9])?):(\d{1,5})(?!\d)/gi;
const HOST_WORD = /^[a-z0-9](?:[a-z0-9_.-]*[a-z0-9])?$/i;
/** Keys that hold a host or an address: a bare word in them is a host name. */
const HOST_KEY = /(HOST|ADDR|URL|URI|ENDPOINT|BROKER|SERVER|DSN|CONNECT)/i;
/** …unless they are really about a user, a password, a name or a path. */
const NOT_HOST_KEY = /(USER|PASS|NAME|PATH|SECRET|TOKEN)/i;

/** Every host mentioned in `value` (after compose interpolation defaults are applied). */
export function findHostMentions(key: string, rawValue: string): HostMention[] {
  const value = applyInterpolationDefaults(rawValue);
  const found: HostMention[] = [];
  const covered: [number, number][] = [];

  for (const m of value.matchAll(URL_PATTERN)) {
    const scheme = (m[1] ?? '').toLowerCase();
    const authority = m[2] ?? '';
    const start = m.index;
    const end = start + m[0].length;
    covered.push([start, end]);
    // `user:password@host1:27017,host2:27017`: the hosts follow the last `@`.
    const hosts = authority.slice(authority.lastIndexOf('@') + 1);
    for (const part of hosts.split(',')) {
      const host = stripPort(part);
      if (isHostName(host)) found.push({ host: host.toLowerCase(), scheme, start, end });
    }
  }

  for (const m of value.matchAll(HOST_PORT_PATTERN)) {
    const start = m.index + (m[1] ?? '').length;
    if (covered.some(([a, b]) => start >= a && start < b)) continue;
    const host = m[2] ?? '';
    if (isHostName(host)) found.push({ host: host.toLowerCase(), start, end: m.index + m[0].length });
  }

  if (found.length === 0 && HOST_KEY.test(key) && !NOT_HOST_KEY.test(key)) {
    let offset = 0;
    for (const token of value.split(/([\s,;]+)/)) {
      const host = stripPort(token);
      if (token !== '' && !/^[\s,;]+$/.test(token) && HOST_WORD.test(host) && isHostName(host)) {
        found.push({ host: host.toLowerCase(), start: offset, end: offset + token.length });
      }
      offset += token.length;
    }
  }
  return found;
}

/**
 * `${VAR:-default}` and `${VAR-default}` become their default (the only value the file itself gives);
 * other references become empty, and `$$` is a literal dollar, as compose reads them.
 */
export function applyInterpolationDefaults(value: string): string {
  // `$$` is set aside first so the `$HOME` it escapes is not read as a variable.
  return value
    .replace(/\$\$/g, '\ue000')
    .replace(/\$\{[A-Za-z_][A-Za-z0-9_]*:?-([^}]*)\}/g, '$1')
    .replace(/\$\{[^}]*\}/g, '')
    .replace(/\$[A-Za-z_][A-Za-z0-9_]*/g, '')
    .replace(/\ue000/g, '$');
}

/** `KEY=value` for the inferred text, with passwords in URLs and secret-looking values masked, and long values cut around the mention. */
export function quoteEnvironment(key: string, rawValue: string, mention?: HostMention): string {
  if (/(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE)/i.test(key) && mention === undefined) return `${key}=***`;
  let value = applyInterpolationDefaults(rawValue).replace(/(\/\/[^/@\s:]*:)[^/@\s]*@/g, '$1***@');
  const limit = 80;
  if (value.length > limit) {
    const at = mention ? Math.max(0, Math.min(mention.start, value.length) - 20) : 0;
    const cut = value.slice(at, at + limit);
    value = `${at > 0 ? '…' : ''}${cut}${at + limit < value.length ? '…' : ''}`;
  }
  return `${key}=${value}`;
}

function stripPort(hostPort: string): string {
  const bracketed = /^\[([^\]]*)\]/.exec(hostPort);
  if (bracketed) return bracketed[1] ?? '';
  const colon = hostPort.indexOf(':');
  return colon === -1 ? hostPort : hostPort.slice(0, colon);
}

/** A name a container could answer to: not an IP address, not a number, not localhost. */
function isHostName(host: string): boolean {
  if (!HOST_WORD.test(host)) return false;
  if (/^[\d.]+$/.test(host)) return false;
  const lower = host.toLowerCase();
  return lower !== 'localhost' && lower !== '0.0.0.0';
}
