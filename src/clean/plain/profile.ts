import type { Profile } from '../types.js';
import { trailingSpace } from '../common/trailing-space.js';

/** The plain profile: only safe, universal whitespace repairs. */
export const plainProfile: Profile = {
  name: 'plain',
  rules: [trailingSpace],
};
