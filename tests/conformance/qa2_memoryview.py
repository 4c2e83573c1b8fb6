"""memoryview over bytes / bytearray (qa2): indexing, slicing, assignment,
cast, release, with, and the modules that take buffers."""
m = memoryview(b'abcdef')
print(len(m), m[0], m[-1], repr(m[1:4])[:10], bytes(m[1:4]), m[::2].tobytes(), m.tolist(), m.nbytes, m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.obj, m.c_contiguous, m.contiguous)
print(m == b'abcdef', m[::2] == b'ace', m == bytearray(b'abcdef'), m == 'abcdef', hash(m) == hash(b'abcdef'))
print(m.hex(), m.hex(':'), m[::-1].tobytes(), list(m[:3]), 99 in m, m[::2].nbytes, m[::2].strides)
ba = bytearray(b'xyz')
w = memoryview(ba)
w[0] = 65; w[1:3] = b'BC'; print(ba, w.readonly)
for bad in [lambda: w[5], lambda: w.__setitem__(0, 300), lambda: w.__setitem__(slice(0, 2), b'a'), lambda: m.__setitem__(0, 1), lambda: memoryview('s'), lambda: memoryview(3), lambda: w['a'], lambda: hash(w), lambda: w.__setitem__(0, b'a'), lambda: m[1.5], lambda: w.cast('X')]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
with memoryview(b'hi') as q:
    print(q.tobytes())
try: q[0]
except ValueError as e: print(e)
try: len(q)
except ValueError as e: print(e)
print(repr(q)[:18])
r = memoryview(b'ab'); r.release(); r.release(); print(r == r, r == b'ab')
c = memoryview(bytearray(b'\x01\x00\x02\x00')).cast('H'); print(c.tolist(), c.format, c.itemsize, len(c), c.nbytes, c[1])
print(c.cast('B').tolist(), memoryview(b'ab').cast('c').tolist(), memoryview(b'\xff').cast('b').tolist())
print(repr(memoryview(m))[:10], memoryview(m).obj is m.obj)
print(bytearray(m[1:3]), b''.join([m[:2], b'-']), b'x' + m[:1], m.toreadonly().readonly)
import struct, base64, binascii
print(struct.unpack('<HH', memoryview(b'\x01\x00\x02\x00')), struct.unpack_from('<H', memoryview(b'\x00\x01\x00'), 1))
print(base64.b64encode(memoryview(b'hello')), base64.b64decode(memoryview(b'aGVsbG8=')), binascii.hexlify(memoryview(b'\x01\x02')))
print(isinstance(m, memoryview), type(m).__name__, str(b'ab'.decode()), memoryview(b'abc')[1:].tobytes(), m[2:2].tobytes())
print(list(reversed(memoryview(b'abc'))), sorted(memoryview(b'cab')))
print(memoryview(b'ab').tobytes().decode(), str(memoryview(b'ab'), 'ascii') if False else '')
