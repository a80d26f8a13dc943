/**
 * Token features for the name tagger: word, lemma, suffixes, shape, Az.js grammemes (Name,
 * Surn, Patr, Geox, Orgn, Abbr), gazetteer hits, quotes, and the same for neighbours.
 */
import { parseWord } from '../morph.js';
import { matchGazetteer } from '../gazetteer.js';
import type { EntityLang } from '../types.js';
import type { NerToken } from './tokens.js';

const CYR = /[\u0400-\u04ff]/;
const FLAGS = ['Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Abbr', 'Init', 'Trad'] as const;

/** Word shape: `Aa`, `AA`, `a`, `d`, `Mx` (mixed), or the symbol itself. */
export function shapeOf(t: string): string {
  if (/^\p{Nd}+$/u.test(t)) return t.length === 4 ? 'dddd' : 'd';
  if (!/\p{L}/u.test(t)) return t.length === 1 ? t : 'sym';
  const upper = t === t.toUpperCase();
  const lower = t === t.toLowerCase();
  if (upper) return t.length === 1 ? 'A' : 'AA';
  if (lower) return t.includes('-') ? 'a-a' : 'a';
  if (/^\p{Lu}[\p{Ll}'’]+$/u.test(t)) return 'Aa';
  if (/^\p{Lu}[\p{Ll}]+-\p{Lu}/u.test(t)) return 'Aa-Aa';
  return 'Mx';
}

interface TokenInfo {
  lower: string;
  lemma: string;
  shape: string;
  flags: string[];
  pos: string;
  kase: string;
  script: string;
}

const CASES = new Set(['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct', 'voct', 'gen2', 'loc2']);

function infoOf(text: string, lang: EntityLang): TokenInfo {
  const lower = text.toLowerCase();
  const shape = shapeOf(text);
  const script = CYR.test(text) ? 'c' : /[a-z]/i.test(text) ? 'l' : 'o';
  let lemma = lower;
  let flags: string[] = [];
  let pos = '';
  let kase = '';
  if (lang === 'ru' && script === 'c') {
    const parses = parseWord(text);
    const best = parses[0];
    if (best) {
      lemma = best.lemma;
      pos = best.pos;
      for (const g of best.tags) if (CASES.has(g)) kase = g;
      const seen = new Set<string>();
      for (const p of parses) {
        if (p.score < 0.05 && p !== best) continue;
        for (const f of FLAGS) if (p.tags.has(f)) seen.add(f);
      }
      flags = [...seen];
      if (best.tags.has('UNKN') || parses.every((p) => p.score === 0)) flags.push('unk');
    }
  }
  return { lower, lemma, shape, flags, pos, kase, script };
}

/** Static (label-independent) features of every token. */
export function staticFeatures(tokens: readonly NerToken[], lang: EntityLang): string[][] {
  const info = tokens.map((t) => infoOf(t.text, lang));
  const gaz = new Array<string>(tokens.length).fill('');
  for (const m of matchGazetteer(tokens, lang)) {
    for (let i = m.from; i < m.to; i++) gaz[i] = `${i === m.from ? 'B' : 'I'}-${m.entry.type}${m.entry.subtype && m.entry.type === 'location' ? '' : ''}`;
  }
  // Inside quotes: « » toggled by kind; straight/curly double quotes toggle.
  const inQuote = new Array<boolean>(tokens.length).fill(false);
  let depth = 0;
  let straight = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    if (t === '«' || t === '„') depth++;
    else if (t === '»') depth = Math.max(0, depth - 1);
    else if (t === '"' || t === '“' || t === '”') {
      if (t === '“' && !straight) straight = true;
      else if (t === '”') straight = false;
      else straight = !straight;
    } else inQuote[i] = depth > 0 || straight;
  }
  const out: string[][] = [];
  const ctx = (j: number, p: string, f: string[]): void => {
    if (j < 0) {
      f.push(`${p}w=<s>`);
      return;
    }
    if (j >= tokens.length) {
      f.push(`${p}w=</s>`);
      return;
    }
    const x = info[j]!;
    f.push(`${p}l=${x.lemma}`, `${p}sh=${x.shape}`);
    for (const fl of x.flags) f.push(`${p}az=${fl}`);
    if (x.pos) f.push(`${p}pos=${x.pos}`);
    if (gaz[j]) f.push(`${p}gz=${gaz[j]}`);
  };
  for (let i = 0; i < tokens.length; i++) {
    const x = info[i]!;
    const tok = tokens[i]!;
    const f: string[] = ['bias', `w=${x.lower}`, `l=${x.lemma}`, `sh=${x.shape}`, `sc=${x.script}`];
    if (x.lower.length > 3) f.push(`s3=${x.lower.slice(-3)}`, `s2=${x.lower.slice(-2)}`, `p3=${x.lower.slice(0, 3)}`);
    if (tok.sentStart) f.push(`ss|sh=${x.shape}`);
    for (const fl of x.flags) f.push(`az=${fl}`, `az=${fl}|sh=${x.shape}`);
    if (x.pos) f.push(`pos=${x.pos}`, `pos=${x.pos}|sh=${x.shape}`);
    if (x.kase) f.push(`case=${x.kase}`);
    if (gaz[i]) f.push(`gz=${gaz[i]}`);
    if (inQuote[i]) f.push('inq', `inq|sh=${x.shape}`);
    if (x.flags.length > 1) f.push(`azs=${[...x.flags].sort().join('+')}`);
    ctx(i - 1, '-1', f);
    ctx(i + 1, '+1', f);
    ctx(i - 2, '-2', f);
    ctx(i + 2, '+2', f);
    const prev = info[i - 1];
    const next = info[i + 1];
    f.push(`sh|+1=${x.shape}|${next?.shape ?? '</s>'}`, `-1|sh=${prev?.shape ?? '<s>'}|${x.shape}`);
    f.push(`l-1|sh=${prev?.lemma ?? '<s>'}|${x.shape}`);
    if (next) f.push(`sh|l+1=${x.shape}|${next.lemma}`);
    out.push(f);
  }
  return out;
}

/** Label-dependent features (the two previous labels). */
export function dynamicFeatures(prev1: string, prev2: string, shape: string): string[] {
  return [`t-1=${prev1}`, `t-2|t-1=${prev2}|${prev1}`, `t-1|sh=${prev1}|${shape}`];
}
