class I:
    def __int__(self): return 42
class X:
    def __index__(self): return 7
class T:
    def __trunc__(self): return 9
class BadI:
    def __int__(self): return 'no'
class Fl:
    def __float__(self): return 1.25
class BadF:
    def __float__(self): return 1
class B:
    def __bool__(self): return False
class L:
    def __len__(self): return 3
def t(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(repr(r))
for v in [I(), X(), T(), BadI(), Fl(), BadF(), 'x', [], None, 3.7, -3.7, '  12  ', b'34', '1e3', '0x10', True, 2**80]:
    t(int, v); t(float, v)
t(int, '10', 2); t(int, '10', 36); t(int, 'Z', 36); t(int, '10', 37); t(int, '10', 1); t(int, '10', X()); t(int, 10, 2); t(int, '0b11', 0); t(int, '0B11', 2); t(int, '0o7', 8); t(int, '0x', 0); t(int, '_1', 10); t(int, '1_', 10); t(int, '0_0', 0); t(int, '00', 0); t(int, '08', 0); t(int, '-0', 0); t(int, '', 10); t(int, ' ', 10); t(int, '+', 10); t(int, '١٢', 10)
t(bool, B()); t(bool, L()); t(bool, 0.0); t(bool, 'a'); t(bool); t(int); t(float)
t(lambda: int(x=5)); t(lambda: int('5', base=8)); t(lambda: float(x=1)); t(lambda: bool(x=1)); t(lambda: int(1, 2, 3)); t(lambda: float(1, 2))
t(lambda: 1 + 'a'); t(lambda: 'a' * 2.0); t(lambda: 1.5 + None); t(lambda: -'a'); t(lambda: 5 < 'a'); t(lambda: 2 ** 'a'); t(lambda: pow(2, 3, 1.0)); t(lambda: pow(2.0, 3, 5))
t(lambda: [1, 2, 3][True]); t(lambda: 'abc' * True); t(lambda: hash(True) == hash(1) == hash(1.0)); t(lambda: {1: 'a', 1.0: 'b', True: 'c'})
t(lambda: (10).__round__(-1)); t(lambda: round(15.5)); t(lambda: round(-15.5)); t(lambda: round(1e20)); t(lambda: round(0.5000000000000001)); t(lambda: round(2**60 + 0.0))
t(lambda: 7 .__truediv__(2)); t(lambda: (7).__rtruediv__(2)); t(lambda: (2.0).__rpow__(3)); t(lambda: int.__new__(int, '5')); t(lambda: float.__new__(float, '5'))
t(lambda: (3).__pow__(2, 5)); t(lambda: (1.5).__divmod__(0.5)); t(lambda: (7).__rmod__(20)); t(lambda: (1).__lt__(1.5)); t(lambda: (1.5).__gt__(1)); t(lambda: (1).__eq__('a'))
t(lambda: sum([1, 2.5, 3])); t(lambda: max(1, 2.5, 2)); t(lambda: min(-1, -1.0)); t(lambda: abs(-2**70)); t(lambda: abs(-0.0)); t(lambda: divmod(-7, 2)); t(lambda: divmod(7.5, -2))
t(lambda: 0.1 + 0.2 == 0.3); t(lambda: 1e308 * 10); t(lambda: -(2**63)); t(lambda: 2**63 - 1); t(lambda: (-2)**63); t(lambda: 2**64 // 2**32); t(lambda: -2**64 >> 1); t(lambda: ~2**64)
t(lambda: (255).to_bytes(1, 'big', signed=True)); t(lambda: (-129).to_bytes(1, 'big', signed=True)); t(lambda: (-128).to_bytes(1, 'big', signed=True)); t(lambda: (0).to_bytes(0, 'big')); t(lambda: (1).to_bytes(0, 'big')); t(lambda: (1).to_bytes(2, 'middle')); t(lambda: (-1).to_bytes(2, 'big'))
t(lambda: (2**64).to_bytes(9, 'little')); t(lambda: int.from_bytes(b'\x80', 'big', signed=True)); t(lambda: int.from_bytes(b'', 'big', signed=True)); t(lambda: bool.from_bytes(b'\x01', 'big')); t(lambda: (5).to_bytes())
t(lambda: float('1' * 400)); t(lambda: float('-' + '9' * 400 + 'e-400')); t(lambda: float('1e-400')); t(lambda: float('0.' + '0' * 330 + '1')); t(lambda: int(1e300))
