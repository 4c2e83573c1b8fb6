"""pprint — pretty-printing of Python data structures.

PrettyPrinter lays out dicts, lists, tuples, sets, frozensets, long strings
and bytes, OrderedDict, defaultdict, Counter, deque and dataclass instances
across lines the way CPython 3.11 does: an object whose repr fits in the
remaining width is printed on one line, otherwise its items go one per line
(or packed, with compact=True), dict keys sorted unless sort_dicts=False.
"""

import sys as _sys

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print object to stream (default sys.stdout)."""
    printer = PrettyPrinter(
        stream=stream, indent=indent, width=width, depth=depth,
        compact=compact, sort_dicts=sort_dicts,
        underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """The pretty-printed text of object."""
    return PrettyPrinter(indent=indent, width=width, depth=depth,
                         compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() with sort_dicts=False by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """repr() that survives recursive data structures."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _safe_key:
    """Sort key that orders values of mixed, unorderable types stably."""

    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj)) <
                    (str(type(other.obj)), id(other.obj)))


def _safe_tuple(t):
    return _safe_key(t[0]), _safe_key(t[1])


def _recursion(object):
    return ("<Recursion on %s with id=%s>"
            % (type(object).__name__, id(object)))


def _split_words(line):
    """line cut after each run of whitespace: 'ab  cd e' -> ['ab  ', 'cd ', 'e']."""
    parts = []
    i, n = 0, len(line)
    while i < n:
        j = i
        while j < n and not line[j].isspace():
            j += 1
        while j < n and line[j].isspace():
            j += 1
        parts.append(line[i:j])
        i = j
    return parts


_builtin_scalars = frozenset({str, bytes, bytearray, float, bool, type(None)})


def _is_generated_dataclass_repr(object):
    fields = getattr(type(object), "__dataclass_fields__", None)
    if fields is None or isinstance(object, type):
        return False
    params = getattr(type(object), "__dataclass_params__", None)
    wants_repr = getattr(params, "repr", None)
    if wants_repr is None and isinstance(params, tuple) and len(params) > 1:
        wants_repr = params[1]
    if not wants_repr:
        return False
    code = getattr(type(object).__repr__, "__code__", None)
    return code is not None and code.co_filename == "<string>"


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is not None:
            self._stream.write(self._layout(object, 0, 0, {}, 0) + "\n")

    def pformat(self, object):
        return self._layout(object, 0, 0, {}, 0)

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object; override to customise."""
        return self._safe_repr(object, context, maxlevels, level)

    # ---- layout
    #
    # _layout(obj, indent, allowance, ...) is the text of obj when it starts
    # at column indent and allowance columns must stay free after it (for
    # the closing brackets and commas of the enclosing containers).  An
    # object whose one-line repr fits is printed as is; otherwise the
    # handler for its type (looked up by its __repr__) spreads it out.

    def _layout(self, obj, indent, allowance, context, level):
        if id(obj) in context:
            self._recursive = True
            self._readable = False
            return _recursion(obj)
        rep = self._repr(obj, context, level)
        if len(rep) <= self._width - indent - allowance:
            return rep
        handler = self._dispatch.get(type(obj).__repr__)
        if handler is None and _is_generated_dataclass_repr(obj):
            handler = PrettyPrinter._dataclass_layout
        if handler is None:
            return rep
        context[id(obj)] = 1
        try:
            return handler(self, obj, indent, allowance, context, level + 1)
        finally:
            del context[id(obj)]

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(),
                                                self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _lead(self):
        # Indents wider than one column pad after the opening bracket.
        return ' ' * (self._indent_per_level - 1) if self._indent_per_level > 1 else ''

    def _items_text(self, items, indent, allowance, context, level):
        """Items one per line (or packed when compact) after an opening bracket."""
        col = indent + self._indent_per_level
        newline = ',\n' + ' ' * col
        items = list(items)
        out = [self._lead()]
        full = avail = self._width - col + 1
        sep = ''
        for i, item in enumerate(items):
            last = i == len(items) - 1
            if last:
                full -= allowance
                avail -= allowance
            if self._compact:
                rep = self._repr(item, context, level)
                need = len(rep) + 2
                if avail < need:
                    avail = full
                    if sep:
                        sep = newline
                if avail >= need:
                    avail -= need
                    out.append(sep)
                    out.append(rep)
                    sep = ', '
                    continue
            out.append(sep)
            out.append(self._layout(item, col, allowance if last else 1, context, level))
            sep = newline
        return ''.join(out)

    def _pairs_text(self, pairs, indent, allowance, context, level):
        """key: value lines of a dict-like object."""
        col = indent + self._indent_per_level
        pairs = list(pairs)
        lines = []
        for i, (key, value) in enumerate(pairs):
            last = i == len(pairs) - 1
            krep = self._repr(key, context, level)
            lines.append(krep + ': ' + self._layout(value, col + len(krep) + 2,
                                                    allowance if last else 1,
                                                    context, level))
        return (',\n' + ' ' * col).join(lines)

    def _names_text(self, pairs, indent, allowance, context, level):
        """name=value lines (dataclass fields), aligned at indent."""
        lines = []
        for i, (name, value) in enumerate(pairs):
            last = i == len(pairs) - 1
            if id(value) in context:
                shown = '...'
            else:
                shown = self._layout(value, indent + len(name) + 1,
                                     allowance if last else 1, context, level)
            lines.append(name + '=' + shown)
        return (',\n' + ' ' * indent).join(lines)

    def _sorted_items(self, d):
        return sorted(d.items(), key=_safe_tuple) if self._sort_dicts else list(d.items())

    def _dict_layout(self, obj, indent, allowance, context, level):
        body = self._pairs_text(self._sorted_items(obj), indent, allowance + 1,
                                context, level) if len(obj) else ''
        return '{' + self._lead() + body + '}'

    def _list_layout(self, obj, indent, allowance, context, level):
        return '[' + self._items_text(obj, indent, allowance + 1, context, level) + ']'

    def _tuple_layout(self, obj, indent, allowance, context, level):
        close = ',)' if len(obj) == 1 else ')'
        return '(' + self._items_text(obj, indent, allowance + len(close),
                                      context, level) + close

    def _set_layout(self, obj, indent, allowance, context, level):
        if not len(obj):
            return repr(obj)
        if type(obj) is set:
            head, close = '{', '}'
        else:
            head, close = type(obj).__name__ + '({', '})'
            indent += len(type(obj).__name__) + 1
        items = sorted(obj, key=_safe_key)
        return head + self._items_text(items, indent, allowance + len(close),
                                       context, level) + close

    def _str_layout(self, obj, indent, allowance, context, level):
        if not len(obj):
            return repr(obj)
        if level == 1:
            # At the top level the pieces are wrapped in parentheses.
            indent += 1
            allowance += 1
        width = self._width - indent
        lines = obj.splitlines(True)
        chunks = []
        for i, line in enumerate(lines):
            last_line = i == len(lines) - 1
            rep = repr(line)
            if len(rep) <= (width - allowance if last_line else width):
                chunks.append(rep)
                continue
            words = _split_words(line)
            current = ''
            for j, word in enumerate(words):
                limit = width - allowance if (last_line and j == len(words) - 1) else width
                if len(repr(current + word)) > limit:
                    if current:
                        chunks.append(repr(current))
                    current = word
                else:
                    current += word
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            return chunks[0]
        text = ('\n' + ' ' * indent).join(chunks)
        return '(' + text + ')' if level == 1 else text

    def _bytes_layout(self, obj, indent, allowance, context, level):
        if len(obj) <= 4:
            return repr(obj)
        top = level == 1
        if top:
            indent += 1
            allowance += 1
        text = ('\n' + ' ' * indent).join(
            _wrap_bytes_repr(obj, self._width - indent, allowance))
        return '(' + text + ')' if top else text

    def _bytearray_layout(self, obj, indent, allowance, context, level):
        return 'bytearray(' + self._bytes_layout(bytes(obj), indent + 10, allowance + 1,
                                                 context, level + 1) + ')'

    def _ordered_dict_layout(self, obj, indent, allowance, context, level):
        if not len(obj):
            return repr(obj)
        name = type(obj).__name__
        return name + '(' + self._layout(list(obj.items()), indent + len(name) + 1,
                                         allowance + 1, context, level) + ')'

    def _default_dict_layout(self, obj, indent, allowance, context, level):
        if not len(obj):
            return repr(obj)
        name = type(obj).__name__
        factory = self._repr(obj.default_factory, context, level)
        indent += len(name) + 1
        return '%s(%s,\n%s%s)' % (name, factory, ' ' * indent,
                                   self._dict_layout(obj, indent, allowance + 1,
                                                     context, level))

    def _counter_layout(self, obj, indent, allowance, context, level):
        if not len(obj):
            return repr(obj)
        name = type(obj).__name__
        return name + '({' + self._lead() + self._pairs_text(
            obj.most_common(), indent + len(name) + 1, allowance + 2,
            context, level) + '})'

    def _deque_layout(self, obj, indent, allowance, context, level):
        if not len(obj):
            return repr(obj)
        name = type(obj).__name__
        indent += len(name) + 1
        if obj.maxlen is None:
            return name + '([' + self._items_text(obj, indent, allowance + 2,
                                                  context, level) + '])'
        return '%s([%s],\n%smaxlen=%s)' % (
            name, self._items_text(obj, indent, 2, context, level),
            ' ' * indent, self._repr(obj.maxlen, context, level))

    def _dataclass_layout(self, obj, indent, allowance, context, level):
        name = type(obj).__name__
        fields = type(obj).__dataclass_fields__.values()
        kind = _dc_field_kind()
        pairs = [(f.name, getattr(obj, f.name)) for f in fields
                 if f.repr and getattr(f, "_field_type", kind) is kind]
        return name + '(' + self._names_text(pairs, indent + len(name) + 1,
                                             allowance, context, level) + ')'

    _dispatch = {
        dict.__repr__: _dict_layout,
        list.__repr__: _list_layout,
        tuple.__repr__: _tuple_layout,
        set.__repr__: _set_layout,
        frozenset.__repr__: _set_layout,
        str.__repr__: _str_layout,
        bytes.__repr__: _bytes_layout,
        bytearray.__repr__: _bytearray_layout,
    }

    # ---- one-line reprs that survive recursion and honour depth

    def _safe_repr(self, object, context, maxlevels, level):
        typ = type(object)
        if typ in _builtin_scalars:
            return repr(object), True, False
        r = getattr(typ, "__repr__", None)
        if issubclass(typ, int) and r is int.__repr__:
            text = f"{object:_d}" if self._underscore_numbers else repr(object)
            return text, True, False
        if issubclass(typ, dict) and r is dict.__repr__:
            if not object:
                return "{}", True, False
            pairs = self._sorted_items(object)
            return self._safe_container(object, context, maxlevels, level,
                                        "{%s}", "{...}", pairs, True)
        if (issubclass(typ, list) and r is list.__repr__) or \
                (issubclass(typ, tuple) and r is tuple.__repr__):
            if not object:
                return ("[]" if issubclass(typ, list) else "()"), True, False
            if issubclass(typ, list):
                shape = "[%s]"
            else:
                shape = "(%s,)" if len(object) == 1 else "(%s)"
            return self._safe_container(object, context, maxlevels, level,
                                        shape, shape % "...", object, False)
        rep = repr(object)
        return rep, bool(rep and not rep.startswith('<')), False

    def _safe_container(self, obj, context, maxlevels, level, shape, cut,
                        items, pairs):
        key = id(obj)
        if maxlevels and level >= maxlevels:
            return cut, False, key in context
        if key in context:
            return _recursion(obj), False, True
        context[key] = 1
        readable, recursive = True, False
        texts = []
        for item in items:
            parts = item if pairs else (item,)
            shown = []
            for part in parts:
                t, r, rec = self.format(part, context, maxlevels, level + 1)
                shown.append(t)
                readable = readable and r
                recursive = recursive or rec
            texts.append(": ".join(shown))
        del context[key]
        return shape % ", ".join(texts), readable, recursive


def _dc_field_kind():
    import dataclasses
    return getattr(dataclasses, "_FIELD", None)


def _wrap_bytes_repr(object, width, allowance):
    current = b''
    last = len(object) // 4 * 4
    for i in range(0, len(object), 4):
        part = object[i: i + 4]
        candidate = current + part
        if i == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                yield repr(current)
            current = part
        else:
            current = candidate
    if current:
        yield repr(current)


def _register_collections():
    import collections
    d = PrettyPrinter._dispatch
    for name, fn in (("OrderedDict", PrettyPrinter._ordered_dict_layout),
                     ("defaultdict", PrettyPrinter._default_dict_layout),
                     ("Counter", PrettyPrinter._counter_layout),
                     ("deque", PrettyPrinter._deque_layout)):
        cls = getattr(collections, name, None)
        if cls is not None and cls.__repr__ not in d:
            d[cls.__repr__] = fn


_register_collections()
