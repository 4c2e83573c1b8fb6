"""json.encoder — JSONEncoder with indent, separators, sort_keys, default."""

__all__ = ["JSONEncoder"]

_ESC = {"\\": "\\\\", '"': '\\"', "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _encode_str(s, ensure_ascii):
    out = ['"']
    for c in s:
        if c in _ESC:
            out.append(_ESC[c])
        elif c < " ":
            out.append("\\u%04x" % ord(c))
        elif ensure_ascii and c > "~":
            n = ord(c)
            if n > 0xFFFF:
                n -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 | (n >> 10), 0xDC00 | (n & 0x3FF)))
            else:
                out.append("\\u%04x" % n)
        else:
            out.append(c)
    out.append('"')
    return "".join(out)


class JSONEncoder:
    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        return "".join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        chunks = []
        self._encode(o, chunks, 0, set())
        return chunks

    def _float(self, o):
        if o != o:
            text = "NaN"
        elif o == float("inf"):
            text = "Infinity"
        elif o == -float("inf"):
            text = "-Infinity"
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def _newline(self, level):
        if self.indent is None:
            return ""
        indent = self.indent if isinstance(self.indent, str) else " " * self.indent
        return "\n" + indent * level

    def _encode(self, o, out, level, markers):
        if isinstance(o, str):
            out.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self._float(o))
        elif isinstance(o, (list, tuple)):
            self._check(o, markers)
            if not o:
                out.append("[]")
            else:
                out.append("[")
                first = True
                for item in o:
                    out.append(self._newline(level + 1) if first else self.item_separator + self._newline(level + 1))
                    first = False
                    self._encode(item, out, level + 1, markers)
                out.append(self._newline(level) + "]")
            markers.discard(id(o))
        elif isinstance(o, dict):
            self._check(o, markers)
            if not o:
                out.append("{}")
            else:
                out.append("{")
                items = sorted(o.items()) if self.sort_keys else o.items()
                first = True
                for key, value in items:
                    if isinstance(key, str):
                        pass
                    elif isinstance(key, float):
                        key = self._float(key)
                    elif key is True:
                        key = "true"
                    elif key is False:
                        key = "false"
                    elif key is None:
                        key = "null"
                    elif isinstance(key, int):
                        key = int.__repr__(key)
                    elif self.skipkeys:
                        continue
                    else:
                        raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")
                    out.append(self._newline(level + 1) if first else self.item_separator + self._newline(level + 1))
                    first = False
                    out.append(_encode_str(key, self.ensure_ascii))
                    out.append(self.key_separator)
                    self._encode(value, out, level + 1, markers)
                out.append(self._newline(level) + "}")
            markers.discard(id(o))
        else:
            self._check(o, markers)
            self._encode(self.default(o), out, level, markers)
            markers.discard(id(o))

    def _check(self, o, markers):
        if self.check_circular:
            if id(o) in markers:
                raise ValueError("Circular reference detected")
            markers.add(id(o))
