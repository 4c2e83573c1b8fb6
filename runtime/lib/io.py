"""io — in-memory text and byte streams (StringIO, BytesIO) and the names
programs import from io."""

import sys

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    closed = False

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def close(self):
        self.closed = True

    def flush(self):
        self._check_closed()

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def isatty(self):
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def _check_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")


class _MemoryIO(IOBase):
    _empty = ""

    def __init__(self, initial=None):
        self._buf = self._empty if initial is None else initial
        self._pos = 0

    def getvalue(self):
        self._check_closed()
        return self._buf

    def read(self, size=-1):
        self._check_closed()
        if size is None or size < 0:
            size = len(self._buf) - self._pos
        data = self._buf[self._pos:self._pos + size]
        self._pos += len(data)
        return data

    def readline(self, size=-1):
        self._check_closed()
        nl = "\n" if isinstance(self._buf, str) else b"\n"
        end = self._buf.find(nl, self._pos)
        end = len(self._buf) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        data = self._buf[self._pos:end]
        self._pos = end
        return data

    def write(self, s):
        self._check_closed()
        if not isinstance(s, type(self._empty)):
            if isinstance(self._empty, str):
                raise TypeError(f"string argument expected, got '{type(s).__name__}'")
            s = bytes(s)
        n = len(s)
        if self._pos > len(self._buf):
            pad = "\0" if isinstance(self._empty, str) else b"\0"
            self._buf += pad * (self._pos - len(self._buf))
        self._buf = self._buf[:self._pos] + s + self._buf[self._pos + n:]
        self._pos += n
        return n

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        self._buf = self._buf[:size]
        return size


class StringIO(_MemoryIO):
    _empty = ""

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        super().__init__(initial_value or "")

    def __repr__(self):
        return f"<_io.StringIO object at {hex(id(self))}>"


class BytesIO(_MemoryIO):
    _empty = b""

    def __init__(self, initial_bytes=b""):
        super().__init__(bytes(initial_bytes))

    def getbuffer(self):
        return bytearray(self._buf)

    def __repr__(self):
        return f"<_io.BytesIO object at {hex(id(self))}>"


TextIOBase = IOBase
RawIOBase = IOBase
BufferedIOBase = IOBase
TextIOWrapper = type(sys.stdout)


import builtins as _builtins
open = _builtins.open
