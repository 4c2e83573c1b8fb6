"""os — operating-system interfaces over the native _os module (POSIX only)."""

import _os
import sys
from . import path

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
F_OK, X_OK, W_OK, R_OK = 0, 1, 2, 4
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2

error = OSError
getpid = _os.getpid
getppid = _os.getppid
getcwd = _os.getcwd
chdir = _os.chdir
listdir = _os.listdir
rmdir = _os.rmdir
remove = _os.remove
unlink = _os.remove
rename = _os.rename
replace = _os.rename
urandom = _os.urandom
strerror = _os.strerror
cpu_count = _os.cpu_count
isatty = _os.isatty
access = _os.access
readlink = _os.readlink


def mkdir(path, mode=0o777, *, dir_fd=None):
    _os.mkdir(path, mode)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, mode, exist_ok=exist_ok)
        except FileExistsError:
            pass
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def getcwdb():
    return getcwd().encode()


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    method = getattr(type(p), "__fspath__", None)
    if method is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
    result = method(p)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError(f"expected {type(p).__name__}.__fspath__() to return str or bytes, "
                    f"not {type(result).__name__}")


class PathLike:
    def __fspath__(self):
        raise NotImplementedError


class stat_result(tuple):
    n_fields = 10
    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self[7])
    st_mtime = property(lambda self: self[8])
    st_ctime = property(lambda self: self[9])

    def __repr__(self):
        names = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                 "st_atime", "st_mtime", "st_ctime")
        fields = ", ".join(f"{n}={int(v)}" for n, v in zip(names, self))
        return f"os.stat_result({fields})"


def stat(path, *, dir_fd=None, follow_symlinks=True):
    raw = _os.stat(fspath(path)) if follow_symlinks else _os.lstat(fspath(path))
    return stat_result(raw)


def lstat(path, *, dir_fd=None):
    return stat_result(_os.lstat(fspath(path)))


class _Environ(dict):
    def __setitem__(self, key, value):
        _os.putenv(key, value)
        dict.__setitem__(self, key, value)

    def __delitem__(self, key):
        _os.unsetenv(key)
        dict.__delitem__(self, key)

    def __repr__(self):
        return f"environ({dict.__repr__(self)})"

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def pop(self, key, *default):
        if key in self:
            _os.unsetenv(key)
        return dict.pop(self, key, *default)

    def update(self, other=(), /, **kwds):
        for k, v in dict(other, **kwds).items():
            self[k] = v


environ = _Environ(_os.environ())


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    _os.putenv(key, value)


def unsetenv(key):
    _os.unsetenv(key)


def walk(top, topdown=True, onerror=None, followlinks=False):
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for n in sorted(names):
        (dirs if path.isdir(path.join(top, n)) else nondirs).append(n)
    if topdown:
        yield top, dirs, nondirs
    for d in dirs:
        new_path = path.join(top, d)
        if followlinks or not path.islink(new_path):
            yield from walk(new_path, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, nondirs


def get_terminal_size(fd=1):
    columns = int(environ.get("COLUMNS", 80))
    lines = int(environ.get("LINES", 24))
    return terminal_size((columns, lines))


class terminal_size(tuple):
    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return f"os.terminal_size(columns={self[0]}, lines={self[1]})"
