import type { Command } from '../command.js';
import { readInput } from '../read-input.js';
import { writeOutput } from '../write-output.js';
import { segment } from '../../segment/segment.js';
import { InputError } from '../../errors.js';
import { joinLines } from '../../text/whitespace.js';

/** `sverka segment`: paragraphs, sentences and languages of a document, as-is (no cleaning). */
export const segmentCommand: Command = {
  name: 'segment',
  summary: 'split into paragraphs and sentences and identify languages (no cleaning)',
  usage: `Usage: sverka segment FILE|- [options]

Prints the paragraphs (with kind and language) and sentences of the text as it is.

Options:
  --format json|text   json (default): spans and languages; text: one sentence a line
  --encoding NAME      input encoding (default: detected)
  -o, --out FILE       write to FILE instead of stdout`,
  options: {
    format: { type: 'string', default: 'json' },
    encoding: { type: 'string' },
    out: { type: 'string', short: 'o' },
  },
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new InputError('segment takes exactly one FILE (or - for stdin)');
    const format = String(values.format);
    if (format !== 'json' && format !== 'text') throw new InputError(`unknown --format "${format}"; use json or text`);
    const input = await readInput(positionals[0]!, io, values.encoding as string | undefined);
    const seg = segment(input.text);
    const output =
      format === 'text'
        ? seg.paragraphs.flatMap((p) => p.sentences.map((s) => joinLines(s.text))).join('\n') + '\n'
        : JSON.stringify(
            {
              file: input.path,
              encoding: input.encoding,
              lang: seg.lang,
              paragraphs: seg.paragraphs.map((p) => ({
                start: p.start,
                end: p.end,
                kind: p.kind,
                lang: p.lang,
                sentences: p.sentences.map((s) => ({ start: s.start, end: s.end, text: s.text })),
              })),
            },
            null,
            2,
          ) + '\n';
    await writeOutput(output, values.out as string | undefined, io);
    return 0;
  },
};
