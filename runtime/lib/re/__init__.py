"""re — regular expressions, as CPython 3.11's re module.

Owns the public API: compile/match/search/fullmatch/findall/finditer/sub/subn/
split/escape/purge, the Pattern and Match types, RegexFlag, re.error and the
replacement-template language of sub() and Match.expand().  Parsing lives in
re._parser, code generation in re._compiler, matching in the native _sre
module (runtime/mod_sre.c), which returns the spans of a match as a tuple.
"""

import enum
import _sre
from . import _parser, _compiler
from ._parser import error

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_MAXSIZE = 9223372036854775807

try:
    _BYTES_LIKE = (bytes, bytearray, memoryview)
except NameError:           # asp may be built without memoryview
    _BYTES_LIKE = (bytes, bytearray)


class RegexFlag(enum.IntFlag):
    NOFLAG = 0
    ASCII = A = _parser.ASCII
    IGNORECASE = I = _parser.IGNORECASE
    LOCALE = L = _parser.LOCALE
    UNICODE = U = _parser.UNICODE
    MULTILINE = M = _parser.MULTILINE
    DOTALL = S = _parser.DOTALL
    VERBOSE = X = _parser.VERBOSE
    TEMPLATE = T = _parser.TEMPLATE
    DEBUG = _parser.DEBUG

    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        names = []
        for name, bit in _FLAG_ORDER:
            if value & bit:
                names.append("re." + name)
                value &= ~bit
        if value:
            names.append(hex(value))
        return "|".join(names)

    __str__ = __repr__

    def __invert__(self):
        return RegexFlag(~int(self) & _ALL_FLAGS)


_FLAG_ORDER = [("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
               ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
               ("DEBUG", 128)]
_ALL_FLAGS = 511

NOFLAG = RegexFlag.NOFLAG
A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
U = UNICODE = RegexFlag.UNICODE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
X = VERBOSE = RegexFlag.VERBOSE
T = TEMPLATE = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG

# The order CPython's Pattern.__repr__ lists flags in.
_REPR_FLAGS = [("re.TEMPLATE", 1), ("re.IGNORECASE", 2), ("re.LOCALE", 4),
               ("re.MULTILINE", 8), ("re.DOTALL", 16), ("re.UNICODE", 32),
               ("re.VERBOSE", 64), ("re.DEBUG", 128), ("re.ASCII", 256)]

_MODE_MATCH = 0
_MODE_FULLMATCH = 1
_MODE_SEARCH = 2
_MUST_ADVANCE = 4


def _bounds(string, pos, endpos):
    n = len(string)
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos < 0:
        endpos = 0
    elif endpos > n:
        endpos = n
    return pos, endpos


def _index(v):
    if isinstance(v, int):
        return int(v)
    try:
        return v.__index__()
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__) from None


class Pattern:
    """Compiled regular expression object."""

    __slots__ = ("pattern", "flags", "groups", "_groupindex", "_prog", "_is_bytes",
                 "_template_cache", "__weakref__")

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def _check(self, string):
        if isinstance(string, str):
            if self._is_bytes:
                raise TypeError("cannot use a bytes pattern on a string-like object")
        elif isinstance(string, _BYTES_LIKE):
            if not self._is_bytes:
                raise TypeError("cannot use a string pattern on a bytes-like object")
        else:
            raise TypeError("expected string or bytes-like object, got '%s'"
                            % type(string).__name__)

    def _run(self, string, pos, endpos, mode):
        self._check(string)
        pos, endpos = _bounds(string, _index(pos), _index(endpos))
        r = _sre.run(self._prog, string, pos, endpos, mode)
        if r is None:
            return None
        return _new_match(self, string, pos, endpos, r)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, _MODE_MATCH)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, _MODE_FULLMATCH)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, _MODE_SEARCH)

    def _spans(self, string, pos, endpos):
        """Every match of a scan (finditer's), as the engine's span tuples."""
        self._check(string)
        pos, endpos = _bounds(string, _index(pos), _index(endpos))
        prog = self._prog
        run = _sre.run
        mode = _MODE_SEARCH
        while pos <= endpos:
            r = run(prog, string, pos, endpos, mode)
            if r is None:
                return
            yield r
            b = r[0]
            pos = r[1]
            mode = _MODE_SEARCH | _MUST_ADVANCE if pos == b else _MODE_SEARCH

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        self._check(string)
        p, e = _bounds(string, _index(pos), _index(endpos))
        return _finditer(self, string, p, e)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        result = []
        ngroups = self.groups
        conv = None if isinstance(string, (str, bytes)) else bytes
        empty = b"" if self._is_bytes else ""
        for r in self._spans(string, pos, endpos):
            if ngroups == 0:
                item = string[r[0]:r[1]]
                if conv is not None:
                    item = conv(item)
            elif ngroups == 1:
                b = r[2]
                item = empty if b < 0 else string[b:r[3]]
                if conv is not None:
                    item = conv(item)
            else:
                parts = []
                for g in range(1, ngroups + 1):
                    b = r[2 * g]
                    s = empty if b < 0 else string[b:r[2 * g + 1]]
                    if conv is not None:
                        s = conv(s)
                    parts.append(s)
                item = tuple(parts)
            result.append(item)
        return result

    def split(self, string, maxsplit=0):
        result = []
        last = 0
        n = 0
        ngroups = self.groups
        conv = None if isinstance(string, (str, bytes)) else bytes
        if maxsplit < 0:
            return [string if conv is None else conv(string)]
        for r in self._spans(string, 0, _MAXSIZE):
            if maxsplit and n >= maxsplit:
                break
            piece = string[last:r[0]]
            result.append(piece if conv is None else conv(piece))
            for g in range(1, ngroups + 1):
                b = r[2 * g]
                if b < 0:
                    result.append(None)
                else:
                    piece = string[b:r[2 * g + 1]]
                    result.append(piece if conv is None else conv(piece))
            last = r[1]
            n += 1
        piece = string[last:]
        result.append(piece if conv is None else conv(piece))
        return result

    def _subx(self, repl, string, count):
        self._check(string)
        if callable(repl):
            func = repl
            template = None
        else:
            func = None
            template = self._template(repl)
            if len(template) == 1 and isinstance(template[0], (str, bytes)):
                literal = template[0]
                template = None
            else:
                literal = None
        pieces = []
        last = 0
        n = 0
        count = _index(count)
        is_bytes = self._is_bytes
        conv = None if isinstance(string, (str, bytes)) else bytes
        for r in self._spans(string, 0, _MAXSIZE):
            if count > 0 and n >= count:
                break
            if last < r[0] or conv is not None:
                piece = string[last:r[0]]
                pieces.append(piece if conv is None else conv(piece))
            if func is not None:
                res = func(_new_match(self, string, 0, len(string), r))
                if res is not None:
                    if is_bytes:
                        if not isinstance(res, (bytes, bytearray)):
                            raise TypeError("sequence item %d: expected a bytes-like "
                                            "object, %s found" % (len(pieces), type(res).__name__))
                    elif not isinstance(res, str):
                        raise TypeError("sequence item %d: expected str instance, %s found"
                                        % (len(pieces), type(res).__name__))
                    pieces.append(res)
            elif template is None:
                pieces.append(literal)
            else:
                pieces.append(_expand_spans(template, string, r, is_bytes))
            last = r[1]
            n += 1
        piece = string[last:]
        pieces.append(piece if conv is None else conv(piece))
        joiner = b"" if is_bytes else ""
        return joiner.join(pieces), n

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def _template(self, repl):
        cache = self._template_cache
        t = cache.get(repl) if type(repl) in (str, bytes) else None
        if t is None:
            t = _parse_template(self, repl)
            if type(repl) in (str, bytes) and len(cache) < 64:
                cache[repl] = t
        return t

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)

    @property
    def groupindex(self):
        return dict(self._groupindex)

    def __repr__(self):
        pattern = repr(self.pattern)
        if len(pattern) > 200:
            pattern = pattern[:200]
        flags = self.flags
        if not self._is_bytes and (flags & (_parser.LOCALE | _parser.UNICODE | _parser.ASCII)) == _parser.UNICODE:
            flags &= ~_parser.UNICODE
        if not flags:
            return "re.compile(%s)" % pattern
        names = []
        for name, bit in _REPR_FLAGS:
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append("0x%x" % flags)
        return "re.compile(%s, %s)" % (pattern, "|".join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.pattern == other.pattern and self.flags == other.flags
                and self._is_bytes == other._is_bytes)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __reduce__(self):
        return (_compile, (self.pattern, self.flags))


Pattern.__module__ = "re"


def _finditer(pattern, string, pos, endpos):
    for r in pattern._spans(string, pos, endpos):
        yield _new_match(pattern, string, pos, endpos, r)


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        pattern._check(string)
        self.pattern = pattern
        self._string = string
        self._pos, self._endpos = _bounds(string, _index(pos), _index(endpos))
        self._advance = False

    def _step(self, mode):
        if self._pos > self._endpos:
            return None
        if self._advance:
            mode |= _MUST_ADVANCE
        r = _sre.run(self.pattern._prog, self._string, self._pos, self._endpos, mode)
        if r is None:
            self._pos = self._endpos + 1
            return None
        m = _new_match(self.pattern, self._string, self._pos, self._endpos, r)
        self._advance = r[0] == r[1]
        self._pos = r[1]
        return m

    def match(self):
        return self._step(_MODE_MATCH)

    def search(self):
        return self._step(_MODE_SEARCH)


class Match:
    """The result of a successful match."""

    __slots__ = ("string", "re", "pos", "endpos", "_r")

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def _gindex(self, g):
        if isinstance(g, int):
            g = int(g)
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, (str, bytes)) or not hasattr(g, "__index__"):
            i = self.re._groupindex.get(g) if isinstance(g, str) else None
            if i is not None:
                return i
        else:
            try:
                g = g.__index__()
            except Exception:
                raise IndexError("no such group") from None
            if 0 <= g <= self.re.groups:
                return g
        raise IndexError("no such group")

    def _get(self, g, default=None):
        r = self._r
        b = r[2 * g]
        if b < 0:
            return default
        s = self.string[b:r[2 * g + 1]]
        if not isinstance(s, (str, bytes)):
            s = bytes(s)
        return s

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._gindex(args[0]))
        return tuple(self._get(self._gindex(g)) for g in args)

    def __getitem__(self, g):
        return self._get(self._gindex(g))

    def groups(self, default=None):
        return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(g, default) for name, g in self.re._groupindex.items()}

    def start(self, group=0):
        return self._r[2 * self._gindex(group)]

    def end(self, group=0):
        return self._r[2 * self._gindex(group) + 1]

    def span(self, group=0):
        g = self._gindex(group)
        return (self._r[2 * g], self._r[2 * g + 1])

    @property
    def regs(self):
        r = self._r
        return tuple((r[2 * g], r[2 * g + 1]) for g in range(self.re.groups + 1))

    @property
    def lastindex(self):
        li = self._r[-1]
        return None if li < 0 else li

    @property
    def lastgroup(self):
        li = self._r[-1]
        if li < 0:
            return None
        for name, g in self.re._groupindex.items():
            if g == li:
                return name
        return None

    def expand(self, template):
        t = self.re._template(template)
        return _expand_spans(t, self.string, self._r, self.re._is_bytes)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%r>" % (
            self._r[0], self._r[1], self._get(0))

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


Match.__module__ = "re"


def _new_match(pattern, string, pos, endpos, r):
    m = object.__new__(Match)
    m.string = string
    m.re = pattern
    m.pos = pos
    m.endpos = endpos
    m._r = r
    return m


# ---- replacement templates -------------------------------------------------------

_TEMPLATE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r",
                     "t": "\t", "v": "\v", "\\": "\\"}


def _parse_template(pattern, repl):
    """repl -> list of literal pieces (str/bytes) and group numbers (int)."""
    is_bytes = pattern._is_bytes
    if is_bytes:
        if not isinstance(repl, _BYTES_LIKE):
            raise TypeError("expected a bytes-like object, %s found" % type(repl).__name__)
        text = bytes(repl).decode("latin-1")
    else:
        if not isinstance(repl, str):
            raise TypeError("expected str instance, %s found" % type(repl).__name__)
        text = repl
    if "\\" not in text:
        return [repl if type(repl) in (str, bytes) else bytes(repl)]
    items = []
    lit = []
    i = 0
    n = len(text)
    groups = pattern.groups

    def err(msg, pos):
        return error(msg, repl, pos)

    while i < n:
        c = text[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise err("bad escape (end of pattern)", i)
        c = text[i + 1]
        start = i
        i += 2
        if c == "g":
            if i >= n or text[i] != "<":
                raise err("missing <", i)
            close = text.find(">", i + 1)
            if close < 0:
                if i + 1 >= n:
                    raise err("missing group name", i + 1)
                raise err("missing >, unterminated name", i + 1)
            name = text[i + 1:close]
            if not name:
                raise err("missing group name", i + 1)
            if name.isidentifier() and (not is_bytes or name.isascii()):
                g = pattern._groupindex.get(name)
                if g is None:
                    raise IndexError("unknown group name %r" % name)
            else:
                if not (name.isdigit() and name.isascii()):
                    raise err("bad character in group name %r" % name, i + 1)
                g = int(name)
                if g > groups:
                    raise err("invalid group reference %d" % g, i + 1)
            i = close + 1
            _flush(lit, items, is_bytes)
            items.append(g)
        elif c == "0":
            j = i
            while j < n and j < i + 2 and text[j] in "01234567":
                j += 1
            lit.append(chr(int(text[i - 1:j], 8)))
            i = j
        elif c in "123456789":
            j = i
            if j < n and text[j] in "0123456789":
                if (c in "01234567" and text[j] in "01234567" and j + 1 < n
                        and text[j + 1] in "01234567"):
                    v = int(text[i - 1:j + 2], 8)
                    if v > 0o377:
                        raise err("octal escape value \\%s outside of range 0-0o377"
                                  % text[i - 1:j + 2], start)
                    lit.append(chr(v))
                    i = j + 2
                    continue
                j += 1
            g = int(text[i - 1:j])
            if g > groups:
                raise err("invalid group reference %d" % g, start + 1)
            i = j
            _flush(lit, items, is_bytes)
            items.append(g)
        elif c in _TEMPLATE_ESCAPES:
            lit.append(_TEMPLATE_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            raise err("bad escape \\%s" % c, start)
        else:
            lit.append("\\" + c)
    _flush(lit, items, is_bytes)
    return items


def _flush(lit, items, is_bytes):
    if lit:
        s = "".join(lit)
        items.append(s.encode("latin-1") if is_bytes else s)
        lit.clear()


def _expand_spans(template, string, r, is_bytes):
    parts = []
    for item in template:
        if type(item) is int:
            b = r[2 * item]
            if b >= 0:
                s = string[b:r[2 * item + 1]]
                if not isinstance(s, (str, bytes)):
                    s = bytes(s)
                parts.append(s)
        else:
            parts.append(item)
    return (b"" if is_bytes else "").join(parts)


# ---- compilation and the module-level functions ---------------------------------

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags.value
    flags = int(flags) if isinstance(flags, int) else flags
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except (KeyError, TypeError):
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    seq, state = _parser.parse(pattern, flags)
    is_bytes = isinstance(pattern, bytes)
    code, nregs, prefix, anchored, first = _compiler.compile(seq, state, is_bytes)
    p = object.__new__(Pattern)
    p.pattern = pattern
    p.flags = state.flags
    p.groups = state.groups - 1
    p._groupindex = dict(state.groupdict)
    p._is_bytes = is_bytes
    p._template_cache = {}
    p._prog = _sre.compile(code, state.groups - 1, nregs, prefix, 1 if anchored else 0, first)
    if not (flags & DEBUG):
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning, stacklevel=2)
    return _compile(pattern, flags | _parser.TEMPLATE)


_special_chars_map = {i: "\\" + chr(i) for i in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    pattern = str(pattern, "latin1")
    return pattern.translate(_special_chars_map).encode("latin1")


class Scanner:
    """Undocumented but used: a simple lexer.  lexicon is a list of
    (pattern, action) pairs; scan() matches them in order at each position
    and returns ([results of the actions], unmatched rest of the string)."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        self._actions = {}
        parts = []
        gid = 1
        for phrase, action in lexicon:
            # Each phrase becomes one capturing group; the phrase's own
            # groups come after it, so lastindex (the group that closed
            # last) names the phrase that matched.
            self._actions[gid] = action
            parts.append("(%s)" % phrase)
            gid += 1 + _compile(phrase, flags).groups
        self.scanner = _compile("|".join(parts), flags)

    def scan(self, string):
        result = []
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self._actions[m.lastindex]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]


def _expand(pattern, match, template):
    return match.expand(template)
