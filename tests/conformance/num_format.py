specs = ['', 'd', '5d', '<5', '^7', '=+8', '+', ' ', '-', ',', '_', '010', '010,', '08,', '0=10,', '*>10', 'x', 'X', '#x', '#X', 'o', '#o', 'b', '#b', '_b', '#_x', '012_b', '#010x', 'c', 'n', 'e', '.2e', 'f', '.1f', 'g', '%', 'E', 'G', 'F', ',d', '.2', 'z', 'q', ',x', '#c', '+c', ',c', '_n', 'abc', '\u00e9^9', 'r']
for v in [0, 1, -1, 42, -42, 255, 65, 1234567, -1234567, 2**70, -2**70, True, False]:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ' ' + str(e))
    print(v, out)
print(f'{12345:,}', f'{-12345:_}', f'{255:#06x}', f'{3:03}', '{:>+10,}'.format(1234567), '{0:b}'.format(10), '%d %5d %-5d| %x %o %05d %+d' % (42, 42, 42, 255, 8, -42, 5))
print('%.2f %e %g %10.3f %-10.1f| %s %r' % (3.14159, 12345.678, 0.0001, 2.5, 2.5, 1.5, 2.0))
print(format(10**50, ','), format(-10**30, '_x'), format(2**100, 'e'), format(True, ''), format(True, 'd'), str(True), f'{True:>6}', f'{False!r}')
