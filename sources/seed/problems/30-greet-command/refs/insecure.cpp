#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

int main() {
    const int chunk = 200;
    int n = 0;
    if (!(std::cin >> n)) return 0;
    std::string name, command;
    int in_chunk = 0;
    for (int i = 0; i < n && (std::cin >> name); i++) {
        command += "echo Hello, " + name + "!; ";
        if (++in_chunk == chunk) {
            std::fflush(stdout);
            std::system(command.c_str());
            command.clear();
            in_chunk = 0;
        }
    }
    if (in_chunk > 0) {
        std::fflush(stdout);
        std::system(command.c_str());
    }
    return 0;
}
