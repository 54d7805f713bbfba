#include <memory>
void f() {
    std::unique_ptr<int> owner(new int(3));
}
