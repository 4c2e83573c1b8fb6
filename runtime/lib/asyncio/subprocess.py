"""asyncio.subprocess — child processes with stream pipes: Process and
create_subprocess_exec / create_subprocess_shell, over the child-process
transport in uv_events.

Process.stdin is a StreamWriter, Process.stdout / stderr are StreamReaders
(each None unless PIPE was asked for).  Invariant: the process transport is
closed exactly once, when the child has exited and every pipe it reads from
has reported connection lost — so no output is cut short."""

__all__ = 'create_subprocess_exec', 'create_subprocess_shell'

from . import events
from . import protocols
from . import streams
from . import tasks

# The stdio arguments, as in the subprocess module.
PIPE = -1
STDOUT = -2
DEVNULL = -3

_OUTPUT_NAMES = {1: 'stdout', 2: 'stderr'}


class SubprocessStreamProtocol(streams.FlowControlMixin,
                               protocols.SubprocessProtocol):
    """Turns a process transport's events into streams: pipe data goes to the
    StreamReader of its fd, writes to stdin go through a StreamWriter whose
    drain() uses this protocol's flow control."""

    def __init__(self, limit, loop):
        super().__init__(loop=loop)
        self._limit = limit
        self.stdin = self.stdout = self.stderr = None
        self._transport = None
        self._process_exited = False
        self._pipe_fds = []         # output fds whose pipes are still open
        self._stdin_closed = self._loop.create_future()

    def __repr__(self):
        parts = [type(self).__name__]
        for name in ('stdin', 'stdout', 'stderr'):
            stream = getattr(self, name)
            if stream is not None:
                parts.append(f'{name}={stream!r}')
        return f"<{' '.join(parts)}>"

    def connection_made(self, transport):
        self._transport = transport
        for fd, name in _OUTPUT_NAMES.items():
            pipe = transport.get_pipe_transport(fd)
            if pipe is None:
                continue
            reader = streams.StreamReader(limit=self._limit, loop=self._loop)
            reader.set_transport(pipe)
            setattr(self, name, reader)
            self._pipe_fds.append(fd)
        pipe = transport.get_pipe_transport(0)
        if pipe is not None:
            self.stdin = streams.StreamWriter(pipe, protocol=self, reader=None,
                                              loop=self._loop)

    def _reader_for(self, fd):
        name = _OUTPUT_NAMES.get(fd)
        return getattr(self, name) if name is not None else None

    def pipe_data_received(self, fd, data):
        reader = self._reader_for(fd)
        if reader is not None:
            reader.feed_data(data)

    def pipe_connection_lost(self, fd, exc):
        if fd == 0:
            self._stdin_lost(exc)
            return
        reader = self._reader_for(fd)
        if reader is not None:
            if exc is None:
                reader.feed_eof()
            else:
                reader.set_exception(exc)
        if fd in self._pipe_fds:
            self._pipe_fds.remove(fd)
        self._maybe_close_transport()

    def _stdin_lost(self, exc):
        if self.stdin is not None:
            self.stdin.close()
        # The stdin writer's drain() waits on this protocol's flow control.
        self.connection_lost(exc)
        if exc is None:
            self._stdin_closed.set_result(None)
        else:
            self._stdin_closed.set_exception(exc)
            # wait_closed() is optional: an unawaited error is not reported.
            self._stdin_closed._log_traceback = False

    def process_exited(self):
        self._process_exited = True
        self._maybe_close_transport()

    def _maybe_close_transport(self):
        if self._process_exited and not self._pipe_fds:
            self._transport.close()
            self._transport = None

    def _get_close_waiter(self, stream):
        if stream is self.stdin:
            return self._stdin_closed


class Process:
    """A running (or finished) child process."""

    def __init__(self, transport, protocol, loop):
        self._transport = transport
        self._protocol = protocol
        self._loop = loop
        self.stdin = protocol.stdin
        self.stdout = protocol.stdout
        self.stderr = protocol.stderr
        self.pid = transport.get_pid()

    def __repr__(self):
        return f'<{type(self).__name__} {self.pid}>'

    @property
    def returncode(self):
        """The exit status (negative: killed by that signal); None while running."""
        return self._transport.get_returncode()

    async def wait(self):
        """Wait for the process to exit and return its returncode."""
        return await self._transport._wait()

    def send_signal(self, signal):
        self._transport.send_signal(signal)

    def terminate(self):
        self._transport.terminate()

    def kill(self):
        self._transport.kill()

    async def communicate(self, input=None):
        """Send input (if any) to stdin and close it, read stdout and stderr
        to EOF, wait for the exit; return (stdout data, stderr data), with
        None for a stream that is not a pipe."""
        sending = self._send_all(input) if input is not None else _nothing()
        outputs = [self._read_all(fd) if self._reader(fd) is not None else _nothing()
                   for fd in (1, 2)]
        _, out, err = await tasks.gather(sending, *outputs)
        await self.wait()
        return (out, err)

    def _reader(self, fd):
        return self.stdout if fd == 1 else self.stderr

    async def _send_all(self, data):
        try:
            self.stdin.write(data)
            await self.stdin.drain()
        except (BrokenPipeError, ConnectionResetError):
            # A child that exits without reading all its input is normal.
            pass
        self.stdin.close()

    async def _read_all(self, fd):
        pipe = self._transport.get_pipe_transport(fd)
        data = await self._reader(fd).read()
        pipe.close()
        return data


async def _nothing():
    return None


def _protocol_factory(limit, loop):
    return lambda: SubprocessStreamProtocol(limit=limit, loop=loop)


async def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None,
                                  limit=streams._DEFAULT_LIMIT, **kwds):
    """Run cmd through /bin/sh; return its Process."""
    loop = events.get_running_loop()
    transport, protocol = await loop.subprocess_shell(
        _protocol_factory(limit, loop), cmd,
        stdin=stdin, stdout=stdout, stderr=stderr, **kwds)
    return Process(transport, protocol, loop)


async def create_subprocess_exec(program, *args, stdin=None, stdout=None,
                                 stderr=None, limit=streams._DEFAULT_LIMIT, **kwds):
    """Run program with args (no shell); return its Process."""
    loop = events.get_running_loop()
    transport, protocol = await loop.subprocess_exec(
        _protocol_factory(limit, loop), program, *args,
        stdin=stdin, stdout=stdout, stderr=stderr, **kwds)
    return Process(transport, protocol, loop)
