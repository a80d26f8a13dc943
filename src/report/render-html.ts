import type { DocumentRecord, RecordSentence } from '../pipeline/types.js';
import { lineIndex } from '../plugins/position.js';
import { ENTITY_STYLES, OTHER_STYLE } from './colors.js';
import { cssId, flatEntities, markersInText, renderSpan, type HighlightContext } from './highlight.js';
import { escapeHtml, safeHref } from './escape.js';
import { REPORT_CSS } from './style.js';
import { REPORT_SCRIPT } from './script.js';
import type { ReportBead, ReportInput, ReportSide } from './types.js';

/** Sentences of a record in document order. */
export function sentencesOf(record: DocumentRecord): RecordSentence[] {
  return record.paragraphs.flatMap((p) => p.sentences);
}

/**
 * Render a review report as one self-contained HTML page: no external resource of
 * any kind (styles and script inline, a Content-Security-Policy that forbids
 * loading anything), the two texts side by side in aligned beads with scores and
 * low-confidence beads highlighted, entities coloured by type with a legend, note
 * markers linked to their citations (and back), and the cleaning changes with
 * before and after. Keyboard: j/k or ↓/↑ move between beads, n/p between
 * low-confidence beads, g/G first/last, ? shows the keys.
 */
export function renderReport(input: ReportInput): string {
  const threshold = input.lowConfidence ?? 0.5;
  const src = input.source;
  const tgt = input.target;
  const srcSentences = sentencesOf(src.record);
  const tgtSentences = sentencesOf(tgt.record);
  const beads: ReportBead[] =
    input.beads ?? srcSentences.map((_, i) => ({ source: [i], target: i < tgtSentences.length ? [i] : [], score: Number.NaN })).concat(
      tgtSentences.slice(srcSentences.length).map((_, k) => ({ source: [], target: [srcSentences.length + k], score: Number.NaN })),
    );
  const srcCtx = context(src, 's');
  const tgtCtx = context(tgt, 't');
  const srcBeadOf = beadIndex(beads, 'source', srcSentences.length);
  const tgtBeadOf = beadIndex(beads, 'target', tgtSentences.length);
  const low = beads.filter((b) => b.score < threshold).length;
  const title = input.title ?? `sverka report: ${src.title} ↔ ${tgt.title}`;

  const rows = beads
    .map((b, i) => {
      const isLow = b.score < threshold;
      const score = Number.isNaN(b.score) ? '' : b.score.toFixed(2);
      const shape = `${b.source.length}-${b.target.length}`;
      const label = `bead ${i + 1}, ${shape}${score ? `, score ${score}` : ''}${isLow ? ', low confidence' : ''}`;
      return `<tr id="bead-${i + 1}" class="bead${isLow ? ' low' : ''}${b.source.length === 0 || b.target.length === 0 ? ' gap' : ''}" tabindex="-1" aria-label="${escapeHtml(label)}">
<th scope="row" class="meta"><span class="num">${i + 1}</span><span class="shape">${shape}</span>${score ? `<span class="score" title="${escapeHtml(b.evidence ?? '')}">${score}</span>` : ''}${isLow ? '<span class="flag">low</span>' : ''}</th>
<td class="side src" lang="${langAttr(src.record.lang)}">${units(srcCtx, srcSentences, b.source)}</td>
<td class="side tgt" lang="${langAttr(tgt.record.lang)}">${units(tgtCtx, tgtSentences, b.target)}</td>
</tr>`;
    })
    .join('\n');

  const types = new Set([...src.record.entities, ...tgt.record.entities].map((e) => (ENTITY_STYLES[e.type] ? e.type : 'other')));
  const entityCss = Object.entries({ ...ENTITY_STYLES, other: OTHER_STYLE })
    .map(([type, s]) => `.ent-${type}{background:${s.bg};border-bottom:2px ${s.border} ${s.line}}`)
    .join('');
  const legend = [...Object.keys(ENTITY_STYLES), 'other']
    .filter((t) => types.has(t))
    .map((t) => {
      const n = countType(src.record, t) + countType(tgt.record, t);
      return `<li><mark class="ent ent-${t}">${escapeHtml(t)}</mark> <span class="count">${n}</span></li>`;
    })
    .join('');

  const verdict = input.verdict
    ? `<p class="verdict">Alignment verdict: <strong>${escapeHtml(input.verdict.verdict)}</strong> (score ${input.verdict.score.toFixed(2)})${input.verdict.reasons.length ? `: ${escapeHtml(input.verdict.reasons.join('; '))}` : ''}</p>`
    : input.beads === null
      ? '<p class="verdict">No alignment available: sentences are shown in order, unaligned.</p>'
      : '';

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}${entityCss}</style>
</head>
<body>
<a class="skip" href="#beads">Skip to the aligned texts</a>
<header>
<h1>${escapeHtml(title)}</h1>
<dl class="docs">
${sideSummary('Source', src)}
${sideSummary('Target', tgt)}
</dl>
${verdict}
<nav aria-label="Sections"><a href="#beads">Aligned texts (${beads.length} beads, ${low} low confidence)</a> <a href="#notes">Notes (${src.record.citations.length} + ${tgt.record.citations.length})</a> <a href="#changes">Changes (${src.record.changes.length} + ${tgt.record.changes.length})</a> <button type="button" id="keys-button" aria-expanded="false" aria-controls="keys">Keys (?)</button></nav>
<div id="keys" hidden><p><kbd>j</kbd>/<kbd>↓</kbd> next bead, <kbd>k</kbd>/<kbd>↑</kbd> previous, <kbd>n</kbd>/<kbd>p</kbd> next/previous low-confidence bead, <kbd>g</kbd>/<kbd>G</kbd> first/last, <kbd>?</kbd> this help. Tab moves through the links.</p></div>
${legend ? `<section aria-label="Entity types" class="legend"><h2>Entities</h2><ul>${legend}</ul></section>` : '<p class="legend">No entities.</p>'}
</header>
<main>
<section id="beads" aria-label="Aligned texts">
<table class="beads">
<colgroup><col class="c-meta"><col class="c-side"><col class="c-side"></colgroup>
<thead><tr><th scope="col">Bead</th><th scope="col">${escapeHtml(src.title)} <span class="lang">${escapeHtml(src.record.lang)}</span></th><th scope="col">${escapeHtml(tgt.title)} <span class="lang">${escapeHtml(tgt.record.lang)}</span></th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>
<section id="notes" aria-label="Notes and citations">
<h2>Notes</h2>
<div class="two">
${notes(src, srcCtx)}
${notes(tgt, tgtCtx)}
</div>
</section>
<section id="changes" aria-label="Cleaning changes">
<h2>Changes made by cleaning</h2>
<div class="two">
${changes(src, srcSentences, srcBeadOf, input.maxChanges ?? 2000)}
${changes(tgt, tgtSentences, tgtBeadOf, input.maxChanges ?? 2000)}
</div>
</section>
</main>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}

function context(side: ReportSide, prefix: string): HighlightContext {
  return {
    text: side.record.text,
    entities: flatEntities(side.record.entities),
    markers: markersInText(side.record.text),
    side: prefix,
    notes: new Set(side.record.citations.map((c) => c.id)),
    markerCount: new Map(),
  };
}

function units(ctx: HighlightContext, sentences: readonly RecordSentence[], indices: readonly number[]): string {
  if (indices.length === 0) return '<span class="none">(nothing aligned)</span>';
  return indices
    .map((i) => {
      const s = sentences[i];
      return s ? `<span class="unit" data-unit="${i}">${renderSpan(ctx, s.cleanStart, s.cleanEnd)}</span>` : '';
    })
    .join(' ');
}

function sideSummary(label: string, side: ReportSide): string {
  const r = side.record;
  return `<div><dt>${label}</dt><dd><strong>${escapeHtml(side.title)}</strong>: ${escapeHtml(r.lang)}, ${escapeHtml(r.profile.name)} profile, ${r.paragraphs.length} paragraphs, ${sentencesOf(r).length} sentences, ${r.entities.length} entities, ${r.citations.length} notes, ${r.changes.length} changes</dd></div>`;
}

function countType(record: DocumentRecord, type: string): number {
  return record.entities.filter((e) => (ENTITY_STYLES[e.type] ? e.type : 'other') === type).length;
}

function notes(side: ReportSide, ctx: HighlightContext): string {
  const list = side.record.citations;
  if (list.length === 0) return `<div class="col"><h3>${escapeHtml(side.title)}</h3><p class="none">No notes.</p></div>`;
  const items = list
    .map((c) => {
      const n = ctx.markerCount.get(c.id) ?? 0;
      const back = Array.from({ length: n }, (_, k) => `<a href="#${ctx.side}-ref-${cssId(c.id)}-${k + 1}" aria-label="back to marker ${k + 1} of note ${escapeHtml(c.id)}">↩${n > 1 ? k + 1 : ''}</a>`).join(' ');
      const href = safeHref(c.url);
      const facts: string[] = [];
      const belta = c.belta as { section?: unknown; id?: unknown } | null | undefined;
      if (belta && typeof belta === 'object') facts.push(`BelTA ${escapeHtml(String(belta.section ?? ''))} #${escapeHtml(String(belta.id ?? ''))}`);
      if (typeof c.year === 'number') facts.push(String(c.year));
      if (href) facts.push(`<a class="url" href="${escapeHtml(href)}" rel="noreferrer noopener" target="_blank">${escapeHtml(href)}</a>${typeof c.urlSource === 'string' && c.urlSource !== c.url ? ' <span class="repaired">(repaired)</span>' : ''}`);
      const warnings = (c.warnings ?? []).map((w) => `<li>${escapeHtml(warningText(w))}</li>`).join('');
      return `<li id="${ctx.side}-note-${cssId(c.id)}" tabindex="-1"><span class="nid">${escapeHtml(c.id)}</span> <span class="ntext">${escapeHtml(c.text)}</span> ${back || '<span class="none">(no marker in the text)</span>'}${facts.length ? `<div class="facts">${facts.join(' · ')}</div>` : ''}${warnings ? `<ul class="warn">${warnings}</ul>` : ''}</li>`;
    })
    .join('\n');
  return `<div class="col"><h3>${escapeHtml(side.title)}</h3><ol class="notes">${items}</ol></div>`;
}

function warningText(w: unknown): string {
  if (typeof w === 'string') return w;
  if (w && typeof w === 'object' && typeof (w as { message?: unknown }).message === 'string') return (w as { message: string }).message;
  return JSON.stringify(w);
}

function changes(side: ReportSide, sentences: readonly RecordSentence[], beadOf: Int32Array, max: number): string {
  const list = side.record.changes;
  if (list.length === 0) return `<div class="col"><h3>${escapeHtml(side.title)}</h3><p class="none">No changes.</p></div>`;
  const index = lineIndex(side.original);
  const byRule = new Map<string, number>();
  for (const c of list) byRule.set(c.rule, (byRule.get(c.rule) ?? 0) + 1);
  const rules = [...byRule].sort((a, b) => b[1] - a[1]).map(([r, n]) => `<li><code>${escapeHtml(r)}</code> ${n}</li>`).join('');
  const rows = list
    .slice(0, max)
    .map((c) => {
      const p = index.point(c.start);
      const unit = unitAt(sentences, c.start);
      const bead = unit >= 0 ? beadOf[unit]! : -1;
      const where = bead >= 0 ? `<a href="#bead-${bead + 1}">${p.line}:${p.column}</a>` : `${p.line}:${p.column}`;
      return `<tr><td class="where">${where}</td><td><code>${escapeHtml(c.rule)}</code>${c.scope !== 'body' ? ` <span class="scope">${escapeHtml(c.scope)}</span>` : ''}</td><td class="diff"><del>${visible(c.before)}</del> → <ins>${visible(c.after)}</ins></td></tr>`;
    })
    .join('\n');
  const more = list.length > max ? `<p>… and ${list.length - max} more (see the JSON record).</p>` : '';
  return `<div class="col"><h3>${escapeHtml(side.title)}</h3><ul class="rules">${rules}</ul><table class="changes"><thead><tr><th scope="col">Line:col</th><th scope="col">Rule</th><th scope="col">Before → after</th></tr></thead><tbody>${rows}</tbody></table>${more}</div>`;
}

/** Before/after text with whitespace made visible, cut when long. */
function visible(text: string): string {
  if (text === '') return '<span class="empty">∅</span>';
  const cut = text.length > 160 ? text.slice(0, 150) + ' … ' + text.slice(-8) : text;
  return escapeHtml(cut)
    .replace(/\n/g, '<span class="ws">↵</span>')
    .replace(/\t/g, '<span class="ws">⇥</span>')
    .replace(/ (?= )|^ | $/g, '<span class="ws">·</span>');
}

/** Sentence whose original span contains `offset` (or the last one before it), -1 if none. */
function unitAt(sentences: readonly RecordSentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** For each unit of one side, the bead that holds it. */
function beadIndex(beads: readonly ReportBead[], key: 'source' | 'target', n: number): Int32Array {
  const out = new Int32Array(n).fill(-1);
  beads.forEach((b, i) => {
    for (const u of b[key]) if (u < n) out[u] = i;
  });
  return out;
}

function langAttr(lang: string): string {
  return lang === 'und' || lang === 'other' ? '' : lang;
}
