"""asyncio.transports — the transport interfaces programs see, and the
write-side flow control every asp stream transport shares.

The interface classes only declare methods (each raises NotImplementedError
until a concrete transport in uv_events provides it).  _WriteFlowControl keeps
one invariant: the protocol is told pause_writing() once when the buffered
output grows past the high-water mark, and resume_writing() once when it falls
back to the low-water mark; the two calls always alternate."""

__all__ = ("BaseTransport", "ReadTransport", "WriteTransport", "Transport",
           "DatagramTransport", "SubprocessTransport")


def _abstract(self, *args, **kwargs):
    raise NotImplementedError


class BaseTransport:
    """What every transport offers: extra information, its protocol, closing."""

    __slots__ = ("_extra",)

    def __init__(self, extra=None):
        self._extra = {} if extra is None else extra

    def get_extra_info(self, name, default=None):
        """Optional details ('peername', 'socket', 'pipe', ...) or default."""
        return self._extra.get(name, default)

    is_closing = _abstract      # True once close() was called
    close = _abstract           # flush buffered output, then connection_lost(None)
    set_protocol = _abstract
    get_protocol = _abstract


class ReadTransport(BaseTransport):
    """The receiving half: reading can be paused and resumed."""

    __slots__ = ()

    is_reading = _abstract
    pause_reading = _abstract   # no data_received until resume_reading()
    resume_reading = _abstract


class WriteTransport(BaseTransport):
    """The sending half: writes never block; they are buffered."""

    __slots__ = ()

    set_write_buffer_limits = _abstract
    get_write_buffer_size = _abstract
    get_write_buffer_limits = _abstract
    write = _abstract
    write_eof = _abstract       # close the sending side after the buffer drains
    can_write_eof = _abstract
    abort = _abstract           # close now, dropping buffered output

    def writelines(self, list_of_data):
        """Write each item of an iterable of bytes-like objects, in order."""
        self.write(b"".join(list_of_data))


class Transport(ReadTransport, WriteTransport):
    """A bidirectional byte stream (a TCP or Unix socket)."""

    __slots__ = ()


class DatagramTransport(BaseTransport):
    """A datagram endpoint (no concrete one in asp yet)."""

    __slots__ = ()

    sendto = _abstract
    abort = _abstract


class SubprocessTransport(BaseTransport):
    """A child process and the transports of its standard pipes."""

    __slots__ = ()

    get_pid = _abstract
    get_returncode = _abstract      # None while the child runs
    get_pipe_transport = _abstract  # for fd 0, 1 or 2; None when not piped
    send_signal = _abstract
    terminate = _abstract
    kill = _abstract


_DEFAULT_HIGH_WATER = 64 * 1024


class _WriteFlowControl(Transport):
    """Write flow control for a concrete transport, which provides
    get_write_buffer_size() and sets self._protocol."""

    __slots__ = ("_loop", "_protocol_paused", "_high_water", "_low_water")

    def __init__(self, extra=None, loop=None):
        super().__init__(extra)
        self._loop = loop
        self._protocol_paused = False
        self._high_water, self._low_water = _water_marks(None, None)

    def _tell_protocol(self, event):
        # A faulty protocol callback is reported, not raised: the write or
        # the completion that triggered it has already happened.
        try:
            getattr(self._protocol, event)()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                "message": f"protocol.{event}() failed",
                "exception": exc,
                "transport": self,
                "protocol": self._protocol,
            })

    def _maybe_pause_protocol(self):
        if not self._protocol_paused and self.get_write_buffer_size() > self._high_water:
            self._protocol_paused = True
            self._tell_protocol("pause_writing")

    def _maybe_resume_protocol(self):
        if self._protocol_paused and self.get_write_buffer_size() <= self._low_water:
            self._protocol_paused = False
            self._tell_protocol("resume_writing")

    def get_write_buffer_limits(self):
        return (self._low_water, self._high_water)

    def set_write_buffer_limits(self, high=None, low=None):
        self._high_water, self._low_water = _water_marks(high, low)
        self._maybe_pause_protocol()


def _water_marks(high, low):
    """(high, low) with the defaults filled in: 64 KiB, and a quarter of high
    for low; given only low, high is four times it."""
    if high is None:
        high = _DEFAULT_HIGH_WATER if low is None else 4 * low
    if low is None:
        low = high // 4
    if not high >= low >= 0:
        raise ValueError(f"high ({high!r}) must be >= low ({low!r}) must be >= 0")
    return high, low
