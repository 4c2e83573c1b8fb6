import sys
import helper_mod
print(helper_mod.VALUE, helper_mod.twice(4), helper_mod.__doc__, helper_mod.__name__)
print(repr(helper_mod).startswith("<module 'helper_mod' from '"), repr(sys), sys.modules['helper_mod'] is helper_mod)
import pkg_a
print(pkg_a.X, pkg_a.f(), pkg_a.mod1.f())
import pkg_a.sub
print(pkg_a.sub.Y, pkg_a.sub.g())
from pkg_a import sub as s2
print(s2 is pkg_a.sub)
import pkg_a.mod1 as m1
print(m1.__name__)
try:
    import pkg_a.sub.deep
except ImportError as e:
    print("ImportError:", e)
try:
    import no_such_module
except ModuleNotFoundError as e:
    print("MNF:", e, e.name)
try:
    from helper_mod import missing
except ImportError as e:
    print("IE:", str(e).replace(__file__.rsplit('/',1)[0], 'DIR'), e.name)
try:
    import pkg_a.nothere
except ModuleNotFoundError as e:
    print("MNF:", e)
try:
    import helper_mod.x
except ModuleNotFoundError as e:
    print("MNF:", e)
m = __import__("pkg_a.mod1")
print(m.__name__)
m = __import__("pkg_a.mod1", fromlist=["f"])
print(m.__name__)
import time, math
print(type(time.time()).__name__, time.monotonic() > 0, repr(time)[:20])
print(__name__, __file__.endswith("main.py"))
