import type { Command } from '../command.js';
import { readInput } from '../read-input.js';
import { writeOutput } from '../write-output.js';
import { clean, toMarkdown, toPlainText } from '../../clean/clean.js';
import { segment } from '../../segment/segment.js';
import { InputError } from '../../errors.js';
import { EMPTY_INPUT_RULE } from '../../io/empty-input.js';
import type { CleanOptions } from '../../clean/types.js';
import { readFile } from 'node:fs/promises';

/** Read and parse a user glossary file; one clear error for a missing or malformed file. */
async function readGlossary(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new InputError(`--glossary ${path}: cannot read the file`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InputError(`--glossary ${path}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

const FORMATS = ['markdown', 'json', 'text'];

/** `sverka clean`: clean a document and print Markdown, JSON or plain text. */
export const cleanCommand: Command = {
  name: 'clean',
  summary: 'clean OCR / translation / web artefacts, with a change log',
  usage: `Usage: sverka clean FILE|- [options]

Cleans one document and prints the cleaned body with [^N] note markers, then the
notes as [^N]: lines (Markdown). With --format json: the whole document model
(text, lang, profile, footnotes, markers, changes, paragraphs with sentences and
languages); every offset is into the original input.

Options:
  --format markdown|json|text   output format (default markdown)
  --profile auto|ocr|mt|web|plain  cleaning profile (default auto)
  --lang ru|en|be|uk            document language (default: detected)
  --disable RULE                switch a rule off (repeatable)
  --no-typography               keep dashes and quotes as they are
  --normalize-terms             replace glossary variants with preferred terms
  --glossary FILE               a JSON glossary merged over the shipped one
                                (see docs/clean-mt-web.md for its format)
  --encoding NAME               input encoding (default: detected)
  -o, --out FILE                write to FILE instead of stdout`,
  options: {
    format: { type: 'string', default: 'markdown' },
    profile: { type: 'string', default: 'auto' },
    lang: { type: 'string' },
    disable: { type: 'string', multiple: true },
    'no-typography': { type: 'boolean', default: false },
    'normalize-terms': { type: 'boolean', default: false },
    glossary: { type: 'string' },
    encoding: { type: 'string' },
    out: { type: 'string', short: 'o' },
  },
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new InputError('clean takes exactly one FILE (or - for stdin); see sverka clean --help');
    const format = String(values.format);
    if (!FORMATS.includes(format)) throw new InputError(`unknown --format "${format}"; use one of ${FORMATS.join(', ')}`);
    const input = await readInput(positionals[0]!, io, values.encoding as string | undefined);
    const options: CleanOptions = {
      profile: String(values.profile) as CleanOptions['profile'] & string,
      disable: (values.disable as string[] | undefined) ?? [],
      normalizeTerms: values['normalize-terms'] === true,
    };
    if (values['no-typography'] === true) options.typography = false;
    if (typeof values.glossary === 'string') options.glossary = await readGlossary(values.glossary);
    if (typeof values.lang === 'string') {
      if (!['ru', 'en', 'be', 'uk'].includes(values.lang)) throw new InputError(`unknown --lang "${values.lang}"; use ru, en, be or uk`);
      options.lang = values.lang as 'ru';
    }
    const result = clean(input.text, options);
    for (const d of result.diagnostics) if (d.rule !== EMPTY_INPUT_RULE) io.stderr(`${input.path}: ${d.severity}: ${d.message} [${d.rule}]\n`); // readInput warned of an empty input
    let output: string;
    if (format === 'json') {
      const seg = segment(result.text, { toOriginal: (s, e) => result.draft.spanToOriginal(s, e) });
      output =
        JSON.stringify(
          {
            file: input.path,
            encoding: input.encoding,
            text: result.text,
            lang: seg.lang.lang === 'und' ? result.lang : seg.lang.lang,
            langConfidence: seg.lang.confidence,
            profile: result.profile,
            meta: result.meta,
            footnotes: result.footnotes,
            markers: result.markers,
            changes: result.changes.map(({ rule, start, end, before, after, reason, scope, merged }) => ({
              rule, start, end, before, after, reason, scope, ...(merged ? { merged } : {}),
            })),
            paragraphs: seg.paragraphs.map((p) => ({
              start: p.start,
              end: p.end,
              kind: p.kind,
              lang: p.lang.lang,
              confidence: p.lang.confidence,
              sentences: p.sentences.map((s) => ({ start: s.start, end: s.end, text: s.text })),
            })),
            diagnostics: result.diagnostics,
          },
          null,
          2,
        ) + '\n';
    } else if (format === 'text') {
      output = toPlainText(result);
    } else {
      output = toMarkdown(result);
    }
    await writeOutput(output, values.out as string | undefined, io);
    return 0;
  },
};
