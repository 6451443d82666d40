"""A supplier register shared by the over-masking tests: a sole trader's and two companies' rows with their
org.nr, bankgiro and contact person, then the registry's own contact lines. Fictional people and organisations."""

SUPPLIERS = "\n".join([
    "Leverantörsregister, utdrag",
    "Leverantör", "Form", "Org.nr", "Bankgiro", "Kontaktperson",
    "Hasan Demir Snickeri", "EF", "19760412-3938", "5871-0344", "Hasan Demir",
    "Ornäs Måleri och Fasad AB", "AB", "556703-1184", "5318-2047", "Petra Nyström",
    "Nordvatten Teknik AB", "AB", "559203-4416", "5092-7763", "Pontus Åberg",
    "",
    "Frågor om registret: ekonomi@ornas.se, 0570-190 00 (växel).",
    "Skolans expedition: 0570-284 10. Rektor nås direkt på 0570-284 17.",
])
