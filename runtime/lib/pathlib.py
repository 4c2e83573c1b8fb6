"""pathlib — object-oriented filesystem paths (POSIX flavour).

PurePath / PurePosixPath do the lexical work (joining with /, parts,
name/suffix/stem, parent(s), with_*, relative_to, match); Path / PosixPath
add filesystem access through os (exists, is_file, is_dir, iterdir, glob,
rglob, read/write text and bytes, mkdir, touch, unlink, rename, stat,
resolve...).  Windows paths (PureWindowsPath, WindowsPath) are not provided.
Operations asp's os module lacks (chmod, owner, symlink_to, hardlinks) raise
NotImplementedError.
"""

import fnmatch
import os
import sys

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]


def _parse(args):
    """(root, parts) for the joined path segments args."""
    root = ''
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            a_root, a_parts = a._root, a._parts
            if a_root:
                root = a_root
                parts = list(a_parts)
            else:
                parts.extend(a_parts)
            continue
        a = os.fspath(a)
        if not isinstance(a, str):
            raise TypeError("argument should be a str object or an os.PathLike "
                            "object returning str, not %r" % type(a))
        if a.startswith('/'):
            # POSIX keeps exactly two leading slashes, three or more are one.
            root = '//' if a.startswith('//') and not a.startswith('///') else '/'
            parts = []
        for p in a.split('/'):
            if p and p != '.':
                parts.append(p)
    return root, parts


class _PathParents:
    """The logical ancestors of a path, as a sequence."""

    __slots__ = ('_path', '_n')

    def __init__(self, path):
        self._path = path
        self._n = len(path._parts)

    def __len__(self):
        return self._n

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        p = self._path
        return p._from_parts(p._root, p._parts[:len(p._parts) - idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath:
    """A path without filesystem access; PurePath(...) is a PurePosixPath."""

    __slots__ = ('_root', '_parts', '_str', '_hash')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_args(args)

    @classmethod
    def _from_args(cls, args):
        self = object.__new__(cls)
        self._root, parts = _parse(args)
        self._parts = tuple(parts)
        self._str = None
        self._hash = None
        return self

    def _from_parts(self, root, parts):
        new = object.__new__(type(self))
        new._root = root
        new._parts = tuple(parts)
        new._str = None
        new._hash = None
        return new

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    def __str__(self):
        if self._str is None:
            self._str = (self._root + '/'.join(self._parts)) or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(self) if hasattr(os, 'fsencode') else str(self).encode()

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        out = []
        for b in str(self).encode('utf-8'):
            c = chr(b)
            if c.isalnum() and b < 128 or c in '/-._~':
                out.append(c)
            else:
                out.append('%%%02X' % b)
        return 'file://' + ''.join(out)

    @property
    def _key(self):
        return (self._root, self._parts)

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(str(self))
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self) == str(other) and type(self)._flavour_name == type(other)._flavour_name

    def _cmp_parts(self, other):
        if not isinstance(other, PurePath):
            return None
        return list(self.parts), list(other.parts)

    def __lt__(self, other):
        c = self._cmp_parts(other)
        if c is None:
            return NotImplemented
        return c[0] < c[1]

    def __le__(self, other):
        c = self._cmp_parts(other)
        if c is None:
            return NotImplemented
        return c[0] <= c[1]

    def __gt__(self, other):
        c = self._cmp_parts(other)
        if c is None:
            return NotImplemented
        return c[0] > c[1]

    def __ge__(self, other):
        c = self._cmp_parts(other)
        if c is None:
            return NotImplemented
        return c[0] >= c[1]

    drive = property(lambda self: '', doc="The drive prefix (always '' on POSIX).")

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        if self._root:
            return (self._root,) + self._parts
        return self._parts

    @property
    def name(self):
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parts(self._root, self._parts[:-1] + (name,))

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        if not old:
            name = name + suffix
        else:
            name = name[:-len(old)] + suffix
        return self._from_parts(self._root, self._parts[:-1] + (name,))

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        base = type(self)._from_args(other)
        n = len(base._parts)
        if base._root != self._root or self._parts[:n] != base._parts:
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), str(base)))
        return self._from_parts('', self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._from_parts(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def joinpath(self, *args):
        return type(self)._from_args((self,) + args)

    def __truediv__(self, key):
        try:
            return type(self)._from_args((self, key))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)._from_args((key, self))
        except TypeError:
            return NotImplemented

    def match(self, path_pattern):
        """Does the path match the glob-style pattern (anchored at the right)?"""
        pat = PurePosixPath(path_pattern)
        if not pat._parts and not pat._root:
            raise ValueError("empty pattern")
        if pat._root:
            if pat._root != self._root or len(pat._parts) != len(self._parts):
                return False
        elif len(pat._parts) > len(self._parts):
            return False
        for part, p in zip(reversed(self._parts), reversed(pat._parts)):
            if not fnmatch.fnmatchcase(part, p):
                return False
        return True

    def __class_getitem__(cls, item):
        return cls


class PurePosixPath(PurePath):
    """A pure path with POSIX semantics."""
    __slots__ = ()
    _flavour_name = 'posix'


PurePath._flavour_name = 'posix'


class Path(PurePath):
    """A path with filesystem access; Path(...) is a PosixPath."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_args(args)

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def samefile(self, other_path):
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = os.stat(other_path)
        return st.st_ino == other_st.st_ino and st.st_dev == other_st.st_dev

    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self._from_parts(self._root, self._parts + (name,))

    def _glob_parts(self, pattern):
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        parts = list(pat._parts)
        if pattern.endswith('/'):
            parts.append('')
        return parts

    def glob(self, pattern):
        """Paths under this directory matching the relative pattern ('**': any depth)."""
        parts = self._glob_parts(pattern)
        seen = set()
        for p in self._select(self, parts):
            key = str(p)
            if key not in seen:
                seen.add(key)
                yield p

    def rglob(self, pattern):
        parts = self._glob_parts(pattern)
        seen = set()
        for p in self._select(self, ['**'] + parts):
            key = str(p)
            if key not in seen:
                seen.add(key)
                yield p

    def _select(self, base, parts):
        if not parts:
            yield base
            return
        head, rest = parts[0], parts[1:]
        if head == '':
            if base.is_dir():
                yield base
            return
        if head == '**':
            for d in self._walk_dirs(base):
                yield from self._select(d, rest)
            return
        try:
            names = os.listdir(str(base))
        except OSError:
            return
        magic = any(c in head for c in '*?[')
        if not magic:
            if head in names:
                child = base._from_parts(base._root, base._parts + (head,))
                if not rest or child.is_dir():
                    yield from self._select(child, rest)
            return
        for name in names:
            if fnmatch.fnmatchcase(name, head):
                child = base._from_parts(base._root, base._parts + (name,))
                if rest and not child.is_dir():
                    continue
                yield from self._select(child, rest)

    def _walk_dirs(self, base):
        yield base
        try:
            names = os.listdir(str(base))
        except OSError:
            return
        for name in names:
            child = base._from_parts(base._root, base._parts + (name,))
            if child.is_dir() and not child.is_symlink():
                yield from self._walk_dirs(child)

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)._from_args((os.getcwd(), self))

    def resolve(self, strict=False):
        if strict:
            self.stat()
        return type(self)(os.path.realpath(str(self)))

    def stat(self, *, follow_symlinks=True):
        return os.stat(str(self)) if follow_symlinks else os.lstat(str(self))

    def lstat(self):
        return os.lstat(str(self))

    def owner(self):
        raise NotImplementedError("Path.owner() is unsupported on this system")

    def group(self):
        raise NotImplementedError("Path.group() is unsupported on this system")

    def open(self, mode='r', buffering=-1, encoding=None,
             errors=None, newline=None):
        kwargs = {}
        for key, value in (('encoding', encoding), ('errors', errors), ('newline', newline)):
            if value is not None:
                kwargs[key] = value
        if buffering != -1:
            kwargs['buffering'] = buffering
        return open(str(self), mode, **kwargs)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        if isinstance(data, str) or not isinstance(data, (bytes, bytearray)):
            raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                            % type(data).__name__)
        with self.open(mode='wb') as f:
            return f.write(data)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' %
                            data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        return type(self)(os.readlink(str(self)))

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            if self.exists():
                open(str(self), 'a').close()
                return
            try:
                open(str(self), 'x').close()
            except FileExistsError:
                pass
        else:
            open(str(self), 'x').close()

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        raise NotImplementedError("chmod() is not available in asp")

    def unlink(self, missing_ok=False):
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def rename(self, target):
        os.rename(str(self), os.fspath(target))
        return type(self)(target)

    def replace(self, target):
        os.replace(str(self), os.fspath(target))
        return type(self)(target)

    def symlink_to(self, target, target_is_directory=False):
        raise NotImplementedError("symlink_to() is not available in asp")

    def hardlink_to(self, target):
        raise NotImplementedError("hardlink_to() is not available in asp")

    def exists(self):
        try:
            self.stat()
        except (FileNotFoundError, NotADirectoryError):
            return False
        except ValueError:
            return False
        return True

    def is_dir(self):
        return os.path.isdir(str(self))

    def is_file(self):
        return os.path.isfile(str(self))

    def is_mount(self):
        if not self.exists() or not self.is_dir():
            return False
        return os.path.realpath(str(self)) == '/'

    def is_symlink(self):
        return os.path.islink(str(self))

    def is_socket(self):
        import stat
        try:
            return stat.S_ISSOCK(self.stat().st_mode)
        except OSError:
            return False

    def is_fifo(self):
        import stat
        try:
            return stat.S_ISFIFO(self.stat().st_mode)
        except OSError:
            return False

    def is_block_device(self):
        import stat
        try:
            return stat.S_ISBLK(self.stat().st_mode)
        except OSError:
            return False

    def is_char_device(self):
        import stat
        try:
            return stat.S_ISCHR(self.stat().st_mode)
        except OSError:
            return False

    def expanduser(self):
        if self._parts and self._parts[0].startswith('~') and not self._root:
            homedir = os.path.expanduser(self._parts[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return type(self)._from_args((homedir,) + self._parts[1:])
        return self


class PosixPath(Path, PurePosixPath):
    """A concrete path on a POSIX system."""
    __slots__ = ()
