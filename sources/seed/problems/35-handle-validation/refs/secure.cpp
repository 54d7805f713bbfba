#include <iostream>
#include <string>

// One left-to-right pass: word characters, single separators, no separator at either end.
bool is_valid_handle(const std::string &handle) {
    bool previous_was_separator = true;  // a handle may not start with a separator
    for (char c : handle) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            previous_was_separator = false;
        } else if ((c == '.' || c == '-') && !previous_was_separator) {
            previous_was_separator = true;
        } else {
            return false;
        }
    }
    return !handle.empty() && !previous_was_separator;
}

int main() {
    std::ios::sync_with_stdio(false);
    int n = 0;
    if (!(std::cin >> n)) return 0;
    std::string handle, out;
    for (int i = 0; i < n && (std::cin >> handle); i++) out += is_valid_handle(handle) ? "OK\n" : "BAD\n";
    std::cout << out;
    return 0;
}
