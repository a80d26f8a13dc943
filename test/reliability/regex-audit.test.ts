import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { checkSync } from 'recheck';

// Audit every regular expression in src/ for catastrophic backtracking: a static
// ReDoS check (recheck), and for patterns it cannot decide in time, a run against
// adversarial strings built from the pattern's own characters.

const SRC = new URL('../../src/', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

interface Found {
  where: string;
  source: string;
  flags: string;
  /** A `bounded-input:` comment on the line or the line above, saying why a polynomial worst case cannot bite. */
  waiver?: string;
}

function waiverAt(lines: string[], line: number): string | undefined {
  for (const l of [lines[line - 1], lines[line - 2]]) {
    const m = l?.match(/bounded-input:\s*(.+)/);
    if (m) return m[1]!.trim();
  }
  return undefined;
}

function collect(): Found[] {
  const out: Found[] = [];
  for (const file of files(SRC)) {
    const code = readFileSync(file, 'utf8');
    const lines = code.split('\n');
    const sf = ts.createSourceFile(file, code, ts.ScriptTarget.ES2022, true);
    const add = (node: ts.Node, source: string, flags: string): void => {
      const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      const waiver = waiverAt(lines, line);
      out.push({ where: `${relative(SRC, file)}:${line}`, source, flags, ...(waiver ? { waiver } : {}) });
    };
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const text = node.text;
        const slash = text.lastIndexOf('/');
        add(node, text.slice(1, slash), text.slice(slash + 1));
      } else if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp' && node.arguments?.[0] && ts.isStringLiteralLike(node.arguments[0])) {
        const flagsArg = node.arguments[1];
        add(node, node.arguments[0].text, flagsArg && ts.isStringLiteralLike(flagsArg) ? flagsArg.text : '');
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

/** Strings that make a backtracking engine work hard on this pattern, if anything does. */
function attacks(source: string): string[] {
  const chars = new Set<string>();
  for (const ch of source.replace(/\\[pP]\{[^}]*\}|\\[a-zA-Z]/g, '')) if (ch.trim() && !'()[]{}?*+|^$\\'.includes(ch)) chars.add(ch);
  for (const ch of ['a', 'а', '1', ' ', '-', '.', '@', '<', '«', '\n', 'A', 'http://']) chars.add(ch);
  const out: string[] = [];
  for (const ch of chars) out.push(ch.repeat(20_000) + '\u0000!');
  out.push('ab1 '.repeat(5_000) + '\u0000', 'a-'.repeat(10_000) + '\u0000', 'a.'.repeat(10_000) + '@');
  return out;
}

const found = collect();

describe('regular expression audit', () => {
  it('finds the patterns in src/', () => {
    expect(found.length).toBeGreaterThan(10);
  });

  it.each(found.map((f) => [f.where, f] as const))('%s', (_where, f) => {
    const result = checkSync(f.source, f.flags.replace(/[gy]/g, ''), { timeout: 1_500 });
    // A polynomial worst case is accepted only where the code says why its input is
    // bounded (e.g. one footnote); an exponential one never is.
    if (result.status === 'vulnerable' && !(result.complexity.type === 'polynomial' && f.waiver)) {
      throw new Error(`/${f.source}/${f.flags} is vulnerable (${result.complexity.type}); attack: ${JSON.stringify(result.attack?.string?.slice(0, 60))}`);
    }
    if (result.status === 'unknown' && !f.waiver) {
      const re = new RegExp(f.source, f.flags.replace(/[gy]/g, ''));
      for (const input of attacks(f.source)) {
        const t0 = performance.now();
        re.test(input);
        const ms = performance.now() - t0;
        expect(ms, `/${f.source}/ took ${ms.toFixed(0)} ms on a ${input.length}-char adversarial string`).toBeLessThan(250);
      }
    }
  });
});
