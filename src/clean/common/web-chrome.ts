import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { classifyLines, type ClassifiedLine } from '../web/classify.js';
import type { LineFeatures } from '../web/features.js';
import { detectLanguage } from '../../langid/detect.js';

/**
 * Remove site chrome from a scraped page: every line the jusText-style classifier
 * (`classifyLines`) calls bad — navigation, login, counters, captions and credits,
 * rights and tag blocks, subscribe calls, lists of unrelated headlines — and repeats
 * of the page title. The title itself is kept and recorded as `meta.title`.
 */
export const webChrome: CleaningRule = {
  id: 'web-chrome',
  description: 'remove site chrome (navigation, counters, captions, rights, subscribe calls, headline lists)',
  apply(text, ctx) {
    const lang = classifierLanguage(text, ctx.lang);
    const measured = new Map<string, LineFeatures>(); // the settling rounds see the same lines again
    const lines = settleChrome(text, classifyLines(text, lang, measured), ctx.lang, measured);
    const edits: Edit[] = [];
    for (const l of lines) {
      if (l.cls === 'title') {
        ctx.meta['title'] ??= text.slice(l.start, l.end).replace(/^#{1,6}\s+|[*_]{1,3}/g, '').trim();
        continue;
      }
      if (l.cls === 'good') continue;
      // take the line with its line break
      let end = l.end;
      if (text[end] === '\r') end++;
      if (text[end] === '\n') end++;
      const f = l.features;
      const why =
        l.cls === 'title-repeat'
          ? 'repeated page title'
          : f.copyright
            ? 'rights notice'
            : f.linkDensity > 0.2
              ? 'link line'
              : f.chromeWords
                ? 'interface text'
                : f.words > 0 && f.numberDensity >= 0.5
                  ? 'counter or time stamp'
                  : l.initial === 'neargood'
                    ? 'text among chrome (headline list)'
                    : 'short line among chrome';
      edits.push({ start: l.start, end, after: '', reason: why });
    }
    return edits;
  },
};

/** At most this many extra rounds of classification (each removes at least one line). */
const MAX_ROUNDS = 4;

/**
 * The classifier judges a line by its neighbours, so removing chrome changes the
 * neighbours of the lines that stay, and a second cleaning pass could find more chrome.
 * Classify the kept lines again, as a second pass would see them (blank lines do not
 * count), until nothing more goes; the title is never taken away in these rounds, and a
 * title that only the kept lines show is taken as the title.
 */
function settleChrome(text: string, first: ClassifiedLine[], documentLang: string, measured: Map<string, LineFeatures>): ClassifiedLine[] {
  const lines = first.map((l) => ({ ...l }));
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const kept = lines.filter((l) => l.cls === 'good' || l.cls === 'title');
    if (kept.length === lines.length) break;
    // as a second pass sees them: the title made a heading by `web-title`
    let titled = false;
    const rest = kept
      .map((l) => {
        const line = text.slice(l.start, l.end);
        if (l.cls !== 'title' || titled) return line;
        titled = true;
        return /^\s{0,3}#{1,6}\s/.test(line) ? line : '# ' + line.trimStart();
      })
      .join('\n');
    const again = classifyLines(rest, classifierLanguage(rest, documentLang), measured);
    if (again.length !== kept.length) break; // not the same lines: leave the first verdict
    let changed = 0;
    let hasTitle = kept.some((l) => l.cls === 'title');
    again.forEach((a, i) => {
      const l = kept[i]!;
      if (l.cls !== 'good') return;
      if (a.cls === 'title') {
        // a title only the kept lines show (the chrome around it hid it): a second pass
        // would find it, so this one takes it
        if (!hasTitle) {
          l.cls = 'title';
          hasTitle = true;
          changed++;
        }
      } else if (a.cls !== 'good') {
        l.cls = a.cls;
        l.initial = a.initial;
        l.features = a.features;
        changed++;
      }
    });
    if (changed === 0) break;
  }
  return lines;
}

/**
 * The stop-word language for the classifier: that of the text being classified (what a
 * second pass over the output would detect), the document's when too short to tell.
 */
function classifierLanguage(text: string, documentLang: string): string {
  const detected = detectLanguage(text.length > 200_000 ? text.slice(0, 200_000) : text).lang;
  const lang = detected === 'und' ? documentLang : detected;
  return lang === 'und' || lang === 'other' ? 'any' : lang;
}
