import type { Profile } from '../types.js';
import { trailingSpace } from '../common/trailing-space.js';

/** The mt profile (rules are added as they land). */
export const mtProfile: Profile = {
  name: 'mt',
  rules: [trailingSpace],
};
