import type { Command } from '../command.js';
import { readInput } from '../read-input.js';
import { writeOutput } from '../write-output.js';
import { InputError } from '../../errors.js';
import { annotateEntities } from '../../entities/annotate.js';
import { toBrat, toConll } from '../../entities/formats.js';
import type { AnnotateOptions, EntityType } from '../../entities/types.js';

const FORMATS = ['json', 'conll', 'brat'];
const LANGS = ['ru', 'en', 'auto'];
const TYPES: readonly EntityType[] = ['person', 'organization', 'location', 'facility', 'date', 'money', 'percent', 'quantity', 'document', 'event'];

/** `sverka entities`: typed entities with offsets into the original input. */
export const entitiesCommand: Command = {
  name: 'entities',
  summary: 'annotate typed entities',
  usage: `Usage: sverka entities FILE|- [options]

Annotates persons, organisations, locations, facilities, dates, money, percentages,
quantities, documents and events. Offsets are UTF-16 offsets into the decoded input,
end-exclusive.

Options:
  --format json|conll|brat   json (default): {"lang","entities"}; conll: token, start,
                             end, BIO label a line; brat: standoff .ann lines
  --lang ru|en|auto          language (default auto: detected)
  --jsonl                    input is one {"id","text"} object a line; prints one
                             {"id","entities"} line per input line (json format only)
  --date YYYY-MM-DD          document date, to resolve relative dates
  --types T1,T2              only these types (${TYPES.join(', ')})
  --encoding NAME            input encoding (default: detected)
  -o, --out FILE             write to FILE instead of stdout`,
  options: {
    format: { type: 'string', default: 'json' },
    lang: { type: 'string', default: 'auto' },
    jsonl: { type: 'boolean', default: false },
    date: { type: 'string' },
    types: { type: 'string' },
    encoding: { type: 'string' },
    out: { type: 'string', short: 'o' },
  },
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new InputError('entities takes exactly one FILE (or - for stdin); see sverka entities --help');
    const format = String(values.format);
    if (!FORMATS.includes(format)) throw new InputError(`unknown --format "${format}"; use one of ${FORMATS.join(', ')}`);
    const lang = String(values.lang);
    if (!LANGS.includes(lang)) throw new InputError(`unknown --lang "${lang}"; use ru, en or auto`);
    const jsonl = values.jsonl === true;
    if (jsonl && format !== 'json') throw new InputError('--jsonl prints JSON lines; it cannot be combined with --format conll or brat');
    const options: AnnotateOptions = { lang: lang as AnnotateOptions['lang'] & string };
    if (typeof values.date === 'string') {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date) || Number.isNaN(Date.parse(values.date))) throw new InputError(`--date "${values.date}" is not a date; use YYYY-MM-DD`);
      options.documentDate = values.date;
    }
    if (typeof values.types === 'string') {
      const types = values.types.split(',').map((t) => t.trim()).filter(Boolean);
      const bad = types.filter((t) => !TYPES.includes(t as EntityType));
      if (bad.length) throw new InputError(`unknown --types ${bad.join(', ')}; use ${TYPES.join(', ')}`);
      options.types = types as EntityType[];
    }
    const input = await readInput(positionals[0]!, io, values.encoding as string | undefined);
    let output: string;
    if (jsonl) {
      const lines = input.text.split(/\r?\n/);
      if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
      const out: string[] = [];
      lines.forEach((line, i) => {
        let id: unknown = null;
        let text: unknown;
        try {
          const obj = JSON.parse(line) as { id?: unknown; text?: unknown };
          id = obj?.id ?? null;
          text = obj?.text;
        } catch {
          text = undefined;
        }
        if (typeof text !== 'string') {
          const message = `line ${i + 1}: expected a JSON object with a string "text"`;
          io.stderr(`${input.path}: warning: ${message}; printed an empty result\n`);
          out.push(JSON.stringify({ id, entities: [], error: message }));
          return;
        }
        out.push(JSON.stringify({ id, entities: annotateEntities(text, options).entities }));
      });
      output = out.length ? out.join('\n') + '\n' : '';
    } else {
      const result = annotateEntities(input.text, options);
      if (format === 'conll') output = toConll(input.text, result.entities);
      else if (format === 'brat') output = toBrat(input.text, result.entities);
      else output = JSON.stringify({ lang: result.lang, entities: result.entities }, null, 2) + '\n';
    }
    await writeOutput(output, values.out as string | undefined, io);
    return 0;
  },
};
