import { err, type Result } from 'neverthrow';
import { type InvalidInstant, invalidInstant } from '../errors.js';
import { PASSED } from './passed.js';

/**
 * An instant the rules count time with is a valid `Date`. An invalid one (`new Date('garbage')`)
 * compares false with everything, so without this check it would read as a closed window.
 * Returns `InvalidInstant` naming `field` otherwise.
 */
export const checkInstant = (instant: Date, field: string): Result<void, InvalidInstant> =>
  instant instanceof Date && !Number.isNaN(instant.getTime())
    ? PASSED
    : err(invalidInstant({ field }));
