import io
s = io.StringIO(); s.write("hello\n"); print("x", file=s); print(repr(s.getvalue()))
s.seek(0); print(s.readline(), s.read(), list(io.StringIO("a\nb\nc")), io.StringIO("abc").read(2))
b = io.BytesIO(b"xyz"); b.seek(0, 2); b.write(b"!"); print(b.getvalue())
try: s.write(5)
except TypeError as e: print(e)
s.close()
try: s.read()
except ValueError as e: print(e)
