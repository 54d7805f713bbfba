#include <memory>
void f() {
    std::auto_ptr<int> owner(new int(3));
}
