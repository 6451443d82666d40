"""English texts of the command line's help, keyed by the Swedish help text (the source text)."""

from redact.cli_lang import MESSAGES

HELP_EN: dict[str, str] = {
    # redact
    "Hitta, granska och maskera personuppgifter i allmänna handlingar.":
        "Find, review and mask personal data in public documents.",
    "hitta personuppgifter och skriv fynden som JSON": "find personal data and write the findings as JSON",
    "maskera fynden i en fyndfil (alla utom avvisade)": "mask the findings of a findings file (all but the rejected ones)",
    "hitta, godta alla förslag, maskera och verifiera i ett steg": "find, accept every proposal, mask and verify in one step",
    "anonymisera en text (UTF-8) och skriv den till standard ut eller en fil":
        "anonymise a text (UTF-8) and write it to standard output or a file",
    "granskningsloggen: kontrollera och exportera": "the audit log: check and export",
    "skriv ett beslut om utlämnande med maskeringar (PDF)": "write a decision on disclosure with masks (PDF)",
    "granska och besluta om maskeringar i webbläsaren": "review and decide on masks in the web browser",
    "konton för granskningsappen (granskare, beslutsfattare, admin)": "accounts of the review app (reviewer, decision maker, admin)",
    "skriv ett ärendes utlämnande som en zip: maskerade PDF:er, beslut och logg":
        "write a case's disclosure as one zip: masked PDFs, decision and log",
    # detect, apply, run
    "PDF- eller UTF-8-textfil (- läser standard in); e-post, kontorsfil eller bild konverteras först":
        "PDF or UTF-8 text file (- reads standard input); e-mail, office file or image is converted first",
    "fyndfil (standard eller -: skriv till standard ut)": "findings file (default or -: write to standard output)",
    "spara den konverterade PDF-filen som fynden gäller (e-post, kontorsfiler, bilder) för redact apply":
        "keep the converted PDF file the findings refer to (e-mail, office files, images) for redact apply",
    "PDF-filen fynden gäller": "the PDF file the findings refer to",
    "fyndfil från redact detect, ev. redigerad (- läser standard in)":
        "findings file from redact detect, edited or not (- reads standard input)",
    "den maskerade PDF-filen (- skriver till standard ut)": "the masked PDF file (- writes to standard output)",
    "PDF-filen; eller flera filer, mappar och zip-filer (ett ärende)": "the PDF file; or several files, folders and zip files (a case)",
    "den maskerade PDF-filen; för ett ärende en mapp": "the masked PDF file; for a case a folder",
    "antal dokument som behandlas samtidigt, i egna processer (standard: antal kärnor)":
        "number of documents processed at once, each in its own process (default: the number of cores)",
    "local: processer på den här datorn (standard); ray: uppgifter på ett Ray-kluster":
        "local: processes on this computer (default); ray: tasks on a Ray cluster",
    "med --engine ray: adressen till ett befintligt Ray-kluster (standard: ett lokalt kluster startas)":
        "with --engine ray: the address of an existing Ray cluster (default: a local cluster is started)",
    "skriv granskningsposten (JSON) hit": "write the audit record (JSON) here",
    "skriv kategori eller rättslig grund i maskeringsrutan (standard: svart ruta)":
        "write the category or legal ground in the mask box (default: a black box)",
    "verifiera bara med MuPDF": "verify with MuPDF only",
    "tolka inte inskannade sidor med OCR": "do not read scanned pages with OCR",
    "längsta processortid per sida innan filen vägras (standard 120; väntan tillåts fyra gånger så länge)": "longest processor time per page before the file is refused (default 120; waiting is allowed four times as long)",
    "största minnesökning i MB innan filen vägras (standard 3072)":
        "largest memory growth in MB before the file is refused (default 3072)",
    "längsta processortid per sida (och per bilaga vid konvertering) innan en uppladdad fil vägras (standard 120)":
        "longest processor time per page (and per attachment when converting) before an uploaded file is refused "
        "(default 120)",
    "största minnesökning i MB när en uppladdad fil läses eller konverteras (standard 3072)":
        "largest memory growth in MB while an uploaded file is read or converted (default 3072)",
    "största antal sidor (standard 10000)": "largest number of pages (default 10000)",
    "lägg inget sökbart textlager på inskannade sidor": "put no searchable text layer on scanned pages",
    "ta inte bort dold text (bara för felsökning)": "do not remove hidden text (for debugging only)",
    "ta med kommentarer, bifogade filer och dolda fält som bilagesidor sist (de maskeras som andra sidor)":
        "include comments, attached files and hidden fields as appendix pages at the end (masked like other pages)",
    "profil med rättsliga grunder (t.ex. socialtjanst, halso_sjukvard, personal, skola, gdpr) eller sökväg till en TOML-fil":
        "profile with legal grounds (e.g. socialtjanst, halso_sjukvard, personal, skola, gdpr) or the path of a TOML file",
    "personalförteckning (CSV: name,title,email,phone) över tjänstemän i tjänsteutövning":
        "staff list (CSV: name,title,email,phone) of officials acting in their office",
    "myndighetens egna uppgifter (TOML: namn, adresser, växel, domäner, funktionsbrevlådor) som föreslås lämnas ut":
        "the authority's own details (TOML: name, addresses, switchboard, domains, shared mailboxes), proposed for disclosure",
    "granskningsloggen (SQLite); standard: $REDACT_LOG eller användarens datamapp":
        "the audit log (SQLite); default: $REDACT_LOG or the user's data folder",
    "ärendets id (pseudonymt), t.ex. diarienummer; standard: filens hash":
        "the case's id (pseudonymous), e.g. the registration number; default: the file's hash",
    "vem som fattar besluten (standard: auto)": "who makes the decisions (default: auto)",
    # text
    "textfil, eller - för standard in": "text file, or - for standard input",
    "utfil (standard eller -: standard ut)": "output file (default or -: standard output)",
    "replace: [PERSON]; mask: *****; pseudonym: [PERSON 1], samma nummer för samma person":
        "replace: [PERSON]; mask: *****; pseudonym: [PERSON 1], the same number for the same person",
    "bara den här kategorin (kan upprepas), t.ex. PERSON": "only this category (may be repeated), e.g. PERSON",
    "text som inte är en personuppgift här (kan upprepas)": "text that is not personal data here (may be repeated)",
    "text som alltid tas bort (kan upprepas)": "text that is always removed (may be repeated)",
    "profil: vad profilen föreslår att lämna ut står kvar": "profile: what the profile proposes to disclose is kept",
    "myndighetens egna uppgifter (TOML) som föreslås lämnas ut": "the authority's own details (TOML), proposed for disclosure",
    # audit, decision, package
    "kontrollera att loggens hashkedja är hel (exit 4 om den är manipulerad)":
        "check that the log's hash chain is intact (exit 4 if it has been tampered with)",
    "skriv ett ärendes poster som JSON": "write a case's entries as JSON",
    "granskningsloggen (standard: $REDACT_LOG eller användarens datamapp)":
        "the audit log (default: $REDACT_LOG or the user's data folder)",
    "ärendets id": "the case's id",
    "JSON-fil (standard: skriv till skärmen)": "JSON file (default: write to the screen)",
    "beslutets PDF-fil, t.ex. beslut.pdf": "the decision's PDF file, e.g. decision.pdf",
    "beslutsfattarens namn och titel": "the decision maker's name and title",
    "myndighetens namn (annars mallens)": "the authority's name (else the template's)",
    "egen beslutsmall (.toml)": "own decision template (.toml)",
    "beslutsdatum (standard: i dag)": "date of the decision (default: today)",
    "paketets zip-fil": "the package's zip file",
    "beslutsfattarens namn och titel i beslutet": "the decision maker's name and title in the decision",
    "myndighetens namn i beslutet": "the authority's name in the decision",
    # review
    "PDF-filer som blir ett nytt ärende": "PDF files that become a new case",
    "granskningsdatabasen: en SQLite-fil eller postgresql://…; standard: REDACT_REVIEW_DB eller under användarens datamapp":
        "the review database: an SQLite file or postgresql://…; default: REDACT_REVIEW_DB or under the user's data folder",
    "granskningsloggen (standard: REDACT_LOG eller under användarens datamapp)":
        "the audit log (default: REDACT_LOG or under the user's data folder)",
    "mapp för handlingar och utdata (krävs med en PostgreSQL-databas)":
        "folder for documents and outputs (required with a PostgreSQL database)",
    "mapp med verksamhetens egna profiler (*.toml), förvaltad av admin":
        "folder with the organisation's own profiles (*.toml), kept by the admin",
    "adress att lyssna på (standard 127.0.0.1); en annan adress kräver att minst ett konto finns":
        "address to listen on (default 127.0.0.1); another address needs at least one account",
    "port (standard 8765; 0 = valfri ledig)": "port (default 8765; 0 = any free port)",
    "antal samtidiga förfrågningar (standard 8)": "number of simultaneous requests (default 8)",
    "namnet användarna skriver i webbläsaren (t.ex. granskning.kommun.se); kan upprepas":
        "the name users type in the browser (e.g. review.municipality.se); may be repeated",
    "appen nås via HTTPS (omvänd proxy): sessionskakan märks Secure":
        "the app is reached through HTTPS (a reverse proxy): the session cookie is marked Secure",
    "starta bara servern, öppna ingen webbläsare": "only start the server, open no browser",
    "den som slutför får inte vara den enda som har granskat": "whoever finalises must not be the only one who reviewed",
    "personallista (CSV) med tjänstemän i tjänsteutövning": "staff list (CSV) of officials acting in their office",
    "ärende-id för ett nytt ärende (pseudonym; standard: automatiskt)": "case id of a new case (a pseudonym; default: automatic)",
    "diarienummer för ett nytt ärende": "registration number of a new case",
    "verksamhetsprofil för ett nytt ärende (standard: default)": "profile of a new case (default: default)",
    "kontot som lägger till FILES i ett nytt ärende (standard: det enda kontot)":
        "the account that adds FILES to a new case (default: the only account)",
    # users
    "lägg till ett konto (lösenordet läses från standard in, eller efterfrågas)":
        "add an account (the password is read from standard input, or asked for)",
    "visa alla konton": "list every account",
    "ta bort ett konto (besluten behåller namnet)": "remove an account (its decisions keep the name)",
    "byt lösenord för ett konto": "change an account's password",
    "granskare, beslutsfattare eller admin": "reviewer, decision maker or admin",
}

# the common options' help lives with the command line's own lines
HELP_EN.update({sv: en for key, (sv, en) in MESSAGES.items() if key.startswith("help_")})
