/* file.c — file objects over POSIX file descriptors: sys.stdin/stdout/stderr
 * and the objects open() returns, in text (str, UTF-8) and binary (bytes) modes.
 *
 * Invariant: data written is buffered in wbuf and reaches the fd on flush();
 * stdout is flushed before anything goes to stderr, before stdin is read, and
 * every writable file is in Interp.open_files until closed so exit can flush it.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "file.h"
#include "abstract.h"
#include "bytes.h"
#include "containers.h"
#include "errors.h"
#include "func.h"
#include "gil.h"
#include "interp.h"
#include "module.h"
#include "names.h"
#include "num.h"
#include "str.h"

Type exc_UnsupportedOperation = {
    .ob = {&type_type}, .name = "UnsupportedOperation", .base = &exc_OSError,
    .size = sizeof(ExcObj), .dict_offset = offsetof(ExcObj, dict),
    .flags = TF_BASETYPE | TF_EXC,
};

static inline FileObj *F(Value v) { return (FileObj *)v; }

bool file_check(Value v) {
    return !IS_SMALL(v) && (TYPE(v) == &type_file || TYPE(v) == &type_binfile);
}

static bool closed_error(void) {
    rt_raise(&exc_ValueError, "I/O operation on closed file.");
    return false;
}

static bool unsupported(const char *what) {
    rt_raise(&exc_UnsupportedOperation, "%s", what);
    return false;
}

static Value std_stdout(void) {
    Interp *in = TH()->interp;
    return in ? in->stdout : NIL;
}

/* ---- writing ------------------------------------------------------------- */

static bool raw_write(FileObj *f, const char *s, size_t n) {
    while (n > 0) {
        ssize_t w = write(f->fd, s, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            rt_raise_oserror(errno, NIL);
            return false;
        }
        s += w;
        n -= (size_t)w;
    }
    return true;
}

bool file_flush(Value v) {
    FileObj *f = F(v);
    if (f->wlen == 0) return true;
    size_t n = f->wlen;
    f->wlen = 0;
    return raw_write(f, f->wbuf, n);
}

static void flush_stdout_quietly(FileObj *except) {
    Value so = std_stdout();
    if (so && file_check(so) && F(so) != except && !F(so)->closed && F(so)->wlen) {
        Value saved = rt_exc_fetch();
        if (!file_flush(so)) rt_exc_clear();
        TH()->exc = saved;
    }
}

bool file_write_raw(Value v, const char *s, size_t n) {
    FileObj *f = F(v);
    if (f->closed) return closed_error();
    if (!f->writable) return unsupported("not writable");
    if (f->write_through) {
        flush_stdout_quietly(f);
        if (f->buffer && TYPE(v) == &type_binfile && file_check(f->buffer) && !file_flush(f->buffer))
            return false;
    }
    if (f->wlen + n > f->wcap) {
        size_t cap = f->wcap ? f->wcap : 8192;
        while (cap < f->wlen + n) cap *= 2;
        char *nb = GC_MALLOC_ATOMIC(cap);
        if (!nb) {
            rt_raise_nomem();
            return false;
        }
        if (f->wlen) memcpy(nb, f->wbuf, f->wlen);
        f->wbuf = nb;
        f->wcap = cap;
    }
    memcpy(f->wbuf + f->wlen, s, n);
    f->wlen += n;
    if (f->write_through || f->wlen >= 8192 || (f->line_buffered && memchr(s, '\n', n)))
        return file_flush(v);
    return true;
}

/* ---- reading ------------------------------------------------------------- */

/* Room for `need` more bytes after rlen in rbuf; false on MemoryError. */
static bool reserve(FileObj *f, size_t need) {
    if (f->rpos > 0 && f->rpos == f->rlen) f->rpos = f->rlen = 0;
    if (f->rlen + need > f->rcap) {
        size_t cap = f->rcap ? f->rcap * 2 : 16384;
        while (cap < f->rlen + need) cap *= 2;
        char *nb = GC_MALLOC_ATOMIC(cap);
        if (!nb) {
            rt_raise_nomem();
            return false;
        }
        if (f->rlen > f->rpos) memcpy(nb, f->rbuf + f->rpos, f->rlen - f->rpos);
        f->rlen -= f->rpos;
        f->rpos = 0;
        f->rbuf = nb;
        f->rcap = cap;
    }
    return true;
}

/* read() without the GIL once there are threads, so others run while it
 * blocks (stdin, pipes).  Another thread may use this file meanwhile, so the
 * bytes land in a buffer of our own and are appended with the GIL held. */
static ssize_t read_unlocked(FileObj *f) {
    char tmp[65536];
    Thread *token = gil_release();
    ssize_t r = read(f->fd, tmp, sizeof tmp);
    gil_acquire(token);
    if (r > 0) {
        if (!reserve(f, (size_t)r)) return -2;
        memcpy(f->rbuf + f->rlen, tmp, (size_t)r);
    }
    return r;
}

/* Read more bytes into rbuf; false on error; sets eof at end of input. */
static bool fill(FileObj *f) {
    if (f->eof) return true;
    if (f->fd == 0) flush_stdout_quietly(NULL);
    if (!reserve(f, 8192)) return false;
    for (;;) {
        ssize_t r = gil_threads ? read_unlocked(f)
                                : read(f->fd, f->rbuf + f->rlen, f->rcap - f->rlen);
        if (r == -2) return false;
        if (r < 0) {
            if (errno == EINTR) {
                if (TH()->interrupt) {
                    TH()->interrupt = 0;
                    rt_raise_args(&exc_KeyboardInterrupt, rt_empty_tuple);
                    return false;
                }
                continue;
            }
            rt_raise_oserror(errno, NIL);
            return false;
        }
        if (r == 0) f->eof = true;
        f->rlen += (size_t)r;
        return true;
    }
}

static bool check_readable(FileObj *f) {
    if (f->closed) return closed_error();
    if (!f->readable) return unsupported("not readable");
    if (f->writable && f->wlen) return file_flush(OBJ_VAL(f));
    return true;
}

/* Text: turn raw bytes into a str, translating "\r\n" to "\n". */
static Value decode_text(FileObj *f, const char *p, size_t n) {
    if (memchr(p, '\r', n)) {
        char *t = GC_MALLOC_ATOMIC(n + 1);
        size_t k = 0;
        for (size_t i = 0; i < n; i++) {
            if (p[i] == '\r' && i + 1 < n && p[i + 1] == '\n') continue;
            t[k++] = p[i] == '\r' ? '\n' : p[i];
        }
        p = t;
        n = k;
    }
    return bytes_decode(p, n, "utf-8", "strict");
}

static Value take(FileObj *f, size_t n) {
    const char *p = f->rbuf + f->rpos;
    f->rpos += n;
    if (f->ob.type == &type_binfile) return bytes_new(p, n);
    return decode_text(f, p, n);
}

Value file_readline(Value v) {
    FileObj *f = F(v);
    if (!check_readable(f)) return NIL;
    size_t scanned = 0;
    for (;;) {
        char *start = f->rbuf ? f->rbuf + f->rpos : NULL;
        size_t avail = f->rlen - f->rpos;
        char *nl = avail > scanned ? memchr(start + scanned, '\n', avail - scanned) : NULL;
        if (nl) return take(f, (size_t)(nl - start) + 1);
        /* A lone "\r" at the end of the buffer may start "\r\n": read on. */
        if (f->eof) return take(f, avail);
        scanned = avail;
        if (!fill(f)) return NIL;
    }
}

static Value read_all(FileObj *f) {
    while (!f->eof)
        if (!fill(f)) return NIL;
    return take(f, f->rlen - f->rpos);
}

/* Text read(n): n code points. */
static Value read_n(FileObj *f, intptr_t n) {
    bool bin = f->ob.type == &type_binfile;
    for (;;) {
        size_t avail = f->rlen - f->rpos;
        const char *p = f->rbuf ? f->rbuf + f->rpos : "";
        size_t bytes = 0;
        intptr_t cps = 0;
        if (bin) {
            if ((intptr_t)avail >= n) return take(f, (size_t)n);
        } else {
            while (bytes < avail && cps < n) {
                unsigned char ch = (unsigned char)p[bytes];
                size_t w = ch < 0x80 ? 1 : ch < 0xE0 ? 2 : ch < 0xF0 ? 3 : 4;
                if (bytes + w > avail) break;
                bytes += w;
                if (!(ch == '\r' && bytes < avail && p[bytes] == '\n')) cps++;
            }
            if (cps >= n) return take(f, bytes);
        }
        if (f->eof) return take(f, avail);
        if (!fill(f)) return NIL;
    }
}

/* ---- construction -------------------------------------------------------- */

static void register_writer(Value v) {
    Interp *in = TH()->interp;
    if (in && in->open_files) list_append(in->open_files, v);
}

static void unregister(Value v) {
    Interp *in = TH()->interp;
    if (!in || !in->open_files) return;
    ListObj *l = (ListObj *)in->open_files;
    for (size_t i = 0; i < l->len; i++) {
        if (l->items[i] == v) {
            memmove(l->items + i, l->items + i + 1, (l->len - i - 1) * sizeof(Value));
            l->len--;
            return;
        }
    }
}

static Value file_alloc(int fd, Value name, Value mode, bool binary) {
    FileObj *f = (FileObj *)obj_alloc(binary ? &type_binfile : &type_file);
    if (!f) return NIL;
    f->fd = fd;
    f->name = name;
    f->mode = mode;
    f->binary = binary;
    f->closefd = true;
    f->buffer = NIL;
    f->encoding = str_from_cstr("UTF-8");
    return OBJ_VAL(f);
}

Value file_from_fd(int fd, const char *name, const char *mode, bool binary) {
    Value v = file_alloc(fd, str_from_cstr(name), str_from_cstr(mode), binary);
    if (!v) return NIL;
    FileObj *f = F(v);
    f->readable = mode[0] == 'r';
    f->writable = mode[0] == 'w';
    f->closefd = false;
    f->encoding = str_from_cstr("utf-8");
    if (fd == 2) f->write_through = true;
    if (fd == 1) {
        f->is_stdout = true;
        f->line_buffered = isatty(1);
    }
    if (f->writable) register_writer(v);
    return v;
}

Value file_open(Value path, const char *mode) {
    bool r = false, w = false, a = false, x = false, plus = false, b = false, t = false;
    for (const char *m = mode; *m; m++) {
        bool dup = false;
        switch (*m) {
        case 'r': dup = r; r = true; break;
        case 'w': dup = w; w = true; break;
        case 'a': dup = a; a = true; break;
        case 'x': dup = x; x = true; break;
        case '+': dup = plus; plus = true; break;
        case 'b': dup = b; b = true; break;
        case 't': dup = t; t = true; break;
        default: dup = true;
        }
        if (dup) return rt_raise(&exc_ValueError, "invalid mode: '%s'", mode);
    }
    if (b && t) return rt_raise(&exc_ValueError, "can't have text and binary mode at once");
    if (r + w + a + x != 1)
        return rt_raise(&exc_ValueError,
                        "must have exactly one of create/read/write/append mode");
    int flags = plus ? O_RDWR : r ? O_RDONLY : O_WRONLY;
    if (w) flags |= O_CREAT | O_TRUNC;
    if (a) flags |= O_CREAT | O_APPEND;
    if (x) flags |= O_CREAT | O_EXCL;
    flags |= O_CLOEXEC;
    /* Writes made through other (unclosed) file objects must be visible here. */
    file_flush_all();
    rt_exc_clear();
    int fd;
    bool closefd = true;
    if (int_check(path)) {
        int64_t n;
        if (!int_to_i64(path, &n) || n < 0 || n > 0x7fffffff)
            return rt_raise(&exc_ValueError, "negative file descriptor");
        fd = (int)n;
        closefd = false;
    } else if (str_check(path)) {
        if (strlen(str_cstr(path)) != str_len(path))
            return rt_raise(&exc_ValueError, "embedded null byte");
        do fd = open(str_cstr(path), flags, 0666);
        while (fd < 0 && errno == EINTR);
        if (fd < 0) return rt_raise_oserror(errno, path);
        struct stat st;
        if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            close(fd);
            return rt_raise_oserror(EISDIR, path);
        }
    } else {
        return rt_raise(&exc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                        type_name(path));
    }
    char m[8];
    size_t k = 0;
    m[k++] = r ? 'r' : w ? 'w' : a ? 'a' : 'x';
    if (b) m[k++] = 'b';
    if (plus) m[k++] = '+';
    m[k] = 0;
    Value v = file_alloc(fd, path, str_from_cstr(b ? m : mode), b);
    if (!v) return NIL;
    FileObj *f = F(v);
    f->readable = r || plus;
    f->writable = w || a || x || plus;
    f->closefd = closefd;
    if (!b) f->mode = str_from_cstr(mode);
    if (f->writable) register_writer(v);
    return v;
}

static bool file_close(Value v) {
    FileObj *f = F(v);
    if (f->closed) return true;
    bool ok = true;
    if (f->writable) ok = file_flush(v);
    f->closed = true;
    unregister(v);
    if (f->closefd && f->fd > 2) close(f->fd);
    return ok;
}

bool file_flush_all(void) {
    Interp *in = TH()->interp;
    if (!in) return true;
    bool ok = true;
    Value so = in->sys ? dict_get_cstr(module_dict(in->sys), "stdout") : NIL;
    if (so && so != NONE) {
        if (file_check(so)) {
            if (!F(so)->closed && !file_flush(so)) ok = false;
        } else {
            Value r = rt_call_method(so, NM(flush), NULL, 0, NIL);
            if (!r) ok = false;
        }
    }
    if (in->stdout && file_check(in->stdout) && !F(in->stdout)->closed && !file_flush(in->stdout))
        ok = false;
    if (in->open_files) {
        for (size_t i = 0; i < LIST_LEN(in->open_files); i++) {
            Value f = LIST_ITEMS(in->open_files)[i];
            if (!F(f)->closed && !file_flush(f) && !F(f)->is_stdout) rt_exc_clear();
        }
    }
    return ok;
}

/* ---- methods --------------------------------------------------------------- */

static Value m_write(Value *a, int n, Value k) {
    if (!arg_nokw("write", k) || !arg_count("write", n - 1, 1, 1)) return NIL;
    FileObj *f = F(a[0]);
    if (f->closed) return closed_error(), NIL;
    if (f->binary) {
        const char *d;
        size_t len;
        if (!bytes_buffer(a[1], &d, &len))
            return rt_raise(&exc_TypeError, "a bytes-like object is required, not '%s'", type_name(a[1]));
        if (!file_write_raw(a[0], d, len)) return NIL;
        return MK_SMALL((intptr_t)len);
    }
    if (!str_check(a[1]))
        return rt_raise(&exc_TypeError, "write() argument must be str, not %s", type_name(a[1]));
    if (!file_write_raw(a[0], str_cstr(a[1]), str_len(a[1]))) return NIL;
    return MK_SMALL((intptr_t)AS_STR(a[1])->cplen);
}

static Value m_writelines(Value *a, int n, Value k) {
    if (!arg_nokw("writelines", k) || !arg_count("writelines", n - 1, 1, 1)) return NIL;
    Value it = rt_iter(a[1]);
    if (!it) return NIL;
    for (;;) {
        Value x = rt_next(it);
        if (!x) {
            if (rt_exc_occurred()) return NIL;
            break;
        }
        Value args[2] = {a[0], x};
        if (!m_write(args, 2, NIL)) return NIL;
    }
    return NONE;
}

static bool size_arg(Value *a, int n, intptr_t *size) {
    *size = -1;
    if (n > 1 && a[1] != NONE) {
        if (!int_check(a[1]))
            return rt_raise(&exc_TypeError, "argument should be integer or None, not '%s'",
                            type_name(a[1])), false;
        if (!rt_index(a[1], size)) return false;
    }
    return true;
}

static Value m_read(Value *a, int n, Value k) {
    if (!arg_nokw("read", k) || !arg_count("read", n - 1, 0, 1)) return NIL;
    intptr_t size;
    if (!size_arg(a, n, &size)) return NIL;
    FileObj *f = F(a[0]);
    if (!check_readable(f)) return NIL;
    if (size < 0) return read_all(f);
    return read_n(f, size);
}

static Value m_readline(Value *a, int n, Value k) {
    if (!arg_nokw("readline", k) || !arg_count("readline", n - 1, 0, 1)) return NIL;
    intptr_t size;
    if (!size_arg(a, n, &size)) return NIL;
    if (size >= 0) {
        /* Rare: a bounded readline; read whole line and keep the rest buffered. */
        FileObj *f = F(a[0]);
        if (!check_readable(f)) return NIL;
        Value chunk = read_n(f, size);
        if (!chunk) return NIL;
        return chunk;
    }
    return file_readline(a[0]);
}

static bool is_empty(Value v) { return str_check(v) ? str_len(v) == 0 : bytes_len(v) == 0; }

static Value m_readlines(Value *a, int n, Value k) {
    if (!arg_nokw("readlines", k) || !arg_count("readlines", n - 1, 0, 1)) return NIL;
    Value l = list_new(0);
    for (;;) {
        Value line = file_readline(a[0]);
        if (!line) return NIL;
        if (is_empty(line)) break;
        list_append(l, line);
    }
    return l;
}

static Value m_close(Value *a, int n, Value k) {
    if (!file_close(a[0])) return NIL;
    return NONE;
}

static Value m_flush(Value *a, int n, Value k) {
    FileObj *f = F(a[0]);
    if (f->closed) return closed_error(), NIL;
    if (!file_flush(a[0])) return NIL;
    return NONE;
}

static Value m_fileno(Value *a, int n, Value k) {
    if (F(a[0])->closed) return closed_error(), NIL;
    return MK_SMALL(F(a[0])->fd);
}

static Value m_isatty(Value *a, int n, Value k) {
    if (F(a[0])->closed) return closed_error(), NIL;
    return BOOL(isatty(F(a[0])->fd));
}

static Value m_readable(Value *a, int n, Value k) {
    if (F(a[0])->closed) return closed_error(), NIL;
    return BOOL(F(a[0])->readable);
}
static Value m_writable(Value *a, int n, Value k) {
    if (F(a[0])->closed) return closed_error(), NIL;
    return BOOL(F(a[0])->writable);
}
static Value m_seekable(Value *a, int n, Value k) {
    if (F(a[0])->closed) return closed_error(), NIL;
    return BOOL(lseek(F(a[0])->fd, 0, SEEK_CUR) >= 0);
}

static Value m_seek(Value *a, int n, Value k) {
    if (!arg_nokw("seek", k) || !arg_count("seek", n - 1, 1, 2)) return NIL;
    FileObj *f = F(a[0]);
    if (f->closed) return closed_error(), NIL;
    intptr_t off, whence = 0;
    if (!rt_index(a[1], &off)) return NIL;
    if (n > 2 && !rt_index(a[2], &whence)) return NIL;
    if (!f->binary && whence != 0 && off != 0)
        return rt_raise(&exc_UnsupportedOperation, "can't do nonzero cur-relative seeks");
    if (!file_flush(a[0])) return NIL;
    if (whence == 1) off -= (intptr_t)(f->rlen - f->rpos);
    off_t r = lseek(f->fd, off, (int)whence);
    if (r < 0) return rt_raise_oserror(errno, NIL);
    f->rpos = f->rlen = 0;
    f->eof = false;
    return int_from_i64(r);
}

static Value m_tell(Value *a, int n, Value k) {
    FileObj *f = F(a[0]);
    if (f->closed) return closed_error(), NIL;
    off_t r = lseek(f->fd, 0, SEEK_CUR);
    if (r < 0) return rt_raise_oserror(errno, NIL);
    return int_from_i64(r - (off_t)(f->rlen - f->rpos) + (off_t)f->wlen);
}

static Value m_truncate(Value *a, int n, Value k) {
    FileObj *f = F(a[0]);
    if (f->closed) return closed_error(), NIL;
    if (!file_flush(a[0])) return NIL;
    intptr_t size;
    if (n > 1 && a[1] != NONE) {
        if (!rt_index(a[1], &size)) return NIL;
    } else {
        size = lseek(f->fd, 0, SEEK_CUR);
    }
    if (ftruncate(f->fd, size) < 0) return rt_raise_oserror(errno, NIL);
    return MK_SMALL(size);
}

static Value g_closed(Value *a, int n, Value k) { return BOOL(F(a[0])->closed); }
static Value g_name(Value *a, int n, Value k) { return F(a[0])->name; }
static Value g_mode(Value *a, int n, Value k) { return F(a[0])->mode; }
static Value g_encoding(Value *a, int n, Value k) { return F(a[0])->encoding; }
static Value g_errors(Value *a, int n, Value k) { return str_from_cstr("strict"); }
static Value g_newlines(Value *a, int n, Value k) { return NONE; }
static Value g_line_buffering(Value *a, int n, Value k) { return BOOL(F(a[0])->line_buffered); }

static Value g_buffer(Value *a, int n, Value k) {
    FileObj *f = F(a[0]);
    if (!f->buffer) {
        Value b = file_alloc(f->fd, f->name, f->mode, true);
        if (!b) return NIL;
        F(b)->readable = f->readable;
        F(b)->writable = f->writable;
        F(b)->closefd = false;
        F(b)->write_through = true;
        F(b)->buffer = a[0];
        f->buffer = b;
    }
    return f->buffer;
}

static Value f_enter(Value self) {
    if (F(self)->closed) return closed_error(), NIL;
    return self;
}

static Value f_exit(Value self, Value t, Value v, Value tb) {
    if (!file_close(self)) return NIL;
    return NONE;
}

static Value f_iter(Value self) {
    if (F(self)->closed) return closed_error(), NIL;
    return self;
}

static Value f_next(Value self) {
    Value line = file_readline(self);
    if (!line) return NIL;
    if (is_empty(line)) return NIL;
    return line;
}

static Value f_repr(Value self) {
    FileObj *f = F(self);
    StrBuf b;
    sb_init(&b);
    if (f->binary) {
        sb_adds(&b, f->readable && !f->writable ? "<_io.BufferedReader"
                    : f->writable && !f->readable ? "<_io.BufferedWriter" : "<_io.BufferedRandom");
        sb_adds(&b, " name=");
        if (!sb_addv_repr(&b, f->name)) return NIL;
        sb_addc(&b, '>');
        return sb_finish(&b);
    }
    sb_adds(&b, "<_io.TextIOWrapper name=");
    if (!sb_addv_repr(&b, f->name)) return NIL;
    sb_adds(&b, " mode=");
    if (!sb_addv_repr(&b, f->mode)) return NIL;
    sb_adds(&b, " encoding=");
    if (!sb_addv_repr(&b, f->encoding)) return NIL;
    sb_addc(&b, '>');
    return sb_finish(&b);
}

#define COMMON_METHODS                                                  \
    {"write", m_write, METH_DEFAULT, NULL},                             \
    {"writelines", m_writelines, METH_DEFAULT, NULL},                   \
    {"read", m_read, METH_DEFAULT, NULL},                               \
    {"readline", m_readline, METH_DEFAULT, NULL},                       \
    {"readlines", m_readlines, METH_DEFAULT, NULL},                     \
    {"close", m_close, METH_DEFAULT, NULL},                             \
    {"flush", m_flush, METH_DEFAULT, NULL},                             \
    {"fileno", m_fileno, METH_DEFAULT, NULL},                           \
    {"isatty", m_isatty, METH_DEFAULT, NULL},                           \
    {"readable", m_readable, METH_DEFAULT, NULL},                       \
    {"writable", m_writable, METH_DEFAULT, NULL},                       \
    {"seekable", m_seekable, METH_DEFAULT, NULL},                       \
    {"seek", m_seek, METH_DEFAULT, NULL},                               \
    {"tell", m_tell, METH_DEFAULT, NULL},                               \
    {"truncate", m_truncate, METH_DEFAULT, NULL},                       \
    {"closed", g_closed, METH_GETTER, NULL},                            \
    {"name", g_name, METH_GETTER, NULL},                                \
    {"mode", g_mode, METH_GETTER, NULL}

static const MethodDef text_methods[] = {
    COMMON_METHODS,
    {"encoding", g_encoding, METH_GETTER, NULL},
    {"errors", g_errors, METH_GETTER, NULL},
    {"newlines", g_newlines, METH_GETTER, NULL},
    {"line_buffering", g_line_buffering, METH_GETTER, NULL},
    {"buffer", g_buffer, METH_GETTER, NULL},
    {NULL, NULL, 0, NULL},
};

static const MethodDef bin_methods[] = {
    COMMON_METHODS,
    {NULL, NULL, 0, NULL},
};

Type type_file = {
    .ob = {&type_type}, .name = "TextIOWrapper", .base = &type_object,
    .size = sizeof(FileObj), .methods = text_methods,
    .repr = f_repr, .enter = f_enter, .exit = f_exit, .iter = f_iter, .next = f_next,
};

Type type_binfile = {
    .ob = {&type_type}, .name = "BufferedReader", .base = &type_object,
    .size = sizeof(FileObj), .methods = bin_methods,
    .repr = f_repr, .enter = f_enter, .exit = f_exit, .iter = f_iter, .next = f_next,
};

void file_types_init(void) {
    type_ready(&type_file);
    type_ready(&type_binfile);
    type_ready(&exc_UnsupportedOperation);
    Value io = str_intern("_io");
    type_file.module = io;
    type_binfile.module = io;
    exc_UnsupportedOperation.module = str_intern("io");
}
