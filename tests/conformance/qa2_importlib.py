import importlib, importlib.util, importlib.machinery, os, sys, tempfile

d = tempfile.mkdtemp()
sys.path.insert(0, d)
with open(os.path.join(d, 'qa2mod.py'), 'w') as f:
    f.write('X = 1\nprint("running qa2mod", __name__)\n')
os.mkdir(os.path.join(d, 'qa2pkg'))
with open(os.path.join(d, 'qa2pkg', '__init__.py'), 'w') as f:
    f.write('print("init qa2pkg")\n')
with open(os.path.join(d, 'qa2pkg', 'sub.py'), 'w') as f:
    f.write('Y = 2\n')

importlib.invalidate_caches()
m = importlib.import_module('qa2mod')
print(m.X, m is sys.modules['qa2mod'], importlib.import_module('qa2mod') is m)
with open(os.path.join(d, 'qa2mod.py'), 'w') as f:
    f.write('X = 10\nZ = 3\nprint("running qa2mod again")\n')
m.extra = 'kept'
r = importlib.reload(m)
print(r is m, m.X, m.Z, m.extra)

sub = importlib.import_module('.sub', 'qa2pkg')
print(sub.__name__, sub.Y, importlib.import_module('qa2pkg.sub') is sub)
print(importlib.import_module('..sub', 'qa2pkg.sub').__name__)
print(importlib.import_module('os.path').__name__ == os.path.__name__)

spec = importlib.util.find_spec('qa2pkg.sub')
print(spec.name, os.path.basename(spec.origin), spec.parent, spec.has_location, spec.submodule_search_locations)
spec = importlib.util.find_spec('qa2pkg')
print(spec.name, os.path.basename(spec.origin), spec.parent, [os.path.basename(p) for p in spec.submodule_search_locations])
print(importlib.util.find_spec('qa2_nosuch'), importlib.util.find_spec('.sub', 'qa2pkg').name)
print(importlib.util.find_spec('sys').origin, importlib.util.resolve_name('..a', 'p.q.r'))

path = os.path.join(d, 'loose.py')
with open(path, 'w') as f:
    f.write('def hello():\n    return "hello from " + __name__\n')
spec = importlib.util.spec_from_file_location('loose_mod', path)
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
print(mod.hello(), mod.__file__ == path, mod.__spec__ is spec, 'loose_mod' in sys.modules)

for bad in [lambda: importlib.import_module('.x'), lambda: importlib.import_module('...x', 'a.b'),
            lambda: importlib.import_module(''), lambda: importlib.import_module('qa2_nosuch'),
            lambda: importlib.reload(3), lambda: importlib.util.find_spec('.x'),
            lambda: importlib.util.find_spec('qa2mod.x'), lambda: importlib.util.find_spec('qa2_nosuch.x')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
del sys.modules['qa2mod']
try:
    importlib.reload(m)
except ImportError as e:
    print(type(e).__name__, e, e.name)
