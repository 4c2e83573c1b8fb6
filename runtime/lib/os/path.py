"""os.path — POSIX pathname functions (CPython's posixpath semantics)."""

import _os

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
altsep = None
pathsep = ":"
devnull = "/dev/null"


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    method = getattr(type(p), "__fspath__", None)
    if method is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
    return method(p)


def _stat(p):
    try:
        return _os.stat(_fspath(p))
    except (OSError, ValueError):
        return None


def exists(p):
    return _stat(p) is not None


def lexists(p):
    try:
        _os.lstat(_fspath(p))
    except (OSError, ValueError):
        return False
    return True


def isdir(p):
    st = _stat(p)
    return st is not None and (st[0] & 0o170000) == 0o040000


def isfile(p):
    st = _stat(p)
    return st is not None and (st[0] & 0o170000) == 0o100000


def islink(p):
    try:
        st = _os.lstat(_fspath(p))
    except (OSError, ValueError):
        return False
    return (st[0] & 0o170000) == 0o120000


def getsize(p):
    return _os.stat(_fspath(p))[6]


def getmtime(p):
    return _os.stat(_fspath(p))[8]


def isabs(s):
    s = _fspath(s)
    return s.startswith("/")


def join(a, *p):
    a = _fspath(a)
    path = a
    for b in map(_fspath, p):
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def split(p):
    p = _fspath(p)
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def splitext(p):
    p = _fspath(p)
    sep_index = p.rfind("/")
    dot_index = p.rfind(".")
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != ".":
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def basename(p):
    p = _fspath(p)
    return p[p.rfind("/") + 1:]


def dirname(p):
    p = _fspath(p)
    i = p.rfind("/") + 1
    head = p[:i]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head


def normpath(path):
    path = _fspath(path)
    if path == "":
        return "."
    initial_slashes = 2 if path.startswith("//") and not path.startswith("///") else (1 if path.startswith("/") else 0)
    comps = path.split("/")
    new_comps = []
    for comp in comps:
        if comp in ("", "."):
            continue
        if comp != ".." or (not initial_slashes and not new_comps) or (new_comps and new_comps[-1] == ".."):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = "/".join(new_comps)
    if initial_slashes:
        path = "/" * initial_slashes + path
    return path or "."


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        path = join(_os.getcwd(), path)
    return normpath(path)


def realpath(path, *, strict=False):
    path = abspath(path)
    parts = path.split("/")
    result = "/"
    for part in parts[1:]:
        candidate = join(result, part)
        seen = 0
        while islink(candidate) and seen < 40:
            target = _os.readlink(candidate)
            candidate = normpath(join(dirname(candidate), target))
            seen += 1
        result = candidate
    return normpath(result)


def relpath(path, start=None):
    path = abspath(path)
    start = abspath(start if start is not None else curdir)
    start_list = [x for x in start.split("/") if x]
    path_list = [x for x in path.split("/") if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonprefix(m):
    if not m:
        return ""
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def expanduser(path):
    path = _fspath(path)
    if not path.startswith("~"):
        return path
    i = path.find("/", 1)
    if i < 0:
        i = len(path)
    if i == 1:
        env = _os.environ()
        userhome = env.get("HOME", "/")
    else:
        return path
    userhome = userhome.rstrip("/")
    return (userhome + path[i:]) or "/"


def expandvars(path):
    env = _os.environ()
    out = []
    i = 0
    while i < len(path):
        c = path[i]
        if c == "$" and i + 1 < len(path):
            if path[i + 1] == "{":
                j = path.find("}", i + 2)
                if j > 0:
                    name = path[i + 2:j]
                    out.append(env.get(name, path[i:j + 1]))
                    i = j + 1
                    continue
            j = i + 1
            while j < len(path) and (path[j].isalnum() or path[j] == "_"):
                j += 1
            if j > i + 1:
                name = path[i + 1:j]
                out.append(env.get(name, path[i:j]))
                i = j
                continue
        out.append(c)
        i += 1
    return "".join(out)
