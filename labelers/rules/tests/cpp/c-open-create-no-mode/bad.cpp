#include <fcntl.h>

int create_log(const char *path) {
    return open(path, O_WRONLY | O_CREAT | O_APPEND);
}
