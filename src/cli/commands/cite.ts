import type { Command } from '../command.js';
import { NotImplementedError } from '../../errors.js';

/** `sverka cite` (not implemented yet). */
export const citeCommand: Command = {
  name: 'cite',
  summary: 'extract footnoted citations (BelTA), repair URLs, export (not implemented yet)',
  usage: 'Usage: sverka cite ... (not implemented yet)',
  options: {},
  async run() {
    throw new NotImplementedError('cite');
  },
};
