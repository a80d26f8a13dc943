import type { Profile } from '../types.js';
import { trailingSpace } from '../common/trailing-space.js';

/** The web profile (rules are added as they land). */
export const webProfile: Profile = {
  name: 'web',
  rules: [trailingSpace],
};
