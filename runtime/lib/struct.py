"""struct — packing values into bytes and back, by format strings.

Formats: a byte-order prefix (@ native with alignment, = native order
without, < little, > and ! big endian) then codes x c b B ? h H i I l L q Q
n N P e f d s p, each with an optional count.  Native sizes are those of
x86-64 Linux (l, L, n, N, P are 8 bytes).  Floats are packed exactly
(round-half-even to binary32 / binary16), and errors are struct.error with
CPython's messages.  Written in Python; parsed formats are cached.
"""

import math

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


# code: (native size, standard size, kind)
_CODES = {
    'x': (1, 1, 'pad'), 'c': (1, 1, 'char'), 'b': (1, 1, 'int'),
    'B': (1, 1, 'uint'), '?': (1, 1, 'bool'), 'h': (2, 2, 'int'),
    'H': (2, 2, 'uint'), 'i': (4, 4, 'int'), 'I': (4, 4, 'uint'),
    'l': (8, 4, 'int'), 'L': (8, 4, 'uint'), 'q': (8, 8, 'int'),
    'Q': (8, 8, 'uint'), 'n': (8, None, 'int'), 'N': (8, None, 'uint'),
    'P': (8, None, 'uint'), 'e': (2, 2, 'float'), 'f': (4, 4, 'float'),
    'd': (8, 8, 'float'), 's': (1, 1, 'str'), 'p': (1, 1, 'pascal'),
}

_NAMED_RANGES = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}

# (mantissa bits including the implicit one, exponent bits)
_FLOAT_LAYOUT = {2: (11, 5), 4: (24, 8), 8: (53, 11)}


def _round_shift(m, s):
    """m / 2**s rounded half to even."""
    if s <= 0:
        return m << -s
    q = m >> s
    r = m & ((1 << s) - 1)
    half = 1 << (s - 1)
    if r > half or (r == half and q & 1):
        q += 1
    return q


def _float_bits(x, size, code, check_overflow):
    p, ebits = _FLOAT_LAYOUT[size]
    bias = (1 << (ebits - 1)) - 1
    sign = 1 if math.copysign(1.0, x) < 0 else 0
    top = ((1 << ebits) - 1) << (p - 1)
    if math.isnan(x):
        bits = top | (1 << (p - 2))
    elif math.isinf(x):
        bits = top
    elif x == 0:
        bits = 0
    else:
        m, e = math.frexp(abs(x))
        M = int(math.ldexp(m, 53))
        if e - 1 + bias >= 1:
            q = _round_shift(M, 53 - p)
            bits = ((e - 1 + bias) << (p - 1)) + q - (1 << (p - 1))
        else:
            bits = _round_shift(M, (2 - bias - p) - (e - 53))
        if bits >= top:
            if check_overflow:
                raise OverflowError('float too large to pack with %s format' % code)
            bits = top
    return bits | (sign << (size * 8 - 1))


def _bits_float(bits, size):
    p, ebits = _FLOAT_LAYOUT[size]
    bias = (1 << (ebits - 1)) - 1
    sign = bits >> (size * 8 - 1)
    exp = (bits >> (p - 1)) & ((1 << ebits) - 1)
    frac = bits & ((1 << (p - 1)) - 1)
    if exp == (1 << ebits) - 1:
        v = math.nan if frac else math.inf
    elif exp == 0:
        v = math.ldexp(frac, 2 - bias - p)
    else:
        v = math.ldexp(frac + (1 << (p - 1)), exp - bias - (p - 1))
    return -v if sign else v


def _as_int(v):
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float) or not hasattr(type(v), '__index__'):
        raise error('required argument is not an integer')
    return v.__index__()


def _as_float(v):
    if isinstance(v, float):
        return v
    try:
        return float(v) if (isinstance(v, int) or hasattr(type(v), '__float__')
                            or hasattr(type(v), '__index__')) else _not_float()
    except error:
        raise
    except (TypeError, ValueError):
        raise error('required argument is not a float') from None


def _not_float():
    raise error('required argument is not a float')


class _Item:
    __slots__ = ('code', 'count', 'size', 'kind', 'offset')

    def __init__(self, code, count, size, kind, offset):
        self.code = code
        self.count = count
        self.size = size
        self.kind = kind
        self.offset = offset


def _parse(fmt):
    """(byte order 'little'/'big', native, items, total size, number of values)."""
    if isinstance(fmt, (bytes, bytearray)):
        fmt = fmt.decode('latin-1')
    if not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                        % type(fmt).__name__)
    i = 0
    order = 'little'
    standard = False
    if fmt[:1] in ('@', '=', '<', '>', '!'):
        standard = fmt[0] != '@'
        order = 'big' if fmt[0] in '>!' else 'little'
        i = 1
    align = not standard
    items = []
    offset = 0
    nvalues = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = 1
        if c.isdigit():
            j = i
            while j < n and fmt[j].isdigit():
                j += 1
            count = int(fmt[i:j])
            i = j
            if i >= n:
                raise error('repeat count given without format specifier')
            c = fmt[i]
        info = _CODES.get(c)
        if info is None or (standard and info[1] is None):
            raise error('bad char in struct format')
        size = info[1] if standard else info[0]
        kind = info[2]
        if align and kind not in ('pad', 'char', 'str', 'pascal') and size > 1:
            offset = (offset + size - 1) // size * size
        if kind in ('str', 'pascal'):
            items.append(_Item(c, count, count, kind, offset))
            offset += count
            nvalues += 1
        elif kind == 'pad':
            offset += count
        else:
            for _ in range(count):
                items.append(_Item(c, 1, size, kind, offset))
                offset += size
                nvalues += 1
        i += 1
    return order, not standard, items, offset, nvalues


class Struct:
    """A compiled format: pack/unpack without re-parsing."""

    def __init__(self, format):
        self._order, self._native, self._items, self.size, self._nvalues = _parse(format)
        self.format = format.decode('latin-1') if isinstance(format, (bytes, bytearray)) else format

    def _pack(self, buf, base, values):
        if len(values) != self._nvalues:
            raise error('pack expected %d items for packing (got %d)'
                        % (self._nvalues, len(values)))
        order = self._order
        for item, v in zip(self._items, values):
            kind = item.kind
            off = base + item.offset
            size = item.size
            if kind == 'int' or kind == 'uint':
                v = _as_int(v)
                if item.code == 'P' and v < 0:
                    # A pointer takes any C long: negative values wrap.
                    v &= (1 << 64) - 1
                unsigned = kind == 'uint'
                bits = size * 8
                lo = 0 if unsigned else -(1 << (bits - 1))
                hi = (1 << bits) - 1 if unsigned else (1 << (bits - 1)) - 1
                if not lo <= v <= hi:
                    code = item.code
                    if code in _NAMED_RANGES:
                        raise error('%s format requires %d <= number <= %d'
                                    % (_NAMED_RANGES[code], lo, hi))
                    if size == 8 or (unsigned and v < 0):
                        raise error('argument out of range')
                    raise error("'%s' format requires %d <= number <= %d" % (code, lo, hi))
                buf[off:off + size] = v.to_bytes(size, order, signed=not unsigned)
            elif kind == 'float':
                x = _as_float(v)
                check = not (self._native and item.code == 'f')
                bits = _float_bits(x, size, item.code, check)
                buf[off:off + size] = bits.to_bytes(size, order)
            elif kind == 'bool':
                buf[off] = 1 if v else 0
            elif kind == 'char':
                if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
                    raise error('char format requires a bytes object of length 1')
                buf[off] = v[0]
            elif kind == 'str':
                if not isinstance(v, (bytes, bytearray)):
                    raise error("argument for 's' must be a bytes object")
                data = bytes(v[:size])
                buf[off:off + len(data)] = data
            elif kind == 'pascal':
                if not isinstance(v, (bytes, bytearray)):
                    raise error("argument for 'p' must be a bytes object")
                if size == 0:
                    continue
                data = bytes(v[:size - 1])
                buf[off] = min(len(data), 255)
                buf[off + 1:off + 1 + len(data)] = data

    def pack(self, *values):
        buf = bytearray(self.size)
        self._pack(buf, 0, values)
        return bytes(buf)

    def pack_into(self, buffer, offset, *values):
        if offset < 0:
            if offset + self.size > 0:
                raise error('no space to pack %d bytes at offset %d' % (self.size, offset))
            if offset + len(buffer) < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, len(buffer)))
            offset += len(buffer)
        if len(buffer) - offset < self.size:
            raise error('pack_into requires a buffer of at least %d bytes for packing %d '
                        'bytes at offset %d (actual buffer size is %d)'
                        % (self.size + offset, self.size, offset, len(buffer)))
        if len(values) != self._nvalues:
            raise error('pack_into expected %d items for packing (got %d)'
                        % (self._nvalues, len(values)))
        tmp = bytearray(self.size)
        self._pack(tmp, 0, values)
        buffer[offset:offset + self.size] = tmp

    def _unpack(self, data, base):
        order = self._order
        out = []
        for item in self._items:
            off = base + item.offset
            size = item.size
            kind = item.kind
            if kind == 'int':
                out.append(int.from_bytes(data[off:off + size], order, signed=True))
            elif kind == 'uint':
                out.append(int.from_bytes(data[off:off + size], order))
            elif kind == 'float':
                out.append(_bits_float(int.from_bytes(data[off:off + size], order), size))
            elif kind == 'bool':
                out.append(data[off] != 0)
            elif kind == 'char':
                out.append(bytes(data[off:off + 1]))
            elif kind == 'str':
                out.append(bytes(data[off:off + size]))
            elif kind == 'pascal':
                if size == 0:
                    out.append(b'')
                    continue
                n = min(data[off], size - 1)
                out.append(bytes(data[off + 1:off + 1 + n]))
        return tuple(out)

    def unpack(self, buffer):
        data = _buffer(buffer)
        if len(data) != self.size:
            raise error('unpack requires a buffer of %d bytes' % self.size)
        return self._unpack(data, 0)

    def unpack_from(self, buffer, offset=0):
        data = _buffer(buffer)
        if offset < 0:
            if offset + len(data) < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, len(data)))
            offset += len(data)
        if len(data) - offset < self.size:
            raise error('unpack_from requires a buffer of at least %d bytes for unpacking %d '
                        'bytes at offset %d (actual buffer size is %d)'
                        % (self.size + offset, self.size, offset, len(data)))
        return self._unpack(data, offset)

    def iter_unpack(self, buffer):
        data = _buffer(buffer)
        if self.size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if len(data) % self.size:
            raise error('iterative unpacking requires a buffer of a multiple of %d bytes'
                        % self.size)
        return (self._unpack(data, off) for off in range(0, len(data), self.size))


def _buffer(b):
    if isinstance(b, (bytes, bytearray)):
        return b
    if isinstance(b, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(b))
    except (TypeError, NameError):
        raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__) from None


_cache = {}


def _compile(fmt):
    try:
        return _cache[fmt]
    except (KeyError, TypeError):
        s = Struct(fmt)
        if len(_cache) > 100:
            _cache.clear()
        try:
            _cache[fmt] = s
        except TypeError:
            pass
        return s


def _clearcache():
    _cache.clear()


def calcsize(format):
    return _compile(format).size


def pack(format, /, *values):
    return _compile(format).pack(*values)


def pack_into(format, buffer, offset, /, *values):
    return _compile(format).pack_into(buffer, offset, *values)


def unpack(format, buffer, /):
    return _compile(format).unpack(buffer)


def unpack_from(format, /, buffer, offset=0):
    return _compile(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer, /):
    return _compile(format).iter_unpack(buffer)
