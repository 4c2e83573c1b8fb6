parts = []
for i in range(300_000):
    parts.append(str(i) + ":" + f"{i % 7}")
text = ",".join(parts)
print(len(text), text.count("3"), len(text.split(",")))
