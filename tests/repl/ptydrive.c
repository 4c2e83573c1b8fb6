/* ptydrive.c — a tiny `expect` for the REPL tests: runs a command on a
 * pseudo-terminal and plays a script read from stdin against it.
 *
 *   ptydrive [-t SECONDS] -- command args...  < script
 *
 * Script lines (C escapes \r \n \t \e \\ \xHH in the text):
 *   send TEXT      write TEXT to the terminal
 *   expect TEXT    wait until TEXT appears in the output after the last match
 *   absent TEXT    fail if TEXT appeared in the output after the last match
 *   sleep MS       let the child run for MS milliseconds, collecting output
 *   exit STATUS    wait for the child to exit with STATUS
 *   show           print the cleaned transcript so far (debugging)
 *   # ...          a comment
 * Matching is done on the output with terminal escape sequences, carriage
 * returns and bells removed, so it does not depend on how the line editor
 * redraws; "\r ESC [ K" erases the line it returns to.  On failure the
 * cleaned transcript is printed and the status is 1.  $PTYDRIVE_RAW=FILE
 * keeps every byte the command wrote, for debugging.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int master = -1;
static pid_t child;
static char *out;               /* cleaned output */
static size_t out_len, out_cap, mark;
static int esc_state;           /* 0 text, 1 after ESC, 2 in CSI, 3 in OSC */
static double timeout_s = 5.0;
static int child_status = -1;
static FILE *raw_log;           /* $PTYDRIVE_RAW: every byte the child wrote */

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Erase-line support: "\r ESC [ K" (what the REPL sends before output that
 * interrupts the line being edited) removes that line from the transcript,
 * so tests can check that background output starts on a line of its own. */
static int at_col0;             /* the last byte was '\r' */
static size_t line_start;       /* offset of the current line in out */
static char csi[16];
static size_t csi_len;

static void add_clean(unsigned char c) {
    switch (esc_state) {
    case 1:
        esc_state = c == '[' ? 2 : c == ']' ? 3 : 0;
        csi_len = 0;
        return;
    case 2:
        if (c >= 0x40 && c <= 0x7e) {
            esc_state = 0;
            if (c == 'K' && at_col0 && (csi_len == 0 || (csi_len == 1 && csi[0] == '0'))) {
                out_len = line_start;
                if (out) out[out_len] = 0;
                /* Matching may restart at the newline before the erased line. */
                if (mark >= out_len) mark = out_len ? out_len - 1 : 0;
            }
        } else if (csi_len < sizeof csi) {
            csi[csi_len++] = (char)c;
        }
        return;
    case 3:
        if (c == 7) esc_state = 0;
        return;
    }
    if (c == 27) { esc_state = 1; return; }
    if (c == '\r') { at_col0 = 1; return; }
    if (c == 7) return;
    at_col0 = 0;
    if (out_len + 1 >= out_cap) {
        out_cap = out_cap ? out_cap * 2 : 4096;
        out = realloc(out, out_cap);
        if (!out) exit(3);
    }
    out[out_len++] = (char)c;
    out[out_len] = 0;
    if (c == '\n') line_start = out_len;
}

/* Read what the child wrote, waiting at most ms milliseconds; false at EOF. */
static int pump(int ms) {
    struct pollfd p = {master, POLLIN, 0};
    int r = poll(&p, 1, ms);
    if (r <= 0) return 1;
    unsigned char buf[4096];
    ssize_t n = read(master, buf, sizeof buf);
    if (n <= 0) return 0;
    if (raw_log) fwrite(buf, 1, (size_t)n, raw_log);
    for (ssize_t i = 0; i < n; i++) add_clean(buf[i]);
    return 1;
}

static void fail(const char *what, const char *text) {
    fprintf(stdout, "ptydrive: %s: \"%s\"\n--- transcript ---\n%s\n--- end ---\n", what, text, out ? out : "");
    if (child > 0) kill(child, SIGKILL);
    exit(1);
}

static size_t unescape(char *s) {
    char *w = s;
    for (char *r = s; *r; r++) {
        if (*r != '\\' || !r[1]) { *w++ = *r; continue; }
        r++;
        switch (*r) {
        case 'r': *w++ = '\r'; break;
        case 'n': *w++ = '\n'; break;
        case 't': *w++ = '\t'; break;
        case 'e': *w++ = 27; break;
        case 'x': {
            unsigned v = 0;
            for (int k = 0; k < 2 && r[1]; k++) {
                char c = *++r;
                v = v * 16 + (unsigned)(c <= '9' ? c - '0' : (c | 32) - 'a' + 10);
            }
            *w++ = (char)v;
            break;
        }
        default: *w++ = *r; break;
        }
    }
    *w = 0;
    return (size_t)(w - s);
}

static void do_expect(const char *text) {
    double end = now() + timeout_s;
    for (;;) {
        char *hit = out ? strstr(out + mark, text) : NULL;
        if (hit) {
            mark = (size_t)(hit - out) + strlen(text);
            return;
        }
        double left = end - now();
        if (left <= 0) fail("timeout waiting for", text);
        if (!pump((int)(left * 1000) + 1)) {
            hit = out ? strstr(out + mark, text) : NULL;
            if (hit) { mark = (size_t)(hit - out) + strlen(text); return; }
            fail("child closed the terminal before", text);
        }
    }
}

static void do_exit(int want) {
    double end = now() + timeout_s;
    while (now() < end) {
        pump(20);
        int st;
        pid_t r = waitpid(child, &st, WNOHANG);
        if (r == child) {
            while (pump(10)) if (!pump(0)) break;
            child_status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
            child = 0;
            if (child_status != want) {
                char msg[64];
                snprintf(msg, sizeof msg, "%d (wanted %d)", child_status, want);
                fail("exit status", msg);
            }
            return;
        }
    }
    fail("child did not exit", "");
}

int main(int argc, char **argv) {
    int i = 1;
    if (i + 1 < argc && strcmp(argv[i], "-t") == 0) {
        timeout_s = atof(argv[i + 1]);
        i += 2;
    }
    if (i < argc && strcmp(argv[i], "--") == 0) i++;
    if (i >= argc) {
        fputs("usage: ptydrive [-t SECONDS] -- command args... < script\n", stderr);
        return 2;
    }
    if (getenv("PTYDRIVE_RAW")) raw_log = fopen(getenv("PTYDRIVE_RAW"), "wb");
    struct winsize ws = {24, 80, 0, 0};
    child = forkpty(&master, NULL, NULL, &ws);
    if (child < 0) { perror("forkpty"); return 2; }
    if (child == 0) {
        execvp(argv[i], argv + i);
        perror(argv[i]);
        _exit(127);
    }
    char line[4096];
    while (fgets(line, sizeof line, stdin)) {
        size_t n = strlen(line);
        if (n && line[n - 1] == '\n') line[--n] = 0;
        char *arg = strchr(line, ' ');
        if (arg) *arg++ = 0; else arg = line + n;
        if (line[0] == '#' || line[0] == 0) continue;
        if (strcmp(line, "send") == 0) {
            size_t k = unescape(arg);
            if (write(master, arg, k) != (ssize_t)k) fail("write failed", arg);
            pump(0);
        } else if (strcmp(line, "expect") == 0) {
            unescape(arg);
            do_expect(arg);
        } else if (strcmp(line, "absent") == 0) {
            unescape(arg);
            if (out && strstr(out + mark, arg)) fail("unexpected output", arg);
        } else if (strcmp(line, "sleep") == 0) {
            double end = now() + atoi(arg) / 1000.0;
            while (now() < end) pump((int)((end - now()) * 1000) + 1);
        } else if (strcmp(line, "show") == 0) {
            fputs(out ? out : "", stdout);
            fputs("\n--- end ---\n", stdout);
        } else if (strcmp(line, "exit") == 0) {
            do_exit(atoi(arg));
        } else {
            fail("unknown script command", line);
        }
    }
    if (child > 0) {
        kill(child, SIGKILL);
        waitpid(child, NULL, 0);
    }
    return 0;
}
