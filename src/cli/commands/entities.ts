import type { Command } from '../command.js';
import { NotImplementedError } from '../../errors.js';

/** `sverka entities` (not implemented yet). */
export const entitiesCommand: Command = {
  name: 'entities',
  summary: 'annotate typed entities (not implemented yet)',
  usage: 'Usage: sverka entities ... (not implemented yet)',
  options: {},
  async run() {
    throw new NotImplementedError('entities');
  },
};
