/* themis exec helper: a tiny static process between the sandbox worker and the program.
 *
 * 1. Confinement. The worker starts this helper with posix_spawn (vfork-based: no copy of the worker's
 *    page tables, which costs ~2.5 ms on this kind of VM) and the helper does the per-run set-up the
 *    options ask for, in argv order: join cgroups, set rlimits, drop to an unprivileged uid (no
 *    supplementary groups, no_new_privs, so no capabilities are left), chdir.
 * 2. Measurement. ru_maxrss counts the RSS a process had before exec, so a program started straight from
 *    the (Python) worker would never report less than the worker's ~9 MB. The helper vforks the program
 *    from its own few-kB image, waits for it and writes the program's wait status and rusage to fd 3:
 *    "<status> <utime_us> <stime_us> <maxrss_kb>\n".
 *
 *   usage: themis-exec [OPTIONS --] PROGRAM [ARGS...]
 *     --cgroup DIR                join DIR (writes the helper's pid to DIR/cgroup.procs; the program inherits it)
 *     --rlimit NAME=SOFT:HARD     NAME: cpu nproc fsize nofile core stack as
 *     --uid UID                   setgroups([]), setgid(UID), setuid(UID), PR_SET_NO_NEW_PRIVS
 *     --cwd DIR                   chdir(DIR) (the worker passes it after --uid: the directory is the run's)
 *   Without options (the Docker backend) only the measurement part runs.
 *   A set-up failure is written to fd 3 as "error <message>\n" (exit 125): the run is a sandbox error.
 *
 * Built with -nostdlib on x86_64 (THEMIS_NOLIBC: raw system calls, own _start): the start-up of a static
 * glibc binary (CPU feature probing with cpuid, which traps to the hypervisor, TLS, IRELATIVE relocations)
 * costs ~0.3 ms per run on a VM, a -nostdlib one ~0.05 ms. Elsewhere it is built against libc.
 */
#include <asm/unistd.h>
#include <linux/fcntl.h>
#include <linux/prctl.h>
#include <linux/resource.h>

#define REPORT_FD 3
#define EXIT_SETUP_FAILED 125

/* ------------------------------------------------------------------ system calls (return -errno on failure) */
#ifdef THEMIS_NOLIBC
#ifndef __x86_64__
#error "THEMIS_NOLIBC is x86_64 only; build without it elsewhere"
#endif
static inline __attribute__((always_inline)) long sys(long n, long a, long b, long c, long d, long e) {
    long ret;
    register long r10 __asm__("r10") = d;
    register long r8 __asm__("r8") = e;
    __asm__ volatile("syscall" : "=a"(ret) : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8) : "rcx", "r11", "memory");
    return ret;
}

/* vfork + execve in one asm block: the child shares our stack, so it must not touch it (no calls, no spills)
 * before it execs or exits; it only stores the exec error through exec_error. Returns the pid or -errno. */
static long vfork_exec(const char *path, char *const argv[], char *const envp[], volatile long *exec_error) {
    long ret;
    register volatile long *error __asm__("r8") = exec_error;
    __asm__ volatile(
        "mov %[vfork], %%eax\n\t"
        "syscall\n\t"
        "test %%rax, %%rax\n\t"
        "jnz 1f\n\t"
        "mov %[execve], %%eax\n\t" /* child: rdi, rsi, rdx survive the vfork syscall */
        "syscall\n\t"
        "neg %%rax\n\t"
        "mov %%rax, (%%r8)\n\t"
        "mov %[exit_group], %%eax\n\t"
        "mov $127, %%edi\n\t"
        "syscall\n\t"
        "1:\n\t"
        : "=&a"(ret)
        : "D"(path), "S"(argv), "d"(envp), "r"(error), [vfork] "i"(__NR_vfork), [execve] "i"(__NR_execve),
          [exit_group] "i"(__NR_exit_group)
        : "rcx", "r11", "memory");
    return ret;
}

static long helper(int argc, char **argv, char **envp);

__attribute__((used, noreturn)) void start_c(long *stack) {
    int argc = (int)stack[0];
    char **argv = (char **)(stack + 1);
    sys(__NR_exit_group, helper(argc, argv, argv + argc + 1), 0, 0, 0, 0);
    __builtin_unreachable();
}

/* The kernel enters with the stack pointing at argc; align it for the C ABI and never return. */
__asm__(".text\n.global _start\n_start:\n\txor %rbp, %rbp\n\tmov %rsp, %rdi\n\tand $-16, %rsp\n\tcall start_c\n\thlt\n");

#else
#include <errno.h>
#include <unistd.h>

static long sys(long n, long a, long b, long c, long d, long e) {
    long ret = syscall(n, a, b, c, d, e);
    return ret < 0 ? -errno : ret;
}

static long vfork_exec(const char *path, char *const argv[], char *const envp[], volatile long *exec_error) {
    pid_t pid = vfork();
    if (pid == 0) {
        execve(path, argv, envp);
        *exec_error = errno;
        _exit(127);
    }
    return pid < 0 ? -errno : pid;
}

static long helper(int argc, char **argv, char **envp);

int main(int argc, char **argv, char **envp) { return (int)helper(argc, argv, envp); }
#endif

/* ------------------------------------------------------------------ small string helpers */
static int same(const char *a, const char *b) {
    while (*a && *a == *b) a++, b++;
    return *a == *b;
}

/* Parses an unsigned decimal at *text; advances *text past it. */
static unsigned long long number(const char **text) {
    unsigned long long value = 0;
    while (**text >= '0' && **text <= '9') value = value * 10 + (unsigned long long)(*(*text)++ - '0');
    return value;
}

/* Appends text / a decimal to buf at *at (bounded by size). */
static void put(char *buf, unsigned long size, unsigned long *at, const char *text) {
    while (*text && *at + 1 < size) buf[(*at)++] = *text++;
    buf[*at] = '\0';
}

static void put_number(char *buf, unsigned long size, unsigned long *at, long long value) {
    char digits[24];
    int n = 0;
    unsigned long long magnitude = value < 0 ? (unsigned long long)-value : (unsigned long long)value;
    do digits[n++] = (char)('0' + magnitude % 10); while (magnitude /= 10);
    if (value < 0) digits[n++] = '-';
    char text[24];
    for (int i = 0; i < n; i++) text[i] = digits[n - 1 - i];
    text[n] = '\0';
    put(buf, size, at, text);
}

/* ------------------------------------------------------------------ set-up */
static void fail(const char *what, const char *arg, long error) {
    char line[4200];
    unsigned long at = 0;
    put(line, sizeof line, &at, "error themis-exec: ");
    put(line, sizeof line, &at, what);
    put(line, sizeof line, &at, " ");
    put(line, sizeof line, &at, arg);
    put(line, sizeof line, &at, ": errno ");
    put_number(line, sizeof line, &at, -error);
    put(line, sizeof line, &at, "\n");
    sys(__NR_write, REPORT_FD, (long)line, (long)at, 0, 0);
    sys(__NR_exit_group, EXIT_SETUP_FAILED, 0, 0, 0, 0);
}

static void join_cgroup(const char *dir) {
    char path[4096], pid[24];
    unsigned long at = 0, pid_len = 0;
    put(path, sizeof path, &at, dir);
    put(path, sizeof path, &at, "/cgroup.procs");
    put_number(pid, sizeof pid, &pid_len, sys(__NR_getpid, 0, 0, 0, 0, 0));
    long fd = sys(__NR_openat, AT_FDCWD, (long)path, O_WRONLY | O_CLOEXEC, 0, 0);
    if (fd < 0) fail("cannot join cgroup", dir, fd);
    long written = sys(__NR_write, fd, (long)pid, (long)pid_len, 0, 0);
    if (written < 0) fail("cannot join cgroup", dir, written);
    sys(__NR_close, fd, 0, 0, 0, 0);
}

static void set_rlimit(const char *spec) { /* NAME=SOFT:HARD */
    static const struct { const char *name; int resource; } names[] = {
        {"cpu", RLIMIT_CPU}, {"nproc", RLIMIT_NPROC}, {"fsize", RLIMIT_FSIZE}, {"nofile", RLIMIT_NOFILE},
        {"core", RLIMIT_CORE}, {"stack", RLIMIT_STACK}, {"as", RLIMIT_AS},
    };
    char name[16];
    unsigned long n = 0;
    while (spec[n] && spec[n] != '=' && n + 1 < sizeof name) name[n] = spec[n], n++;
    name[n] = '\0';
    int resource = -1;
    for (unsigned long i = 0; i < sizeof names / sizeof names[0]; i++)
        if (same(names[i].name, name)) resource = names[i].resource;
    const char *text = spec + n;
    if (resource < 0 || *text++ != '=') fail("bad --rlimit", spec, -22);
    struct rlimit64 limit;
    limit.rlim_cur = number(&text);
    if (*text++ != ':') fail("bad --rlimit", spec, -22);
    limit.rlim_max = number(&text);
    if (*text != '\0') fail("bad --rlimit", spec, -22);
    long error = sys(__NR_prlimit64, 0, resource, (long)&limit, 0, 0);
    if (error < 0) fail("setrlimit", spec, error);
}

static void drop_to(const char *uid_text) {
    const char *text = uid_text;
    long uid = (long)number(&text);
    long error = sys(__NR_setgroups, 0, 0, 0, 0, 0);
    if (error == 0) error = sys(__NR_setgid, uid, 0, 0, 0, 0);
    if (error == 0) error = sys(__NR_setuid, uid, 0, 0, 0, 0);
    if (error < 0) fail("cannot drop to uid", uid_text, error);
    error = sys(__NR_prctl, PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
    if (error < 0) fail("no_new_privs", uid_text, error);
}

/* Applies the options in argv order; returns the index of PROGRAM. */
static int confine(int argc, char **argv) {
    int i = 1;
    while (i < argc && argv[i][0] == '-' && argv[i][1] == '-') {
        const char *option = argv[i];
        if (same(option, "--")) return i + 1;
        if (i + 1 >= argc) fail("missing value for", option, -22);
        const char *value = argv[i + 1];
        if (same(option, "--cgroup")) join_cgroup(value);
        else if (same(option, "--rlimit")) set_rlimit(value);
        else if (same(option, "--uid")) drop_to(value);
        else if (same(option, "--cwd")) {
            long error = sys(__NR_chdir, (long)value, 0, 0, 0, 0);
            if (error < 0) fail("cannot chdir to", value, error);
        } else fail("unknown option", option, -22);
        i += 2;
    }
    return i;
}

/* ------------------------------------------------------------------ run and report */
static long helper(int argc, char **argv, char **envp) {
    sys(__NR_fcntl, REPORT_FD, F_SETFD, FD_CLOEXEC, 0, 0); /* the report channel is the helper's, never the program's */
    int first = confine(argc, argv);
    if (first >= argc) fail("no program", "", -22);
    volatile long exec_error = 0;
    long pid = vfork_exec(argv[first], argv + first, envp, &exec_error);
    if (pid < 0) fail("cannot fork", argv[first], pid);
    int status = 0;
    struct rusage usage;
    long waited;
    while ((waited = sys(__NR_wait4, pid, (long)&status, 0, (long)&usage, 0)) == -4) { /* EINTR */ }
    if (waited < 0) return 126;
    if (exec_error) { /* the program's stderr says why it did not start; its status is exit 127 */
        char line[4200];
        unsigned long at = 0;
        put(line, sizeof line, &at, "themis-exec: cannot execute ");
        put(line, sizeof line, &at, argv[first]);
        put(line, sizeof line, &at, ": errno ");
        put_number(line, sizeof line, &at, exec_error);
        put(line, sizeof line, &at, "\n");
        sys(__NR_write, 2, (long)line, (long)at, 0, 0);
    }
    char line[128];
    unsigned long at = 0;
    put_number(line, sizeof line, &at, status);
    put(line, sizeof line, &at, " ");
    put_number(line, sizeof line, &at, (long long)usage.ru_utime.tv_sec * 1000000 + usage.ru_utime.tv_usec);
    put(line, sizeof line, &at, " ");
    put_number(line, sizeof line, &at, (long long)usage.ru_stime.tv_sec * 1000000 + usage.ru_stime.tv_usec);
    put(line, sizeof line, &at, " ");
    put_number(line, sizeof line, &at, usage.ru_maxrss);
    put(line, sizeof line, &at, "\n");
    if (sys(__NR_write, REPORT_FD, (long)line, (long)at, 0, 0) < 0) return 126;
    if ((status & 0x7f) == 0) return (status >> 8) & 0xff; /* exited */
    return 128 + (status & 0x7f);
}
