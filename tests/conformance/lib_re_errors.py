# re: syntax errors — re.error's message, position, lineno/colno and str().
import re

bad = ['(a', 'a)', '[a', '[]', '*a', 'a**', 'a*?+', 'a{2}{3}', '^*', '\\b*', 'a|*', '(*)',
       '{1}', 'a{3,2}', '(?i)a(?i)b', 'a(?i)b', '[\\d-z]', '[z-a]', '\\8', '(a)\\2',
       '(a\\1)', '\\400', '\\x0', '\\u12', '\\U0011000', '(?P<1a>x)', '(?P<a>x)(?P<a>y)',
       '(?P=b)', '(?', '(?P', '(?P<', '(?P<a', '(?Px)', '(?z)', '(?i', '(?i-i:a)', '(?-i)',
       '(?a-u:x)', '(?au)', '(?#abc', '(?(1)a|b|c)', '(?(a)x)', '(?(2)x)(a)', '\\', '\\q',
       '[\\q]', '[\\A]', '(?<a>x)', '(?<=(a)\\1)', '(?L)a', '(?u)a', '(?i-:a)', '(?i-',
       '(?-', '(?i1)', '(?t:a)', '(?P=)', '(?P<>a)', '(?(0)a)', '(?(-1)a)', '(?()a)',
       'a\n(b', 'ab\n)', '[\\8]', '[\\400]', '[\\x]', '((a)', '(?=a', '(?>a', '(?:',
       '(?P<a>(?P=a))', '\\N{', '(?x)a\n  b)']
for p in bad:
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except re.error as e:
        print(repr(p), "->", str(e), "|", repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == p)

for p in ['(?<=a+)b', '(?<=a|bc)', '(?<!x*)']:
    try:
        re.compile(p)
    except re.error as e:
        print(repr(p), "->", e, e.pos, e.pattern)

try:
    re.compile(b'(a')
except re.error as e:
    print(e, e.pattern)
try:
    re.compile('a{4294967295}')
except OverflowError as e:
    print("OverflowError", e)
for f in [re.LOCALE, re.A | re.U]:
    try:
        re.compile("a", f)
    except ValueError as e:
        print("ValueError", e)
try:
    re.compile(b"a", re.U)
except ValueError as e:
    print("ValueError", e)
for args in [(5,), ("a", "b")]:
    try:
        re.compile(*args) if len(args) == 1 else re.compile(args[0]).match(b"b")
    except TypeError as e:
        print("TypeError", e)
try:
    re.compile(b"a").match("a")
except TypeError as e:
    print("TypeError", e)
try:
    re.search("a", 5)
except TypeError as e:
    print("TypeError", e)
print(issubclass(re.error, Exception), re.error.__module__, re.error.__name__)
e = re.error("custom")
print(e.msg, e.pos, e.pattern, str(e))

# Uncaught: the traceback names re.error
re.compile("x(y")
