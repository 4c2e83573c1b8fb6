"""asyncio.protocols — the callback interfaces a transport drives.

A program subclasses one of these and overrides the events it cares about; each
default does nothing.  The contract every transport in uv_events keeps:
connection_made comes first and once, connection_lost comes last and once, and
nothing is delivered in between them after eof_received (or a lost pipe)."""

__all__ = ("BaseProtocol", "Protocol", "DatagramProtocol", "SubprocessProtocol",
           "BufferedProtocol")


class BaseProtocol:
    """The lifecycle and write-flow events every protocol receives."""

    __slots__ = ()

    def connection_made(self, transport):
        """The transport is ready; keep it to write and to close it later."""

    def connection_lost(self, exc):
        """The transport is closed: exc is None after a clean end (EOF or a
        close()), else the error that ended it."""

    def pause_writing(self):
        """The transport's outgoing buffer passed its high-water mark: stop
        writing until resume_writing()."""

    def resume_writing(self):
        """The outgoing buffer drained to the low-water mark: writing may go on."""


class Protocol(BaseProtocol):
    """A byte-stream protocol: received bytes arrive as data_received calls,
    split at arbitrary points."""

    __slots__ = ()

    def data_received(self, data):
        """Some bytes arrived (a non-empty bytes object)."""

    def eof_received(self):
        """The peer will send nothing more.  Return a true value to keep the
        transport open for writing; otherwise it closes itself."""


class BufferedProtocol(BaseProtocol):
    """A byte-stream protocol that supplies its own receive buffers: the
    transport asks for a buffer, fills it and reports how much it wrote."""

    __slots__ = ()

    def get_buffer(self, sizehint):
        """Return a writable, non-empty buffer (sizehint is only a hint)."""

    def buffer_updated(self, nbytes):
        """The first nbytes of the last buffer returned were filled."""

    def eof_received(self):
        """As Protocol.eof_received."""


class DatagramProtocol(BaseProtocol):
    """A datagram protocol (asp has no datagram transport yet)."""

    __slots__ = ()

    def datagram_received(self, data, addr):
        """A datagram arrived from addr."""

    def error_received(self, exc):
        """A send or receive failed with this OSError."""


class SubprocessProtocol(BaseProtocol):
    """The events of a child process and of its standard pipes (fd 0, 1, 2)."""

    __slots__ = ()

    def pipe_data_received(self, fd, data):
        """The child wrote data to its stdout (fd 1) or stderr (fd 2)."""

    def pipe_connection_lost(self, fd, exc):
        """One of the child's pipes was closed."""

    def process_exited(self):
        """The child exited; its pipes may still hold data."""


def _feed_buffered(protocol, data):
    """Deliver data to a BufferedProtocol through as many of its buffers as
    it takes.  The size hint is -1 (any size will do), as a socket transport
    gives it; an empty buffer would never make progress, so it is an error."""
    pos = 0
    end = len(data)
    while pos < end:
        buf = protocol.get_buffer(-1)
        n = min(len(buf), end - pos)
        if n == 0:
            raise RuntimeError("get_buffer() returned an empty buffer")
        buf[:n] = data[pos:pos + n]
        protocol.buffer_updated(n)
        pos += n
