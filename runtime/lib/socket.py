"""socket — the part of CPython's socket module asp's asyncio needs: socket
objects over file descriptors (blocking calls through the native _uv module),
socketpair, getaddrinfo, gethostname and the usual constants.

A socket owns its fd until close() or detach(); nothing closes it implicitly."""

import _uv
from enum import IntEnum as _IntEnum

__all__ = ["socket", "AddressFamily", "SocketKind", "socketpair", "getaddrinfo", "gethostname", "error", "gaierror",
           "timeout", "AF_INET", "AF_INET6", "AF_UNIX", "AF_UNSPEC", "SOCK_STREAM",
           "SOCK_DGRAM", "SOL_SOCKET", "SO_REUSEADDR", "SO_ERROR", "SHUT_RD", "SHUT_WR",
           "SHUT_RDWR", "IPPROTO_TCP", "TCP_NODELAY", "AI_PASSIVE", "has_ipv6"]



class AddressFamily(_IntEnum):
    AF_UNSPEC = 0
    AF_UNIX = 1
    AF_INET = 2
    AF_INET6 = 10


class SocketKind(_IntEnum):
    SOCK_STREAM = 1
    SOCK_DGRAM = 2
    SOCK_RAW = 3


AF_UNSPEC = AddressFamily.AF_UNSPEC
AF_UNIX = AddressFamily.AF_UNIX
AF_INET = AddressFamily.AF_INET
AF_INET6 = AddressFamily.AF_INET6
SOCK_STREAM = SocketKind.SOCK_STREAM
SOCK_DGRAM = SocketKind.SOCK_DGRAM
SOCK_RAW = SocketKind.SOCK_RAW


def _named(enum, value):
    """The enum member for value when there is one (so reprs show names),
    else the plain number."""
    return enum._value2member_map_.get(value, value)


SOL_SOCKET = 1
SO_REUSEADDR = 2
SO_KEEPALIVE = 9
SO_REUSEPORT = 15
SO_ERROR = 4
SO_SNDBUF = 7
SO_RCVBUF = 8
IPPROTO_IP = 0
IPPROTO_TCP = 6
IPPROTO_UDP = 17
IPPROTO_IPV6 = 41
IPV6_V6ONLY = 26
TCP_NODELAY = 1
SHUT_RD = 0
SHUT_WR = 1
SHUT_RDWR = 2
AI_PASSIVE = 1
AI_CANONNAME = 2
AI_NUMERICHOST = 4
AI_NUMERICSERV = 1024
SOMAXCONN = 4096
has_ipv6 = True

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


class socket:
    """A socket over a file descriptor; blocking unless setblocking(False)."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
            fileno = _uv.socket(family, type, proto)
        else:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
        self._fd = fileno
        self.family = _named(AddressFamily, family)
        self.type = _named(SocketKind, type)
        self.proto = proto
        self._timeout = None

    def __repr__(self):
        fd = self._fd
        text = (f"<socket.socket{' [closed]' if fd == -1 else ''} fd={fd}, "
                f"family={self.family}, type={self.type}, proto={self.proto}")
        if fd != -1:
            for label, query in (("laddr", self.getsockname), ("raddr", self.getpeername)):
                try:
                    address = query()
                except OSError:
                    continue
                if address:
                    text += f", {label}={address}"
        return text + ">"

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def _check(self):
        if self._fd == -1:
            raise OSError(9, "Bad file descriptor")
        return self._fd

    def fileno(self):
        return self._fd

    def detach(self):
        fd = self._fd
        self._fd = -1
        return fd

    def close(self):
        fd = self._fd
        if fd != -1:
            self._fd = -1
            _uv.close(fd)

    def bind(self, address):
        _uv.bind(self._check(), self.family, address)

    def listen(self, backlog=128):
        _uv.listen(self._check(), backlog)

    def accept(self):
        fd, addr = _uv.accept(self._check())
        return socket(self.family, self.type, self.proto, fileno=fd), addr

    def connect(self, address):
        _uv.connect(self._check(), self.family, address)

    def getsockname(self):
        return _uv.getsockname(self._check())

    def getpeername(self):
        return _uv.getpeername(self._check())

    def setsockopt(self, level, option, value):
        _uv.setsockopt(self._check(), level, option, int(value))

    def getsockopt(self, level, option, buflen=None):
        return _uv.getsockopt(self._check(), level, option)

    def setblocking(self, flag):
        _uv.setblocking(self._check(), flag)
        self._timeout = None if flag else 0.0

    def getblocking(self):
        return self._timeout != 0.0

    def settimeout(self, value):
        self.setblocking(value is None or value > 0)

    def gettimeout(self):
        return self._timeout

    def send(self, data, flags=0):
        return _uv.send(self._check(), data)

    def sendall(self, data, flags=0):
        data = bytes(data)
        while data:
            n = _uv.send(self._check(), data)
            data = data[n:]

    def recv(self, bufsize, flags=0):
        return _uv.recv(self._check(), bufsize)

    def shutdown(self, how):
        _uv.shutdown(self._check(), how)


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    if family is None:
        family = AF_UNIX
    a, b = _uv.socketpair(family, type, proto)
    return socket(family, type, proto, fileno=a), socket(family, type, proto, fileno=b)


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    if isinstance(host, bytes):
        host = host.decode("idna")
    try:
        infos = _uv.getaddrinfo(host, port, family, type, proto, flags)
    except OSError as exc:
        if exc.__class__ is OSError and len(exc.args) == 2:
            raise gaierror(*exc.args) from None
        raise
    return [(_named(AddressFamily, af), _named(SocketKind, kind),
             proto, canonname, sa) for af, kind, proto, canonname, sa in infos]


def gethostname():
    return _uv.gethostname()


def getfqdn(name=""):
    return name or gethostname()


def create_connection(address, timeout=None, source_address=None):
    """A connected TCP socket to (host, port): each resolved address is tried
    in turn; if none works, the last failure is raised."""
    host, port = address
    failure = OSError("getaddrinfo returns an empty list")
    for family, kind, proto, _, sockaddr in getaddrinfo(host, port, 0, SOCK_STREAM):
        try:
            sock = socket(family, kind, proto)
        except OSError as exc:
            failure = exc
            continue
        try:
            sock.connect(sockaddr)
        except OSError as exc:
            sock.close()
            failure = exc
            continue
        return sock
    raise failure
