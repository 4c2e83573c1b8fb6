import json
print(True)
d = {"a": [1, 2.5, True, None, "x\"y\n\u00e9"], "b": {"c": {}}, "z": []}
print(json.dumps(d)); print(json.dumps(d, indent=2, sort_keys=True)); print(json.dumps(d, separators=(",", ":"), ensure_ascii=False))
print(json.loads('{"k": [1, -2.5e3, "\\u00e9\\n", true, false, null], "e": {}}'))
for bad in ['', '{"a" 1}', '[1,]', '{"a":1} x', '"abc']:
    try: json.loads(bad)
    except json.JSONDecodeError as e: print("err:", e)
try: json.dumps({1: object()})
except TypeError as e: print(e)
print(json.dumps(1e100), json.dumps(float("nan")), json.dumps("😀"), json.dumps({2: 3, True: 1}))
