#include <regex>
const std::regex handle_pattern("^([a-z0-9]+[.-]?)*[a-z0-9]$");
