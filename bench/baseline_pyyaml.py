"""The script a coordinator would otherwise write: load every review with
PyYAML's C loader (libyaml) and compute the same totals and levels as ipsfid,
from the same rubric. Prints `file,total,level` rows.

usage: baseline_pyyaml.py RUBRIC DIR
"""
import os
import sys

import yaml

Loader = yaml.CSafeLoader  # fails loudly when the C extension is missing


def band_score(bands, value):
    for band in bands:
        if "from" in band and value < band["from"]:
            continue
        if "above" in band and value <= band["above"]:
            continue
        if "to" in band and value > band["to"]:
            continue
        if "below" in band and value >= band["below"]:
            continue
        return band["score"]
    raise ValueError(value)


def item_score(item, entry):
    if isinstance(entry, int):
        return entry
    if "score" in entry:
        return entry["score"]
    if "measure" in entry:
        return band_score(item["measure"]["bands"], entry["measure"])
    if "components" in entry:
        return item["component_scores"][len(entry["components"])]
    scores = entry["specialists"]
    return (2 * sum(scores) + len(scores) - 1) // (2 * len(scores))


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        rubric = yaml.load(f, Loader=Loader)
    items = {item["id"]: item for item in rubric["items"]}
    by_number = {item["number"]: item for item in rubric["items"]}
    paths = sorted(os.path.join(folder, name) for folder, _, names in os.walk(sys.argv[2])
                   for name in names if name.endswith((".yaml", ".yml")))
    out = sys.stdout
    for path in paths:
        with open(path, encoding="utf-8") as f:
            review = yaml.load(f, Loader=Loader)
        total = 0
        for key, entry in review["ratings"].items():
            item = items.get(key) or by_number[key]
            total += item_score(item, entry)
        level = next(l["id"] for l in rubric["levels"] if l["min"] <= total <= l["max"])
        out.write(f"{path},{total},{level}\n")


if __name__ == "__main__":
    main()
