# loop.add_reader / remove_reader / add_writer / remove_writer on socketpairs:
# arguments, file objects, replacing a callback, level-triggered readiness,
# EOF, callback errors, bad fds, fds owned by a transport, a closed loop.
import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    errors = []
    loop.set_exception_handler(lambda loop, ctx: errors.append(
        (ctx["message"].split(" ")[0], type(ctx.get("exception")).__name__)))

    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)

    got = []
    loop.add_reader(a, lambda tag, n: got.append((tag, a.recv(n))), "file object", 3)
    b.send(b"abcdefgh")
    for _ in range(4):
        await asyncio.sleep(0)
    print("level-triggered, 3 bytes at a time:", got)
    print(loop.remove_reader(a), loop.remove_reader(a.fileno()))

    calls = []
    loop.add_reader(a.fileno(), calls.append, "first")
    loop.add_reader(a.fileno(), calls.append, "second")   # replaces the first
    b.send(b"x")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("replaced:", set(calls), a.recv(10))
    print(loop.remove_reader(a.fileno()))

    # a reader and a writer on the same fd
    events = []
    loop.add_writer(a.fileno(), lambda: events.append("writable"))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("writer fired:", events[:1], loop.remove_writer(a.fileno()), loop.remove_writer(a.fileno()))
    fut = loop.create_future()
    loop.add_reader(a.fileno(), lambda: fut.done() or fut.set_result(a.recv(100)))
    loop.add_writer(a.fileno(), lambda: None)
    print(loop.remove_writer(a.fileno()))
    b.send(b"still reading")
    print("after removing the writer:", await fut)
    loop.remove_reader(a.fileno())

    # EOF: the peer closes, the fd turns readable, recv gives b''
    eof = loop.create_future()
    loop.add_reader(a.fileno(), lambda: eof.done() or eof.set_result(a.recv(100)))
    b.close()
    print("eof:", await eof)
    loop.remove_reader(a.fileno())

    # a failing callback is reported, and it keeps being called while ready
    c, d = socket.socketpair()
    c.setblocking(False)

    def bad():
        raise ZeroDivisionError
    loop.add_reader(c.fileno(), bad)
    d.send(b"!")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    loop.remove_reader(c.fileno())
    print("errors:", errors[:1], len(errors) >= 1)

    # the reader waits for data that comes later, from a timer
    later = loop.create_future()
    loop.add_reader(c.fileno(), lambda: later.done() or later.set_result(c.recv(100)))
    c.recv(100)
    loop.call_later(0.05, d.send, b"later")
    print("timer-driven:", await later)
    loop.remove_reader(c.fileno())
    c.close()
    d.close()

    for bad_fd in (-1, "x", object()):
        try:
            loop.add_reader(bad_fd, print)
        except ValueError as e:
            print("ValueError:", str(e).split(" at ")[0])
    print(loop.remove_reader(12345), loop.remove_writer(12345))

    # an fd that belongs to a transport
    server = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    reader, writer = await asyncio.open_connection("127.0.0.1", server.sockets[0].getsockname()[1])
    fd = writer.get_extra_info("socket").fileno()
    try:
        loop.add_reader(fd, print)
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" is used")[0] == f"File descriptor {fd!r}")
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    a.close()


asyncio.run(main())

loop = asyncio.new_event_loop()
loop.close()
try:
    loop.add_reader(0, print)
except RuntimeError as e:
    print("RuntimeError:", e)
