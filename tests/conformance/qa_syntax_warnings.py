# Compile-time SyntaxWarnings: 'is' with a literal, calling/subscripting a literal (a forgotten comma).
x = 5
print(x is 1, x is not (), x is -1, x is (1, 2), x is (x, 1), x is [], x is None, 1 is x, x is ..., x is True, x is 'a', x is b'', x is 1.5)
exec("y = 1\nprint(y is 2)")
print(x is 1 is 2, x == 1 is x)
def f():
    return [(1, 2) (3, 4)] if False else 0
print(f())
try: None()
except TypeError as e: print(e)
try: (1)[0]
except TypeError as e: print(e)
try: [1]['a']
except TypeError as e: print(e)
try: 'abc'[1.5]
except TypeError as e: print(e)
try: (1, 2)['x']
except TypeError as e: print(e)
try: {1}[0]
except TypeError as e: print(e)
try: (lambda: 1)[0]
except TypeError as e: print(e)
try: [x for x in 'a']['q']
except TypeError as e: print(e)
try: f'x'[None]
except TypeError as e: print(e)
try: (x, 1)[[]]
except TypeError as e: print(e)
try: 'abc'[-1:], 'abc'[True], (1,)[x - 5]
except TypeError as e: print(e)
try: -1[0]
except TypeError as e: print(e)
try: ...[0]
except TypeError as e: print(e)
try: {}['k']
except KeyError as e: print(e)
try: {x: 1 for x in 'a'}()
except TypeError as e: print(e)
try: f'{x}'()
except TypeError as e: print(e)
try: (x for x in 'a')()
except TypeError as e: print(e)
try: (x for x in 'a')[0]
except TypeError as e: print(e)
try: 'a'()
except TypeError as e: print(e)
try: 1.5()
except TypeError as e: print(e)
try: [1, 2] (3)
except TypeError as e: print(e)
try: {1, 2}()
except TypeError as e: print(e)
try: (-1)()
except TypeError as e: print(e)
