print("init pkg_a", __name__, __package__)
X = 1
from . import mod1
from .mod1 import f
