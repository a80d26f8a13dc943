import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/command.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[], stdin: Uint8Array = new Uint8Array()): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stdin: async () => stdin,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

const FIXTURES = new URL('../../fixtures/', import.meta.url);
const fixtureFiles = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'));
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sverka-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectOneLineError(r: Run, pattern: RegExp): void {
  expect(r.code).not.toBe(0);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
}

describe('sverka CLI', () => {
  it('--help lists every subcommand', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    for (const name of ['clean', 'segment', 'cite', 'align', 'entities', 'process']) expect(r.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
  });

  it('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    const r = await run(['--version']);
    expect(r).toEqual({ code: 0, stdout: pkg.version + '\n', stderr: '' });
  });

  it('subcommand --help prints its usage', async () => {
    const r = await run(['clean', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: sverka clean/);
  });

  it.each(fixtureFiles)('clean %s --format json prints one valid JSON document', async (file) => {
    const path = join(FIXTURES.pathname, file);
    const r = await run(['clean', path, '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      text: string;
      lang: string;
      paragraphs: { start: number; end: number; sentences: { start: number; end: number }[] }[];
      changes: { start: number; end: number; before: string }[];
    };
    const original = readFileSync(path, 'utf8');
    expect(['ru', 'en']).toContain(doc.lang);
    expect(doc.paragraphs.length).toBeGreaterThan(0);
    for (const p of doc.paragraphs) {
      expect(p.start).toBeGreaterThanOrEqual(0);
      expect(p.end).toBeLessThanOrEqual(original.length);
      for (const s of p.sentences) {
        expect(s.start).toBeGreaterThanOrEqual(p.start);
        expect(s.end).toBeLessThanOrEqual(p.end);
      }
    }
    for (const c of doc.changes) expect(original.slice(c.start, c.end)).toBe(c.before);
  });

  it('reads standard input with -', async () => {
    const r = await run(['segment', '-', '--format', 'text'], Buffer.from('Первое предложение. Второе предложение.'));
    expect(r).toEqual({ code: 0, stdout: 'Первое предложение.\nВторое предложение.\n', stderr: '' });
  });

  it('writes --out atomically', async () => {
    const out = join(dir, 'out.md');
    const r = await run(['clean', join(FIXTURES.pathname, fixtureFiles[2]!), '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8').length).toBeGreaterThan(100);
  });

  describe('errors are one line on stderr with a non-zero exit', () => {
    it('missing file', async () => expectOneLineError(await run(['clean', join(dir, 'nope.txt')]), /nope\.txt: no such file/));
    it('a directory', async () => expectOneLineError(await run(['clean', dir]), /is a directory/));
    it('unknown option', async () => expectOneLineError(await run(['clean', '--frobnicate', 'x']), /frobnicate/));
    it('unknown command', async () => expectOneLineError(await run(['frobnicate']), /unknown command "frobnicate"/));
    it('unknown format', async () => expectOneLineError(await run(['clean', join(FIXTURES.pathname, fixtureFiles[2]!), '--format', 'xml']), /unknown --format "xml"/));
    it('unknown profile', async () => expectOneLineError(await run(['clean', join(FIXTURES.pathname, fixtureFiles[2]!), '--profile', 'magic']), /unknown profile "magic"/));
    it('binary input', async () => {
      const bin = join(dir, 'image.bin');
      writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
      expectOneLineError(await run(['clean', bin]), /binary/);
    });
    it('unknown encoding', async () => {
      expectOneLineError(await run(['clean', join(FIXTURES.pathname, fixtureFiles[2]!), '--encoding', 'klingon-8']), /unknown encoding "klingon-8"/);
    });
    it('a missing file argument', async () => {
      const r = await run(['clean']);
      expectOneLineError(r, /exactly one FILE/);
    });
    it('a file too large for any document, refused before it is read', async () => {
      const huge = join(dir, 'huge.txt');
      writeFileSync(huge, '');
      truncateSync(huge, 200 * 1048576); // sparse: no disk, no reading
      expectOneLineError(await run(['segment', huge]), /input is 200 MB; the maximum document is 64 Mi characters/);
    });
  });

  describe('an empty input is worked on, with one warning', () => {
    it.each([['clean'], ['segment'], ['cite'], ['entities']])('%s', async (command) => {
      const empty = join(dir, 'empty.txt');
      writeFileSync(empty, ' \n\n');
      const r = await run([command, empty]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe(`${empty}: warning: the input is empty (or white space only): there is nothing to work on [input-empty]\n`);
    });
  });

  describe('input encodings', () => {
    const text = 'Беларусь и Китай подписали меморандум о взаимопонимании в области ИКТ. Стороны обсудили перспективы сотрудничества.';
    it.each([
      ['utf-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), 'utf-8'],
      ['utf-16le with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'utf-16le'],
      ['utf-16be with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]), 'utf-16be'],
      ['windows-1251', iconv.encode(text, 'windows-1251'), 'windows-1251'],
      ['koi8-r', iconv.encode(text, 'koi8-r'), 'koi8-r'],
    ])('%s', async (_name, bytes, encoding) => {
      const file = join(dir, `in-${encoding}.txt`);
      writeFileSync(file, bytes);
      const r = await run(['segment', file]);
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout) as { encoding: string; paragraphs: { sentences: { text: string }[] }[] };
      expect(doc.encoding).toBe(encoding);
      expect(doc.paragraphs[0]!.sentences.map((s) => s.text).join(' ')).toBe(text);
    });
  });
});

describe('lazy subcommands', () => {
  it('each entry loads its command, with the same name and summary', async () => {
    const { commands } = await import('../../src/cli/main.js');
    for (const entry of commands) {
      const command = await entry.load();
      expect(command.name).toBe(entry.name);
      expect(command.summary.replace(/ \(not implemented yet\)$/, '')).toBe(entry.summary);
    }
  });
});

describe('sverka clean --glossary', () => {
  it('merges a user glossary and replaces its variants with --normalize-terms', async () => {
    const d = mkdtempSync(join(tmpdir(), 'sverka-gl-'));
    const glossary = join(d, 'g.json');
    writeFileSync(glossary, JSON.stringify({ terms: [{ id: 'ptp', preferred: { en: 'Hi-Tech Park' }, variants: { en: ['High Technologies Park', 'HTP Belarus'] }, source: 'test' }] }));
    const input = join(d, 'in.txt');
    writeFileSync(input, 'The residents of the High Technologies Park grew in number this year, the park said.\n');
    const r = await run(['clean', input, '--profile', 'plain', '--glossary', glossary, '--normalize-terms', '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { text: string; changes: { rule: string; before: string; after: string }[] };
    expect(doc.text).toContain('Hi-Tech Park');
    expect(doc.changes.some((c) => c.before === 'High Technologies Park' && c.after === 'Hi-Tech Park')).toBe(true);
    rmSync(d, { recursive: true, force: true });
  });

  it('a malformed glossary file is a one-line error', async () => {
    const d = mkdtempSync(join(tmpdir(), 'sverka-gl-'));
    const glossary = join(d, 'bad.json');
    writeFileSync(glossary, '{ terms: nope');
    const input = join(d, 'in.txt');
    writeFileSync(input, 'Text.\n');
    expectOneLineError(await run(['clean', input, '--glossary', glossary]), /--glossary .*not valid JSON/);
    rmSync(d, { recursive: true, force: true });
  });
});
