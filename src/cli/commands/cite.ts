import type { Command } from '../command.js';
import { readInput } from '../read-input.js';
import { writeOutput } from '../write-output.js';
import { InputError } from '../../errors.js';
import { cite, type CiteOptions } from '../../cite/cite.js';
import { CITE_FORMATS, formatCitations, type CiteFormat } from '../../cite/export/index.js';
import { backTranslateSlug } from '../../cite/back-translate.js';
import type { CleanOptions } from '../../clean/types.js';

/** `sverka cite`: footnotes → structured references (BelTA checked and repaired), exported. */
export const citeCommand: Command = {
  name: 'cite',
  summary: 'extract footnoted citations (BelTA), repair URLs, export',
  usage: `Usage: sverka cite FILE|- [options]

Reads the footnotes of one document and prints one structured reference per note:
authors, title, material designation, year, URL as printed (urlSource) and repaired
(url), BelTA section/id/year/slug, the in-text markers that point to the note (refs,
offsets into the original input) and warnings (year in the note ≠ year in the URL,
id outside the year's range, slug that does not match the title, one URL under two
titles, missing URL). English notes citing belta.by get a Russian headline
reconstructed from the slug (titleRu, with a confidence).

Options:
  --format json|jsonl|csl|bibtex|ris  output format (default json)
  --profile auto|ocr|mt|web|plain     cleaning profile used to find the notes (default auto)
  --no-back-translate                 do not reconstruct Russian headlines
  --encoding NAME                     input encoding (default: detected)
  -o, --out FILE                      write to FILE instead of stdout`,
  options: {
    format: { type: 'string', default: 'json' },
    profile: { type: 'string', default: 'auto' },
    'no-back-translate': { type: 'boolean', default: false },
    encoding: { type: 'string' },
    out: { type: 'string', short: 'o' },
  },
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new InputError('cite takes exactly one FILE (or - for stdin); see sverka cite --help');
    const format = String(values.format);
    if (!(CITE_FORMATS as readonly string[]).includes(format)) {
      throw new InputError(`unknown --format "${format}"; use one of ${CITE_FORMATS.join(', ')}`);
    }
    const input = await readInput(positionals[0]!, io, values.encoding as string | undefined);
    const options: CiteOptions = {
      clean: { profile: String(values.profile) as CleanOptions['profile'] & string },
      backTranslate: values['no-back-translate'] === true ? false : backTranslateSlug,
    };
    const result = cite(input.text, options);
    for (const d of result.diagnostics) {
      if (d.severity !== 'info') io.stderr(`${input.path}: ${d.severity}: ${d.message} [${d.rule}]\n`);
    }
    await writeOutput(formatCitations(result.citations, format as CiteFormat), values.out as string | undefined, io);
    return 0;
  },
};
