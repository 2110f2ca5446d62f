#!/usr/bin/env python3
"""Generate Sources/Extractors/Lexicons/roles.tsv: every inflected form of German role nouns.

Source: compiled by the graph-export authors from general knowledge of German
morphology; no third-party data. Run from the repository root:
    python3 scripts/gen-roles.py
The output is committed; the build never runs Python.
"""
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources", "Extractors", "Lexicons", "roles.tsv")


def er(m, fem=None):
    """Bürgermeister: -s genitive, -n dative plural; feminine -in/-innen."""
    f = fem or m + "in"
    return [(m, m, "m"), (m + "s", m, "m"), (m + "n", m, "m"), (f, f, "f"), (f + "nen", f, "f")]


def weak(m):
    """Präsident: -en in every case but the nominative; Experte: -n."""
    if m.endswith("e"):
        f = m[:-1] + "in"
        return [(m, m, "m"), (m + "n", m, "m"), (f, f, "f"), (f + "nen", f, "f")]
    f = m + "in"
    return [(m, m, "m"), (m + "en", m, "m"), (f, f, "f"), (f + "nen", f, "f")]


def orr(m):
    """Direktor: -s genitive, -en plural."""
    f = m + "in"
    return [(m, m, "m"), (m + "s", m, "m"), (m + "en", m, "m"), (f, f, "f"), (f + "nen", f, "f")]


def strong(m, fem=True):
    """Sekretär: -s genitive, -e plural, -en dative plural."""
    rows = [(m, m, "m"), (m + "s", m, "m"), (m + "e", m, "m"), (m + "en", m, "m")]
    if fem:
        rows += [(m + "in", m + "in", "f"), (m + "innen", m + "in", "f")]
    return rows


def umlaut(m, plural_stem):
    """Landrat: Landrats/Landrates, Landräte/Landräten, Landrätin."""
    p = plural_stem
    return [(m, m, "m"), (m + "s", m, "m"), (m + "es", m, "m"), (p + "e", m, "m"),
            (p + "en", m, "m"), (p + "in", p + "in", "f"), (p + "innen", p + "in", "f")]


def adj(stem):
    """Vorsitzender (adjectival noun): -er is masculine; -e/-en do not mark the gender (n)."""
    return [(stem + "er", stem + "er", "m"), (stem + "e", stem + "e", "n"), (stem + "en", stem + "e", "n"),
            (stem + "em", stem + "er", "m")]


def chef(m):
    """Chef: Chefs; Chefin/Chefinnen."""
    return [(m, m, "m"), (m + "s", m, "m"), (m + "in", m + "in", "f"), (m + "innen", m + "in", "f")]


def neuter(m):
    """Vorstandsmitglied: -s/-es genitive, -er plural, -ern dative plural."""
    return [(m, m, "n"), (m + "s", m, "n"), (m + "es", m, "n"), (m + "er", m, "n"), (m + "ern", m, "n")]


def herr(m):
    """Schirmherr: Schirmherrn, Schirmherren; Schirmherrin."""
    return [(m, m, "m"), (m + "n", m, "m"), (m + "en", m, "m"), (m + "in", m + "in", "f"), (m + "innen", m + "in", "f")]


def inv(m):
    """English or invariable titles: one form, gender not marked."""
    return [(m, m, "n")]


ENTRIES = []


def add(cls, *groups):
    for g in groups:
        ENTRIES.extend((form, lemma, gender, cls) for form, lemma, gender in g)


MINISTER_PREFIXES = ["", "Bundes", "Landes", "Staats", "Premier", "Wirtschafts", "Außen", "Handels",
                     "Finanz", "Umwelt", "Bildungs", "Verkehrs", "Forschungs", "Justiz", "Innen",
                     "Gesundheits", "Europa", "Kultus", "Wissenschafts", "Landwirtschafts", "Bau",
                     "Arbeits", "Entwicklungs", "Verteidigungs", "Kultur", "Digital", "Energie",
                     "Bundeswirtschafts", "Bundesaußen", "Bundesfinanz", "Bundesforschungs",
                     "Bundesbildungs", "Bundesentwicklungs", "Bundesumwelt", "Bundesverkehrs",
                     "Bundesinnen", "Bundesjustiz", "Bundesgesundheits", "Bundesarbeits",
                     "Landeswirtschafts", "Handels- und Industrie"]
add("politics", *[er(p + "minister") for p in MINISTER_PREFIXES])
add("politics", *[weak(p + "präsident") for p in
                  ["Minister", "Bundes", "Staats", "Landtags", "Bundestags", "Parlaments", "Vize"]])
add("other", weak("Präsident"), weak("Ehrenpräsident"))
add("business", weak("Kammerpräsident"), weak("IHK-Präsident"), weak("Verbandspräsident"))
add("administration", weak("Regierungspräsident"), weak("Polizeipräsident"))
add("politics", strong("Staatssekretär"), strong("Parteisekretär"), strong("Generalsekretär"),
    strong("Parlamentssekretär"))
add("other", strong("Sekretär"))
add("politics", er("Bundeskanzler", "Bundeskanzlerin"), er("Vizekanzler"),
    chef("Staatschef"), chef("Regierungschef"), chef("Parteichef"), chef("Fraktionschef"),
    adj("Parteivorsitzend"), adj("Fraktionsvorsitzend"), adj("Abgeordnet"), adj("Bundestagsabgeordnet"),
    adj("Landtagsabgeordnet"), adj("Europaabgeordnet"), adj("Stadtverordnet"),
    strong("Gouverneur"), strong("Vizegouverneur"), orr("Senator"), orr("Wirtschaftssenator"),
    er("Bürgermeister"), er("Oberbürgermeister"), er("Vizebürgermeister"), er("Bezirksbürgermeister"),
    er("Regierungssprecher"), er("Volksvertreter"),
    # Heads of government of partner countries as German press names them: `Chinas Premier`, `Vizepremier`.
    # (Not `Premiere`/`Premieren`: those are first performances.)
    [("Premier", "Premier", "m"), ("Premiers", "Premier", "m"), ("Premierin", "Premierin", "f")],
    [("Vizepremier", "Vizepremier", "m"), ("Vizepremiers", "Vizepremier", "m"), ("Vizepremierin", "Vizepremierin", "f")],
    er("Vizepremierminister"), weak("Vizeministerpräsident"), er("Vizeminister"))
add("administration", umlaut("Landrat", "Landrät"), umlaut("Stadtrat", "Stadträt"),
    weak("Dezernent"), weak("Wirtschaftsdezernent"),
    adj("Beigeordnet"), er("Kämmerer", "Kämmerin"), er("Stadtkämmerer", "Stadtkämmerin"),
    er("Amtsleiter"), er("Referatsleiter"), er("Abteilungsleiter"), er("Behördenleiter"),
    orr("Stadtdirektor"), orr("Kreisdirektor"), orr("Oberkreisdirektor"), weak("Referent"),
    adj("Beauftragt"), adj("Klimabeauftragt"), adj("Chinabeauftragt"), adj("China-Beauftragt"),
    adj("Europabeauftragt"), adj("Asienbeauftragt"), adj("Integrationsbeauftragt"),
    adj("Datenschutzbeauftragt"), adj("Gleichstellungsbeauftragt"), adj("Wirtschaftsbeauftragt"),
    adj("Bevollmächtigt"), er("Wirtschaftsförderer"), er("Stadtplaner"),
    neuter("Ratsmitglied"), herr("Ratsherr"), er("Ortsvorsteher"), er("Bezirksvorsteher"))
add("diplomacy", er("Botschafter"),
    [("Generalkonsul", "Generalkonsul", "m"), ("Generalkonsuls", "Generalkonsul", "m"),
     ("Generalkonsuln", "Generalkonsul", "m"), ("Generalkonsulin", "Generalkonsulin", "f"),
     ("Generalkonsulinnen", "Generalkonsulin", "f")],
    [("Konsul", "Konsul", "m"), ("Konsuls", "Konsul", "m"), ("Konsuln", "Konsul", "m"),
     ("Konsulin", "Konsulin", "f"), ("Konsulinnen", "Konsulin", "f")],
    [("Ehrenkonsul", "Ehrenkonsul", "m"), ("Ehrenkonsuls", "Ehrenkonsul", "m"),
     ("Ehrenkonsuln", "Ehrenkonsul", "m"), ("Ehrenkonsulin", "Ehrenkonsulin", "f")],
    adj("Gesandt"), adj("Sondergesandt"), adj("Sonderbeauftragt"), weak("Diplomat"),
    [("Attaché", "Attaché", "m"), ("Attachés", "Attaché", "m"), ("Wirtschaftsattaché", "Wirtschaftsattaché", "m"),
     ("Handelsattaché", "Handelsattaché", "m"), ("Kulturattaché", "Kulturattaché", "m")],
    umlaut("Gesandtschaftsrat", "Gesandtschaftsrät"), umlaut("Botschaftsrat", "Botschaftsrät"),
    umlaut("Handelsrat", "Handelsrät"), adj("Delegiert"), er("Delegationsleiter"),
    er("Missionsleiter"))
add("business", er("Geschäftsführer"), er("Hauptgeschäftsführer"), er("Geschäftsleiter"),
    umlaut("Vorstand", "Vorständ")[:5], adj("Vorstandsvorsitzend"), chef("Vorstandschef"),
    neuter("Vorstandsmitglied"), adj("Aufsichtsratsvorsitzend"), chef("Aufsichtsratschef"),
    umlaut("Aufsichtsrat", "Aufsichtsrät"), neuter("Aufsichtsratsmitglied"), neuter("Beiratsmitglied"),
    orr("Direktor"), orr("Generaldirektor"), orr("Geschäftsdirektor"), orr("Finanzdirektor"),
    orr("Verwaltungsdirektor"), orr("Landesdirektor"), orr("Regionaldirektor"),
    er("Niederlassungsleiter"), er("Vertriebsleiter"), er("Bereichsleiter"), er("Werksleiter"),
    er("Standortleiter"), er("Büroleiter"), er("Länderleiter"), weak("Prokurist"), er("Gesellschafter"),
    er("Gründer"), er("Mitgründer"), er("Firmengründer"), er("Inhaber"), er("Firmeninhaber"),
    er("Mitinhaber"), er("Eigentümer"), er("Unternehmer"), er("Manager"), er("Projektmanager"),
    er("Projektleiter"), er("Ansprechpartner"), er("Partner"), weak("Repräsentant"),
    weak("Chefrepräsentant"), er("Vertreter"),
    [("Chefvolkswirt", "Chefvolkswirt", "m"), ("Chefvolkswirts", "Chefvolkswirt", "m"),
     ("Chefvolkswirtin", "Chefvolkswirtin", "f")],
    chef("Chef"), chef("Firmenchef"), chef("Konzernchef"), chef("Unternehmenschef"), chef("Verbandschef"),
    chef("Kammerchef"), chef("Bankchef"), er("Berater"), er("Unternehmensberater"),
    orr("Investor"), er("Wirtschaftsprüfer"), er("Steuerberater"),
    inv("CEO"), inv("CFO"), inv("COO"), inv("CTO"), inv("CIO"), inv("Managing Director"),
    inv("Chairman"), inv("Chairwoman"), inv("President"), inv("Vice President"),
    inv("General Manager"), inv("Director"), inv("Chief Representative"), inv("Country Manager"),
    inv("Senior Manager"), inv("Head"), inv("Founder"), inv("Co-Founder"), inv("Executive Director"),
    inv("Vice Chairman"), inv("Secretary General"))
add("science", orr("Professor"), orr("Juniorprofessor"), orr("Honorarprofessor"), orr("Rektor"),
    orr("Prorektor"), strong("Dekan"), er("Kanzler", "Kanzlerin"),
    weak("Dozent"), weak("Doktorand"), er("Wissenschaftler"), er("Forscher"), er("Institutsleiter"),
    er("Lehrstuhlinhaber"), er("Studiengangsleiter"), weak("Student"))
add("law", umlaut("Rechtsanwalt", "Rechtsanwält"), umlaut("Anwalt", "Anwält"),
    umlaut("Patentanwalt", "Patentanwält"), strong("Notar"), strong("Justiziar"),
    umlaut("Staatsanwalt", "Staatsanwält"))
# `Richter` (judge) is left out: far more often a surname (`Jonas Richter, Geschäftsführer …`); compounds such as
# `Verfassungsrichter` are rare in these press releases.
# Chambers of commerce name their president `Präses` (plural `Präsides`, gender not marked).
add("business", [("Präses", "Präses", "n"), ("Präsides", "Präses", "n"), ("Vizepräses", "Vizepräses", "n")],
    inv("Project Manager"), inv("Sales Director"), inv("Regional Director"), inv("Deputy Director"),
    inv("Deputy General Manager"), inv("Chief Executive Officer"))
# Law firms name their lawyers by English career titles (`Partnerin Dr. Eva Roth und Associate Jan Ott`).
add("law", inv("Counsel"), inv("Of Counsel"), inv("Associate"), inv("Senior Associate"), inv("Managing Partner"),
    inv("Equity Partner"), inv("Salary Partner"))
# Offices of partner countries as German press releases name them: Polish voivodeships and districts,
# French departments, Japanese prefectures, Vietnamese and Chinese people's committees and party bodies.
add("politics", [("Marschall", "Marschall", "m"), ("Marschalls", "Marschall", "m"), ("Marschalle", "Marschall", "m"),
                 ("Marschällen", "Marschall", "m"), ("Marschallin", "Marschallin", "f")],
    [("Vizemarschall", "Vizemarschall", "m"), ("Vizemarschalls", "Vizemarschall", "m"),
     ("Vizemarschallin", "Vizemarschallin", "f")],
    weak("Woiwode"), weak("Vizewoiwode"), weak("Starost"), weak("Vizestarost"), weak("Präfekt"), weak("Unterpräfekt"),
    weak("Stadtpräsident"), weak("Bezirkspräsident"), weak("Regionalpräsident"), weak("Provinzpräsident"),
    strong("Provinzsekretär"), strong("Präfekturgouverneur"), strong("Provinzgouverneur"),
    umlaut("Kreisrat", "Kreisrät"), umlaut("Gemeinderat", "Gemeinderät"), umlaut("Ortschaftsrat", "Ortschaftsrät"),
    adj("Kreistagsabgeordnet"), adj("Kreistagsvorsitzend"),
    adj("Stadtratsvorsitzend"), er("Stadtverordnetenvorsteher"))
add("diplomacy", [("Honorarkonsul", "Honorarkonsul", "m"), ("Honorarkonsuls", "Honorarkonsul", "m"),
                  ("Honorarkonsuln", "Honorarkonsul", "m"), ("Honorarkonsulin", "Honorarkonsulin", "f")],
    [("Handelskonsul", "Handelskonsul", "m"), ("Handelskonsuls", "Handelskonsul", "m"),
     ("Handelskonsulin", "Handelskonsulin", "f")])
add("other", adj("Vorsitzend"), adj("Ehrenvorsitzend"),
    er("Leiter"), er("Sprecher"), er("Pressesprecher"), er("Unternehmenssprecher"),
    orr("Koordinator"), orr("Moderator"), orr("Organisator"), herr("Schirmherr"),
    er("Gastgeber"), weak("Experte"), er("Geschäftsstellenleiter"), er("Vorsteher"),
    er("Teamleiter"), er("Programmleiter"))
add("other", weak("Korrespondent"), strong("Redakteur"), strong("Chefredakteur"), weak("Journalist"))
# Schools and plants: `Lehrerin Anna Roth`, `Werkleiter Jan Ott`; a district's chief official under the Landrat
# (`Erste Landesbeamtin`, adjectival like `Beamter`).
add("other", er("Lehrer"), er("Klassenlehrer"), er("Schulleiter"), orr("Konrektor"), er("Werkleiter"), er("Werksleiter"))
# Offices of an association's board: `Schatzmeister NAME`, `Schriftführerin NAME`, `Kassenwart NAME`, `Beisitzerin NAME`;
# a company's technical head (`Technikchef`).
add("other", er("Schatzmeister"), er("Schriftführer"), strong("Kassenwart"), er("Beisitzer"), er("Kassenprüfer"),
    chef("Technikchef"))
add("administration", [("Landesbeamter", "Landesbeamter", "m"), ("Landesbeamte", "Landesbeamte", "n"),
                       ("Landesbeamten", "Landesbeamte", "n"), ("Landesbeamtin", "Landesbeamtin", "f"),
                       ("Landesbeamtinnen", "Landesbeamtin", "f")])

# English titles of companies and universities in German text (`Chief Technology Officer`, `Dean`), and the senior
# official under a senator in Hamburg and Bremen (`Staatsrat`, `Staatsrätin`).
add("business", inv("Chief Technology Officer"), inv("Chief Financial Officer"), inv("Chief Operating Officer"),
    inv("Chief Marketing Officer"), inv("Executive Vice President"), inv("Senior Vice President"),
    inv("Vice General Manager"), inv("Deputy Managing Director"))
add("science", inv("Dean"), inv("Vice Dean"))
# Sales and staff titles of company releases: `bisher Key Account Manager bei …`, `als Vertriebsvorstand`, `Personalchefin`.
add("business", inv("Key Account Manager"), inv("Account Manager"), umlaut("Vertriebsvorstand", "Vertriebsvorständ")[:5],
    umlaut("Finanzvorstand", "Finanzvorständ")[:5], umlaut("Personalvorstand", "Personalvorständ")[:5], chef("Personalchef"))
add("administration", umlaut("Staatsrat", "Staatsrät"))

HEADER = """# roles.tsv: role nouns (offices, positions, functions) and every inflected form ({count} rows).
# Source: compiled by the graph-export authors from general knowledge of German
# morphology and press usage; generated by scripts/gen-roles.py (edit the script, not this file).
# Columns:
#   form    the form as written in text (case-sensitive): nominative, genitive, dative and
#           plural forms each on their own row, masculine and feminine
#   lemma   nominative singular of the same gender (Bürgermeisterinnen -> Bürgermeisterin)
#   gender  m = masculine, f = feminine, n = not marked by the form: adjectival nouns ending
#           in -e/-en (der/die Vorsitzende, den Vorsitzenden; lemma ends in -e), neuter nouns
#           (Vorstandsmitglied) and English titles (CEO)
#   class   politics / business / diplomacy / administration / science / law / other
"""


def main():
    seen = {}
    for form, lemma, gender, cls in ENTRIES:
        if form in seen:
            continue  # first class wins (e.g. Präsident forms listed once)
        seen[form] = (lemma, gender, cls)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER.format(count=len(seen)))
        for form in seen:
            lemma, gender, cls = seen[form]
            f.write(f"{form}\t{lemma}\t{gender}\t{cls}\n")
    print(f"wrote {len(seen)} rows")


if __name__ == "__main__":
    main()
