# typing.get_type_hints evaluates string annotations and turns None into NoneType.
import typing
from typing import Optional, List
class A:
    x: 'int'
    y: None
    z: 'list[A]'
class B(A):
    w: str
def f(a: 'A', b: None = None) -> 'B': pass
def g(a: int, b: 'str' = 'x') -> Optional[List[int]]: pass
print(typing.get_type_hints(A))
print(typing.get_type_hints(B))
print(typing.get_type_hints(f))
print(typing.get_type_hints(g))
print(f.__annotations__)
