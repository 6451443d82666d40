"""English texts of the library's messages, keyed by the Swedish template (the source text).

Same fields as the Swedish template; a template that is not here is shown in Swedish
(tests/test_cli_lang.py checks that every template the package raises or builds is here).
"""

EN: dict[str, str] = {
    # ---- command line and standard streams
    "--address gäller bara --engine ray": "--address applies only to --engine ray",
    "--converted måste vara en .pdf-fil": "--converted must be a .pdf file",
    "--jobs måste vara minst 1": "--jobs must be at least 1",
    "{option} måste vara större än noll": "{option} must be greater than zero",
    "standard in (-) kan bara läsas en gång": "standard input (-) can be read only once",
    "standard in är tom": "standard input is empty",
    "utdatafilen får inte vara samma fil som indatafilen": "the output file must not be the input file",
    "{name}: utdatafilen får inte vara samma fil som indatafilen": "{name}: the output file must not be the input file",
    "{path}: utdata måste vara en fil, inte en mapp": "{path}: the output must be a file, not a folder",
    "{parent}: mappen för utdatafilen finns inte": "{parent}: the folder for the output file does not exist",
    "{parent}: mappen för exportfilen finns inte": "{parent}: the folder for the export file does not exist",
    "{parent}: mappen för beslutet finns inte": "{parent}: the folder for the decision does not exist",
    "{parent}: mappen för paketet finns inte": "{parent}: the folder for the package does not exist",
    "{out}: utdata måste vara en fil i en befintlig mapp": "{out}: the output must be a file in an existing folder",
    "{name}: textfilen finns inte": "{name}: the text file does not exist",
    "{name}: är ingen fil": "{name}: is not a file",
    "{name}: texten är större än {value} MB": "{name}: the text is larger than {value} MB",
    "{name}: textfilen är större än {value} MB": "{name}: the text file is larger than {value} MB",
    "{name}: är inte UTF-8-kodad text; spara om den som UTF-8": "{name}: is not UTF-8 text; save it again as UTF-8",
    "{name}: redact run kräver en PDF-fil; använd redact detect för text":
        "{name}: redact run needs a PDF file; use redact detect for text",
    "{name}: maskering kräver en PDF-fil": "{name}: masking needs a PDF file",
    # ---- input files
    "{name}: filen finns inte": "{name}: the file does not exist",
    "{path}: filen finns inte": "{path}: the file does not exist",
    "{item}: filen eller mappen finns inte": "{item}: the file or folder does not exist",
    "{name}: är en mapp, inte en fil": "{name}: is a folder, not a file",
    "{name}: är inte en vanlig fil": "{name}: is not a regular file",
    "{name}: kan inte läsas ({strerror})": "{name}: cannot be read ({strerror})",
    "{name}: kan inte läsas ({exc})": "{name}: cannot be read ({exc})",
    "kan inte läsas ({reason})": "cannot be read ({reason})",
    "{name}: filen är tom": "{name}: the file is empty",
    "{name}: är ingen PDF-fil (saknar PDF-huvud)": "{name}: is not a PDF file (no PDF header)",
    "{name} är ingen PDF-fil": "{name} is not a PDF file",
    "{name} kan inte öppnas som PDF ({err})": "{name} cannot be opened as a PDF ({err})",
    "{name}: PDF-filen är skadad och kan inte öppnas ({value})": "{name}: the PDF file is damaged and cannot be opened ({value})",
    "{name}: är lösenordsskyddad; spara en olåst kopia och försök igen":
        "{name}: is password protected; save an unlocked copy and try again",
    "{name} är lösenordsskyddad; spara en olåst kopia och försök igen":
        "{name} is password protected; save an unlocked copy and try again",
    "{name}: PDF-filen har inga sidor (den kan vara trasig eller avkortad)":
        "{name}: the PDF file has no pages (it may be broken or truncated)",
    "sida {value} kan inte läsas ({value2})": "page {value} cannot be read ({value2})",
    "{name}: sida {number} finns inte (dokumentet har {page_count} sidor)":
        "{name}: page {number} does not exist (the document has {page_count} pages)",
    "{name}: sida {value} kan inte läsas, sidträdet är trasigt ({value2})":
        "{name}: page {value} cannot be read, the page tree is broken ({value2})",
    "{name}: PDF-filens objekttabell kan inte läsas ({value})": "{name}: the PDF file's cross-reference table cannot be read ({value})",
    "{name}: PDF-filens sidträd är trasigt ({value})": "{name}: the PDF file's page tree is broken ({value})",
    "{name}: har text i {what}, som inte kan maskeras säkert; skriv ut filen till en bild-PDF (rasterisera) och försök igen":
        "{name}: has text in {what}, which cannot be masked safely; print the file to an image PDF (rasterise it) and try again",
    "ett mönster (pattern)": "a pattern",
    "en mjuk mask (soft mask)": "a soft mask",
    "en formulärgrupp (form XObject) med trasig /Matrix": "a form XObject with a broken /Matrix",
    "ett Type 3-teckensnitt": "a Type 3 font",
    "{name}: har {pages} sidor, fler än gränsen {max_pages}; dela upp filen och maskera delarna var för sig":
        "{name}: has {pages} pages, more than the limit of {max_pages}; split the file and mask the parts one by one",
    "{name}: innehåller en bild på {w}×{h} bildpunkter, större än gränsen {max_image_megapixels:g} miljoner; vägras (trolig dekomprimeringsbomb)":
        "{name}: contains an image of {w}×{h} pixels, more than the limit of {max_image_megapixels:g} million; refused (a likely decompression bomb)",
    "{name}: ett komprimerat objekt (nr {xref}) tar längre tid än {stream_seconds:g} s att packa upp; vägras (trolig dekomprimeringsbomb)":
        "{name}: a compressed object (no. {xref}) takes longer than {stream_seconds:g} s to unpack; refused (a likely decompression bomb)",
    "{name}: ett komprimerat objekt (nr {xref}) packas upp till mer än tillåtet; vägras (trolig dekomprimeringsbomb)":
        "{name}: a compressed object (no. {xref}) unpacks to more than allowed; refused (a likely decompression bomb)",
    "{name}: PDF-filen har objekt som är nästlade djupare än {max_depth} nivåer och vägras (trolig skadlig fil)":
        "{name}: the PDF file has objects nested deeper than {max_depth} levels and is refused (a likely malicious file)",
    "{what}: {page} tog längre tid än gränsen {page_seconds:g} s och avbröts (filen kan vara skadad eller byggd för att låsa verktyget)":
        "{what}: {page} took longer than the limit of {page_seconds:g} s and was stopped (the file may be damaged or built to lock up the tool)",
    "{what}: arbetsprocessen stoppades (troligen minnesgränsen {memory_mb} MB)":
        "{what}: the worker process was stopped (probably the memory limit of {memory_mb} MB)",
    "{what}: filen fick PDF-läsaren att krascha{value}; den vägras (skriv ut den till en ny PDF och försök igen)":
        "{what}: the file made the PDF reader crash{value}; it is refused (print it to a new PDF and try again)",
    "{what}: behandlingen behövde mer minne än gränsen {memory_mb} MB och avbröts (filen kan vara skadad eller byggd för att låsa verktyget)":
        "{what}: processing needed more memory than the limit of {memory_mb} MB and was stopped (the file may be damaged or built to lock up the tool)",
    "{what}: filen kunde inte behandlas ({payload}); den vägras": "{what}: the file could not be processed ({payload}); it is refused",
    # ---- forms, notes and layers
    "{name}: sidornas anteckningar kan inte läsas; skriv ut filen till en ny PDF och försök igen":
        "{name}: the pages' annotations cannot be read; print the file to a new PDF and try again",
    "{name}: formulärfält och anteckningar kan inte ritas in i sidorna ({kind}); skriv ut filen till en ny PDF och försök igen":
        "{name}: form fields and annotations cannot be drawn into the pages ({kind}); print the file to a new PDF and try again",
    "{name}: sida {page}: formulärfält eller anteckningar försvinner när de ritas in i sidan; skriv ut filen till en ny PDF och försök igen":
        "{name}: page {page}: form fields or annotations vanish when they are drawn into the page; print the file to a new PDF and try again",
    "{name}: är ett XFA-formulär utan vanliga PDF-fält och kan inte läsas säkert; öppna det i Adobe Acrobat Reader, välj Skriv ut och skriv ut till PDF, och försök igen med den nya filen":
        "{name}: is an XFA form without ordinary PDF fields and cannot be read safely; open it in Adobe Acrobat Reader, choose Print, print to PDF and try again with the new file",
    "{name}: en dold anteckning är för lång för en bilagesida; ta med den för hand":
        "{name}: a hidden note is too long for an appendix page; include it by hand",
    "{name}: sida {page}: värdet i ett formulärfält av typen {kind} kan inte ritas upp och skulle annars försvinna; skriv ut filen till en ny PDF och försök igen":
        "{name}: page {page}: the value of a form field of type {kind} cannot be drawn and would otherwise vanish; print the file to a new PDF and try again",
    "{name}: sida {page}: formulärfältet av typen {kind} kan inte ritas upp och dess värde skulle annars försvinna; skriv ut filen till en ny PDF och försök igen":
        "{name}: page {page}: the form field of type {kind} cannot be drawn and its value would otherwise vanish; print the file to a new PDF and try again",
    "sida {page}: vektorgrafik under en maskering eller en ogenomskinlig ruta kunde inte tas bort; skriv ut filen till en ny PDF och försök igen":
        "page {page}: vector art under a mask or an opaque box could not be removed; print the file to a new PDF and try again",
    "sida {page}: {n} vektorbanor under ogenomskinliga rutor är för många för att tas bort säkert; skriv ut filen till en ny PDF och försök igen":
        "page {page}: {n} vector paths under opaque boxes are too many to remove safely; print the file to a new PDF and try again",
    "{name}: {n} dolda lager går inte att visa, så deras text kan inte kontrolleras; skriv ut filen till en ny PDF och försök igen":
        "{name}: {n} hidden layers cannot be shown, so their text cannot be checked; print the file to a new PDF and try again",
    "1 dold anteckning": "1 hidden note",
    "{n} dolda anteckningar": "{n} hidden notes",
    "{n} kommentar": "{n} comment",
    "{n} kommentarer": "{n} comments",
    "{n} popup-anteckning": "{n} pop-up note",
    "{n} popup-anteckningar": "{n} pop-up notes",
    "{n} bifogad fil": "{n} attached file",
    "{n} bifogade filer": "{n} attached files",
    "{n} dold anteckning": "{n} hidden note",
    "{n} dolt formulärfält": "{n} hidden form field",
    "{n} dolda formulärfält": "{n} hidden form fields",
    "{head} ({what}; sida {pages}) finns som bilaga sist i den utlämnade kopian":
        "{head} ({what}; page {pages}) are in an appendix at the end of the disclosed copy",
    "{head} ({what}; sida {pages}) lämnas inte ut; ta med den som bilaga med --include-notes":
        "{head} ({what}; page {pages}) is not disclosed; include it as an appendix with --include-notes",
    "{head} ({what}; sida {pages}) lämnas inte ut; ta med dem som bilaga med --include-notes":
        "{head} ({what}; page {pages}) are not disclosed; include them as an appendix with --include-notes",
    "{n} synliga anteckningar eller formulärfält finns inte med i den utlämnade kopian":
        "{n} visible annotations or form fields are not in the disclosed copy",
    "filnamnet {file_name!r} innehåller en uppgift som maskeras ({categories}); ge filen ett neutralt namn innan den lämnas ut":
        "the file name {file_name!r} contains data that is masked ({categories}); give the file a neutral name before it is disclosed",
    # ---- rendering and verification
    "sida {number}": "page {number}",
    "filen": "the file",
    "{name}: {where} kan inte skrivas om säkert ({kind}); skriv ut filen till en ny PDF och försök igen":
        "{name}: {where} cannot be rewritten safely ({kind}); print the file to a new PDF and try again",
    "sidinnehållet på sida {value} kan inte läsas helt, så det går inte att visa att inget dolt finns kvar; skriv ut filen till en ny PDF och försök igen":
        "the content of page {value} cannot be read in full, so it cannot be shown that nothing hidden is left; print the file to a new PDF and try again",
    "en bild har delar som inte syns men inte kan tas bort säkert; skriv ut filen till en ny PDF och försök igen":
        "an image has parts that are not visible but cannot be removed safely; print the file to a new PDF and try again",
    "maskering {id} gäller sida {page}, men {name} har {page_count} sidor": "mask {id} is on page {page}, but {name} has {page_count} pages",
    "den maskerade filen gick inte att läsa tillbaka för verifiering ({kind}); indatafilen är troligen trasig: skriv ut den till en ny PDF och försök igen":
        "the masked file could not be read back for verification ({kind}); the input file is probably broken: print it to a new PDF and try again",
    "sida {number} kunde inte läsas om": "page {number} could not be read again",
    "fynd {id}: tecken {start}–{end} finns inte på sida {page}": "finding {id}: characters {start}–{end} are not on page {page}",
    "verifieringen hittade maskerat innehåll kvar på {where}; ingen utdatafil skrevs":
        "verification found masked content left on {where}; no output file was written",
    "innehåll utanför maskeringarna skulle försvinna på {where}; ingen utdatafil skrevs; skriv ut filen till en ny PDF och försök igen":
        "content outside the masks would vanish on {where}; no output file was written; print the file to a new PDF and try again",
    "sida {page} ({category})": "page {page} ({category})",
    "sida {page} ({share} % av sidans svärta{cause})": "page {page} ({share} % of the page's ink{cause})",
    "; {cause}": "; {cause}",
    "; {what} ligger på synlig text och kan inte tas bort utan den":
        "; {what} lies on visible text and cannot be removed without it",
    "text som går ut över sidkanten": "text running off the page",
    "bortklippt text": "clipped-away text",
    "text under en ifylld ruta": "text under a filled box",
    "text i bakgrundens färg": "text in the background's colour",
    "genomskinlig text": "transparent text",
    "mikroskopisk text": "microscopic text",
    "text i ett dolt lager": "text in a hidden layer",
    "osynlig text": "invisible text",
    "dold text": "hidden text",
    "ett Type 3-typsnitt ritar tecknen utanför de mått det anger, så maskeringen tar bort tecken som rutan inte täcker":
        "a Type 3 font draws its glyphs outside the measures it gives, so the mask removes glyphs the box does not cover",
    "typsnittets mått stämmer inte med tecknen, så maskeringen tar bort tecken som rutan inte täcker":
        "the font's measures do not match its glyphs, so the mask removes glyphs the box does not cover",
    "sida {page} ({share} % av sidans svärta)": "page {page} ({share} % of the page's ink)",
    "{shown}": "{shown}",
    "{shown} och {more} till": "{shown} and {more} more",
    # ---- OCR and the language model
    "textigenkänning (Tesseract) saknas: installera Debian-paketen tesseract-ocr och tesseract-ocr-swe (make setup)":
        "text recognition (Tesseract) is missing: install the Debian packages tesseract-ocr and tesseract-ocr-swe (make setup)",
    "{page_label}textigenkänningen tog mer än {timeout:.0f} s och avbröts; dela upp dokumentet eller höj tidsgränsen":
        "{page_label}text recognition took more than {timeout:.0f} s and was stopped; split the document or raise the time limit",
    "{page_label}textigenkänningen misslyckades ({msg})": "{page_label}text recognition failed ({msg})",
    "språkmodellen saknas i {path}; bygg den med: {BUILD_COMMAND} (eller peka ut en befintlig modell med miljövariabeln {ENV_VAR})":
        "the language model is missing in {path}; build it with: {BUILD_COMMAND} (or point to an existing model with the environment variable {ENV_VAR})",
    "språkmodellen i {path} kan inte läsas ({err}); bygg om den med: {BUILD_COMMAND}":
        "the language model in {path} cannot be read ({err}); rebuild it with: {BUILD_COMMAND}",
    # ---- findings files
    "{name}: fyndfilen finns inte": "{name}: the findings file does not exist",
    "{name}: är en mapp, inte en fyndfil": "{name}: is a folder, not a findings file",
    "{name}: är ingen giltig JSON-fil ({kind})": "{name}: is not a valid JSON file ({kind})",
    '{name}: saknar listan "findings"': '{name}: has no "findings" list',
    "{name}: okänt format {fmt!r}; den här versionen av redact läser {FORMAT}":
        "{name}: unknown format {fmt!r}; this version of redact reads {FORMAT}",
    "{name}: fynden gäller en annan fil ({meta}) än {name2}; kör redact detect igen":
        "{name}: the findings are for another file ({meta}) than {name2}; run redact detect again",
    "{name}: fynd-id förekommer mer än en gång": "{name}: a finding id occurs more than once",
    # ---- profiles, staff lists, organisation profiles, categories
    "okänd profil {raw!r}; välj en av: {value} eller ange en sökväg till en .toml-fil":
        "unknown profile {raw!r}; choose one of: {value} or give the path of a .toml file",
    "{path}: profilfilen finns inte": "{path}: the profile file does not exist",
    "{path}: profilfilen är inte UTF-8 ({reason})": "{path}: the profile file is not UTF-8 ({reason})",
    "{path}: profilfilen går inte att läsa: {err}": "{path}: the profile file cannot be read: {err}",
    "{value}: {key!r} måste vara en text": "{value}: {key!r} must be a text",
    "{where}: okänd kategori {cat!r}; menade du {close}?": "{where}: unknown category {cat!r}; did you mean {close}?",
    "{where}: ogiltig kategori {cat!r}; kända kategorier: {value} (egna kategorier skrivs med versaler, siffror och _, t.ex. EMPLOYEE_ID)":
        "{where}: invalid category {cat!r}; known categories: {value} (own categories are written with capitals, digits and _, e.g. EMPLOYEE_ID)",
    "{where}: officials_in_office måste vara true eller false": "{where}: officials_in_office must be true or false",
    "{where}: [grounds] måste vara en tabell": "{where}: [grounds] must be a table",
    '{where}: [grounds."{ref}"] måste vara en tabell': '{where}: [grounds."{ref}"] must be a table',
    "{where}: [categories] måste vara en tabell": "{where}: [categories] must be a table",
    "{where}: kategori {cat} måste vara en text eller en tabell": "{where}: category {cat} must be a text or a table",
    "{where}: kategori {cat}: mask måste vara true eller false": "{where}: category {cat}: mask must be true or false",
    "ogiltig kategori {bad!r} (versaler, siffror och _, t.ex. PERSON eller EMPLOYEE_ID)":
        "invalid category {bad!r} (capitals, digits and _, e.g. PERSON or EMPLOYEE_ID)",
    "ogiltig kategori {category!r} för {term!r} i deny": "invalid category {category!r} for {term!r} in deny",
    "{path}: {what} finns inte": "{path}: {what} does not exist",
    "{path}: {what} är inte UTF-8; spara den som {save_as} och försök igen":
        "{path}: {what} is not UTF-8; save it as {save_as} and try again",
    "personallistan": "the staff list",
    "organisationsprofilen": "the organisation profile",
    "{where}: filen är tom; första raden ska vara rubrikerna name, title, email, phone":
        "{where}: the file is empty; the first line should be the headings name, title, email, phone",
    "{where}: kolumnen name (namn) saknas i rubrikraden {rows!r}; rubrikerna ska vara name, title, email, phone":
        "{where}: the column name is missing in the heading line {rows!r}; the headings should be name, title, email, phone",
    "{where}: rad {n} saknar namn": "{where}: line {n} has no name",
    "{where}: rad {n}: ange för- och efternamn ({name!r} räcker inte för att känna igen personen)":
        "{where}: line {n}: give first and last name ({name!r} is not enough to recognise the person)",
    "{where}: filen är inte giltig TOML ({err})": "{where}: the file is not valid TOML ({err})",
    "{where}: okänd nyckel {key!r}; använd name, short_names, addresses, switchboard, domains, mailboxes":
        "{where}: unknown key {key!r}; use name, short_names, addresses, switchboard, domains, mailboxes",
    "{where}: name (myndighetens namn) saknas": "{where}: name (the authority's name) is missing",
    '{where}: {field} ska vara en lista med text, t.ex. ["...", "..."]': '{where}: {field} must be a list of texts, e.g. ["...", "..."]',
    '{where}: org_number ska vara text, t.ex. "212000-0000"': '{where}: org_number must be a text, e.g. "212000-0000"',
    # ---- audit log, decisions, packages
    "{path}: granskningsloggen finns inte; ange rätt fil med --log eller REDACT_LOG":
        "{path}: the audit log does not exist; give the right file with --log or REDACT_LOG",
    "{path}: är inte en granskningslogg ({err})": "{path}: is not an audit log ({err})",
    "ärende-id saknas": "the case id is missing",
    "ärendet {case!r} finns inte i granskningsloggen {path}": "the case {case!r} is not in the audit log {path}",
    "{path}: beslutsmallen finns inte": "{path}: the decision template does not exist",
    "{path}: beslutsmallen går inte att läsa: {err}": "{path}: the decision template cannot be read: {err}",
    "{where}: felaktig klammerparentes i texten {text!r} ({err})": "{where}: a wrong brace in the text {text!r} ({err})",
    "{where}: mallen använder {{{unknown}}} som inte finns; tillgängliga fält: {value}":
        "{where}: the template uses {{{unknown}}}, which does not exist; available fields: {value}",
    "beslutet blev orimligt långt; kontrollera mallen": "the decision became unreasonably long; check the template",
    "inget har maskerats i ärende {case}; handlingarna lämnas ut i sin helhet och inget avslagsbeslut behövs":
        "nothing was masked in case {case}; the documents are disclosed in full and no refusal decision is needed",
    "loggen anger inte var {name} skrevs (ärendet maskerades med en äldre version); kör om ärende {case} eller slutför det i granskningsappen":
        "the log does not say where {name} was written (the case was masked with an older version); run case {case} again or finalise it in the review app",
    "{name}: filen finns inte längre där den skrevs ({parent}); lägg tillbaka den eller kör om ärendet":
        "{name}: the file is no longer where it was written ({parent}); put it back or run the case again",
    "{name} har ändrats sedan den verifierades och loggades (SHA-256 stämmer inte); den lämnas inte ut – kör om ärendet för en ny, verifierad fil":
        "{name} has changed since it was verified and logged (the SHA-256 does not match); it is not disclosed – run the case again for a new, verified file",
    "ärende {case} har inga färdiga handlingar i granskningsloggen; maskera eller slutför det först":
        "case {case} has no finished documents in the audit log; mask or finalise it first",
    "{name} ändrades medan paketet skrevs; försök igen": "{name} changed while the package was written; try again",
    # ---- cases: folders, archives, e-mail, office files, images, engines
    "inga filer att behandla": "no files to process",
    "ärende {case}: {total} dokument": "case {case}: {total} documents",
    "{head} klar   {origin} -> {out} ({pages} sidor, {masks} maskeringar, {seconds:.1f} s)":
        "{head} done    {origin} -> {out} ({pages} pages, {masks} masks, {seconds:.1f} s)",
    "{head} redan klar {origin} -> {out} (hoppas över)": "{head} already done {origin} -> {out} (skipped)",
    "{head} vägrad {origin}: {error}": "{head} refused {origin}: {error}",
    "{name}: {err}": "{name}: {err}",
    "{name}: {why}": "{name}: {why}",
    "{name}: internt fel ({kind})": "{name}: internal error ({kind})",
    "internt fel ({kind})": "internal error ({kind})",
    "{name}: arbetsprocessen avbröts ({kind})": "{name}: the worker process was stopped ({kind})",
    "arbetsprocessen avbröts {n} gånger": "the worker process was stopped {n} times",
    "{name}: e-post, kontorsfiler, bilder och zip-filer skrivs till en mapp: ange en mapp med -o (t.ex. -o utlamnas/)":
        "{name}: e-mail, office files, images and zip files are written to a folder: give a folder with -o (e.g. -o disclosed/)",
    "{output}: för flera filer, mappar och zip-filer måste -o vara en mapp":
        "{output}: for several files, folders and zip files -o must be a folder",
    "{output}: utdatamappen får inte vara, innehålla eller ligga i en indatamapp":
        "{output}: the output folder must not be, contain or lie in an input folder",
    "granskningsposten får inte ligga i utdatamappen (den lämnas ut)":
        "the audit record must not be in the output folder (that folder is disclosed)",
    "{audit}: mappen för granskningsposten finns inte, eller så är det en mapp":
        "{audit}: the folder for the audit record does not exist, or it is a folder",
    "{name}: formatet kan inte läsas av redact detect; använd redact run för mappar och zip-filer":
        "{name}: redact detect cannot read this format; use redact run for folders and zip files",
    "{outdir}: utdata för flera filer måste vara en mapp": "{outdir}: the output for several files must be a folder",
    "{outdir}: mappen innehåller redan andra filer; ange en tom eller ny mapp":
        "{outdir}: the folder already holds other files; give an empty or new folder",
    "{value}: kan inte läsas; ange en tom eller ny mapp": "{value}: cannot be read; give an empty or new folder",
    "{name}: länkar följs inte; kopiera filen in i mappen": "{name}: links are not followed; copy the file into the folder",
    "{name}: filformatet kan inte läsas (tillåtna: {kinds})": "{name}: the file format cannot be read (allowed: {kinds})",
    "{name}: filformatet kan inte läsas": "{name}: the file format cannot be read",
    "{value}: filformatet kan inte läsas": "{value}: the file format cannot be read",
    "{name}: sökvägen pekar utanför arkivet och vägras": "{name}: the path points outside the archive and is refused",
    "{name}: symboliska länkar i arkiv vägras": "{name}: symbolic links in archives are refused",
    "{origin}: arkiv i arkiv i mer än {max_depth} nivåer vägras": "{origin}: archives in archives more than {max_depth} levels deep are refused",
    "{origin}: zip-filen är skadad och kan inte öppnas ({exc})": "{origin}: the zip file is damaged and cannot be opened ({exc})",
    "{origin}: zip-filen har {n} filer, fler än gränsen {max_entries} för ärendets arkiv":
        "{origin}: the zip file has {n} files, more than the limit of {max_entries} for the case's archives",
    "{origin}: zip-filen packas upp till mer än {max_total_mb} MB och vägras":
        "{origin}: the zip file unpacks to more than {max_total_mb} MB and is refused",
    "{origin}: {filename} packas upp {max_ratio:g} gånger större än den lagrade storleken (zip-bomb) och vägras":
        "{origin}: {filename} unpacks to {max_ratio:g} times its stored size (a zip bomb) and is refused",
    "{origin}: {filename} kan inte packas upp ({exc}); krypterade eller skadade arkiv vägras":
        "{origin}: {filename} cannot be unpacked ({exc}); encrypted or damaged archives are refused",
    "{name}: e-postfilen är större än {value} MB": "{name}: the e-mail file is larger than {value} MB",
    "{name}: är inget e-postmeddelande som kan läsas": "{name}: is not an e-mail message that can be read",
    "{name}: e-postmeddelandet kan inte läsas ({kind})": "{name}: the e-mail message cannot be read ({kind})",
    "{name}: bilagans filformat kan inte läsas": "{name}: the attachment's file format cannot be read",
    "{name}: Outlook-filen är större än {value} MB": "{name}: the Outlook file is larger than {value} MB",
    "{name}: Outlook-filer (.msg) kräver paketet extract-msg; kör scripts/setup.sh":
        "{name}: Outlook files (.msg) need the package extract-msg; run scripts/setup.sh",
    "{name}: Outlook-filen kan inte läsas ({kind}); spara meddelandet som .eml och försök igen":
        "{name}: the Outlook file cannot be read ({kind}); save the message as .eml and try again",
    "inga Ray-arbetare kvar: de dör när de startar ({error}); kontrollera att samma version av redact är installerad på klustrets noder":
        "no Ray workers left: they die as they start ({error}); check that the same version of redact is installed on the cluster's nodes",
    "inga Ray-arbetare kvar: ingen ny kunde startas inom {seconds:.0f} s (en nod förlorades och klustret har ingen ledig processor)":
        "no Ray workers left: no new one could be started within {seconds:.0f} s (a node was lost and the cluster has no free processor)",
    "{err}: {done} av {total} dokument behandlade, {undone} inte; kör sedan samma kommando igen (de klara behålls)":
        "{err}: {done} of {total} documents processed, {undone} not; then run the same command again (the finished ones are kept)",
    "inte behandlat: arbetarna förlorades": "not processed: the workers were lost",
    "{head} ej klar {origin} (inte behandlat)": "{head} not done {origin} (not processed)",
    "LibreOffice saknas: kör scripts/setup.sh (Debian-paketen libreoffice-*-nogui) och försök igen":
        "LibreOffice is missing: run scripts/setup.sh (the Debian packages libreoffice-*-nogui) and try again",
    "{name}: LibreOffice blev inte klar inom {timeout:g} s; filen vägras (öppna den i Office, spara som PDF och försök igen)":
        "{name}: LibreOffice did not finish within {timeout:g} s; the file is refused (open it in Office, save it as PDF and try again)",
    "{name}: filen innehåller inga handlingar":
        "{name}: the file holds no documents",
    "{name}: LibreOffice kunde inte öppna filen (skadad, lösenordsskyddad eller fel format); den vägras":
        "{name}: LibreOffice could not open the file (damaged, password protected or the wrong format); it is refused",
    "{name}: är ingen kontorsfil som kan konverteras": "{name}: is not an office file that can be converted",
    "{name}: konverteringen gav inga sidor; filen vägras": "{name}: the conversion gave no pages; the file is refused",
    "dokumentegenskaper ({names}) visas på sista sidan och granskas som text":
        "document properties ({names}) are shown on the last page and reviewed as text",
    "utskriftsområden på {n} blad togs bort: hela bladen skrivs ut": "print ranges on {n} sheets were removed: the whole sheets are printed",
    "{n} dolda blad visas i den konverterade kopian för granskning": "{n} hidden sheets are shown in the converted copy for review",
    "{n} dolda rader visas i den konverterade kopian för granskning": "{n} hidden rows are shown in the converted copy for review",
    "{n} dolda kolumner visas i den konverterade kopian för granskning": "{n} hidden columns are shown in the converted copy for review",
    "{n} cellkommentarer visas på bilagesidor sist i kopian för granskning":
        "{n} cell comments are shown on appendix pages at the end of the copy for review",
    "{n} spårade ändringar (även borttagen text) visas i kopian för granskning":
        "{n} tracked changes (deleted text too) are shown in the copy for review",
    "{n} kommentarer visas på bilagesidor sist i kopian för granskning":
        "{n} comments are shown on appendix pages at the end of the copy for review",
    "{n} dolda textavsnitt visas i kopian för granskning": "{n} hidden text passages are shown in the copy for review",
    "{n} dolda bilder visas i kopian för granskning": "{n} hidden slides are shown in the copy for review",
    "{n} inbäddade filer eller objekt visas bara med sin bild i kopian; det övriga innehållet lämnas inte ut och har inte granskats: begär dem som egna filer":
        "{n} embedded files or objects are shown only as their picture in the copy; the rest of their content is not "
        "disclosed and has not been reviewed: ask for them as files of their own",
    "{n} bilder har talaranteckningar; de visas på bilagesidor sist i kopian för granskning":
        "{n} slides have speaker notes; they are shown on appendix pages at the end of the copy for review",
    "{name}: bilden har {page_count} sidor, fler än {MAX_FRAMES}": "{name}: the image has {page_count} pages, more than {MAX_FRAMES}",
    "{name}: bilden är större än {MAX_MEGAPIXELS:g} miljoner bildpunkter": "{name}: the image is larger than {MAX_MEGAPIXELS:g} million pixels",
    "{name}: bilden kan inte läsas ({value}); spara om den som PNG eller JPEG": "{name}: the image cannot be read ({value}); save it again as PNG or JPEG",
    "{name}: bilden har inga bildrutor": "{name}: the image has no frames",
    "--engine ray kräver tillägget ray: installera det med pip install 'redact[ray]' eller kör med --engine local":
        "--engine ray needs the ray extra: install it with pip install 'redact[ray]' or run with --engine local",
    "kan inte ansluta till Ray-klustret på {address} ({kind}): kontrollera adressen och att RAY_AUTH_MODE och RAY_AUTH_TOKEN är satta som på klustret":
        "cannot connect to the Ray cluster at {address} ({kind}): check the address and that RAY_AUTH_MODE and RAY_AUTH_TOKEN are set as on the cluster",
    "kan inte ansluta till Ray-klustret på {address} ({value}): kontrollera adressen och att klustret är startat":
        "cannot connect to the Ray cluster at {address} ({value}): check the address and that the cluster is running",
    # ---- review app and accounts on the command line
    "--port {port}: välj en port 1–65535 (eller 0)": "--port {port}: choose a port 1–65535 (or 0)",
    "porten {port} på {host} går inte att använda ({strerror}); välj en annan med --port":
        "port {port} on {host} cannot be used ({strerror}); choose another with --port",
    "ange med --reviewer vilket konto som lägger till handlingarna": "name with --reviewer the account that adds the documents",
    "granskningen kräver inloggning och det finns inget konto än; skapa ett först: redact users add NAMN --role admin{where}":
        "the review needs a login and there is no account yet; create one first: redact users add NAME --role admin{where}",
    "granskningen kräver inloggning och det finns inget konto än; skapa ett först: redact users add NAMN --role admin{where} (--host kräver minst ett konto)":
        "the review needs a login and there is no account yet; create one first: redact users add NAME --role admin{where} (--host needs at least one account)",
    "lösenorden är olika; försök igen": "the passwords differ; try again",
    "användaren {name!r} finns inte": "the user {name!r} does not exist",
    "användaren {name!r} finns redan": "the user {name!r} already exists",
    "användarnamnet ska vara 2–100 tecken: bokstäver, siffror, mellanslag eller . _ @ -":
        "the user name must be 2–100 characters: letters, digits, spaces or . _ @ -",
    "lösenordet ska vara minst {MIN_PASSWORD} tecken": "the password must be at least {MIN_PASSWORD} characters",
    "lösenordet är för långt (högst 1024 tecken)": "the password is too long (at most 1024 characters)",
    "okänd roll {role!r}; välj {value}": "unknown role {role!r}; choose {value}",
    "PostgreSQL-stödet saknas (psycopg); installera om redact": "PostgreSQL support is missing (psycopg); reinstall redact",
    "ogiltigt schemanamn för granskningsdatabasen": "invalid schema name for the review database",
    "granskningsdatabasen (PostgreSQL) går inte att nå; kontrollera att databasservern är igång och försök igen":
        "the review database (PostgreSQL) cannot be reached; check that the database server is running and try again",
    "förbindelsen med granskningsdatabasen (PostgreSQL) bröts; försök igen": "the connection to the review database (PostgreSQL) broke; try again",
    "granskningsdatabasen är låst; vänta en stund och försök igen": "the review database is locked; wait a moment and try again",
    "granskningsdatabasen är låst av ett annat program; vänta en stund och försök igen":
        "the review database is locked by another program; wait a moment and try again",
    "granskningsdatabasen går inte att läsa eller skriva (flyttad, raderad eller skrivskyddad); kontrollera filen och starta om granskningen":
        "the review database cannot be read or written (moved, deleted or read-only); check the file and restart the review",
    "granskningsdatabasen saknas (flyttad eller raderad); återställ den från säkerhetskopian och starta om granskningen":
        "the review database is missing (moved or deleted); restore it from the backup and restart the review",
    "{name}: är ingen granskningsdatabas; välj en annan fil med --db": "{name}: is not a review database; choose another file with --db",
    # ---- log lines (%-templates; -v shows the info lines, warnings show by default)
    "pdftotext %s kunde inte köras: %s": "pdftotext %s could not run: %s",
    "pdftotext %s avslutades med kod %d": "pdftotext %s ended with code %d",
    "innehållet kan inte byggas om: %s": "the content cannot be rebuilt: %s",
    "en bild kan inte beskäras: %s": "an image cannot be cropped: %s",
    "%d strömmar får /DecodeParms som passar deras filter": "%d streams get /DecodeParms that fit their filter",
    "sida %d: innehållet kunde inte förberedas för maskering (%s)": "page %d: the content could not be prepared for masking (%s)",
    "sida %d: %d dolda textavsnitt tas bort": "page %d: %d hidden text passages are removed",
    "%d avstängda lager behandlas som dold text": "%d layers switched off are treated as hidden text",
    "%sen bild på sidan var vriden %d grader": "%san image on the page was turned %d degrees",
    "%ssidan var vriden %d grader": "%sthe page was turned %d degrees",
    "sida %d är stor och läses med %.0f dpi": "page %d is large and is read at %.0f dpi",
    "sida %d: %d rader lästes med OCR (MuPDF och poppler läste dem olika)":
        "page %d: %d lines were read with OCR (MuPDF and poppler read them differently)",
    "%s: formulärfält och anteckningar inritade i sidorna": "%s: form fields and annotations drawn into the pages",
    "körs utan separat process (andra trådar är igång): tids- och minnesgränsen gäller inte":
        "runs without a separate process (other threads are running): the time and memory limits do not apply",
    "sida %d läses med textigenkänning: %s": "page %d is read with text recognition: %s",
    # ---- help texts with fields
    "profil: {names} eller en .toml-fil": "profile: {names} or a .toml file",
    'datumet {value!r} är inte ett datum (ÅÅÅÅ-MM-DD)':
        'the date {value!r} is not a date (YYYY-MM-DD)',
    'det finns redan ett ärende med id {rid!r}':
        'there is already a case with the id {rid!r}',
    'okänd verksamhetsprofil {name!r}; välj en av: {names}':
        'unknown profile {name!r}; choose one of: {names}',
    'ärende {case_id} finns inte':
        'case {case_id} does not exist',
    '{name}: filen är för stor ({size} MB; högst {most} MB)':
        '{name}: the file is too large ({size} MB; at most {most} MB)',
    '{name}: är ingen PDF-fil':
        '{name}: is not a PDF file',
    '{name}: samma fil finns redan i ärendet ({other})':
        '{name}: the same file is already in the case ({other})',
    '{name}: ogiltigt filnamn':
        '{name}: invalid file name',
}
