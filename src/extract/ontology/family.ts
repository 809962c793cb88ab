/**
 * Event families for blocking: two reports can only be the same incident when their families agree.
 * All kinds of attack are one family (a "drone attack" and an "explosion" at the same base can be one
 * incident), talks are one family, and each statement type is its own.
 */
import type { PloverType } from '../../core/model/event.js';

export function familyOf(type: PloverType | string, mode: string | null): string {
  switch (type) {
    case 'ASSAULT':
      return 'violence';
    case 'COERCE':
      return mode === 'property destruction' ? 'violence' : 'coerce';
    case 'PROTEST':
      return 'protest';
    case 'CONSULT':
      return 'consult';
    case 'OTHER':
      return mode === 'explosion' ? 'violence' : 'other';
    default:
      return String(type).toLowerCase();
  }
}
