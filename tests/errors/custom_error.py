class BadThing(Exception):
    pass


def f():
    raise BadThing("it broke")


f()
