import { randomInt } from 'node:crypto';
import { AgentVcError } from '@agentvc/core';
import { STATUS_LIST_LENGTH, STATUS_LIST_LIMITS } from './status-list-limits.js';

export interface AllocateIndexOptions {
  /** Whether an index is already in use, e.g. `(i) => allocated.getStatus(i)` or `(i) => used.has(i)`. */
  isTaken: (index: number) => boolean;
  length?: number;
  /** A uniform integer in [0, maxExclusive); injectable so tests can be deterministic. */
  random?: (maxExclusive: number) => number;
  /** Random draws before falling back to a scan; only a nearly full list gets that far. */
  maxProbes?: number;
}

/**
 * Picks a uniformly random free index in [0, length), or undefined when every index is taken.
 * Random rather than sequential because sequential indexes leak issuance order and volume.
 * Pure: the caller marks the returned index taken.
 */
export function allocateIndex({
  isTaken,
  length = STATUS_LIST_LENGTH,
  random = (maxExclusive: number) => randomInt(maxExclusive),
  maxProbes = 64
}: AllocateIndexOptions): number | undefined {
  if (typeof isTaken !== 'function' || typeof random !== 'function') {
    throw new AgentVcError('INVALID_OPTIONS', '"isTaken" and "random" must be functions.');
  }
  if (!Number.isInteger(length) || length <= 0 || length > STATUS_LIST_LIMITS.maxLength) {
    throw new AgentVcError('INVALID_OPTIONS', `"length" must be an integer in [1, ${STATUS_LIST_LIMITS.maxLength}].`);
  }
  if (!Number.isInteger(maxProbes) || maxProbes < 0) {
    throw new AgentVcError('INVALID_OPTIONS', '"maxProbes" must be a non-negative integer.');
  }
  const draw = (maxExclusive: number): number => {
    const value = random(maxExclusive);
    if (!Number.isInteger(value) || value < 0 || value >= maxExclusive) {
      throw new AgentVcError('INVALID_OPTIONS', `"random" returned ${String(value)}, outside [0, ${maxExclusive}).`);
    }
    return value;
  };

  // Rejection sampling: every draw is uniform over all indexes, so the first free one is uniform over the free ones.
  for (let probe = 0; probe < maxProbes; probe++) {
    const index = draw(length);
    if (!isTaken(index)) return index;
  }

  // Nearly full: count the free indexes and take the k-th. Taking the first free index after a random
  // offset instead would favour indexes that follow long taken runs.
  let free = 0;
  for (let index = 0; index < length; index++) if (!isTaken(index)) free++;
  if (free === 0) return undefined;
  let k = draw(free);
  for (let index = 0; index < length; index++) {
    if (!isTaken(index) && k-- === 0) return index;
  }
  return undefined; // only if isTaken changed between the two scans
}
