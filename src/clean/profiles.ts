import type { Profile, ProfileName } from './types.js';
import { ocrProfile } from './ocr/profile.js';
import { mtProfile } from './mt/profile.js';
import { webProfile } from './web/profile.js';
import { plainProfile } from './plain/profile.js';

/** All cleaning profiles by name. */
export const profiles: Readonly<Record<ProfileName, Profile>> = {
  ocr: ocrProfile,
  mt: mtProfile,
  web: webProfile,
  plain: plainProfile,
};
