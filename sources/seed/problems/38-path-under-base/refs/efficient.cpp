#include <iostream>
#include <sstream>
#include <string>
#include <vector>

const std::string kBase = "/srv/files";

// Lexical normalisation: drop empty and "." components, ".." removes the previous one.
std::string normalize(const std::string &path) {
    std::vector<std::string> parts;
    std::istringstream stream(path);
    for (std::string part; std::getline(stream, part, '/');) {
        if (part.empty() || part == ".") continue;
        if (part == "..") {
            if (!parts.empty()) parts.pop_back();
        } else {
            parts.push_back(part);
        }
    }
    std::string out;
    for (const auto &part : parts) out += "/" + part;
    return out.empty() ? "/" : out;
}

// Normalise first, then check containment on whole path components.
std::string resolve(const std::string &request) {
    std::string path = normalize(kBase + "/" + request);
    bool inside = path == kBase || path.compare(0, kBase.size() + 1, kBase + "/") == 0;
    return inside ? path : "REJECTED";
}

int main() {
    std::ios::sync_with_stdio(false);
    int n = 0;
    if (!(std::cin >> n)) return 0;
    std::string request, out;
    for (int i = 0; i < n && (std::cin >> request); i++) out += resolve(request) + "\n";
    std::cout << out;
    return 0;
}
