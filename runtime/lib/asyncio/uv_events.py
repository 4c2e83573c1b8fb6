"""asyncio.uv_events — the event loop's I/O half, on the native _uv module
(libuv): servers and connections over TCP and Unix sockets, their transports,
pipes and child processes, signal handlers, fd readers and writers.

EventLoop (events.py) mixes in _UVLoopMixin.  Scheduling follows CPython 3.11's
selector loop: what the OS reports during a poll is appended to the ready
queue with call_soon and runs in that same iteration, before the timers that
expired; protocols see connection_made, data_received, eof_received and
connection_lost in CPython's order.  Every libuv handle a loop opens is in
loop._io_handles until it is closed; closing the loop closes what is left, so
no file descriptor outlives its loop."""

import sys
import _uv
import socket
from . import coroutines
from . import exceptions
from . import futures
from . import protocols
from . import tasks
from . import transports

__all__ = ("Server", "AbstractServer")

_EOF = _uv.EOF
_ECANCELED = -125
_ESRCH = -3
_EINVAL = 22
_EADDRINUSE = 98
_EADDRNOTAVAIL = 99


def _os_error(code, message=None):
    """OSError subclass for a negative libuv code (-errno), CPython's text."""
    err = -code
    return OSError(err, message if message is not None else _uv.strerror(err))


def _addr_info(host, port, family, type, proto, flags):
    """getaddrinfo; numeric hosts never block (CPython's _ipaddr_info shortcut)."""
    return socket.getaddrinfo(host, port, family, type, proto, flags)


class TransportSocket:
    """A read-only view of a transport's or server's socket (CPython's
    asyncio.trsock.TransportSocket): the fd stays owned by the transport."""

    __slots__ = ("_sock",)

    def __init__(self, sock):
        self._sock = sock

    @property
    def family(self):
        return self._sock.family

    @property
    def type(self):
        return self._sock.type

    @property
    def proto(self):
        return self._sock.proto

    def __repr__(self):
        s = (f"<asyncio.TransportSocket fd={self.fileno()}, "
             f"family={self.family!s}, type={self.type!s}, proto={self.proto}")
        if self.fileno() != -1:
            try:
                laddr = self.getsockname()
                if laddr:
                    s = f"{s}, laddr={laddr}"
            except OSError:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s = f"{s}, raddr={raddr}"
            except OSError:
                pass
        return f"{s}>"

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

    def settimeout(self, value):
        if value == 0:
            return
        raise ValueError("settimeout(): only 0 timeout is allowed on transport sockets")

    def getblocking(self):
        return False

    def setblocking(self, flag):
        if not flag:
            return
        raise ValueError("setblocking(): transport sockets cannot be blocking")


class _HandleSocket:
    """The socket-module view of a stream handle's fd (for get_extra_info)."""

    def __init__(self, handle, family):
        self._handle = handle
        self.family = family
        self.type = socket.SOCK_STREAM
        self.proto = socket.IPPROTO_TCP if family in (socket.AF_INET, socket.AF_INET6) else 0

    def fileno(self):
        return self._handle.fileno()

    def getsockname(self):
        return _uv.getsockname(self._check())

    def getpeername(self):
        return _uv.getpeername(self._check())

    def getsockopt(self, level, option, buflen=None):
        return _uv.getsockopt(self._check(), level, option)

    def setsockopt(self, level, option, value):
        _uv.setsockopt(self._check(), level, option, int(value))

    def _check(self):
        fd = self._handle.fileno()
        if fd == -1:
            raise OSError(9, "Bad file descriptor")
        return fd


# ---- transports -------------------------------------------------------------


class _UVStreamTransport(transports._FlowControlMixin, transports.Transport):
    """A socket or pipe stream on a libuv handle (CPython's _SelectorSocketTransport)."""

    _start_reading_at_connect = True

    def __init__(self, loop, handle, protocol, waiter=None, extra=None, server=None, family=None):
        super().__init__(extra, loop)
        self._handle = handle
        loop._io_handles.add(handle)
        if family is not None:
            self._extra["socket"] = TransportSocket(_HandleSocket(handle, family))
            try:
                self._extra["sockname"] = handle.getsockname()
            except OSError:
                self._extra["sockname"] = None
            if "peername" not in self._extra:
                try:
                    self._extra["peername"] = handle.getpeername()
                except OSError:
                    self._extra["peername"] = None
        self._protocol = None
        self._protocol_connected = False
        self.set_protocol(protocol)
        self._server = server
        self._conn_lost = 0
        self._closing = False
        self._paused = False
        self._reading = False
        self._eof = False
        self._pending_writes = 0
        if server is not None:
            server._attach()
        loop.call_soon(self._protocol.connection_made, self)
        if self._start_reading_at_connect:
            loop.call_soon(self._start_reading)
        if waiter is not None:
            loop.call_soon(futures._set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._handle is None:
            info.append("closed")
        elif self._closing:
            info.append("closing")
        if self._handle is not None:
            info.append(f"fd={self._handle.fileno()}")
            info.append("read=polling" if self._reading else "read=idle")
            bufsize = self.get_write_buffer_size()
            state = "polling" if self._pending_writes else "idle"
            info.append(f"write=<{state}, bufsize={bufsize}>")
        return "<{}>".format(" ".join(info))

    def set_protocol(self, protocol):
        self._protocol = protocol
        self._protocol_connected = True

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def is_reading(self):
        return not self._paused and not self._closing

    # -- reading
    def _start_reading(self):
        if not self.is_reading() or self._reading or self._handle is None:
            return
        rc = self._handle.read_start(self._on_read)
        if rc < 0:
            self._fatal_error(_os_error(rc), "Fatal read error on socket transport")
            return
        self._reading = True

    def _stop_reading(self):
        if self._reading and self._handle is not None:
            self._reading = False
            self._handle.read_stop()

    def pause_reading(self):
        if self._closing or self._paused:
            return
        self._paused = True
        self._stop_reading()

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._start_reading()

    def _on_read(self, data):
        # Called by libuv inside the poll: queue, as the selector loop does.
        if data.__class__ is not bytes or not data:
            self._reading = False
        loop = self._loop
        if loop is not None and not loop._closed:
            loop.call_soon(self._read_ready, data)

    def _read_ready(self, data):
        if self._conn_lost or self._closing:
            return
        if data.__class__ is int:
            self._fatal_error(_os_error(data), "Fatal read error on socket transport")
            return
        if not data:
            self._read_ready__on_eof()
            return
        try:
            self._protocol.data_received(data)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, "Fatal error: protocol.data_received() call failed.")

    def _read_ready__on_eof(self):
        try:
            keep_open = self._protocol.eof_received()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, "Fatal error: protocol.eof_received() call failed.")
            return
        if keep_open:
            self._stop_reading()
        else:
            self.close()

    # -- writing
    def write(self, data):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError(f"data argument must be a bytes-like object, not {type(data).__name__!r}")
        if self._eof:
            raise RuntimeError("Cannot call write() after write_eof()")
        if not data:
            return
        if self._conn_lost:
            self._conn_lost += 1
            return
        rc = self._handle.write(data, self._on_write)
        if rc == 0:
            return
        if rc < 0:
            self._fatal_error(_os_error(rc), "Fatal write error on socket transport")
            return
        self._pending_writes += 1
        self._maybe_pause_protocol()

    def writelines(self, list_of_data):
        self.write(b"".join(list_of_data))

    def _on_write(self, status):
        loop = self._loop
        if loop is not None and not loop._closed:
            loop.call_soon(self._write_done, status)

    def _write_done(self, status):
        self._pending_writes -= 1
        if self._conn_lost:
            return
        if status < 0:
            self._fatal_error(_os_error(status), "Fatal write error on socket transport")
            return
        self._maybe_resume_protocol()
        if not self._pending_writes:
            if self._closing:
                self._conn_lost += 1
                self._call_connection_lost(None)
            elif self._eof:
                self._shutdown()

    def get_write_buffer_size(self):
        handle = self._handle
        return handle.write_queue_size if handle is not None else 0

    def write_eof(self):
        if self._closing or self._eof:
            return
        self._eof = True
        if not self._pending_writes:
            self._shutdown()

    def _shutdown(self):
        if self._handle is not None:
            self._handle.shutdown(None)

    def can_write_eof(self):
        return True

    # -- closing
    def close(self):
        if self._closing:
            return
        self._closing = True
        self._stop_reading()
        if not self._pending_writes:
            self._conn_lost += 1
            self._loop.call_soon(self._call_connection_lost, None)

    def abort(self):
        self._force_close(None)

    def _fatal_error(self, exc, message="Fatal error on transport"):
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({
                "message": message,
                "exception": exc,
                "transport": self,
                "protocol": self._protocol,
            })
        self._force_close(exc)

    def _force_close(self, exc):
        if self._conn_lost:
            return
        if not self._closing:
            self._closing = True
            self._stop_reading()
        self._conn_lost += 1
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        try:
            if self._protocol_connected:
                self._protocol.connection_lost(exc)
        finally:
            handle = self._handle
            if handle is not None:
                self._handle = None
                self._loop._io_handles.discard(handle)
                handle.close()
            self._protocol = None
            self._loop = None
            server = self._server
            if server is not None:
                server._detach()
                self._server = None


class _UVReadPipeTransport(_UVStreamTransport):
    """The read end of a pipe (CPython's _UnixReadPipeTransport): EOF closes it."""

    def _read_ready__on_eof(self):
        self._closing = True
        self._stop_reading()
        self._loop.call_soon(self._protocol.eof_received)
        self._loop.call_soon(self._call_connection_lost, None)

    def write(self, data):
        raise NotImplementedError

    def write_eof(self):
        raise NotImplementedError

    def can_write_eof(self):
        return False

    def _fatal_error(self, exc, message="Fatal error on pipe transport"):
        super()._fatal_error(exc, message)


class _UVWritePipeTransport(_UVStreamTransport):
    """The write end of a pipe (CPython's _UnixWritePipeTransport): closing it
    flushes the buffer, then closes the fd."""

    _start_reading_at_connect = False

    def is_reading(self):
        return False

    def write_eof(self):
        if self._closing:
            return
        self._closing = True
        if not self._pending_writes:
            self._conn_lost += 1
            self._loop.call_soon(self._call_connection_lost, None)

    def close(self):
        if self._handle is not None and not self._closing:
            self.write_eof()

    def _fatal_error(self, exc, message="Fatal error on pipe transport"):
        super()._fatal_error(exc, message)


# ---- servers ------------------------------------------------------------------


class AbstractServer:
    """Abstract server returned by create_server()."""

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
    """CPython 3.11's base_events.Server, wait_closed() quirk included."""

    def __init__(self, loop, sockets, protocol_factory, ssl_context, backlog,
                 ssl_handshake_timeout=None, ssl_shutdown_timeout=None):
        self._loop = loop
        self._sockets = sockets
        self._active_count = 0
        self._waiters = []
        self._protocol_factory = protocol_factory
        self._backlog = backlog
        self._ssl_context = ssl_context
        self._ssl_handshake_timeout = ssl_handshake_timeout
        self._ssl_shutdown_timeout = ssl_shutdown_timeout
        self._serving = False
        self._serving_forever_fut = None

    def __repr__(self):
        return f"<{self.__class__.__name__} sockets={self.sockets!r}>"

    def _attach(self):
        self._active_count += 1

    def _detach(self):
        self._active_count -= 1
        if self._active_count == 0 and self._sockets is None:
            self._wakeup()

    def _wakeup(self):
        waiters = self._waiters
        self._waiters = None
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(waiter)

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
        if self._sockets is None:
            return ()
        return tuple(TransportSocket(s) for s in self._sockets)

    def close(self):
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        for sock in sockets:
            self._loop._stop_serving(sock)
        self._serving = False
        if self._serving_forever_fut is not None and not self._serving_forever_fut.done():
            self._serving_forever_fut.cancel()
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
        self._serving_forever_fut = self._loop.create_future()
        try:
            await self._serving_forever_fut
        except exceptions.CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        if self._sockets is None or self._waiters is None:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter


# ---- child processes ------------------------------------------------------------


class _Proc:
    """What BaseSubprocessTransport needs of a Popen, over a libuv process."""

    def __init__(self, handle):
        self._handle = handle
        self.pid = handle.pid
        self.returncode = None
        self.stdin = self.stdout = self.stderr = None

    def poll(self):
        return self.returncode

    def send_signal(self, sig):
        if self.returncode is not None:
            return
        rc = self._handle.kill(sig)
        if rc < 0 and rc != _ESRCH:
            raise _os_error(rc)

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)


def _stdio_spec(value):
    if value is None or value in (-1, -2, -3):
        return value
    if isinstance(value, int):
        return value
    return value.fileno()


class _UVSubprocessTransport(transports.SubprocessTransport):
    """CPython's BaseSubprocessTransport with the child spawned by libuv."""

    def __init__(self, loop, protocol, args, shell, stdin, stdout, stderr, bufsize,
                 waiter=None, extra=None, **kwargs):
        super().__init__(extra)
        self._closed = False
        self._protocol = protocol
        self._loop = loop
        self._proc = None
        self._pid = None
        self._returncode = None
        self._exit_waiters = []
        self._pending_calls = []
        self._pipes = {}
        self._finished = False
        if stdin == -1:
            self._pipes[0] = None
        if stdout == -1:
            self._pipes[1] = None
        if stderr == -1:
            self._pipes[2] = None
        try:
            self._start(args=args, shell=shell, stdin=stdin, stdout=stdout,
                        stderr=stderr, bufsize=bufsize, **kwargs)
        except:
            self.close()
            raise
        self._pid = self._proc.pid
        self._extra["subprocess"] = self._proc
        self._loop.create_task(self._connect_pipes(waiter))

    def _start(self, args, shell, stdin, stdout, stderr, bufsize, cwd=None, env=None,
               executable=None, **kwargs):
        if shell:
            args = ["/bin/sh", "-c", args]
        args = [a if isinstance(a, (str, bytes)) else str(a) for a in args]
        if executable is not None:
            args = [executable] + args[1:]
        envlist = None
        if env is not None:
            envlist = [f"{k}={v}" for k, v in env.items()]
        if cwd is not None:
            cwd = str(cwd)
        handle = _uv.spawn(args, cwd, envlist, _stdio_spec(stdin), _stdio_spec(stdout),
                           _stdio_spec(stderr), self._on_exit)
        proc = _Proc(handle)
        proc.stdin, proc.stdout, proc.stderr = handle.stdio
        self._proc = proc
        for p in handle.stdio:
            if p is not None:
                self._loop._io_handles.add(p)

    def _on_exit(self, returncode):
        loop = self._loop
        if loop is not None and not loop._closed:
            loop.call_soon(self._process_exited, returncode)

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._closed:
            info.append("closed")
        if self._pid is not None:
            info.append(f"pid={self._pid}")
        if self._returncode is not None:
            info.append(f"returncode={self._returncode}")
        elif self._pid is not None:
            info.append("running")
        else:
            info.append("not started")
        return "<{}>".format(" ".join(info))

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closed

    def close(self):
        if self._closed:
            return
        self._closed = True
        for proto in self._pipes.values():
            if proto is None:
                continue
            proto.pipe.close()
        if self._proc is not None and self._returncode is None and self._proc.poll() is None:
            try:
                self._proc.kill()
            except ProcessLookupError:
                pass

    def get_pid(self):
        return self._pid

    def get_returncode(self):
        return self._returncode

    def get_pipe_transport(self, fd):
        if fd in self._pipes:
            return self._pipes[fd].pipe
        return None

    def _check_proc(self):
        if self._proc is None:
            raise ProcessLookupError()

    def send_signal(self, signal):
        self._check_proc()
        self._proc.send_signal(signal)

    def terminate(self):
        self._check_proc()
        self._proc.terminate()

    def kill(self):
        self._check_proc()
        self._proc.kill()

    async def _connect_pipes(self, waiter):
        try:
            proc = self._proc
            loop = self._loop
            if proc.stdin is not None:
                _, pipe = await loop.connect_write_pipe(lambda: WriteSubprocessPipeProto(self, 0), proc.stdin)
                self._pipes[0] = pipe
            if proc.stdout is not None:
                _, pipe = await loop.connect_read_pipe(lambda: ReadSubprocessPipeProto(self, 1), proc.stdout)
                self._pipes[1] = pipe
            if proc.stderr is not None:
                _, pipe = await loop.connect_read_pipe(lambda: ReadSubprocessPipeProto(self, 2), proc.stderr)
                self._pipes[2] = pipe
            loop.call_soon(self._protocol.connection_made, self)
            for callback, data in self._pending_calls:
                loop.call_soon(callback, *data)
            self._pending_calls = None
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if waiter is not None and not waiter.cancelled():
                waiter.set_exception(exc)
        else:
            if waiter is not None and not waiter.cancelled():
                waiter.set_result(None)

    def _call(self, cb, *data):
        if self._pending_calls is not None:
            self._pending_calls.append((cb, data))
        else:
            self._loop.call_soon(cb, *data)

    def _pipe_connection_lost(self, fd, exc):
        self._call(self._protocol.pipe_connection_lost, fd, exc)
        self._try_finish()

    def _pipe_data_received(self, fd, data):
        self._call(self._protocol.pipe_data_received, fd, data)

    def _process_exited(self, returncode):
        self._returncode = returncode
        if self._proc.returncode is None:
            self._proc.returncode = returncode
        self._call(self._protocol.process_exited)
        self._try_finish()

    async def _wait(self):
        if self._returncode is not None:
            return self._returncode
        waiter = self._loop.create_future()
        self._exit_waiters.append(waiter)
        return await waiter

    def _try_finish(self):
        if self._finished or self._returncode is None:
            return
        if all(p is not None and p.disconnected for p in self._pipes.values()):
            self._finished = True
            self._call(self._call_connection_lost, None)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            for waiter in self._exit_waiters:
                if not waiter.cancelled():
                    waiter.set_result(self._returncode)
            self._exit_waiters = None
            self._loop = None
            self._proc = None
            self._protocol = None


class WriteSubprocessPipeProto(protocols.BaseProtocol):
    def __init__(self, proc, fd):
        self.proc = proc
        self.fd = fd
        self.pipe = None
        self.disconnected = False

    def connection_made(self, transport):
        self.pipe = transport

    def __repr__(self):
        return f"<{self.__class__.__name__} fd={self.fd} pipe={self.pipe!r}>"

    def connection_lost(self, exc):
        self.disconnected = True
        self.proc._pipe_connection_lost(self.fd, exc)
        self.proc = None

    def pause_writing(self):
        self.proc._protocol.pause_writing()

    def resume_writing(self):
        self.proc._protocol.resume_writing()


class ReadSubprocessPipeProto(WriteSubprocessPipeProto, protocols.Protocol):
    def data_received(self, data):
        self.proc._pipe_data_received(self.fd, data)


# ---- the loop mix-in --------------------------------------------------------------


def _check_signal(sig):
    if not isinstance(sig, int):
        raise TypeError(f"sig must be an int, not {sig!r}")
    if not (1 <= sig < 65):
        raise ValueError(f"invalid signal number {sig}")


def _pipe_handle(pipe):
    """A libuv stream handle for a pipe given as a handle, file object or fd."""
    if isinstance(pipe, _uv.Handle):
        return pipe
    fd = pipe if isinstance(pipe, int) else pipe.fileno()
    return _uv.pipe(fd)


class _UVLoopMixin:
    """The I/O methods of EventLoop; needs _io_init() in __init__."""

    def _io_init(self):
        self._io_handles = set()
        self._selectors = {}          # fd -> [poll handle, reader Handle, writer Handle]
        self._signal_handlers = {}    # signum -> (events.Handle, _uv signal handle or None)

    def _close_io(self):
        for sig in list(self._signal_handlers):
            self.remove_signal_handler(sig)
        for fd in list(self._selectors):
            self._remove_selector(fd)
        handles = self._io_handles
        self._io_handles = set()
        for handle in handles:
            handle.close()
        # Let libuv run the close callbacks, which release the handles.
        _uv.run_once(0)

    # -- executor (synchronous until asp has threads)
    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if coroutines.iscoroutine(func) or coroutines.iscoroutinefunction(func):
            raise TypeError("coroutines cannot be used with run_in_executor()")
        fut = self.create_future()
        try:
            fut.set_result(func(*args))
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        return fut

    def set_default_executor(self, executor):
        pass

    async def getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0):
        return await self.run_in_executor(None, socket.getaddrinfo, host, port, family, type, proto, flags)

    async def _ensure_resolved(self, address, *, family=0, type=socket.SOCK_STREAM, proto=0, flags=0):
        host, port = address[:2]
        return await self.getaddrinfo(host, port, family=family, type=type, proto=proto, flags=flags)

    # -- fd readiness (selector-style callbacks)
    def _update_selector(self, fd):
        entry = self._selectors[fd]
        poll, reader, writer = entry
        events = (_uv.READABLE if reader is not None else 0) | (_uv.WRITABLE if writer is not None else 0)
        if not events:
            self._remove_selector(fd)
            return
        poll.poll_start(events, lambda status, ev: self._on_poll(fd, status, ev))

    def _on_poll(self, fd, status, events):
        entry = self._selectors.get(fd)
        if entry is None:
            return
        _, reader, writer = entry
        if status < 0:
            events = _uv.READABLE | _uv.WRITABLE
        if reader is not None and events & _uv.READABLE:
            if reader._cancelled:
                self.remove_reader(fd)
            else:
                self._ready.append(reader)
        if writer is not None and events & _uv.WRITABLE:
            if writer._cancelled:
                self.remove_writer(fd)
            else:
                self._ready.append(writer)

    def _remove_selector(self, fd):
        entry = self._selectors.pop(fd, None)
        if entry is not None:
            poll = entry[0]
            self._io_handles.discard(poll)
            poll.close()

    def _selector_entry(self, fd):
        if not isinstance(fd, int):
            fd = fd.fileno()
        entry = self._selectors.get(fd)
        if entry is None:
            poll = _uv.poll(fd)
            self._io_handles.add(poll)
            entry = self._selectors[fd] = [poll, None, None]
        return fd, entry

    def add_reader(self, fd, callback, *args):
        from .events import Handle
        self._check_closed()
        fd, entry = self._selector_entry(fd)
        old = entry[1]
        entry[1] = Handle(callback, args, self)
        if old is not None:
            old.cancel()
        self._update_selector(fd)

    def remove_reader(self, fd):
        if not isinstance(fd, int):
            fd = fd.fileno()
        entry = self._selectors.get(fd)
        if entry is None or entry[1] is None:
            return False
        entry[1].cancel()
        entry[1] = None
        self._update_selector(fd)
        return True

    def add_writer(self, fd, callback, *args):
        from .events import Handle
        self._check_closed()
        fd, entry = self._selector_entry(fd)
        old = entry[2]
        entry[2] = Handle(callback, args, self)
        if old is not None:
            old.cancel()
        self._update_selector(fd)

    def remove_writer(self, fd):
        if not isinstance(fd, int):
            fd = fd.fileno()
        entry = self._selectors.get(fd)
        if entry is None or entry[2] is None:
            return False
        entry[2].cancel()
        entry[2] = None
        self._update_selector(fd)
        return True

    # -- signals
    def add_signal_handler(self, sig, callback, *args):
        from .events import Handle
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError("coroutines cannot be used with add_signal_handler()")
        _check_signal(sig)
        self._check_closed()
        handle = Handle(callback, args, self)
        old = self._signal_handlers.get(sig)
        if sig == 2:
            # SIGINT stays with _uv's handler, which also interrupts busy code.
            _uv.sigint_handler(self._handle_signal)
            uvh = None
        elif old is not None and old[1] is not None:
            uvh = old[1]
        else:
            uvh = _uv.signal()
            self._io_handles.add(uvh)
            try:
                uvh.signal_start(sig, self._handle_signal)
            except OSError as exc:
                self._io_handles.discard(uvh)
                uvh.close()
                if exc.errno == _EINVAL:
                    raise RuntimeError(f"sig {sig:d} cannot be caught")
                raise
            uvh.ref(False)
        self._signal_handlers[sig] = (handle, uvh)

    def _handle_signal(self, sig):
        entry = self._signal_handlers.get(sig)
        if entry is None:
            return
        handle = entry[0]
        if handle._cancelled:
            self.remove_signal_handler(sig)
        else:
            self._ready.append(handle)

    def remove_signal_handler(self, sig):
        _check_signal(sig)
        entry = self._signal_handlers.pop(sig, None)
        if entry is None:
            return False
        if sig == 2:
            _uv.sigint_handler(None)
        uvh = entry[1]
        if uvh is not None:
            self._io_handles.discard(uvh)
            uvh.close()
        return True

    # -- streams: connections
    async def create_connection(self, protocol_factory, host=None, port=None, *, ssl=None,
                                family=0, proto=0, flags=0, sock=None, local_addr=None,
                                server_hostname=None, ssl_handshake_timeout=None,
                                ssl_shutdown_timeout=None, happy_eyeballs_delay=None,
                                interleave=None):
        if ssl:
            raise NotImplementedError("asp has no ssl support")
        if server_hostname is not None:
            raise ValueError("server_hostname is only meaningful with ssl")
        if ssl_handshake_timeout is not None:
            raise ValueError("ssl_handshake_timeout is only meaningful with ssl")
        if ssl_shutdown_timeout is not None:
            raise ValueError("ssl_shutdown_timeout is only meaningful with ssl")
        if host is not None or port is not None:
            if sock is not None:
                raise ValueError("host/port and sock can not be specified at the same time")
            infos = await self._ensure_resolved((host, port), family=family, type=socket.SOCK_STREAM,
                                                proto=proto, flags=flags)
            if not infos:
                raise OSError("getaddrinfo() returned empty list")
            exceptions_ = []
            handle = None
            for addrinfo in infos:
                try:
                    handle, fam = await self._connect_sock(exceptions_, addrinfo)
                    break
                except OSError:
                    continue
            if handle is None:
                excs = [exc for sub in exceptions_ for exc in sub]
                if len(excs) == 1:
                    raise excs[0]
                model = str(excs[0])
                if all(str(exc) == model for exc in excs):
                    raise excs[0]
                raise OSError("Multiple exceptions: {}".format(", ".join(str(exc) for exc in excs)))
        else:
            if sock is None:
                raise ValueError("host and port was not specified and no sock specified")
            if sock.type != socket.SOCK_STREAM:
                raise ValueError(f"A Stream Socket was expected, got {sock!r}")
            fam = sock.family
            fd = sock.detach()
            handle = _uv.pipe(fd) if fam == socket.AF_UNIX else _uv.tcp(fd)
        return await self._create_connection_transport(handle, fam, protocol_factory)

    async def _connect_sock(self, exceptions_, addr_info):
        my_exceptions = []
        exceptions_.append(my_exceptions)
        family, type_, proto, _, address = addr_info
        handle = _uv.tcp()
        self._io_handles.add(handle)
        fut = self.create_future()

        def on_connect(status):
            if not self._closed:
                self.call_soon(_connect_done, fut, status)

        try:
            rc = handle.tcp_connect(family, address, on_connect)
            if rc < 0:
                raise _os_error(rc)
            status = await fut
            if status < 0:
                raise _os_error(status, f"Connect call failed {address}")
            return handle, family
        except OSError as exc:
            my_exceptions.append(exc)
            self._io_handles.discard(handle)
            handle.close()
            raise
        except:
            self._io_handles.discard(handle)
            handle.close()
            raise

    async def _create_connection_transport(self, handle, family, protocol_factory,
                                           extra=None, server=None):
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = _UVStreamTransport(self, handle, protocol, waiter, extra, server, family)
        try:
            await waiter
        except:
            transport.close()
            raise
        return transport, protocol

    async def create_unix_connection(self, protocol_factory, path=None, *, ssl=None, sock=None,
                                     server_hostname=None, ssl_handshake_timeout=None,
                                     ssl_shutdown_timeout=None):
        if ssl:
            raise NotImplementedError("asp has no ssl support")
        if path is not None:
            if sock is not None:
                raise ValueError("path and sock can not be specified at the same time")
            path = _fspath(path)
            # As CPython: a non-blocking connect(), which for Unix sockets
            # usually completes at once, so no loop iteration passes.
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM, 0)
            try:
                sock.setblocking(False)
                await self.sock_connect(sock, path)
            except:
                sock.close()
                raise
            handle = _uv.pipe(sock.detach())
        else:
            if sock is None:
                raise ValueError("no path and sock were specified")
            if sock.family != socket.AF_UNIX or sock.type != socket.SOCK_STREAM:
                raise ValueError(f"A UNIX Domain Stream Socket was expected, got {sock!r}")
            handle = _uv.pipe(sock.detach())
        return await self._create_connection_transport(handle, socket.AF_UNIX, protocol_factory)

    # -- plain sockets (CPython's sock_* API, on add_reader / add_writer)
    async def sock_connect(self, sock, address):
        fut = self.create_future()
        try:
            sock.connect(address)
        except (BlockingIOError, InterruptedError):
            fd = sock.fileno()
            self.add_writer(fd, self._sock_connect_cb, fut, sock, address)
            fut.add_done_callback(lambda f: self.remove_writer(fd))
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(None)
        return await fut

    def _sock_connect_cb(self, fut, sock, address):
        if fut.done():
            return
        try:
            err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if err != 0:
                raise OSError(err, f"Connect call failed {address}")
        except (BlockingIOError, InterruptedError):
            pass
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(None)

    async def sock_recv(self, sock, n):
        try:
            return sock.recv(n)
        except (BlockingIOError, InterruptedError):
            pass
        fut = self.create_future()
        fd = sock.fileno()

        def ready():
            if fut.done():
                return
            try:
                data = sock.recv(n)
            except (BlockingIOError, InterruptedError):
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                fut.set_exception(exc)
            else:
                fut.set_result(data)

        self.add_reader(fd, ready)
        fut.add_done_callback(lambda f: self.remove_reader(fd))
        return await fut

    async def sock_sendall(self, sock, data):
        data = bytes(data)
        try:
            n = sock.send(data)
        except (BlockingIOError, InterruptedError):
            n = 0
        if n == len(data):
            return
        fut = self.create_future()
        fd = sock.fileno()
        pos = [n]

        def ready():
            if fut.done():
                return
            try:
                pos[0] += sock.send(data[pos[0]:])
            except (BlockingIOError, InterruptedError):
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                fut.set_exception(exc)
                return
            if pos[0] == len(data):
                fut.set_result(None)

        self.add_writer(fd, ready)
        fut.add_done_callback(lambda f: self.remove_writer(fd))
        return await fut

    async def sock_accept(self, sock):
        fut = self.create_future()
        fd = sock.fileno()

        def ready():
            if fut.done():
                return
            try:
                conn, address = sock.accept()
                conn.setblocking(False)
            except (BlockingIOError, InterruptedError):
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                fut.set_exception(exc)
            else:
                fut.set_result((conn, address))

        self.add_reader(fd, ready)
        fut.add_done_callback(lambda f: self.remove_reader(fd))
        return await fut

    # -- streams: servers
    async def create_server(self, protocol_factory, host=None, port=None, *,
                            family=socket.AF_UNSPEC, flags=socket.AI_PASSIVE, sock=None,
                            backlog=100, ssl=None, reuse_address=None, reuse_port=None,
                            ssl_handshake_timeout=None, ssl_shutdown_timeout=None,
                            start_serving=True):
        if isinstance(ssl, bool):
            raise TypeError("ssl argument must be an SSLContext or None")
        if ssl is not None:
            raise NotImplementedError("asp has no ssl support")
        if ssl_handshake_timeout is not None:
            raise ValueError("ssl_handshake_timeout is only meaningful with ssl")
        if ssl_shutdown_timeout is not None:
            raise ValueError("ssl_shutdown_timeout is only meaningful with ssl")
        if host is not None or port is not None:
            if sock is not None:
                raise ValueError("host/port and sock can not be specified at the same time")
            if reuse_address is None:
                reuse_address = True
            sockets = []
            if host == "":
                hosts = [None]
            elif isinstance(host, str) or not isinstance(host, (list, tuple, set)):
                hosts = [host]
            else:
                hosts = host
            fs = [self._create_server_getaddrinfo(h, port, family, flags) for h in hosts]
            infos = await tasks.gather(*fs)
            seen = []
            for group in infos:
                for info in group:
                    if info not in seen:
                        seen.append(info)
            infos = seen
            completed = False
            try:
                for res in infos:
                    af, socktype, proto, canonname, sa = res
                    try:
                        sock = socket.socket(af, socktype, proto)
                    except OSError:
                        continue
                    sockets.append(sock)
                    if reuse_address:
                        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, True)
                    if reuse_port:
                        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
                    if af == socket.AF_INET6:
                        sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, True)
                    try:
                        sock.bind(sa)
                    except OSError as err:
                        msg = ("error while attempting to bind on address %r: %s"
                               % (sa, err.strerror.lower()))
                        if err.errno == _EADDRNOTAVAIL:
                            sockets.pop()
                            sock.close()
                            continue
                        raise OSError(err.errno, msg) from None
                if not sockets:
                    raise OSError("could not bind on any address out of %r" % ([info[4] for info in infos],))
                completed = True
            finally:
                if not completed:
                    for sock in sockets:
                        sock.close()
        else:
            if sock is None:
                raise ValueError("Neither host/port nor sock were specified")
            if sock.type != socket.SOCK_STREAM:
                raise ValueError(f"A Stream Socket was expected, got {sock!r}")
            sockets = [sock]
        for sock in sockets:
            sock.setblocking(False)
        server = Server(self, sockets, protocol_factory, ssl, backlog)
        if start_serving:
            server._start_serving()
            await tasks.sleep(0)
        return server

    async def _create_server_getaddrinfo(self, host, port, family, flags):
        return await self._ensure_resolved((host, port), family=family, type=socket.SOCK_STREAM,
                                           flags=flags)

    async def create_unix_server(self, protocol_factory, path=None, *, sock=None, backlog=100,
                                 ssl=None, ssl_handshake_timeout=None, ssl_shutdown_timeout=None,
                                 start_serving=True):
        if isinstance(ssl, bool):
            raise TypeError("ssl argument must be an SSLContext or None")
        if ssl is not None:
            raise NotImplementedError("asp has no ssl support")
        if path is not None:
            if sock is not None:
                raise ValueError("path and sock can not be specified at the same time")
            path = _fspath(path)
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            if path[0] not in (0, "\x00"):
                import os
                try:
                    if (os.stat(path).st_mode & 0o170000) == 0o140000:
                        os.remove(path)
                except FileNotFoundError:
                    pass
                except OSError:
                    pass
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
        else:
            if sock is None:
                raise ValueError("path was not specified, and no sock specified")
            if sock.family != socket.AF_UNIX or sock.type != socket.SOCK_STREAM:
                raise ValueError(f"A UNIX Domain Stream Socket was expected, got {sock!r}")
        sock.setblocking(False)
        server = Server(self, [sock], protocol_factory, ssl, backlog)
        if start_serving:
            server._start_serving()
            await tasks.sleep(0)
        return server

    def _start_serving(self, protocol_factory, sock, sslcontext=None, server=None, backlog=100):
        fd = sock.fileno()
        listener = _uv.pipe(fd) if sock.family == socket.AF_UNIX else _uv.tcp(fd)
        # The handle owns the fd now; the socket object only answers queries.
        sock._uv_handle = listener
        self._io_handles.add(listener)
        family = sock.family

        def on_connection(status):
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
            self.call_soon(self._accept_connection, protocol_factory, client, family, server)

        listener.listen(backlog, on_connection)

    def _accept_error(self, exc, sock):
        self.call_exception_handler({
            "message": "socket.accept() out of system resource",
            "exception": exc,
            "socket": TransportSocket(sock),
        })

    def _accept_connection(self, protocol_factory, client, family, server):
        try:
            peer = client.getpeername()
        except OSError:
            peer = None
        extra = {"peername": peer}
        self.create_task(self._accept_connection2(protocol_factory, client, family, extra, server))

    async def _accept_connection2(self, protocol_factory, client, family, extra, server):
        transport = None
        try:
            protocol = protocol_factory()
            waiter = self.create_future()
            transport = _UVStreamTransport(self, client, protocol, waiter, extra, server, family)
            try:
                await waiter
            except BaseException:
                transport.close()
                raise
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if self._debug:
                self.call_exception_handler({
                    "message": "Error on transport creation for incoming connection",
                    "exception": exc,
                })
            if transport is None:
                self._io_handles.discard(client)
                client.close()

    def _stop_serving(self, sock):
        listener = getattr(sock, "_uv_handle", None)
        if listener is not None:
            sock._uv_handle = None
            self._io_handles.discard(listener)
            listener.close()
            sock.detach()
        else:
            sock.close()

    # -- pipes
    async def connect_read_pipe(self, protocol_factory, pipe):
        handle = _pipe_handle(pipe)
        self._io_handles.add(handle)
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = _UVReadPipeTransport(self, handle, protocol, waiter, {"pipe": pipe})
        try:
            await waiter
        except:
            transport.close()
            raise
        return transport, protocol

    async def connect_write_pipe(self, protocol_factory, pipe):
        handle = _pipe_handle(pipe)
        self._io_handles.add(handle)
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = _UVWritePipeTransport(self, handle, protocol, waiter, {"pipe": pipe})
        try:
            await waiter
        except:
            transport.close()
            raise
        return transport, protocol

    # -- child processes
    async def subprocess_shell(self, protocol_factory, cmd, *, stdin=-1, stdout=-1, stderr=-1,
                               universal_newlines=False, shell=True, bufsize=0,
                               encoding=None, errors=None, text=None, **kwargs):
        if not isinstance(cmd, (bytes, str)):
            raise ValueError("cmd must be a string")
        if universal_newlines:
            raise ValueError("universal_newlines must be False")
        if not shell:
            raise ValueError("shell must be True")
        if bufsize != 0:
            raise ValueError("bufsize must be 0")
        if text:
            raise ValueError("text must be False")
        if encoding is not None:
            raise ValueError("encoding must be None")
        if errors is not None:
            raise ValueError("errors must be None")
        protocol = protocol_factory()
        transport = await self._make_subprocess_transport(protocol, cmd, True, stdin, stdout,
                                                          stderr, bufsize, **kwargs)
        return transport, protocol

    async def subprocess_exec(self, protocol_factory, program, *args, stdin=-1, stdout=-1,
                              stderr=-1, universal_newlines=False, shell=False, bufsize=0,
                              encoding=None, errors=None, text=None, **kwargs):
        if universal_newlines:
            raise ValueError("universal_newlines must be False")
        if shell:
            raise ValueError("shell must be False")
        if bufsize != 0:
            raise ValueError("bufsize must be 0")
        if text:
            raise ValueError("text must be False")
        if encoding is not None:
            raise ValueError("encoding must be None")
        if errors is not None:
            raise ValueError("errors must be None")
        popen_args = (program,) + args
        protocol = protocol_factory()
        transport = await self._make_subprocess_transport(protocol, popen_args, False, stdin,
                                                          stdout, stderr, bufsize, **kwargs)
        return transport, protocol

    async def _make_subprocess_transport(self, protocol, args, shell, stdin, stdout, stderr,
                                         bufsize, extra=None, **kwargs):
        waiter = self.create_future()
        transp = _UVSubprocessTransport(self, protocol, args, shell, stdin, stdout, stderr,
                                        bufsize, waiter=waiter, extra=extra, **kwargs)
        try:
            await waiter
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException:
            transp.close()
            await transp._wait()
            raise
        return transp


def _connect_done(fut, status):
    if not fut.done():
        fut.set_result(status)


def _fspath(path):
    if isinstance(path, (str, bytes)):
        return path.decode() if isinstance(path, bytes) else path
    fspath = getattr(type(path), "__fspath__", None)
    if fspath is None:
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(path).__name__}")
    return fspath(path)
