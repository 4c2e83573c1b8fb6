import math
vals = [0.0, -0.0, 0.1, 0.5, 1.0, -1.5, 2.5, 3.0, 1e16, 1e-5, 0.0001, 123456789012345.6, 1e22, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, float('inf'), float('-inf'), float('nan'), 1/3, 2/3, 100.0, 1e15, 9007199254740993.0, 0.30000000000000004, 1.1, 2.675, 1e-7, 123e-310]
for v in vals:
    print(repr(v), str(v), hash(v) if v == v else 'nan', v.is_integer(), bool(v))
for v in vals:
    if math.isfinite(v):
        print(v.as_integer_ratio(), v.hex(), float.fromhex(v.hex()) == v, round(v), round(v, 1), round(v, 3), round(v, -1), round(v, -2))
a_s = [1.5, -1.5, 7.0, -7.25, 0.1, 1e300, 3, -2]
for a in a_s:
    for b in a_s:
        res = []
        for op in ['+', '-', '*', '/', '//', '%', '**', '<', '<=', '==', '!=', '>', '>=']:
            if op == '**' and a < 0 and b != int(b):
                res.append('complex')  # CPython gives a complex number; asp has none
                continue
            try:
                res.append(eval(f"a {op} b"))
            except Exception as e:
                res.append(type(e).__name__ + ':' + str(e))
        print(a, b, res, divmod(a, b))
print(float('  1.5e3 '), float('inf'), float('-Infinity'), float('nan'), float('1_000.5'), float(' +.5'), float('5.'), float(7), float(2**80), float(True))
for s in ['abc', '', '1e', '1_', '_1', '1__0', '0x10', 'in f', '1.5.5', '--1', 'e5', '.e5']:
    try:
        print(float(s))
    except ValueError as e:
        print(e)
for spec in ['', '.2f', '10.3e', '<10', '>10', '^11', '=+12.3f', '+', ' ', ',', '_', ',.2f', '012,.2f', '.0f', '#.0f', '.3g', '#.3g', 'g', 'G', 'e', 'E', '%', '.1%', 'F', 'n', '.3', '.0', 'z.1f', '*^15.4f', '015', '.10g', '.17g', '.20f', ',.3e', '#', '#e', '#x' if False else 'f']:
    out = []
    for v in [0.0, -0.0, 1.0, -1.5, 2.5, 1234567.891, 1e100, 1e-10, 0.1, float('inf'), float('-inf'), float('nan'), -0.0001, 123456789.0]:
        try:
            out.append(format(v, spec))
        except ValueError as e:
            out.append('ERR ' + str(e))
    print(repr(spec), out)
print(format(2.5, '.0f'), format(3.5, '.0f'), format(1e100, ',.2f'), '{:10.3e}'.format(12345.678), f'{math.pi:.5f}', f'{1e16}', f'{-1e-20:+.3}')
print(1e300 * 1e300, -1e300 * 1e300, 10.0 ** -400, 2.0 ** 0.5, (-2.0) ** 3, (-8.0) ** -1, 0.0 ** 0, float('nan') ** 0, 1 ** float('nan'))
for e in ['2.0 ** 10000', '0.0 ** -1', '1.0 / 0', '1.0 // 0', '1.0 % 0', 'divmod(1.0, 0)', 'float([])', 'float("x" * 3)', 'int(float("inf"))', '(1.5).as_integer_ratio()', 'float.fromhex("0x1.8p1")', 'float.fromhex("-0x1p-1074")', 'float.fromhex("0x1p-1080")', 'float.fromhex(" inf ")', 'float.fromhex("0X1.FFFFFFFFFFFFFP+1023")', 'float.fromhex("0x1.fffffffffffff8p1023")']:
    try:
        print(e, '->', repr(eval(e)))
    except Exception as ex:
        print(e, '->', type(ex).__name__, ex)
print(math.floor(-1.5), math.ceil(-1.5), math.trunc(-1.5), int(-1.5), round(-1.5), round(0.5), round(1.5), round(-0.5), round(2.5), math.floor(1e300) == 10**300)
print((2.5).__round__(), (2.5).__trunc__(), (2.7).__floor__(), (2.1).__ceil__(), (1.5).conjugate(), (1.5).real, (1.5).imag)
print(1 == 1.0, 2**53 + 1 > 2.0**53, 2**53 + 1 == 2.0**53, 10**400 > float('inf'), -10**400 < float('-inf'), 0.5 < 1, 1 < 1.5, hash(1.0) == hash(1), hash(0.5), hash(-0.5), hash(1e100), hash(2.0**61), hash(-2.0**70))
print(round(1234.5678, -2), round(-1234.5678, 2), round(0.125, 2), round(0.375, 2), round(1e300, -299), round(5e-324, 400), round(1.5, 0), round(-0.4, 0), round(123.456, -5))
class F(float):
    pass
f = F(2.5)
print(f, type(f), f + 1, type(f + 1), repr(F('1e3')), F(), isinstance(f, float), f.hex(), F.fromhex('0x1p3'), type(F.fromhex('0x1p3')))
print(sum([0.1] * 10), math.fsum([0.1] * 10), 0.1 + 0.2, 1.1 * 3, 3 * 1.1, 1e308 + 1e308, -1e-320 / 1e10)
