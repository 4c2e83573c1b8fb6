import fnmatch, glob, getopt, os
for p in ['*.py', 'a*b*c', '[!a-c]?', '[]]', '[a-', 'x[', '**', '[^a]', 'a[!]b]c', '*.[ch]', '[z-a]', 'a\\*', '?', '[!]', 'a[b-d-f]g', '[a-]', '[-a]', '[a-c-]', '[--a]', '[a\\-c]', '[!-]', '[&~|]', 'a.b(c)']:
    print(repr(p), repr(fnmatch.translate(p)))
names = ['a.py', 'b.txt', 'abc', 'abbc', 'ac', 'x]', ']', 'd1', 'a*', 'a\\bc', '.hidden', 'A.PY', 'a[b', '[', 'x', 'b', '-', 'e']
for p in ['*.py', 'a*b*c', '[!a-c]?', '[]]', '[a-', 'a*c', '*', '?', 'a\\*', '[!]', '[z-a]', '*.PY', 'a[[]b', '[a-]', '[-a]', '*[!c]', 'a?*']:
    print(repr(p), fnmatch.filter(names, p), fnmatch.fnmatchcase('A.PY', p))
print(fnmatch.fnmatch('x' * 30, '*x*x*x*x*y'), fnmatch.fnmatch('abcabcabd', '*abd'), fnmatch.fnmatch('a/b', 'a*'))
os.makedirs('_globtest/sub/deep', exist_ok=True)
for f in ['_globtest/a.txt', '_globtest/b.py', '_globtest/.hid', '_globtest/sub/c.txt', '_globtest/sub/deep/d.txt']:
    open(f, 'w').close()
print(sorted(glob.glob('_globtest/*')))
print(sorted(glob.glob('_globtest/*.txt')), sorted(glob.glob('_globtest/*/*.txt')), sorted(glob.glob('_globtest/**/*.txt', recursive=True)))
print(sorted(glob.glob('_globtest/**', recursive=True)), sorted(glob.glob('_globtest/**/', recursive=True)))
print(sorted(glob.glob('*', root_dir='_globtest')), sorted(glob.glob('**/*.txt', root_dir='_globtest', recursive=True)), sorted(glob.glob('_globtest/*', include_hidden=True)))
print(glob.glob('_globtest/a.txt'), glob.glob('_globtest/nope'), glob.glob('_globtest/sub/'), glob.escape('a*b?[c]'), glob.has_magic('a[b'), sorted(glob.glob('_glob?est/s*/d*')))
for f in ['_globtest/a.txt', '_globtest/b.py', '_globtest/.hid', '_globtest/sub/c.txt', '_globtest/sub/deep/d.txt']:
    os.remove(f)
os.rmdir('_globtest/sub/deep'); os.rmdir('_globtest/sub'); os.rmdir('_globtest')
print(getopt.getopt(['-a', '-bc', 'val', '-c', 'x', '--long', '--opt=1', 'rest', '-z'], 'abc:', ['long', 'opt=']))
print(getopt.getopt(['-ab', 'file', '--', '-x'], 'ab'), getopt.getopt(['--', '-a'], 'a'), getopt.getopt(['-', '-a'], 'a'))
print(getopt.gnu_getopt(['file', '-a', 'x', '--lo', 'f2', '--', '-b'], 'a:b', ['long']))
print(getopt.gnu_getopt(['file', '-a'], '+a'))
for args, s, l in [(['-x'], 'a', []), (['-a'], 'a:', []), (['--foo'], '', ['bar']), (['--bar'], '', ['bar=']), (['--bar=1'], '', ['bar']), (['--b'], '', ['bar', 'baz']), (['--ba'], '', ['bar', 'bar='])]:
    try:
        print(getopt.getopt(args, s, l))
    except getopt.GetoptError as e:
        print("GetoptError:", e, "|", e.opt, "|", e.msg)
print(getopt.getopt(['--ba=3'], '', ['bar=']), getopt.getopt(['--bar'], '', 'bar'))
