import type { Command } from '../command.js';
import { readInput } from '../read-input.js';
import { writeOutput } from '../write-output.js';
import { InputError } from '../../errors.js';
import { alignTexts, type AlignUnitKind } from '../../align/align-text.js';
import { comparePassages } from '../../align/comparable.js';
import { alignmentToHtml, alignmentToJson, alignmentToTmx, alignmentToTsv } from '../../align/format.js';
import { ALL_SHAPES } from '../../align/align-units.js';
import type { BeadShapeName } from '../../align/types.js';

const FORMATS = ['json', 'tsv', 'tmx', 'html'] as const;
const UNITS: readonly AlignUnitKind[] = ['lines', 'sentences', 'paragraphs'];

/** `sverka align SOURCE TARGET`: parallel alignment, or passage pairs of comparable texts. */
export const alignCommand: Command = {
  name: 'align',
  summary: 'align a text with its translation (paragraphs, sentences or lines)',
  usage: `Usage: sverka align SOURCE TARGET [options]

Aligns SOURCE with its translation TARGET (Russian and English first; any pair in a
length-and-anchors mode) and judges whether they are parallel at all.

Options:
  --format json|tsv|tmx|html   output (default json): the JSON contract, TSV for
                               spreadsheets, TMX 1.4b for CAT tools, or a self-contained
                               HTML side-by-side review page
  --units lines|sentences|paragraphs
                               unit of alignment (default sentences; lines = one unit per
                               input line, as in gold files)
  --comparable                 the texts are not translations: print ranked passage pairs
                               that share facts (numbers, names, citations, ids) instead
  --source-lang CODE           source language (default: detected)
  --target-lang CODE           target language (default: detected)
  --shapes LIST                bead shapes allowed, e.g. 1-1,1-2,2-1,1-0,0-1 (default: all ten)
  --window N                   corridor half-width in units (default 6)
  --limit N                    with --comparable: number of pairs (default 20)
  --progress                   report progress on standard error
  --encoding NAME              input encoding (default: detected)
  -o, --out FILE               write to FILE instead of stdout`,
  options: {
    format: { type: 'string', default: 'json' },
    units: { type: 'string', default: 'sentences' },
    comparable: { type: 'boolean', default: false },
    'source-lang': { type: 'string' },
    'target-lang': { type: 'string' },
    shapes: { type: 'string' },
    window: { type: 'string' },
    limit: { type: 'string' },
    progress: { type: 'boolean', default: false },
    encoding: { type: 'string' },
    out: { type: 'string', short: 'o' },
  },
  async run({ values, positionals }, io) {
    if (positionals.length !== 2) throw new InputError('align takes exactly two files: SOURCE TARGET');
    const format = String(values.format);
    if (!(FORMATS as readonly string[]).includes(format)) throw new InputError(`unknown --format "${format}"; use ${FORMATS.join(', ')}`);
    const units = String(values.units) as AlignUnitKind;
    if (!UNITS.includes(units)) throw new InputError(`unknown --units "${units}"; use ${UNITS.join(', ')}`);
    const encoding = values.encoding as string | undefined;
    const src = await readInput(positionals[0]!, io, encoding);
    const tgt = await readInput(positionals[1]!, io, encoding);
    const sourceLang = values['source-lang'] as string | undefined;
    const targetLang = values['target-lang'] as string | undefined;
    const langs = { ...(sourceLang ? { sourceLang } : {}), ...(targetLang ? { targetLang } : {}) };
    const int = (name: string): number | undefined => {
      const v = values[name];
      if (v === undefined) return undefined;
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new InputError(`--${name} must be a positive integer, got "${String(v)}"`);
      return n;
    };
    if (values.comparable) {
      if (format !== 'json') throw new InputError('--comparable prints JSON only');
      const limit = int('limit');
      const r = comparePassages(src.text, tgt.text, { ...langs, ...(limit ? { limit } : {}) });
      const used = new Set<string>();
      for (const p of r.pairs) used.add(`s${p.source}`).add(`t${p.target}`);
      const out = {
        source: { file: src.path, passages: r.source.map((u, i) => (used.has(`s${i}`) ? u : { start: u.start, end: u.end })) },
        target: { file: tgt.path, passages: r.target.map((u, i) => (used.has(`t${i}`) ? u : { start: u.start, end: u.end })) },
        pairs: r.pairs,
      };
      await writeOutput(JSON.stringify(out, null, 2) + '\n', values.out as string | undefined, io);
      return 0;
    }
    let shapes: BeadShapeName[] | undefined;
    if (typeof values.shapes === 'string') {
      shapes = values.shapes.split(',').map((s) => s.trim()) as BeadShapeName[];
      const bad = shapes.filter((s) => !ALL_SHAPES.includes(s));
      if (bad.length) throw new InputError(`unknown bead shape ${bad.join(', ')}; allowed: ${ALL_SHAPES.join(', ')}`);
      if (!shapes.includes('1-0') || !shapes.includes('0-1')) {
        io.stderr('sverka align: note: without 1-0 and 0-1 every unit must be paired; adding them\n');
        shapes = [...new Set([...shapes, '1-0', '0-1'] as BeadShapeName[])];
      }
    }
    const window = int('window');
    let lastPct = -1;
    const onProgress = values.progress
      ? (done: number, total: number): void => {
          const pct = Math.floor((100 * done) / Math.max(1, total));
          if (pct >= lastPct + 10) {
            lastPct = pct;
            io.stderr(`sverka align: ${pct}%\n`);
          }
        }
      : undefined;
    const a = alignTexts(src.text, tgt.text, {
      units,
      ...langs,
      ...(shapes ? { shapes } : {}),
      ...(window ? { window } : {}),
      ...(onProgress ? { onProgress } : {}),
    });
    for (const w of a.warnings) io.stderr(`sverka align: warning: ${w}\n`);
    if (a.parallel.verdict !== 'parallel') {
      io.stderr(`sverka align: warning: these texts do not look like translations of each other (${a.parallel.verdict}, score ${a.parallel.score}); try --comparable\n`);
    }
    const output =
      format === 'tsv'
        ? alignmentToTsv(a)
        : format === 'tmx'
          ? alignmentToTmx(a, { toolVersion: (await import('../main.js')).version() })
          : format === 'html'
            ? alignmentToHtml(a, `${src.path} ↔ ${tgt.path}`)
            : alignmentToJson(a);
    await writeOutput(output, values.out as string | undefined, io);
    return 0;
  },
};
