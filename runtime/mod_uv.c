/* mod_uv.c — the native `_uv` module: asyncio's window on the OS through libuv.
 *
 * Owns the process-wide uv loop (uv_default_loop), run_once() that waits on it,
 * the Handle objects wrapping libuv handles (TCP, pipes, child processes,
 * signals, fd polls) and the plain socket calls runtime/lib/socket.py needs.
 * asyncio (runtime/lib/asyncio/uv_events.py) builds transports on top.
 *
 * GC invariants (DESIGN.md section 3): libuv allocates with uncollectable GC
 * memory, so everything it points to stays visible to the collector.  Each
 * libuv handle and request is itself an uncollectable block whose `data`
 * points back to its Python object (and so keeps it and its callbacks alive)
 * until the close / completion callback frees it; live Handles are also listed
 * in the module's `handles` set.  File descriptors are closed only by explicit
 * close calls, never by finalizers.
 *
 * Callbacks into Python run inside uv_run via vm_call; the first exception one
 * raises stops the uv loop and is re-raised by run_once().  Errors are passed
 * to Python as negative libuv codes (-errno on Unix) where asyncio needs to
 * build CPython's own messages, and raised as OSError elsewhere.
 */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <netdb.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>
#include <unistd.h>
#include <uv.h>
#include "abstract.h"
#include "bytes.h"
#include "containers.h"
#include "errors.h"
#include "func.h"
#include "gil.h"
#include "interp.h"
#include "module.h"
#include "num.h"
#include "str.h"
#include "../src/vm.h"

/* ---- libuv's allocator: uncollectable GC memory --------------------------- */

static void *gc_uv_malloc(size_t n) { return GC_MALLOC_UNCOLLECTABLE(n ? n : 1); }
static void *gc_uv_realloc(void *p, size_t n) {
    if (!p) return gc_uv_malloc(n);
    return GC_REALLOC(p, n ? n : 1);
}
static void *gc_uv_calloc(size_t count, size_t size) {
    size_t n = count * size;
    void *p = GC_MALLOC_UNCOLLECTABLE(n ? n : 1);
    if (p) memset(p, 0, n ? n : 1);
    return p;
}
static void gc_uv_free(void *p) { if (p) GC_FREE(p); }

/* ---- module state ------------------------------------------------------------ */

static uv_loop_t *L;              /* uv_default_loop(), set up once */
static uv_timer_t wait_timer;     /* bounds the wait of run_once */
static uv_async_t wake_async;     /* SIGINT wakes a blocked run_once through it */
static Value pending_exc;         /* first exception raised by a callback in uv_run */
static Value live_handles;        /* set of Handle objects not yet closed */
static Thread *volatile main_th;  /* for the signal handler */
static struct sigaction prev_sigint;

/* Per-signal bookkeeping so stopping the last handle for a signal puts back the
 * disposition that was there before (libuv would reset it to SIG_DFL). */
static struct sigaction saved_sig[NSIG];
static int sig_users[NSIG];

static void note_error(void) {
    Value e = rt_exc_fetch();
    if (!pending_exc) pending_exc = e;
    uv_stop(L);
}

static void invoke(Value cb, Value *args, int n) {
    if (!cb || cb == NONE) return;
    if (!vm_call(cb, args, n, NIL)) note_error();
}

/* ---- Handle objects ------------------------------------------------------- */

enum { K_TCP, K_PIPE, K_PROCESS, K_SIGNAL, K_POLL };
static const char *const kind_names[] = {"tcp", "pipe", "process", "signal", "poll"};

typedef struct UvHandle {
    Obj ob;
    uv_handle_t *h;      /* uncollectable uv_any_handle; NULL once the close callback ran */
    int kind;
    bool closing;
    int signum;          /* K_SIGNAL: the signal being watched, 0 when stopped */
    int pid;             /* K_PROCESS */
    Value on_read;       /* streams: read callback */
    Value on_conn;       /* listeners: connection callback */
    Value on_event;      /* process exit / signal / poll callback */
    Value on_close;
    Value stdio;         /* K_PROCESS: (stdin, stdout, stderr) pipe Handles or None */
} UvHandle;

static Type type_uvhandle;

static UvHandle *handle_new(int kind) {
    UvHandle *u = (UvHandle *)obj_alloc(&type_uvhandle);
    if (!u) return NULL;
    u->h = GC_MALLOC_UNCOLLECTABLE(sizeof(union uv_any_handle));
    if (!u->h) return NULL;
    memset(u->h, 0, sizeof(union uv_any_handle));
    u->h->data = u;
    u->kind = kind;
    u->on_read = u->on_conn = u->on_event = u->on_close = NONE;
    u->stdio = NONE;
    return u;
}

static void registry_add(UvHandle *u) { set_add(live_handles, OBJ_VAL(u)); }

/* Frees an initialised-but-failed handle (libuv still needs uv_close). */
static void on_close_cb(uv_handle_t *h);
static void discard(UvHandle *u) {
    u->closing = true;
    uv_close(u->h, on_close_cb);
}

static void restore_signal(int signum) {
    if (signum > 0 && signum < NSIG && --sig_users[signum] == 0)
        sigaction(signum, &saved_sig[signum], NULL);
}

static void on_close_cb(uv_handle_t *h) {
    UvHandle *u = h->data;
    Value cb = u->on_close;
    u->h = NULL;
    u->on_read = u->on_conn = u->on_event = u->on_close = NONE;
    set_discard(live_handles, OBJ_VAL(u));
    GC_FREE(h);
    invoke(cb, NULL, 0);
}

static UvHandle *self_handle(Value v, const char *what) {
    if (IS_SMALL(v) || TYPE(v) != &type_uvhandle) {
        rt_raise(&exc_TypeError, "%s: expected a _uv.Handle, got %s", what, type_name(v));
        return NULL;
    }
    UvHandle *u = (UvHandle *)v;
    if (!u->h || u->closing) {
        rt_raise_oserror(EBADF, NIL);
        return NULL;
    }
    return u;
}

/* A Handle whose close has begun (operations report EBADF). */
static bool closed_handle(Value v) {
    return !IS_SMALL(v) && TYPE(v) == &type_uvhandle &&
           (!((UvHandle *)v)->h || ((UvHandle *)v)->closing);
}

static bool is_stream(UvHandle *u) { return u->kind == K_TCP || u->kind == K_PIPE; }

static UvHandle *stream_arg(Value v, const char *what) {
    UvHandle *u = self_handle(v, what);
    if (u && !is_stream(u)) {
        rt_raise(&exc_TypeError, "%s: not a stream handle", what);
        return NULL;
    }
    return u;
}

static bool int_arg(Value v, const char *what, int64_t *out) {
    if (!int_check(v) || !int_to_i64(v, out)) {
        rt_raise(&exc_TypeError, "%s: an integer is required (got type %s)", what, type_name(v));
        return false;
    }
    return true;
}

static Value uverr(int rc) { return rt_raise_oserror(-rc, NIL); }

/* ---- socket addresses --------------------------------------------------------- */

/* A sockaddr as the tuple (or str) CPython's socket module gives. */
static Value addr_to_py(const struct sockaddr *sa, socklen_t len) {
    char host[INET6_ADDRSTRLEN];
    switch (sa->sa_family) {
    case AF_INET: {
        const struct sockaddr_in *in = (const struct sockaddr_in *)sa;
        inet_ntop(AF_INET, &in->sin_addr, host, sizeof host);
        return tuple_pack(2, str_from_cstr(host), MK_SMALL(ntohs(in->sin_port)));
    }
    case AF_INET6: {
        const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)sa;
        inet_ntop(AF_INET6, &in6->sin6_addr, host, sizeof host);
        return tuple_pack(4, str_from_cstr(host), MK_SMALL(ntohs(in6->sin6_port)),
                          MK_SMALL(ntohl(in6->sin6_flowinfo)), MK_SMALL(in6->sin6_scope_id));
    }
    case AF_UNIX: {
        const struct sockaddr_un *un = (const struct sockaddr_un *)sa;
        size_t off = offsetof(struct sockaddr_un, sun_path);
        if (len <= off) return str_from_cstr("");
        size_t n = len - off;
        if (un->sun_path[0] == 0) return bytes_new(un->sun_path, n);   /* abstract namespace */
        size_t k = strnlen(un->sun_path, n);
        return str_new(un->sun_path, k);
    }
    default:
        return tuple_pack(2, MK_SMALL(sa->sa_family), bytes_new("", 0));
    }
}

/* Fill *ss from a Python address for family: (host, port[, flowinfo, scope_id])
 * with a numeric host or a name resolved by getaddrinfo, or a path for AF_UNIX. */
static bool addr_from_py(int family, Value addr, struct sockaddr_storage *ss, socklen_t *len) {
    memset(ss, 0, sizeof *ss);
    if (family == AF_UNIX) {
        const char *p; size_t n;
        if (str_check(addr)) { p = str_cstr(addr); n = str_len(addr); }
        else if (!bytes_buffer(addr, &p, &n)) {
            rt_raise(&exc_TypeError, "a bytes-like object is required, not '%s'", type_name(addr));
            return false;
        }
        struct sockaddr_un *un = (struct sockaddr_un *)ss;
        if (n >= sizeof un->sun_path) { rt_raise(&exc_OSError, "AF_UNIX path too long"); return false; }
        un->sun_family = AF_UNIX;
        memcpy(un->sun_path, p, n);
        *len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + n + (n && p[0] ? 1 : 0));
        return true;
    }
    if (family != AF_INET && family != AF_INET6) {
        rt_raise(&exc_OSError, "address family %d not supported", family);
        return false;
    }
    if (!tuple_check(addr) || TUPLE_LEN(addr) < 2 || TUPLE_LEN(addr) > (family == AF_INET ? 2u : 4u)) {
        rt_raise(&exc_TypeError, family == AF_INET ? "AF_INET address must be tuple, not %s"
                                                  : "AF_INET6 address must be tuple, not %s",
                 type_name(addr));
        return false;
    }
    Value host = TUPLE_ITEMS(addr)[0];
    int64_t port;
    if (!str_check(host)) {
        rt_raise(&exc_TypeError, "str, bytes or bytearray expected, not %s", type_name(host));
        return false;
    }
    if (!int_check(TUPLE_ITEMS(addr)[1]) || !int_to_i64(TUPLE_ITEMS(addr)[1], &port)) {
        rt_raise(&exc_TypeError, "'%s' object cannot be interpreted as an integer",
                 type_name(TUPLE_ITEMS(addr)[1]));
        return false;
    }
    if (port < 0 || port > 65535) {
        rt_raise(&exc_OverflowError, "%s(): port must be 0-65535.", "bind");
        return false;
    }
    const char *h = str_cstr(host);
    if (family == AF_INET) {
        struct sockaddr_in *in = (struct sockaddr_in *)ss;
        in->sin_family = AF_INET;
        in->sin_port = htons((uint16_t)port);
        *len = sizeof *in;
        if (!*h) { in->sin_addr.s_addr = htonl(INADDR_ANY); return true; }
        if (inet_pton(AF_INET, h, &in->sin_addr) == 1) return true;
    } else {
        struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)ss;
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons((uint16_t)port);
        int64_t v;
        if (TUPLE_LEN(addr) > 2 && int_check(TUPLE_ITEMS(addr)[2]) && int_to_i64(TUPLE_ITEMS(addr)[2], &v))
            in6->sin6_flowinfo = htonl((uint32_t)v);
        if (TUPLE_LEN(addr) > 3 && int_check(TUPLE_ITEMS(addr)[3]) && int_to_i64(TUPLE_ITEMS(addr)[3], &v))
            in6->sin6_scope_id = (uint32_t)v;
        *len = sizeof *in6;
        if (!*h) { in6->sin6_addr = in6addr_any; return true; }
        if (inet_pton(AF_INET6, h, &in6->sin6_addr) == 1) return true;
    }
    /* A host name: resolve it (blocking; asyncio resolves before it gets here). */
    struct addrinfo hints = {0}, *res = NULL;
    hints.ai_family = family;
    int rc = getaddrinfo(h, NULL, &hints, &res);
    if (rc != 0 || !res) {
        Value args = tuple_pack(2, MK_SMALL(rc), str_from_cstr(gai_strerror(rc)));
        rt_raise_args(&exc_OSError, args);
        return false;
    }
    uint16_t nport = htons((uint16_t)port);
    memcpy(ss, res->ai_addr, res->ai_addrlen);
    *len = res->ai_addrlen;
    if (family == AF_INET) ((struct sockaddr_in *)ss)->sin_port = nport;
    else ((struct sockaddr_in6 *)ss)->sin6_port = nport;
    freeaddrinfo(res);
    return true;
}

/* ---- run_once ------------------------------------------------------------------ */

static void noop_timer_cb(uv_timer_t *t) { (void)t; }
static void noop_async_cb(uv_async_t *a) { (void)a; }

/* SIGINT.  Without a loop handler: let the interpreter's own handler mark the
 * interrupt (KeyboardInterrupt), then wake the loop (libuv would otherwise
 * restart epoll_wait after EINTR).  With one (loop.add_signal_handler, as
 * asyncio.run installs): note it for run_once to dispatch; a second SIGINT
 * before that happened means Python is busy, so interrupt it as CPython's
 * handler raising KeyboardInterrupt would. */
static Value sigint_cb;                     /* Python handler, or NIL */
static volatile sig_atomic_t sigint_mode;   /* sigint_cb is set */
static volatile sig_atomic_t sigint_pending;

static void sigint_chain(int sig) {
    /* The interrupted code may be between a failing call and its errno check;
     * the chained handler and the wake-up write() must not clobber it. */
    int saved_errno = errno;
    if (sigint_mode) {
        if (sigint_pending) {
            if (main_th) main_th->interrupt = 1;
        } else {
            sigint_pending = 1;
        }
    } else if (prev_sigint.sa_handler != SIG_DFL && prev_sigint.sa_handler != SIG_IGN &&
               !(prev_sigint.sa_flags & SA_SIGINFO)) {
        prev_sigint.sa_handler(sig);
    } else if (main_th) {
        main_th->interrupt = 1;
    }
    uv_async_send(&wake_async);
    errno = saved_errno;
}

/* sigint_handler(callback or None): route SIGINT to callback(signum), called
 * from run_once, instead of raising KeyboardInterrupt. */
static Value muv_sigint_handler(Value *args, int nargs, Value kw) {
    if (!arg_count("sigint_handler", nargs, 1, 1)) return NIL;
    if (args[0] == NONE) {
        sigint_mode = 0;
        sigint_cb = NIL;
        sigint_pending = 0;
    } else {
        sigint_cb = args[0];
        sigint_mode = 1;
    }
    return NONE;
}

/* run_once(timeout): wait for I/O at most timeout seconds (None: until something
 * happens), run the callbacks that fired, return. */
static Value muv_run_once(Value *args, int nargs, Value kw) {
    if (!arg_count("run_once", nargs, 1, 1)) return NIL;
    double secs = -1;
    if (args[0] != NONE && num_to_double(args[0], &secs) < 0) return NIL;
    if (secs == 0) {
        uv_run(L, UV_RUN_NOWAIT);
    } else {
        uint64_t ms;
        if (secs < 0 || secs > 86400.0) ms = 86400000;
        else ms = (uint64_t)ceil(secs * 1000.0);
        uv_update_time(L);
        uv_timer_start(&wait_timer, noop_timer_cb, ms, 0);
        if (gil_threads) {
            /* Other threads run while the loop waits: wait for readiness on
             * libuv's backend fd without the GIL, then run the callbacks
             * (which call into Python) with it. */
            int t = uv_backend_timeout(L);
            if (t != 0) {
                struct pollfd p = {.fd = uv_backend_fd(L), .events = POLLIN};
                Thread *token = gil_release();
                poll(&p, 1, t);
                gil_acquire(token);
            }
            uv_run(L, UV_RUN_NOWAIT);
        } else {
            uv_run(L, UV_RUN_ONCE);
        }
        uv_timer_stop(&wait_timer);
    }
    if (sigint_pending && sigint_cb) {
        sigint_pending = 0;
        Value a = MK_SMALL(SIGINT);
        if (!vm_call(sigint_cb, &a, 1, NIL)) note_error();
    }
    if (pending_exc) {
        Value e = pending_exc;
        pending_exc = NIL;
        rt_raise_value(e);
        return NIL;
    }
    Thread *th = TH();
    if (th->interrupt) {
        th->interrupt = 0;
        return rt_raise_value(OBJ_VAL(&exc_KeyboardInterrupt));
    }
    return NONE;
}

/* wakeup(): make a waiting run_once return (loop.call_soon_threadsafe);
 * safe from any thread. */
static Value muv_wakeup(Value *args, int nargs, Value kw) {
    if (!arg_count("wakeup", nargs, 0, 0)) return NIL;
    uv_async_send(&wake_async);
    return NONE;
}

/* ---- streams: listen / accept / connect ----------------------------------------- */

static void on_connection(uv_stream_t *server, int status) {
    UvHandle *u = server->data;
    Value a = MK_SMALL(status);
    invoke(u->on_conn, &a, 1);
}

/* h.listen(backlog, callback): callback(status) for each incoming connection. */
static Value h_listen(Value *args, int nargs, Value kw) {
    if (!arg_count("listen", nargs, 3, 3)) return NIL;
    UvHandle *u = stream_arg(args[0], "listen");
    int64_t backlog;
    if (!u || !int_arg(args[1], "listen", &backlog)) return NIL;
    u->on_conn = args[2];
    int rc = uv_listen((uv_stream_t *)u->h, (int)backlog, on_connection);
    if (rc < 0) { u->on_conn = NONE; return uverr(rc); }
    return NONE;
}

/* h.accept() -> a new stream Handle of the same kind. */
static Value h_accept(Value *args, int nargs, Value kw) {
    if (!arg_count("accept", nargs, 1, 1)) return NIL;
    UvHandle *u = stream_arg(args[0], "accept");
    if (!u) return NIL;
    UvHandle *c = handle_new(u->kind);
    if (!c) return rt_raise_nomem();
    int rc = u->kind == K_TCP ? uv_tcp_init(L, (uv_tcp_t *)c->h) : uv_pipe_init(L, (uv_pipe_t *)c->h, 0);
    if (rc < 0) { GC_FREE(c->h); c->h = NULL; return uverr(rc); }
    registry_add(c);
    rc = uv_accept((uv_stream_t *)u->h, (uv_stream_t *)c->h);
    if (rc < 0) { discard(c); return uverr(rc); }
    return OBJ_VAL(c);
}

typedef struct ConnectReq { uv_connect_t req; Value cb; Value handle; } ConnectReq;

static void on_connect(uv_connect_t *req, int status) {
    ConnectReq *r = (ConnectReq *)req;
    Value cb = r->cb;
    GC_FREE(r);
    Value a = MK_SMALL(status);
    invoke(cb, &a, 1);
}

/* h.tcp_connect(family, address, callback) / h.pipe_connect(path, callback):
 * callback(status) when done.  Returns 0 or a negative error code. */
static Value h_tcp_connect(Value *args, int nargs, Value kw) {
    if (!arg_count("tcp_connect", nargs, 4, 4)) return NIL;
    UvHandle *u = stream_arg(args[0], "tcp_connect");
    int64_t family;
    if (!u || !int_arg(args[1], "tcp_connect", &family)) return NIL;
    struct sockaddr_storage ss;
    socklen_t len;
    if (!addr_from_py((int)family, args[2], &ss, &len)) return NIL;
    ConnectReq *r = GC_MALLOC_UNCOLLECTABLE(sizeof *r);
    r->cb = args[3];
    r->handle = args[0];
    int rc = uv_tcp_connect(&r->req, (uv_tcp_t *)u->h, (struct sockaddr *)&ss, on_connect);
    if (rc < 0) { GC_FREE(r); return MK_SMALL(rc); }
    return MK_SMALL(0);
}

static Value h_pipe_connect(Value *args, int nargs, Value kw) {
    if (!arg_count("pipe_connect", nargs, 3, 3)) return NIL;
    UvHandle *u = stream_arg(args[0], "pipe_connect");
    if (!u) return NIL;
    if (!str_check(args[1])) return rt_raise(&exc_TypeError, "pipe_connect: path must be str");
    ConnectReq *r = GC_MALLOC_UNCOLLECTABLE(sizeof *r);
    r->cb = args[2];
    r->handle = args[0];
    uv_pipe_connect(&r->req, (uv_pipe_t *)u->h, str_cstr(args[1]), on_connect);
    return MK_SMALL(0);
}

/* h.pipe_bind(path): bind a Unix socket server; raises OSError. */
static Value h_pipe_bind(Value *args, int nargs, Value kw) {
    if (!arg_count("pipe_bind", nargs, 2, 2)) return NIL;
    UvHandle *u = stream_arg(args[0], "pipe_bind");
    if (!u) return NIL;
    if (!str_check(args[1])) return rt_raise(&exc_TypeError, "pipe_bind: path must be str");
    int rc = uv_pipe_bind((uv_pipe_t *)u->h, str_cstr(args[1]));
    if (rc < 0) return MK_SMALL(rc);
    return MK_SMALL(0);
}

/* ---- streams: read / write / shutdown ---------------------------------------- */

/* One buffer serves every read: read_cb copies it out before the next alloc. */
static char read_buf[65536];

static void alloc_cb(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
    (void)h; (void)suggested;
    buf->base = read_buf;
    buf->len = sizeof read_buf;
}

/* The Python callback gets bytes (data), b'' (EOF) or a negative error code. */
static void read_cb(uv_stream_t *s, ssize_t nread, const uv_buf_t *buf) {
    (void)buf;
    if (nread == 0) return;   /* EAGAIN */
    UvHandle *u = s->data;
    Value a;
    if (nread > 0) a = bytes_new(read_buf, (size_t)nread);
    else if (nread == UV_EOF) a = bytes_new("", 0);
    else a = MK_SMALL(nread);
    if (nread < 0) uv_read_stop(s);
    invoke(u->on_read, &a, 1);
}

static Value h_read_start(Value *args, int nargs, Value kw) {
    if (!arg_count("read_start", nargs, 2, 2)) return NIL;
    if (closed_handle(args[0])) return MK_SMALL(UV_EBADF);
    UvHandle *u = stream_arg(args[0], "read_start");
    if (!u) return NIL;
    u->on_read = args[1];
    int rc = uv_read_start((uv_stream_t *)u->h, alloc_cb, read_cb);
    return MK_SMALL(rc < 0 ? rc : 0);
}

static Value h_read_stop(Value *args, int nargs, Value kw) {
    if (!arg_count("read_stop", nargs, 1, 1)) return NIL;
    if (!IS_SMALL(args[0]) && TYPE(args[0]) == &type_uvhandle &&
        (!((UvHandle *)args[0])->h || ((UvHandle *)args[0])->closing))
        return NONE;   /* stopping a closed stream is a no-op */
    UvHandle *u = stream_arg(args[0], "read_stop");
    if (!u) return NIL;
    uv_read_stop((uv_stream_t *)u->h);
    return NONE;
}

typedef struct WriteReq { uv_write_t req; Value cb; Value data; } WriteReq;

static void on_write(uv_write_t *req, int status) {
    WriteReq *r = (WriteReq *)req;
    Value cb = r->cb;
    GC_FREE(r);
    Value a = MK_SMALL(status);
    invoke(cb, &a, 1);
}

/* h.write(data, callback) -> 0 when everything was written at once (callback
 * not called), 1 when the rest was queued (callback(status) later), or a
 * negative error code. */
static Value h_write(Value *args, int nargs, Value kw) {
    if (!arg_count("write", nargs, 3, 3)) return NIL;
    if (closed_handle(args[0])) return MK_SMALL(UV_EBADF);
    UvHandle *u = stream_arg(args[0], "write");
    if (!u) return NIL;
    Value data = args[1];
    const char *p; size_t n;
    if (!bytes_buffer(data, &p, &n))
        return rt_raise(&exc_TypeError, "data argument must be a bytes-like object, not '%s'",
                        type_name(data));
    uv_stream_t *s = (uv_stream_t *)u->h;
    if (s->write_queue_size == 0) {
        uv_buf_t b = uv_buf_init((char *)p, (unsigned)n);
        int w = uv_try_write(s, &b, 1);
        if (w >= 0 && (size_t)w == n) return MK_SMALL(0);
        if (w < 0 && w != UV_EAGAIN && w != UV_ENOSYS) return MK_SMALL(w);
        if (w > 0) { p += w; n -= (size_t)w; }
    }
    /* The queued bytes must not change or move: keep an immutable copy. */
    Value keep = bytes_new(p, n);
    if (!keep) return NIL;
    WriteReq *r = GC_MALLOC_UNCOLLECTABLE(sizeof *r);
    r->cb = args[2];
    r->data = keep;
    uv_buf_t b = uv_buf_init((char *)bytes_data(keep), (unsigned)n);
    int rc = uv_write(&r->req, s, &b, 1, on_write);
    if (rc < 0) { GC_FREE(r); return MK_SMALL(rc); }
    return MK_SMALL(1);
}

static Value h_write_queue_size(Value *args, int nargs, Value kw) {
    UvHandle *u = (UvHandle *)args[0];
    if (!u->h || !is_stream(u)) return MK_SMALL(0);
    return int_from_u64(((uv_stream_t *)u->h)->write_queue_size);
}

typedef struct ShutdownReq { uv_shutdown_t req; Value cb; } ShutdownReq;

static void on_shutdown(uv_shutdown_t *req, int status) {
    ShutdownReq *r = (ShutdownReq *)req;
    Value cb = r->cb;
    GC_FREE(r);
    Value a = MK_SMALL(status);
    invoke(cb, &a, 1);
}

/* h.shutdown(callback): half-close after queued writes; 0 or an error code. */
static Value h_shutdown(Value *args, int nargs, Value kw) {
    if (!arg_count("shutdown", nargs, 2, 2)) return NIL;
    if (closed_handle(args[0])) return MK_SMALL(UV_EBADF);
    UvHandle *u = stream_arg(args[0], "shutdown");
    if (!u) return NIL;
    ShutdownReq *r = GC_MALLOC_UNCOLLECTABLE(sizeof *r);
    r->cb = args[1];
    int rc = uv_shutdown(&r->req, (uv_stream_t *)u->h, on_shutdown);
    if (rc < 0) { GC_FREE(r); return MK_SMALL(rc); }
    return MK_SMALL(0);
}

static Value h_set_nodelay(Value *args, int nargs, Value kw) {
    if (!arg_count("set_nodelay", nargs, 2, 2)) return NIL;
    UvHandle *u = stream_arg(args[0], "set_nodelay");
    if (!u) return NIL;
    if (u->kind == K_TCP) uv_tcp_nodelay((uv_tcp_t *)u->h, rt_truthy(args[1]) > 0);
    return NONE;
}

/* ---- generic handle methods ------------------------------------------------------ */

/* h.close(callback=None): close the handle (and its fd); callback() once closed. */
static Value h_close(Value *args, int nargs, Value kw) {
    if (!arg_count("close", nargs, 1, 2)) return NIL;
    UvHandle *u = (UvHandle *)args[0];
    if (IS_SMALL(args[0]) || TYPE(args[0]) != &type_uvhandle)
        return rt_raise(&exc_TypeError, "close: expected a _uv.Handle");
    if (!u->h || u->closing) return NONE;
    if (nargs > 1) u->on_close = args[1];
    if (u->kind == K_SIGNAL && u->signum) {
        uv_signal_stop((uv_signal_t *)u->h);
        restore_signal(u->signum);
        u->signum = 0;
    }
    u->closing = true;
    uv_close(u->h, on_close_cb);
    return NONE;
}

static Value h_closed(Value *args, int nargs, Value kw) {
    UvHandle *u = (UvHandle *)args[0];
    return BOOL(!u->h || u->closing);
}

static Value h_fileno(Value *args, int nargs, Value kw) {
    if (!arg_count("fileno", nargs, 1, 1)) return NIL;
    UvHandle *u = (UvHandle *)args[0];
    uv_os_fd_t fd;
    if (!u->h || u->closing || uv_fileno(u->h, &fd) < 0) return MK_SMALL(-1);
    return MK_SMALL(fd);
}

static Value sock_name(Value hv, bool peer) {
    UvHandle *u = stream_arg(hv, peer ? "getpeername" : "getsockname");
    if (!u) return NIL;
    uv_os_fd_t fd;
    int rc = uv_fileno(u->h, &fd);
    if (rc < 0) return uverr(rc);
    struct sockaddr_storage ss;
    socklen_t len = sizeof ss;
    memset(&ss, 0, sizeof ss);
    if ((peer ? getpeername(fd, (struct sockaddr *)&ss, &len) : getsockname(fd, (struct sockaddr *)&ss, &len)) < 0)
        return rt_raise_oserror(errno, NIL);
    return addr_to_py((struct sockaddr *)&ss, len);
}

static Value h_getsockname(Value *args, int nargs, Value kw) {
    if (!arg_count("getsockname", nargs, 1, 1)) return NIL;
    return sock_name(args[0], false);
}

static Value h_getpeername(Value *args, int nargs, Value kw) {
    if (!arg_count("getpeername", nargs, 1, 1)) return NIL;
    return sock_name(args[0], true);
}

static Value h_ref(Value *args, int nargs, Value kw) {
    if (!arg_count("ref", nargs, 2, 2)) return NIL;
    UvHandle *u = self_handle(args[0], "ref");
    if (!u) return NIL;
    if (rt_truthy(args[1]) > 0) uv_ref(u->h); else uv_unref(u->h);
    return NONE;
}

static Value h_kind(Value *args, int nargs, Value kw) {
    return str_from_cstr(kind_names[((UvHandle *)args[0])->kind]);
}

static Value h_pid(Value *args, int nargs, Value kw) {
    UvHandle *u = (UvHandle *)args[0];
    return u->kind == K_PROCESS ? MK_SMALL(u->pid) : NONE;
}

static Value h_stdio(Value *args, int nargs, Value kw) {
    return ((UvHandle *)args[0])->stdio;
}

static Value h_repr(Value self) {
    UvHandle *u = (UvHandle *)self;
    uv_os_fd_t fd = -1;
    if (u->h && !u->closing) uv_fileno(u->h, &fd);
    return str_printf("<_uv.Handle %s%s fd=%d>", kind_names[u->kind],
                      (!u->h || u->closing) ? " closed" : "", (int)fd);
}

/* ---- constructors ------------------------------------------------------------------- */

static Value make_stream(int kind, int64_t fd) {
    UvHandle *u = handle_new(kind);
    if (!u) return rt_raise_nomem();
    int rc = kind == K_TCP ? uv_tcp_init(L, (uv_tcp_t *)u->h) : uv_pipe_init(L, (uv_pipe_t *)u->h, 0);
    if (rc < 0) { GC_FREE(u->h); u->h = NULL; return uverr(rc); }
    registry_add(u);
    if (fd >= 0) {
        rc = kind == K_TCP ? uv_tcp_open((uv_tcp_t *)u->h, (uv_os_sock_t)fd)
                           : uv_pipe_open((uv_pipe_t *)u->h, (uv_file)fd);
        if (rc < 0) {
            /* The fd was not adopted: detach it so closing the handle leaves it alone. */
            discard(u);
            return uverr(rc);
        }
    }
    return OBJ_VAL(u);
}

/* tcp(fd=-1): a TCP stream handle, adopting a socket fd when given. */
static Value muv_tcp(Value *args, int nargs, Value kw) {
    if (!arg_count("tcp", nargs, 0, 1)) return NIL;
    int64_t fd = -1;
    if (nargs && !int_arg(args[0], "tcp", &fd)) return NIL;
    return make_stream(K_TCP, fd);
}

/* pipe(fd=-1): a pipe / Unix socket stream handle. */
static Value muv_pipe(Value *args, int nargs, Value kw) {
    if (!arg_count("pipe", nargs, 0, 1)) return NIL;
    int64_t fd = -1;
    if (nargs && !int_arg(args[0], "pipe", &fd)) return NIL;
    return make_stream(K_PIPE, fd);
}

/* signal(): a signal handle; h.signal_start(signum, callback), h.signal_stop(). */
static Value muv_signal_new(Value *args, int nargs, Value kw) {
    if (!arg_count("signal", nargs, 0, 0)) return NIL;
    UvHandle *u = handle_new(K_SIGNAL);
    if (!u) return rt_raise_nomem();
    int rc = uv_signal_init(L, (uv_signal_t *)u->h);
    if (rc < 0) { GC_FREE(u->h); u->h = NULL; return uverr(rc); }
    registry_add(u);
    return OBJ_VAL(u);
}

static void on_signal(uv_signal_t *s, int signum) {
    UvHandle *u = s->data;
    Value a = MK_SMALL(signum);
    invoke(u->on_event, &a, 1);
}

static Value h_signal_start(Value *args, int nargs, Value kw) {
    if (!arg_count("signal_start", nargs, 3, 3)) return NIL;
    UvHandle *u = self_handle(args[0], "signal_start");
    int64_t signum;
    if (!u || !int_arg(args[1], "signal_start", &signum)) return NIL;
    if (u->kind != K_SIGNAL) return rt_raise(&exc_TypeError, "signal_start: not a signal handle");
    if (signum < 1 || signum >= NSIG) return rt_raise(&exc_ValueError, "signal number out of range");
    if (u->signum) {
        uv_signal_stop((uv_signal_t *)u->h);
        restore_signal(u->signum);
        u->signum = 0;
    }
    if (sig_users[signum]++ == 0) sigaction((int)signum, NULL, &saved_sig[signum]);
    u->on_event = args[2];
    int rc = uv_signal_start((uv_signal_t *)u->h, on_signal, (int)signum);
    if (rc < 0) { restore_signal((int)signum); return uverr(rc); }
    u->signum = (int)signum;
    return NONE;
}

static Value h_signal_stop(Value *args, int nargs, Value kw) {
    if (!arg_count("signal_stop", nargs, 1, 1)) return NIL;
    UvHandle *u = self_handle(args[0], "signal_stop");
    if (!u) return NIL;
    if (u->kind == K_SIGNAL && u->signum) {
        uv_signal_stop((uv_signal_t *)u->h);
        restore_signal(u->signum);
        u->signum = 0;
    }
    return NONE;
}

/* poll(fd): an fd-readiness watcher; h.poll_start(events, callback) with
 * callback(status, events), events a mask of READABLE / WRITABLE. */
static Value muv_poll_new(Value *args, int nargs, Value kw) {
    if (!arg_count("poll", nargs, 1, 1)) return NIL;
    int64_t fd;
    if (!int_arg(args[0], "poll", &fd)) return NIL;
    UvHandle *u = handle_new(K_POLL);
    if (!u) return rt_raise_nomem();
    int rc = uv_poll_init(L, (uv_poll_t *)u->h, (int)fd);
    if (rc < 0) { GC_FREE(u->h); u->h = NULL; return uverr(rc); }
    registry_add(u);
    return OBJ_VAL(u);
}

static void on_poll(uv_poll_t *p, int status, int events) {
    UvHandle *u = p->data;
    Value a[2] = {MK_SMALL(status), MK_SMALL(events)};
    invoke(u->on_event, a, 2);
}

static Value h_poll_start(Value *args, int nargs, Value kw) {
    if (!arg_count("poll_start", nargs, 3, 3)) return NIL;
    UvHandle *u = self_handle(args[0], "poll_start");
    int64_t events;
    if (!u || !int_arg(args[1], "poll_start", &events)) return NIL;
    if (u->kind != K_POLL) return rt_raise(&exc_TypeError, "poll_start: not a poll handle");
    u->on_event = args[2];
    int rc = uv_poll_start((uv_poll_t *)u->h, (int)events, on_poll);
    if (rc < 0) return uverr(rc);
    return NONE;
}

static Value h_poll_stop(Value *args, int nargs, Value kw) {
    if (!arg_count("poll_stop", nargs, 1, 1)) return NIL;
    UvHandle *u = self_handle(args[0], "poll_stop");
    if (!u) return NIL;
    if (u->kind == K_POLL) uv_poll_stop((uv_poll_t *)u->h);
    return NONE;
}

/* ---- child processes ------------------------------------------------------------------ */

static void on_exit_cb(uv_process_t *p, int64_t status, int term_signal) {
    UvHandle *u = p->data;
    Value cb = u->on_event;
    Value a = term_signal ? MK_SMALL(-term_signal) : int_from_i64(status);
    u->on_event = NONE;
    u->closing = true;
    uv_close(u->h, on_close_cb);
    invoke(cb, &a, 1);
}

/* A C string from a str / bytes argument (args, cwd, env items). */
static const char *cstr_arg(Value v, const char *what) {
    if (str_check(v)) return str_cstr(v);
    if (bytes_check(v)) return bytes_data(v);
    rt_raise(&exc_TypeError, "%s: expected str, bytes or os.PathLike object, not %s", what, type_name(v));
    return NULL;
}

static char **cstr_array(Value seq, const char *what) {
    Value lst = rt_list_from_iter(seq);
    if (!lst) return NULL;
    size_t n = LIST_LEN(lst);
    char **arr = GC_MALLOC((n + 1) * sizeof(char *));
    for (size_t i = 0; i < n; i++) {
        const char *s = cstr_arg(LIST_ITEMS(lst)[i], what);
        if (!s) return NULL;
        arr[i] = (char *)s;
    }
    arr[n] = NULL;
    return arr;
}

/* spawn(args, cwd, env, stdin, stdout, stderr, exit_callback) -> process Handle.
 * args: list of str; cwd: str or None; env: list of "K=V" or None (inherit).
 * Each stdio spec is None (inherit), PIPE (-1), STDOUT (-2, stderr only),
 * DEVNULL (-3) or an fd; h.stdio gives the parent ends of the pipes as stream
 * Handles.  exit_callback(returncode) with -signal for a killed child. */
static Value muv_spawn(Value *args, int nargs, Value kw) {
    if (!arg_count("spawn", nargs, 7, 7)) return NIL;
    char **argv = cstr_array(args[0], "spawn");
    if (!argv) return NIL;
    if (!argv[0]) return rt_raise(&exc_ValueError, "args must not be empty");
    const char *cwd = NULL;
    if (args[1] != NONE && !(cwd = cstr_arg(args[1], "cwd"))) return NIL;
    char **env = NULL;
    if (args[2] != NONE && !(env = cstr_array(args[2], "env"))) return NIL;

    uv_stdio_container_t stdio[3];
    int child_fd[3] = {-1, -1, -1};      /* fds we opened for the child; closed after spawn */
    int parent_fd[3] = {-1, -1, -1};     /* our ends of the pipes */
    Value err = NIL;
    for (int i = 0; i < 3; i++) {
        Value spec = args[3 + i];
        int64_t v = 0;
        if (spec == NONE) { stdio[i].flags = UV_INHERIT_FD; stdio[i].data.fd = i; continue; }
        if (!int_arg(spec, "spawn", &v)) { err = rt_exc_fetch(); break; }
        if (v == -1) {
            int p[2];
            if (pipe2(p, O_CLOEXEC) < 0) { rt_raise_oserror(errno, NIL); err = rt_exc_fetch(); break; }
            child_fd[i] = i == 0 ? p[0] : p[1];
            parent_fd[i] = i == 0 ? p[1] : p[0];
            stdio[i].flags = UV_INHERIT_FD;
            stdio[i].data.fd = child_fd[i];
        } else if (v == -2) {
            if (i != 2) { rt_raise(&exc_ValueError, "STDOUT can only be used for stderr"); err = rt_exc_fetch(); break; }
            stdio[i] = stdio[1];
        } else if (v == -3) {
            int fd = open("/dev/null", (i == 0 ? O_RDONLY : O_WRONLY) | O_CLOEXEC);
            if (fd < 0) { rt_raise_oserror(errno, str_from_cstr("/dev/null")); err = rt_exc_fetch(); break; }
            child_fd[i] = fd;
            stdio[i].flags = UV_INHERIT_FD;
            stdio[i].data.fd = fd;
        } else if (v >= 0) {
            stdio[i].flags = UV_INHERIT_FD;
            stdio[i].data.fd = (int)v;
        } else {
            rt_raise(&exc_ValueError, "bad stdio spec %lld", (long long)v);
            err = rt_exc_fetch();
            break;
        }
    }
    UvHandle *u = NULL;
    if (!err) {
        u = handle_new(K_PROCESS);
        if (!u) { rt_raise_nomem(); err = rt_exc_fetch(); }
    }
    if (!err) {
        uv_process_options_t opt;
        memset(&opt, 0, sizeof opt);
        opt.exit_cb = on_exit_cb;
        opt.file = argv[0];
        opt.args = argv;
        opt.env = env;
        opt.cwd = cwd;
        opt.stdio_count = 3;
        opt.stdio = stdio;
        u->on_event = args[6];
        int rc = uv_spawn(L, (uv_process_t *)u->h, &opt);
        if (rc < 0) {
            u->on_event = NONE;
            registry_add(u);
            discard(u);
            rt_raise_oserror(-rc, str_from_cstr(argv[0]));
            err = rt_exc_fetch();
        } else {
            registry_add(u);
            u->pid = ((uv_process_t *)u->h)->pid;
        }
    }
    for (int i = 0; i < 3; i++)
        if (child_fd[i] >= 0) close(child_fd[i]);
    if (err) {
        for (int i = 0; i < 3; i++)
            if (parent_fd[i] >= 0) close(parent_fd[i]);
        TH()->exc = err;
        return NIL;
    }
    Value pipes[3];
    for (int i = 0; i < 3; i++) {
        pipes[i] = NONE;
        if (parent_fd[i] < 0) continue;
        Value p = make_stream(K_PIPE, parent_fd[i]);
        if (!p) { close(parent_fd[i]); rt_exc_clear(); continue; }
        pipes[i] = p;
    }
    u->stdio = tuple_pack(3, pipes[0], pipes[1], pipes[2]);
    return OBJ_VAL(u);
}

/* h.kill(signum) -> 0 or a negative error code (ESRCH once the child is gone). */
static Value h_kill(Value *args, int nargs, Value kw) {
    if (!arg_count("kill", nargs, 2, 2)) return NIL;
    UvHandle *u = (UvHandle *)args[0];
    int64_t signum;
    if (IS_SMALL(args[0]) || TYPE(args[0]) != &type_uvhandle || u->kind != K_PROCESS)
        return rt_raise(&exc_TypeError, "kill: not a process handle");
    if (!int_arg(args[1], "kill", &signum)) return NIL;
    if (!u->h || u->closing) return MK_SMALL(UV_ESRCH);
    return MK_SMALL(uv_process_kill((uv_process_t *)u->h, (int)signum));
}

/* ---- plain sockets (for socket.py) ------------------------------------------------------ */

static Value sock_errno(void) { return rt_raise_oserror(errno, NIL); }

static bool fd_arg(Value v, int *fd) {
    int64_t x;
    if (!int_arg(v, "fd", &x)) return false;
    *fd = (int)x;
    return true;
}

/* socket(family, type, proto) -> fd (close-on-exec). */
static Value s_socket(Value *args, int nargs, Value kw) {
    if (!arg_count("socket", nargs, 3, 3)) return NIL;
    int64_t f, t, p;
    if (!int_arg(args[0], "socket", &f) || !int_arg(args[1], "socket", &t) || !int_arg(args[2], "socket", &p))
        return NIL;
    int fd = socket((int)f, (int)t | SOCK_CLOEXEC, (int)p);
    if (fd < 0) return sock_errno();
    return MK_SMALL(fd);
}

static Value s_socketpair(Value *args, int nargs, Value kw) {
    if (!arg_count("socketpair", nargs, 3, 3)) return NIL;
    int64_t f, t, p;
    if (!int_arg(args[0], "socketpair", &f) || !int_arg(args[1], "socketpair", &t) ||
        !int_arg(args[2], "socketpair", &p))
        return NIL;
    int sv[2];
    if (socketpair((int)f, (int)t | SOCK_CLOEXEC, (int)p, sv) < 0) return sock_errno();
    return tuple_pack(2, MK_SMALL(sv[0]), MK_SMALL(sv[1]));
}

static Value s_close(Value *args, int nargs, Value kw) {
    if (!arg_count("close", nargs, 1, 1)) return NIL;
    int fd;
    if (!fd_arg(args[0], &fd)) return NIL;
    if (close(fd) < 0 && errno != EINTR) return sock_errno();
    return NONE;
}

static Value s_bind(Value *args, int nargs, Value kw) {
    if (!arg_count("bind", nargs, 3, 3)) return NIL;
    int fd; int64_t family;
    if (!fd_arg(args[0], &fd) || !int_arg(args[1], "bind", &family)) return NIL;
    struct sockaddr_storage ss; socklen_t len;
    if (!addr_from_py((int)family, args[2], &ss, &len)) return NIL;
    if (bind(fd, (struct sockaddr *)&ss, len) < 0) return sock_errno();
    return NONE;
}

static Value s_connect(Value *args, int nargs, Value kw) {
    if (!arg_count("connect", nargs, 3, 3)) return NIL;
    int fd; int64_t family;
    if (!fd_arg(args[0], &fd) || !int_arg(args[1], "connect", &family)) return NIL;
    struct sockaddr_storage ss; socklen_t len;
    if (!addr_from_py((int)family, args[2], &ss, &len)) return NIL;
    Thread *token = gil_release();   /* a blocking socket may wait here */
    int rc = connect(fd, (struct sockaddr *)&ss, len);
    gil_acquire(token);
    if (rc < 0) return sock_errno();
    return NONE;
}

static Value s_listen(Value *args, int nargs, Value kw) {
    if (!arg_count("listen", nargs, 2, 2)) return NIL;
    int fd; int64_t backlog;
    if (!fd_arg(args[0], &fd) || !int_arg(args[1], "listen", &backlog)) return NIL;
    if (listen(fd, (int)backlog) < 0) return sock_errno();
    return NONE;
}

static Value s_accept(Value *args, int nargs, Value kw) {
    if (!arg_count("accept", nargs, 1, 1)) return NIL;
    int fd;
    if (!fd_arg(args[0], &fd)) return NIL;
    struct sockaddr_storage ss; socklen_t len = sizeof ss;
    Thread *token = gil_release();
    int c = accept4(fd, (struct sockaddr *)&ss, &len, SOCK_CLOEXEC);
    gil_acquire(token);
    if (c < 0) return sock_errno();
    return tuple_pack(2, MK_SMALL(c), addr_to_py((struct sockaddr *)&ss, len));
}

static Value s_name(Value *args, int nargs, bool peer) {
    if (!arg_count(peer ? "getpeername" : "getsockname", nargs, 1, 1)) return NIL;
    int fd;
    if (!fd_arg(args[0], &fd)) return NIL;
    struct sockaddr_storage ss; socklen_t len = sizeof ss;
    memset(&ss, 0, sizeof ss);
    if ((peer ? getpeername(fd, (struct sockaddr *)&ss, &len) : getsockname(fd, (struct sockaddr *)&ss, &len)) < 0)
        return sock_errno();
    return addr_to_py((struct sockaddr *)&ss, len);
}
static Value s_getsockname(Value *args, int nargs, Value kw) { return s_name(args, nargs, false); }
static Value s_getpeername(Value *args, int nargs, Value kw) { return s_name(args, nargs, true); }

static Value s_setsockopt(Value *args, int nargs, Value kw) {
    if (!arg_count("setsockopt", nargs, 4, 4)) return NIL;
    int fd; int64_t level, opt, val;
    if (!fd_arg(args[0], &fd) || !int_arg(args[1], "setsockopt", &level) ||
        !int_arg(args[2], "setsockopt", &opt) || !int_arg(args[3], "setsockopt", &val))
        return NIL;
    int v = (int)val;
    if (setsockopt(fd, (int)level, (int)opt, &v, sizeof v) < 0) return sock_errno();
    return NONE;
}

static Value s_getsockopt(Value *args, int nargs, Value kw) {
    if (!arg_count("getsockopt", nargs, 3, 3)) return NIL;
    int fd; int64_t level, opt;
    if (!fd_arg(args[0], &fd) || !int_arg(args[1], "getsockopt", &level) || !int_arg(args[2], "getsockopt", &opt))
        return NIL;
    int v = 0; socklen_t len = sizeof v;
    if (getsockopt(fd, (int)level, (int)opt, &v, &len) < 0) return sock_errno();
    return MK_SMALL(v);
}

static Value s_setblocking(Value *args, int nargs, Value kw) {
    if (!arg_count("setblocking", nargs, 2, 2)) return NIL;
    int fd;
    if (!fd_arg(args[0], &fd)) return NIL;
    int fl = fcntl(fd, F_GETFL);
    if (fl < 0) return sock_errno();
    fl = rt_truthy(args[1]) > 0 ? (fl & ~O_NONBLOCK) : (fl | O_NONBLOCK);
    if (fcntl(fd, F_SETFL, fl) < 0) return sock_errno();
    return NONE;
}

static Value s_send(Value *args, int nargs, Value kw) {
    if (!arg_count("send", nargs, 2, 2)) return NIL;
    int fd;
    if (!fd_arg(args[0], &fd)) return NIL;
    const char *p; size_t n;
    if (!bytes_buffer(args[1], &p, &n))
        return rt_raise(&exc_TypeError, "a bytes-like object is required, not '%s'", type_name(args[1]));
    ssize_t w;
    Thread *th = TH();
    Thread *token = gil_release();
    do {
        w = send(fd, p, n, MSG_NOSIGNAL);
    } while (w < 0 && errno == EINTR && !th->interrupt);
    gil_acquire(token);
    if (w < 0) return sock_errno();
    return MK_SMALL(w);
}

static Value s_recv(Value *args, int nargs, Value kw) {
    if (!arg_count("recv", nargs, 2, 2)) return NIL;
    int fd; int64_t n;
    if (!fd_arg(args[0], &fd) || !int_arg(args[1], "recv", &n)) return NIL;
    if (n < 0) return rt_raise(&exc_ValueError, "negative buffersize in recv");
    char *buf = GC_MALLOC_ATOMIC((size_t)n + 1);
    ssize_t r;
    Thread *th = TH();
    Thread *token = gil_release();
    do {
        r = recv(fd, buf, (size_t)n, 0);
    } while (r < 0 && errno == EINTR && !th->interrupt);
    gil_acquire(token);
    if (r < 0) return sock_errno();
    return bytes_new(buf, (size_t)r);
}

static Value s_shutdown(Value *args, int nargs, Value kw) {
    if (!arg_count("shutdown", nargs, 2, 2)) return NIL;
    int fd; int64_t how;
    if (!fd_arg(args[0], &fd) || !int_arg(args[1], "shutdown", &how)) return NIL;
    if (shutdown(fd, (int)how) < 0) return sock_errno();
    return NONE;
}

static Value s_gethostname(Value *args, int nargs, Value kw) {
    if (!arg_count("gethostname", nargs, 0, 0)) return NIL;
    char buf[256];
    if (gethostname(buf, sizeof buf) < 0) return sock_errno();
    buf[sizeof buf - 1] = 0;
    return str_from_cstr(buf);
}

/* getaddrinfo(host, port, family, type, proto, flags) -> [(family, type, proto,
 * canonname, sockaddr)], blocking.  Errors: OSError(gai_code, message), which
 * socket.py turns into socket.gaierror. */
static Value s_getaddrinfo(Value *args, int nargs, Value kw) {
    if (!arg_count("getaddrinfo", nargs, 6, 6)) return NIL;
    const char *host = NULL, *port = NULL;
    char portbuf[32];
    if (args[0] != NONE) {
        if (!str_check(args[0]))
            return rt_raise(&exc_TypeError, "getaddrinfo() argument 1 must be string or None");
        host = str_cstr(args[0]);
    }
    if (args[1] != NONE) {
        int64_t p;
        if (str_check(args[1])) port = str_cstr(args[1]);
        else if (bytes_check(args[1])) port = bytes_data(args[1]);
        else if (int_check(args[1]) && int_to_i64(args[1], &p)) {
            snprintf(portbuf, sizeof portbuf, "%lld", (long long)p);
            port = portbuf;
        } else return rt_raise(&exc_OSError, "Int or String expected");
    }
    int64_t fam, type, proto, flags;
    if (!int_arg(args[2], "getaddrinfo", &fam) || !int_arg(args[3], "getaddrinfo", &type) ||
        !int_arg(args[4], "getaddrinfo", &proto) || !int_arg(args[5], "getaddrinfo", &flags))
        return NIL;
    struct addrinfo hints = {0}, *res = NULL;
    hints.ai_family = (int)fam;
    hints.ai_socktype = (int)type;
    hints.ai_protocol = (int)proto;
    hints.ai_flags = (int)flags;
    int rc = getaddrinfo(host, port, &hints, &res);
    if (rc != 0) {
        Value a = tuple_pack(2, MK_SMALL(rc), str_from_cstr(gai_strerror(rc)));
        return rt_raise_args(&exc_OSError, a);
    }
    Value out = list_new(0);
    for (struct addrinfo *ai = res; ai; ai = ai->ai_next) {
        Value item = tuple_pack(5, MK_SMALL(ai->ai_family), MK_SMALL(ai->ai_socktype),
                                MK_SMALL(ai->ai_protocol),
                                str_from_cstr(ai->ai_canonname ? ai->ai_canonname : ""),
                                addr_to_py(ai->ai_addr, ai->ai_addrlen));
        list_append(out, item);
    }
    freeaddrinfo(res);
    return out;
}

/* kill(pid, signum): os.kill for signal.py; raises OSError. */
static Value s_kill(Value *args, int nargs, Value kw) {
    if (!arg_count("kill", nargs, 2, 2)) return NIL;
    int64_t pid, sig;
    if (!int_arg(args[0], "kill", &pid) || !int_arg(args[1], "kill", &sig)) return NIL;
    if (kill((pid_t)pid, (int)sig) < 0) return sock_errno();
    return NONE;
}

static Value s_strerror(Value *args, int nargs, Value kw) {
    if (!arg_count("strerror", nargs, 1, 1)) return NIL;
    int64_t e;
    if (!int_arg(args[0], "strerror", &e)) return NIL;
    return str_from_cstr(strerror((int)e));
}

/* ---- the type and the module ------------------------------------------------------------- */

static const MethodDef handle_methods[] = {
    {"listen", h_listen, METH_DEFAULT, NULL},
    {"accept", h_accept, METH_DEFAULT, NULL},
    {"tcp_connect", h_tcp_connect, METH_DEFAULT, NULL},
    {"pipe_connect", h_pipe_connect, METH_DEFAULT, NULL},
    {"pipe_bind", h_pipe_bind, METH_DEFAULT, NULL},
    {"read_start", h_read_start, METH_DEFAULT, NULL},
    {"read_stop", h_read_stop, METH_DEFAULT, NULL},
    {"write", h_write, METH_DEFAULT, NULL},
    {"shutdown", h_shutdown, METH_DEFAULT, NULL},
    {"set_nodelay", h_set_nodelay, METH_DEFAULT, NULL},
    {"close", h_close, METH_DEFAULT, NULL},
    {"fileno", h_fileno, METH_DEFAULT, NULL},
    {"getsockname", h_getsockname, METH_DEFAULT, NULL},
    {"getpeername", h_getpeername, METH_DEFAULT, NULL},
    {"ref", h_ref, METH_DEFAULT, NULL},
    {"signal_start", h_signal_start, METH_DEFAULT, NULL},
    {"signal_stop", h_signal_stop, METH_DEFAULT, NULL},
    {"poll_start", h_poll_start, METH_DEFAULT, NULL},
    {"poll_stop", h_poll_stop, METH_DEFAULT, NULL},
    {"kill", h_kill, METH_DEFAULT, NULL},
    {"write_queue_size", h_write_queue_size, METH_GETTER, NULL},
    {"closed", h_closed, METH_GETTER, NULL},
    {"kind", h_kind, METH_GETTER, NULL},
    {"pid", h_pid, METH_GETTER, NULL},
    {"stdio", h_stdio, METH_GETTER, NULL},
    {NULL, NULL, 0, NULL},
};

static Type type_uvhandle = {
    .ob = {&type_type},
    .name = "Handle",
    .size = sizeof(UvHandle),
    .methods = handle_methods,
    .repr = h_repr,
};

static void loop_setup(void) {
    if (L) return;
    /* Must precede every other libuv call, so that all of libuv's memory is
     * uncollectable GC memory the collector scans. */
    uv_replace_allocator(gc_uv_malloc, gc_uv_realloc, gc_uv_calloc, gc_uv_free);
    L = uv_default_loop();
    uv_timer_init(L, &wait_timer);
    uv_async_init(L, &wake_async, noop_async_cb);
    uv_unref((uv_handle_t *)&wake_async);
    main_th = TH();
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = sigint_chain;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, &prev_sigint);
}

bool mod_uv_init(Value m) {
    type_ready(&type_uvhandle);
    type_uvhandle.module = str_from_cstr("_uv");
    gc_add_root(&pending_exc);
    gc_add_root(&sigint_cb);
    if (!live_handles) {
        live_handles = set_new();
        gc_add_root(&live_handles);
    }
    loop_setup();
    module_add(m, "Handle", OBJ_VAL(&type_uvhandle));
    module_add(m, "handles", live_handles);
    module_add_func(m, "run_once", muv_run_once);
    module_add_func(m, "sigint_handler", muv_sigint_handler);
    module_add_func(m, "wakeup", muv_wakeup);
    module_add_func(m, "tcp", muv_tcp);
    module_add_func(m, "pipe", muv_pipe);
    module_add_func(m, "signal", muv_signal_new);
    module_add_func(m, "poll", muv_poll_new);
    module_add_func(m, "spawn", muv_spawn);
    module_add_func(m, "socket", s_socket);
    module_add_func(m, "socketpair", s_socketpair);
    module_add_func(m, "close", s_close);
    module_add_func(m, "bind", s_bind);
    module_add_func(m, "connect", s_connect);
    module_add_func(m, "listen", s_listen);
    module_add_func(m, "accept", s_accept);
    module_add_func(m, "getsockname", s_getsockname);
    module_add_func(m, "getpeername", s_getpeername);
    module_add_func(m, "setsockopt", s_setsockopt);
    module_add_func(m, "getsockopt", s_getsockopt);
    module_add_func(m, "setblocking", s_setblocking);
    module_add_func(m, "send", s_send);
    module_add_func(m, "recv", s_recv);
    module_add_func(m, "shutdown", s_shutdown);
    module_add_func(m, "gethostname", s_gethostname);
    module_add_func(m, "getaddrinfo", s_getaddrinfo);
    module_add_func(m, "strerror", s_strerror);
    module_add_func(m, "kill", s_kill);
    module_add(m, "READABLE", MK_SMALL(UV_READABLE));
    module_add(m, "WRITABLE", MK_SMALL(UV_WRITABLE));
    module_add(m, "EOF", MK_SMALL(UV_EOF));
    return true;
}
