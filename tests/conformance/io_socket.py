# The socket module's basics: constants, socketpair, bind/listen/getsockname,
# getaddrinfo on numeric hosts, gethostname.
import socket

print(socket.AF_INET, socket.AF_INET6, socket.AF_UNIX, socket.SOCK_STREAM,
      socket.SOL_SOCKET, socket.SO_REUSEADDR)
a, b = socket.socketpair()
print(a.family == socket.AF_UNIX, a.type == socket.SOCK_STREAM, a.fileno() >= 0)
a.sendall(b"ping")
print(b.recv(10))
b.send(b"pong")
print(a.recv(10))
a.close()
print(b.recv(10), a.fileno())
b.close()

with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
    s.bind(("127.0.0.1", 0))
    s.listen(5)
    host, port = s.getsockname()
    print(host, 0 < port < 65536)
    c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    c.connect(("127.0.0.1", port))
    conn, addr = s.accept()
    print(addr[0], conn.getpeername() == c.getsockname(), c.getpeername() == s.getsockname())
    conn.sendall(b"hi")
    print(c.recv(2))
    conn.close()
    c.close()
print(s.fileno())

print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo("::1", 8080, socket.AF_INET6, socket.SOCK_STREAM)[0][4])
print(type(socket.gethostname()).__name__, len(socket.gethostname()) > 0)
try:
    socket.socket().connect(("127.0.0.1", 9))
except ConnectionRefusedError as e:
    print(type(e).__name__, e)
print(issubclass(socket.gaierror, OSError), socket.error is OSError)
