#include <iostream>
#include <vector>
using namespace std;

static bool above(long long v, long long k) { return v > k; }

// Count and sum the values above k.
pair<int, long long> countBig(const vector<long long>& values, long long k) {
    int count = 0;
    long long total = 0;
    for (size_t i = 0; i < values.size(); ++i) {
        if (above(values[i], k)) {
            count += 1;
            total = total + values[i];
        }
    }
    return {count, total};
}

int main() {
    int n;
    long long k;
    cin >> n >> k;
    vector<long long> values(n);
    for (auto& v : values) cin >> v;
    auto result = countBig(values, k);
    cout << result.first << " " << result.second << endl;
    return 0;
}
