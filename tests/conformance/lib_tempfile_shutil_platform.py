import os, tempfile, shutil, platform, sys
d = tempfile.mkdtemp(prefix="asp_", suffix="_t")
print(os.path.isdir(d), os.path.basename(d).startswith("asp_"), d.endswith("_t"), os.path.isabs(d), len(os.path.basename(d)) == len("asp_") + 8 + 2)
fd, p = tempfile.mkstemp(dir=d, suffix=".txt")
print(isinstance(fd, int), p.startswith(d), p.endswith(".txt"), os.path.exists(p))
with open(p, "w") as f:
    f.write("hello\n" * 3)
with tempfile.NamedTemporaryFile("w+", dir=d, suffix=".log") as nf:
    nf.write("data")
    nf.flush()
    name = nf.name
    print(os.path.exists(name), name.endswith(".log"))
    nf.seek(0)
    print(nf.read())
print(os.path.exists(name))
nf = tempfile.NamedTemporaryFile(dir=d, delete=False)
nf.write(b"bytes")
nf.close()
print(open(nf.name, "rb").read(), os.path.exists(nf.name))
with tempfile.TemporaryDirectory(dir=d) as td:
    print(os.path.isdir(td))
    open(os.path.join(td, "x"), "w").close()
    os.mkdir(os.path.join(td, "sub"))
    open(os.path.join(td, "sub", "y"), "w").close()
print(os.path.exists(td))
t = tempfile.TemporaryFile()
t.write(b"abc"); t.seek(0); print(t.read()); t.close()
print(tempfile.gettempdir() == os.path.abspath(os.environ.get("TMPDIR", "/tmp")) or True, tempfile.gettempprefix())
src = os.path.join(d, "src")
os.makedirs(os.path.join(src, "a", "b"))
for rel in ["f1.txt", "a/f2.py", "a/b/f3.txt"]:
    with open(os.path.join(src, rel), "w") as f:
        f.write(rel)
print(shutil.copyfile(p, os.path.join(d, "copy.txt")) == os.path.join(d, "copy.txt"), open(os.path.join(d, "copy.txt")).read().count("hello"))
print(shutil.copy(p, src) == os.path.join(src, os.path.basename(p)))
try:
    shutil.copyfile(p, p)
except shutil.SameFileError as e:
    print("SameFileError", str(e).endswith("are the same file"))
dst = shutil.copytree(src, os.path.join(d, "dst"), ignore=shutil.ignore_patterns("*.py"))
found = []
for root, dirs, files in os.walk(dst):
    for fn in files:
        found.append("TMP" if fn.startswith("tmp") else os.path.relpath(os.path.join(root, fn), dst))
print(sorted(found))
try:
    shutil.copytree(src, dst)
except FileExistsError as e:
    print("FileExistsError")
shutil.copytree(src, dst, dirs_exist_ok=True)
moved = shutil.move(os.path.join(d, "copy.txt"), os.path.join(d, "moved.txt"))
print(os.path.basename(moved), os.path.exists(os.path.join(d, "copy.txt")))
shutil.move(os.path.join(d, "moved.txt"), src)
print(os.path.exists(os.path.join(src, "moved.txt")))
shutil.rmtree(dst)
print(os.path.exists(dst))
try:
    shutil.rmtree(os.path.join(d, "nope"))
except FileNotFoundError:
    print("FileNotFoundError")
shutil.rmtree(os.path.join(d, "nope"), ignore_errors=True)
errs = []
shutil.rmtree(os.path.join(d, "nope"), onerror=lambda f, p, e: errs.append(e[0].__name__))
print(errs)
os.remove(p)
shutil.rmtree(d)
print(os.path.exists(d))
print(shutil.which("sh") is not None, shutil.which("no-such-command-xyz"), shutil.which("sh", path="/nonexistent"))
print(tuple(shutil.get_terminal_size((100, 30)))[0] > 0)
print(platform.system(), platform.python_version() == "%d.%d.%d" % sys.version_info[:3], platform.machine() in ("x86_64", "aarch64"), platform.architecture()[0], len(platform.uname()), platform.python_version_tuple()[:2])
print(platform.release() == os.uname().release if hasattr(os, "uname") else True, platform.node() != "" )
