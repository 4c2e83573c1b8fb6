def t1():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("VE", repr(e))
    except* TypeError as e:
        print("TE", repr(e))
t1()
def t2():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("naked ->", repr(e), repr(e.exceptions))
t2()
def t3():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
        except* ValueError:
            print("handled VE")
    except ExceptionGroup as e:
        print("rest", repr(e))
t3()
def t4():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        except* ValueError:
            raise TypeError("new")
    except TypeError as e:
        print("raised in handler", repr(e), repr(e.__context__))
t4()
def t5():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
        except* ValueError:
            raise
    except ExceptionGroup as e:
        print("reraise", repr(e))
t5()
def t6():
    try:
        raise KeyError("k")
    except* ValueError:
        print("no")
try: t6()
except KeyError as e: print("unmatched naked", repr(e))
try:
    try: raise ExceptionGroup("x", [ValueError()])
    except* ExceptionGroup: pass
except TypeError as e: print(e)
