import { BELTA_COUNTER_KINDS, BELTA_EDITIONS, BELTA_PATH_PREFIXES } from '../data/belta-sections.js';
import { BELTA_MAIN_COUNTER_MIN } from '../data/belta-ids.js';

/** Which BelTA counter an id belongs to. */
export type BeltaCounter = 'main' | 'legacy' | 'interview' | 'opinions';

/** A belta.by item URL taken apart (shared/docs/belta.md §2 "URL grammar"). */
export interface BeltaUrl {
  /** Edition: `ru` (belta.by, www., wap.), `eng` (eng.belta.by), `deu` (deu.belta.by). */
  edition: 'ru' | 'eng' | 'deu';
  /** Section (`society`, `economics`, …; `interview`/`opinions` for those kinds). */
  section: string;
  /** `view` for news items (`{slug}-{id}-{year}`), `interview`/`opinions` (own counter, no year). */
  kind: 'view' | 'interview' | 'opinions';
  /** Mirror prefix in the path (`amp`, `printv`, `special`), if any. */
  prefix: string | null;
  /** The headline slug without the id and year. */
  slug: string;
  /** Article id. */
  id: number;
  /** Year in the URL (`null` for interview/opinions items). */
  year: number | null;
  /** The counter the id belongs to. */
  counter: BeltaCounter;
}

const TAIL_WITH_YEAR = /-(\d{1,7})-((?:19|20)\d\d)$/;
const TAIL_ID = /-(\d{1,7})$/;

/**
 * Take a belta.by item URL apart. Returns `null` when the URL is not a belta.by item
 * page (home page, search, another host). Expects a repaired URL (see `repairUrl`);
 * tolerates a missing trailing slash, a query string, `www.`/`wap.`/`amp/`/`printv/`.
 */
export function parseBeltaUrl(url: string): BeltaUrl | null {
  const m = /^(?:https?:\/\/)?([a-z0-9.-]+)(\/[^?#\s]*)?/i.exec(url.trim());
  if (!m) return null;
  const host = m[1]!.toLowerCase();
  if (host !== 'belta.by' && !host.endsWith('.belta.by')) return null;
  const sub = host === 'belta.by' ? '' : host.slice(0, -'.belta.by'.length);
  const edition = BELTA_EDITIONS[sub];
  if (edition === undefined) return null;
  const parts = (m[2] ?? '').split('/').filter((p) => p.length > 0);
  let prefix: string | null = null;
  if (parts.length > 0 && BELTA_PATH_PREFIXES.includes(parts[0]!.toLowerCase())) prefix = parts.shift()!.toLowerCase();
  if (parts.length < 3 || parts[1]!.toLowerCase() !== 'view') return null;
  const section = parts[0]!.toLowerCase();
  const last = parts[2]!;
  const counterKind = BELTA_COUNTER_KINDS.includes(section) ? (section as 'interview' | 'opinions') : null;
  if (counterKind === null) {
    const t = TAIL_WITH_YEAR.exec(last);
    if (t) {
      const id = Number(t[1]);
      return {
        edition, section, kind: 'view', prefix, slug: last.slice(0, t.index), id, year: Number(t[2]),
        counter: id < BELTA_MAIN_COUNTER_MIN ? 'legacy' : 'main',
      };
    }
  }
  const t = TAIL_ID.exec(last);
  if (!t) return null;
  const id = Number(t[1]);
  return {
    edition, section, kind: counterKind ?? 'view', prefix, slug: last.slice(0, t.index), id, year: null,
    counter: counterKind ?? (id < BELTA_MAIN_COUNTER_MIN ? 'legacy' : 'main'),
  };
}
