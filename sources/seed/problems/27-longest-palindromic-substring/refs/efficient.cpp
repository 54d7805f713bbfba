#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

// Manacher's algorithm on s with '#' between letters, so odd and even palindromes look alike.
// radius[i] is how far the palindrome centred at i reaches; it equals the palindrome's length in s.
int longestPalindromeLength(const std::string& s) {
    std::string t(2 * s.size() + 1, '#');
    for (size_t i = 0; i < s.size(); i++) t[2 * i + 1] = s[i];
    const int m = static_cast<int>(t.size());
    std::vector<int> radius(m, 0);
    int center = 0, right = 0, best = 0;  // the palindrome reaching furthest right so far
    for (int i = 0; i < m; i++) {
        int r = i < right ? std::min(right - i, radius[2 * center - i]) : 0;  // reuse the mirror's radius
        while (i - r - 1 >= 0 && i + r + 1 < m && t[i - r - 1] == t[i + r + 1]) r++;
        radius[i] = r;
        if (i + r > right) {
            center = i;
            right = i + r;
        }
        best = std::max(best, r);
    }
    return best;
}

int main() {
    std::string s;
    std::cin >> s;
    std::cout << longestPalindromeLength(s) << "\n";
    return 0;
}
