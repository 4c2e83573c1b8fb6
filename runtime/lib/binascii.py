"""binascii — conversions between binary data and ASCII encodings.

hex (hexlify/unhexlify, b2a_hex/a2b_hex with sep), base64 (b2a_base64,
a2b_base64 with CPython's lenient and strict_mode rules and error texts),
crc32 and crc_hqx.  Written in Python; fast enough for data of a few MB.
"""

__all__ = ['Error', 'Incomplete', 'a2b_base64', 'a2b_hex', 'b2a_base64',
           'b2a_hex', 'crc32', 'crc_hqx', 'hexlify', 'unhexlify']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = [-1] * 256
for _i, _c in enumerate(_B64):
    _B64_VALUE[_c] = _i
del _i, _c

def _bytes_arg(data, fname):
    if isinstance(data, (bytes, bytearray)):
        return data
    if type(data).__name__ == 'memoryview':
        return bytes(data)
    raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


def _ascii_arg(data):
    """Decoders accept bytes or ASCII-only str."""
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(data, (bytes, bytearray)):
        return data
    if type(data).__name__ == 'memoryview':
        return bytes(data)
    raise TypeError(f"argument should be bytes, buffer or ASCII string, not '{type(data).__name__}'")


def b2a_hex(data, sep=None, bytes_per_sep=1):
    data = _bytes_arg(data, 'b2a_hex')
    h = bytes(data).hex()
    if sep is None:
        return h.encode('ascii')
    if isinstance(sep, bytes):
        sep = sep.decode('ascii')
    if len(sep) != 1:
        raise ValueError('sep must be length 1.')
    return bytes(data).hex(sep, bytes_per_sep).encode('ascii')


hexlify = b2a_hex


_HEXDIGITS = frozenset(b'0123456789abcdefABCDEF')


def a2b_hex(hexstr):
    s = _ascii_arg(hexstr)
    if len(s) % 2:
        raise Error('Odd-length string')
    for ch in s:
        if ch not in _HEXDIGITS:
            raise Error('Non-hexadecimal digit found')
    return bytes.fromhex(s.decode('ascii'))


unhexlify = a2b_hex


def b2a_base64(data, *, newline=True):
    data = _bytes_arg(data, 'b2a_base64')
    out = bytearray()
    n = len(data)
    full = n - n % 3
    table = _B64
    for i in range(0, full, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(table[v >> 18])
        out.append(table[(v >> 12) & 63])
        out.append(table[(v >> 6) & 63])
        out.append(table[v & 63])
    rest = n - full
    if rest == 1:
        v = data[full] << 16
        out += bytes([table[v >> 18], table[(v >> 12) & 63]]) + b'=='
    elif rest == 2:
        v = (data[full] << 16) | (data[full + 1] << 8)
        out += bytes([table[v >> 18], table[(v >> 12) & 63], table[(v >> 6) & 63]]) + b'='
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    s = _ascii_arg(data)
    out = bytearray()
    acc = 0
    quad = 0
    pads = 0
    ndata = 0
    values = _B64_VALUE
    if strict_mode and s[:1] == b'=':
        raise Error('Leading padding not allowed')
    padding_done = False
    for i, ch in enumerate(s):
        if ch == 61:    # '='
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    if strict_mode and i + 1 < len(s):
                        raise Error('Excess data after padding')
                    padding_done = True
                    break
            elif strict_mode:
                raise Error('Discontinuous padding not allowed' if quad else
                            'Leading padding not allowed')
            continue
        v = values[ch]
        if v < 0:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and pads:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        ndata += 1
        acc = (acc << 6) | v
        quad += 1
        if quad == 4:
            out.append((acc >> 16) & 255)
            out.append((acc >> 8) & 255)
            out.append(acc & 255)
            acc = 0
            quad = 0
    if padding_done:
        if quad == 2:
            out.append((acc >> 4) & 255)
        elif quad == 3:
            out.append((acc >> 10) & 255)
            out.append((acc >> 2) & 255)
        return bytes(out)
    if quad:
        if quad == 1:
            raise Error('Invalid base64-encoded string: number of data characters '
                        f'({ndata}) cannot be 1 more than a multiple of 4')
        raise Error('Incorrect padding')
    return bytes(out)


def _make_crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC_TABLE = _make_crc_table()


def crc32(data, value=0):
    data = _bytes_arg(data, 'crc32')
    table = _CRC_TABLE
    crc = ~value & 0xFFFFFFFF
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF


def _make_hqx_table():
    table = []
    for n in range(256):
        c = n << 8
        for _ in range(8):
            c = ((c << 1) ^ 0x1021) if c & 0x8000 else c << 1
        table.append(c & 0xFFFF)
    return table


_HQX_TABLE = _make_hqx_table()


def crc_hqx(data, value):
    data = _bytes_arg(data, 'crc_hqx')
    crc = value & 0xFFFF
    table = _HQX_TABLE
    for b in data:
        crc = ((crc << 8) & 0xFF00) ^ table[(crc >> 8) ^ b]
    return crc
