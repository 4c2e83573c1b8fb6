# The loop's plain-socket coroutines: sock_accept, sock_connect (TCP, and a
# refused one), sock_sendall of more than a socket buffer holds, sock_recv
# until EOF.
import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    listener.setblocking(False)
    port = listener.getsockname()[1]

    client = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    client.setblocking(False)
    accepting = asyncio.create_task(loop.sock_accept(listener))
    await loop.sock_connect(client, ("127.0.0.1", port))
    conn, addr = await accepting
    print("accepted:", addr[0], conn.getblocking(), conn.getpeername() == client.getsockname())

    payload = bytes(range(256)) * 8192          # 2 MiB
    sending = asyncio.create_task(loop.sock_sendall(client, payload))
    received = bytearray()
    while len(received) < len(payload):
        chunk = await loop.sock_recv(conn, 65536)
        if not chunk:
            break
        received += chunk
    await sending
    print("sendall/recv:", len(received), received == payload)
    client.close()
    print("recv at EOF:", await loop.sock_recv(conn, 100))
    conn.close()
    listener.close()

    refused = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    refused.setblocking(False)
    try:
        await loop.sock_connect(refused, ("127.0.0.1", port))
    except OSError as e:
        print(type(e).__name__, e.errno)
    refused.close()


asyncio.run(main())
