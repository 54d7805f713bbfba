// Readable reference: Manacher's algorithm with named steps and comments (same algorithm as efficient).
'use strict';

// Manacher's algorithm on s with '#' between letters, so odd and even palindromes look alike.
// radius[i] is how far the palindrome centred at i reaches; it equals the palindrome's length in s.
function longestPalindromeLength(s) {
  const t = '#' + s.split('').join('#') + '#';
  const radius = new Int32Array(t.length);
  let center = 0, right = 0; // the palindrome reaching furthest right so far
  let best = 0;
  for (let i = 0; i < t.length; i++) {
    let r = i < right ? Math.min(right - i, radius[2 * center - i]) : 0; // reuse the mirror's radius
    while (i - r - 1 >= 0 && i + r + 1 < t.length && t.charCodeAt(i - r - 1) === t.charCodeAt(i + r + 1)) r++;
    radius[i] = r;
    if (i + r > right) { center = i; right = i + r; }
    if (r > best) best = r;
  }
  return best;
}

console.log(String(longestPalindromeLength(require('fs').readFileSync(0, 'utf8').trim())));
