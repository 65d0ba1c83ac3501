import { allocateIndex, STATUS_LIST_LENGTH } from '@agentvc/status-list';

// mulberry32: a tiny seeded PRNG so the distribution tests are deterministic.
function seededRandom(seed: number): (maxExclusive: number) => number {
  let state = seed >>> 0;
  return (maxExclusive) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * maxExclusive);
  };
}

function chiSquare(counts: Map<number, number>, expected: number): number {
  let sum = 0;
  for (const count of counts.values()) sum += (count - expected) ** 2 / expected;
  return sum;
}

describe('allocateIndex', () => {
  it('never returns a taken or duplicate index, and draws are not sequential', () => {
    const taken = new Set<number>();
    const draws: number[] = [];
    for (let i = 0; i < 5000; i++) {
      const index = allocateIndex({ isTaken: (n) => taken.has(n) });
      if (index === undefined || taken.has(index)) throw new Error(`bad index ${String(index)} at draw ${i}`);
      expect(Number.isInteger(index) && index >= 0 && index < STATUS_LIST_LENGTH).toBe(true);
      taken.add(index);
      draws.push(index);
    }
    expect(taken.size).toBe(5000);
    const steps = draws.slice(1).filter((index, i) => Math.abs(index - (draws[i] ?? 0)) === 1).length;
    expect(steps / draws.length).toBeLessThan(0.05);
    expect(draws).not.toEqual([...draws].sort((a, b) => a - b));
  });

  it('returns one of the k free indexes of a nearly full list, and undefined on a full one', () => {
    const free = new Set([5, 77_777, 131_071]);
    const seen = new Set<number>();
    for (let run = 0; run < 30; run++) {
      const index = allocateIndex({ isTaken: (n) => !free.has(n) });
      expect(free.has(index as number)).toBe(true);
      seen.add(index as number);
    }
    expect(seen.size).toBe(3);
    expect(allocateIndex({ isTaken: () => true })).toBeUndefined();
    expect(allocateIndex({ isTaken: () => true, length: 8, maxProbes: 0 })).toBeUndefined();
  });

  it.each([
    ['random probes', 64],
    ['fallback scan', 0]
  ])('chooses every free index with roughly uniform frequency (%s)', (_path, maxProbes) => {
    const taken = new Set([2, 5]);
    const random = seededRandom(20_240_601 + maxProbes);
    const counts = new Map([0, 1, 3, 4, 6, 7].map((index) => [index, 0]));
    const runs = 60_000;
    for (let run = 0; run < runs; run++) {
      const index = allocateIndex({ isTaken: (n) => taken.has(n), length: 8, random, maxProbes });
      if (index === undefined || !counts.has(index)) throw new Error(`bad index ${String(index)}`);
      counts.set(index, (counts.get(index) ?? 0) + 1);
    }
    // 5 degrees of freedom: p = 0.001 at 20.5.
    expect(chiSquare(counts, runs / counts.size)).toBeLessThan(20.5);
  });

  it('refuses bad options and a random source that strays out of range', () => {
    const isTaken = (): boolean => false;
    expect(() => allocateIndex({ isTaken, length: 0 })).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }));
    expect(() => allocateIndex({ isTaken, maxProbes: -1 })).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }));
    expect(() => allocateIndex({ isTaken, length: 8, random: () => 8 })).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }));
    expect(() => allocateIndex({ isTaken, random: () => 0.5 })).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }));
  });
});
