"""The relation questions asked of every store: name -> SPARQL (prefixes declared in each query)."""

PREFIXES = """PREFIX ge: <https://w3id.org/graph-export/vocab#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""

# Written in the forms Rasqal 0.9.33 answers correctly: no property paths, no VALUES, and every
# OPTIONAL repeats the constraint on its shared variable (see README, "Rasqal's limits").
QUESTIONS = {
    "who holds which role where": """
        SELECT ?person ?role ?where WHERE {
          ?p org:holds ?post ; rdfs:label ?person .
          ?post org:role ?r . ?r rdfs:label ?role .
          OPTIONAL { ?post org:postIn ?o . ?post org:role ?r2 . ?o rdfs:label ?where }
        }""",
    "members of the ISA": """
        SELECT ?member WHERE {
          ?alliance skos:altLabel "ISA" .
          ?m org:memberOf ?alliance ; rdfs:label ?member .
        }""",
    "cities of a province": """
        SELECT ?city ?area WHERE {
          ?c a schema:City ; schema:containedInPlace ?a ; rdfs:label ?city .
          ?a a schema:AdministrativeArea ; rdfs:label ?area .
        }""",
    "signatories of agreements with place and date": """
        SELECT DISTINCT ?agreement ?party ?place ?date WHERE {
          ?a ge:signatory ?s ; rdfs:label ?agreement .
          ?s rdfs:label ?party .
          OPTIONAL { ?a schema:location ?l . ?a ge:signatory ?s2 . ?l rdfs:label ?place }
          OPTIONAL { ?a ge:signingDate ?date . ?a ge:signatory ?s3 }
        }""",
    "events with attendees": """
        SELECT ?event ?attendee WHERE {
          ?e schema:attendee ?x ; rdfs:label ?event .
          ?x rdfs:label ?attendee .
        }""",
    "contact of an organisation": """
        SELECT ?org ?kind ?value WHERE {
          ?o a org:Organization ; rdfs:label ?org .
          { ?o schema:email ?value . BIND("email" AS ?kind) }
          UNION { ?o schema:telephone ?value . BIND("telephone" AS ?kind) }
          UNION { ?o schema:faxNumber ?value . BIND("fax" AS ?kind) }
          UNION { ?o schema:url ?value . BIND("url" AS ?kind) }
        }""",
    "sources of a fact (Aachen memberOf)": """
        SELECT ?document ?quote WHERE {
          ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate org:memberOf ; rdf:object ?o ;
              prov:wasDerivedFrom ?d ; ge:quote ?quote .
          ?s rdfs:label "Aachen" . ?d schema:name ?document .
        }""",
    "connection between Aachen and Wuppertal": """
        SELECT DISTINCT ?p1 ?via ?p2 WHERE {
          ?a rdfs:label "Aachen" . ?b rdfs:label "Wuppertal" .
          ?a ?p1 ?x . ?b ?p2 ?x . ?x rdfs:label ?via .
        }""",
    "founding dates": """
        SELECT ?org ?date WHERE { ?o schema:foundingDate ?date ; rdfs:label ?org . }""",
    "events with date and place": """
        SELECT ?event ?date ?place WHERE {
          ?e a schema:Event ; rdfs:label ?event ; schema:startDate ?date ; schema:location ?l .
          ?l rdfs:label ?place .
        }""",
    "entities per type": """
        SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?type ; rdfs:label ?l . } GROUP BY ?type""",
}
