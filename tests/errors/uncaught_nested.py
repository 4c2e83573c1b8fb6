def inner(values):
    return values["key"]


def outer():
    data = {"other": 1}
    return inner(data)


print("start")
outer()
