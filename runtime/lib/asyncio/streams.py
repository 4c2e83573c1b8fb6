"""asyncio.streams — byte streams with awaitable reads and drainable writes,
on top of the protocol/transport layer (uv_events).

A connection is three objects: StreamReaderProtocol receives the transport's
events and feeds a StreamReader; StreamWriter wraps the transport for writing
and asks the protocol whether the transport has room (drain()).

Key invariant: at most one coroutine waits on a reader at a time, on
reader._waiter, and every event that could satisfy it (data, EOF, an error)
wakes it.  Flow control: a reader holding more than 2 * limit bytes pauses
its transport and resumes it once a read brings the buffer down to limit (or
when someone waits for more); drain() blocks while the transport has paused
the protocol for writing."""

__all__ = (
    'StreamReader', 'StreamWriter', 'StreamReaderProtocol',
    'open_connection', 'start_server', 'open_unix_connection', 'start_unix_server')

import collections

from . import coroutines
from . import events
from . import exceptions
from . import protocols
from .tasks import sleep


_DEFAULT_LIMIT = 2 ** 16  # 64 KiB


# ---- the entry points -----------------------------------------------------------
#
# Clients get a (reader, writer) pair for one connection; servers build one
# protocol per accepted connection and hand its pair to client_connected_cb.


def _server_factory(client_connected_cb, limit, loop):
    def new_connection():
        reader = StreamReader(limit=limit, loop=loop)
        return StreamReaderProtocol(reader, client_connected_cb, loop=loop)
    return new_connection


async def _open(connect, limit, *args, **kwds):
    # connect: the name of the loop method that makes the transport.
    # The reader is kept here, not fetched from the protocol later: the
    # protocol drops it if the connection is lost before connect() returns.
    loop = events.get_running_loop()
    reader = StreamReader(limit=limit, loop=loop)
    protocol = StreamReaderProtocol(reader, loop=loop)
    transport, _ = await getattr(loop, connect)(lambda: protocol, *args, **kwds)
    return reader, StreamWriter(transport, protocol, reader, loop)


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """Connect over TCP; return (StreamReader, StreamWriter)."""
    return await _open('create_connection', limit, host, port, **kwds)


async def start_server(client_connected_cb, host=None, port=None, *,
                       limit=_DEFAULT_LIMIT, **kwds):
    """Listen on TCP; call client_connected_cb(reader, writer) per connection
    (a coroutine result runs as a task).  Returns the Server."""
    loop = events.get_running_loop()
    factory = _server_factory(client_connected_cb, limit, loop)
    return await loop.create_server(factory, host, port, **kwds)


async def open_unix_connection(path=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """open_connection for a Unix-domain socket."""
    return await _open('create_unix_connection', limit, path, **kwds)


async def start_unix_server(client_connected_cb, path=None, *,
                            limit=_DEFAULT_LIMIT, **kwds):
    """start_server for a Unix-domain socket."""
    loop = events.get_running_loop()
    factory = _server_factory(client_connected_cb, limit, loop)
    return await loop.create_unix_server(factory, path, **kwds)


# ---- protocols ------------------------------------------------------------------


class FlowControlMixin(protocols.Protocol):
    """The write-side half of a stream protocol: records pause_writing /
    resume_writing from the transport and lets drain() wait in between.

    _paused is True between the two calls; _drain_waiters are the futures of
    the drain() calls currently blocked."""

    def __init__(self, loop=None):
        self._loop = events.get_event_loop() if loop is None else loop
        self._paused = False
        self._drain_waiters = collections.deque()
        self._connection_lost = False

    def _release_drainers(self, exc=None):
        for waiter in self._drain_waiters:
            if waiter.done():
                continue
            if exc is None:
                waiter.set_result(None)
            else:
                waiter.set_exception(exc)

    def pause_writing(self):
        assert not self._paused
        self._paused = True

    def resume_writing(self):
        assert self._paused
        self._paused = False
        self._release_drainers()

    def connection_lost(self, exc):
        self._connection_lost = True
        # Only a paused protocol can have drainers to release.
        if self._paused:
            self._release_drainers(exc)

    async def _drain_helper(self):
        if self._connection_lost:
            raise ConnectionResetError('Connection lost')
        if not self._paused:
            return
        waiter = self._loop.create_future()
        self._drain_waiters.append(waiter)
        try:
            await waiter
        finally:
            self._drain_waiters.remove(waiter)

    def _get_close_waiter(self, stream):
        raise NotImplementedError


class StreamReaderProtocol(FlowControlMixin, protocols.Protocol):
    """Adapts a transport to a StreamReader (incoming bytes, EOF, errors) and,
    on servers, starts client_connected_cb(reader, writer) once connected.

    _closed is a future that completes when the connection is lost; it is what
    StreamWriter.wait_closed() awaits."""

    _source_traceback = None

    def __init__(self, stream_reader, client_connected_cb=None, loop=None):
        super().__init__(loop=loop)
        self._stream_reader = stream_reader
        if stream_reader is not None:
            self._source_traceback = stream_reader._source_traceback
        self._client_connected_cb = client_connected_cb
        self._stream_writer = None
        self._task = None
        self._transport = None
        self._over_ssl = False
        self._closed = self._loop.create_future()

    def _replace_writer(self, writer):
        self._stream_writer = writer
        self._transport = writer.transport
        self._over_ssl = self._transport.get_extra_info('sslcontext') is not None

    def connection_made(self, transport):
        self._transport = transport
        reader = self._stream_reader
        if reader is not None:
            reader.set_transport(transport)
        self._over_ssl = transport.get_extra_info('sslcontext') is not None
        callback = self._client_connected_cb
        if callback is None:
            return
        self._stream_writer = StreamWriter(transport, self, reader, self._loop)
        result = callback(reader, self._stream_writer)
        if coroutines.iscoroutine(result):
            self._task = self._loop.create_task(result)
            self._task.add_done_callback(
                lambda task: self._client_task_done(task, transport))

    def _client_task_done(self, task, transport):
        # A failing handler would otherwise leave its peer waiting forever.
        exc = task.exception()
        if exc is not None:
            self._loop.call_exception_handler({
                'message': 'Unhandled exception in client_connected_cb',
                'exception': exc,
                'transport': transport,
            })
            transport.close()

    def connection_lost(self, exc):
        reader = self._stream_reader
        if reader is not None:
            if exc is None:
                reader.feed_eof()
            else:
                reader.set_exception(exc)
        closed = self._closed
        if not closed.done():
            if exc is None:
                closed.set_result(None)
            else:
                closed.set_exception(exc)
                # Nobody has to call wait_closed(), so an error nobody asked
                # for is not worth a "never retrieved" report.
                closed._log_traceback = False
        super().connection_lost(exc)
        # Drop the references that would keep the connection's objects alive.
        self._stream_reader = None
        self._stream_writer = None
        self._task = None
        self._transport = None

    def data_received(self, data):
        if self._stream_reader is not None:
            self._stream_reader.feed_data(data)

    def eof_received(self):
        if self._stream_reader is not None:
            self._stream_reader.feed_eof()
        # Half-close: the writer may go on sending after the peer's EOF
        # (not over TLS, which cannot half-close).
        return not self._over_ssl

    def _get_close_waiter(self, stream):
        return self._closed


# ---- the two stream objects ----------------------------------------------------------


class StreamWriter:
    """The writing end of a connection: a thin layer over its transport,
    plus drain() for flow control and wait_closed()."""

    def __init__(self, transport, protocol, reader, loop):
        assert reader is None or isinstance(reader, StreamReader)
        self._transport = transport
        self._protocol = protocol
        self._reader = reader
        self._loop = loop
        self._complete_fut = loop.create_future()
        self._complete_fut.set_result(None)

    def __repr__(self):
        parts = [type(self).__name__, f'transport={self._transport!r}']
        if self._reader is not None:
            parts.append(f'reader={self._reader!r}')
        return f"<{' '.join(parts)}>"

    @property
    def transport(self):
        return self._transport

    def write(self, data):
        self._transport.write(data)

    def writelines(self, data):
        self._transport.writelines(data)

    def write_eof(self):
        return self._transport.write_eof()

    def can_write_eof(self):
        return self._transport.can_write_eof()

    def close(self):
        return self._transport.close()

    def is_closing(self):
        return self._transport.is_closing()

    async def wait_closed(self):
        await self._protocol._get_close_waiter(self)

    def get_extra_info(self, name, default=None):
        return self._transport.get_extra_info(name, default)

    async def drain(self):
        """Wait until the transport can take more data; raise the error that
        broke the connection, if one did."""
        if self._reader is not None:
            exc = self._reader._exception
            if exc is not None:
                raise exc
        if self._transport.is_closing():
            # A closing transport reports connection_lost from a callback
            # already queued: let it run so the check below sees it.
            await sleep(0)
        protocol = self._protocol
        # The common case (room to write, still connected) needs no helper
        # coroutine: this runs once per response on a busy server.
        if protocol._paused or protocol._connection_lost:
            await protocol._drain_helper()


class StreamReader:
    """The reading end of a connection: a byte buffer the protocol fills and
    coroutines consume.

    _buffer holds what arrived and was not read yet; _eof says nothing more
    will arrive; _exception, once set, is raised by every read."""

    _source_traceback = None

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        # limit bounds a line for readline()/readuntil() and sets the
        # flow-control thresholds.
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        self._loop = events.get_event_loop() if loop is None else loop
        self._buffer = bytearray()
        self._eof = False
        self._waiter = None
        self._exception = None
        self._transport = None
        self._paused = False

    def __repr__(self):
        parts = ['StreamReader']
        if self._buffer:
            parts.append(f'{len(self._buffer)} bytes')
        if self._eof:
            parts.append('eof')
        if self._limit != _DEFAULT_LIMIT:
            parts.append(f'limit={self._limit}')
        for name in ('waiter', 'exception', 'transport'):
            value = getattr(self, '_' + name)
            if value:
                parts.append(f'{name}={value!r}')
        if self._paused:
            parts.append('paused')
        return f"<{' '.join(parts)}>"

    # -- the producer side (the protocol)

    def set_transport(self, transport):
        assert self._transport is None, 'Transport already set'
        self._transport = transport

    def feed_data(self, data):
        assert not self._eof, 'feed_data after feed_eof'
        if not data:
            return
        self._buffer += data
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_result(None)
        if (self._transport is not None and not self._paused
                and len(self._buffer) > 2 * self._limit):
            try:
                self._transport.pause_reading()
            except NotImplementedError:
                # This transport cannot be paused: stop trying.
                self._transport = None
            else:
                self._paused = True

    def feed_eof(self):
        self._eof = True
        self._wake()

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        self._wake(exc)

    def at_eof(self):
        """True when EOF was fed and everything before it has been read."""
        return self._eof and not self._buffer

    # -- internals

    def _wake(self, exc=None):
        waiter, self._waiter = self._waiter, None
        if waiter is None or waiter.cancelled():
            return
        if exc is None:
            waiter.set_result(None)
        else:
            waiter.set_exception(exc)

    def _take(self, n):
        """Remove and return up to n bytes from the front of the buffer."""
        buffer = self._buffer
        if n >= len(buffer):
            # All of it (the usual case for a request that came in one
            # piece): one copy instead of a slice and a copy.
            chunk = bytes(buffer)
            buffer.clear()
        else:
            chunk = bytes(buffer[:n])
            del buffer[:n]
        if self._paused and len(self._buffer) <= self._limit:
            self._paused = False
            self._transport.resume_reading()
        return chunk

    def _take_rest_at_eof(self):
        chunk = bytes(self._buffer)
        self._buffer.clear()
        return chunk

    async def _wait_for_data(self, func_name):
        """Suspend until feed_data, feed_eof or set_exception is called."""
        if self._waiter is not None:
            raise RuntimeError(
                f'{func_name}() called while another coroutine is '
                f'already waiting for incoming data')
        assert not self._eof, '_wait_for_data after EOF'
        # The buffer may be full enough to have paused the transport while
        # not holding what this read needs: it must flow again.
        if self._paused:
            self._paused = False
            self._transport.resume_reading()
        self._waiter = self._loop.create_future()
        try:
            await self._waiter
        finally:
            self._waiter = None

    # -- the consumer side

    async def read(self, n=-1):
        """Up to n bytes (at least one unless at EOF); n < 0 reads to EOF."""
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        if n < 0:
            # In limit-sized pieces, so a paused transport is resumed as the
            # buffer empties rather than the whole stream piling up first.
            pieces = []
            while piece := await self.read(self._limit):
                pieces.append(piece)
            return b''.join(pieces)
        if not self._buffer and not self._eof:
            await self._wait_for_data('read')
        return self._take(n)

    async def readexactly(self, n):
        """Exactly n bytes; IncompleteReadError if EOF comes first."""
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        while len(self._buffer) < n:
            if self._eof:
                raise exceptions.IncompleteReadError(self._take_rest_at_eof(), n)
            await self._wait_for_data('readexactly')
        return self._take(n)

    async def readuntil(self, separator=b'\n'):
        """The data up to and including separator.

        IncompleteReadError (with what was read) when EOF comes first;
        LimitOverrunError when more than limit bytes come before it, in which
        case the data stays buffered."""
        seplen = len(separator)
        if seplen == 0:
            raise ValueError('Separator should be at least one-byte string')
        if self._exception is not None:
            raise self._exception
        # No separator starts before `scanned`: each pass searches only what
        # arrived since, so a long line costs linear time.
        scanned = 0
        while True:
            found = self._buffer.find(separator, scanned)
            if found != -1:
                break
            scanned = max(scanned, len(self._buffer) + 1 - seplen)
            if scanned > self._limit:
                raise exceptions.LimitOverrunError(
                    'Separator is not found, and chunk exceed the limit', scanned)
            if self._eof:
                raise exceptions.IncompleteReadError(self._take_rest_at_eof(), None)
            await self._wait_for_data('readuntil')
        if found > self._limit:
            raise exceptions.LimitOverrunError(
                'Separator is found, but chunk is longer than limit', found)
        return self._take(found + seplen)

    async def readline(self):
        """A line ending in b'\\n', or the rest of the data at EOF.  A line
        longer than limit is dropped and reported as ValueError."""
        # A line that is buffered or arrives while we wait is taken here,
        # without the readuntil() and _wait_for_data() coroutines: this runs
        # for every line a server reads.  EOF, errors and overlong lines go
        # the long way, through readuntil().
        scanned = 0
        while self._exception is None:
            buffer = self._buffer
            found = buffer.find(b'\n', scanned)
            if found != -1:
                if found > self._limit:
                    break
                # _take(found + 1), inline.
                if found + 1 >= len(buffer):
                    line = bytes(buffer)
                    buffer.clear()
                else:
                    line = bytes(buffer[:found + 1])
                    del buffer[:found + 1]
                if self._paused and len(buffer) <= self._limit:
                    self._paused = False
                    self._transport.resume_reading()
                return line
            scanned = len(buffer)
            if scanned > self._limit or self._eof:
                break
            # _wait_for_data('readuntil'), inline.
            if self._waiter is not None:
                raise RuntimeError(
                    'readuntil() called while another coroutine is '
                    'already waiting for incoming data')
            if self._paused:
                self._paused = False
                self._transport.resume_reading()
            waiter = self._waiter = self._loop.create_future()
            try:
                await waiter
            finally:
                self._waiter = None
        try:
            return await self.readuntil(b'\n')
        except exceptions.IncompleteReadError as e:
            return e.partial
        except exceptions.LimitOverrunError as e:
            # Skip the overlong line (its newline too, if it arrived) so the
            # next readline() starts on a fresh one.
            if self._buffer.startswith(b'\n', e.consumed):
                self._take(e.consumed + 1)
            else:
                self._take(len(self._buffer))
            raise ValueError(e.args[0])

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if not line:
            raise StopAsyncIteration
        return line
