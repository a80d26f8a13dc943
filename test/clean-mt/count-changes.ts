/**
 * Changes per rule and diagnostics per fixture (run: `npx tsx test/clean-mt/count-changes.ts fixtures/*.txt`).
 * A change merged from several rules counts for each of them.
 */
import { readFileSync } from 'node:fs';
import { clean } from '../../src/clean/clean.js';
for (const f of process.argv.slice(2)) {
  const t = readFileSync(f, 'utf8');
  const r = clean(t);
  const by = new Map<string, number>();
  for (const c of r.changes) for (const id of new Set([c.rule, ...(c.merged ?? [])])) by.set(id, (by.get(id) ?? 0) + 1);
  const dg = new Map<string, number>();
  for (const d of r.diagnostics) dg.set(`${d.rule}/${d.severity}`, (dg.get(`${d.rule}/${d.severity}`) ?? 0) + 1);
  console.log(`${f.split('/').pop()} profile=${r.profile.name} changes=${r.changes.length} notes=${r.footnotes.length} markers=${r.markers.length} in=${t.length} out=${r.text.length}`);
  console.log('  changes by rule (a change merged from several rules counts for each):', [...by].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', '));
  console.log('  diagnostics:', [...dg].map(([k, v]) => `${k} ${v}`).join(', ') || 'none');
}
