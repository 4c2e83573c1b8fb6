"""re._compiler — turns the syntax tree of re._parser into a program for the
native backtracking engine (runtime/mod_sre.c, module _sre).

Owns the instruction set shared with mod_sre.c: the opcode numbers below must
match the OP_* enum there.  A program is a flat list of ints; jump targets are
absolute indexes into it.  Flags (IGNORECASE, MULTILINE, DOTALL, ASCII) are
resolved here, per node, so scoped inline flags cost nothing at match time.
"""

from . import _parser
from ._parser import IGNORECASE, MULTILINE, DOTALL, ASCII, LOCALE

# Opcodes (keep in sync with mod_sre.c).
OP_FAIL = 0
OP_SUCCEED = 1
OP_CHAR = 2          # c
OP_CHAR_I = 3        # fold lower upper
OP_ANY = 4
OP_ANY_ALL = 5
OP_SET = 6           # negated fold nwords items...
OP_CAT = 7           # k
OP_AT = 8            # k
OP_JMP = 9           # target
OP_SPLIT = 10        # first second
OP_SAVE = 11         # slot
OP_REPINIT = 12      # reg
OP_REPLOOP = 13      # reg min max lazy exit
OP_REPNEXT = 14      # reg loop
OP_REP1 = 15         # min max lazy next  <one single-character op>
OP_BACKREF = 16      # group fold
OP_ASSERT = 17       # behind neg width next  <sub-program ending in SUCCEED>
OP_ATOMIC = 18       # next  <sub-program ending in SUCCEED>
OP_COND = 19         # group else

# Set items.
I_LIT = 0            # c
I_RANGE = 1          # lo hi
I_CAT = 2            # k

# Fold modes for case-insensitive matching.
FOLD_NONE = 0
FOLD_ASCII = 1
FOLD_UNICODE = 2

# Categories: the Unicode ones, then +6 for the ASCII versions.
CATS = {"d": 0, "D": 1, "w": 2, "W": 3, "s": 4, "S": 5}
CAT_ASCII = 6

# Assertions at a position.
AT_BOL, AT_BOL_M, AT_EOL, AT_EOL_M, AT_BOS, AT_EOS = 0, 1, 2, 3, 4, 5
AT_BOUND, AT_NBOUND, AT_BOUND_A, AT_NBOUND_A = 6, 7, 8, 9

INF = -1
_INT32_MAX = 2147483647

_SINGLE = ("lit", "any", "in", "cat")


class _Compiler:
    def __init__(self, is_bytes, state):
        self.state = state
        self.code = []
        self.nregs = 0
        self.is_bytes = is_bytes

    def _fold(self, flags):
        if not flags & IGNORECASE:
            return FOLD_NONE
        if self.is_bytes or flags & (ASCII | LOCALE):
            return FOLD_ASCII
        return FOLD_UNICODE

    def _ascii(self, flags):
        return self.is_bytes or bool(flags & (ASCII | LOCALE))

    def _cat(self, k, flags):
        return CATS[k] + (CAT_ASCII if self._ascii(flags) else 0)

    def _lowup(self, c, fold):
        if fold == FOLD_ASCII:
            if 65 <= c <= 90:
                return c + 32, c
            if 97 <= c <= 122:
                return c, c - 32
            return c, c
        ch = chr(c)
        lo = ch.lower()
        up = ch.upper()
        # One-to-many mappings (ß -> SS) are not simple case mappings.
        lo = ord(lo) if len(lo) == 1 else c
        up = ord(up) if len(up) == 1 else c
        return lo, up

    def single(self, node, flags):
        """Emit one single-character matcher."""
        code = self.code
        op = node[0]
        if op == "lit":
            fold = self._fold(flags)
            c = node[1]
            if fold:
                lo, up = self._lowup(c, fold)
                if lo != up or lo != c:
                    code.extend((OP_CHAR_I, fold, lo, up))
                    return
            code.extend((OP_CHAR, c))
        elif op == "any":
            code.append(OP_ANY_ALL if flags & DOTALL else OP_ANY)
        elif op == "cat":
            code.extend((OP_CAT, self._cat(node[1], flags)))
        elif op == "in":
            items = []
            for it in node[2]:
                if it[0] == "lit":
                    items.extend((I_LIT, it[1]))
                elif it[0] == "range":
                    items.extend((I_RANGE, it[1], it[2]))
                else:
                    items.extend((I_CAT, self._cat(it[1], flags)))
            code.extend((OP_SET, 1 if node[1] else 0, self._fold(flags), len(items)))
            code.extend(items)
        else:
            raise AssertionError(op)

    def seq(self, seq, flags):
        for node in seq:
            self.node(node, flags)

    def node(self, node, flags):
        code = self.code
        op = node[0]
        if op in _SINGLE:
            self.single(node, flags)
        elif op == "at":
            k = node[1]
            if k == "bol":
                at = AT_BOL_M if flags & MULTILINE else AT_BOL
            elif k == "eol":
                at = AT_EOL_M if flags & MULTILINE else AT_EOL
            elif k == "A":
                at = AT_BOS
            elif k == "Z":
                at = AT_EOS
            elif k == "b":
                at = AT_BOUND_A if self._ascii(flags) else AT_BOUND
            else:
                at = AT_NBOUND_A if self._ascii(flags) else AT_NBOUND
            code.extend((OP_AT, at))
        elif op == "group":
            g = node[1]
            code.extend((OP_SAVE, 2 * g))
            self.seq(node[2], flags)
            code.extend((OP_SAVE, 2 * g + 1))
        elif op == "seq":
            self.seq(node[1], flags)
        elif op == "flags":
            self.seq(node[3], (flags | node[1]) & ~node[2])
        elif op == "alt":
            self.alt(node[1], flags)
        elif op == "rep":
            self.rep(node, flags)
        elif op == "backref":
            code.extend((OP_BACKREF, node[1], self._fold(flags)))
        elif op == "assert":
            behind, neg, sub = node[1], node[2], node[3]
            width = _parser.getwidth(sub, self.state)[0] if behind else 0
            at = len(code)
            code.extend((OP_ASSERT, 1 if behind else 0, 1 if neg else 0, width, 0))
            self.seq(sub, flags)
            code.append(OP_SUCCEED)
            code[at + 4] = len(code)
        elif op == "atomic":
            self.atomic(lambda: self.seq(node[1], flags))
        elif op == "cond":
            at = len(code)
            code.extend((OP_COND, node[1], 0))
            self.seq(node[2], flags)
            if node[3] is not None:
                j = len(code)
                code.extend((OP_JMP, 0))
                code[at + 2] = len(code)
                self.seq(node[3], flags)
                code[j + 1] = len(code)
            else:
                code[at + 2] = len(code)
        else:
            raise AssertionError(op)

    def atomic(self, emit_body):
        code = self.code
        at = len(code)
        code.extend((OP_ATOMIC, 0))
        emit_body()
        code.append(OP_SUCCEED)
        code[at + 1] = len(code)

    def alt(self, branches, flags):
        code = self.code
        jumps = []
        for i, branch in enumerate(branches):
            if i < len(branches) - 1:
                at = len(code)
                code.extend((OP_SPLIT, at + 3, 0))
                self.seq(branch, flags)
                jumps.append(len(code))
                code.extend((OP_JMP, 0))
                code[at + 2] = len(code)
            else:
                self.seq(branch, flags)
        for j in jumps:
            code[j + 1] = len(code)

    def rep(self, node, flags):
        _, lo, hi, kind, item = node
        # A non-capturing group around one character is still one character
        # (CPython compiles both as a single-character repeat).
        while item[0] in ("seq", "flags") and len(item[-1]) == 1:
            if item[0] == "flags":
                flags = (flags | item[1]) & ~item[2]
            item = item[-1][0]
        if kind == "p":
            # CPython 3.11 matches each iteration of a possessive repeat as an
            # atomic unit (it never backtracks into an earlier iteration to
            # let a later one match), so (?:x){2}+ can fail where (?>(?:x){2})
            # succeeds; follow it.
            if item[0] not in _SINGLE:
                item = ("atomic", [item])
            self.atomic(lambda: self.rep(("rep", lo, hi, "g", item), flags))
            return
        code = self.code
        lazy = 1 if kind == "l" else 0
        lo = min(lo, _INT32_MAX)
        hi = INF if hi is None or hi >= _INT32_MAX else hi
        if hi == 0:
            return
        if item[0] in _SINGLE:
            at = len(code)
            code.extend((OP_REP1, lo, hi, lazy, 0))
            self.single(item, flags)
            code[at + 4] = len(code)
            return
        if lo == hi == 1:
            self.node(item, flags)
            return
        if lo == 0 and hi == 1 and not _can_be_empty(item):
            # x? as a plain choice: no loop registers needed.
            at = len(code)
            code.extend((OP_SPLIT, 0, 0))
            self.node(item, flags)
            end = len(code)
            code[at + 1], code[at + 2] = (end, at + 3) if lazy else (at + 3, end)
            return
        r = self.nregs
        self.nregs += 1
        code.extend((OP_REPINIT, r))
        loop = len(code)
        code.extend((OP_REPLOOP, r, lo, hi, lazy, 0))
        self.node(item, flags)
        code.extend((OP_REPNEXT, r, loop))
        code[loop + 5] = len(code)


def _can_be_empty(node):
    return _parser.getwidth([node], _NoGroups)[0] == 0


class _NoGroupsType:
    groupwidths = ()


_NoGroups = _NoGroupsType()


def _literal_prefix(seq, flags):
    """Code points every match must start with (case-sensitive only)."""
    prefix = []
    if flags & IGNORECASE:
        return prefix
    for node in seq:
        if node[0] == "lit":
            prefix.append(node[1])
        elif node[0] == "group" or node[0] == "seq":
            sub = node[-1]
            inner = _literal_prefix(sub, flags)
            prefix.extend(inner)
            if len(inner) != len(sub) or any(n[0] != "lit" for n in sub):
                break
        else:
            break
    return prefix


def _anchored(seq, flags):
    """True when every match must start at the beginning of the string."""
    for node in seq:
        op = node[0]
        if op == "at":
            return node[1] == "A" or (node[1] == "bol" and not flags & MULTILINE)
        if op == "group" or op == "seq":
            return _anchored(node[-1], flags)
        return False
    return False


def compile(seq, state, is_bytes):
    """-> (code list, number of repeat registers, literal prefix, anchored, first)."""
    c = _Compiler(is_bytes, state)
    flags = state.flags
    first = -1
    if seq and seq[0][0] in _SINGLE:
        first = 0
    elif (seq and seq[0][0] == "rep" and seq[0][1] >= 1 and seq[0][3] != "p"
          and seq[0][4][0] in _SINGLE):
        first = 5
    c.seq(seq, flags)
    c.code.append(OP_SUCCEED)
    return c.code, c.nregs, _literal_prefix(seq, flags), _anchored(seq, flags), first
