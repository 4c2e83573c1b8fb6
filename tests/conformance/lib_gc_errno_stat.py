import errno
import gc
import keyword
import os
import stat

print(gc.collect() >= 0, gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), gc.get_threshold())
gc.set_threshold(800, 20)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.garbage)

print(errno.ENOENT, errno.EEXIST, errno.EAGAIN, errno.EWOULDBLOCK, errno.EINTR)
print(errno.errorcode[errno.ENOENT], errno.errorcode[11], len(errno.errorcode) > 100)
print(os.strerror(errno.ENOENT))
try:
    open("/nonexistent/file/here")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])

print(keyword.iskeyword("async"), keyword.iskeyword("match"), keyword.issoftkeyword("match"))
print(len(keyword.kwlist), keyword.softkwlist)

for mode in (0o100644, 0o40755, 0o120777, 0o104755, 0o20600, 0o1777 | stat.S_IFDIR):
    print(stat.filemode(mode), stat.S_ISDIR(mode), stat.S_ISREG(mode), stat.S_ISLNK(mode),
          oct(stat.S_IMODE(mode)), oct(stat.S_IFMT(mode)))
st = os.stat(".")
print(stat.S_ISDIR(st.st_mode), stat.S_ISDIR(st[stat.ST_MODE]))
