"""glob — pathnames matching a Unix shell pattern (*, ?, [seq], and ** with recursive=True).

Results come in directory-listing order, as in CPython (sort them for stable
output).  Hidden names (leading dot) match only patterns that start with a
dot, unless include_hidden=True.
"""

import os
import fnmatch

__all__ = ["glob", "iglob", "escape"]

_MAGIC = frozenset('*?[')


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    """A list of the paths matching pathname."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    """An iterator over the paths matching pathname."""
    it = _iglob(pathname, root_dir, recursive, False, include_hidden)
    # A bare ** first yields the directory itself as '': not a match.
    if not pathname or (recursive and _isrecursive(pathname[:2])):
        return (p for p in it if p)
    return it


def _join(root, path):
    return os.path.join(root, path) if root else path


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.lexists(_join(root_dir, pathname)):
                yield pathname
        else:
            if os.path.isdir(_join(root_dir, dirname)):
                yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and _isrecursive(basename):
            glob_in_dir = _glob2
        else:
            glob_in_dir = _glob1
    else:
        glob_in_dir = _glob0
    for d in dirs:
        for name in glob_in_dir(_join(root_dir, d), basename, dironly, include_hidden):
            yield os.path.join(d, name)


def _listdir(dirname, dironly):
    path = dirname or os.curdir
    try:
        names = os.listdir(path)
    except OSError:
        return []
    if dironly:
        names = [n for n in names if os.path.isdir(os.path.join(path, n))]
    return names


def _glob1(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    if not (include_hidden or _ishidden(pattern)):
        names = [x for x in names if not _ishidden(x)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden):
    if basename:
        if os.path.lexists(os.path.join(dirname, basename) if dirname else basename):
            return [basename]
    else:
        if os.path.isdir(dirname):
            return [basename]
    return []


def _glob2(dirname, pattern, dironly, include_hidden):
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _rlistdir(dirname, dironly, include_hidden):
    for x in _listdir(dirname, dironly):
        if include_hidden or not _ishidden(x):
            yield x
            path = os.path.join(dirname, x) if dirname else x
            if os.path.isdir(path) and not os.path.islink(path):
                for y in _rlistdir(path, dironly, include_hidden):
                    yield os.path.join(x, y)


def has_magic(s):
    if isinstance(s, bytes):
        return any(c in b'*?[' for c in s)
    return any(c in _MAGIC for c in s)


def _ishidden(path):
    return path[0] in ('.', b'.'[0])


def _isrecursive(pattern):
    return pattern == '**'


def escape(pathname):
    """Escape the magic characters (*, ?, [) of pathname."""
    drive, pathname = '', pathname
    return drive + ''.join('[' + c + ']' if c in _MAGIC else c for c in pathname)


magic_check = None
