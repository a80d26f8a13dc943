import type { Profile } from '../types.js';
import { trailingSpace } from '../common/trailing-space.js';

/** The ocr profile (rules are added as they land). */
export const ocrProfile: Profile = {
  name: 'ocr',
  rules: [trailingSpace],
};
