import { lineFeatures, type LineFeatures } from './features.js';
import { trimChars } from '../markdown/trim.js';

/** Class of a line of a scraped page. */
export type LineClass = 'good' | 'bad' | 'title' | 'title-repeat';

/** One classified line (offsets into the classified text; `end` excludes the line break). */
export interface ClassifiedLine {
  /** Line start. */
  start: number;
  /** Line end (without the line break). */
  end: number;
  /** Final class. */
  cls: LineClass;
  /** The context-free class before neighbours were looked at. */
  initial: Initial;
  /** The measurements. */
  features: LineFeatures;
}

type Initial = 'good' | 'neargood' | 'short' | 'bad';

/** Stop-word density thresholds per language (jusText's 0.30/0.32 for English; Russian has no articles and a denser morphology, so fewer function words per sentence). */
const STOP_THRESHOLDS: Readonly<Record<string, { low: number; high: number }>> = {
  en: { low: 0.3, high: 0.32 },
  ru: { low: 0.15, high: 0.2 },
  be: { low: 0.15, high: 0.2 },
  uk: { low: 0.15, high: 0.2 },
};
const LENGTH_LOW = 70;
const LENGTH_HIGH = 200;

/** The context-free class of one line (jusText's first stage, with plain-text features). */
function initialClass(f: LineFeatures, lang: string): Initial {
  if (f.copyright) return 'bad';
  if (f.linkDensity > 0.2) return 'bad';
  if (f.chromeWords && f.length < 100) return 'bad';
  if (f.words > 0 && f.numberDensity >= 0.5 && f.length < 40) return 'bad';
  if (f.length < LENGTH_LOW) return 'short';
  const t = STOP_THRESHOLDS[lang] ?? STOP_THRESHOLDS['en']!;
  if (f.stopDensity >= t.high) return f.length > LENGTH_HIGH ? 'good' : 'neargood';
  if (f.stopDensity >= t.low) return 'neargood';
  // plain-text extension: a long sentence with enough words is prose even with few stop words
  if (f.sentenceEnd && f.words >= 8) return f.length > LENGTH_HIGH ? 'good' : 'neargood';
  return 'bad';
}

/** {@link lineFeatures} of a line, from `measured` when it was measured before in that language. */
function measure(line: string, lang: string, measured: Map<string, LineFeatures> | undefined): LineFeatures {
  if (!measured) return lineFeatures(line, lang);
  const key = `${lang}\n${line}`; // a line holds no line break
  let f = measured.get(key);
  if (!f) measured.set(key, (f = lineFeatures(line, lang)));
  return f;
}

/**
 * Classify the lines of a plain-text (or Markdown) scrape into article text and
 * site chrome, the jusText way: each line is measured (length, stop-word density,
 * link and number density, sentence end, interface words, copyright), given a
 * context-free class (good, near-good, short, bad), then short and near-good lines
 * take the class of their neighbours (a short line between good lines is a
 * subheading; near-good text among bad lines is a list of unrelated headlines;
 * on a page with no good line at all, near-good lines count as good).
 * The page title is the strongest title-like line before the article (a Markdown
 * heading, else the longest, with a bonus for repetition); its other occurrences are
 * marked `title-repeat`. Linear in the number of lines.
 *
 * @param measured features of lines measured before, by language and line text: a caller
 *   that classifies the same lines again (web-chrome's settling rounds) passes one map to
 *   every call so that each line is measured once (features depend on the line and the
 *   language only).
 */
export function classifyLines(text: string, lang: string, measured?: Map<string, LineFeatures>): ClassifiedLine[] {
  const lines: { start: number; end: number }[] = [];
  let s = 0;
  while (s <= text.length) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    let end = e;
    if (end > s && text.charCodeAt(end - 1) === 13) end--;
    if (text.slice(s, end).trim().length > 0) lines.push({ start: s, end });
    s = e + 1;
  }
  const out: ClassifiedLine[] = lines.map((l) => {
    const features = measure(text.slice(l.start, l.end), lang, measured);
    const initial = features.heading ? 'short' : initialClass(features, lang);
    return { ...l, initial, features, cls: 'bad' as LineClass };
  });
  const n = out.length;
  // A page with no good line at all (a short article): its near-good lines are the text.
  if (!out.some((l) => l.initial === 'good')) for (const l of out) if (l.initial === 'neargood') l.initial = 'good';

  // Neighbour classes: the nearest line on each side that is good or bad (Ign), or
  // not short (All); precomputed in two sweeps so the pass stays linear.
  const prevIgn: Initial[] = new Array(n);
  const prevAll: Initial[] = new Array(n);
  let pi: Initial = 'bad';
  let pa: Initial = 'bad';
  for (let i = 0; i < n; i++) {
    prevIgn[i] = pi;
    prevAll[i] = pa;
    const c = out[i]!.initial;
    if (c === 'good' || c === 'bad') pi = c;
    if (c !== 'short') pa = c;
  }
  const nextIgn: Initial[] = new Array(n);
  const nextAll: Initial[] = new Array(n);
  let ni: Initial = 'bad';
  let na: Initial = 'bad';
  for (let i = n - 1; i >= 0; i--) {
    nextIgn[i] = ni;
    nextAll[i] = na;
    const c = out[i]!.initial;
    if (c === 'good' || c === 'bad') ni = c;
    if (c !== 'short') na = c;
  }

  for (let i = 0; i < n; i++) {
    const l = out[i]!;
    if (l.initial === 'good') l.cls = 'good';
    else if (l.initial === 'bad') l.cls = 'bad';
    else if (l.initial === 'short') {
      const p = prevIgn[i]!;
      const x = nextIgn[i]!;
      if (p === 'good' && x === 'good') l.cls = 'good';
      else if (p === 'bad' && x === 'bad') l.cls = 'bad';
      else if ((p === 'bad' && prevAll[i] === 'neargood') || (x === 'bad' && nextAll[i] === 'neargood')) l.cls = 'good';
      else l.cls = 'bad';
    } else {
      // near-good: bad only when both sides are bad
      l.cls = prevIgn[i] === 'bad' && nextIgn[i] === 'bad' ? 'bad' : 'good';
    }
  }

  // A short sentence on the next line of a good paragraph (no blank line between: a
  // `<br>` or a wrapped line) belongs to that paragraph.
  for (let i = 1; i < n; i++) {
    const l = out[i]!;
    const p = out[i - 1]!;
    if (l.cls === 'bad' && l.initial === 'short' && p.cls === 'good' && l.features.sentenceEnd && !l.features.chromeWords && oneLineBreak(text, p.end, l.start)) {
      l.cls = 'good';
    }
  }

  markTitle(text, out);
  return out;
}

/** Is there exactly one line break between two offsets (no blank line)? */
function oneLineBreak(text: string, from: number, to: number): boolean {
  const first = text.indexOf('\n', from);
  return first >= 0 && first < to && text.lastIndexOf('\n', to - 1) === first;
}

function titleKey(text: string, l: ClassifiedLine): string {
  return trimChars(titleBase(text, l), ' .!?:;');
}

function titleBase(text: string, l: ClassifiedLine): string {
  return text
    .slice(l.start, l.end)
    .replace(/^#{1,6}\s+|[*_]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function markTitle(text: string, lines: ClassifiedLine[]): void {
  const firstGood = lines.findIndex((l) => l.cls === 'good' && !l.features.heading && l.features.length >= LENGTH_LOW);
  const head = firstGood < 0 ? lines.length : firstGood;
  const counts = new Map<string, number>();
  for (let i = 0; i < head; i++) {
    const k = titleKey(text, lines[i]!);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  let best = -1;
  let bestScore = -1;
  for (let i = 0; i < head; i++) {
    const l = lines[i]!;
    const f = l.features;
    const raw = text.slice(l.start, l.end).trim();
    const titleLike =
      f.heading ||
      (f.words >= 3 && f.length >= 15 && f.length <= 200 && f.letterRatio > 0.6 && !f.chromeWords && !f.bullet && f.linkDensity === 0 && f.numberDensity < 0.3 && !/[.,;]$/.test(raw));
    if (!titleLike) continue;
    const score = f.words + (f.heading ? 10 : 0) + ((counts.get(titleKey(text, l)) ?? 0) > 1 ? 2 : 0);
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  if (best < 0) return;
  const key = titleKey(text, lines[best]!);
  // only lines of about the title's length can repeat it (keeps the pass cheap)
  const same = (l: ClassifiedLine) => l.end - l.start >= key.length && l.end - l.start <= key.length + 24 && titleKey(text, l) === key;
  // keep the occurrence nearest the article; mark the others as repeats
  let keep = best;
  for (let i = best + 1; i < head; i++) if (same(lines[i]!)) keep = i;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (i === keep) l.cls = 'title';
    else if ((l.cls !== 'good' || i < head) && same(l)) l.cls = 'title-repeat';
  }
}
