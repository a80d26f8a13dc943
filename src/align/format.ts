/**
 * Output formats of an alignment: the JSON contract, TSV for spreadsheets, TMX 1.4b for
 * CAT tools (OmegaT, Trados) and a self-contained HTML side-by-side review page.
 *
 * @packageDocumentation
 */
import type { TextAlignment } from './align-text.js';
import type { Bead } from './types.js';

/** Beads scoring below this are highlighted for review. */
export const LOW_CONFIDENCE = 0.5;

/** The JSON contract of `sverka align --format json`. */
export function alignmentToJson(a: TextAlignment): string {
  return (
    JSON.stringify(
      {
        source: a.source,
        target: a.target,
        beads: a.beads.map((b) => ({ source: b.source, target: b.target, score: b.score, evidence: b.evidence })),
        parallel: a.parallel,
        warnings: a.warnings,
      },
      null,
      2,
    ) + '\n'
  );
}

/** Join the lines of a unit with single spaces (line by line: linear, no backtracking). */
const oneLine = (s: string): string =>
  s
    .split(/[\r\n]+/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join(' ');

function sideText(a: TextAlignment, b: Bead, side: 'source' | 'target'): string {
  const units = a[side].units;
  return b[side].map((i) => oneLine(units[i]!.text)).join(' ');
}

/** TSV: source text, target text, score, source indices, target indices (tabs removed from text). */
export function alignmentToTsv(a: TextAlignment): string {
  const clean = (s: string): string => s.replace(/\t/g, ' ');
  const rows = ['source\ttarget\tscore\tsource_units\ttarget_units'];
  for (const b of a.beads) rows.push([clean(sideText(a, b, 'source')), clean(sideText(a, b, 'target')), b.score.toFixed(3), b.source.join(','), b.target.join(',')].join('\t'));
  return rows.join('\n') + '\n';
}

/**
 * Characters XML 1.0 forbids (its `Char` production): C0 controls other than tab, line feed
 * and carriage return, U+FFFE, U+FFFF, and UTF-16 surrogates that are not part of a pair.
 */
const XML_ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Drop the characters XML 1.0 forbids (see {@link xmlEscape}); everything else is kept. */
function xmlLegal(s: string): string {
  return s.replace(XML_ILLEGAL, '');
}

/**
 * Escape for XML text and attribute values: `&`, `<`, `>` and `"` become references,
 * and characters XML 1.0 forbids (C0 controls except tab, LF and CR; U+FFFE, U+FFFF; unpaired
 * surrogates) are dropped, since no reference can stand for them.
 */
export function xmlEscape(s: string): string {
  return xmlLegal(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Options for {@link alignmentToTmx}. */
export interface TmxOptions {
  /** `creationtoolversion` attribute. */
  toolVersion?: string;
  /** Only beads scoring at least this (default 0: all non-empty beads). */
  minScore?: number;
}

/**
 * TMX 1.4b: one `<tu>` per bead with text on both sides (1-0/0-1 beads are left out),
 * the bead score as a `x-score` property and unit indices as `x-units`.
 */
export function alignmentToTmx(a: TextAlignment, options: TmxOptions = {}): string {
  const srcLang = a.source.lang === 'und' ? 'x-und' : a.source.lang;
  const tgtLang = a.target.lang === 'und' ? 'x-und' : a.target.lang;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
    '<tmx version="1.4">',
    `  <header creationtool="sverka" creationtoolversion="${xmlEscape(options.toolVersion ?? '0')}" datatype="plaintext" segtype="sentence" adminlang="en" srclang="${xmlEscape(srcLang)}" o-tmf="sverka"/>`,
    '  <body>',
  ];
  let id = 0;
  for (const b of a.beads) {
    if (b.source.length === 0 || b.target.length === 0 || b.score < (options.minScore ?? 0)) continue;
    id++;
    out.push(
      `    <tu tuid="${id}">`,
      `      <prop type="x-score">${b.score.toFixed(3)}</prop>`,
      `      <prop type="x-units">${b.source.join(',')}:${b.target.join(',')}</prop>`,
      `      <tuv xml:lang="${xmlEscape(srcLang)}"><seg>${xmlEscape(sideText(a, b, 'source'))}</seg></tuv>`,
      `      <tuv xml:lang="${xmlEscape(tgtLang)}"><seg>${xmlEscape(sideText(a, b, 'target'))}</seg></tuv>`,
      '    </tu>',
    );
  }
  out.push('  </body>', '</tmx>');
  return out.join('\n') + '\n';
}

/** Self-contained HTML: beads side by side, scores, evidence on hover, low scores highlighted. */
export function alignmentToHtml(a: TextAlignment, title = 'sverka alignment'): string {
  const rows = a.beads.map((b, k) => {
    const low = b.score < LOW_CONFIDENCE;
    const ev = b.evidence.anchors.map((x) => `${x.kind}: ${x.source} = ${x.target}`).join('\n');
    const cls = low ? ' class="low"' : '';
    return `<tr${cls} id="b${k}"><td class="n">${k + 1}<br><small>${b.source.length}-${b.target.length}</small></td><td lang="${xmlEscape(a.source.lang)}">${xmlEscape(sideText(a, b, 'source'))}</td><td lang="${xmlEscape(a.target.lang)}">${xmlEscape(sideText(a, b, 'target'))}</td><td class="s" title="${xmlEscape(ev)}">${b.score.toFixed(2)}${b.evidence.anchors.length ? `<br><small>${b.evidence.anchors.length} anchors</small>` : ''}</td></tr>`;
  });
  const lowCount = a.beads.filter((b) => b.score < LOW_CONFIDENCE).length;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${xmlEscape(title)}</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;margin:1.5em;color:#222}
table{border-collapse:collapse;width:100%;table-layout:fixed}
td,th{border-bottom:1px solid #ddd;padding:.4em .6em;vertical-align:top;text-align:left}
th{background:#f4f4f4;position:sticky;top:0}
col.n{width:3.5em}col.s{width:5.5em}
td.n,td.s{color:#666;font-variant-numeric:tabular-nums}
tr.low{background:#fff3cd}
.summary{margin:.5em 0 1em}
</style></head><body>
<h1>${xmlEscape(title)}</h1>
<p class="summary">${a.beads.length} beads · ${lowCount} below ${LOW_CONFIDENCE} highlighted for review · verdict: <b>${xmlEscape(a.parallel.verdict)}</b> (${a.parallel.score.toFixed(2)}) — ${xmlEscape(a.parallel.reasons.join('; '))}</p>
<table><colgroup><col class="n"><col><col><col class="s"></colgroup>
<thead><tr><th>#</th><th>${xmlEscape(a.source.lang)}</th><th>${xmlEscape(a.target.lang)}</th><th>score</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table></body></html>
`;
}
