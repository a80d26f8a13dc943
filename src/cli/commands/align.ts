import type { Command } from '../command.js';
import { NotImplementedError } from '../../errors.js';

/** `sverka align` (not implemented yet). */
export const alignCommand: Command = {
  name: 'align',
  summary: 'align Russian and English passages (not implemented yet)',
  usage: 'Usage: sverka align ... (not implemented yet)',
  options: {},
  async run() {
    throw new NotImplementedError('align');
  },
};
