#!/usr/bin/env python3
"""Relation questions on the seeds' graph, asked of Virtuoso (pushed over the Graph Store protocol
by graph-export push), of graph-export query (Rasqal) and of Oxigraph (pyoxigraph, the exported
Turtle); the answers must agree. Needs: a built graph-export, Debian virtuoso-opensource (installed
by scripts/virtuoso), PyPI pyoxigraph. Prints 'N passed, M failed' at the end."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from questions import PREFIXES, QUESTIONS  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BIN = os.environ.get("GRAPH_EXPORT", os.path.join(ROOT, ".build", "debug", "graph-export"))
HTTP_PORT = os.environ.get("VIRTUOSO_HTTP_PORT", "18890")
SQL_PORT = os.environ.get("VIRTUOSO_SQL_PORT", "11111")
GRAPH = "https://w3id.org/graph-export/test/seeds"

passed = 0
failed = 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok   {name}")
    else:
        failed += 1
        print(f"FAIL {name}{': ' + detail if detail else ''}")


def norm_json_term(t):
    if t is None:
        return None
    value = t["value"]
    if t["type"] == "bnode":
        return "_:"
    return value


def rows_from_json(doc):
    variables = doc["head"]["vars"]
    return sorted(tuple(norm_json_term(b.get(v)) for v in variables) for b in doc["results"]["bindings"]), variables


def ask_graph_export(ttl, query):
    out = subprocess.run([BIN, "query", "--graph", ttl, "--format", "json", query], capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(out.stderr.strip())
    return rows_from_json(json.loads(out.stdout))


def ask_virtuoso(query):
    params = urllib.parse.urlencode({"query": query, "default-graph-uri": GRAPH})
    request = urllib.request.Request(f"http://127.0.0.1:{HTTP_PORT}/sparql?{params}",
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return rows_from_json(json.loads(response.read().decode("utf-8")))


def ask_oxigraph(store, query):
    import pyoxigraph
    solutions = store.query(query)
    variables = [v.value for v in solutions.variables]
    rows = []
    for s in solutions:
        row = []
        for v in variables:
            t = s[v]
            if t is None:
                row.append(None)
            elif isinstance(t, pyoxigraph.BlankNode):
                row.append("_:")
            else:
                row.append(t.value)
        rows.append(tuple(row))
    return sorted(rows), variables


def main():
    if not os.path.exists(BIN):
        print(f"error: {BIN} not found: run swift build first")
        return 1
    try:
        import pyoxigraph
    except ImportError:
        check("pyoxigraph importable", False, "install the PyPI package pyoxigraph")
        print(f"{passed} passed, {failed} failed")
        return 1
    work = tempfile.mkdtemp(prefix="graph-export-stores-")
    ttl = os.path.join(work, "seeds.ttl")
    subprocess.run([BIN, "extract", os.path.join(ROOT, "seeds"), "-o", ttl, "-q"], check=True)
    env = dict(os.environ, VIRTUOSO_HTTP_PORT=HTTP_PORT, VIRTUOSO_SQL_PORT=SQL_PORT)
    virtuoso_dir = os.path.join(work, "virtuoso")
    start = subprocess.run(["bash", os.path.join(ROOT, "scripts", "virtuoso"), "start", virtuoso_dir], env=env,
                           capture_output=True, text=True)
    check("virtuoso starts (scripts/virtuoso start)", start.returncode == 0, start.stderr.strip()[-500:])
    try:
        store = pyoxigraph.Store()
        store.load(path=ttl, format=pyoxigraph.RdfFormat.TURTLE)
        triples_in_file = len(store)
        if start.returncode == 0:
            password = os.path.join(work, "password")
            with open(password, "w") as f:
                f.write("dba\n")
            push = subprocess.run([BIN, "push", ttl, "--endpoint", f"http://127.0.0.1:{HTTP_PORT}/sparql-graph-crud-auth",
                                   "--graph", GRAPH, "--replace", "--user", "dba", "--password-file", password,
                                   "--chunk-size", "500"], capture_output=True, text=True)
            check("push to Virtuoso (digest, PUT + POST chunks)", push.returncode == 0 and f"{triples_in_file} triples confirmed" in push.stderr,
                  push.stderr.strip())
            count, _ = ask_virtuoso("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
            check("Virtuoso holds every triple of the file", count == [(str(triples_in_file),)], f"{count} vs {triples_in_file}")
            # Pushing again with --replace must not duplicate anything.
            again = subprocess.run([BIN, "push", ttl, "--endpoint", f"http://127.0.0.1:{HTTP_PORT}/sparql-graph-crud-auth",
                                    "--graph", GRAPH, "--replace", "--user", "dba", "--password-file", password, "-q"],
                                   capture_output=True, text=True)
            count, _ = ask_virtuoso("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
            check("push --replace replaces", again.returncode == 0 and count == [(str(triples_in_file),)], f"{count}")
            with open(password, "w") as f:
                f.write("falsch\n")
            wrong = subprocess.run([BIN, "push", ttl, "--endpoint", f"http://127.0.0.1:{HTTP_PORT}/sparql-graph-crud-auth",
                                    "--graph", GRAPH, "--user", "dba", "--password-file", password], capture_output=True, text=True)
            check("wrong password: exit 1 naming endpoint and 401",
                  wrong.returncode == 1 and "sparql-graph-crud-auth" in wrong.stderr and "401" in wrong.stderr, wrong.stderr.strip())
        answers = {}
        for name, body in QUESTIONS.items():
            query = PREFIXES + body
            try:
                mine, variables = ask_graph_export(ttl, query)
            except Exception as error:  # noqa: BLE001
                check(f"graph-export query: {name}", False, str(error))
                continue
            oxi, _ = ask_oxigraph(store, query)
            check(f"graph-export query = Oxigraph: {name} ({len(mine)} rows)", mine == oxi and len(mine) > 0,
                  f"\n  rasqal:   {mine[:6]}\n  oxigraph: {oxi[:6]}")
            if start.returncode == 0:
                virt, _ = ask_virtuoso(query)
                check(f"graph-export query = Virtuoso: {name}", mine == virt,
                      f"\n  rasqal:   {mine[:6]}\n  virtuoso: {virt[:6]}")
            answers[name] = (variables, mine)
        with open(os.path.join(work, "answers.json"), "w") as f:
            json.dump(answers, f, ensure_ascii=False, indent=1)
        # The relation commands agree with SPARQL on one connection.
        path = subprocess.run([BIN, "path", "Aachen", "Wuppertal", "--graph", ttl], capture_output=True, text=True)
        check("graph-export path Aachen Wuppertal goes through the ISA",
              path.returncode == 0 and "Aachen —memberOf→ Chinesisch-Deutsche Industriestädteallianz" in path.stdout, path.stdout[:300])
    finally:
        stop = subprocess.run(["bash", os.path.join(ROOT, "scripts", "virtuoso"), "stop", virtuoso_dir], env=env,
                              capture_output=True, text=True)
        check("virtuoso stops", stop.returncode == 0, stop.stderr.strip())
    print(f"{passed} passed, {failed} failed")
    if failed == 0:
        shutil.rmtree(work, ignore_errors=True)
    else:
        print(f"kept for inspection: {work} (the graph, the answers in answers.json, Virtuoso's folder)")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
