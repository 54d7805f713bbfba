#include <iostream>
#include <sstream>
#include <string>
#include <vector>

// Substitutes %s placeholders and %% escapes without interpreting the template as a format.
std::string fill(const std::string &templ, const std::vector<std::string> &fields) {
    std::string out;
    size_t next_field = 0;
    for (size_t i = 0; i < templ.size(); i++) {
        if (templ[i] == '%' && i + 1 < templ.size() && templ[i + 1] == 's') {
            out += fields[next_field++];
            i++;
        } else if (templ[i] == '%' && i + 1 < templ.size() && templ[i + 1] == '%') {
            out += '%';
            i++;
        } else {
            out += templ[i];
        }
    }
    return out;
}

int main() {
    std::ios::sync_with_stdio(false);
    std::string templ, line;
    if (!std::getline(std::cin, templ)) return 0;
    if (!templ.empty() && templ.back() == '\r') templ.pop_back();
    std::getline(std::cin, line);
    int n = std::stoi(line);
    std::string out;
    for (int i = 0; i < n && std::getline(std::cin, line); i++) {
        std::istringstream tokens(line);
        std::vector<std::string> fields;
        for (std::string field; tokens >> field;) fields.push_back(field);
        out += fill(templ, fields) + "\n";
    }
    std::cout << out;
    return 0;
}
