import warnings
def f():
    warnings.warn("careful", RuntimeWarning)
for i in range(3):
    f()
warnings.warn("user level")
warnings.warn("deprecated here", DeprecationWarning)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f(); f()
    print(len(w), w[0].category.__name__, str(w[0].message))
warnings.simplefilter("error")
try:
    f()
except RuntimeWarning as e:
    print("raised", e)
