#include <iostream>
#include <string>

int main() {
    std::string s;
    std::cin >> s;
    int n = static_cast<int>(s.size()), best = 0;
    for (int c = 0; c < n; c++) {
        for (int k = 0; k < 2; k++) {
            int left = c, right = c + k;
            while (left >= 0 && right < n && s[left] == s[right]) {
                left--;
                right++;
            }
            if (right - left - 1 > best) best = right - left - 1;
        }
    }
    std::cout << best << "\n";
    return 0;
}
