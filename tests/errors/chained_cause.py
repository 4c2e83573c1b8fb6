class AppError(Exception):
    pass
def load(d):
    return d["missing"]
def run():
    try:
        load({})
    except KeyError as exc:
        raise AppError("could not load") from exc
run()
