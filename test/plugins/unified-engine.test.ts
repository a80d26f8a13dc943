import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { unified } from 'unified';
import { engine } from 'unified-engine';
import type { VFile } from 'vfile';
import { clean } from '../../src/clean/clean.js';
import { sverkaClean, sverkaEntities, sverkaSegment } from '../../src/plugins/index.js';

/** Run unified-engine the way a `*-cli` tool or an editor integration does, on files on disk. */
function runEngine(files: string[], processor: { process: unknown }, extra: Record<string, unknown> = {}): Promise<{ code: number; files: VFile[]; report: string }> {
  const stderr = new PassThrough();
  let report = '';
  stderr.on('data', (d: Buffer) => (report += d.toString('utf8')));
  return new Promise((resolve, reject) => {
    engine(
      { processor: processor as never, files, extensions: ['txt'], output: false, out: false, color: false, streamError: stderr, ignoreName: '.sverkaignore', ...extra },
      (error, code, context) => {
        if (error) reject(error);
        else resolve({ code: code ?? 0, files: (context?.files ?? []) as VFile[], report });
      },
    );
  });
}

describe('the plugins in unified-engine (what lint-style tools and editors run)', () => {
  it('reports every cleaning change of an OCR page at its line and column with its rule id', async () => {
    const path = 'fixtures/000_1141d4d96c08d6f0.txt';
    const text = readFileSync(path, 'utf8');
    const expected = clean(text);
    const { code, files, report } = await runEngine([path], unified().use(sverkaClean, { changes: 'warning' }));
    expect(code).toBe(0); // warnings, not errors
    expect(files).toHaveLength(1);
    const messages = files[0]!.messages.filter((m) => m.actual !== undefined);
    expect(messages).toHaveLength(expected.changes.length);
    // the reporter prints one line per message: `line:column-line:column  warning  reason  rule  source`
    const lines = report.split('\n').filter((l) => /\bwarning\b/.test(l));
    expect(lines.length).toBeGreaterThanOrEqual(expected.changes.length);
    for (const c of expected.changes.slice(0, 40)) {
      const before = text.slice(0, c.start);
      const line = before.split('\n').length;
      const column = c.start - before.lastIndexOf('\n');
      expect(report).toContain(`${line}:${column}`);
      expect(report).toContain(c.rule);
    }
    expect(report).toMatch(/000_1141d4d96c08d6f0\.txt/);
  });

  it('--frail: warnings fail the run (exit code 1), as a CI check over a corpus would want', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sverka-engine-'));
    writeFileSync(join(dir, 'clean.txt'), 'Чистый текст без ошибок.\n');
    writeFileSync(join(dir, 'broken.txt'), 'Строка с пробелом в конце.  \nИ ещё одна.\n');
    const processor = unified().use(sverkaClean, { profile: 'plain', changes: 'warning' });
    const { code, files } = await runEngine([dir], processor, { frail: true });
    expect(code).toBe(1);
    const byName = Object.fromEntries(files.map((f) => [f.basename, f.messages.map((m) => [m.ruleId, m.line, m.column])]));
    expect(byName['clean.txt']).toEqual([]);
    expect(byName['broken.txt']).toEqual([['trailing-space', 1, 27]]);
  });

  it('runs the later stages too: segment and entity messages carry positions in the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sverka-engine-'));
    const text = 'Президент Беларуси Александр Лукашенко 12 марта 2024 года посетил Минск.\n';
    writeFileSync(join(dir, 'news.txt'), text);
    const processor = unified().use(sverkaClean, { changes: 'off' }).use(sverkaSegment).use(sverkaEntities, { report: true });
    const { code, files, report } = await runEngine([dir], processor);
    expect(code).toBe(0);
    const data = files[0]!.data as { sverka?: { entities?: { type: string; start: number; end: number; text: string }[] } };
    const entities = data.sverka?.entities ?? [];
    expect(entities.map((e) => e.type)).toEqual(expect.arrayContaining(['person', 'date', 'location']));
    for (const e of entities) expect(text.slice(e.start, e.end)).toBe(e.text);
    // one message per entity, at its place in the file
    const messages = files[0]!.messages.filter((m) => m.ruleId?.startsWith('entity-'));
    expect(messages).toHaveLength(entities.length);
    for (const [i, m] of messages.entries()) {
      expect(m.ruleId).toBe(`entity-${entities[i]!.type}`);
      expect(m.place).toMatchObject({ start: { line: 1, column: entities[i]!.start + 1, offset: entities[i]!.start }, end: { offset: entities[i]!.end } });
    }
    expect(report).toContain('entity-person');
  });
});
