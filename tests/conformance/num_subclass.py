class MyInt(int):
    def extra(self): return self * 2
m = MyInt(21)
print(m, m.extra(), m + 1, type(m + 1), type(m), isinstance(m, int), hash(m), m == 21, -m, abs(MyInt(-3)), MyInt('ff', 16), int(m), type(int(m)))
m.attr = 5
print(m.attr, MyInt(2**100) // 3, MyInt(), MyInt(2**70) + MyInt(2**70))
try:
    type('B', (bool,), {})
except TypeError as e:
    print(e)
