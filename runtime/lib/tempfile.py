"""tempfile — temporary files and directories.

mkstemp, mkdtemp, mktemp, NamedTemporaryFile, TemporaryFile,
TemporaryDirectory, SpooledTemporaryFile (kept on disk at once),
gettempdir/gettempprefix.  Names are 'tmp' plus 8 random characters from
[a-z0-9_] created with exclusive-create so no two callers get the same file.
asp's os module has no os.open/os.close, so mkstemp() opens the file with
open(..., 'xb') and keeps that file object alive; the returned descriptor is
its fileno() (close it through tempfile._close(fd) or at exit).
"""

import os
import sys
import shutil as _shutil
import random as _random

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile",
    "TemporaryDirectory", "mkstemp", "mkdtemp", "mktemp",
    "TMP_MAX", "gettempprefix", "tempdir", "gettempdir",
    "gettempprefixb", "gettempdirb",
]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_rng = None


def _random_name():
    global _rng
    if _rng is None:
        _rng = _random.Random(int.from_bytes(os.urandom(8), 'big'))
    return ''.join(_rng.choice(_CHARS) for _ in range(8))


def _candidate_tempdir_list():
    dirlist = []
    for envname in 'TMPDIR', 'TEMP', 'TMP':
        dirname = os.environ.get(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirlist.append(os.getcwd())
    except OSError:
        dirlist.append(os.curdir)
    return dirlist


def gettempdir():
    """The directory temporary files go to (TMPDIR, TEMP, TMP, then /tmp...)."""
    global tempdir
    if tempdir is None:
        for d in _candidate_tempdir_list():
            if d != os.curdir:
                d = os.path.abspath(d)
            if os.path.isdir(d) and os.access(d, os.W_OK):
                tempdir = d
                break
        else:
            raise FileNotFoundError(2, "No usable temporary directory found in %s"
                                    % _candidate_tempdir_list())
    return tempdir


def gettempdirb():
    return os.fsencode(gettempdir()) if hasattr(os, 'fsencode') else gettempdir().encode()


def gettempprefix():
    return template


def gettempprefixb():
    return template.encode()


def _sanitize(suffix, prefix, dir):
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return suffix, prefix, dir


_open_by_fd = {}


def _create(dir, prefix, suffix, mode):
    for _ in range(TMP_MAX):
        name = os.path.join(dir, prefix + _random_name() + suffix)
        try:
            f = open(name, mode)
        except FileExistsError:
            continue
        return name, f
    raise FileExistsError(17, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file; return (fd, absolute path).  The caller removes it."""
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    name, f = _create(dir, prefix, suffix, 'x' if text else 'xb')
    fd = f.fileno()
    _open_by_fd[fd] = f
    return fd, os.path.abspath(name)


def _close(fd):
    f = _open_by_fd.pop(fd, None)
    if f is not None:
        f.close()


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory; return its absolute path.  The caller removes it."""
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        file = os.path.join(dir, prefix + _random_name() + suffix)
        try:
            os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return os.path.abspath(file)
    raise FileExistsError(17, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name that did not exist when asked (unsafe: prefer mkstemp)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        file = os.path.join(dir, prefix + _random_name() + suffix)
        if not os.path.lexists(file):
            return file
    raise FileExistsError(17, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """A file object with a .name that removes the file on close (delete=True)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return False

    def close(self):
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        os.unlink(self.name)
                    except FileNotFoundError:
                        pass

    @property
    def closed(self):
        return self.file.closed

    def __iter__(self):
        for line in self.file:
            yield line

    def __repr__(self):
        return '<tempfile._TemporaryFileWrapper name=%r>' % (self.name,)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name, removed on close if delete."""
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        name = os.path.join(dir, prefix + _random_name() + suffix)
        try:
            kw = {}
            if 'b' not in mode:
                kw = {'encoding': encoding, 'newline': newline}
            f = open(name, mode.replace('w', 'x', 1) if 'w' in mode else 'x' + mode, **kw)
        except FileExistsError:
            continue
        return _TemporaryFileWrapper(f, os.path.abspath(name), delete)
    raise FileExistsError(17, "No usable temporary file name found")


def TemporaryFile(mode='w+b', buffering=-1, encoding=None,
                  newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """An anonymous temporary file (its name is unlinked right away)."""
    w = NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix,
                           dir, delete=False)
    try:
        os.unlink(w.name)
    except OSError:
        pass
    return w.file


class SpooledTemporaryFile(_TemporaryFileWrapper):
    """A temporary file; asp writes it to disk at once (max_size is ignored)."""

    def __init__(self, max_size=0, mode='w+b', buffering=-1,
                 encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        w = NamedTemporaryFile(mode, buffering, encoding, newline, suffix,
                               prefix, dir, delete=True)
        _TemporaryFileWrapper.__init__(self, w.file, w.name, True)
        self._rolled = True

    def rollover(self):
        pass


class TemporaryDirectory:
    """A temporary directory, removed with its contents by cleanup() or on
    leaving a with block (whose value is the directory's name)."""

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._done and os.path.exists(self.name):
            _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
        self._done = True

    def __class_getitem__(cls, item):
        return cls
