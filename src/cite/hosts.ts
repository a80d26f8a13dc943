/**
 * Hosts cited in the seed books (fixtures/000, fixtures/001) and their kind, as data.
 * Used to undo OCR damage to a host name (`govemment.bv` → `government.by`) and to tell
 * news items from official pages. Any host ending in `.gov.by` is official as well.
 */
export interface KnownHost {
  /** Host without `www.` / `pda.` / `m.`. */
  host: string;
  /** What kind of source it is. */
  kind: 'news' | 'government' | 'portal';
  /** Name of the source (for exports). */
  name: string;
}

/** Known hosts. */
export const KNOWN_HOSTS: readonly KnownHost[] = [
  { host: 'belta.by', kind: 'news', name: 'БелТА' },
  { host: 'government.by', kind: 'government', name: 'Совет Министров Республики Беларусь' },
  { host: 'government.gov.by', kind: 'government', name: 'Совет Министров Республики Беларусь' },
  { host: 'president.gov.by', kind: 'government', name: 'Президент Республики Беларусь' },
  { host: 'mfa.gov.by', kind: 'government', name: 'МИД Республики Беларусь' },
  { host: 'belarus.by', kind: 'portal', name: 'Belarus.by' },
  { host: 'belarus-online.by', kind: 'portal', name: 'Belarus Online' },
  { host: 'export.by', kind: 'portal', name: 'Export.by' },
  { host: 'investinbelarus.by', kind: 'government', name: 'Национальное агентство инвестиций и приватизации' },
  { host: 'news.21.by', kind: 'news', name: '21.by' },
  { host: 'zviazda.by', kind: 'news', name: 'Звязда' },
  { host: 'politring.com', kind: 'news', name: 'Politring' },
];

const MIRRORS = /^(?:www\d?|pda|wap|m)\./;

/** The host without a `www.`/`pda.`/`wap.`/`m.` prefix, lowercase. */
export function baseHost(host: string): string {
  return host.toLowerCase().replace(MIRRORS, '');
}

/** Kind of a host: known table first, then `*.gov.by` → government. */
export function hostKind(host: string): KnownHost['kind'] | 'other' {
  const base = baseHost(host);
  const known = KNOWN_HOSTS.find((k) => base === k.host || base.endsWith('.' + k.host));
  if (known) return known.kind;
  if (base.endsWith('.gov.by')) return 'government';
  return 'other';
}

/** Display name of a known host, or the host itself. */
export function hostName(host: string): string {
  const base = baseHost(host);
  return KNOWN_HOSTS.find((k) => base === k.host || base.endsWith('.' + k.host))?.name ?? base;
}
