import type { CleaningRule } from '../types.js';
import { encodingMojibake } from '../common/encoding-mojibake.js';
import { encodingInvisible } from '../common/encoding-invisible.js';
import { encodingNfc } from '../common/encoding-nfc.js';
import { encodingLigatures } from '../common/encoding-ligatures.js';
import { encodingNbsp } from '../common/encoding-nbsp.js';

/**
 * The encoding repairs every profile starts with, in order: mojibake first (it may
 * produce C1 controls or NBSP that the later rules would otherwise misread), then
 * invisible characters, NFC, ligatures and Unicode spaces.
 */
export const encodingRules: readonly CleaningRule[] = [encodingMojibake, encodingInvisible, encodingNfc, encodingLigatures, encodingNbsp];
