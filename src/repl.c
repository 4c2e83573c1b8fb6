/* repl.c — the interactive prompt: read a statement (ps1, then ps2 lines for
 * as long as compile_source_flags(PARSE_SINGLE) says it is incomplete), run it
 * in __main__ (PRINT_EXPR echoes results and binds `_`), print tracebacks and
 * go on.  A statement that awaits at top level compiles to a coroutine and runs
 * as a Task on the REPL's persistent event loop.
 *
 * Two drivers share one input path (read_input -> on_line -> feed_line):
 *   plain: until asyncio is used, poll() on stdin between statements;
 *   loop:  once asyncio is imported (or a statement awaits) the loop runs
 *          forever and stdin is one of its readers (watch_stdin, the one
 *          function that knows how the loop waits for input).  Statements
 *          execute inside that reader callback, so the loop is running for
 *          them and the tasks they create keep running while the next line
 *          is typed.
 * Invariant: while the prompt is on the terminal (R.shown), anything written
 * through sys.stdout / sys.stderr first erases the line being edited and
 * schedules its redisplay, so background output never garbles it.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <editline/readline.h>
#include "../runtime/abstract.h"
#include "../runtime/containers.h"
#include "../runtime/errors.h"
#include "../runtime/func.h"
#include "../runtime/interp.h"
#include "../runtime/module.h"
#include "../runtime/names.h"
#include "../runtime/num.h"
#include "../runtime/str.h"
#include "compile.h"
#include "parse.h"
#include "repl.h"
#include "vm.h"

typedef struct Repl {
    Value globals;
    bool tty;             /* line editing with libedit; else plain reads, prompts on stderr */
    bool more;            /* inside a statement: the ps2 prompt */
    bool installed;       /* libedit's line handler is installed (it owns the terminal) */
    bool shown;           /* the prompt and the line being edited are on the terminal */
    bool busy;            /* a top-level await statement is running on the loop */
    bool quit;
    bool watching;        /* the loop watches stdin for us */
    bool redisplay_pending;
    int status;
    StrBuf src;           /* the statement typed so far */
    Value loop;           /* the REPL's event loop; NIL until asyncio is used */
    bool use_reader;      /* the loop has add_reader(); else stdin is polled by a timer */
    Value poll_timer;     /* the polling TimerHandle (no add_reader) */
    Value task;           /* the Task running the await statement */
    Value task_coro;
    CodeObj *task_code;
    Value proxies[2];     /* our sys.stdout / sys.stderr while the loop runs, or NIL */
    Value reader_fn, poll_fn, done_fn, redisplay_fn;
    char *history;        /* ~/.asp_history (malloc), or NULL */
} Repl;

static Repl R;

static Value S(const char *s) { return str_intern(s); }

static Value sys_get(const char *name) {
    return dict_get_cstr(module_dict(TH()->interp->sys), name);
}

/* Raw bytes to the terminal, bypassing sys.stdout (prompt bookkeeping). */
static void tty_write(const char *s) {
    size_t n = strlen(s);
    while (n > 0) {
        ssize_t w = write(1, s, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return;
        s += w;
        n -= (size_t)w;
    }
}

static void flush_std(void) {
    Value saved = rt_exc_fetch();
    static const char *const names[] = {"stdout", "stderr"};
    for (int i = 0; i < 2; i++) {
        Value f = sys_get(names[i]);
        if (f && f != NONE && !rt_call_method(f, NM(flush), NULL, 0, NIL)) rt_exc_clear();
    }
    TH()->exc = saved;
}

static void stop_loop(void) {
    if (R.loop && !rt_call_method(R.loop, S("stop"), NULL, 0, NIL)) rt_exc_clear();
}

static void quit(int status) {
    R.quit = true;
    R.status = status;
    stop_loop();
}

/* ---- reporting ------------------------------------------------------------- */

/* Print an exception as the REPL does (sys.excepthook), remembering it in
 * sys.last_type / last_value / last_traceback; SystemExit ends the session. */
static void report(Value exc) {
    Thread *th = TH();
    th->interrupt = 0;
    flush_std();
    if (IS_INSTANCE(exc, &exc_SystemExit)) {
        quit(exc_system_exit_status(exc));
        return;
    }
    Value d = module_dict(th->interp->sys);
    Value tb = ((ExcObj *)exc)->traceback;
    if (!tb) tb = NONE;
    dict_set_cstr(d, "last_type", OBJ_VAL(TYPE(exc)));
    dict_set_cstr(d, "last_value", exc);
    dict_set_cstr(d, "last_traceback", tb);
    Value hook = sys_get("excepthook");
    if (hook && hook != NONE) {
        Value args[3] = {OBJ_VAL(TYPE(exc)), exc, tb};
        if (rt_call(hook, args, 3, NIL)) return;
        Value err = rt_exc_fetch();
        err_write("Error in sys.excepthook:\n", 25);
        exc_print(err);
        err_write("\nOriginal exception was:\n", 25);
    }
    exc_print(exc);
}

/* An exception from an await statement: start its traceback at the
 * statement's own frame (the Task machinery above it is noise), or make one
 * there when the exception never went through it (Ctrl-C while waiting). */
static void report_stmt(Value exc) {
    ExcObj *e = (ExcObj *)exc;
    Value t = e->traceback;
    while (t && t != NONE && ((TracebackObj *)t)->code != R.task_code) t = ((TracebackObj *)t)->next;
    if (t && t != NONE) {
        e->traceback = t;
    } else if (R.task_coro && R.task_code) {
        Frame *f = ((GenObj *)R.task_coro)->frame;
        int lasti = f ? (int)(f->ip - R.task_code->code) - 1 : 0;
        e->traceback = traceback_new(NONE, R.task_code, lasti < 0 ? 0 : lasti);
    }
    report(exc);
}

/* ---- the prompt -------------------------------------------------------------- */

static void on_line(char *line);

static const char *prompt_text(void) {
    Value p = sys_get(R.more ? "ps2" : "ps1");
    if (!p) return R.more ? "... " : ">>> ";
    Value s = rt_str(p);
    if (!s) {
        rt_exc_clear();
        return "";
    }
    return str_cstr(s);
}

static void show_prompt(void) {
    if (R.quit || R.busy) return;
    flush_std();
    const char *p = prompt_text();
    if (R.tty) {
        rl_callback_handler_install(p, on_line);
        R.installed = true;
    } else {
        err_write(p, strlen(p));
    }
    R.shown = true;
}

static void hide_prompt(void) {
    if (R.installed) {
        rl_callback_handler_remove();
        R.installed = false;
    }
    R.shown = false;
}

/* Ctrl-C while waiting for input: drop the partial statement, start afresh. */
static void interrupt_at_prompt(void) {
    TH()->interrupt = 0;
    hide_prompt();
    R.more = false;
    sb_init(&R.src);
    flush_std();
    if (R.tty) tty_write("\nKeyboardInterrupt\n");
    else err_write("\nKeyboardInterrupt\n", 19);
    show_prompt();
}

/* Erase the prompt line before output that is not ours. */
static void erase_prompt(void) {
    if (!R.shown || !R.tty) return;
    R.shown = false;
    flush_std();
    tty_write("\r\033[K");
    if (!R.redisplay_pending && R.loop) {
        Value r = rt_call_method(R.loop, S("call_soon"), &R.redisplay_fn, 1, NIL);
        if (r) R.redisplay_pending = true;
        else rt_exc_clear();
    }
}

static Value redisplay(Value *args, int nargs, Value kw) {
    R.redisplay_pending = false;
    if (R.installed && !R.shown && !R.quit && !R.busy) {
        flush_std();
        rl_forced_update_display();
        R.shown = true;
    }
    return NONE;
}

/* ---- sys.stdout / sys.stderr while the loop runs ------------------------------ */

typedef struct StreamObj { Obj ob; Value target; } StreamObj;
static Type type_repl_stream;

static Value stream_write(Value *args, int nargs, Value kw) {
    if (!arg_count("write", nargs, 2, 2)) return NIL;
    Value target = ((StreamObj *)args[0])->target;
    erase_prompt();
    Value r = rt_call_method(target, NM(write), &args[1], 1, NIL);
    /* Flushed now, so the output lands before the prompt comes back. */
    if (r && !rt_call_method(target, NM(flush), NULL, 0, NIL)) return NIL;
    return r;
}

static Value stream_flush(Value *args, int nargs, Value kw) {
    if (!arg_count("flush", nargs, 1, 1)) return NIL;
    return rt_call_method(((StreamObj *)args[0])->target, NM(flush), NULL, 0, NIL);
}

/* Everything but write/flush is the real file's (encoding, fileno, buffer ...). */
static Value stream_getattr(Value self, Value name) {
    if (name == NM(write) || name == NM(flush)) return obj_generic_getattr(self, name);
    return rt_getattr(((StreamObj *)self)->target, name);
}

static const MethodDef stream_methods[] = {
    {"write", stream_write, METH_DEFAULT, NULL},
    {"flush", stream_flush, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

static Type type_repl_stream = {
    .ob = {&type_type},
    .name = "_ReplStream",
    .size = sizeof(StreamObj),
    .methods = stream_methods,
    .getattr = stream_getattr,
};

static void set_proxies(bool on) {
    static const char *const names[] = {"stdout", "stderr"};
    Value d = module_dict(TH()->interp->sys);
    for (int i = 0; i < 2; i++) {
        Value cur = dict_get_cstr(d, names[i]);
        if (on && !R.proxies[i] && cur && cur != NONE) {
            StreamObj *s = gc_obj(sizeof(StreamObj), &type_repl_stream);
            s->target = cur;
            R.proxies[i] = OBJ_VAL(s);
            dict_set_cstr(d, names[i], R.proxies[i]);
        } else if (!on && R.proxies[i]) {
            if (cur == R.proxies[i]) dict_set_cstr(d, names[i], ((StreamObj *)cur)->target);
            R.proxies[i] = NIL;
        }
    }
}

/* ---- statements ---------------------------------------------------------------- */

static bool ensure_loop(void) {
    if (R.loop) return true;
    Value aio = import_cstr("asyncio");
    if (!aio) return false;
    Value loop = rt_call_method(aio, S("new_event_loop"), NULL, 0, NIL);
    if (!loop || !rt_call_method(aio, S("set_event_loop"), &loop, 1, NIL)) return false;
    R.loop = loop;
    R.use_reader = rt_getattr_opt(loop, S("add_reader")) != NIL;
    rt_exc_clear();
    R.watching = false;
    R.poll_timer = NIL;
    return true;
}

/* After a statement: asyncio in use now means the loop starts running. */
static void after_statement(void) {
    flush_std();
    if (!R.loop && !R.quit) {
        Value mods = TH()->interp->modules;
        if (dict_get_cstr(mods, "asyncio") && !ensure_loop()) report(rt_exc_fetch());
    }
}

static void watch_stdin(bool on);

static void start_await(CodeObj *code) {
    if (!ensure_loop()) {
        report(rt_exc_fetch());
        return;
    }
    FunctionObj *fn = (FunctionObj *)function_new(code, R.globals, NIL);
    Frame *f = frame_new(code, fn, R.globals, fn->builtins, R.globals);
    if (!f) {
        rt_raise_nomem();
        report(rt_exc_fetch());
        return;
    }
    Value coro = gen_new(f, fn);
    Value task = coro ? rt_call_method(R.loop, S("create_task"), &coro, 1, NIL) : NIL;
    if (!task || !rt_call_method(task, S("add_done_callback"), &R.done_fn, 1, NIL)) {
        report(rt_exc_fetch());
        return;
    }
    R.task = task;
    R.task_coro = coro;
    R.task_code = code;
    R.busy = true;
    watch_stdin(false);
}

/* The await statement's task finished: its result was echoed inside it. */
static Value stmt_done(Value *args, int nargs, Value kw) {
    if (nargs < 1) return NONE;
    Value task = args[0];
    Value r = rt_call_method(task, S("result"), NULL, 0, NIL);
    Value exc = r ? NIL : rt_exc_fetch();
    if (task != R.task) return NONE;   /* abandoned after Ctrl-C */
    R.busy = false;
    if (exc) report_stmt(exc);
    R.task = R.task_coro = NIL;
    R.task_code = NULL;
    after_statement();
    watch_stdin(true);
    show_prompt();
    return NONE;
}

static void run_statement(CodeObj *code) {
    if (code->flags & CO_COROUTINE) {
        start_await(code);
        return;
    }
    if (!vm_exec(code, R.globals, R.globals)) report(rt_exc_fetch());
    after_statement();
}

/* "expected an indented block" reported past the last line: a nested block
 * header was just typed ("def f():" / "    for x in y:"), which CPython's
 * REPL continues; the parser flags only the outermost case as incomplete. */
static bool eof_indent_error(void) {
    Value e = rt_exc_fetch();
    bool eof = false;
    if (e && IS_INSTANCE(e, &exc_IndentationError)) {
        Value msg = rt_getattr_cstr(e, "msg"), line = msg ? rt_getattr_cstr(e, "lineno") : NIL;
        rt_exc_clear();
        size_t lines = 0;
        for (size_t i = 0; i < R.src.len; i++) lines += R.src.p[i] == '\n';
        eof = msg && line && str_check(msg) && IS_SMALL(line) && (size_t)SMALL_VAL(line) > lines &&
              strncmp(str_cstr(msg), "expected an indented block", 26) == 0;
    }
    TH()->exc = e;
    return eof;
}

/* One more line of input (without its newline). */
static void feed_line(const char *s, size_t n) {
    sb_add(&R.src, s, n);
    sb_addc(&R.src, '\n');
    R.src.p[R.src.len] = 0;
    bool incomplete = false;
    CodeObj *code = compile_source_flags(R.src.p, R.src.len, str_from_cstr("<stdin>"), PARSE_SINGLE,
                                         COMPILE_TOPLEVEL_AWAIT, &incomplete);
    if (!code && !incomplete && eof_indent_error()) incomplete = true;
    if (!code && incomplete) {
        rt_exc_clear();
        R.more = true;
        return;
    }
    R.more = false;
    sb_init(&R.src);
    if (!code) report(rt_exc_fetch());
    else run_statement(code);
}

/* ---- input --------------------------------------------------------------------- */

static void at_eof(void) {
    hide_prompt();
    if (R.tty) tty_write("\n");
    else err_write("\n", 1);
    quit(0);
}

/* libedit's line handler: a complete line (malloc'd), NULL at Ctrl-D. */
static void on_line(char *line) {
    hide_prompt();
    if (!line) {
        at_eof();
        return;
    }
    if (line[strspn(line, " \t")]) add_history(line);
    feed_line(line, strlen(line));
    free(line);
    show_prompt();
}

/* Is fd 0 readable (or at EOF) within ms milliseconds?  false on a signal. */
static bool wait_stdin(int ms) {
    struct pollfd p = {0, POLLIN, 0};
    return poll(&p, 1, ms) > 0;
}

static bool stdin_ready(void) { return wait_stdin(0); }

/* libedit reads keys through getc_hook.  A call of rl_callback_read_char()
 * handles one key, but some keys (Enter ending a Ctrl-R search) are pushed
 * back inside libedit, where no poll() on fd 0 can see them: so the reader
 * calls it again and again, and the first read of each call is a probe that
 * fails ("starved") rather than blocks when fd 0 has nothing.  Later reads of
 * the same call block: libedit is in the middle of a key sequence or search. */
static bool probe, starved, hangup;

static int getc_hook(FILE *f) {
    (void)f;
    if (probe) {
        probe = false;
        if (!stdin_ready()) {
            starved = true;
            return -1;
        }
    }
    unsigned char c[4];
    int n = 0, need = 1;
    while (n < need) {
        /* Never block in read(): Ctrl-C can flush the input poll() saw, and
         * a signal just before read() would not interrupt it. */
        if (TH()->interrupt) return 7;       /* ^G: leaves a search; the caller sees the interrupt */
        if (!wait_stdin(100)) continue;
        ssize_t k = read(0, &c[n], 1);
        /* EAGAIN too: a signal handler may have clobbered EINTR. */
        if (k < 0 && (errno == EINTR || errno == EAGAIN)) continue;
        if (k <= 0) {
            hangup = true;
            return 4;                        /* ^D */
        }
        if (n == 0) need = c[0] < 0x80 ? 1 : c[0] >= 0xf0 ? 4 : c[0] >= 0xe0 ? 3 : c[0] >= 0xc0 ? 2 : 1;
        else if ((c[n] & 0xc0) != 0x80) return 0xfffd;
        n++;
    }
    /* The hook returns a code point: libedit stores it as one wide char. */
    if (need == 1) return c[0] < 0x80 ? c[0] : 0xfffd;
    int cp = c[0] & (0x7f >> need);
    for (int i = 1; i < need; i++) cp = cp << 6 | (c[i] & 0x3f);
    return cp;
}

/* stdin is readable: take what is there (a whole line when not a terminal). */
static void read_input(void) {
    if (R.tty) {
        while (R.installed && !R.quit && !R.busy && !TH()->interrupt) {
            probe = true;
            starved = false;
            rl_callback_read_char();
            if (hangup && !R.quit) at_eof();
            if (starved) break;
        }
        return;
    }
    StrBuf b;
    sb_init(&b);
    bool got = false;
    for (;;) {
        char c;
        ssize_t n = read(0, &c, 1);
        if (n < 0 && errno == EINTR) {
            if (TH()->interrupt) {
                interrupt_at_prompt();
                return;
            }
            continue;
        }
        if (n <= 0) break;
        got = true;
        if (c == '\n') break;
        sb_addc(&b, c);
    }
    if (!got) {
        at_eof();
        return;
    }
    R.shown = false;
    feed_line(b.p, b.len);
    show_prompt();
}

/* The loop's reader callback for fd 0 (or the polling timer's tick). */
static Value on_stdin(Value *args, int nargs, Value kw) {
    /* A libuv fd watch makes fd 0 non-blocking; input() and the shell after
     * us expect a blocking terminal. */
    int fl = fcntl(0, F_GETFL);
    if (fl >= 0 && (fl & O_NONBLOCK)) fcntl(0, F_SETFL, fl & ~O_NONBLOCK);
    if (!R.busy && !R.quit) read_input();
    if (TH()->interrupt && !R.busy && !R.quit) interrupt_at_prompt();
    if (R.quit) stop_loop();
    return NONE;
}

#define POLL_INTERVAL 0.02

/* Call loop.<name>(*args) from a callback.  The VM may turn a pending Ctrl-C
 * into KeyboardInterrupt inside it: that is a Ctrl-C at the prompt, and the
 * call is tried again rather than lost. */
static Value loop_call(const char *name, Value *args, int nargs) {
    for (int tries = 0; tries < 3; tries++) {
        Value r = rt_call_method(R.loop, S(name), args, nargs, NIL);
        if (r) return r;
        Value e = rt_exc_fetch();
        if (!IS_INSTANCE(e, &exc_KeyboardInterrupt) || R.busy) break;
        interrupt_at_prompt();
    }
    rt_exc_clear();
    return NIL;
}

static void arm_poll_timer(double delay) {
    Value a[2] = {float_new(delay), R.poll_fn};
    R.poll_timer = loop_call("call_later", a, 2);
}

static Value poll_tick(Value *args, int nargs, Value kw) {
    R.poll_timer = NIL;
    if (!R.watching) return NONE;
    if (stdin_ready()) on_stdin(NULL, 0, NIL);
    if (R.watching && !R.quit && !R.poll_timer) arm_poll_timer(POLL_INTERVAL);
    return NONE;
}

/* How the loop waits for input: loop.add_reader(0, ...) where the loop has
 * it, else a timer polling stdin every POLL_INTERVAL seconds. */
static void watch_stdin(bool on) {
    if (!R.loop || on == R.watching) return;
    R.watching = on;
    if (R.use_reader) {
        Value a[2] = {MK_SMALL(0), R.reader_fn};
        loop_call(on ? "add_reader" : "remove_reader", a, on ? 2 : 1);
    } else if (on) {
        arm_poll_timer(0);
    } else {
        if (R.poll_timer && !rt_call_method(R.poll_timer, S("cancel"), NULL, 0, NIL)) rt_exc_clear();
        R.poll_timer = NIL;
    }
}

/* ---- drivers ----------------------------------------------------------------------- */

static void drive_plain(void) {
    while (!R.quit && !R.loop) {
        if (TH()->interrupt) {
            interrupt_at_prompt();
            continue;
        }
        /* A timeout, as a signal just before poll() would not wake it. */
        struct pollfd p = {0, POLLIN, 0};
        int n = poll(&p, 1, 250);
        if (n < 0 && errno != EINTR && errno != EAGAIN) quit(0);
        if (n > 0) read_input();
    }
}

/* run_forever ended with exc: Ctrl-C, exit from a task, or a loop failure. */
static void loop_error(Value exc) {
    TH()->interrupt = 0;
    if (IS_INSTANCE(exc, &exc_KeyboardInterrupt) && !R.busy) {
        interrupt_at_prompt();
        return;
    }
    if (R.busy) {
        /* The await statement is abandoned: cancel its task (or take its
         * exception so that it is not reported again) and report. */
        Value task = R.task;
        R.task = NIL;
        R.busy = false;
        Value done = rt_call_method(task, S("done"), NULL, 0, NIL);
        if (done == TRUE_V) {
            if (!rt_call_method(task, S("exception"), NULL, 0, NIL)) rt_exc_clear();
        } else if (!done || !rt_call_method(task, S("cancel"), NULL, 0, NIL)) {
            rt_exc_clear();
        }
        report_stmt(exc);
        R.task_coro = NIL;
        R.task_code = NULL;
        after_statement();
    } else {
        report(exc);
    }
    Value closed = rt_call_method(R.loop, S("is_closed"), NULL, 0, NIL);
    if (!closed) rt_exc_clear();
    if (closed != FALSE_V) {
        /* The loop is unusable: back to the plain driver. */
        watch_stdin(false);
        R.loop = NIL;
    }
    if (!R.quit && !R.shown) show_prompt();
}

static void drive_loop(void) {
    if (R.tty) set_proxies(true);
    while (!R.quit && R.loop) {
        /* After an exception escaped a batch of callbacks the polling timer
         * may be lost with the rest of the batch: arm it again. */
        watch_stdin(false);
        watch_stdin(!R.busy);
        Value r = rt_call_method(R.loop, S("run_forever"), NULL, 0, NIL);
        if (!r) loop_error(rt_exc_fetch());
    }
    watch_stdin(false);
    set_proxies(false);
}

/* ---- line editing ---------------------------------------------------------------------- */

static const char *const keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield", NULL,
};

static char **cands;
static size_t ncands, cand_next;

static void add_cand(const char *s) {
    if (ncands % 64 == 0) {
        char **n = realloc(cands, (ncands + 64) * sizeof *cands);
        if (!n) return;
        cands = n;
    }
    char *c = strdup(s);
    if (c) cands[ncands++] = c;
}

static bool has_cand(const char *s) {
    for (size_t i = 0; i < ncands; i++)
        if (strcmp(cands[i], s) == 0) return true;
    return false;
}

static char *cand_gen(const char *text, int state) {
    if (state == 0) cand_next = 0;
    if (cand_next < ncands) {
        char *c = cands[cand_next];
        cands[cand_next++] = NULL;
        return c;
    }
    return NULL;
}

static void clear_cands(void) {
    for (size_t i = 0; i < ncands; i++) free(cands[i]);
    ncands = 0;
}

/* rlcompleter.Completer.global_matches: keywords, then globals and builtins. */
static void global_matches(const char *text) {
    size_t n = strlen(text);
    Value seen = set_new();
    set_add(seen, S("__builtins__"));
    for (int i = 0; keywords[i]; i++) {
        const char *w = keywords[i];
        if (strncmp(w, text, n) != 0) continue;
        set_add(seen, S(w));
        char buf[32];
        const char *suffix = "";
        if (!strcmp(w, "finally") || !strcmp(w, "try")) suffix = ":";
        else if (strcmp(w, "False") && strcmp(w, "None") && strcmp(w, "True") && strcmp(w, "break") &&
                 strcmp(w, "continue") && strcmp(w, "pass") && strcmp(w, "else"))
            suffix = " ";
        snprintf(buf, sizeof buf, "%s%s", w, suffix);
        add_cand(buf);
    }
    Value spaces[2] = {R.globals, TH()->interp->builtins};
    for (int k = 0; k < 2; k++) {
        size_t pos = 0;
        Value key, val;
        while (dict_next(spaces[k], &pos, &key, &val)) {
            if (!str_check(key) || strncmp(str_cstr(key), text, n) != 0) continue;
            if (rt_contains(seen, key) != 0) continue;
            set_add(seen, key);
            StrBuf b;
            sb_init(&b);
            sb_adds(&b, str_cstr(key));
            if (rt_callable(val)) sb_addc(&b, '(');
            sb_addc(&b, 0);
            add_cand(b.p);
        }
    }
}

/* rlcompleter.Completer.attr_matches for "a.b.c.prefix": evaluate the dotted
 * name (lookups and getattr only), complete the last part from dir(). */
static void attr_matches(const char *text) {
    const char *dot = strrchr(text, '.');
    for (const char *p = text; p < dot; p++)
        if (!(*p == '_' || *p == '.' || (*p >= '0' && *p <= '9') || ((*p | 32) >= 'a' && (*p | 32) <= 'z') ||
              (unsigned char)*p >= 0x80))
            return;
    const char *attr = dot + 1;
    size_t expr_len = (size_t)(dot - text), n = strlen(attr);
    /* Evaluate the dotted expression. */
    Value obj = NIL;
    const char *p = text;
    while (p < dot) {
        const char *e = memchr(p, '.', (size_t)(dot - p));
        if (!e) e = dot;
        if (e == p) return;
        Value name = str_new(p, (size_t)(e - p));
        if (!obj) {
            obj = dict_get_str(R.globals, name);
            if (!obj) obj = dict_get_str(TH()->interp->builtins, name);
            if (!obj) return;
        } else {
            obj = rt_getattr(obj, name);
            if (!obj) return;
        }
        p = e + 1;
    }
    Value words = builtins_dir(obj);
    if (!words) return;
    if (!rt_contains(words, S("__class__"))) list_append(words, S("__class__"));
    const char *noprefix = n == 0 ? "_" : (n == 1 && attr[0] == '_') ? "__" : NULL;
    for (;;) {
        for (size_t i = 0; i < LIST_LEN(words); i++) {
            Value w = LIST_ITEMS(words)[i];
            if (!str_check(w)) continue;
            const char *ws = str_cstr(w);
            if (strncmp(ws, attr, n) != 0) continue;
            if (noprefix && strncmp(ws, noprefix, strlen(noprefix)) == 0) continue;
            if (!strcmp(ws, "__builtins__")) continue;
            StrBuf b;
            sb_init(&b);
            sb_add(&b, text, expr_len);
            sb_addc(&b, '.');
            sb_adds(&b, ws);
            Value cls_attr = type_lookup(TYPE(obj), w);
            if (!(cls_attr && TYPE(cls_attr) == &type_property)) {
                Value v = rt_getattr_opt(obj, w);
                if (!v) rt_exc_clear();
                else if (v != NONE && rt_callable(v)) sb_addc(&b, '(');
            }
            sb_addc(&b, 0);
            if (!has_cand(b.p)) add_cand(b.p);
        }
        if (ncands || !noprefix) break;
        noprefix = noprefix[1] ? NULL : "__";
    }
}

static int cmp_cand(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static char **complete(const char *text, int start, int end) {
    rl_attempted_completion_over = 1;
    rl_completion_append_character = '\0';
    clear_cands();
    Value saved = rt_exc_fetch();
    if (!text[strspn(text, " \t")]) {
        add_cand("\t");    /* as CPython: Tab on nothing indents */
    } else if (strchr(text, '.')) {
        attr_matches(text);
        qsort(cands, ncands, sizeof *cands, cmp_cand);
    } else {
        global_matches(text);
    }
    rt_exc_clear();
    TH()->exc = saved;
    if (!ncands) return NULL;
    return rl_completion_matches(text, cand_gen);
}

static void editing_init(void) {
    rl_catch_signals = 0;
    rl_getc_function = getc_hook;
    rl_catch_sigwinch = 1;
    rl_readline_name = "asp";
    rl_initialize();
    rl_attempted_completion_function = complete;
    static char delims[] = " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?";
    rl_basic_word_break_characters = delims;
    rl_completer_word_break_characters = delims;
    using_history();
    stifle_history(1000);
    const char *home = getenv("HOME");
    if (!home || !*home) {
        struct passwd *pw = getpwuid(getuid());
        home = pw ? pw->pw_dir : NULL;
    }
    if (home) {
        R.history = malloc(strlen(home) + sizeof "/.asp_history");
        if (R.history) {
            strcpy(R.history, home);
            strcat(R.history, "/.asp_history");
            read_history(R.history);
        }
    }
}

static void editing_done(void) {
    hide_prompt();
    if (R.history) write_history(R.history);
}

/* ---- entry ------------------------------------------------------------------------------- */

#if defined(__clang__)
#define COMPILER "Clang " __clang_version__
#elif defined(__GNUC__)
#define COMPILER "GCC " __VERSION__
#else
#define COMPILER "C11"
#endif

int repl_run(Value globals, bool banner) {
    static bool ready;
    if (!ready) {
        type_ready(&type_repl_stream);
        ready = true;
    }
    memset(&R, 0, sizeof R);
    int stdin_flags = fcntl(0, F_GETFL);
    R.globals = globals;
    R.tty = isatty(0) && isatty(1);
    sb_init(&R.src);
    R.reader_fn = native_func_new("_repl_stdin", on_stdin, NIL);
    R.poll_fn = native_func_new("_repl_poll", poll_tick, NIL);
    R.done_fn = native_func_new("_repl_done", stmt_done, NIL);
    R.redisplay_fn = native_func_new("_repl_redisplay", redisplay, NIL);
    Value d = module_dict(TH()->interp->sys);
    if (!dict_get_cstr(d, "ps1")) dict_set_cstr(d, "ps1", str_from_cstr(">>> "));
    if (!dict_get_cstr(d, "ps2")) dict_set_cstr(d, "ps2", str_from_cstr("... "));
    if (banner) {
        const char *b = REPL_VERSION " (" __DATE__ ", " __TIME__ ") [" COMPILER "] on linux\n"
                        "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n";
        err_write(b, strlen(b));
    }
    if (R.tty) editing_init();
    if (dict_get_cstr(TH()->interp->modules, "asyncio") && !ensure_loop()) report(rt_exc_fetch());
    show_prompt();
    while (!R.quit) {
        if (R.loop) drive_loop();
        else drive_plain();
    }
    if (R.tty) editing_done();
    if (stdin_flags >= 0) fcntl(0, F_SETFL, stdin_flags);
    flush_std();
    return R.status;
}
