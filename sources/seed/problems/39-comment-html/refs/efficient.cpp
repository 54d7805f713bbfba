#include <iostream>
#include <string>

// Replaces the five HTML-significant characters with character references.
std::string escape_html(const std::string &value) {
    std::string out;
    for (char c : value) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

int main() {
    std::ios::sync_with_stdio(false);
    std::string line;
    int n = std::getline(std::cin, line) ? std::stoi(line) : 0;
    std::string out = "<ul>\n";
    for (int i = 0; i < n && std::getline(std::cin, line); i++) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        size_t space = line.find(' ');
        std::string author = line.substr(0, space);
        std::string text = space == std::string::npos ? "" : line.substr(space + 1);
        out += "<li><b>" + escape_html(author) + "</b>: " + escape_html(text) + "</li>\n";
    }
    out += "</ul>\n";
    std::cout << out;
    return 0;
}
