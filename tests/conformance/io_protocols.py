# Protocols and transports used directly: callback order, BufferedProtocol,
# half-close, pause/resume reading, write errors, abort, the abstract
# classes, serve_forever cancelled, connect_read_pipe / connect_write_pipe.
import asyncio
import socket


class Recorder(asyncio.Protocol):
    def __init__(self, name, log, keep_open=False):
        self.name, self.log, self.keep_open = name, log, keep_open
        self.done = asyncio.get_running_loop().create_future()

    def connection_made(self, transport):
        self.transport = transport
        self.log.append((self.name, "made", type(transport.get_extra_info("peername")).__name__))

    def data_received(self, data):
        self.log.append((self.name, "data", data))

    def eof_received(self):
        self.log.append((self.name, "eof"))
        return self.keep_open

    def connection_lost(self, exc):
        self.log.append((self.name, "lost", exc))
        self.done.set_result(None)


class Chunks(asyncio.BufferedProtocol):
    def __init__(self):
        self.buf = bytearray(4)
        self.got = []
        self.done = asyncio.get_running_loop().create_future()

    def get_buffer(self, sizehint):
        return self.buf

    def buffer_updated(self, nbytes):
        self.got.append(bytes(self.buf[:nbytes]))

    def eof_received(self):
        self.got.append("eof")

    def connection_lost(self, exc):
        self.done.set_result(exc)


async def main():
    loop = asyncio.get_running_loop()
    log = []
    server_protos = []

    def factory():
        p = Recorder("server", log, keep_open=True)
        server_protos.append(p)
        return p

    server = await loop.create_server(factory, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    tr, client = await loop.create_connection(lambda: Recorder("client", log), "127.0.0.1", port)
    print(tr.is_reading(), tr.can_write_eof(), tr.get_write_buffer_size(), tr.is_closing())
    tr.write(b"hello ")
    tr.writelines([b"wor", bytearray(b"ld")])
    tr.write(b"")
    try:
        tr.write("text")
    except TypeError as e:
        print("TypeError:", e)
    tr.write_eof()
    try:
        tr.write(b"more")
    except RuntimeError as e:
        print("RuntimeError:", e)
    while len(log) < 4:
        await asyncio.sleep(0.01)
    sp = server_protos[0]
    sp.transport.write(b"reply after eof")
    sp.transport.close()
    await client.done
    await sp.done
    for entry in log:
        print(entry)
    log.clear()

    # pause_reading holds data back until resume_reading
    tr, client = await loop.create_connection(lambda: Recorder("client", log), "127.0.0.1", port)
    while not server_protos[1:]:
        await asyncio.sleep(0.01)
    tr.pause_reading()
    print("paused:", tr.is_reading())
    server_protos[1].transport.write(b"held")
    await asyncio.sleep(0.05)
    print("while paused:", [e for e in log if e[1] == "data"])
    tr.resume_reading()
    await asyncio.sleep(0.05)
    print("after resume:", [e for e in log if e[1] == "data"])
    tr.abort()
    await client.done
    print("aborted:", log[-1], tr.is_closing())
    tr.abort()
    tr.close()
    while len(log) < 3:
        await asyncio.sleep(0.01)
    server_protos[1].transport.close()
    await server_protos[1].done
    log.clear()

    # BufferedProtocol: data arrives through small buffers
    chunks = []
    buf_server = await loop.create_server(lambda: chunks.append(Chunks()) or chunks[-1],
                                          "127.0.0.1", 0)
    r, w = await asyncio.open_connection("127.0.0.1", buf_server.sockets[0].getsockname()[1])
    w.write(b"0123456789")
    w.write_eof()
    print("buffered:", await chunks[0].done, chunks[0].got)
    w.close()
    await w.wait_closed()
    buf_server.close()
    await buf_server.wait_closed()

    # serve_forever, cancelled
    task = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0)
    print("serving:", server.is_serving())
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print("RuntimeError:", "already being awaited" in str(e))
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("serve_forever cancelled; serving:", server.is_serving(), server.sockets)
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print("RuntimeError:", str(e).endswith("is closed"))
    await server.wait_closed()

    # pipes over a socketpair
    a, b = socket.socketpair()
    rtr, rp = await loop.connect_read_pipe(lambda: Recorder("pipe-r", log), a)
    wtr, wp = await loop.connect_write_pipe(lambda: Recorder("pipe-w", log), b)
    print(rtr.get_extra_info("pipe") is a, wtr.can_write_eof())
    wtr.write(b"through the pipe")
    wtr.close()
    await rp.done
    await wp.done
    for entry in log:
        print(entry)

    # the abstract classes
    for cls, method, args in ((asyncio.BaseTransport, "close", ()),
                              (asyncio.ReadTransport, "pause_reading", ()),
                              (asyncio.WriteTransport, "write", (b"x",)),
                              (asyncio.SubprocessTransport, "get_pid", ())):
        try:
            getattr(cls(), method)(*args)
        except NotImplementedError:
            print(cls.__name__, method, "NotImplementedError")
    t = asyncio.BaseTransport({"k": 1})
    print(t.get_extra_info("k"), t.get_extra_info("missing", "dflt"))
    p = asyncio.Protocol()
    print(p.data_received(b"x"), p.eof_received(), p.connection_made(None))
    print([c.__name__ for c in asyncio.Transport.__mro__])
    print(issubclass(asyncio.BufferedProtocol, asyncio.BaseProtocol),
          issubclass(asyncio.SubprocessProtocol, asyncio.Protocol))


asyncio.run(main())
