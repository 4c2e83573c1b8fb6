import struct
for args in [('h', 40000), ('B', -1), ('b', 200), ('i', 'x'), ('i', 1.5), ('ii', 1), ('c', b'ab'), ('s', 'x'), ('e', 1e10), ('Q', -1), ('q', 2**63), ('I', 2**32), ('L', -1), ('n', 2**63), ('<f', 1e300), ('<d', 'x'), ('<i',), ('<i', 1, 2)]:
    try: print(args[0], struct.pack(*args))
    except Exception as e: print(args[0], type(e).__name__, e)
for f, v in [('<b', 200), ('<B', 300), ('<h', 40000), ('<H', -1), ('<l', 2**31), ('<L', -1), ('<L', 2**32), ('l', 2**63),('L', -1), ('<I', -1), ('I', -1), ('b', -200), ('N', -1), ('q', 2**63), ('Q', -1), ('<Q', -1), ('?', 1), ('?', []), ('P', -1), ('f', 1e300)]:
    try: print(f, struct.pack(f, v))
    except Exception as e: print(f, e)
for a in [('i', b'abc'), ('zz', b''), ('3', b''), ('<n', b''), ('<i', b'12345')]:
    try: struct.unpack(*a)
    except Exception as e: print(a[0], type(e).__name__, e)
print(struct.calcsize('@bhiq'), struct.calcsize('=bhiq'), struct.calcsize('ci'), struct.calcsize('@iic'), struct.calcsize('0i'), struct.calcsize('P'), struct.calcsize('@?d'), struct.calcsize('<3si2x'))
try: print(struct.pack('<e', 65520.0))
except Exception as e: print(e)
for v in [65519.0, 1e-8, 5.96e-8 * 3, 1e-46, 3.4028235e38, -0.0, 1.0, -2.5, 0.1, 1/3, 1e-40, 6.1e-5, 2.0**-23, 2.0**-25, 7*2.0**-26, float('inf'), -float('inf'), 1e-310, 5e-324, 1.7976931348623157e308]:
    out = []
    for code in '<e', '>f', '<d', 'f', 'd':
        try:
            b = struct.pack(code, v)
            out.append(b.hex() + ':' + repr(struct.unpack(code, b)[0]))
        except OverflowError as e:
            out.append('OverflowError')
    print(v, out)
print(struct.pack('<f', float('nan')).hex(), struct.pack('>d', float('nan')).hex(), struct.pack('<e', float('nan')).hex(), struct.pack('<d', -float('nan')).hex())
print(struct.unpack('<e', b'\x00\x7c'), struct.unpack('<f', b'\x00\x00\xc0\x7f'), struct.unpack('<e', b'\x02\x00'))
print(struct.pack('5p', b'abc'), struct.pack('2p', b'abc'), struct.pack('3s', b'abcdef'), struct.pack('5s', b'ab'), struct.unpack('5p', b'\x03abcd'), struct.pack('0s', b'x'))
print(struct.pack('!h', -2), struct.pack('>?', 5), struct.pack('<q', -3), struct.pack('i', True))
class I:
    def __index__(self): return 7
print(struct.pack('<i', I()), struct.pack('<d', 3), struct.pack('<d', I()))
print(struct.unpack('<?', b'\x05'), struct.unpack('bhi', struct.pack('bhi', 1, 2, 3)), struct.pack('bhi', 1, 2, 3), struct.Struct('<i').size)
s = struct.Struct('<2h')
print(s.format, s.size, s.pack(1, 2), s.unpack(b'\x01\x00\x02\x00'), list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')))
b = bytearray(8); struct.pack_into('<hh', b, 2, 5, 6); print(b, struct.unpack_from('<h', b, 4), struct.unpack_from('<h', b, offset=2))
try: struct.unpack_from('<i', b, 6)
except Exception as e: print(e)
try: struct.pack_into('<i', b, 6, 1)
except Exception as e: print(e)
try: list(struct.iter_unpack('<i', b'abc'))
except Exception as e: print(e)
print(struct.pack('x'), struct.pack('3x'), struct.pack('>3si2x', b'ab', 7), struct.pack('<QqHhBbIi', 2**64-1, -2**63, 65535, -32768, 255, -128, 2**32-1, -2**31))
print(struct.unpack('<QqHhBbIi', struct.pack('<QqHhBbIi', 2**64-1, -2**63, 65535, -32768, 255, -128, 2**32-1, -2**31)))
print(struct.unpack('>cc?', b'ab\x00'), struct.pack('@bq', 1, 2), struct.pack('=bq', 1, 2))
print(isinstance(struct.error('x'), Exception), struct.pack(b'<h', 1), struct.unpack('<h', bytearray(b'\x01\x02')))
total = 0
for i in range(5000):
    total += struct.unpack('<I', struct.pack('<I', i))[0]
print(total)
