"""re._parser — turns a regular expression's text into a syntax tree.

Owns the pattern grammar of CPython 3.11's re (escapes, classes, groups,
quantifiers, inline flags, look-around, conditionals) and its error
reporting: every syntax problem raises re.error with CPython's message and
position.  The tree is consumed by re._compiler; nodes are tuples:

    ('lit', cp)                   one code point (bytes patterns: 0..255)
    ('any',)                      .
    ('in', negated, items)        [...]; items: ('lit', c) ('range', lo, hi) ('cat', k)
    ('cat', k)                    \\d \\D \\w \\W \\s \\S (k is the letter)
    ('at', k)                     ^ $ \\A \\Z \\b \\B  ('bol', 'eol', 'A', 'Z', 'b', 'B')
    ('group', gid, seq)           capturing group (gid >= 1)
    ('seq', seq)                  (?:...)
    ('flags', add, remove, seq)   (?i:...) — scoped flags
    ('alt', [seq, ...])           a|b
    ('rep', lo, hi, kind, node)   quantifier; hi None = unbounded; kind 'g' 'l' 'p'
    ('backref', gid)              \\1 (?P=name)
    ('assert', behind, neg, seq)  (?=) (?!) (?<=) (?<!)
    ('atomic', seq)               (?>...)
    ('cond', gid, yes, no)        (?(1)yes|no)

where seq is a list of nodes.
"""

MAXREPEAT = 4294967295
MAXGROUPS = 1073741823

# Flag values as CPython's re.
TEMPLATE = 1
IGNORECASE = 2
LOCALE = 4
MULTILINE = 8
DOTALL = 16
UNICODE = 32
VERBOSE = 64
DEBUG = 128
ASCII = 256

FLAG_LETTERS = {"i": IGNORECASE, "L": LOCALE, "m": MULTILINE, "s": DOTALL,
                "x": VERBOSE, "a": ASCII, "t": TEMPLATE, "u": UNICODE}
TYPE_FLAGS = ASCII | LOCALE | UNICODE
GLOBAL_FLAGS = DEBUG | TEMPLATE

DIGITS = frozenset("0123456789")
OCTDIGITS = frozenset("01234567")
HEXDIGITS = frozenset("0123456789abcdefABCDEF")
ASCIILETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
WHITESPACE = frozenset(" \t\n\r\v\f")
SPECIAL_CHARS = ".\\[{()*+?^$|"
REPEAT_CHARS = "*+?{"

SIMPLE_ESCAPES = {"\\a": 7, "\\b": 8, "\\f": 12, "\\n": 10, "\\r": 13,
                  "\\t": 9, "\\v": 11, "\\\\": 92}
CATEGORY_ESCAPES = {"\\d": "d", "\\D": "D", "\\s": "s", "\\S": "S",
                    "\\w": "w", "\\W": "W"}
AT_ESCAPES = {"\\A": "A", "\\Z": "Z", "\\b": "b", "\\B": "B"}


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes: msg, pattern, pos, lineno, colno."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"


class _Source:
    """The pattern text as a stream of tokens: one character, or a backslash
    with the character after it (so escapes are never split)."""

    def __init__(self, pattern, text):
        self.pattern = pattern          # the original str/bytes (for errors)
        self.text = text                # always str (bytes decoded as latin-1)
        self.n = len(text)
        self.index = 0
        self.next = None
        self._advance()

    def _advance(self):
        i = self.index
        text = self.text
        if i >= self.n:
            self.next = None
            return
        c = text[i]
        if c == "\\":
            if i + 1 >= self.n:
                raise error("bad escape (end of pattern)", self.pattern, self.n - 1)
            c = text[i:i + 2]
            self.index = i + 2
        else:
            self.index = i + 1
        self.next = c

    def match(self, c):
        if c == self.next:
            self._advance()
            return True
        return False

    def get(self):
        this = self.next
        self._advance()
        return this

    def getwhile(self, n, charset):
        result = ""
        for _ in range(n):
            c = self.next
            if c is None or c not in charset:
                break
            result += c
            self._advance()
        return result

    def getuntil(self, terminator, name):
        result = ""
        while True:
            c = self.next
            self._advance()
            if c is None:
                if not result:
                    raise self.error("missing " + name)
                raise self.error("missing %s, unterminated name" % terminator, len(result))
            if c == terminator:
                if not result:
                    raise self.error("missing " + name, 1)
                break
            result += c
        return result

    def tell(self):
        return self.index - len(self.next or "")

    def seek(self, index):
        self.index = index
        self._advance()

    def error(self, msg, offset=0):
        return error(msg, self.pattern, self.tell() - offset)


class State:
    """What parsing learns about the whole pattern: flags, groups, names."""

    def __init__(self):
        self.flags = 0
        self.groupdict = {}
        self.groupwidths = [None]     # group 0 is the whole match
        self.lookbehindgroups = None
        self.grouprefpos = {}

    @property
    def groups(self):
        return len(self.groupwidths)

    def opengroup(self, name, source):
        gid = self.groups
        self.groupwidths.append(None)
        if self.groups > MAXGROUPS:
            raise error("too many groups")
        if name is not None:
            ogid = self.groupdict.get(name)
            if ogid is not None:
                raise error("redefinition of group name %r as group %d; was group %d"
                            % (name, gid, ogid), source.pattern, source.tell() - len(name) - 1)
            self.groupdict[name] = gid
        return gid

    def closegroup(self, gid, seq):
        self.groupwidths[gid] = getwidth(seq, self)

    def checkgroup(self, gid):
        return gid < self.groups and self.groupwidths[gid] is not None

    def checklookbehindgroup(self, gid, source):
        if self.lookbehindgroups is not None:
            if not self.checkgroup(gid):
                raise source.error("cannot refer to an open group")
            if gid >= self.lookbehindgroups:
                raise source.error("cannot refer to group defined in the same "
                                   "lookbehind subpattern")


def getwidth(seq, state):
    """(min, max) number of characters seq can match; max is capped at MAXREPEAT."""
    lo = hi = 0
    for node in seq:
        op = node[0]
        if op in ("lit", "any", "in", "cat"):
            lo += 1
            hi += 1
        elif op in ("group", "seq", "atomic"):
            a, b = getwidth(node[-1], state)
            lo += a
            hi += b
        elif op == "flags":
            a, b = getwidth(node[3], state)
            lo += a
            hi += b
        elif op == "alt":
            a = b = None
            for branch in node[1]:
                x, y = getwidth(branch, state)
                a = x if a is None else min(a, x)
                b = y if b is None else max(b, y)
            lo += a or 0
            hi += b or 0
        elif op == "rep":
            a, b = getwidth([node[4]], state)
            lo += a * node[1]
            if node[2] is None:
                if b:
                    hi = MAXREPEAT
            else:
                hi += b * node[2]
        elif op == "backref":
            w = state.groupwidths[node[1]] if node[1] < len(state.groupwidths) else None
            if w is None:
                w = (0, MAXREPEAT)
            lo += w[0]
            hi += w[1]
        elif op == "cond":
            a, b = getwidth(node[2], state)
            if node[3] is not None:
                c, d = getwidth(node[3], state)
                a = min(a, c)
                b = max(b, d)
            else:
                a = 0
            lo += a
            hi += b
        # 'at' and 'assert' consume nothing
    return min(lo, MAXREPEAT), min(hi, MAXREPEAT)


def _class_escape(source, escape, is_bytes):
    code = SIMPLE_ESCAPES.get(escape)
    if code is not None:
        return ("lit", code)
    cat = CATEGORY_ESCAPES.get(escape)
    if cat is not None:
        return ("cat", cat)
    c = escape[1:2]
    if c == "x":
        escape += source.getwhile(2, HEXDIGITS)
        if len(escape) != 4:
            raise source.error("incomplete escape %s" % escape, len(escape))
        return ("lit", int(escape[2:], 16))
    if (c == "u" or c == "U") and not is_bytes:
        n = 4 if c == "u" else 8
        escape += source.getwhile(n, HEXDIGITS)
        if len(escape) != n + 2:
            raise source.error("incomplete escape %s" % escape, len(escape))
        v = int(escape[2:], 16)
        if v > 0x10FFFF:
            raise source.error("bad escape %s" % escape, len(escape))
        return ("lit", v)
    if c == "N" and not is_bytes:
        return ("lit", _named_char(source, escape))
    if c in OCTDIGITS:
        escape += source.getwhile(2, OCTDIGITS)
        v = int(escape[1:], 8)
        if v > 0o377:
            raise source.error("octal escape value %s outside of range 0-0o377"
                               % escape, len(escape))
        return ("lit", v)
    if c in DIGITS:
        raise source.error("bad escape %s" % escape, len(escape))
    if len(escape) == 2:
        if c in ASCIILETTERS:
            raise source.error("bad escape %s" % escape, len(escape))
        return ("lit", ord(escape[1]))
    raise source.error("bad escape %s" % escape, len(escape))


def _named_char(source, escape):
    if not source.match("{"):
        raise source.error("missing {")
    charname = source.getuntil("}", "character name")
    try:
        import unicodedata
        return ord(unicodedata.lookup(charname))
    except (ImportError, KeyError):
        raise source.error("undefined character name %r" % charname,
                           len(charname) + len(r"\N{}")) from None


def _escape(source, escape, state, is_bytes):
    code = CATEGORY_ESCAPES.get(escape)
    if code is not None:
        return ("cat", code)
    code = AT_ESCAPES.get(escape)
    if code is not None:
        return ("at", code)
    code = SIMPLE_ESCAPES.get(escape)
    if code is not None:
        return ("lit", code)
    c = escape[1:2]
    if c == "x":
        escape += source.getwhile(2, HEXDIGITS)
        if len(escape) != 4:
            raise source.error("incomplete escape %s" % escape, len(escape))
        return ("lit", int(escape[2:], 16))
    if (c == "u" or c == "U") and not is_bytes:
        n = 4 if c == "u" else 8
        escape += source.getwhile(n, HEXDIGITS)
        if len(escape) != n + 2:
            raise source.error("incomplete escape %s" % escape, len(escape))
        v = int(escape[2:], 16)
        if v > 0x10FFFF:
            raise source.error("bad escape %s" % escape, len(escape))
        return ("lit", v)
    if c == "N" and not is_bytes:
        return ("lit", _named_char(source, escape))
    if c == "0":
        escape += source.getwhile(2, OCTDIGITS)
        return ("lit", int(escape[1:], 8))
    if c in DIGITS:
        # \1..\99 are group references unless three octal digits make a char
        if source.next in DIGITS:
            escape += source.get()
            if escape[1] in OCTDIGITS and escape[2] in OCTDIGITS and source.next in OCTDIGITS:
                escape += source.get()
                v = int(escape[1:], 8)
                if v > 0o377:
                    raise source.error("octal escape value %s outside of range 0-0o377"
                                       % escape, len(escape))
                return ("lit", v)
        gid = int(escape[1:])
        if gid < state.groups:
            if not state.checkgroup(gid):
                raise source.error("cannot refer to an open group", len(escape))
            state.checklookbehindgroup(gid, source)
            return ("backref", gid)
        raise source.error("invalid group reference %d" % gid, len(escape) - 1)
    if len(escape) == 2:
        if c in ASCIILETTERS:
            raise source.error("bad escape %s" % escape, len(escape))
        return ("lit", ord(escape[1]))
    raise source.error("bad escape %s" % escape, len(escape))


def _uniq(items):
    return list(dict.fromkeys(items))


def _parse_sub(source, state, verbose, nested, is_bytes):
    """Alternatives separated by |; returns a seq (list of nodes)."""
    branches = []
    while True:
        branches.append(_parse(source, state, verbose, nested + 1,
                               not nested and not branches, is_bytes))
        if not source.match("|"):
            break
        if not nested:
            verbose = verbose or bool(state.flags & VERBOSE)
    if len(branches) == 1:
        return branches[0]
    # Alternatives that are all one character become one set, as in CPython
    # (faster, and a repeat of it is then a single-character repeat).
    items = []
    for branch in branches:
        if len(branch) != 1:
            break
        node = branch[0]
        if node[0] == "lit":
            items.append(node)
        elif node[0] == "in" and not node[1]:
            items.extend(node[2])
        elif node[0] == "cat":
            items.append(node)
        else:
            break
    else:
        return [("in", False, _uniq(items))]
    return [("alt", branches)]


def _parse_flags(source, state, char):
    add_flags = 0
    del_flags = 0
    if char != "-":
        while True:
            flag = FLAG_LETTERS[char]
            if char == "L":
                if not source.is_bytes_pattern:
                    raise source.error("bad inline flags: cannot use 'L' flag with a str pattern")
            elif char == "u":
                if source.is_bytes_pattern:
                    raise source.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
            add_flags |= flag
            if (flag & TYPE_FLAGS) and (add_flags & TYPE_FLAGS) != flag:
                raise source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
            char = source.get()
            if char is None:
                raise source.error("missing -, : or )")
            if char in ")-:":
                break
            if char not in FLAG_LETTERS:
                msg = "unknown flag" if char.isalpha() else "missing -, : or )"
                raise source.error(msg, len(char))
    if char == ")":
        state.flags |= add_flags
        return None
    if add_flags & GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn on global flag", 1)
    if char == "-":
        char = source.get()
        if char is None:
            raise source.error("missing flag")
        if char not in FLAG_LETTERS:
            msg = "unknown flag" if char.isalpha() else "missing flag"
            raise source.error(msg, len(char))
        while True:
            flag = FLAG_LETTERS[char]
            if flag & TYPE_FLAGS:
                raise source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
            del_flags |= flag
            char = source.get()
            if char is None:
                raise source.error("missing :")
            if char == ":":
                break
            if char not in FLAG_LETTERS:
                msg = "unknown flag" if char.isalpha() else "missing :"
                raise source.error(msg, len(char))
    assert char == ":"
    if del_flags & GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn off global flag", 1)
    if add_flags & del_flags:
        raise source.error("bad inline flags: flag turned on and off", 1)
    return add_flags, del_flags


def _parse(source, state, verbose, nested, first, is_bytes):
    """One alternative: a sequence of items up to | or ) or the end."""
    seq = []
    while True:
        this = source.next
        if this is None or this == "|" or this == ")":
            break
        source.get()
        if verbose:
            if this in WHITESPACE:
                continue
            if this == "#":
                while True:
                    this = source.get()
                    if this is None or this == "\n":
                        break
                continue

        if this[0] == "\\":
            seq.append(_escape(source, this, state, is_bytes))

        elif this not in SPECIAL_CHARS:
            seq.append(("lit", ord(this)))

        elif this == "[":
            here = source.tell() - 1
            items = []
            negate = source.match("^")
            first_item = True
            while True:
                this = source.get()
                if this is None:
                    raise error("unterminated character set", source.pattern, here)
                if this == "]" and not first_item:
                    break
                first_item = False
                if this[0] == "\\":
                    code1 = _class_escape(source, this, is_bytes)
                else:
                    code1 = ("lit", ord(this))
                if source.match("-"):
                    that = source.get()
                    if that is None:
                        raise error("unterminated character set", source.pattern, here)
                    if that == "]":
                        items.append(code1)
                        items.append(("lit", ord("-")))
                        break
                    if that[0] == "\\":
                        code2 = _class_escape(source, that, is_bytes)
                    else:
                        code2 = ("lit", ord(that))
                    if code1[0] != "lit" or code2[0] != "lit":
                        msg = "bad character range %s-%s" % (this, that)
                        raise source.error(msg, len(this) + 1 + len(that))
                    lo = code1[1]
                    hi = code2[1]
                    if hi < lo:
                        msg = "bad character range %s-%s" % (this, that)
                        raise source.error(msg, len(this) + 1 + len(that))
                    items.append(("range", lo, hi))
                else:
                    items.append(code1)
            items = _uniq(items)
            if len(items) == 1 and items[0][0] == "lit" and not negate:
                seq.append(items[0])
            elif len(items) == 1 and items[0][0] == "cat" and not negate:
                seq.append(items[0])
            else:
                seq.append(("in", negate, items))

        elif this in REPEAT_CHARS:
            here = source.tell()
            if this == "?":
                lo, hi = 0, 1
            elif this == "*":
                lo, hi = 0, None
            elif this == "+":
                lo, hi = 1, None
            else:  # "{"
                if source.next == "}":
                    seq.append(("lit", ord(this)))
                    continue
                lo, hi = 0, None
                lo_s = hi_s = ""
                while source.next in DIGITS:
                    lo_s += source.get()
                if source.match(","):
                    while source.next in DIGITS:
                        hi_s += source.get()
                else:
                    hi_s = lo_s
                if not source.match("}"):
                    seq.append(("lit", ord(this)))
                    source.seek(here)
                    continue
                if lo_s:
                    lo = int(lo_s)
                    if lo >= MAXREPEAT:
                        raise OverflowError("the repetition number is too large")
                if hi_s:
                    hi = int(hi_s)
                    if hi >= MAXREPEAT:
                        raise OverflowError("the repetition number is too large")
                    if hi < lo:
                        raise source.error("min repeat greater than max repeat",
                                           source.tell() - here)
            if not seq or seq[-1][0] == "at":
                raise source.error("nothing to repeat", source.tell() - here + len(this))
            if seq[-1][0] == "rep":
                raise source.error("multiple repeat", source.tell() - here + len(this))
            item = seq[-1]
            if source.match("?"):
                kind = "l"
            elif source.match("+"):
                kind = "p"
            else:
                kind = "g"
            seq[-1] = ("rep", lo, hi, kind, item)

        elif this == ".":
            seq.append(("any",))

        elif this == "(":
            start = source.tell() - 1
            capture = True
            atomic = False
            name = None
            add_flags = 0
            del_flags = 0
            if source.match("?"):
                char = source.get()
                if char is None:
                    raise source.error("unexpected end of pattern")
                if char == "P":
                    if source.match("<"):
                        name = source.getuntil(">", "group name")
                        if not name.isidentifier() or (is_bytes and not name.isascii()):
                            raise source.error("bad character in group name %r" % name,
                                               len(name) + 1)
                    elif source.match("="):
                        name = source.getuntil(")", "group name")
                        if not name.isidentifier() or (is_bytes and not name.isascii()):
                            raise source.error("bad character in group name %r" % name,
                                               len(name) + 1)
                        gid = state.groupdict.get(name)
                        if gid is None:
                            raise source.error("unknown group name %r" % name, len(name) + 1)
                        if not state.checkgroup(gid):
                            raise source.error("cannot refer to an open group", len(name) + 1)
                        state.checklookbehindgroup(gid, source)
                        seq.append(("backref", gid))
                        continue
                    else:
                        char = source.get()
                        if char is None:
                            raise source.error("unexpected end of pattern")
                        raise source.error("unknown extension ?P" + char, len(char) + 2)
                elif char == ":":
                    capture = False
                elif char == "#":
                    while True:
                        if source.next is None:
                            raise error("missing ), unterminated comment",
                                        source.pattern, start)
                        if source.get() == ")":
                            break
                    continue
                elif char in "=!<":
                    dir_behind = False
                    if char == "<":
                        char = source.get()
                        if char is None:
                            raise source.error("unexpected end of pattern")
                        if char not in "=!":
                            raise source.error("unknown extension ?<" + char, len(char) + 2)
                        dir_behind = True
                        lookbehindgroups = state.lookbehindgroups
                        if lookbehindgroups is None:
                            state.lookbehindgroups = state.groups
                    p = _parse_sub(source, state, verbose, nested + 1, is_bytes)
                    if dir_behind:
                        if lookbehindgroups is None:
                            state.lookbehindgroups = None
                    if not source.match(")"):
                        raise error("missing ), unterminated subpattern", source.pattern, start)
                    if dir_behind:
                        lo, hi = getwidth(p, state)
                        if lo != hi:
                            raise error("look-behind requires fixed-width pattern")
                    seq.append(("assert", dir_behind, char == "!", p))
                    continue
                elif char == "(":
                    condname = source.getuntil(")", "group name")
                    if condname.isidentifier() and (not is_bytes or condname.isascii()):
                        condgroup = state.groupdict.get(condname)
                        if condgroup is None:
                            raise source.error("unknown group name %r" % condname,
                                               len(condname) + 1)
                    else:
                        try:
                            condgroup = int(condname)
                            if condgroup < 0 or not condname.isdigit() or not condname.isascii():
                                raise ValueError
                        except ValueError:
                            raise source.error("bad character in group name %r" % condname,
                                               len(condname) + 1) from None
                        if not condgroup:
                            raise source.error("bad group number", len(condname) + 1)
                        if condgroup >= MAXGROUPS:
                            raise source.error("invalid group reference %d" % condgroup,
                                               len(condname) + 1)
                        if condgroup not in state.grouprefpos:
                            state.grouprefpos[condgroup] = source.tell() - len(condname) - 1
                    state.checklookbehindgroup(condgroup, source)
                    item_yes = _parse(source, state, verbose, nested + 1, False, is_bytes)
                    item_no = None
                    if source.match("|"):
                        item_no = _parse(source, state, verbose, nested + 1, False, is_bytes)
                        if source.next == "|":
                            raise source.error("conditional backref with more than two branches")
                    if not source.match(")"):
                        raise error("missing ), unterminated subpattern", source.pattern, start)
                    seq.append(("cond", condgroup, item_yes, item_no))
                    continue
                elif char == ">":
                    capture = False
                    atomic = True
                elif char in FLAG_LETTERS or char == "-":
                    flags = _parse_flags(source, state, char)
                    if flags is None:
                        if not first or seq:
                            raise error("global flags not at the start of the expression",
                                        source.pattern, start)
                        verbose = bool(state.flags & VERBOSE)
                        continue
                    add_flags, del_flags = flags
                    capture = False
                else:
                    raise source.error("unknown extension ?" + char, len(char) + 1)

            gid = state.opengroup(name, source) if capture else None
            sub_verbose = (verbose or bool(add_flags & VERBOSE)) and not (del_flags & VERBOSE)
            p = _parse_sub(source, state, sub_verbose, nested + 1, is_bytes)
            if not source.match(")"):
                raise error("missing ), unterminated subpattern", source.pattern, start)
            if gid is not None:
                state.closegroup(gid, p)
            if atomic:
                seq.append(("atomic", p))
            elif gid is not None:
                seq.append(("group", gid, p))
            elif add_flags or del_flags:
                seq.append(("flags", add_flags, del_flags, p))
            else:
                seq.append(("seq", p))

        elif this == "^":
            seq.append(("at", "bol"))

        elif this == "$":
            seq.append(("at", "eol"))

        else:
            raise AssertionError("unsupported special character %r" % (this,))

    return seq


def fix_flags(src, flags):
    if isinstance(src, str):
        if flags & LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if not flags & ASCII:
            flags |= UNICODE
        elif flags & UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & LOCALE and flags & ASCII:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    return flags


def parse(pattern, flags=0):
    """Parse pattern (str or bytes) -> (seq, state); state.flags are final."""
    is_bytes = not isinstance(pattern, str)
    text = pattern if not is_bytes else bytes(pattern).decode("latin-1")
    source = _Source(pattern, text)
    source.is_bytes_pattern = is_bytes
    state = State()
    state.flags = flags
    seq = _parse_sub(source, state, bool(flags & VERBOSE), 0, is_bytes)
    state.flags = fix_flags(pattern, state.flags)
    if source.next is not None:
        assert source.next == ")"
        raise source.error("unbalanced parenthesis")
    for g in state.grouprefpos:
        if g >= state.groups:
            raise error("invalid group reference %d" % g, pattern, state.grouprefpos[g])
    return seq, state
