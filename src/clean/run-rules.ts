import type { Change } from '../model/change.js';
import { Draft } from '../model/draft.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LanguageCode } from '../langid/types.js';
import type { CleanOptions, CleaningRule, Footnote, FootnoteMarker, ProfileName, RuleContext } from './types.js';

/** Everything a run of rules produced (before the note streams are finalised). */
export interface RuleRun {
  body: Draft;
  notes: { id: string; start: number; end: number; draft: Draft }[];
  footnotes: Footnote[];
  markers: FootnoteMarker[];
  meta: Record<string, string>;
  diagnostics: Diagnostic[];
  changes: Change[];
}

/**
 * Run rules in order over an original text. Body-scope rules edit the body draft;
 * note-scope rules edit each note's own draft (notes are taken out of the body by a
 * rule through `ctx.addNote`). Every edit is recorded as a change in original
 * coordinates. A rule that throws is reported and skipped: cleaning never crashes on
 * a bad rule/input combination, and the text it would have changed stays as it was.
 */
export function runRules(
  original: string,
  rules: readonly CleaningRule[],
  setup: { lang: LanguageCode; profile: ProfileName; options: Readonly<CleanOptions> },
): RuleRun {
  const body = new Draft(original, { scope: 'body' });
  const notes: RuleRun['notes'] = [];
  const footnotes: Footnote[] = [];
  const markers: FootnoteMarker[] = [];
  const meta: Record<string, string> = {};
  const diagnostics: Diagnostic[] = [];
  const disabled = new Set(setup.options.disable ?? []);

  // One context per stream, made on first use; `report` names the rule running now.
  let current: CleaningRule | null = null;
  const contexts = new Map<Draft, RuleContext>();
  const contextFor = (draft: Draft): RuleContext => {
    let ctx = contexts.get(draft);
    if (ctx) return ctx;
    ctx = {
      lang: setup.lang,
      profile: setup.profile,
      draft,
      footnotes,
      markers,
      meta,
      options: setup.options,
      report(d) {
        diagnostics.push({ severity: 'warning', ...d, rule: d.rule || (current?.id ?? '') });
      },
      addNote(note) {
        const block = draft.spanToOriginal(note.start, note.end);
        const textStart = draft.toOriginal(note.textStart, 'start');
        const noteDraft = new Draft(original, { base: textStart, limit: block.end, scope: `note:${note.id}` });
        notes.push({ id: note.id, start: block.start, end: block.end, draft: noteDraft });
      },
      addMarker(marker) {
        const span = draft.spanToOriginal(marker.start, marker.end);
        markers.push({ id: marker.id, ...span });
      },
    };
    contexts.set(draft, ctx);
    return ctx;
  };

  for (const rule of rules) {
    if (disabled.has(rule.id)) continue;
    const scope = rule.scope ?? 'body';
    const targets: Draft[] = [];
    if (scope === 'body' || scope === 'all') targets.push(body);
    if (scope === 'notes' || scope === 'all') for (const n of notes) targets.push(n.draft);
    current = rule;
    for (const draft of targets) {
      const ctx = contextFor(draft);
      try {
        const edits = rule.apply(draft.text, ctx);
        draft.apply(rule.id, edits, rule.description);
      } catch (error) {
        diagnostics.push({
          rule: rule.id,
          severity: 'error',
          message: `rule ${rule.id} failed and was skipped (${error instanceof Error ? error.message : String(error)}); please report this input`,
        });
      }
    }
  }

  for (const n of notes) footnotes.push({ id: n.id, start: n.start, end: n.end, text: n.draft.text.trim() });
  const changes = [...body.changes, ...notes.flatMap((n) => n.draft.changes)].sort((a, b) => a.start - b.start || a.end - b.end);
  markers.sort((a, b) => a.start - b.start);
  return { body, notes, footnotes, markers, meta, diagnostics, changes };
}
