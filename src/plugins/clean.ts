import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { clean } from '../clean/clean.js';
import type { CleanOptions } from '../clean/types.js';
import { lineIndex } from './position.js';
import { MESSAGE_SOURCE, reportDiagnostic } from './report.js';
import { ensureParserAndCompiler, originalOf, type SverkaRoot } from './tree.js';

/** Options for {@link sverkaClean}: those of {@link clean}, plus how changes are reported. */
export interface SverkaCleanOptions extends CleanOptions {
  /** Report each change as an `info` message (default) or a `warning` (for `--frail` checks). */
  changes?: 'info' | 'warning' | 'off';
}

/**
 * unified plugin: clean the document ({@link clean}) and report every change as a
 * vfile message at its original position, with `ruleId` = the rule, `source` =
 * `sverka`, `actual` = the text before and `expected` = [the text after] (so editors
 * can offer the fix). The cleaner's diagnostics become messages too. The result is
 * on `file.data.sverka.clean`; the default compiler prints the cleaned Markdown.
 *
 * @example
 * ```ts
 * const file = await unified().use(sverkaClean, { profile: 'ocr' }).process(text);
 * for (const m of file.messages) console.log(m.ruleId, m.place, m.actual, m.expected);
 * ```
 */
export const sverkaClean: Plugin<[SverkaCleanOptions?], SverkaRoot, SverkaRoot> = function (options = {}) {
  ensureParserAndCompiler(this as never);
  const { changes: level = 'info', ...cleanOptions } = options;
  return (tree: SverkaRoot, file: VFile) => {
    const original = originalOf(tree, file);
    const result = clean(original, cleanOptions);
    const data = (file.data.sverka ??= {});
    data.clean = result;
    data.stages = { ...data.stages, clean: 'ok' };
    const index = lineIndex(original);
    if (level !== 'off') {
      for (const c of result.changes) {
        const reason = `${describe(c.before)} → ${describe(c.after)}${c.reason ? ` (${c.reason})` : ''}`;
        const opts = { place: index.position(c.start, c.end), ruleId: c.rule, source: MESSAGE_SOURCE };
        const message = level === 'warning' ? file.message(reason, opts) : file.info(reason, opts);
        message.actual = c.before;
        message.expected = [c.after];
        if (c.scope !== 'body') message.note = `in ${c.scope}`;
      }
    }
    for (const d of result.diagnostics) reportDiagnostic(file, index, d);
  };
};

/** Show a short piece of text in a message: quoted, newlines visible, long text cut. */
function describe(text: string): string {
  if (text === '') return '(nothing)';
  const shown = text.length > 40 ? text.slice(0, 37) + '…' : text;
  return '`' + shown.replace(/\n/g, '\\n').replace(/\t/g, '\\t') + '`';
}
