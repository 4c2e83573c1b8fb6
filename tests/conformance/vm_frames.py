import sys
def f(a):
    b = a + 1
    fr = sys._getframe()
    return fr.f_code.co_name, fr.f_lineno, sorted(fr.f_locals), fr.f_back.f_code.co_name
print(f(1))
def g():
    yield sys._getframe().f_lineno
gen = g()
print(gen.gi_frame is gen.gi_frame, gen.gi_frame.f_lineno, gen.gi_code.co_name)
print(next(gen))
try:
    f(None)
except TypeError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_next)
    print(sorted(tb.tb_next.tb_frame.f_locals))
def outer():
    return sys._getframe(1).f_code.co_name
def caller(): return outer()
print(caller())
