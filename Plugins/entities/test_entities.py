"""Tests of the entities plugin on texts written for them (run: python3 -m unittest discover -s Plugins/entities)."""
import json
import pathlib
import subprocess
import sys
import unittest

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import entities  # noqa: E402


def request(texts, speakers=()):
    documents = []
    for index, text in enumerate(texts):
        sentences, start = [], 0
        for part in text.split(". "):
            end = start + len(part) + (1 if start + len(part) < len(text) else 0)
            sentences.append({"start": start, "end": min(end, len(text)), "paragraph": 0})
            start = end + 1
        documents.append({"id": "d%d.txt" % index, "display_title": "Doc %d" % index, "page": "sources/d%d.txt.html" % index,
                          "text": text, "sentences": sentences, "paragraphs": []})
    results = {"quotes": {"speakers": [{"name": s} for s in speakers]}} if speakers else {}
    return {"protocol": 1, "corpus": {"documents": documents}, "results": results, "options": {}, "settings": {}}


def by_name(result):
    return {row["name"]: row for row in result["data"]["entities"]}


class EntitiesTest(unittest.TestCase):
    def test_titles_make_people_and_surnames_merge(self):
        result = entities.analyse(request([
            "Finance Minister Maria Lopez spoke in Madrid on Monday. Lopez said the budget was fair.",
            "The European Central Bank kept rates steady. Lopez welcomed the decision.",
        ]))
        names = by_name(result)
        self.assertEqual(names["Maria Lopez"]["type"], "person")
        self.assertEqual(names["Maria Lopez"]["count"], 3)
        self.assertEqual(names["Maria Lopez"]["source_count"], 2)
        self.assertIn("Lopez", names["Maria Lopez"]["aliases"])
        self.assertEqual(names["Madrid"]["type"], "place")
        self.assertEqual(names["European Central Bank"]["type"], "org")
        self.assertNotIn("Monday", names)
        self.assertNotIn("The", names)

    def test_acronyms_are_organisations_and_speakers_people(self):
        names = by_name(entities.analyse(request(["Officials at NATO met Tom Baker in Brussels. Baker said little."], speakers=["Tom Baker"])))
        self.assertEqual(names["NATO"]["type"], "org")
        self.assertEqual(names["Tom Baker"]["type"], "person")
        self.assertEqual(names["Brussels"]["type"], "place")

    def test_large_corpora_keep_the_most_widely_carried_names_and_sources(self):
        texts = ["Anna Berg visited Oslo on day %d. Berg met Tom Dahl there." % k for k in range(30)]
        texts.append("Carl Moe stayed in Bergen.")
        req = request(texts)
        req["options"] = {"max_names": 3, "max_sources": 5}
        result = entities.analyse(req)
        names = by_name(result)
        self.assertEqual(len(result["data"]["entities"]), 3)
        self.assertNotIn("Carl Moe", names)
        self.assertEqual(names["Anna Berg"]["source_count"], 30)
        self.assertEqual(len(names["Anna Berg"]["documents"]), 5)
        self.assertEqual(names["Anna Berg"]["more_sources"], 25)

    def test_the_program_speaks_the_protocol(self):
        run = subprocess.run([sys.executable, str(HERE / "entities.py")], input=json.dumps(request(["Anna Berg visited Oslo."])),
                             capture_output=True, text=True, check=True)
        result = json.loads(run.stdout)
        self.assertIn("data", result)
        self.assertIn("1 documents", run.stderr)
        wrong = subprocess.run([sys.executable, str(HERE / "entities.py")], input=json.dumps({"protocol": 2}),
                               capture_output=True, text=True)
        self.assertNotEqual(wrong.returncode, 0)


if __name__ == "__main__":
    unittest.main()
