data = {"a": [1, 2, 3]}
def get(i):
    return data["a"][i] * 2
print(get(1))
print(get(10))
