#!/usr/bin/env python3
# Copied from ../shared/tools/gen_corpus.py (the project's shared tools); keep in step with it.
"""Write a synthetic corpus of German press releases for speed and scale tests.

    python3 gen_corpus.py --docs 10000 --out /tmp/corpus [--seed 1] [--gold gold.yaml]

Documents look like the seeds (dateline, heading, prose, contact block) and are
built from name pools and sentence patterns, so a corpus of any size holds many
distinct people, organisations, places, posts, memberships, agreements and
events, and the same entities recur across documents (as in a real archive).
With --gold, the facts the generator put in (for corpora of up to 500
documents) are written in the format of ../gold/README.md. Speed figures come
from these files; quality figures come from real documents, not from these.
"""
import argparse
import os
import random

GERMAN_CITIES = [  # city, Bundesland
    ("Aachen", "Nordrhein-Westfalen"), ("Augsburg", "Bayern"), ("Bielefeld", "Nordrhein-Westfalen"),
    ("Bochum", "Nordrhein-Westfalen"), ("Bonn", "Nordrhein-Westfalen"), ("Bottrop", "Nordrhein-Westfalen"),
    ("Braunschweig", "Niedersachsen"), ("Bremen", "Bremen"), ("Chemnitz", "Sachsen"), ("Darmstadt", "Hessen"),
    ("Dortmund", "Nordrhein-Westfalen"), ("Dresden", "Sachsen"), ("Duisburg", "Nordrhein-Westfalen"),
    ("Düsseldorf", "Nordrhein-Westfalen"), ("Erfurt", "Thüringen"), ("Erlangen", "Bayern"), ("Essen", "Nordrhein-Westfalen"),
    ("Frankfurt am Main", "Hessen"), ("Freiburg im Breisgau", "Baden-Württemberg"), ("Fulda", "Hessen"),
    ("Gelsenkirchen", "Nordrhein-Westfalen"), ("Göttingen", "Niedersachsen"), ("Halle (Saale)", "Sachsen-Anhalt"),
    ("Hamburg", "Hamburg"), ("Hannover", "Niedersachsen"), ("Heidelberg", "Baden-Württemberg"), ("Hildesheim", "Niedersachsen"),
    ("Ingolstadt", "Bayern"), ("Jena", "Thüringen"), ("Kaiserslautern", "Rheinland-Pfalz"), ("Karlsruhe", "Baden-Württemberg"),
    ("Kassel", "Hessen"), ("Kiel", "Schleswig-Holstein"), ("Koblenz", "Rheinland-Pfalz"), ("Köln", "Nordrhein-Westfalen"),
    ("Krefeld", "Nordrhein-Westfalen"), ("Leipzig", "Sachsen"), ("Leverkusen", "Nordrhein-Westfalen"), ("Lübeck", "Schleswig-Holstein"),
    ("Ludwigshafen am Rhein", "Rheinland-Pfalz"), ("Magdeburg", "Sachsen-Anhalt"), ("Mainz", "Rheinland-Pfalz"),
    ("Mannheim", "Baden-Württemberg"), ("Mönchengladbach", "Nordrhein-Westfalen"), ("München", "Bayern"),
    ("Münster", "Nordrhein-Westfalen"), ("Neuss", "Nordrhein-Westfalen"), ("Nürnberg", "Bayern"), ("Oberhausen", "Nordrhein-Westfalen"),
    ("Oldenburg", "Niedersachsen"), ("Osnabrück", "Niedersachsen"), ("Paderborn", "Nordrhein-Westfalen"), ("Potsdam", "Brandenburg"),
    ("Regensburg", "Bayern"), ("Remscheid", "Nordrhein-Westfalen"), ("Rostock", "Mecklenburg-Vorpommern"),
    ("Rüsselsheim am Main", "Hessen"), ("Saarbrücken", "Saarland"), ("Schwerin", "Mecklenburg-Vorpommern"),
    ("Solingen", "Nordrhein-Westfalen"), ("Stuttgart", "Baden-Württemberg"), ("Trier", "Rheinland-Pfalz"), ("Ulm", "Baden-Württemberg"),
    ("Wiesbaden", "Hessen"), ("Wolfsburg", "Niedersachsen"), ("Wuppertal", "Nordrhein-Westfalen"), ("Würzburg", "Bayern"),
    ("Zwickau", "Sachsen"),
]
CHINESE_CITIES = [  # city, province
    ("Foshan", "Guangdong"), ("Jiangmen", "Guangdong"), ("Zhaoqing", "Guangdong"), ("Jieyang", "Guangdong"),
    ("Maoming", "Guangdong"), ("Shantou", "Guangdong"), ("Shenzhen", "Guangdong"), ("Guangzhou", "Guangdong"),
    ("Dongguan", "Guangdong"), ("Zhuhai", "Guangdong"), ("Huzhou", "Zhejiang"), ("Taizhou", "Zhejiang"),
    ("Hangzhou", "Zhejiang"), ("Ningbo", "Zhejiang"), ("Wenzhou", "Zhejiang"), ("Jiaxing", "Zhejiang"),
    ("Xuchang", "Henan"), ("Luoyang", "Henan"), ("Jiaozuo", "Henan"), ("Zhengzhou", "Henan"), ("Kaifeng", "Henan"),
    ("Baoding", "Hebei"), ("Shijiazhuang", "Hebei"), ("Tangshan", "Hebei"), ("Deyang", "Sichuan"), ("Chengdu", "Sichuan"),
    ("Mianyang", "Sichuan"), ("Guiyang", "Guizhou"), ("Zunyi", "Guizhou"), ("Lanzhou", "Gansu"), ("Liuzhou", "Guangxi"),
    ("Nanning", "Guangxi"), ("Guilin", "Guangxi"), ("Nanchang", "Jiangxi"), ("Ganzhou", "Jiangxi"), ("Ma’anshan", "Anhui"),
    ("Hefei", "Anhui"), ("Wuhu", "Anhui"), ("Panjin", "Liaoning"), ("Shenyang", "Liaoning"), ("Dalian", "Liaoning"),
    ("Weihai", "Shandong"), ("Qingdao", "Shandong"), ("Jinan", "Shandong"), ("Yantai", "Shandong"), ("Weifang", "Shandong"),
    ("Zhuzhou", "Hunan"), ("Changsha", "Hunan"), ("Xiangtan", "Hunan"), ("Suzhou", "Jiangsu"), ("Nanjing", "Jiangsu"),
    ("Wuxi", "Jiangsu"), ("Changzhou", "Jiangsu"), ("Taicang", "Jiangsu"), ("Wuhan", "Hubei"), ("Xiangyang", "Hubei"),
    ("Xi’an", "Shaanxi"), ("Baoji", "Shaanxi"), ("Taiyuan", "Shanxi"), ("Changchun", "Jilin"), ("Harbin", "Heilongjiang"),
    ("Kunming", "Yunnan"), ("Fuzhou", "Fujian"), ("Xiamen", "Fujian"), ("Haikou", "Hainan"), ("Hohhot", "Innere Mongolei"),
]
GIVEN_DE = ["Andreas", "Anna", "Bernd", "Birgit", "Christian", "Claudia", "Daniel", "Doris", "Elke", "Frank", "Gabriele",
            "Hans-Peter", "Heike", "Ingrid", "Jan", "Julia", "Jürgen", "Karin", "Klaus", "Lars", "Markus", "Martina",
            "Michael", "Monika", "Nicole", "Oliver", "Petra", "Ralf", "Sabine", "Stefan", "Stefanie", "Thomas", "Ulrike",
            "Uwe", "Wolfgang", "Yvonne", "Jörg", "Sören", "Björn", "Maximilian"]
FAMILY_DE = ["Bauer", "Becker", "Brockhaus", "Fischer", "Friedrich", "Günther", "Hartmann", "Hoffmann", "Jung", "Keller",
             "Klein", "Koch", "Krüger", "Lange", "Lehmann", "Meyer", "Möller", "Müller", "Neumann", "Ost", "Richter",
             "Schäfer", "Schmidt", "Schmitz", "Schneider", "Schröder", "Schulz", "Schwarz", "Vogel", "Wagner", "Weber",
             "Weiß", "Werner", "Wolf", "Zimmermann", "Spelthahn", "Bongartz", "Vogelskamp", "Behmer", "Matz"]
FAMILY_CN = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu",
             "Hu", "Guo", "He", "Lin", "Luo", "Gao", "Rong", "Liang", "Song", "Zheng", "Xie", "Han", "Tang", "Feng"]
GIVEN_CN = ["Wei", "Fang", "Na", "Min", "Jing", "Lei", "Qiang", "Jun", "Yan", "Hui", "Tao", "Ming", "Chao", "Yong",
            "Xiaojun", "Wenlong", "Yaoyun", "Jianguo", "Haiyan", "Xiaoming", "Lihua", "Guoqiang", "Dongmei", "Zhiwei"]
TITLES = ["", "", "", "Dr. ", "Prof. Dr. ", "Dr.-Ing. "]
ROLES_ORG = ["Geschäftsführer", "Geschäftsführerin", "Direktor", "Direktorin", "Vorstandsvorsitzender", "Präsident",
             "Generalsekretär", "stellvertretender Generalsekretär", "Leiter der Abteilung Internationales", "Prokurist",
             "Sprecher", "Vize-Direktor", "Chefrepräsentant", "Projektleiterin", "Mitglied des Vorstands", "Referent"]
ROLES_PLACE = ["Oberbürgermeister", "Oberbürgermeisterin", "Bürgermeister", "Landrat", "Vizebürgermeister",
               "Repräsentant", "Wirtschaftsdezernent", "Parteisekretär"]
ROLES_FORMER = ["Staatssekretär a. D.", "Staatsminister a. D.", "Bundesminister a. D.", "Botschafter a. D."]
ORG_PATTERNS = [
    ("{c} Wirtschaftsförderungsgesellschaft mbH", "WF{i}"), ("Industrie- und Handelskammer {c}", "IHK {c}"),
    ("{c} Invest GmbH", None), ("Technologiezentrum {c}", "TZ{i}"), ("Hochschule {c}", None),
    ("{f} Maschinenbau GmbH", None), ("{f} Automotive AG", None), ("{f} & {g} Logistik KG", None),
    ("Investitionsförderungsagentur der Stadt {cc}", None), ("{cc} Hightech-Zone", None),
    ("Deutsch-Chinesisches Innovationszentrum {c}", "DCIZ{i}"), ("{cc} Sino-German Industrial Park", None),
]
ALLIANCES = [("Chinesisch-Deutsche Industriestädteallianz", "ISA"), ("Deutsch-Chinesische Automotive-Allianz", "DCAA"),
             ("Netzwerk Neue Mobilität Rhein-Ruhr", "NNM"), ("Deutsch-Chinesisches Wasserstoffbündnis", "DCWB"),
             ("Städtenetzwerk Innovation Ost", "SIO")]
EVENTS = ["Plenarversammlung", "Wirtschaftsforum", "Fachkonferenz", "Delegationsreise", "Online-Seminar",
          "Investorenkonferenz", "Netzwerktreffen", "Fachtagung", "Kooperationsbörse", "Städtegipfel"]
AGREEMENTS = ["Absichtserklärung über die partnerschaftliche Zusammenarbeit", "Kooperationsvereinbarung",
              "Memorandum of Understanding", "Rahmenvertrag über eine Technologiepartnerschaft",
              "Vereinbarung über eine Städtepartnerschaft"]
TOPICS = ["Wasserstofftechnologie", "Elektromobilität", "Künstliche Intelligenz", "Medizintechnik", "Robotik",
          "erneuerbare Energien", "Energieeffizienz", "autonomes Fahren", "Kreislaufwirtschaft", "Digitalisierung der Industrie"]
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
FILLER = [
    "Die Zusammenarbeit soll in den kommenden Jahren weiter vertieft werden.",
    "Dabei standen Investitionen, Joint Ventures und gemeinsame Forschungsprojekte auf der Agenda.",
    "Die Teilnehmer tauschten sich über aktuelle Entwicklungen und neue Kooperationsformen aus.",
    "Gerade kleine und mittelständische Unternehmen profitieren von dem direkten Zugang zu Partnern.",
    "Die Veranstaltung wurde als Hybridformat organisiert, einige Gäste schalteten sich per Video zu.",
    "Ziel ist die effektive, schnelle und direkte Vernetzung von Unternehmen, Branchen und Forschungseinrichtungen.",
    "Weitere Gespräche sind für das kommende Frühjahr geplant.",
    "Die Region verfügt über eine starke industrielle Basis und gut ausgebildete Fachkräfte.",
    "Experten machten auf die Chancen für deutsche Zulieferer aufmerksam.",
    "Nicht zuletzt zeigt die Pandemie, wie wichtig verlässliche Lieferketten sind.",
]


class Pools:
    def __init__(self, rnd, scale):
        self.rnd = rnd
        people = set()
        n_people = min(max(60, scale // 2), 3000)  # the name lists allow about 7,000 distinct people
        while len(people) < n_people:
            if rnd.random() < 0.55:
                people.add((rnd.choice(TITLES), f"{rnd.choice(GIVEN_DE)} {rnd.choice(FAMILY_DE)}"))
            else:
                people.add(("", f"{rnd.choice(GIVEN_CN)} {rnd.choice(FAMILY_CN)}"))
        self.people = sorted(people)
        orgs = {}
        n_orgs = min(max(40, scale // 4), 5000)
        attempts = 0
        while len(orgs) < n_orgs and attempts < n_orgs * 20:
            attempts += 1
            pattern, acro = rnd.choice(ORG_PATTERNS)
            c = rnd.choice(GERMAN_CITIES)[0]
            cc = rnd.choice(CHINESE_CITIES)[0]
            name = pattern.format(c=c, cc=cc, f=rnd.choice(FAMILY_DE), g=rnd.choice(FAMILY_DE), i=len(orgs))
            seat = cc if "{cc}" in pattern else c
            if name not in orgs:
                orgs[name] = (acro.format(c=c, i=len(orgs)) if acro else None, seat)
        self.orgs = sorted((name, acro, seat) for name, (acro, seat) in orgs.items())


def person_ref(rnd, person):
    title, name = person
    return f"{title}{name}"


def date_text(rnd, year):
    day, month = rnd.randint(1, 28), rnd.randint(1, 12)
    style = rnd.random()
    if style < 0.6:
        text = f"{day}. {MONTHS[month - 1]} {year}"
    elif style < 0.8:
        text = f"{day:02d}.{month:02d}.{year}"
    else:
        text = f"{day}. {MONTHS[month - 1]}"
    return text, f"{year}-{month:02d}-{day:02d}"


class Doc:
    def __init__(self):
        self.sentences = []
        self.facts = []


def make_doc(rnd, pools, year):
    doc = Doc()
    city_de, land = rnd.choice(GERMAN_CITIES)
    city_cn, prov = rnd.choice(CHINESE_CITIES)
    alliance, acro = rnd.choice(ALLIANCES)
    topic = rnd.choice(TOPICS)
    s, f = doc.sentences, doc.facts
    for _ in range(rnd.randint(4, 9)):
        kind = rnd.randrange(12)
        p = rnd.choice(pools.people)
        name = p[1]
        org, org_acro, seat = rnd.choice(pools.orgs)
        org_ref = f"{org} ({org_acro})" if org_acro and rnd.random() < 0.5 else org
        if kind == 0:
            role = rnd.choice(ROLES_ORG)
            s.append(f"{person_ref(rnd, p)}, {role} der {org_ref}, begrüßte die Gäste aus {city_cn}.")
            f.append(("holdsRole", name, role, org))
        elif kind == 1:
            role = rnd.choice(ROLES_PLACE)
            place = rnd.choice([city_de, city_cn])
            s.append(f"Auch {role} {person_ref(rnd, p)} aus {place} nahm an dem Treffen teil.")
            f.append(("holdsRole", name, role, place))
        elif kind == 2:
            role = rnd.choice(ROLES_FORMER)
            s.append(f"{role} {person_ref(rnd, p)} gab einen Bericht über die Perspektiven der Zusammenarbeit im Bereich {topic}.")
            f.append(("holdsRole", name, role, None))
        elif kind == 3:
            members = rnd.sample(CHINESE_CITIES, rnd.randint(2, 4))
            listed = ", ".join(f"{c} (Provinz {pr})" for c, pr in members[:-1]) + f" und {members[-1][0]} (Provinz {members[-1][1]})"
            s.append(f"Neu in die {alliance} ({acro}) aufgenommen wurden {listed}.")
            for c, pr in members:
                f.append(("memberOf", c, alliance))
                f.append(("containedInPlace", c, pr))
        elif kind == 4:
            members = rnd.sample(GERMAN_CITIES, rnd.randint(3, 6))
            listed = ", ".join(c for c, _ in members[:-1]) + f" und {members[-1][0]}"
            s.append(f"Der {alliance} gehören auf deutscher Seite unter anderem {listed} an.")
            for c, _ in members:
                f.append(("memberOf", c, alliance))
        elif kind == 5:
            text, iso = date_text(rnd, year)
            other, _, _ = rnd.choice(pools.orgs)
            agreement = rnd.choice(AGREEMENTS)
            s.append(f"Die {org_ref} und die {other} unterzeichneten am {text} in {city_de} eine {agreement} im Bereich {topic}.")
            f.append(("signatory", org, other, city_de, iso, agreement))
        elif kind == 6:
            text, iso = date_text(rnd, year)
            ev = f"{rnd.randint(2, 12)}. {rnd.choice(EVENTS)}"
            s.append(f"Die {ev} der {acro} findet am {text} in {city_de} statt.")
            f.append(("event", f"{ev} der {acro}", iso, city_de, alliance))
        elif kind == 7:
            s.append(f"Die {org} mit Sitz in {seat} ist Ansprechpartner für alle Unternehmen, die sich für den Markt in {prov} interessieren.")
            f.append(("location", org, seat))
        elif kind == 8:
            month = rnd.randint(1, 12)
            founded = rnd.randint(1990, year - 1)
            s.append(f"Die {org} wurde im {MONTHS[month - 1]} {founded} gegründet.")
            f.append(("foundingDate", org, f"{founded}-{month:02d}"))
        elif kind == 9:
            s.append(f"{city_cn} in der Provinz {prov} hat sich zu einem der führenden Industriezentren Chinas entwickelt.")
            f.append(("containedInPlace", city_cn, prov))
        elif kind == 10:
            wanting = rnd.choice(GERMAN_CITIES)[0]
            s.append(f"{wanting} möchte ebenfalls Mitglied der {acro} werden.")  # a wish, not a membership
        else:
            s.append(rnd.choice(FILLER))
        if rnd.random() < 0.5:
            s.append(rnd.choice(FILLER))
    return doc, (city_de, land, alliance, acro, topic)


def render(rnd, pools, doc, ctx, year, index):
    city_de, land, alliance, acro, topic = ctx
    day, month = rnd.randint(1, 28), rnd.randint(1, 12)
    lines = [f"{city_de}, den {day:02d}.{month:02d}.{year}", "", "## Pressemitteilung", "",
             f"### {alliance} berät über {topic}", ""]
    para = []
    for sentence in doc.sentences:
        para.append(sentence)
        if len(para) >= rnd.randint(2, 4):
            lines.append(" ".join(para))
            lines.append("")
            para = []
    if para:
        lines.append(" ".join(para))
        lines.append("")
    if rnd.random() < 0.4:
        p = rnd.choice(pools.people)
        org, _, seat = rnd.choice(pools.orgs)
        street = rnd.choice(["Hauptstraße", "Reinhardtstraße", "Am Markt", "Königsallee", "Lindenweg"])
        domain = "".join(ch for ch in org.lower() if ch.isalnum())[:14] or "presse"
        lines += ["**Kontakt:**", "", f"Ansprechpartner: {p[1]}  ", f"{org}  ",
                  f"{street} {rnd.randint(1, 120)}  ", f"{rnd.randint(10000, 99999)} {seat}  ",
                  f"E-Mail: presse@{domain}.de  ", f"Tel: +49 ({rnd.randint(20, 99)}) {rnd.randint(100, 999)} {rnd.randint(10, 99)} – {rnd.randint(10, 99)}"]
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--gold", help="also write the generated facts as a gold file (up to 500 documents)")
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    pools = Pools(rnd, args.docs)
    os.makedirs(args.out, exist_ok=True)
    all_facts = []
    names = []
    total = 0
    for i in range(args.docs):
        year = rnd.randint(2016, 2025)
        doc, ctx = make_doc(rnd, pools, year)
        text = render(rnd, pools, doc, ctx, year, i)
        name = f"{i:07d}.md"
        sub = os.path.join(args.out, f"{i // 1000:04d}")
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, name), "w", encoding="utf-8") as fh:
            fh.write(text)
        total += len(text.encode("utf-8"))
        names.append(name)
        all_facts.append(doc.facts)
    print(f"{args.docs} documents, {total / 1e6:.1f} MB in {args.out}")
    if args.gold:
        if args.docs > 500:
            raise SystemExit("--gold is for corpora of up to 500 documents")
        write_gold(args.gold, names, all_facts, pools)


def slug(text):
    return "".join(ch if ch.isalnum() else "-" for ch in text.lower()).strip("-")


def write_gold(path, names, all_facts, pools):
    import yaml
    entities, facts = {}, []
    acronyms = {name: acro for name, acro, _ in pools.orgs if acro}
    acronyms.update(dict(ALLIANCES))
    german = {c for c, _ in GERMAN_CITIES}

    def ent(label, kind):
        gid = slug(label)
        if gid not in entities:
            labels = [label] + ([acronyms[label]] if label in acronyms else [])
            entities[gid] = {"type": kind, "labels": labels}
        return gid

    def place(label):
        if label in german or label in {c for c, _ in CHINESE_CITIES}:
            return ent(label, "City")
        return ent(label, "AdministrativeArea")

    for name, doc_facts in zip(names, all_facts):
        d = name[:7]
        for fact in doc_facts:
            kind = fact[0]
            if kind == "holdsRole":
                _, person, role, where = fact
                org = None
                if where is not None:
                    org = place(where) if where in german or any(where == c for c, _ in CHINESE_CITIES) else ent(where, "Organization")
                facts.append({"r": "holdsRole", "s": ent(person, "Person"), "role": [role], "org": org, "docs": [d]})
            elif kind == "memberOf":
                facts.append({"r": "memberOf", "s": place(fact[1]), "o": ent(fact[2], "Organization"), "docs": [d]})
            elif kind == "containedInPlace":
                facts.append({"r": "containedInPlace", "s": place(fact[1]), "o": place(fact[2]), "docs": [d]})
            elif kind == "location":
                facts.append({"r": "location", "s": ent(fact[1], "Organization"), "o": place(fact[2]), "docs": [d]})
            elif kind == "foundingDate":
                facts.append({"r": "foundingDate", "s": ent(fact[1], "Organization"), "value": fact[2], "docs": [d]})
            elif kind == "signatory":
                _, a, b, where, iso, title = fact
                agreement = f"agreement-{d}-{len(facts)}"
                entities[agreement] = {"type": "Agreement", "labels": [title]}
                for party in (a, b):
                    facts.append({"r": "signatory", "s": agreement, "o": ent(party, "Organization"), "docs": [d]})
                facts.append({"r": "location", "s": agreement, "o": place(where), "docs": [d]})
                facts.append({"r": "signingDate", "s": agreement, "value": iso, "docs": [d]})
            elif kind == "event":
                _, title, iso, where, organizer = fact
                event = f"event-{d}-{len(facts)}"
                entities[event] = {"type": "Event", "labels": [title]}
                facts.append({"r": "startDate", "s": event, "value": iso, "docs": [d]})
                facts.append({"r": "location", "s": event, "o": place(where), "docs": [d]})
                facts.append({"r": "organizer", "s": event, "o": ent(organizer, "Organization"), "docs": [d]})
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump({"documents": names, "entities": entities, "facts": facts}, fh, allow_unicode=True, sort_keys=False)


if __name__ == "__main__":
    main()
