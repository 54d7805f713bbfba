#include <cstdio>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

int main() {
    std::string templ, line;
    if (!std::getline(std::cin, templ)) return 0;
    if (!templ.empty() && templ.back() == '\r') templ.pop_back();
    templ += "\n";
    std::getline(std::cin, line);
    int n = std::stoi(line);
    for (int i = 0; i < n && std::getline(std::cin, line); i++) {
        std::istringstream tokens(line);
        std::vector<std::string> fields(4);
        for (size_t j = 0; j < fields.size() && (tokens >> fields[j]); j++) {
        }
        std::printf(templ.c_str(), fields[0].c_str(), fields[1].c_str(), fields[2].c_str(), fields[3].c_str());
    }
    return 0;
}
