#include <stdio.h>
#include <string.h>

static char s[200005];

int main(void) {
    if (scanf("%200000s", s) != 1) return 0;
    int n = (int)strlen(s), best = 0;
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
    printf("%d\n", best);
    return 0;
}
