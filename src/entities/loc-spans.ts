/**
 * Span rules for Russian place names, following the FactRuEval conventions:
 *
 * - a capitalised adjective names a place together with the generic noun after it
 *   (`Кронштадтскому бульвару`, `Манежной площади`, `Северо-Кавказском федеральном округе`,
 *   `Курильские острова`), and together with a place name after it (`Северной Африке`);
 * - a capitalised word right after a generic word for a settlement, a river, a street … is a
 *   place (`реке Славянка`, `городе Феникс`, `порт Козьмино`, `районе Тоттенхэм`), unless it is
 *   a person's name (`Свердловской области Александр Мишарин`).
 */
import { parseWord, type MorphParse } from './morph.js';
import type { NerToken } from './tagger/tokens.js';
import type { Entity, EntityType } from './types.js';
import { firstAtOrAfter } from '../text/sorted.js';

/** Generic nouns that end a place name made of capitalised adjectives (lemmas). */
const PLACE_HEADS = new Set([
  'бульвар', 'площадь', 'улица', 'проспект', 'переулок', 'шоссе', 'набережная', 'кладбище', 'остров', 'полуостров', 'море',
  'океан', 'озеро', 'река', 'залив', 'пролив', 'гора', 'хребет', 'долина', 'пустыня', 'область', 'край', 'округ', 'район',
  'республика', 'провинция', 'штат', 'регион', 'графство', 'мост', 'канал', 'дом',
]);
/** Generic nouns after which a capitalised word is a place (lemmas). */
const PLACE_INTRODUCERS = new Set([
  'город', 'городок', 'село', 'посёлок', 'поселок', 'деревня', 'станица', 'аул', 'река', 'озеро', 'остров', 'район', 'улица',
  'проспект', 'площадь', 'бульвар', 'переулок', 'порт', 'провинция', 'штат', 'столица', 'курорт', 'мыс', 'графство', 'префектура',
  'полуостров', 'залив', 'пролив', 'пустыня', 'долина', 'хребет',
]);
/**
 * Cheap filter before parsing: the first four letters of a form are its lemma's (three for
 * lemmas under five letters, whose forms are at most three letters longer: `мост`, not
 * `московский`).
 */
const PREFIXES = new Map<string, number>();
for (const w of [...PLACE_HEADS, ...PLACE_INTRODUCERS]) {
  const p = w.slice(0, w.length >= 5 ? 4 : 3);
  PREFIXES.set(p, Math.max(PREFIXES.get(p) ?? 0, w.length >= 5 ? 99 : w.length + 3));
}
function mayBePlaceNoun(low: string): boolean {
  const max = PREFIXES.get(low.slice(0, 4)) ?? PREFIXES.get(low.slice(0, 3));
  return max !== undefined && low.length <= max;
}
const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];
const CAP = /^[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*$/;
const LOWER = /^[а-яё]+(?:-[а-яё]+)*$/;
const NAME_TYPES = new Set<EntityType>(['person', 'organization', 'location', 'facility']);
const isCyrillicCapital = (c: number): boolean => (c >= 0x410 && c <= 0x42f) || c === 0x401;

function lemmaIn(word: string, set: ReadonlySet<string>): MorphParse | undefined {
  const low = word.toLowerCase();
  if (!mayBePlaceNoun(low)) return undefined;
  return parseWord(low).find((p) => p.pos === 'NOUN' && set.has(p.lemma));
}

function casesOf(parses: readonly MorphParse[], pos: string): Set<string> {
  const out = new Set<string>();
  for (const p of parses) if (p.pos === pos) for (const c of CASES) if (p.tags.has(c)) out.add(c);
  return out;
}

const isPersonName = (t: string): boolean => parseWord(t).some((p) => p.score >= 0.1 && (p.tags.has('Name') || p.tags.has('Surn') || p.tags.has('Patr')));

const agree = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => [...a].some((c) => b.has(c));

/** Index of the token starting / ending at an offset (binary search), or -1. */
function tokenIndex(tokens: readonly NerToken[], pos: number, by: 'start' | 'end'): number {
  const lo = firstAtOrAfter(tokens, pos, by);
  return lo < tokens.length && tokens[lo]![by] === pos ? lo : -1;
}

/**
 * Extend locations that end in a capitalised adjective over the generic noun after it (and up
 * to two lowercase adjectives between), when they agree in case; merge such an adjective with
 * a location right after it.
 */
export function extendLocations(text: string, tokens: readonly NerToken[], entities: Entity[]): Entity[] {
  const byStart = new Map<number, Entity>();
  for (const e of entities) if (NAME_TYPES.has(e.type)) byStart.set(e.start, e);
  const merged = new Set<Entity>();
  for (const e of entities) {
    if (e.type !== 'location' || merged.has(e)) continue;
    const last = tokenIndex(tokens, e.end, 'end');
    if (last < 0 || last + 1 >= tokens.length || !CAP.test(tokens[last]!.text)) continue;
    const adj = parseWord(tokens[last]!.text);
    const adjCases = casesOf(adj, 'ADJF');
    if (adjCases.size === 0) continue;
    if (text.slice(tokens[last]!.end, tokens[last + 1]!.start) !== ' ') continue;
    // A place name right after: `Северной | Африке`.
    const next = byStart.get(tokens[last + 1]!.start);
    if (next && next.type === 'location' && agree(adjCases, casesOf(parseWord(tokens[last + 1]!.text), 'NOUN'))) {
      merged.add(next);
      e.end = next.end;
      e.text = text.slice(e.start, e.end);
      if (next.canonical && !e.canonical) e.canonical = next.canonical;
      continue;
    }
    if (next) continue;
    // Lowercase adjectives, then the generic noun: `Северо-Кавказском | федеральном округе`.
    const j = placeHeadAfter(text, tokens, last, adjCases);
    if (j < 0 || byStart.has(tokens[j]!.start)) continue;
    e.end = tokens[j]!.end;
    e.text = text.slice(e.start, e.end);
  }
  const out = merged.size > 0 ? entities.filter((x) => !merged.has(x)) : entities;
  // No name there yet: a capitalised adjective (not at a sentence start) and a generic noun
  // make a place on their own (`Чукотский автономный округ`), except `дом` (`Центральном доме
  // литераторов` is an institution).
  const covered = out.filter((e) => NAME_TYPES.has(e.type)).sort((a, b) => a.start - b.start);
  let k = 0;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.sentStart || !isCyrillicCapital(t.text.charCodeAt(0)) || !CAP.test(t.text)) continue;
    while (k < covered.length && covered[k]!.end <= t.start) k++;
    if (k < covered.length && covered[k]!.start < t.end) continue;
    let candidate = false;
    for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) if (mayBePlaceNoun(tokens[j]!.text)) candidate = true;
    if (!candidate) continue;
    const adjCases = casesOf(parseWord(t.text), 'ADJF');
    if (adjCases.size === 0) continue;
    const end = placeHeadAfter(text, tokens, i, adjCases);
    if (end < 0 || lemmaIn(tokens[end]!.text, PLACE_HEADS)?.lemma === 'дом') continue;
    if (k < covered.length && covered[k]!.start < tokens[end]!.end) continue;
    out.push({ type: 'location', start: t.start, end: tokens[end]!.end, text: text.slice(t.start, tokens[end]!.end), confidence: 0.6 });
    i = end;
  }
  return out;
}

/** Index of the generic place noun after the adjective at `last` (lowercase adjectives between), or -1. */
function placeHeadAfter(text: string, tokens: readonly NerToken[], last: number, adjCases: ReadonlySet<string>): number {
  if (last + 1 >= tokens.length || text.slice(tokens[last]!.end, tokens[last + 1]!.start) !== ' ') return -1;
  // Cheap test first: one of the next three words may be a generic place noun.
  let candidate = false;
  for (let j = last + 1; j <= last + 3 && j < tokens.length; j++) if (mayBePlaceNoun(tokens[j]!.text)) candidate = true;
  if (!candidate) return -1;
  let j = last + 1;
  while (j < tokens.length && j - last <= 2 && LOWER.test(tokens[j]!.text) && agree(adjCases, casesOf(parseWord(tokens[j]!.text), 'ADJF')) && !lemmaIn(tokens[j]!.text, PLACE_HEADS)) j++;
  if (j >= tokens.length || !LOWER.test(tokens[j]!.text)) return -1;
  if (!lemmaIn(tokens[j]!.text, PLACE_HEADS) || !agree(adjCases, casesOf(parseWord(tokens[j]!.text), 'NOUN'))) return -1;
  if (/\n/.test(text.slice(tokens[last]!.end, tokens[j]!.end))) return -1;
  return j;
}

/**
 * A capitalised word (or two) right after a generic word for a settlement, a river, a street
 * … is a place: `реке Славянка`, `городе Маунтин-Вью`. A name there of another type is retyped,
 * a person's name (Az.js `Name`, `Surn`, `Patr`) is left alone.
 */
export function placesAfterGenericNouns(text: string, tokens: readonly NerToken[], entities: Entity[]): Entity[] {
  const names = entities.filter((e) => NAME_TYPES.has(e.type)).sort((a, b) => a.start - b.start);
  let k = 0;
  const added: Entity[] = [];
  const removed = new Set<Entity>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const w = tokens[i]!.text;
    const next = tokens[i + 1]!;
    // Cheap tests first: a Cyrillic capital next, a lowercase Cyrillic word here.
    if (!isCyrillicCapital(next.text.charCodeAt(0)) || w.length < 3) continue;
    const c = w.charCodeAt(0);
    if (c < 0x430 || (c > 0x44f && c !== 0x451) || !LOWER.test(w)) continue;
    if (!CAP.test(next.text) || next.sentStart || next.start - tokens[i]!.end !== 1 || text[tokens[i]!.end] !== ' ') continue;
    const start = next.start;
    while (k < names.length && names[k]!.end <= start) k++;
    // Already a place: nothing to do (checked before parsing the generic word).
    if (k < names.length && names[k]!.start <= start && (names[k]!.type === 'location' || names[k]!.type === 'facility')) continue;
    if (!lemmaIn(w, PLACE_INTRODUCERS)) continue;
    if (isPersonName(next.text)) continue;
    const ends = [next.end];
    const second = tokens[i + 2];
    if (second && CAP.test(second.text) && text.slice(next.end, second.start) === ' ' && !isPersonName(second.text)) ends.unshift(second.end);
    // Names overlapping the words: a location that already covers them stays; names inside
    // them are replaced; a longer name (`Собрания района Отрадное`) stays.
    let chosen: { end: number; over: Entity[] } | null = null;
    for (const end of ends) {
      const over: Entity[] = [];
      for (let j = k; j < names.length && names[j]!.start < end; j++) over.push(names[j]!);
      if (over.some((x) => x.type === 'location' || x.type === 'facility' || x.start < start || x.end > end)) continue;
      chosen = { end, over };
      break;
    }
    if (!chosen) continue;
    for (const x of chosen.over) removed.add(x);
    added.push({ type: 'location', start, end: chosen.end, text: text.slice(start, chosen.end), confidence: 0.7 });
    i = tokenIndex(tokens, chosen.end, 'end');
  }
  if (added.length === 0) return entities;
  return [...entities.filter((x) => !removed.has(x)), ...added];
}
