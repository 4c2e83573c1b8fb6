# Server lifecycle: is_serving, start_serving=False, close, wait_closed,
# serve_forever cancelled, async with, clients after close.
import asyncio


async def handle(reader, writer):
    data = await reader.readline()
    writer.write(b"echo:" + data)
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def ask(port, text):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(text + b"\n")
    reply = await reader.readline()
    writer.close()
    await writer.wait_closed()
    return reply


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, start_serving=False)
    port = server.sockets[0].getsockname()[1]
    print("serving before start:", server.is_serving())
    await server.start_serving()
    print("serving after start:", server.is_serving())
    print(await ask(port, b"one"))
    print(server.get_loop() is asyncio.get_running_loop())
    server.close()
    print("serving after close:", server.is_serving(), server.sockets)
    await server.wait_closed()
    try:
        await ask(port, b"two")
    except ConnectionRefusedError as e:
        print("refused after close:", type(e).__name__)
    server.close()  # closing twice is fine

    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=5)
    port = server.sockets[0].getsockname()[1]
    task = asyncio.create_task(server.serve_forever())
    print(await ask(port, b"three"))
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" is ")[1])
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("serve_forever cancelled; serving:", server.is_serving())
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" is ")[1])

    async with await asyncio.start_server(handle, "127.0.0.1", 0) as server:
        port = server.sockets[0].getsockname()[1]
        print(await asyncio.gather(ask(port, b"a"), ask(port, b"b")))
    print("after async with:", server.is_serving())


asyncio.run(main())
