#!/usr/bin/env python3
"""Writes the hard-input corpus Tests/Fixtures/hard/*.* (run from anywhere; the files are committed).

Big inputs (the 50 MB line, 100,000 nested elements, folders for the interruption tests) are made by the tests.
"""
import os
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'Tests', 'Fixtures', 'hard'))
def w(name, data):
    open(name,'wb').write(data if isinstance(data,bytes) else data.encode('utf-8'))
u = "Düsseldorf und Chongqing sind seit 2011 Partnerstädte.\n\nOberbürgermeister Lukas Brenner empfing die Gäste aus Chongqing im Rathaus.\n".encode('utf-8')
u = u.replace(b'seit', b'seit\xff').replace('Gäste'.encode(), 'Gäste'.encode() + b'\xc0')
w('invalid-utf8.txt', u)
w('windows-1252.txt', "Göttingen und Jiaxing sind seit 2019 Partnerstädte.\n\nOberbürgermeisterin Jutta Weiß besuchte im Mai „die Partner“ in Jiaxing – Kosten: 5 €.\n".encode('cp1252'))
t16 = "Würzburg und Suzhou sind seit 2010 Partnerstädte.\n\nBürgermeister Tobias Kühn reiste im Juni nach Suzhou.\n"
w('utf16le-bom.txt', b'\xff\xfe' + t16.encode('utf-16-le'))
w('utf16be-bom.txt', b'\xfe\xff' + t16.encode('utf-16-be'))
w('binary-pdf.txt', b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n4 0 obj\n<< /Length 44 /Filter /FlateDecode >>\nstream\nx\x9c\x00\x00\x01\xff\x00\x13\x8b\x00\x00\x00\x00\xa7\x10endstream\nendobj\n")
w('empty.txt', b'')
w('unclosed.html', "<html><head><title>Neues aus Erfurt<body><div><div><p>Erfurt und Haikou sind seit 2018 Partnerstädte.<div><span><b><i>Oberbürgermeisterin Petra Lindner besuchte Haikou im Herbst.<p><table><tr><td>Ende ohne Schluss")
w('script-style.html', """<!DOCTYPE html><html><head><meta charset="utf-8"><style>p::before { content: "Phantomstadt und Geisterhausen sind Partnerstädte."; }</style>
<script>var s = "Scriptburg und Codeheim sind seit 2001 Partnerstädte."; if (a < b && c > d) { document.write("<p>Oberbürgermeister Max Skript</p>"); }</script></head>
<body><p>Jena und Yangzhou sind seit 2016 Partnerstädte.</p><script type="text/template"><p>Bürgermeister Tom Vorlage besuchte Templatingen.</p></script><noscript>Die Stadt Noskriptdorf ist Mitglied im Verein "Ohne Skript e.V.".</noscript></body></html>""")
lines = ["Kiel, 2. Mai 2022 - Kiel und Qingdao sind seit 2008 Partnerstädte.", "", "Oberbürgermeisterin Anke Harms empfing", "eine Delegation aus Qingdao.", ""]
w('crlf.txt', "\r\n".join(lines))
w('cr.txt', "\r".join(lines))
w('nul-inside.txt', "Potsdam und Jiaozuo\x00 sind seit 2009 Partnerstädte.\n\nOberbürger\x00meister Sven Lindemann begrüßte die Gäste aus Jiaozuo.\x00\n")
w('soft-hyphen-zwsp.txt', "Ros\u00adtock und Dalian sind seit 1988 Partnerstädte.\n\nOberbürgermeisterin Hel\u00adga Sto\u200bckmann empfing die Gäste aus Da\u200blian.\n")
w('special-characters.txt', 'Die Stadt Kiel ist Mitglied im Verein "Freunde {des} <Hafens> e.V.".\n\nDie Stadt Lübeck ist Mitglied im Verein "Back\\Slash Freunde e.V.".\n\nDie Stadt Husum ist Mitglied im Verband "Küste <&> Meer".\n\nDie Stadt Eutin ist Mitglied im Verein "Nord^Süd e.V.".\n\nDie Stadt Preetz ist Mitglied im Verein "Ebbe|Flut e.V.".\n\nDie Stadt Plön ist Mitglied im Verein "Tick`Trick e.V.".\n\nDie Stadt Wismar ist Mitglied im Verein "Freunde des\nOstseehafens e.V.".\n')
w('same-name-types.txt', "Bremen und Dalian sind seit 1985 Partnerstädte.\n\nDie Stadt Kiel ist Mitglied im Verband \"Bremen\".\n")
w('all-lists.md', "- Lingen und Wuxi sind Partnerstädte\n- Oberbürgermeister Dieter Krone besuchte Wuxi\n- Die Stadt Nordhorn ist Mitglied im Verein \"Grenzland e.V.\"\n\n1. Kontakt: presse@lingen.example\n2. Telefon: 0591 9144-0\n3. Rathaus, Elisabethstraße 14, 49808 Lingen\n\n* Bremen\n* Hamburg\n* Schwerin\n")
