# int arithmetic, big ints, bitwise, shifts
vals = [0, 1, -1, 7, -7, 2**61-1, -2**61, 2**61, 2**62, -2**62-3, 2**64+1, -(2**100)+5, 10**30, 12345678901234567890123]
ops = ['+', '-', '*', '//', '%', '&', '|', '^']
for a in vals:
    for b in vals:
        for op in ops:
            try:
                r = eval(f"a {op} b")
            except Exception as e:
                r = type(e).__name__ + ': ' + str(e)
            print(a, op, b, '=', r)
        try:
            print(divmod(a, b))
        except ZeroDivisionError as e:
            print('ZDE', e)
        try:
            print(a / b)
        except Exception as e:
            print(type(e).__name__, e)
for a in vals:
    print(-a, +a, abs(a), ~a, a.bit_length(), bool(a), hash(a), a.bit_count())
    for s in [0, 1, 3, 61, 62, 63, 64, 100]:
        print(a << s, a >> s)
print(2**-2, (-2)**-3, 3**40, (-3)**41, 7**0, 0**0)
print(pow(3, 100, 7), pow(-3, 5, 7), pow(3, -1, 7), pow(5, 3, -7), pow(2**100, 2**50, 10**9+7))
print(10**400 // 10**399, 10**400 / 7 if False else 0, 1/3, 2**53+1, float(2**53+1), float(2**1023*1.5 if False else 2**1023))
print(7 // -2, -7 // 2, 7 % -2, -7 % 2, 0 // 5, -0 % 3)
print(int(3.9), int(-3.9), int(1e20), int('  -42  '), int('0x1F', 16), int('z', 36), int('0b101', 0), int('0o17', 0), int('1_000_000'))
print(int(True), int(), int('10', base=2), int(b' 77 '), int(bytearray(b'12')))
print((255).to_bytes(2, 'big'), (255).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True), (1024).to_bytes(4, byteorder='little'))
print(int.from_bytes(b'\x00\xff', 'big'), int.from_bytes(b'\xff\xff', 'little', signed=True), int.from_bytes([1, 2, 3], 'big'))
print((5).as_integer_ratio(), (5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print(round(12345, -2), round(12350, -2), round(12450, -2), round(-12350, -2), round(5, 2), round(15, -1), round(25, -1), round(7, None))
print(hex(255), oct(-8), bin(5), hex(-2**70))
print(1 < 2, 2**100 > 2**99, -2**100 < 5, 1 == 1.0, 2**53+1 == float(2**53+1), 2**53 == float(2**53), 10**400 > 1e308, 10**400 < float('inf'))
print(1 < float('nan'), 1 == float('nan'), 1 != float('nan'))
print(hash(2**61), hash(2**61-1), hash(-2**61+1), hash(10**30), hash(-10**30), hash(-1), hash(True), hash(2**64))
print(True + True, True & False, True | False, True ^ True, ~True, -True, True * 3, True / 2, repr(True & True), type(True & 1))
print(bool(0), bool(5), bool(), bool([]), bool([1]), True == 1, False < True, str(True), repr(False))
for x in [1 << 10, 2**200, -2**200]:
    print(str(x), repr(x), len(str(x)))
print(int('9' * 4300) % 1000)
try:
    str(10**4300)
except ValueError as e:
    print(e)
print(int.__add__(3, 4), int.__radd__(3, 4), (3).__rsub__(10), int.__add__(3, 4.0))
print(2**62 * 2**62, (2**62) * -1, (-2**61) * -1, (-2**61) // -1, (2**61-1) + 1, -2**61 - 1)
