"""asyncio.uv_events — the event loop's I/O half, on the native _uv module
(libuv): TCP and Unix-socket connections and servers, their transports, pipes,
child processes, signal handlers, fd readers and writers, and the plain-socket
coroutines (sock_recv and friends).

events.EventLoop mixes in _UVLoopMixin.  Two invariants hold everything here
together:

* Ordering.  libuv reports I/O from inside _uv.run_once; no protocol code runs
  there.  Each report is queued on the loop's ready list (call_soon, the
  handle itself for fd readers and signals, the transport itself for a
  stream's reads), so it runs in the same loop iteration, before the timers
  that expired, which is the order CPython 3.11's selector loop gives.
  Protocol callbacks keep CPython's sequence: connection_made,
  data_received*, eof_received, connection_lost.

* Ownership.  Every libuv handle the loop opens is in loop._io_handles until
  it is closed; closing the loop closes whatever is left, so no file
  descriptor outlives its loop."""

import sys
import _uv
import socket
from . import coroutines
from . import exceptions
from . import protocols
from . import tasks
from . import transports

__all__ = ("Server", "AbstractServer")

# libuv reports errors as -errno.
_ESRCH = -3
_EINVAL = 22
_EADDRINUSE = 98
_EADDRNOTAVAIL = 99

# After this many writes to a lost connection, each further one is reported.
_LOST_WRITES_BEFORE_WARNING = 5

_PIPE, _STDOUT, _DEVNULL = -1, -2, -3


def _os_error(code, message=None):
    """The OSError (subclass) for a negative libuv code."""
    errno = -code
    return OSError(errno, _uv.strerror(errno) if message is None else message)


def _warn(message):
    # What CPython's asyncio logger prints when logging is not configured.
    print(message, file=sys.stderr)


def _fd_of(fileobj):
    """The fd of an int or of an object with fileno(), validated as CPython's
    selectors do."""
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError(f"Invalid file object: {fileobj!r}") from None
    if fd < 0:
        raise ValueError(f"Invalid file descriptor: {fd}")
    return fd


def _fspath(path):
    if isinstance(path, str):
        return path
    if isinstance(path, bytes):
        return path.decode()
    fspath = getattr(type(path), "__fspath__", None)
    if fspath is None:
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(path).__name__}")
    return fspath(path)


def _complete(fut, value):
    """Resolve fut unless someone cancelled it meanwhile."""
    if not fut.done():
        fut.set_result(value)


def _is_coroutine_like(func):
    return coroutines.iscoroutine(func) or coroutines.iscoroutinefunction(func)


# ---- socket views ------------------------------------------------------------------


class TransportSocket:
    """What get_extra_info('socket') and Server.sockets hand out: a socket
    that answers questions but cannot be made blocking, since the loop owns
    its fd."""

    __slots__ = ("_sock",)

    def __init__(self, sock):
        self._sock = sock

    family = property(lambda self: self._sock.family)
    type = property(lambda self: self._sock.type)
    proto = property(lambda self: self._sock.proto)

    def __repr__(self):
        fd = self.fileno()
        text = (f"<asyncio.TransportSocket fd={fd}, family={self.family!s}, "
                f"type={self.type!s}, proto={self.proto}")
        if fd != -1:
            for label, query in (("laddr", self.getsockname), ("raddr", self.getpeername)):
                try:
                    address = query()
                except OSError:
                    continue
                if address:
                    text += f", {label}={address}"
        return text + ">"

    def fileno(self):
        return self._sock.fileno()

    def getsockname(self):
        return self._sock.getsockname()

    def getpeername(self):
        return self._sock.getpeername()

    def getsockopt(self, *args, **kwargs):
        return self._sock.getsockopt(*args, **kwargs)

    def setsockopt(self, *args, **kwargs):
        self._sock.setsockopt(*args, **kwargs)

    def gettimeout(self):
        return 0

    def getblocking(self):
        return False

    def settimeout(self, value):
        if value != 0:
            raise ValueError("settimeout(): only 0 timeout is allowed on transport sockets")

    def setblocking(self, flag):
        if flag:
            raise ValueError("setblocking(): transport sockets cannot be blocking")


class _HandleSocket:
    """The socket-module face of a stream handle's fd (behind TransportSocket)."""

    def __init__(self, handle, family):
        self._handle = handle
        self.family = family
        self.type = socket.SOCK_STREAM
        self.proto = socket.IPPROTO_TCP if family in (socket.AF_INET, socket.AF_INET6) else 0

    def fileno(self):
        return self._handle.fileno()

    def _fd(self):
        fd = self._handle.fileno()
        if fd == -1:
            raise OSError(9, "Bad file descriptor")
        return fd

    def getsockname(self):
        return _uv.getsockname(self._fd())

    def getpeername(self):
        return _uv.getpeername(self._fd())

    def getsockopt(self, level, option, buflen=None):
        return _uv.getsockopt(self._fd(), level, option)

    def setsockopt(self, level, option, value):
        _uv.setsockopt(self._fd(), level, option, int(value))


# ---- stream transports -------------------------------------------------------------
#
# One class does sockets and both pipe directions; the pipe classes only
# change what EOF means and which half exists.  Life of a transport:
#
#   open --close()--> closing --output flushed--> lost --> connection_lost
#     \---abort() or a fatal error---------------->/
#
# `_lost` is set when connection_lost has been scheduled; from then on
# nothing else reaches the protocol.


class _StreamTransport(transports._WriteFlowControl):
    """A byte stream on a libuv TCP or pipe handle."""

    _reads_at_start = True                      # start reading once connected
    _read_error = "Fatal read error on socket transport"
    _write_error = "Fatal write error on socket transport"
    _lost_write_warning = "socket.send() raised exception."

    def __init__(self, loop, handle, protocol, waiter=None, extra=None,
                 server=None, family=None):
        super().__init__(extra, loop)
        self._handle = handle
        loop._io_handles.add(handle)
        if family is not None:
            self._describe_socket(handle, family)
            if family != socket.AF_UNIX:
                # As CPython's transports do: no Nagle delay, which would hold
                # back the second of two small writes (pipelined responses)
                # until the peer's delayed ACK.
                handle.set_nodelay(True)
        self.set_protocol(protocol)
        self._server = server
        self._closing = False       # close() or a fatal error: no more reads
        self._lost = False          # connection_lost is scheduled (or done)
        self._lost_writes = 0
        self._paused = False        # pause_reading() in effect
        self._reading = False       # libuv is reading for us
        self._eof = False           # write_eof() was called
        self._unfinished_writes = 0
        self._incoming = []         # reads not yet handed to the protocol
        self._write_done = self._on_write
        self._fd = handle.fileno()
        loop._transport_fds[self._fd] = self
        if server is not None:
            server._attach()
        # Three separate callbacks, as a selector loop schedules them: the
        # protocol learns of the connection before any data can arrive.
        loop.call_soon(protocol.connection_made, self)
        if self._reads_at_start:
            loop.call_soon(self._begin_reading)
        if waiter is not None:
            loop.call_soon(_complete, waiter, None)

    def _describe_socket(self, handle, family):
        extra = self._extra
        extra["socket"] = TransportSocket(_HandleSocket(handle, family))
        for key, query in (("sockname", handle.getsockname), ("peername", handle.getpeername)):
            if key in extra:
                continue
            try:
                extra[key] = query()
            except OSError:
                extra[key] = None

    def __repr__(self):
        parts = [type(self).__name__]
        if self._handle is None:
            parts.append("closed")
        else:
            if self._closing:
                parts.append("closing")
            parts.append(f"fd={self._handle.fileno()}")
            parts.append("read=polling" if self._reading else "read=idle")
            writing = "polling" if self._unfinished_writes else "idle"
            parts.append(f"write=<{writing}, bufsize={self.get_write_buffer_size()}>")
        return f"<{' '.join(parts)}>"

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol
        self._buffered = isinstance(protocol, protocols.BufferedProtocol)

    def is_closing(self):
        return self._closing

    # -- reading

    def is_reading(self):
        return not (self._paused or self._closing)

    def _begin_reading(self):
        if self._reading or self._handle is None or not self.is_reading():
            return
        rc = self._handle.read_start(self._on_read)
        if rc < 0:
            self._fatal_error(_os_error(rc), self._read_error)
        else:
            self._reading = True

    def _end_reading(self):
        if self._reading:
            self._reading = False
            if self._handle is not None:
                self._handle.read_stop()

    def pause_reading(self):
        if not (self._closing or self._paused):
            self._paused = True
            self._end_reading()

    def resume_reading(self):
        if self._paused and not self._closing:
            self._paused = False
            self._begin_reading()

    # Reads are queued on the transport itself, and the transport goes on the
    # loop's ready list as its own handle (_cancelled, _run) when the queue
    # becomes non-empty: a read costs no Handle, and reads reach the protocol
    # in arrival order, within the iteration they arrived in.  (_callback is
    # for the loop's debug mode, which names the handles it runs.)
    _cancelled = False
    _callback = None

    def _on_read(self, result):
        # Inside the libuv poll: libuv stops reading after EOF or an error.
        if result.__class__ is not bytes or not result:
            self._reading = False
        loop = self._loop
        if loop is not None and not loop._closed:
            incoming = self._incoming
            incoming.append(result)
            if len(incoming) == 1:
                loop._ready.append(self)

    def _run(self):
        incoming, self._incoming = self._incoming, []
        for result in incoming:
            if self._lost or self._closing:
                return
            if result.__class__ is bytes and result and not self._buffered:
                # The common case, without a call to _deliver.
                try:
                    self._protocol.data_received(result)
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException as exc:
                    self._fatal_error(exc, "Fatal error: protocol.data_received() call failed.")
            else:
                self._deliver(result)

    def _deliver(self, result):
        if self._lost or self._closing:
            return
        if result.__class__ is int:
            self._fatal_error(_os_error(result), self._read_error)
        elif result:
            try:
                if self._buffered:
                    protocols._feed_buffered(self._protocol, result)
                else:
                    self._protocol.data_received(result)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                name = "buffer_updated" if self._buffered else "data_received"
                self._fatal_error(exc, f"Fatal error: protocol.{name}() call failed.")
        else:
            self._at_eof()

    def _at_eof(self):
        try:
            keep_open = self._protocol.eof_received()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, "Fatal error: protocol.eof_received() call failed.")
            return
        if keep_open:
            self._end_reading()     # half-closed: we may still write
        else:
            self.close()

    # -- writing

    def write(self, data):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("data argument must be a bytes-like object, "
                            f"not {type(data).__name__!r}")
        if self._eof:
            raise RuntimeError("Cannot call write() after write_eof()")
        if not data:
            return
        if self._lost:
            self._lost_writes += 1
            if self._lost_writes >= _LOST_WRITES_BEFORE_WARNING:
                _warn(self._lost_write_warning)
            return
        rc = self._handle.write(data, self._write_done)
        if rc < 0:
            self._fatal_error(_os_error(rc), self._write_error)
        elif rc > 0:
            # Only part of it went out at once: libuv holds the rest.
            self._unfinished_writes += 1
            self._maybe_pause_protocol()

    def _on_write(self, status):
        loop = self._loop
        if loop is not None and not loop._closed:
            loop.call_soon(self._write_finished, status)

    def _write_finished(self, status):
        self._unfinished_writes -= 1
        if self._lost:
            return
        if status < 0:
            self._fatal_error(_os_error(status), self._write_error)
            return
        self._maybe_resume_protocol()
        if self._unfinished_writes == 0:
            if self._closing:
                self._lost = True
                self._connection_lost(None)
            elif self._eof:
                self._half_close()

    def get_write_buffer_size(self):
        return 0 if self._handle is None else self._handle.write_queue_size

    def can_write_eof(self):
        return True

    def write_eof(self):
        if self._closing or self._eof:
            return
        self._eof = True
        if self._unfinished_writes == 0:
            self._half_close()

    def _half_close(self):
        if self._handle is not None:
            self._handle.shutdown(None)

    # -- ending

    def close(self):
        """Stop reading; connection_lost(None) once buffered output is sent."""
        if self._closing:
            return
        self._closing = True
        self._end_reading()
        if self._unfinished_writes == 0:
            self._lost = True
            self._loop.call_soon(self._connection_lost, None)

    def abort(self):
        self._force_close(None)

    def _fatal_error(self, exc, message="Fatal error on transport"):
        # OS errors are the peer's doing and reach the protocol only; anything
        # else is a bug worth reporting.
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({
                "message": message,
                "exception": exc,
                "transport": self,
                "protocol": self._protocol,
            })
        self._force_close(exc)

    def _force_close(self, exc):
        if self._lost:
            return
        self._closing = True
        self._end_reading()
        self._lost = True
        self._loop.call_soon(self._connection_lost, exc)

    def _connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            loop = self._loop
            handle, self._handle = self._handle, None
            if handle is not None:
                loop._io_handles.discard(handle)
                handle.close()
            if loop._transport_fds.get(self._fd) is self:
                del loop._transport_fds[self._fd]
            self._protocol = None
            self._loop = None
            server, self._server = self._server, None
            if server is not None:
                server._detach()


class _ReadPipeTransport(_StreamTransport):
    """The read end of a pipe: EOF ends it (there is nothing to keep open)."""

    _read_error = "Fatal read error on pipe transport"

    def _fatal_error(self, exc, message="Fatal error on pipe transport"):
        super()._fatal_error(exc, message)

    def _at_eof(self):
        self._closing = True
        self._end_reading()
        self._lost = True
        self._loop.call_soon(self._protocol.eof_received)
        self._loop.call_soon(self._connection_lost, None)

    def write(self, data):
        raise NotImplementedError

    def write_eof(self):
        raise NotImplementedError

    def can_write_eof(self):
        return False


class _WritePipeTransport(_StreamTransport):
    """The write end of a pipe: close() and write_eof() are the same thing,
    flushing first."""

    _reads_at_start = False
    _write_error = "Fatal write error on pipe transport"
    _lost_write_warning = "pipe closed by peer or os.write(pipe, data) raised exception."

    def _fatal_error(self, exc, message="Fatal error on pipe transport"):
        super()._fatal_error(exc, message)

    def is_reading(self):
        return False

    def write_eof(self):
        if self._closing:
            return
        self._closing = True
        if self._unfinished_writes == 0:
            self._lost = True
            self._loop.call_soon(self._connection_lost, None)

    def close(self):
        if self._handle is not None:
            self.write_eof()


# ---- servers ---------------------------------------------------------------------------


class AbstractServer:
    """The interface of what create_server() returns."""

    def close(self):
        raise NotImplementedError

    def get_loop(self):
        raise NotImplementedError

    def is_serving(self):
        raise NotImplementedError

    async def start_serving(self):
        raise NotImplementedError

    async def serve_forever(self):
        raise NotImplementedError

    async def wait_closed(self):
        raise NotImplementedError

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


class Server(AbstractServer):
    """Listening sockets plus a count of the connections they accepted.

    _sockets is None once closed.  _waiters (the wait_closed() futures) is
    None once the server is closed and its last connection is gone.  As in
    CPython 3.11, wait_closed() on an already closed server returns at once
    even if connections are still open."""

    def __init__(self, loop, sockets, protocol_factory, ssl_context, backlog,
                 ssl_handshake_timeout=None, ssl_shutdown_timeout=None):
        self._loop = loop
        self._sockets = sockets
        self._protocol_factory = protocol_factory
        self._ssl_context = ssl_context
        self._backlog = backlog
        self._active_count = 0
        self._waiters = []
        self._serving = False
        self._serving_forever_fut = None

    def __repr__(self):
        return f"<{type(self).__name__} sockets={self.sockets!r}>"

    # connections report in and out
    def _attach(self):
        self._active_count += 1

    def _detach(self):
        self._active_count -= 1
        if self._active_count == 0 and self._sockets is None:
            self._wakeup()

    def _wakeup(self):
        waiters, self._waiters = self._waiters, None
        for waiter in waiters:
            _complete(waiter, waiter)

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for sock in self._sockets:
            sock.listen(self._backlog)
            self._loop._start_serving(self._protocol_factory, sock, self._ssl_context,
                                      self, self._backlog)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        return () if self._sockets is None else tuple(map(TransportSocket, self._sockets))

    def close(self):
        if self._sockets is None:
            return
        sockets, self._sockets = self._sockets, None
        for sock in sockets:
            self._loop._stop_serving(sock)
        self._serving = False
        forever = self._serving_forever_fut
        if forever is not None and not forever.done():
            forever.cancel()
            self._serving_forever_fut = None
        if self._active_count == 0:
            self._wakeup()

    async def start_serving(self):
        self._start_serving()
        await tasks.sleep(0)

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(f"server {self!r} is already being awaited on serve_forever()")
        if self._sockets is None:
            raise RuntimeError(f"server {self!r} is closed")
        self._start_serving()
        forever = self._serving_forever_fut = self._loop.create_future()
        try:
            await forever
        except exceptions.CancelledError:
            # Cancelling serve_forever() is how a server is stopped.  (Its
            # wait_closed() would return at once here: the sockets are gone.)
            self.close()
            raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        if self._sockets is None or self._waiters is None:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter


# ---- child processes -----------------------------------------------------------------


class _ChildPipe(protocols.Protocol):
    """The protocol on one of a child's standard pipes: forwards to the
    process transport, tagged with the fd."""

    def __init__(self, owner, fd):
        self.proc = owner
        self.fd = fd
        self.pipe = None
        self.disconnected = False

    def __repr__(self):
        return f"<{type(self).__name__} fd={self.fd} pipe={self.pipe!r}>"

    def connection_made(self, transport):
        self.pipe = transport

    def data_received(self, data):
        self.proc._pipe_data_received(self.fd, data)

    def connection_lost(self, exc):
        self.disconnected = True
        owner, self.proc = self.proc, None
        owner._pipe_connection_lost(self.fd, exc)

    # Only stdin is written to: its flow control is the process protocol's.
    def pause_writing(self):
        self.proc._protocol.pause_writing()

    def resume_writing(self):
        self.proc._protocol.resume_writing()


class _ProcessInfo:
    """get_extra_info('subprocess'): a Popen-like record of the child."""

    def __init__(self, handle):
        self._handle = handle
        self.pid = handle.pid
        self.returncode = None
        self.stdin, self.stdout, self.stderr = handle.stdio

    def poll(self):
        return self.returncode

    def send_signal(self, sig):
        if self.returncode is None:
            rc = self._handle.kill(sig)
            if rc < 0 and rc != _ESRCH:
                raise _os_error(rc)

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)


def _stdio_arg(value):
    # None, PIPE / STDOUT / DEVNULL, an fd, or a file object.
    if value is None or isinstance(value, int):
        return value
    return value.fileno()


class _ProcessTransport(transports.SubprocessTransport):
    """A child spawned by libuv, and the transports of its piped fds.

    The protocol hears, in order: connection_made (once every pipe is
    connected), pipe and exit events (held back until then), and finally
    connection_lost, once the child has exited and every pipe is closed;
    wait() returns only after that."""

    def __init__(self, loop, protocol, args, shell, stdin, stdout, stderr, bufsize,
                 waiter=None, extra=None, **kwargs):
        super().__init__(extra)
        self._loop = loop
        self._protocol = protocol
        self._closed = False
        self._proc = None
        self._pid = None
        self._returncode = None
        self._finished = False
        self._exit_waiters = []
        self._held_calls = []       # None once connection_made is scheduled
        # fd -> its _ChildPipe, None until connected.
        self._pipes = {fd: None for fd, spec in enumerate((stdin, stdout, stderr))
                       if spec == _PIPE}
        try:
            self._spawn(args, shell, stdin, stdout, stderr, **kwargs)
        except:
            self.close()
            raise
        self._pid = self._proc.pid
        self._extra["subprocess"] = self._proc
        loop.create_task(self._connect_pipes(waiter))

    def _spawn(self, args, shell, stdin, stdout, stderr, cwd=None, env=None,
               executable=None, **ignored):
        argv = ["/bin/sh", "-c", args] if shell else [
            a if isinstance(a, (str, bytes)) else str(a) for a in args]
        if executable is not None:
            argv[0] = executable
        environ = None if env is None else [f"{k}={v}" for k, v in env.items()]
        handle = _uv.spawn(argv, None if cwd is None else str(cwd), environ,
                           _stdio_arg(stdin), _stdio_arg(stdout), _stdio_arg(stderr),
                           self._on_exit)
        self._proc = _ProcessInfo(handle)
        for pipe in handle.stdio:
            if pipe is not None:
                self._loop._io_handles.add(pipe)

    def __repr__(self):
        parts = [type(self).__name__]
        if self._closed:
            parts.append("closed")
        if self._pid is not None:
            parts.append(f"pid={self._pid}")
        if self._returncode is not None:
            parts.append(f"returncode={self._returncode}")
        else:
            parts.append("not started" if self._pid is None else "running")
        return f"<{' '.join(parts)}>"

    async def _connect_pipes(self, waiter):
        loop = self._loop
        proc = self._proc
        try:
            ends = ((0, proc.stdin, loop.connect_write_pipe),
                    (1, proc.stdout, loop.connect_read_pipe),
                    (2, proc.stderr, loop.connect_read_pipe))
            for fd, end, connect in ends:
                if end is not None:
                    _, self._pipes[fd] = await connect(lambda fd=fd: _ChildPipe(self, fd), end)
            loop.call_soon(self._protocol.connection_made, self)
            held, self._held_calls = self._held_calls, None
            for callback, args in held:
                loop.call_soon(callback, *args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if waiter is not None and not waiter.cancelled():
                waiter.set_exception(exc)
        else:
            if waiter is not None and not waiter.cancelled():
                waiter.set_result(None)

    def _call(self, callback, *args):
        # Events before connection_made wait for it.
        if self._held_calls is not None:
            self._held_calls.append((callback, args))
        else:
            self._loop.call_soon(callback, *args)

    # events from the pipes and from libuv
    def _pipe_data_received(self, fd, data):
        self._call(self._protocol.pipe_data_received, fd, data)

    def _pipe_connection_lost(self, fd, exc):
        self._call(self._protocol.pipe_connection_lost, fd, exc)
        self._maybe_finish()

    def _on_exit(self, returncode):
        # Inside the libuv poll: queue it like any other I/O event.
        loop = self._loop
        if loop is not None and not loop._closed:
            loop.call_soon(self._process_exited, returncode)

    def _process_exited(self, returncode):
        self._returncode = returncode
        if self._proc.returncode is None:
            self._proc.returncode = returncode
        self._call(self._protocol.process_exited)
        self._maybe_finish()

    def _maybe_finish(self):
        if self._finished or self._returncode is None:
            return
        if all(pipe is not None and pipe.disconnected for pipe in self._pipes.values()):
            self._finished = True
            self._call(self._connection_lost, None)

    def _connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            waiters, self._exit_waiters = self._exit_waiters, None
            for waiter in waiters:
                if not waiter.cancelled():
                    waiter.set_result(self._returncode)
            self._loop = None
            self._proc = None
            self._protocol = None

    async def _wait(self):
        if self._returncode is not None:
            return self._returncode
        waiter = self._loop.create_future()
        self._exit_waiters.append(waiter)
        return await waiter

    # the SubprocessTransport API
    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    def is_closing(self):
        return self._closed

    def close(self):
        """Close the pipes and kill the child if it still runs."""
        if self._closed:
            return
        self._closed = True
        for pipe in self._pipes.values():
            if pipe is not None:
                pipe.pipe.close()
        proc = self._proc
        if proc is not None and self._returncode is None and proc.poll() is None:
            try:
                proc.kill()
            except ProcessLookupError:
                pass

    def get_pid(self):
        return self._pid

    def get_returncode(self):
        return self._returncode

    def get_pipe_transport(self, fd):
        pipe = self._pipes.get(fd)
        return None if pipe is None else pipe.pipe

    def _live_proc(self):
        if self._proc is None:
            raise ProcessLookupError()
        return self._proc

    def send_signal(self, signal):
        self._live_proc().send_signal(signal)

    def terminate(self):
        self._live_proc().terminate()

    def kill(self):
        self._live_proc().kill()


def _check_popen_args(universal_newlines, bufsize, text, encoding, errors):
    # asyncio pipes carry bytes, unbuffered; the text options make no sense.
    if universal_newlines:
        raise ValueError("universal_newlines must be False")
    if bufsize != 0:
        raise ValueError("bufsize must be 0")
    if text:
        raise ValueError("text must be False")
    if encoding is not None:
        raise ValueError("encoding must be None")
    if errors is not None:
        raise ValueError("errors must be None")


# ---- the loop mix-in ----------------------------------------------------------------------


def _check_signal(sig):
    if not isinstance(sig, int):
        raise TypeError(f"sig must be an int, not {sig!r}")
    if not 1 <= sig < 65:
        raise ValueError(f"invalid signal number {sig}")


def _stream_handle(fd, family):
    return _uv.pipe(fd) if family == socket.AF_UNIX else _uv.tcp(fd)


class _FdWatch:
    """The reader and writer callbacks registered for one fd, and the libuv
    poll handle that watches it."""

    __slots__ = ("poll", "reader", "writer")

    def __init__(self, poll):
        self.poll = poll
        self.reader = None
        self.writer = None


_SIGINT = 2


def _is_numeric_host(host):
    """An IPv4 dotted quad or an IPv6 literal (no zone id)."""
    if not isinstance(host, str) or '%' in host:
        return False
    if ':' in host:
        return True
    parts = host.split('.')
    return len(parts) == 4 and all(p.isdigit() and len(p) <= 3 and int(p) < 256 for p in parts)


class _UVLoopMixin:
    """The I/O methods of EventLoop; EventLoop.__init__ calls _io_init()."""

    def _io_init(self):
        self._io_handles = set()
        self._fd_watches = {}         # fd -> _FdWatch
        self._transport_fds = {}      # fd -> the stream transport using it
        self._signal_handlers = {}    # signum -> (events.Handle, _uv signal handle or None)

    def _close_io(self):
        for sig in list(self._signal_handlers):
            self.remove_signal_handler(sig)
        for fd in list(self._fd_watches):
            self._unwatch(fd)
        handles, self._io_handles = self._io_handles, set()
        for handle in handles:
            handle.close()
        # One non-blocking pass lets libuv run the close callbacks that free them.
        _uv.run_once(0)

    # -- the executor: calls run on worker threads (concurrent.futures)
    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if _is_coroutine_like(func):
            raise TypeError("coroutines cannot be used with run_in_executor()")
        if executor is None:
            executor = self._default_executor
            if self._executor_shutdown_called:
                raise RuntimeError('Executor shutdown has been called')
            if executor is None:
                from concurrent.futures import ThreadPoolExecutor
                executor = ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        from .futures import wrap_future
        return wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        from concurrent.futures import ThreadPoolExecutor
        if not isinstance(executor, ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor')
        self._default_executor = executor

    async def _ensure_resolved(self, host, port, *, family=0, type=0, proto=0, flags=0):
        # A numeric address needs no lookup: resolve it at once, as CPython's
        # _ipaddr_info does, instead of a trip through the executor.
        if _is_numeric_host(host):
            return socket.getaddrinfo(host, port, family, type, proto, flags)
        return await self.getaddrinfo(host, port, family=family, type=type,
                                      proto=proto, flags=flags)

    async def getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0):
        return await self.run_in_executor(None, socket.getaddrinfo, host, port,
                                          family, type, proto, flags)

    # -- fd readiness: level-triggered callbacks, as a selector gives them

    def _check_no_transport(self, fd):
        # A transport's fd is libuv's to watch: a second watcher would steal
        # its events.
        transport = self._transport_fds.get(fd)
        if transport is not None and not transport.is_closing():
            raise RuntimeError(f"File descriptor {fd!r} is used by transport {transport!r}")

    def _watch(self, fd):
        watch = self._fd_watches.get(fd)
        if watch is None:
            poll = _uv.poll(fd)
            self._io_handles.add(poll)
            watch = self._fd_watches[fd] = _FdWatch(poll)
        return watch

    def _unwatch(self, fd):
        watch = self._fd_watches.pop(fd, None)
        if watch is not None:
            self._io_handles.discard(watch.poll)
            watch.poll.close()

    def _rearm(self, fd, watch):
        mask = ((_uv.READABLE if watch.reader is not None else 0)
                | (_uv.WRITABLE if watch.writer is not None else 0))
        if mask == 0:
            self._unwatch(fd)
        else:
            watch.poll.poll_start(mask, lambda status, events: self._fd_ready(fd, status, events))

    def _fd_ready(self, fd, status, events):
        # Inside the libuv poll.  An error wakes both sides: their own I/O
        # call will then report it.
        watch = self._fd_watches.get(fd)
        if watch is None:
            return
        if status < 0:
            events = _uv.READABLE | _uv.WRITABLE
        for flag, handle, remove in ((_uv.READABLE, watch.reader, self.remove_reader),
                                     (_uv.WRITABLE, watch.writer, self.remove_writer)):
            if handle is None or not events & flag:
                continue
            if handle._cancelled:
                remove(fd)
            else:
                self._ready.append(handle)

    def _set_fd_callback(self, fd, side, callback, args):
        from .events import Handle
        self._check_closed()
        fd = _fd_of(fd)
        self._check_no_transport(fd)
        watch = self._watch(fd)
        old = getattr(watch, side)
        setattr(watch, side, Handle(callback, args, self))
        if old is not None:
            old.cancel()
        self._rearm(fd, watch)

    def _clear_fd_callback(self, fd, side):
        fd = _fd_of(fd)
        self._check_no_transport(fd)
        watch = self._fd_watches.get(fd)
        if watch is None:
            return False
        handle = getattr(watch, side)
        if handle is None:
            return False
        handle.cancel()
        setattr(watch, side, None)
        self._rearm(fd, watch)
        return True

    def add_reader(self, fd, callback, *args):
        """Call callback(*args) whenever fd (or fd.fileno()) is readable."""
        self._set_fd_callback(fd, "reader", callback, args)

    def remove_reader(self, fd):
        """Stop watching fd for reading; True if it was watched."""
        return self._clear_fd_callback(fd, "reader")

    def add_writer(self, fd, callback, *args):
        """Call callback(*args) whenever fd (or fd.fileno()) is writable."""
        self._set_fd_callback(fd, "writer", callback, args)

    def remove_writer(self, fd):
        """Stop watching fd for writing; True if it was watched."""
        return self._clear_fd_callback(fd, "writer")

    # -- signals

    def add_signal_handler(self, sig, callback, *args):
        from .events import Handle
        if _is_coroutine_like(callback):
            raise TypeError("coroutines cannot be used with add_signal_handler()")
        _check_signal(sig)
        self._check_closed()
        import _thread
        if _thread.get_ident() != _thread._main_ident():
            # Signals belong to the main thread (CPython: set_wakeup_fd).
            raise RuntimeError("set_wakeup_fd only works in main thread of the main interpreter")
        handle = Handle(callback, args, self)
        previous = self._signal_handlers.get(sig)
        if sig == _SIGINT:
            # SIGINT stays with _uv's own handler, which can also interrupt
            # Python code that never returns to the loop.
            _uv.sigint_handler(self._signal_arrived)
            watcher = None
        elif previous is not None and previous[1] is not None:
            watcher = previous[1]
        else:
            watcher = self._start_signal_watch(sig)
        self._signal_handlers[sig] = (handle, watcher)

    def _start_signal_watch(self, sig):
        watcher = _uv.signal()
        self._io_handles.add(watcher)
        try:
            watcher.signal_start(sig, self._signal_arrived)
        except OSError as exc:
            self._io_handles.discard(watcher)
            watcher.close()
            if exc.errno == _EINVAL:
                raise RuntimeError(f"sig {sig:d} cannot be caught")
            raise
        # A signal handler alone must not keep the loop waiting.
        watcher.ref(False)
        return watcher

    def _signal_arrived(self, sig):
        entry = self._signal_handlers.get(sig)
        if entry is None:
            return
        if entry[0]._cancelled:
            self.remove_signal_handler(sig)
        else:
            self._ready.append(entry[0])

    def remove_signal_handler(self, sig):
        _check_signal(sig)
        entry = self._signal_handlers.pop(sig, None)
        if entry is None:
            return False
        if sig == _SIGINT:
            _uv.sigint_handler(None)
        watcher = entry[1]
        if watcher is not None:
            self._io_handles.discard(watcher)
            watcher.close()
        return True

    # -- outgoing connections

    async def create_connection(self, protocol_factory, host=None, port=None, *, ssl=None,
                                family=0, proto=0, flags=0, sock=None, local_addr=None,
                                server_hostname=None, ssl_handshake_timeout=None,
                                ssl_shutdown_timeout=None, happy_eyeballs_delay=None,
                                interleave=None):
        _refuse_ssl(ssl, server_hostname=server_hostname,
                    ssl_handshake_timeout=ssl_handshake_timeout,
                    ssl_shutdown_timeout=ssl_shutdown_timeout)
        if host is None and port is None:
            if sock is None:
                raise ValueError("host and port was not specified and no sock specified")
            if sock.type != socket.SOCK_STREAM:
                raise ValueError(f"A Stream Socket was expected, got {sock!r}")
            family = sock.family
            handle = _stream_handle(sock.detach(), family)
        else:
            if sock is not None:
                raise ValueError("host/port and sock can not be specified at the same time")
            handle, family = await self._connect_any(host, port, family, proto, flags)
        return await self._connected(handle, family, protocol_factory)

    async def _connect_any(self, host, port, family, proto, flags):
        """Try each address host resolves to, in order; the first that
        accepts wins.  Failing all, raise the one error, or all of them."""
        infos = await self._ensure_resolved(host, port, family=family, type=socket.SOCK_STREAM,
                                            proto=proto, flags=flags)
        if not infos:
            raise OSError("getaddrinfo() returned empty list")
        errors = []
        for fam, _, _, _, address in infos:
            try:
                return await self._connect_to(fam, address), fam
            except OSError as exc:
                errors.append(exc)
        if len(errors) == 1 or all(str(e) == str(errors[0]) for e in errors):
            raise errors[0]
        raise OSError("Multiple exceptions: {}".format(", ".join(map(str, errors))))

    async def _connect_to(self, family, address):
        handle = _uv.tcp()
        self._io_handles.add(handle)
        done = self.create_future()

        def connected(status):
            if not self._closed:
                self.call_soon(_complete, done, status)

        try:
            rc = handle.tcp_connect(family, address, connected)
            if rc < 0:
                raise _os_error(rc)
            status = await done
            if status < 0:
                raise _os_error(status, f"Connect call failed {address}")
        except:
            self._io_handles.discard(handle)
            handle.close()
            raise
        return handle

    async def _connected(self, handle, family, protocol_factory, extra=None, server=None):
        """Wrap a connected handle in a transport; return once the protocol
        has seen connection_made."""
        try:
            protocol = protocol_factory()
        except:
            self._io_handles.discard(handle)
            handle.close()
            raise
        waiter = self.create_future()
        transport = _StreamTransport(self, handle, protocol, waiter, extra, server, family)
        try:
            await waiter
        except:
            transport.close()
            raise
        return transport, protocol

    async def create_unix_connection(self, protocol_factory, path=None, *, ssl=None, sock=None,
                                     server_hostname=None, ssl_handshake_timeout=None,
                                     ssl_shutdown_timeout=None):
        _refuse_ssl(ssl)
        if path is None:
            if sock is None:
                raise ValueError("no path and sock were specified")
            if sock.family != socket.AF_UNIX or sock.type != socket.SOCK_STREAM:
                raise ValueError(f"A UNIX Domain Stream Socket was expected, got {sock!r}")
        else:
            if sock is not None:
                raise ValueError("path and sock can not be specified at the same time")
            path = _fspath(path)
            # A non-blocking connect, which for a Unix socket normally
            # completes at once: no loop iteration passes, as in CPython.
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM, 0)
            try:
                sock.setblocking(False)
                await self.sock_connect(sock, path)
            except:
                sock.close()
                raise
        return await self._connected(_uv.pipe(sock.detach()), socket.AF_UNIX, protocol_factory)

    # -- plain non-blocking sockets
    #
    # Each call first tries the operation directly; only when it would block
    # does it park on a future that an fd reader or writer completes.

    async def _when_ready(self, sock, side, attempt):
        """Retry attempt() each time sock is ready for side ('reader' or
        'writer') until it stops raising BlockingIOError; return its result."""
        fut = self.create_future()
        fd = sock.fileno()

        def ready():
            if fut.done():
                return
            try:
                result = attempt()
            except (BlockingIOError, InterruptedError):
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                fut.set_exception(exc)
            else:
                if result is not _AGAIN:
                    fut.set_result(result)

        self._set_fd_callback(fd, side, ready, ())
        fut.add_done_callback(lambda _: self._clear_fd_callback(fd, side))
        return await fut

    async def sock_connect(self, sock, address):
        try:
            sock.connect(address)
            return
        except (BlockingIOError, InterruptedError):
            pass

        def finished():
            err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if err != 0:
                raise OSError(err, f"Connect call failed {address}")

        return await self._when_ready(sock, "writer", finished)

    async def sock_recv(self, sock, n):
        try:
            return sock.recv(n)
        except (BlockingIOError, InterruptedError):
            pass
        return await self._when_ready(sock, "reader", lambda: sock.recv(n))

    async def sock_sendall(self, sock, data):
        rest = bytes(data)
        try:
            rest = rest[sock.send(rest):]
        except (BlockingIOError, InterruptedError):
            pass
        if not rest:
            return

        def send_more():
            nonlocal rest
            rest = rest[sock.send(rest):]
            return None if not rest else _AGAIN

        return await self._when_ready(sock, "writer", send_more)

    async def sock_accept(self, sock):
        def accept():
            conn, address = sock.accept()
            conn.setblocking(False)
            return conn, address

        return await self._when_ready(sock, "reader", accept)

    # -- servers

    async def create_server(self, protocol_factory, host=None, port=None, *,
                            family=socket.AF_UNSPEC, flags=socket.AI_PASSIVE, sock=None,
                            backlog=100, ssl=None, reuse_address=None, reuse_port=None,
                            ssl_handshake_timeout=None, ssl_shutdown_timeout=None,
                            start_serving=True):
        _check_server_ssl(ssl, ssl_handshake_timeout, ssl_shutdown_timeout)
        if host is None and port is None:
            if sock is None:
                raise ValueError("Neither host/port nor sock were specified")
            if sock.type != socket.SOCK_STREAM:
                raise ValueError(f"A Stream Socket was expected, got {sock!r}")
            sockets = [sock]
        else:
            if sock is not None:
                raise ValueError("host/port and sock can not be specified at the same time")
            sockets = await self._bind_all(host, port, family, flags,
                                           True if reuse_address is None else reuse_address,
                                           reuse_port)
        return await self._new_server(sockets, protocol_factory, backlog, start_serving)

    async def _new_server(self, sockets, protocol_factory, backlog, start_serving):
        for sock in sockets:
            sock.setblocking(False)
        server = Server(self, sockets, protocol_factory, None, backlog)
        if start_serving:
            server._start_serving()
            # One iteration, so the listeners are up before this returns.
            await tasks.sleep(0)
        return server

    async def _bind_all(self, host, port, family, flags, reuse_address, reuse_port):
        """A bound socket for every distinct address the hosts resolve to."""
        if host == "":
            hosts = [None]
        elif isinstance(host, str) or not isinstance(host, (list, tuple, set)):
            hosts = [host]
        else:
            hosts = host
        lookups = [self._ensure_resolved(h, port, family=family, type=socket.SOCK_STREAM,
                                         flags=flags) for h in hosts]
        infos = []
        for group in await tasks.gather(*lookups):
            infos.extend(info for info in group if info not in infos)
        sockets = []
        try:
            for af, kind, proto, _, address in infos:
                try:
                    sock = socket.socket(af, kind, proto)
                except OSError:
                    continue        # e.g. no IPv6 on this host
                sockets.append(sock)
                if reuse_address:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, True)
                if reuse_port:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
                if af == socket.AF_INET6:
                    # The IPv4 addresses get sockets of their own.
                    sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, True)
                try:
                    sock.bind(address)
                except OSError as err:
                    if err.errno == _EADDRNOTAVAIL:
                        sockets.remove(sock)
                        sock.close()
                        continue
                    raise OSError(err.errno, "error while attempting to bind on address "
                                  f"{address!r}: {err.strerror.lower()}") from None
            if not sockets:
                raise OSError("could not bind on any address out of %r"
                              % ([info[4] for info in infos],))
        except:
            for sock in sockets:
                sock.close()
            raise
        return sockets

    async def create_unix_server(self, protocol_factory, path=None, *, sock=None, backlog=100,
                                 ssl=None, ssl_handshake_timeout=None, ssl_shutdown_timeout=None,
                                 start_serving=True):
        _check_server_ssl(ssl, None, None)
        if path is None:
            if sock is None:
                raise ValueError("path was not specified, and no sock specified")
            if sock.family != socket.AF_UNIX or sock.type != socket.SOCK_STREAM:
                raise ValueError(f"A UNIX Domain Stream Socket was expected, got {sock!r}")
        else:
            if sock is not None:
                raise ValueError("path and sock can not be specified at the same time")
            sock = self._bind_unix(_fspath(path))
        return await self._new_server([sock], protocol_factory, backlog, start_serving)

    def _bind_unix(self, path):
        if path[0] not in (0, "\x00"):
            # A socket file left by an earlier server is in the way: remove
            # it (but nothing that is not a socket).
            import os
            try:
                if (os.stat(path).st_mode & 0o170000) == 0o140000:
                    os.remove(path)
            except OSError:
                pass
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.bind(path)
        except OSError as exc:
            sock.close()
            if exc.errno == _EADDRINUSE:
                raise OSError(_EADDRINUSE, f"Address {path!r} is already in use") from None
            raise
        except:
            sock.close()
            raise
        return sock

    def _start_serving(self, protocol_factory, sock, sslcontext=None, server=None, backlog=100):
        family = sock.family
        listener = _stream_handle(sock.fileno(), family)
        # From here the listener owns the fd; the socket object only answers
        # queries (Server.sockets) until _stop_serving.
        sock._uv_handle = listener
        self._io_handles.add(listener)

        def incoming(status):
            # Inside the libuv poll: accept now, set up in a callback.
            if self._closed:
                return
            if status < 0:
                self.call_soon(self._accept_error, _os_error(status), sock)
                return
            try:
                client = listener.accept()
            except OSError as exc:
                self.call_soon(self._accept_error, exc, sock)
                return
            self._io_handles.add(client)
            self.call_soon(self._accepted, protocol_factory, client, family, server)

        listener.listen(backlog, incoming)

    def _accept_error(self, exc, sock):
        self.call_exception_handler({
            "message": "socket.accept() out of system resource",
            "exception": exc,
            "socket": TransportSocket(sock),
        })

    def _accepted(self, protocol_factory, client, family, server):
        try:
            peer = client.getpeername()
        except OSError:
            peer = None
        self.create_task(self._serve_client(protocol_factory, client, family,
                                            {"peername": peer}, server))

    async def _serve_client(self, protocol_factory, client, family, extra, server):
        try:
            await self._connected(client, family, protocol_factory, extra, server)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            # The client is already closed or in its transport's hands.
            if self._debug:
                self.call_exception_handler({
                    "message": "Error on transport creation for incoming connection",
                    "exception": exc,
                })

    def _stop_serving(self, sock):
        listener = getattr(sock, "_uv_handle", None)
        if listener is None:
            sock.close()
            return
        sock._uv_handle = None
        self._io_handles.discard(listener)
        listener.close()        # closes the fd the socket object still names
        sock.detach()

    # -- pipes

    async def connect_read_pipe(self, protocol_factory, pipe):
        return await self._connect_pipe(_ReadPipeTransport, protocol_factory, pipe)

    async def connect_write_pipe(self, protocol_factory, pipe):
        return await self._connect_pipe(_WritePipeTransport, protocol_factory, pipe)

    async def _connect_pipe(self, transport_class, protocol_factory, pipe):
        if isinstance(pipe, _uv.Handle):
            handle = pipe
        else:
            handle = _uv.pipe(pipe if isinstance(pipe, int) else pipe.fileno())
        self._io_handles.add(handle)
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = transport_class(self, handle, protocol, waiter, {"pipe": pipe})
        try:
            await waiter
        except:
            transport.close()
            raise
        return transport, protocol

    # -- child processes

    async def subprocess_shell(self, protocol_factory, cmd, *, stdin=_PIPE, stdout=_PIPE,
                               stderr=_PIPE, universal_newlines=False, shell=True, bufsize=0,
                               encoding=None, errors=None, text=None, **kwargs):
        if not isinstance(cmd, (bytes, str)):
            raise ValueError("cmd must be a string")
        if universal_newlines:
            raise ValueError("universal_newlines must be False")
        if not shell:
            raise ValueError("shell must be True")
        _check_popen_args(universal_newlines, bufsize, text, encoding, errors)
        return await self._spawn(protocol_factory, cmd, True, stdin, stdout, stderr,
                                 bufsize, kwargs)

    async def subprocess_exec(self, protocol_factory, program, *args, stdin=_PIPE,
                              stdout=_PIPE, stderr=_PIPE, universal_newlines=False,
                              shell=False, bufsize=0, encoding=None, errors=None, text=None,
                              **kwargs):
        if universal_newlines:
            raise ValueError("universal_newlines must be False")
        if shell:
            raise ValueError("shell must be False")
        _check_popen_args(universal_newlines, bufsize, text, encoding, errors)
        return await self._spawn(protocol_factory, (program,) + args, False, stdin, stdout,
                                 stderr, bufsize, kwargs)

    async def _spawn(self, protocol_factory, args, shell, stdin, stdout, stderr, bufsize,
                     kwargs):
        protocol = protocol_factory()
        extra = kwargs.pop("extra", None)
        waiter = self.create_future()
        transport = _ProcessTransport(self, protocol, args, shell, stdin, stdout, stderr,
                                      bufsize, waiter=waiter, extra=extra, **kwargs)
        try:
            await waiter
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException:
            # Do not leave a child running that nobody can reach.
            transport.close()
            await transport._wait()
            raise
        return transport, protocol


_AGAIN = object()   # from a _when_ready attempt: not finished, keep waiting


def _refuse_ssl(ssl, **ssl_only):
    if ssl:
        raise NotImplementedError("asp has no ssl support")
    for name, value in ssl_only.items():
        if value is not None:
            raise ValueError(f"{name} is only meaningful with ssl")


def _check_server_ssl(ssl, handshake_timeout, shutdown_timeout):
    if isinstance(ssl, bool):
        raise TypeError("ssl argument must be an SSLContext or None")
    _refuse_ssl(ssl, ssl_handshake_timeout=handshake_timeout,
                ssl_shutdown_timeout=shutdown_timeout)
