import os
path = "_asp_test_file.txt"
with open(path, "w") as f:
    print(f.write("line1\n"), f.writable(), f.readable(), f.closed, f.mode, f.name)
    f.writelines(["line2\n", "línea3\n"])
print(f.closed)
f = open(path)
print(repr(f.readline()), f.readline(), end="")
print(f.read())
f.close()
try:
    f.read()
except ValueError as e:
    print(e)
with open(path) as f:
    print([l for l in f])
with open(path) as f:
    print(f.readlines(), f.read(), repr(f.readline()))
with open(path, "a") as f:
    f.write("appended")
print(open(path).read().splitlines())
with open(path) as f:
    print(f.read(3), f.read(4), f.read())
with open(path, "rb") as f:
    data = f.read()
    print(type(data).__name__, data[:6], len(data))
with open(path, "wb") as f:
    print(f.write(b"\x00\x01bin"))
print(open(path, "rb").read())
open(path, "w").write("unclosed\n")
print(open(path).read(), end="")
for bad in [lambda: open("/nonexistent/x.txt"), lambda: open(path, "q"), lambda: open(".", "r"),
            lambda: open(path, "w").write(5), lambda: open(path, "rb").read().decode() + 1]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
try:
    open("no_such_file.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.args)
except OSError as e:
    print("other", e)
os.remove(path)
