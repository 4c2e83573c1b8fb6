# loop.add_signal_handler / remove_signal_handler, add_reader on a socketpair,
# run_in_executor.
import asyncio
import os
import signal
import socket


async def main():
    loop = asyncio.get_running_loop()
    got = loop.create_future()
    loop.add_signal_handler(signal.SIGUSR1, lambda tag: got.set_result(tag), "usr1")
    signal.raise_signal(signal.SIGUSR1)
    print("handler ran:", await got)
    print(loop.remove_signal_handler(signal.SIGUSR1), loop.remove_signal_handler(signal.SIGUSR1))
    try:
        loop.add_signal_handler(signal.SIGKILL, print)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        loop.add_signal_handler("x", print)
    except TypeError as e:
        print("TypeError:", e)
    try:
        loop.add_signal_handler(signal.SIGUSR2, main)
    except TypeError as e:
        print("TypeError:", e)

    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    readable = loop.create_future()
    loop.add_reader(a.fileno(), lambda: readable.set_result(a.recv(100)) if not readable.done() else None)
    b.send(b"ping")
    print("reader got:", await readable)
    print(loop.remove_reader(a.fileno()), loop.remove_reader(a.fileno()))
    b.send(b"direct")
    print("sock_recv:", await loop.sock_recv(a, 100))
    await loop.sock_sendall(a, b"back")
    print("sock_recv:", await loop.sock_recv(b, 100))
    a.close()
    b.close()

    print("executor:", await loop.run_in_executor(None, sum, [1, 2, 3]))
    try:
        await loop.run_in_executor(None, int, "x")
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
