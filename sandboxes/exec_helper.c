/* themis exec helper: a tiny static process between the sandbox worker and the program.
 *
 * ru_maxrss counts the RSS a process had before exec, so a program forked directly from the
 * (Python) worker would never report less than the worker's ~9 MB. The worker execs this helper
 * instead; the helper forks the program from its own ~100 kB image, waits for it and writes the
 * program's wait status and rusage to fd 3:  "<status> <utime_us> <stime_us> <maxrss_kb>\n".
 *   usage: themis-exec PROGRAM [ARGS...]
 */
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#include <errno.h>

extern char **environ;

int main(int argc, char **argv) {
    if (argc < 2) return 125;
    pid_t pid = fork();
    if (pid < 0) { perror("themis-exec: fork"); return 126; }
    if (pid == 0) {
        close(3);
        execve(argv[1], argv + 1, environ);
        fprintf(stderr, "themis-exec: cannot execute %s: %s\n", argv[1], strerror(errno));
        _exit(127);
    }
    int status = 0;
    struct rusage usage;
    while (wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR) return 126;
    }
    char line[128];
    int n = snprintf(line, sizeof line, "%d %ld %ld %ld\n", status,
                     (long)usage.ru_utime.tv_sec * 1000000L + usage.ru_utime.tv_usec,
                     (long)usage.ru_stime.tv_sec * 1000000L + usage.ru_stime.tv_usec, usage.ru_maxrss);
    if (write(3, line, n) < 0) return 126;
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    return 128 + WTERMSIG(status);
}
