import type { Command } from '../command.js';
import { NotImplementedError } from '../../errors.js';

/** `sverka process` (not implemented yet). */
export const processCommand: Command = {
  name: 'process',
  summary: 'run the whole pipeline over files and folders (not implemented yet)',
  usage: 'Usage: sverka process ... (not implemented yet)',
  options: {},
  async run() {
    throw new NotImplementedError('process');
  },
};
