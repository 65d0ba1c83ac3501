/**
 * The candidate nearest to a mistyped `input`, for "did you mean": optimal-string-alignment
 * distance (a swapped pair of letters counts once), within a third of the word's length (at
 * least 1), so `identty` finds `identity` and `frobnicate` finds nothing.
 */
export function closestName(input: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(input.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance && distance <= Math.max(1, Math.floor(candidate.length / 3))) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** A "did you mean" suffix for a usage message, empty when nothing is close. */
export function didYouMean(input: string, candidates: Iterable<string>, prefix = ''): string {
  const closest = closestName(input, candidates);
  return closest === undefined ? '' : ` (did you mean "${prefix}${closest}"?)`;
}

// Levenshtein plus adjacent transposition; words here are a few letters, so the full table is fine.
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => rows[i]![j]!;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, at(i - 2, j - 2) + 1);
      rows[i]![j] = distance;
    }
  }
  return at(a.length, b.length);
}
