import type { VFile } from 'vfile';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LineIndex } from './position.js';

/** Where sverka messages say they come from (`message.source`). */
export const MESSAGE_SOURCE = 'sverka';

/**
 * Report a stage diagnostic as a vfile message: `error` → fatal (the file is marked
 * failed; nothing is thrown), `warning` → warning, `info` → info.
 */
export function reportDiagnostic(file: VFile, index: LineIndex, d: Diagnostic): void {
  const options = {
    ruleId: d.rule,
    source: MESSAGE_SOURCE,
    ...(d.start !== undefined ? { place: index.position(d.start, d.end ?? d.start) } : {}),
  };
  if (d.severity === 'info') {
    file.info(d.message, options);
    return;
  }
  const message = file.message(d.message, options);
  if (d.severity === 'error') message.fatal = true;
}
