/* mod_os.c — the native `_os` module: the POSIX calls that runtime/lib/os.py
 * wraps (getpid, getcwd, listdir, stat, mkdir, remove, environ, urandom, ...).
 *
 * Invariant: every failing call raises the OSError subclass for errno with
 * CPython's text ("[Errno 2] No such file or directory: 'x'").
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>
#include "abstract.h"
#include "containers.h"
#include "errors.h"
#include "func.h"
#include "module.h"
#include "num.h"
#include "str.h"
#include "bytes.h"

extern char **environ;

/* The path argument as a C string: str, bytes or an object with __fspath__. */
static const char *path_arg(const char *fname, Value v) {
    if (str_check(v)) return str_cstr(v);
    if (bytes_check(v)) return bytes_data(v);
    rt_raise(&exc_TypeError, "%s: path should be string, bytes or os.PathLike, not %s",
             fname, type_name(v));
    return NULL;
}

static Value oserr(Value path) { return rt_raise_oserror(errno, path); }

static Value os_getpid(Value *args, int nargs, Value kw) {
    if (!arg_count("getpid", nargs, 0, 0)) return NIL;
    return MK_SMALL(getpid());
}

static Value os_getppid(Value *args, int nargs, Value kw) {
    if (!arg_count("getppid", nargs, 0, 0)) return NIL;
    return MK_SMALL(getppid());
}

static Value os_getcwd(Value *args, int nargs, Value kw) {
    if (!arg_count("getcwd", nargs, 0, 0)) return NIL;
    char *buf = getcwd(NULL, 0);
    if (!buf) return oserr(NIL);
    Value s = str_from_cstr(buf);
    free(buf);
    return s;
}

static Value os_chdir(Value *args, int nargs, Value kw) {
    if (!arg_count("chdir", nargs, 1, 1)) return NIL;
    const char *p = path_arg("chdir", args[0]);
    if (!p) return NIL;
    if (chdir(p) != 0) return oserr(args[0]);
    return NONE;
}

static Value os_listdir(Value *args, int nargs, Value kw) {
    if (!arg_count("listdir", nargs, 0, 1)) return NIL;
    Value pathv = nargs ? args[0] : str_from_cstr(".");
    const char *p = path_arg("listdir", pathv);
    if (!p) return NIL;
    DIR *d = opendir(p);
    if (!d) return oserr(pathv);
    Value list = list_new(0);
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        list_append(list, bytes_check(pathv) ? bytes_new(e->d_name, strlen(e->d_name))
                                             : str_from_cstr(e->d_name));
    }
    closedir(d);
    return list;
}

/* stat(path) -> (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime) as floats for times */
static Value stat_tuple(struct stat *st) {
    Value t = tuple_new(10);
    Value *it = TUPLE_ITEMS(t);
    it[0] = int_from_u64(st->st_mode);
    it[1] = int_from_u64(st->st_ino);
    it[2] = int_from_u64(st->st_dev);
    it[3] = int_from_u64(st->st_nlink);
    it[4] = int_from_u64(st->st_uid);
    it[5] = int_from_u64(st->st_gid);
    it[6] = int_from_i64(st->st_size);
    it[7] = float_new(st->st_atim.tv_sec + st->st_atim.tv_nsec * 1e-9);
    it[8] = float_new(st->st_mtim.tv_sec + st->st_mtim.tv_nsec * 1e-9);
    it[9] = float_new(st->st_ctim.tv_sec + st->st_ctim.tv_nsec * 1e-9);
    return t;
}

static Value do_stat(const char *fname, Value *args, int nargs, bool follow) {
    if (!arg_count(fname, nargs, 1, 1)) return NIL;
    const char *p = path_arg(fname, args[0]);
    if (!p) return NIL;
    struct stat st;
    if ((follow ? stat(p, &st) : lstat(p, &st)) != 0) return oserr(args[0]);
    return stat_tuple(&st);
}

static Value os_stat(Value *args, int nargs, Value kw) { return do_stat("stat", args, nargs, true); }
static Value os_lstat(Value *args, int nargs, Value kw) { return do_stat("lstat", args, nargs, false); }

static Value os_mkdir(Value *args, int nargs, Value kw) {
    if (!arg_count("mkdir", nargs, 1, 2)) return NIL;
    const char *p = path_arg("mkdir", args[0]);
    if (!p) return NIL;
    int64_t mode = 0777;
    if (nargs > 1 && !int_to_i64(args[1], &mode)) return rt_raise(&exc_OverflowError, "mode out of range");
    if (mkdir(p, (mode_t)mode) != 0) return oserr(args[0]);
    return NONE;
}

static Value os_rmdir(Value *args, int nargs, Value kw) {
    if (!arg_count("rmdir", nargs, 1, 1)) return NIL;
    const char *p = path_arg("rmdir", args[0]);
    if (!p) return NIL;
    if (rmdir(p) != 0) return oserr(args[0]);
    return NONE;
}

static Value os_remove(Value *args, int nargs, Value kw) {
    if (!arg_count("remove", nargs, 1, 1)) return NIL;
    const char *p = path_arg("remove", args[0]);
    if (!p) return NIL;
    if (unlink(p) != 0) return oserr(args[0]);
    return NONE;
}

static Value os_rename(Value *args, int nargs, Value kw) {
    if (!arg_count("rename", nargs, 2, 2)) return NIL;
    const char *a = path_arg("rename", args[0]), *b = a ? path_arg("rename", args[1]) : NULL;
    if (!b) return NIL;
    if (rename(a, b) != 0) return oserr(args[0]);
    return NONE;
}

static Value os_environ(Value *args, int nargs, Value kw) {
    if (!arg_count("environ", nargs, 0, 0)) return NIL;
    Value d = dict_new();
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq) continue;
        if (dict_set(d, str_new(*e, (size_t)(eq - *e)), str_from_cstr(eq + 1)) < 0) return NIL;
    }
    return d;
}

static Value os_putenv(Value *args, int nargs, Value kw) {
    if (!arg_count("putenv", nargs, 2, 2)) return NIL;
    if (!str_check(args[0]) || !str_check(args[1]))
        return rt_raise(&exc_TypeError, "str expected, not %s", type_name(str_check(args[0]) ? args[1] : args[0]));
    if (setenv(str_cstr(args[0]), str_cstr(args[1]), 1) != 0) return oserr(NIL);
    return NONE;
}

static Value os_unsetenv(Value *args, int nargs, Value kw) {
    if (!arg_count("unsetenv", nargs, 1, 1)) return NIL;
    if (!str_check(args[0])) return rt_raise(&exc_TypeError, "str expected, not %s", type_name(args[0]));
    unsetenv(str_cstr(args[0]));
    return NONE;
}

static Value os_urandom(Value *args, int nargs, Value kw) {
    if (!arg_count("urandom", nargs, 1, 1)) return NIL;
    int64_t n;
    if (!int_check(args[0]) || !int_to_i64(args[0], &n))
        return rt_raise(&exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(args[0]));
    if (n < 0) return rt_raise(&exc_ValueError, "negative argument not allowed");
    char *buf = GC_MALLOC_ATOMIC((size_t)n + 1);
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd < 0) return oserr(NIL);
    size_t got = 0;
    while (got < (size_t)n) {
        ssize_t r = read(fd, buf + got, (size_t)n - got);
        if (r <= 0) { if (r < 0 && errno == EINTR) continue; close(fd); return oserr(NIL); }
        got += (size_t)r;
    }
    close(fd);
    return bytes_new(buf, (size_t)n);
}

static Value os_strerror(Value *args, int nargs, Value kw) {
    if (!arg_count("strerror", nargs, 1, 1)) return NIL;
    int64_t n;
    if (!int_check(args[0]) || !int_to_i64(args[0], &n))
        return rt_raise(&exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(args[0]));
    return str_from_cstr(strerror((int)n));
}

static Value os_cpu_count(Value *args, int nargs, Value kw) {
    if (!arg_count("cpu_count", nargs, 0, 0)) return NIL;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? MK_SMALL(n) : NONE;
}

static Value os_isatty(Value *args, int nargs, Value kw) {
    if (!arg_count("isatty", nargs, 1, 1)) return NIL;
    int64_t fd;
    if (!int_check(args[0]) || !int_to_i64(args[0], &fd))
        return rt_raise(&exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(args[0]));
    return BOOL(isatty((int)fd));
}

static Value os_access(Value *args, int nargs, Value kw) {
    if (!arg_count("access", nargs, 2, 2)) return NIL;
    const char *p = path_arg("access", args[0]);
    if (!p) return NIL;
    int64_t mode;
    if (!int_check(args[1]) || !int_to_i64(args[1], &mode)) return rt_raise(&exc_TypeError, "mode must be an int");
    return BOOL(access(p, (int)mode) == 0);
}

static Value os_readlink(Value *args, int nargs, Value kw) {
    if (!arg_count("readlink", nargs, 1, 1)) return NIL;
    const char *p = path_arg("readlink", args[0]);
    if (!p) return NIL;
    char buf[4096];
    ssize_t n = readlink(p, buf, sizeof buf - 1);
    if (n < 0) return oserr(args[0]);
    return str_new(buf, (size_t)n);
}

bool mod_os_init(Value m) {
    module_add_func(m, "getpid", os_getpid);
    module_add_func(m, "getppid", os_getppid);
    module_add_func(m, "getcwd", os_getcwd);
    module_add_func(m, "chdir", os_chdir);
    module_add_func(m, "listdir", os_listdir);
    module_add_func(m, "stat", os_stat);
    module_add_func(m, "lstat", os_lstat);
    module_add_func(m, "mkdir", os_mkdir);
    module_add_func(m, "rmdir", os_rmdir);
    module_add_func(m, "remove", os_remove);
    module_add_func(m, "rename", os_rename);
    module_add_func(m, "environ", os_environ);
    module_add_func(m, "putenv", os_putenv);
    module_add_func(m, "unsetenv", os_unsetenv);
    module_add_func(m, "urandom", os_urandom);
    module_add_func(m, "strerror", os_strerror);
    module_add_func(m, "cpu_count", os_cpu_count);
    module_add_func(m, "isatty", os_isatty);
    module_add_func(m, "access", os_access);
    module_add_func(m, "readlink", os_readlink);
    return true;
}
