e = ValueError("v")
e.add_note("n1")
e.add_note("a\nb")
raise e
