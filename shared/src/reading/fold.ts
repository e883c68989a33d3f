const PLAIN: Record<string, string> = {};
for (const [plain, accented] of [
  ['a', 'àáâãäåÀÁÂÃÄÅ'],
  ['c', 'çÇ'],
  ['e', 'èéêëÈÉÊË'],
  ['i', 'ìíîïÌÍÎÏ'],
  ['n', 'ñÑ'],
  ['o', 'òóôõöÒÓÔÕÖ'],
  ['u', 'ùúûüÙÚÛÜ'],
  ['y', 'ýÿÝ'],
  ["'", '’‘`´'],
] as const) {
  for (const char of accented) PLAIN[char] = plain;
}

/**
 * Lower-cases a text and drops French accents one character for one, so that cue patterns can
 * use ASCII word boundaries (JavaScript's `\b` does not see é as a letter) and indices still match.
 */
export function foldText(text: string): string {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) {
    // A few letters (İ) lower-case to two code units; keep those as they are.
    lower = text.replace(/[^]/gu, (char) => {
      const low = char.toLowerCase();
      return low.length === char.length ? low : char;
    });
  }
  return lower.replace(/[À-ÿ’‘`´]/g, (char) => PLAIN[char] ?? char);
}
