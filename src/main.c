/* main.c — the command line, as `python3` does it: a script, -c CODE,
 * -m MODULE, a program on stdin, and asp's own --dis / --tokens / --ast
 * dumps; exit statuses for uncaught exceptions, SystemExit and
 * KeyboardInterrupt.
 *
 * Invariant: every path out of main flushes sys.stdout/stderr and every open
 * file first; a failure to flush stdout turns the status into 120 as CPython.
 */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "../runtime/abstract.h"
#include "../runtime/containers.h"
#include "../runtime/errors.h"
#include "../runtime/file.h"
#include "../runtime/interp.h"
#include "../runtime/module.h"
#include "../runtime/names.h"
#include "../runtime/str.h"
#include "compile.h"
#include "parse.h"
#include "repl.h"
#include "vm.h"

#define VERSION_TEXT REPL_VERSION

/* The signal handler's only way to reach the interpreter. */
static Thread *volatile main_thread;

static void on_sigint(int sig) {
    (void)sig;
    if (main_thread) main_thread->interrupt = 1;
}

static void usage(FILE *out) {
    fputs("usage: asp [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
          "Options:\n"
          "  -c cmd     program passed in as string (terminates option list)\n"
          "  -m mod     run library module as a script (terminates option list)\n"
          "  -i         inspect interactively after running script\n"
          "  -h         print this help message and exit (also --help)\n"
          "  -V         print the version and exit (also --version)\n"
          "  --dis FILE     disassemble FILE's bytecode\n"
          "  --tokens FILE  print FILE's tokens\n"
          "  --ast FILE     print FILE's syntax tree\n"
          "  file       program read from script file\n"
          "  -          program read from stdin (default; interactive mode if a tty)\n"
          "  arg ...    arguments passed to program in sys.argv[1:]\n",
          out);
}

/* A bad command line: CPython's short usage on stderr, status 2. */
static int bad_usage(void) {
    fputs("usage: asp [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
          "Try `asp -h' for more information.\n",
          stderr);
    return 2;
}

/* os.path.abspath: absolute and normalised, symlinks kept. */
static char *abspath(const char *p) {
    char cwd[PATH_MAX];
    StrBuf b;
    sb_init(&b);
    if (p[0] != '/') {
        if (!getcwd(cwd, sizeof cwd)) strcpy(cwd, ".");
        sb_adds(&b, cwd);
        sb_addc(&b, '/');
    }
    sb_adds(&b, p);
    sb_addc(&b, 0);
    char *in = b.p;
    char *out = GC_MALLOC_ATOMIC(strlen(in) + 2);
    size_t o = 0;
    for (char *s = in; *s;) {
        while (*s == '/') s++;
        if (!*s) break;
        char *e = strchr(s, '/');
        size_t n = e ? (size_t)(e - s) : strlen(s);
        if (n == 1 && s[0] == '.') {
        } else if (n == 2 && s[0] == '.' && s[1] == '.') {
            while (o > 0 && out[o - 1] != '/') o--;
            if (o > 0) o--;
        } else {
            out[o++] = '/';
            memcpy(out + o, s, n);
            o += n;
        }
        s += n;
    }
    if (o == 0) out[o++] = '/';
    out[o] = 0;
    return out;
}

static char *dirname_of(const char *abs) {
    char *d = GC_MALLOC_ATOMIC(strlen(abs) + 1);
    strcpy(d, abs);
    char *slash = strrchr(d, '/');
    if (slash == d) d[1] = 0;
    else if (slash) *slash = 0;
    return d;
}

static char *read_all_fd(FILE *f, size_t *len) {
    size_t cap = 8192, n = 0;
    char *buf = GC_MALLOC_ATOMIC(cap + 1);
    size_t k;
    while ((k = fread(buf + n, 1, cap - n, f)) > 0) {
        n += k;
        if (n == cap) {
            char *nb = GC_MALLOC_ATOMIC(cap * 2 + 1);
            memcpy(nb, buf, n);
            buf = nb;
            cap *= 2;
        }
    }
    buf[n] = 0;
    *len = n;
    return buf;
}

/* Read a script; prints CPython's "can't open file" message and returns NULL on failure. */
static char *read_script(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        int e = errno;
        fprintf(stderr, "asp: can't open file '%s': [Errno %d] %s\n", abspath(path), e, strerror(e));
        return NULL;
    }
    char *src = read_all_fd(f, len);
    fclose(f);
    return src;
}

static void flush_stdout(void) {
    Interp *in = TH()->interp;
    if (in->stdout && file_check(in->stdout)) {
        Value saved = rt_exc_fetch();
        if (!file_flush(in->stdout)) rt_exc_clear();
        TH()->exc = saved;
    }
}

/* Status for the exception that ended the program (printing it). */
static int report(Value exc) {
    flush_stdout();
    if (IS_INSTANCE(exc, &exc_SystemExit)) return exc_system_exit_status(exc);
    exc_print(exc);
    if (IS_INSTANCE(exc, &exc_KeyboardInterrupt)) return 130;
    return 1;
}

static int finish(int status) {
    if (!interp_flush_all()) {
        rt_exc_clear();
        return 120;
    }
    rt_exc_clear();
    Interp *in = TH()->interp;
    if (in->stderr && file_check(in->stderr)) file_flush(in->stderr);
    return status;
}

static Value main_module(Value file) {
    Interp *in = TH()->interp;
    Value m = module_new(NM(__main__));
    Value d = module_dict(m);
    Value bm = dict_get_cstr(in->modules, "builtins");
    dict_set_str(d, NM(__builtins__), bm ? bm : in->builtins);
    if (file) dict_set_str(d, NM(__file__), file);
    dict_set_cstr(in->modules, "__main__", m);
    in->main_module = m;
    return m;
}

/* mode: PARSE_FILE, with PARSE_STREAM for a script read from a file or stdin. */
static int run_in(Value m, const char *src, size_t len, Value filename, int mode, bool inspect);

static int run_source(const char *src, size_t len, Value filename, Value file, int mode, bool inspect) {
    Value m = main_module(file);
    return run_in(m, src, len, filename, mode, inspect);
}

static int run_in(Value m, const char *src, size_t len, Value filename, int mode, bool inspect) {
    CodeObj *code = compile_source(src, len, filename, mode, NULL);
    Value r = code ? vm_exec(code, module_dict(m), module_dict(m)) : NIL;
    if (r) return 0;
    Value exc = rt_exc_fetch();
    if (inspect && IS_INSTANCE(exc, &exc_SystemExit)) {
        /* -i: as CPython, SystemExit is shown and the prompt opens anyway. */
        flush_stdout();
        exc_print(exc);
        return 0;
    }
    return report(exc);
}

static void setup_path(const char *first) {
    Interp *in = TH()->interp;
    list_append(in->path, str_from_cstr(first));
    in->script_dir = str_from_cstr(first);
    const char *env = getenv("ASPPATH");
    if (env && *env) {
        const char *p = env;
        while (*p) {
            const char *c = strchr(p, ':');
            size_t n = c ? (size_t)(c - p) : strlen(p);
            if (n) list_append(in->path, str_new(p, n));
            p += n;
            if (*p == ':') p++;
        }
    }
}

static void set_argv(int argc, char **argv, const char *first) {
    Interp *in = TH()->interp;
    ((ListObj *)in->argv)->len = 0;
    list_append(in->argv, str_from_cstr(first));
    for (int i = 0; i < argc; i++) list_append(in->argv, str_from_cstr(argv[i]));
}

static int dump(const char *what, const char *path) {
    size_t len;
    char *src = read_script(path, &len);
    if (!src) return 2;
    Value fn = str_from_cstr(abspath(path));
    if (strcmp(what, "--dis") == 0) {
        CodeObj *code = compile_source(src, len, fn, PARSE_FILE, NULL);
        if (!code) return finish(report(rt_exc_fetch()));
        disasm_print(code);
    } else if (strcmp(what, "--tokens") == 0) {
        if (!lex_dump_tokens(src, len, fn)) return finish(report(rt_exc_fetch()));
    } else {
        Node *mod = parse_source(src, len, fn, PARSE_FILE, NULL);
        if (!mod) return finish(report(rt_exc_fetch()));
        Value s = ast_dump(mod);
        if (!s) return finish(report(rt_exc_fetch()));
        Value out = TH()->interp->stdout;
        file_write_raw(out, str_cstr(s), str_len(s));
        file_write_raw(out, "\n", 1);
    }
    return finish(0);
}

/* -m NAME, as runpy._run_module_as_main: the module (or a package's
 * __main__ submodule) runs as __main__, its parent packages imported first,
 * with the current directory first on sys.path. */
static int run_module(const char *name, int argc, char **argv, bool inspect) {
    char cwd[PATH_MAX];
    set_argv(argc, argv, "-m");
    setup_path(getcwd(cwd, sizeof cwd) ? cwd : "");
    if (name[0] == '.') {
        fputs("asp: Relative module names not supported\n", stderr);
        return finish(1);
    }
    Value modname = str_from_cstr(name);
    Value pkg = NIL;    /* the package whose __main__ is being looked for */
    ModuleSource ms;
    for (;;) {
        int r = import_find_source(modname, &ms);
        if (r < 0) {
            Value exc = rt_exc_fetch();
            if (!IS_INSTANCE(exc, &exc_ImportError)) return finish(report(exc));
            Value msg = rt_str(exc);
            if (!msg) return finish(report(rt_exc_fetch()));
            flush_stdout();
            fprintf(stderr, "asp: Error while finding module specification for '%s' (%s: %s)\n",
                    str_cstr(modname), TYPE(exc)->name, str_cstr(msg));
            return finish(1);
        }
        if (r == 0 || r == 2 || (ms.is_pkg && pkg)) {
            flush_stdout();
            if (r == 2) fprintf(stderr, "asp: No code object available for %s", name);
            else if (r == 0) fprintf(stderr, "asp: No module named %s", str_cstr(modname));
            else fputs("asp: Cannot use package as __main__ module", stderr);
            if (pkg) fprintf(stderr, "; '%s' is a package and cannot be directly executed", str_cstr(pkg));
            fputc('\n', stderr);
            return finish(1);
        }
        if (!ms.is_pkg) break;
        pkg = modname;
        modname = str_printf("%s.__main__", name);
    }
    Value argv0 = ms.file ? ms.file : ms.filename;
    LIST_ITEMS(TH()->interp->argv)[0] = argv0;
    Value m = main_module(ms.file);
    const char *s = str_cstr(modname);
    const char *dot = strrchr(s, '.');
    dict_set_str(module_dict(m), NM(__package__), dot ? str_new(s, (size_t)(dot - s)) : str_from_cstr(""));
    if (ms.loader) dict_set_cstr(module_dict(m), "__loader__", str_from_cstr(ms.loader));
    return run_in(m, ms.src, ms.len, ms.filename, PARSE_FILE, inspect);
}

/* -i, or a terminal on stdin: the prompt, in __main__ (made here if no program ran). */
static int interact(bool banner) {
    Interp *in = TH()->interp;
    Value m = in->main_module ? in->main_module : main_module(NIL);
    return finish(repl_run(module_dict(m), banner));
}

int main(int argc, char **argv) {
    Thread *th = interp_init(0, NULL);
    main_thread = th;
    /* Ctrl-C becomes KeyboardInterrupt, unless the process was started with
     * SIGINT ignored (a background job, nohup): CPython keeps it ignored. */
    struct sigaction sa, old;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    if (sigaction(SIGINT, NULL, &old) == 0 && old.sa_handler != SIG_IGN) sigaction(SIGINT, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);

    bool interactive = false;
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || strcmp(a, "-") == 0) break;
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (a[1] == '-') {
            if (strcmp(a, "--version") == 0) {
                printf("%s\n", VERSION_TEXT);
                return 0;
            }
            if (strcmp(a, "--help") == 0) {
                usage(stdout);
                return 0;
            }
            if (strcmp(a, "--dis") == 0 || strcmp(a, "--tokens") == 0 || strcmp(a, "--ast") == 0) {
                if (i + 1 >= argc) {
                    fprintf(stderr, "asp: option %s requires a file argument\n", a);
                    return bad_usage();
                }
                setup_path(dirname_of(abspath(argv[i + 1])));
                return dump(a, argv[i + 1]);
            }
            fprintf(stderr, "unknown option %s\n", a);
            return bad_usage();
        }
        /* Short options cluster as in CPython (-iu, -Ecprint(1)); c, m, W and X
         * take the rest of the word or the next one. */
        for (const char *p = a + 1; *p; p++) {
            char opt = *p;
            if (strchr("cmWX", opt)) {
                const char *arg = p[1] ? p + 1 : (i + 1 < argc ? argv[++i] : NULL);
                if (!arg) {
                    fprintf(stderr, "Argument expected for the -%c option\n", opt);
                    return bad_usage();
                }
                if (opt == 'c') {
                    set_argv(argc - i - 1, argv + i + 1, "-c");
                    setup_path("");
                    int st = run_source(arg, strlen(arg), str_from_cstr("<string>"), NIL, PARSE_FILE, interactive);
                    if (interactive) return interact(false);
                    return finish(st);
                }
                if (opt == 'm') {
                    int st = run_module(arg, argc - i - 1, argv + i + 1, interactive);
                    if (interactive) return interact(false);
                    return finish(st);
                }
                break;    /* -W and -X: accepted and ignored */
            }
            switch (opt) {
            case 'h':
            case '?':
                usage(stdout);
                return 0;
            case 'V':
                printf("%s\n", VERSION_TEXT);
                return 0;
            case 'i':
                interactive = true;
                break;
            default:
                /* CPython's other flags change nothing asp does. */
                if (strchr("bBdEIOPqRsSuvx", opt)) break;
                fprintf(stderr, "Unknown option: -%c\n", opt);
                return bad_usage();
            }
        }
    }

    if (i < argc && strcmp(argv[i], "-") != 0) {
        const char *path = argv[i];
        set_argv(argc - i - 1, argv + i + 1, path);
        char *abs = abspath(path);
        char real[PATH_MAX];
        char *dir = realpath(dirname_of(abs), real) ? real : dirname_of(abs);
        struct stat st_path;
        if (stat(path, &st_path) == 0 && S_ISDIR(st_path.st_mode)) {
            /* A folder runs its __main__.py, with the folder first on sys.path. */
            char *main_py = GC_MALLOC_ATOMIC(strlen(abs) + sizeof "/__main__.py");
            strcpy(main_py, abs);
            strcat(main_py, "/__main__.py");
            if (access(main_py, R_OK) != 0) {
                fprintf(stderr, "asp: can't find '__main__' module in '%s'\n", path);
                return finish(1);
            }
            dir = abs;
            abs = main_py;
            path = main_py;
        }
        setup_path(dir);
        size_t len;
        char *src = read_script(path, &len);
        if (!src) return 2;
        Value fn = str_from_cstr(abs);
        int st = run_source(src, len, fn, fn, PARSE_FILE | PARSE_STREAM, interactive);
        if (interactive) return interact(false);
        return finish(st);
    }

    /* stdin: "-" or nothing */
    bool dash = i < argc;
    set_argv(dash ? argc - i - 1 : 0, argv + i + 1, dash ? "-" : "");
    setup_path("");
    if (!dash && (interactive || isatty(0))) return interact(true);
    size_t len;
    char *src = read_all_fd(stdin, &len);
    int st = run_source(src, len, str_from_cstr("<stdin>"), NIL, PARSE_FILE | PARSE_STREAM, interactive);
    if (interactive) return interact(false);
    return finish(st);
}
