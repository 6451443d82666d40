"""The six fictional sample documents: page HTML with ``[[CODE:text]]`` marks around what must be masked.

Every person, number and address is invented; scripts/make_samples.py lays the pages out,
checks them and writes samples/.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sample_numbers import (
    BG_MARINA_FMT,
    IBAN_MARINA,
    ORG_EKHOLM,
    ORG_MARINA,
    PG_MARINA_FMT,
    PNR_AMIR,
    PNR_GUSTAF,
    PNR_LARS,
    PNR_LEILA,
    PNR_MAJ,
    PNR_ROJDA,
    PNR_SHILAN,
    SALARY_ACCOUNT,
    SAMNR_ROJDA,
    VAT_MARINA,
)


@dataclass
class Sample:
    """One sample document: metadata, page HTML with [[CODE:text]] marks, and words to keep."""

    name: str
    title: str
    description: str
    header: str  # HTML; {page} and {pages} are filled in
    footer: str
    pages: list[str]
    keep: list[str]
    # Lower-case uses of words that are also names ("gångarna av sten"): allowed unmarked.
    homonyms: set[str] = field(default_factory=set)


# --------------------------------------------------------------------------- the documents

KOMMUN = "Norrviks kommun"


def protokoll() -> Sample:
    """(a) Meeting minutes with attendance, paragraphs, an action table with initials, signatures."""
    header = (
        "<table class='plain'><tr><td><b>NORRVIKS KOMMUN</b><br>Socialnämndens arbetsutskott</td>"
        "<td class='right'>PROTOKOLL<br>Sammanträdesdatum 2025-05-14<br>Sida {page} av {pages}</td></tr></table>"
        "<div class='rule'></div>"
    )
    footer = "<p class='small'>Justerandes signatur: ______ ______ &nbsp;&nbsp;&nbsp; Utdragsbestyrkande: ______</p>"
    p1 = """
<h1>Protokoll</h1>
<table class='plain'>
<tr><td class='label'>Organ</td><td>Socialnämndens arbetsutskott</td></tr>
<tr><td class='label'>Plats och tid</td><td>Stadshuset, sammanträdesrum Kvarnen, onsdag 2025-05-14 kl. 13.00–15.40</td></tr>
</table>
<h2>Närvarande:</h2>
<table>
<tr><th>Roll</th><th>Namn</th></tr>
<tr><td>Ledamöter</td><td>[[P:Anna Andersson]], ordförande<br>[[P:Jukka Mäkinen]], vice ordförande<br>[[P:Hodan Abdi Warsame]]<br>[[P:Per-Olof Nilsson]]</td></tr>
<tr><td>Tjänstgörande ersättare</td><td>[[P:Sten Björk]]</td></tr>
<tr><td>Övriga deltagande</td><td>[[P:Karin Hyllén Jennbert]], socialchef<br>[[P:Elsa von Ahlefors]], ekonom<br>[[P:Dariush Rezaei]], nämndsekreterare</td></tr>
</table>
<table class='plain'>
<tr><td class='label'>Utses att justera</td><td>[[P:Jukka Mäkinen]]</td></tr>
<tr><td class='label'>Justeringens plats och tid</td><td>Socialförvaltningen, måndag 2025-05-19</td></tr>
<tr><td class='label'>Paragrafer</td><td>§§ 41–47</td></tr>
</table>
<h2>§ 41 Val av justerare</h2>
<p>Arbetsutskottet beslutar att [[P:Jukka Mäkinen]] jämte ordföranden justerar dagens protokoll.</p>
<h2>§ 42 Godkännande av dagordningen</h2>
<p>På [[P:Annas]] förslag godkänns dagordningen med tillägget att frågan om lokalförsörjning tas upp som § 46.</p>
<h2>§ 43 Verksamhetsrapport från socialchefen</h2>
<p>Socialchef [[P:Karin Hyllén Jennbert]] informerar om läget inom individ- och familjeomsorgen.
Antalet orosanmälningar för barn har ökat med elva procent jämfört med samma period förra året.
[[P:Karins]] bedömning är att ökningen till stor del beror på ett ändrat arbetssätt i skolorna,
där elevhälsan numera anmäler tidigare än förut.</p>
<p>[[P:Hodan Abdi Warsame]] frågar hur väntetiderna till barnavårdsutredningar har utvecklats.
[[P:Karin]] svarar att den genomsnittliga utredningstiden är 104 dagar och att målet är högst 90 dagar.</p>
<p>Arbetsutskottet beslutar att lägga informationen till handlingarna.</p>
"""
    p2 = """
<h2>§ 44 Ekonomisk uppföljning per april</h2>
<p>Ekonom [[P:Elsa von Ahlefors]] redovisar utfallet till och med april. Nämnden prognostiserar ett
underskott på 4,2 miljoner kronor, främst inom köpta placeringar av barn och unga. Ledamoten [[P:Per-Olof<br>Nilsson]]
efterfrågar en jämförelse med kostnaderna under 2023 och 2024. [[P:Elsa]] återkommer med en sådan
jämförelse till nästa sammanträde.</p>
<p>Arbetsutskottet beslutar att lägga uppföljningen till handlingarna.</p>
<h2>§ 45 Utemiljön vid Ekebygården</h2>
<p>Ersättaren [[P:Sten Björk]] tar upp att boende på Ekebygården har svårt att ta sig fram med rullator,
eftersom gångarna av sten har satt sig ojämnt efter vintern. [[P:Sten]] föreslår att förvaltningen
begär en åtgärd från fastighetsägaren innan sommaren.</p>
<p>Arbetsutskottet beslutar att uppdra åt förvaltningen att kontakta fastighetsägaren.</p>
<h2>§ 46 Lokalförsörjning för vuxenenheten</h2>
<p>Nämndsekreterare [[P:Dariush Rezaei]] redogör för förslaget att samla mottagningen för vuxna på
ett ställe i stadshusets östra flygel. [[P:Jukka Mäkinen]] vill att tillgängligheten för besökare utreds innan
beslut fattas.</p>
<p>Arbetsutskottet beslutar att återrapportering ska ske vid sammanträdet i juni.</p>
<h2>§ 47 Uppföljning av åtgärdslistan</h2>
<p>Åtgärdslistan gås igenom. Ansvarig för varje punkt framgår av tabellen nedan.</p>
<table>
<tr><th>Nr</th><th>Åtgärd</th><th>Ansvarig</th><th>Klart senast</th></tr>
<tr><td>1</td><td>Jämförelse av placeringskostnader 2023–2025</td><td>[[P:EvA]]</td><td>2025-06-11</td></tr>
<tr><td>2</td><td>Kontakt med fastighetsägaren om gångarna vid Ekebygården</td><td>[[P:KHJ]]</td><td>2025-05-30</td></tr>
<tr><td>3</td><td>Dialogmöte med elevhälsan om orosanmälningar</td><td>[[P:HAW]], [[P:AA]]</td><td>2025-09-10</td></tr>
</table>
"""
    p3 = """
<p><b>Åtgärdslista (forts.)</b></p>
<table>
<tr><th>Nr</th><th>Åtgärd</th><th>Ansvarig</th><th>Klart senast</th></tr>
<tr><td>4</td><td>Underlag om samlokalisering av vuxenmottagningen</td><td>[[P:DR]]</td><td>2025-06-11</td></tr>
<tr><td>5</td><td>Svar till revisionen om internkontroll</td><td>[[P:AA]]</td><td>2025-06-30</td></tr>
<tr><td>6</td><td>Genomgång av delegationsordningen</td><td>[[P:JM]] / [[P:PON]]</td><td>2025-08-20</td></tr>
<tr><td>7</td><td>Rapport om utredningstider inom barn och unga</td><td>[[P:KHJ]]</td><td>2025-09-10</td></tr>
</table>
<p>Sammanträdet avslutas kl. 15.40.</p>
<h2>Underskrifter</h2>
<table class='plain'>
<tr><td class='label'>Vid protokollet</td><td>[[P:Dariush Rezaei]]</td></tr>
<tr><td class='label'>Justeras:</td><td>[[P:Anna Andersson]], ordförande</td></tr>
<tr><td></td><td>[[P:Jukka Mäkinen]], justerande</td></tr>
</table>
<h2>Anslagsbevis</h2>
<p>Protokollet är justerat. Justeringen har tillkännagivits genom anslag på kommunens digitala anslagstavla.</p>
<table class='plain'>
<tr><td class='label'>Organ</td><td>Socialnämndens arbetsutskott</td></tr>
<tr><td class='label'>Datum då anslaget sätts upp</td><td>2025-05-20</td></tr>
<tr><td class='label'>Datum då anslaget tas ned</td><td>2025-06-11</td></tr>
<tr><td class='label'>Förvaringsplats för protokollet</td><td>Socialförvaltningen, Stadshuset</td></tr>
</table>
"""
    return Sample(
        name="protokoll",
        title="Protokoll socialnämndens arbetsutskott 2025-05-14",
        description="Meeting minutes (3 pages): attendance list, justerare, paragraphs, an action table whose "
        "'Ansvarig' column holds initials, signatures.",
        header=header,
        footer=footer,
        pages=[p1, p2, p3],
        keep=[
            "Socialnämndens arbetsutskott",
            "Närvarande:",
            "Justeras:",
            "Ansvarig",
            "Klart senast",
            "§ 45 Utemiljön vid Ekebygården",
            "gångarna av sten",
            "2025-05-14",
            "Anslagsbevis",
        ],
        homonyms={"sten"},
    )


def socialtjanst_brev() -> Sample:
    """(b) A social-services decision letter with address block, personnummer and handläggare."""
    header = (
        "<table class='plain'><tr><td><b>NORRVIKS KOMMUN</b><br>Socialförvaltningen<br>Individ- och familjeomsorgen</td>"
        "<td class='right'>Datum 2025-04-24<br>Dnr SN 2025/0318<br>Sida {page} ({pages})</td></tr></table>"
    )
    footer = (
        "<p class='small'>Postadress: Box 512, 734 21 Norrvik &nbsp;·&nbsp; Besöksadress: Stadshuset, Torggatan 1 "
        "&nbsp;·&nbsp; Växel: 08-465 004 00 &nbsp;·&nbsp; www.norrvik.se</p>"
    )
    p1 = f"""
<table class='plain'><tr><td style='width:55%'></td><td>
[[P:Leila Ahmadi]]<br>[[ADR:Björkvägen 14 B lgh 1203]]<br>[[ADR:734 31 Norrvik]]
</td></tr></table>
<h1>Beslut om ekonomiskt bistånd</h1>
<table class='plain'>
<tr><td class='label'>Sökande</td><td>[[P:Leila Ahmadi]], [[PNR:{PNR_LEILA}]]</td></tr>
<tr><td class='label'>Ansökan inkom</td><td>2025-04-02</td></tr>
<tr><td class='label'>Ansökan avser</td><td>Försörjningsstöd för maj 2025 samt bistånd till tandvård</td></tr>
</table>
<h2>Beslut</h2>
<p>Socialnämnden beviljar dig försörjningsstöd med 9 842 kronor för perioden 1–31 maj 2025 enligt
4 kap. 1 § socialtjänstlagen (2001:453).</p>
<p>Din ansökan om bistånd till tandvård avslås.</p>
<h2>Skäl för beslutet</h2>
<p>Du har ansökt om försörjningsstöd för dig och din son [[P:Amir]], [[PNR:{PNR_AMIR}]]. Ni bor i en
hyreslägenhet med en månadshyra på 7 350 kronor sedan januari 2025 och var dessförinnan folkbokförda i
[[PC:731 40 Köping]]. Av kontoutdragen för mars och april framgår att du inte
har några tillgångar som kan användas för er försörjning. [[P:Amirs]] barnbidrag och underhållsstöd har
räknats som inkomst enligt bilagd beräkning.</p>
<p>Tandläkare [[P:Omar Khalil]] vid Folktandvården Norrvik har i kostnadsförslaget angett att behandlingen
inte är akut och kan vänta till efter sommaren. Nämnden bedömer därför att behovet kan tillgodoses på annat sätt.
Du är välkommen att ansöka igen om läget förändras.</p>
<h2>Kontakt</h2>
<p>Om du har frågor om beslutet kan du ringa din handläggare [[P:Johanna Lindqvist]] på [[TEL:08-465 004 37]]
(telefontid måndag–torsdag kl. 9.00–10.00) eller skicka e-post till [[MAIL:johanna.lindqvist@norrvik.se]].
Vi skickar påminnelser om nästa ansökan med sms till ditt mobilnummer [[TEL:070-174 06 18]].</p>
"""
    p2 = """
<h2>Bilaga: Beräkning av försörjningsstöd för maj 2025</h2>
<table>
<tr><th>Post</th><th>Gäller</th><th class='right'>Kronor</th></tr>
<tr><td>Riksnorm, vuxen ensamstående</td><td>[[P:Leila Ahmadi]]</td><td class='right'>3 960</td></tr>
<tr><td>Riksnorm, barn 11–14 år</td><td>[[P:Amir]]</td><td class='right'>4 002</td></tr>
<tr><td>Boendekostnad (hyra)</td><td>Hushållet</td><td class='right'>7 350</td></tr>
<tr><td>Hushållsel</td><td>Hushållet</td><td class='right'>410</td></tr>
<tr><td>Avgår: barnbidrag och underhållsstöd</td><td>[[P:Amir]]</td><td class='right'>−2 823</td></tr>
<tr><td>Avgår: bostadsbidrag</td><td>Hushållet</td><td class='right'>−3 057</td></tr>
<tr><td><b>Beviljat belopp</b></td><td></td><td class='right'><b>9 842</b></td></tr>
</table>
<h2>Hur man överklagar</h2>
<p>Om du inte är nöjd med beslutet kan du överklaga det hos förvaltningsrätten. Skriv till Socialnämnden,
Norrviks kommun, Box 512, 734 21 Norrvik. Ange vilket beslut du överklagar och hur du vill att det ska ändras.
Överklagandet måste ha kommit in till oss inom tre veckor från den dag då du fick del av beslutet.
Om du vill ha hjälp att överklaga kan du vända dig till din handläggare.</p>
<p>Med vänlig hälsning</p>
<p>[[P:Johanna Lindqvist]]<br>Socialsekreterare</p>
<p class='small'>Beslutet har fattats med stöd av delegation från socialnämnden, punkt 4.2.1 i
delegationsordningen. Kopia: akten.</p>
"""
    return Sample(
        name="socialtjanst_brev",
        title="Beslut om ekonomiskt bistånd",
        description="Social-services decision letter (2 pages): address block, personnummer of the applicant "
        "and her child, handläggare with phone and e-mail, a budget annex.",
        header=header,
        footer=footer,
        pages=[p1, p2],
        keep=[
            "Beslut om ekonomiskt bistånd",
            "Socialförvaltningen",
            "Hur man överklagar",
            "förvaltningsrätten",
            "socialtjänstlagen (2001:453)",
            "Dnr SN 2025/0318",
            "9 842 kronor",
            "Folktandvården Norrvik",
        ],
    )


def epost_trad() -> Sample:
    """(c) An e-mail thread printed to PDF from a mail client."""
    header = "<p><b>[[P:Mikael Sjöberg]]</b></p><div class='rule'></div>"
    footer = "<p class='small right'>{page}</p>"

    def head(fr: str, sent: str, to: str, subject: str, cc: str | None = None) -> str:
        rows = [("Från:", fr), ("Skickat:", sent), ("Till:", to)]
        if cc:
            rows.append(("Kopia:", cc))
        rows.append(("Ämne:", subject))
        return "<table class='plain'>" + "".join(
            f"<tr><td class='label' style='width:60pt'>{k}</td><td>{v}</td></tr>" for k, v in rows
        ) + "</table>"

    subject = "Fukt i lägenhet på Kvarngatan – begäran om tillsyn"
    p1 = (
        head(
            "[[P:Mikael Sjöberg]] &lt;[[MAIL:mikael.sjoberg@norrvik.se]]&gt;",
            "den 7 maj 2025 10:41",
            "[[P:Semhar Gebremedhin]] &lt;[[MAIL:semhar.gebremedhin@norrvik.se]]&gt;",
            "SV: " + subject,
            cc="[[P:Aino Virtanen]] &lt;[[MAIL:aino.virtanen@norrvik.se]]&gt;",
        )
        + """
<p>Hej [[P:Semhar]]!</p>
<p>Tack för snabb återkoppling. Jag har bokat ett tillsynsbesök hos [[P:Yohannes]] torsdag den 15 maj kl. 10.00
och meddelat hyresvärdens förvaltare [[P:Björn Sandberg]]. [[P:Aino]] följer med som miljöinspektör och vi tar
med fuktmätare och värmekamera. Jag återkommer med inspektionsrapporten när den är klar.</p>
<p>Med vänlig hälsning</p>
<p>[[P:Mikael Sjöberg]]<br>Miljö- och hälsoskyddsinspektör<br>Samhällsbyggnadsförvaltningen, Norrviks kommun<br>
Direkt: [[TEL:08-465 004 58]]</p>
<div class='rule'></div>
"""
        + head(
            "[[P:Semhar Gebremedhin]] &lt;[[MAIL:semhar.gebremedhin@norrvik.se]]&gt;",
            "den 6 maj 2025 16:05",
            "[[P:Mikael Sjöberg]] &lt;[[MAIL:mikael.sjoberg@norrvik.se]]&gt;",
            "VB: " + subject,
        )
        + """
<p>Hej [[P:Mikael]],</p>
<p>Jag vidarebefordrar mejlet nedan från en hyresgäst. Det gäller bostadstillsyn och hör därför till er
och inte till bygglov. Hyresgästen har i telefon sagt att det går bra att vi lämnar hans kontaktuppgifter
vidare inom förvaltningen. [[P:Björn]] på hyresvärdens kontor känner till ärendet sedan tidigare.</p>
<p>Med vänlig hälsning</p>
<p>[[P:Semhar Gebremedhin]]<br>Bygglovshandläggare<br>Samhällsbyggnadsförvaltningen<br>Telefon: [[TEL:08-465 004 52]]</p>
"""
    )
    p2 = (
        "<div class='rule'></div>"
        + head(
            "[[P:Yohannes Tesfay]] &lt;[[MAIL:yohannes.tesfay@gmail.com]]&gt;",
            "den 5 maj 2025 21:17",
            "Bygglov Norrvik &lt;bygglov@norrvik.se&gt;",
            subject,
        )
        + """
<p>Hej,</p>
<p>Jag bor på [[ADR:Kvarngatan 3 lgh 1001]] sedan 2021 tillsammans med min fru [[P:Fatima Al-Hassan]] och våra
två barn. Sedan i vintras luktar det mögel i sovrummet och tapeten bakom sängen har svarta fläckar.
Vi har gjort felanmälan till hyresvärden tre gånger, senast den 14 april, men ingen har kommit hit.
Vår yngsta dotter har fått astma och läkaren tror att det kan bero på fukten.</p>
<p>Kan kommunen göra en inspektion? Jag kan skicka bilder. Ni når mig eller [[P:Fatima]] på
[[TEL:070-174 06 77]] efter kl. 16. [[P:Fatimas]] mobil fungerar inte just nu.</p>
<p>Mvh</p>
<p>[[P:YOHANNES TESFAY]]<br>[[ADR:Kvarngatan 3 lgh 1001]]<br>[[ADR:734 40 Norrvik]]<br>[[TEL:+46 70 174 06 77]]</p>
"""
    )
    return Sample(
        name="epost_trad",
        title="SV: " + subject,
        description="An e-mail thread printed to PDF (2 pages): Från/Till/Kopia/Skickat/Ämne headers, "
        "signatures, a resident's message with address, phone and a name in capitals.",
        header=header,
        footer=footer,
        pages=[p1, p2],
        keep=["Skickat:", "Ämne:", "Fukt i lägenhet på", "Med vänlig hälsning", "Miljö- och hälsoskyddsinspektör", "bostadstillsyn"],
    )


def tjansteskrivelse() -> Sample:
    """(d) An official report to the municipal executive board about selling land."""
    header = (
        "<table class='plain'><tr><td><b>NORRVIKS KOMMUN</b><br>Samhällsbyggnadsförvaltningen</td>"
        "<td class='right'>TJÄNSTESKRIVELSE<br>2025-04-22<br>Dnr KS 2025/0127<br>Sida {page} av {pages}</td></tr></table>"
        "<div class='rule'></div>"
    )
    footer = "<p class='small'>Norrviks kommun · Samhällsbyggnadsförvaltningen · Torggatan 1, 734 21 Norrvik</p>"
    p1 = f"""
<table class='plain'>
<tr><td class='label' style='width:80pt'>Handläggare</td><td>[[P:Amra Hodžić]], planarkitekt<br>
[[TEL:08-465 004 61]]<br>[[MAIL:amra.hodzic@norrvik.se]]</td></tr>
<tr><td class='label'>Till</td><td>Kommunstyrelsen</td></tr>
</table>
<h1>Försäljning av del av fastigheten [[FAST:Norrvik 4:217]] till Ekholms Bygg AB</h1>
<h2>Förslag till beslut</h2>
<p>Kommunstyrelsen föreslås besluta</p>
<p>att sälja cirka 2 400 kvadratmeter av fastigheten [[FAST:Norrvik 4:217]] till Ekholms Bygg AB,
organisationsnummer {ORG_EKHOLM}, för 1 250 000 kronor enligt bifogat förslag till köpeavtal, samt</p>
<p>att uppdra åt samhällsbyggnadschefen att underteckna köpeavtalet.</p>
<h2>Sammanfattning</h2>
<p>Ekholms Bygg AB har ansökt om att få köpa ett markområde norr om Kvarnbacken för att bygga tolv radhus.
Området ingår i detaljplan DP 2019:04, som anger bostadsändamål. Bolaget företräds av verkställande
direktören [[P:Piotr Wiśniewski]].</p>
<h2>Ärendet</h2>
<p>Markområdet gränsar till fastigheterna [[FAST:Trädgårdsmästaren 9]] och [[FAST:Ekeby 1:52]]. Ägaren till
[[FAST:Trädgårdsmästaren 9]], [[P:Maj Ros]], har i en skrivelse den 3 mars 2025 framfört oro för ökad
trafik på Kvarnbacksvägen. [[P:Ros]] föreslår att infarten till området i stället läggs från Industrigatan.</p>
<p>[[P:Lars Månsson]], som äger [[FAST:Ekeby 1:52]] tillsammans med [[P:Shilan Barzani]], har inget att invända
mot försäljningen men vill att den gamla stenmuren mellan fastigheterna bevaras. [[P:Månssons]] synpunkt har
förts vidare till bolaget, som har åtagit sig att bevara muren.</p>
"""
    p2 = f"""
<h2>Ekonomiska konsekvenser</h2>
<p>Köpeskillingen motsvarar marknadsvärdet enligt en värdering som ett oberoende värderingsföretag gjorde
den 12 februari 2025. Försäljningen ger en beräknad reavinst på cirka 1,1 miljoner kronor. Bolaget betalar
kostnaderna för lantmäteriförrättningen.</p>
<h2>Bedömning</h2>
<p>Förvaltningen bedömer att försäljningen bidrar till målet om 150 nya bostäder per år och att infartsfrågan
kan lösas i bygglovsskedet. Synpunkterna från [[P:Maj Ros]] och från ägarna till [[FAST:Ekeby 1:52]] har
beaktats i förslaget till köpeavtal.</p>
<h2>Sakägarförteckning (utdrag)</h2>
<table>
<tr><th>Fastighet</th><th>Ägare</th><th>Personnummer</th><th>Adress</th></tr>
<tr><td>[[FAST:Trädgårdsmästaren 9]]</td><td>[[P:Maj Ros]]</td><td>[[PNR:{PNR_MAJ}]]</td><td>[[ADR:Kvarnbacksvägen 21]]<br>[[ADR:734 36 Norrvik]]</td></tr>
<tr><td>[[FAST:Ekeby 1:52]]</td><td>[[P:Lars Månsson]]</td><td>[[PNR:{PNR_LARS}]]</td><td>[[ADR:Ekeby gård 4]]<br>[[ADR:734 92 Norrvik]]</td></tr>
<tr><td>[[FAST:Ekeby 1:52]]</td><td>[[P:Shilan Barzani]]</td><td>[[PNR:{PNR_SHILAN}]]</td><td>[[ADR:Ekeby gård 4]]<br>[[ADR:734 92 Norrvik]]</td></tr>
<tr><td>[[FAST:Norrvik 4:218]]</td><td>[[P:Gustaf af Sandhamre]]</td><td>[[PNR:{PNR_GUSTAF}]]</td><td>[[ADR:Strandvägen 2]]<br>[[ADR:734 30 Norrvik]]</td></tr>
</table>
<p>Bilagor: Förslag till köpeavtal; Karta över markområdet.</p>
<p>Beslutet skickas till: Ekholms Bygg AB, Lantmäteriet, Ekonomiavdelningen.</p>
<table class='plain'><tr>
<td style='width:200pt'>[[P:Edin Mehmedović]]<br>Samhällsbyggnadschef</td>
<td>[[P:Amra Hodžić]]<br>Planarkitekt</td>
</tr></table>
"""
    return Sample(
        name="tjansteskrivelse",
        title="Tjänsteskrivelse: försäljning av mark",
        description="Tjänsteskrivelse to Kommunstyrelsen (2 pages): diarienummer, handläggare, property "
        "designations, the buying company's organisation number (kept: a company's, after its name), "
        "neighbours' names and a sakägarförteckning with personnummer in three formats (12 digits, 10 without "
        "separator, '+' for a person over 100).",
        header=header,
        footer=footer,
        pages=[p1, p2],
        keep=[
            "Kommunstyrelsen",
            "Förslag till beslut",
            "Ekholms Bygg AB",
            ORG_EKHOLM,
            "DP 2019:04",
            "Dnr KS 2025/0127",
            "Sakägarförteckning",
            "1 250 000 kronor",
            "stenmuren",
        ],
    )


def personalarende() -> Sample:
    """(e) An HR note about a sick-listed employee."""
    header = (
        "<table class='plain'><tr><td><b>NORRVIKS KOMMUN</b><br>HR-avdelningen</td>"
        "<td class='right'>Datum 2025-03-18<br>Dnr PA 2025/044<br>Sida {page} av {pages}</td></tr></table>"
    )
    footer = (
        "<p class='small'><b>SEKRETESS</b> enligt 39 kap. 3 § offentlighets- och sekretesslagen · "
        "Personalakt, förvaras hos HR-avdelningen</p>"
    )
    p1 = f"""
<h1>Anteckning – personalärende</h1>
<h2>Uppgifter om medarbetaren</h2>
<table>
<tr><td class='label' style='width:150pt'>Namn</td><td>[[P:Rojda Aziz]]</td></tr>
<tr><td class='label'>Personnummer</td><td>[[PNR:{PNR_ROJDA}]]</td></tr>
<tr><td class='label'>Tidigare samordningsnummer</td><td>[[PNR:{SAMNR_ROJDA}]]</td></tr>
<tr><td class='label'>Född</td><td>[[DOB:12 juli 1988]]</td></tr>
<tr><td class='label'>Hemadress</td><td>[[ADR:Rönnbärsvägen 7]], [[ADR:734 35 Norrvik]]</td></tr>
<tr><td class='label'>Privat mobil</td><td>[[TEL:070 174 06 55]]</td></tr>
<tr><td class='label'>Privat e-post</td><td>[[MAIL:rojda.aziz88@hotmail.com]]</td></tr>
<tr><td class='label'>Befattning</td><td>Undersköterska, Ekebygårdens äldreboende</td></tr>
<tr><td class='label'>Närmaste chef</td><td>[[P:Björn Lundqvist]], enhetschef</td></tr>
<tr><td class='label'>Lönekonto</td><td>[[BANK:{SALARY_ACCOUNT}]] (Handelsbanken)</td></tr>
</table>
<h2>Samtal den 18 mars 2025</h2>
<p>Närvarande: [[P:Rojda Aziz]], [[P:Björn Lundqvist]] (enhetschef), [[P:Vera Nyström]] (HR-konsult)
och [[P:Abdirahman Mohamed]] (facklig företrädare).</p>
<h2>Bakgrund</h2>
<p>[[P:Rojda]] har varit sjukskriven på halvtid sedan den 3 februari 2025. Hon beskriver att arbetsbelastningen
på avdelningen har varit hög sedan undersköterskan [[P:Katarzyna<br>Nowak]] gick i pension i höstas och att
nattbemanningen ofta har bestått av en enda person. Hon sover dåligt och har ont i axlarna efter passen.</p>
"""
    p2 = f"""
<h2>Vad som sades</h2>
<p>[[P:Björn]] redogjorde för de åtgärder som enheten har vidtagit: en extra undersköterska på natten från
den 1 april och ett nytt schema som provas under våren. [[P:Rojdas]] önskemål om att enbart arbeta dagtid
prövas när schemat utvärderas. [[P:Abdirahman Mohamed]] framförde att facket vill delta i utvärderingen.
[[P:Vera]] informerade om företagshälsovårdens stödsamtal och om möjligheten till arbetsplatsanpassning.</p>
<h2>Överenskommelse</h2>
<p>Medarbetaren arbetar 50 procent dagtid till och med den 30 april. Kontakt med företagshälsovården bokas
av HR. Uppföljande samtal hålls den 15 april 2025 kl. 13.30.</p>
<h2>Övriga uppgifter</h2>
<table>
<tr><td class='label' style='width:150pt'>Anhörig vid nödsituation</td><td>[[P:Dilan Aziz]] (make), [[TEL:070-174 06 56]]</td></tr>
<tr><td class='label'>Parkeringstillstånd</td><td>Personalparkeringen vid Ekebygården, personbil [[REG:RWZ 592]]</td></tr>
<tr><td class='label'>Kontakt på HR</td><td>[[P:Vera Nyström]], [[TEL:08-465 004 73]], [[MAIL:vera.nystrom@norrvik.se]]</td></tr>
</table>
<table class='plain'>
<tr><td class='label' style='width:150pt'>Antecknat av</td><td>[[P:Vera Nyström]], HR-konsult</td></tr>
<tr><td class='label'>Tagit del av anteckningen</td><td>[[P:Rojda Aziz]], 2025-03-20</td></tr>
</table>
"""
    return Sample(
        name="personalarende",
        title="Anteckning personalärende",
        description="HR note (2 pages): employee's personnummer and former samordningsnummer, date of birth, "
        "home address, private mobile and e-mail, salary account, next of kin, a car registration number.",
        header=header,
        footer=footer,
        pages=[p1, p2],
        keep=[
            "Anteckning – personalärende",
            "HR-avdelningen",
            "Undersköterska, Ekebygårdens äldreboende",
            "Överenskommelse",
            "företagshälsovården",
            "offentlighets- och sekretesslagen",
            "15 april 2025",
        ],
    )


def faktura() -> Sample:
    """(f) A supplier's invoice to a private customer, with a specification and event log."""
    header = (
        "<table class='plain'><tr><td><b>Norrvik Marina &amp; Förvaring AB</b><br>Hamnvägen 2, 734 51 Norrvik<br>"
        "Tel 08-465 004 90 · info@norrvikmarina.se</td><td class='right'><b>FAKTURA</b><br>Sida {page} ({pages})</td></tr></table>"
        "<div class='rule'></div>"
    )
    footer = (
        f"<p class='small'>Bankgiro [[BANK:{BG_MARINA_FMT}]] · Plusgiro [[BANK:{PG_MARINA_FMT}]] · "
        f"IBAN [[IBAN:{IBAN_MARINA}]] · BIC HANDSESS<br>"
        f"Org.nr [[ORG:{ORG_MARINA}]] · Momsreg.nr [[ORG:{VAT_MARINA}]] · Godkänd för F-skatt</p>"
    )
    p1 = """
<table class='plain'>
<tr><td class='label' style='width:90pt'>Fakturanummer</td><td style='width:150pt'>250412</td><td>[[P:Dragan Petrović]]</td></tr>
<tr><td class='label'>Fakturadatum</td><td>2025-03-04</td><td>[[ADR:Lingonstigen 5]]</td></tr>
<tr><td class='label'>Förfallodatum</td><td>2025-04-03</td><td>[[ADR:734 38 Norrvik]]</td></tr>
<tr><td class='label'>Kundnummer</td><td>10457</td><td></td></tr>
<tr><td class='label'>OCR-nummer</td><td>8834 0021 7756</td><td></td></tr>
<tr><td class='label'>Vår referens</td><td>[[P:Tarja Heikkinen]]</td><td></td></tr>
</table>
<h1>Faktura</h1>
<table>
<tr><th>Beskrivning</th><th class='right'>Antal</th><th class='right'>À-pris</th><th class='right'>Belopp</th></tr>
<tr><td>Vinterförvaring av båt inomhus, plats B14, 2024-10-01–2025-04-30</td><td class='right'>7 mån</td><td class='right'>1 150,00</td><td class='right'>8 050,00</td></tr>
<tr><td>Uppställning av båttrailer, reg.nr [[REG:KLM 47P]]</td><td class='right'>7 mån</td><td class='right'>200,00</td><td class='right'>1 400,00</td></tr>
<tr><td>Upptagning och sjösättning</td><td class='right'>2</td><td class='right'>950,00</td><td class='right'>1 900,00</td></tr>
<tr><td>Bottentvätt</td><td class='right'>1</td><td class='right'>640,00</td><td class='right'>640,00</td></tr>
<tr><td colspan='3'>Summa exkl. moms</td><td class='right'>11 990,00</td></tr>
<tr><td colspan='3'>Moms 25 %</td><td class='right'>2 997,50</td></tr>
<tr><td colspan='3'><b>Att betala</b></td><td class='right'><b>14 987,50</b></td></tr>
</table>
<p>Betala senast förfallodagen till bankgirot nedan och ange OCR-numret. Vid betalning efter förfallodagen
debiteras dröjsmålsränta enligt räntelagen samt en påminnelseavgift på 60 kronor.</p>
<p>Specifikation och händelselogg finns på nästa sida.</p>
"""
    p2 = """
<h2>Specifikation</h2>
<table class='plain'>
<tr><td class='label' style='width:110pt'>Kund</td><td>[[P:Dragan Petrović]], född [[DOB:1979-11-30]]</td></tr>
<tr><td class='label'>Mobil</td><td>[[TEL:070-174 06 91]]</td></tr>
<tr><td class='label'>E-post</td><td>[[MAIL:dragan.petrovic@telia.com]]</td></tr>
<tr><td class='label'>Båt</td><td>Linder 445, förvaringsplats B14</td></tr>
<tr><td class='label'>Släpvagn</td><td>[[REG:KLM 47P]]</td></tr>
<tr><td class='label'>Dragfordon</td><td>[[REG:DHT 318]]</td></tr>
</table>
<h2>Händelselogg</h2>
<p class='mono'>
2024-09-12 19:44:03 bokning B14 skapad via webb, IP [[IP:192.0.2.41]]<br>
2024-09-12 19:46:55 villkor godkända, IP [[IP:192.0.2.41]]<br>
2024-10-01 07:58:12 båt inlämnad, mottagen av [[P:TH]]<br>
2025-03-04 08:02:11 faktura 250412 skapad av [[P:TH]]<br>
2025-03-05 22:13:40 faktura visad i kundportalen, IP [[IP:2001:db8:4f2::17]]<br>
2025-03-06 06:30:02 e-postavisering skickad till [[MAIL:dragan.petrovic@telia.com]]
</p>
<p>Frågor om fakturan besvaras av [[P:Tarja Heikkinen]], telefon [[TEL:08-465 004 92]],
e-post [[MAIL:tarja.heikkinen@norrvikmarina.se]]. [[P:Tarja]] nås vardagar kl. 8–16.</p>
"""
    return Sample(
        name="faktura",
        title="Faktura 250412",
        description="A company's invoice to a private customer (2 pages): org and VAT number, bankgiro, "
        "plusgiro, IBAN, customer name and address, registration numbers, date of birth, "
        "an event log with IPv4 and IPv6 addresses and initials.",
        header=header,
        footer=footer,
        pages=[p1, p2],
        keep=["Faktura", "OCR-nummer", "8834 0021 7756", "Bottentvätt", "Att betala", "HANDSESS", "Godkänd för F-skatt", "Händelselogg"],
    )


SAMPLES = (protokoll, socialtjanst_brev, epost_trad, tjansteskrivelse, personalarende, faktura)
