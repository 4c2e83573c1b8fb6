# OS errors with CPython's texts: refused connections, addresses in use,
# missing Unix sockets, bad arguments.
import asyncio


async def main():
    try:
        await asyncio.open_connection("127.0.0.1", 9)
    except OSError as e:
        print(type(e).__name__, e.errno, e)
        print(isinstance(e, ConnectionError), e.args)
    try:
        await asyncio.open_connection("localhost", 9)
    except OSError as e:
        print(type(e).__name__, e)
    server = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        await asyncio.start_server(lambda r, w: None, "127.0.0.1", port, reuse_address=False)
    except OSError as e:
        print(type(e).__name__, e.errno, str(e).replace(str(port), "PORT"))
    server.close()
    await server.wait_closed()
    try:
        await asyncio.open_unix_connection("/tmp/asp-io-errors-missing.sock")
    except OSError as e:
        print(type(e).__name__, e)
    path = "/tmp/asp-io-errors-%d.sock" % port
    userver = await asyncio.start_unix_server(lambda r, w: None, path)
    try:
        await asyncio.start_unix_server(lambda r, w: None, path)
    except OSError as e:
        print("second bind:", type(e).__name__)
    userver.close()
    await userver.wait_closed()
    try:
        await asyncio.open_connection("127.0.0.1", 9, sock=object())
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.open_connection()
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.start_server(lambda r, w: None)
    except ValueError as e:
        print("ValueError:", e)
    r, w = await asyncio.open_unix_connection(path) if False else (None, None)
    import os
    os.remove(path)
    print("done")


asyncio.run(main())
