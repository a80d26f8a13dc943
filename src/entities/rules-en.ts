/**
 * English entities on (often machine-translated) text: runs of capitalised words (with
 * `of`, `and`, `for`, `on`, `the` inside), classified by their head word (Ministry,
 * Committee, University, JSC, LLC, Co., Ltd → organization; Park, Plant → facility;
 * Agreement, Plan → document; Forum, Summit, Visit → event), by a title before them
 * (President, Premier, Mr → person), by name shape (Chinese names in pinyin, Russian and
 * Belarusian surnames in transliteration) and by the gazetteer. A sentence-initial word is
 * dropped when it also appears in lowercase in the text.
 */
import { CHINESE_SURNAMES, EN_DOCUMENT_HEADS, EN_EVENT_HEADS, EN_FACILITY_HEADS, EN_ORG_HEADS, EN_TITLES, PINYIN_SYLLABLE } from './lexicon-names.js';
import type { GazetteerMatch } from './gazetteer.js';
import { NOT_NAMES } from './not-names.js';
import type { NerToken } from './tagger/tokens.js';
import type { Entity, EntityType } from './types.js';
import { startsWithLower, startsWithUpper } from './token-index.js';

const CN_SURNAMES = new Set(CHINESE_SURNAMES.map(([en]) => en));
const PINYIN_NAME = new RegExp(`^${PINYIN_SYLLABLE}{1,3}$`, 'u');
const CONNECTORS = new Set(['of', 'and', 'for', 'on', 'the', 'de', '&']);
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'in', 'on', 'at', 'for', 'from', 'to', 'by', 'with', 'as', 'it',
  'its', 'he', 'she', 'they', 'we', 'i', 'our', 'their', 'his', 'her', 'there', 'here', 'however', 'thus', 'also',
  'and', 'but', 'or', 'if', 'when', 'while', 'after', 'before', 'since', 'during', 'according', 'moreover', 'besides',
  'firstly', 'secondly', 'thirdly', 'fourthly', 'fifthly', 'finally', 'today', 'now', 'then', 'such', 'all', 'both',
  'each', 'every', 'many', 'most', 'some', 'one', 'two', 'three', 'new', 'other', 'another', 'what', 'how', 'why',
  'who', 'which', 'where', 'so', 'yet', 'not', 'no', 'yes', 'dear', 'chapter', 'table', 'figure', 'see', 'note',
]);
const LEGAL_FORMS = new Set(['Co', 'Ltd', 'LLC', 'Inc', 'JSC', 'OJSC', 'CJSC', 'Corp', 'PLC', 'GmbH', 'AG', 'SA']);
const LOCATION_HEADS = new Set(['region', 'oblast', 'province', 'district', 'city', 'street', 'avenue', 'island', 'river', 'lake', 'mountains', 'county', 'prefecture', 'autonomous']);
/** Common Russian and Belarusian given names in Latin transliteration (BGN/PCGN and usual spellings). */
const RU_GIVEN_NAMES = new Set([
  'Aleksandr', 'Alexander', 'Alexandr', 'Aliaksandr', 'Alyaksandr', 'Sergei', 'Sergey', 'Siarhei', 'Vladimir', 'Uladzimir',
  'Dmitry', 'Dmitri', 'Dzmitry', 'Andrei', 'Andrey', 'Alexei', 'Aleksei', 'Alexey', 'Nikolai', 'Nikolay', 'Mikhail',
  'Ivan', 'Viktor', 'Yuri', 'Yury', 'Igor', 'Oleg', 'Pavel', 'Anatoly', 'Anatoli', 'Boris', 'Vasily', 'Valery', 'Leonid',
  'Gennady', 'Yevgeny', 'Evgeny', 'Konstantin', 'Maxim', 'Roman', 'Petr', 'Pyotr', 'Grigory', 'Vyacheslav', 'Stanislav',
  'Anna', 'Natalia', 'Natalya', 'Olga', 'Elena', 'Yelena', 'Tatiana', 'Tatyana', 'Irina', 'Svetlana', 'Marina',
  'Lyudmila', 'Maria', 'Ekaterina', 'Yekaterina', 'Galina', 'Valentina', 'Nadezhda', 'Larisa', 'Oksana', 'Volha',
]);
const MONTHS_WEEKDAYS = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
const RU_SURNAME = /(?:ov|ev|yov|in|yn|sky|skiy|skii|ski|enko|ko|uk|yuk|chuk|ich|vich|ova|eva|ina|yna|skaya|kaya|ovich|evich|ovna|evna|shvili|dze|yan)$/;

function entity(text: string, start: number, end: number, type: EntityType, confidence: number, subtype?: string): Entity {
  const e: Entity = { type, start, end, text: text.slice(start, end), confidence };
  if (subtype) e.subtype = subtype;
  return e;
}

/** Rule-based English entities (gazetteer matches are used as they are). */
export function ruleEntitiesEn(text: string, tokens: readonly NerToken[], gaz: readonly GazetteerMatch[]): Entity[] {
  const lowerSeen = new Set<string>();
  for (const t of tokens) if (startsWithLower(t.text)) lowerSeen.add(t.text);
  const out: Entity[] = [];
  const gazAt = new Map<number, GazetteerMatch>();
  for (const g of gaz) gazAt.set(g.from, g);
  // A capital first letter (`^\p{Lu}`) is a letter too (`\p{L}`): one test is enough.
  const isWordCap = (i: number): boolean => {
    const t = tokens[i];
    return !!t && startsWithUpper(t.text);
  };
  let i = 0;
  while (i < tokens.length) {
    if (!isWordCap(i)) {
      i++;
      continue;
    }
    // Build a run.
    let j = i + 1;
    let last = i;
    const firstLower = tokens[i]!.text.toLowerCase();
    const headFirst = EN_DOCUMENT_HEADS.has(firstLower) || EN_EVENT_HEADS.has(firstLower) || EN_ORG_HEADS.has(firstLower);
    while (j < tokens.length) {
      const t = tokens[j]!;
      const gap = text.slice(tokens[j - 1]!.end, t.start);
      if (/\n/.test(gap) || gap.length > 2) break;
      if (isWordCap(j)) {
        last = j;
        j++;
        continue;
      }
      if (t.text === '.' && /^(?:\p{Lu}|Co|Ltd|Inc|Corp|St|Jr|Sr)$/u.test(tokens[j - 1]!.text) && gap === '') {
        last = j;
        j++;
        continue;
      }
      if ((CONNECTORS.has(t.text) || t.text === '-' || (headFirst && (t.text === 'in' || t.text === 'to'))) && isWordCap(j + 1) && !MONTHS_WEEKDAYS.has(tokens[j + 1]!.text)) {
        // `and` joins only inside an `X of Y and Z` name.
        if ((t.text === 'and' || t.text === '&') && !tokens.slice(i, j).some((x) => x.text === 'of' || x.text === 'for' || x.text === 'on')) break;
        j++;
        continue;
      }
      if (t.text === ',' && /^(?:Co|Inc|Corp)\.?$/.test(tokens[last]!.text + (tokens[last]!.text === '.' ? '' : '')) && /^(?:Ltd|LLC|Inc|JSC)$/.test(tokens[j + 1]?.text ?? '')) {
        j++;
        continue;
      }
      if (t.text === ',' && tokens[last]!.text === '.' && tokens[last - 1]?.text === 'Co' && /^(?:Ltd|LLC|Inc)$/.test(tokens[j + 1]?.text ?? '')) {
        j++;
        continue;
      }
      break;
    }
    let from = i;
    const to = last + 1;
    // Sentence-initial common word.
    const first = tokens[from]!.text;
    if (tokens[from]!.sentStart && (FUNCTION_WORDS.has(first.toLowerCase()) || lowerSeen.has(first.toLowerCase()))) from++;
    while (from < to && (FUNCTION_WORDS.has(tokens[from]!.text.toLowerCase()) && from < to - 1 && tokens[from]!.text !== tokens[from]!.text.toUpperCase())) from++;
    // Gazetteer names inside the run are entities of their own: classify the pieces around them.
    let piece = from;
    for (let k = from; k < to; k++) {
      const g = gazAt.get(k);
      if (!g || g.to > to || (k === from && g.to === to)) continue;
      // A place inside an organisation's name (`Ningbo University`, `Ministry of … of Belarus`) stays in it.
      const isHead = (x: NerToken): boolean => EN_ORG_HEADS.has(x.text.toLowerCase()) || EN_FACILITY_HEADS.has(x.text.toLowerCase());
      const inOrg = tokens.slice(from, g.from).some(isHead) || tokens.slice(g.to, to).some(isHead);
      if (inOrg && g.entry.type === 'location') continue;
      if (g.entry.type === 'location' && g.to < to && tokens.slice(g.to, to).every((x) => LOCATION_HEADS.has(x.text.toLowerCase()))) continue;
      let e = k;
      while (e > piece && CONNECTORS.has(tokens[e - 1]!.text)) e--;
      if (e > piece) classify(piece, e);
      piece = g.to;
      while (piece < to && CONNECTORS.has(tokens[piece]!.text)) piece++;
      k = g.to - 1;
    }
    const lastGaz = piece > from ? [...gazAt.values()].find((g) => g.to === piece && g.from >= from) : undefined;
    let legalEnd = piece;
    while (legalEnd < to && (LEGAL_FORMS.has(tokens[legalEnd]!.text) || /^[.,]$/.test(tokens[legalEnd]!.text))) legalEnd++;
    while (legalEnd > piece && tokens[legalEnd - 1]!.text === ',') legalEnd--;
    if (legalEnd > piece && lastGaz?.entry.type === 'organization') {
      const e = entity(text, tokens[lastGaz.from]!.start, tokens[legalEnd - 1]!.end, 'organization', 0.85);
      e.canonical = lastGaz.entry.id;
      out.push(e);
      piece = legalEnd;
      while (piece < to && CONNECTORS.has(tokens[piece]!.text)) piece++;
    }
    if (piece < to) classify(piece, to);
    i = to;
  }
  return out;

  function classify(from: number, to: number): void {
    // Built by push into literals: arrays of one elements kind, so the optimised code of this
    // function is not thrown away each time an array of another kind comes (`map` gives several).
    const words: string[] = [];
    const lower: string[] = [];
    for (let k = from; k < to; k++) {
      const w = tokens[k]!.text;
      words.push(w);
      lower.push(w.toLowerCase());
    }
    const start = tokens[from]!.start;
    const end = tokens[to - 1]!.end;
    const prev = tokens[from - 1]?.text.toLowerCase() ?? '';
    const prev2 = tokens[from - 2]?.text.toLowerCase() ?? '';
    const lastWord = lower[lower.length - 1]!;
    const firstWord = lower[0]!;
    // Whole run is one gazetteer name: handled by the gazetteer.
    const g = gazAt.get(from);
    if (g && g.to === to) return;
    if (LEGAL_FORMS.has(words[words.length - 1]!) || (words[words.length - 1] === '.' && LEGAL_FORMS.has(words[words.length - 2]!))) {
      const of = lower.lastIndexOf('of');
      if (of >= 0 && of < words.length - 2) {
        out.push(entity(text, tokens[from + of + 1]!.start, end, 'organization', 0.75));
        return;
      }
    }
    // A head word alone (`the University`, `OJSC`) names nothing by itself.
    if (words.length === 1 && (EN_ORG_HEADS.has(lower[0]!) || LEGAL_FORMS.has(words[0]!))) return;
    if (lower.some((w) => EN_ORG_HEADS.has(w) || EN_ORG_HEADS.has(`${w}.`))) {
      // `Ministry of ... of Belarus`: the trailing place is its own entity.
      let cut = to;
      for (let k = to - 2; k > from; k--) {
        if (k - from >= 2 && lower[k - from] === 'of' && gazAt.get(k + 1)?.entry.type === 'location' && gazAt.get(k + 1)!.to === to) {
          cut = k;
          break;
        }
      }
      out.push(entity(text, start, tokens[cut - 1]!.end, 'organization', 0.75));
      return;
    }
    if (EN_FACILITY_HEADS.has(lastWord) && words.length > 1) {
      out.push(entity(text, start, end, 'facility', 0.7));
      return;
    }
    if (EN_DOCUMENT_HEADS.has(firstWord) || EN_DOCUMENT_HEADS.has(lastWord)) {
      if (words.length > 1) out.push(entity(text, start, end, 'document', 0.6));
      return;
    }
    if ((EN_EVENT_HEADS.has(firstWord) || EN_EVENT_HEADS.has(lastWord)) && words.length > 1) {
      out.push(entity(text, start, end, 'event', 0.6));
      return;
    }
    if (LOCATION_HEADS.has(lastWord) && words.length > 1) {
      out.push(entity(text, start, end, 'location', 0.7, lastWord === 'city' ? 'city' : 'region'));
      return;
    }
    // Titles inside the run (`President Xi Jinping`) or before it.
    let k = 0;
    while (k < words.length - 1 && EN_TITLES.has(lower[k]!.replace(/\.$/, ''))) k++;
    const titled = k > 0 || EN_TITLES.has(prev.replace(/\.$/, '')) || (prev === '.' && EN_TITLES.has(prev2));
    const nameWords = words.slice(k);
    const nameStart = tokens[from + k]!.start;
    if (nameWords.length === 0) return;
    if (nameWords.length >= 2 && nameWords.length <= 3 && CN_SURNAMES.has(nameWords[0]!) && nameWords.slice(1).every((w) => PINYIN_NAME.test(w.toLowerCase().replace(/-/g, '')))) {
      out.push(entity(text, nameStart, end, 'person', 0.8));
      return;
    }
    if (nameWords.length >= 2 && nameWords.length <= 3 && RU_GIVEN_NAMES.has(nameWords[0]!) && nameWords.slice(1).every((w) => /^\p{Lu}[\p{Ll}'-]+$/u.test(w))) {
      out.push(entity(text, nameStart, end, 'person', 0.75));
      return;
    }
    const looksRu = RU_SURNAME.test(nameWords[nameWords.length - 1]!.toLowerCase()) && nameWords.length <= 4 && nameWords.every((w) => /^(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}|\.)$/u.test(w));
    if (titled && nameWords.every((w) => /^(?:\p{Lu}[\p{Ll}'-]*|\.)$/u.test(w)) && nameWords.length <= 4) {
      out.push(entity(text, nameStart, end, 'person', 0.75));
      return;
    }
    if (looksRu && (nameWords.length >= 2 || !lowerSeen.has(nameWords[0]!.toLowerCase()))) {
      out.push(entity(text, nameStart, end, 'person', nameWords.length >= 2 ? 0.7 : 0.55));
      return;
    }
    if (words.length === 1 && /^\p{Lu}{2,6}$/u.test(words[0]!) && !NOT_NAMES.has(words[0]!)) {
      out.push(entity(text, start, end, 'organization', 0.5));
    }
  }
}
