import contextvars
v = contextvars.ContextVar("v", default=1)
w = contextvars.ContextVar("w")
print(v.name, v.get(), w.get("dflt"))
try:
    w.get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__)
t = v.set(5)
print(v.get(), t.var is v, t.old_value is contextvars.Token.MISSING)
ctx = contextvars.copy_context()
def inside(x):
    v.set(x)
    w.set("in")
    return v.get(), w.get()
print(ctx.run(inside, 42), v.get(), w.get(None), ctx[v], ctx.get(w), v in ctx, len(ctx) >= 2)
v.reset(t)
print(v.get())
try:
    v.reset(t)
except RuntimeError as e:
    print("RuntimeError", str(e)[:12])
t2 = w.set(1)
try:
    v.reset(t2)
except ValueError as e:
    print("ValueError", str(e)[-28:])
def reenter():
    ctx.run(lambda: None)
try:
    ctx.run(reenter)
except RuntimeError as e:
    print("RuntimeError", str(e)[:22])
c2 = ctx.copy()
print(c2[v], sorted(k.name for k in c2), contextvars.Context().get(v, "none"))
try:
    class X(contextvars.ContextVar): pass
except TypeError as e:
    print(e)
