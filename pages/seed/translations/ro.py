"""Romanian (ro): the help path's seed texts, translated by the team from content.py.

Plain words, "tu", the action first. Not yet reviewed by a native speaker.
"""

TEXTS = {
    "page:sportelli:title": "Punctele de ajutor antiviolență",
    "page:sportelli:summary": (
        "Caută mai jos punctul de ajutor antiviolență al comunei tale: te ascultă și te ajută. "
        "Centrul antiviolență L'orecchio di Venere ajută femeile din toată provincia."
    ),
    "page:sportelli:body": (
        "<p>În provincie, punctele de ajutor antiviolență sunt administrate de organizațiile care "
        "gestionează serviciile sociale (Primăria Asti, Consorțiul C.I.S.A. Asti Sud, Consorțiul "
        "CO.GE.SA. Asti Nord, Consorțiul Serviciilor Socio-Asistențiale din zona Chieri) și de "
        "Crucea Roșie Italiană (punctul de ajutor L'orecchio di Venere). Ele asigură primire, "
        "asistență, sprijin psihologic, discuții de orientare juridică, planuri de protecție "
        "personalizate, sprijin și însoțire pentru recâștigarea autonomiei. În cazurile cele mai "
        "grave, pun victimele și copiii lor în siguranță, în locuri secrete.</p><p>Autoritatea "
        "sanitară locală Asl At pune la dispoziție un pat secret pentru o noapte. Este pentru "
        "femeile stabile din punct de vedere medical care nu pot fi trimise acasă, pentru că acolo "
        "nu ar fi în siguranță.</p>"
    ),
    "page:navigare-in-sicurezza:title": "Navigare în siguranță",
    "page:navigare-in-sicurezza:summary": (
        "Dacă te temi că cineva îți controlează telefonul sau calculatorul, aceste indicații te "
        "ajută să vizitezi acest site lăsând mai puține urme."
    ),
    "page:navigare-in-sicurezza:body": (
        "<h2>Ieși repede: butonul „Ieși imediat”</h2><p>Apasă „Ieși imediat”, sus pe fiecare "
        "pagină. Pagina dispare pe loc. În locul ei se deschide alt site, care nu are nicio "
        "legătură cu acesta.</p><p>Cu tastatura există și altă cale: apasă de 3 ori tasta "
        "Shift.</p><h2>Ce nu șterge butonul</h2><p>Butonul te scoate repede de aici, dar "
        "<strong>nu șterge</strong> urmele vizitei:</p><ul><li>paginile acestui site pe care le-ai "
        "deschis rămân în istoricul browserului;</li><li>cu „Înapoi” de obicei nu te întorci la "
        "pagina pe care o citeai, dar te poți întoarce la alte pagini ale acestui site, deschise "
        "înainte.</li></ul><p>Ca să nu lași aceste urme, folosește o fereastră privată sau șterge "
        "istoricul. Mai jos îți explicăm cum.</p><h2>Ce nu lasă acest site</h2><p>Acest site nu "
        "salvează cookie-uri pe telefonul sau pe calculatorul tău. Nu folosește instrumente de "
        "statistică. Nu încarcă nimic de pe alte site-uri.</p><h2>Folosește o fereastră "
        "privată</h2><p>Deschide o fereastră privată din meniul browserului:</p><ul><li>Chrome: "
        "„Fereastră nouă incognito”;</li><li>Firefox: „Fereastră privată nouă”;</li><li>Safari: "
        "„Fereastră privată nouă”;</li><li>Edge: „Fereastră InPrivate nouă”.</li></ul><p>Când "
        "închizi fereastra privată, browserul nu păstrează istoricul, cookie-urile și ce ai scris "
        "în formulare.</p><p>Atenție: chiar și așa, cine administrează rețeaua (de exemplu "
        "angajatorul) și operatorul de telefonie pot afla ce site-uri vizitezi.</p><h2>Șterge "
        "istoricul</h2><p>Dacă nu ai folosit o fereastră privată, deschide istoricul din meniul "
        "browserului. Șterge doar paginile acestui site.</p><p>Dacă ștergi tot istoricul, cine te "
        "controlează ar putea bănui ceva.</p><h2>Folosește un telefon sau un calculator "
        "sigur</h2><p>Dacă cineva îți poate folosi sau controla telefonul ori calculatorul, "
        "folosește, dacă poți, un dispozitiv în care ai încredere: al unei prietene, al unei "
        "biblioteci sau al unei instituții publice.</p><p>Unele aplicații de supraveghere (spyware "
        "sau „stalkerware”) îi permit altei persoane să-ți citească mesajele, să-ți asculte "
        "apelurile și să afle unde se află telefonul. Semne posibile:</p><ul><li>bateria se "
        "descarcă repede;</li><li>există aplicații pe care nu le recunoști;</li><li>cineva știe "
        "lucruri pe care le-ai scris sau le-ai spus doar la telefon.</li></ul><p>Dacă ai această "
        "bănuială, nu șterge imediat aplicația: cine o controlează ar putea observa. Vorbește mai "
        "întâi cu un centru antiviolență sau cu cei de la 1522.</p><h2>Apeluri "
        "telefonice</h2><p>Numărul 1522 este gratuit și anonim. Dar numărul pe care l-ai sunat "
        "rămâne în lista de apeluri a telefonului: dacă e nevoie, șterge-l.</p><h2>Dacă ești în "
        "pericol</h2><p>Sună la 112. Pentru ajutor și sfaturi, zi și noapte, sună la 1522.</p>"
    ),
    "page:cosa-succede-quando-chiami:title": "Ce se întâmplă când suni",
    "page:cosa-succede-quando-chiami:summary": (
        "Apelul la 1522 este gratuit și anonim: nu trebuie să-ți spui numele. Îți răspund "
        "operatoare specializate. Poți suna și doar pentru un sfat."
    ),
    "page:cosa-succede-quando-chiami:body": (
        '<h2>Dacă ești în pericol acum, sună la 112</h2><p>Sună la <a href="tel:112">112</a>, '
        "numărul unic de urgență. Este gratuit și funcționează și fără credit, și fără cartelă "
        "SIM. Răspunde și în alte limbi. Numărul 112 poate localiza telefonul de pe care suni. În "
        "Piemont răspund centrele de apel ale Azienda Zero.</p><h2>Când suni la "
        '1522</h2><p>Numărul <a href="tel:1522">1522</a> este linia națională antiviolență și '
        "anti-stalking a Departamentului pentru Egalitatea de Șanse. Răspunde 24 de ore din 24, în "
        "fiecare zi. Este gratuit de pe telefonul fix și de pe mobil.</p><h3>Cine îți "
        "răspunde</h3><p>Îți răspund operatoare specializate. Ele vorbesc italiană, engleză, "
        "franceză, spaniolă, arabă, persană (farsi), albaneză, rusă, ucraineană, portugheză și "
        "poloneză.</p><h3>Ce se întâmplă</h3><ul><li>Nu trebuie să-ți spui numele: apelul este "
        "anonim.</li><li>Poți suna ca să ceri ajutor sau doar pentru un sfat.</li><li>Operatoarea "
        "te ascultă. Te poate întreba cum te simți și dacă acum ești în siguranță.</li><li>Îți dă "
        "informații utile și îți spune la ce servicii de lângă tine te poți adresa, de exemplu la "
        "un centru antiviolență.</li><li>Dacă ești în pericol, 1522 urmează o procedură stabilită "
        "împreună cu forțele de ordine.</li></ul><p>După apel, tu decizi dacă și când te adresezi "
        "unui serviciu. Poți merge pas cu pas.</p><h2>Când suni la un punct de ajutor sau la "
        "centrul antiviolență</h2><p>Îți răspunde personalul punctului de ajutor sau al centrului. "
        "Te primesc și îți oferă asistență, sprijin psihologic, discuții care te orientează în "
        "problemele juridice, planuri de protecție făcute pentru tine și sprijin ca să fii din nou "
        "independentă. În cazurile cele mai grave, te pun în siguranță pe tine și pe copiii tăi, "
        "în locuri secrete.</p><p>Centrul antiviolență „L'orecchio di Venere” al Crucii Roșii "
        "Italiene (Croce Rossa Italiana) primește femei din toată provincia și este conectat la "
        '1522. La numărul <a href="tel:3669287198">366\u00a09287198</a> răspunde o persoană, 24 de '
        "ore din 24.</p><p>Ca să găsești punctul de ajutor al comunei tale, cu numere de telefon "
        'și program, folosește <a href="/ro/sportelli/">căutarea punctelor de '
        "ajutor</a>.</p><h2>Dacă nu poți vorbi</h2><p>Poți scrie la 1522 pe chat sau prin "
        'aplicație. Citește <a href="/ro/se-non-puoi-parlare/">Dacă nu poți vorbi la '
        "telefon</a>.</p>"
    ),
    "page:se-non-puoi-parlare:title": "Dacă nu poți vorbi la telefon",
    "page:se-non-puoi-parlare:summary": (
        "Poți cere ajutor și în scris: pe chat și prin aplicația 1522 sau printr-un e-mail către "
        "centrul antiviolență. Dacă ești surdă, în Piemont există „112 Sordi”."
    ),
    "page:se-non-puoi-parlare:body": (
        "<h2>Scrie la 1522: chat și aplicație</h2><p>Numărul 1522, linia națională antiviolență și "
        "anti-stalking, răspunde și pe chat, și printr-o aplicație. Găsești chatul și informațiile "
        'despre aplicație pe site-ul <a href="https://www.1522.eu/">1522.eu</a>.</p><h2>Dacă ești '
        "surdă: „112 Sordi”</h2><p>În Piemont, din 2021, serviciul „112 Sordi” le permite "
        "persoanelor surde să ceară ajutor la numărul de urgență <a "
        'href="tel:112">112</a>.</p><h2>Scrie-i centrului antiviolență</h2><p>Poți trimite un '
        "e-mail centrului antiviolență „L'orecchio di Venere” al Crucii Roșii Italiene: <a "
        'href="mailto:centroascolto.cri@gmail.com">centroascolto.cri@gmail.com</a>.</p><h2>Atenție '
        "la urme</h2><p>Mesajele, e-mailurile și aplicațiile rămân pe telefon. Dacă cineva îți "
        'controlează telefonul, citește mai întâi <a href="/ro/navigare-in-sicurezza/">Navigare în '
        "siguranță</a>.</p><h2>Dacă poți vorbi</h2><p>Dacă ești în pericol acum, sună la <a "
        'href="tel:112">112</a>. Pentru ajutor și sfaturi, zi și noapte, sună la <a '
        'href="tel:1522">1522</a>. Citește <a href="/ro/cosa-succede-quando-chiami/">Ce se '
        "întâmplă când suni</a>.</p>"
    ),
    "page:riconoscere-la-violenza:title": "Cum recunoști violența",
    "page:riconoscere-la-violenza:summary": (
        "Violența nu este doar cea fizică: poate fi sexuală, psihologică sau economică. Și "
        "stalkingul este violență. Iată formele violenței și câteva semne după care o poți "
        "recunoaște."
    ),
    "page:riconoscere-la-violenza:body": (
        "<p>Convenția de la Istanbul a Consiliului Europei, pe care Italia a ratificat-o în 2013, "
        "numește violență împotriva femeilor orice act care provoacă, sau poate provoca, daune sau "
        "suferințe fizice, sexuale, psihologice ori economice. Sunt violență și amenințările cu "
        "astfel de acte, constrângerea (când ești obligată să faci ceva) și privarea de libertate, "
        "în public sau în viața privată.</p><p>Violența domestică este cea care se petrece în "
        "familie sau între parteneri ori foști parteneri, chiar dacă nu locuiți sau nu ați locuit "
        "niciodată împreună.</p><h2>Formele violenței</h2><h3>Violența fizică</h3><p>Cineva te "
        "lovește, te împinge, îți rănește corpul.</p><h3>Violența sexuală</h3><p>Cineva face acte "
        "sexuale cu tine fără consimțământul tău, chiar dacă este partenerul, soțul sau fostul "
        "partener. Consimțământul trebuie să fie alegerea ta liberă.</p><h3>Violența "
        "psihologică</h3><p>Cineva te amenință sau te obligă să faci lucruri pe care nu le vrei și "
        "astfel te face să suferi foarte mult.</p><h3>Violența economică</h3><p>Cineva îți face "
        "rău din punct de vedere economic: de exemplu îți strică lucrurile, îți ia banii sau ți-i "
        "controlează, nu te lasă să studiezi sau să lucrezi, nu plătește pensia de întreținere pe "
        "care o datorează.</p><h3>Stalking (hărțuire repetată)</h3><p>Cineva te amenință sau te "
        "hărțuiește în mod repetat. Din cauza asta trăiești în anxietate sau în frică, te temi "
        "pentru tine sau pentru cei dragi ori trebuie să-ți schimbi obiceiurile. Pentru legea "
        "italiană este o infracțiune („atti persecutori”, articolul 612-bis din Codul "
        "penal).</p><h2>Câteva semne</h2><p>Încearcă să răspunzi la aceste "
        "întrebări.</p><ul><li>Îți este frică de cum poate reacționa?</li><li>Te amenință, chiar "
        "și că le face rău copiilor sau celor dragi?</li><li>Te obligă să faci lucruri pe care nu "
        "le vrei, inclusiv acte sexuale?</li><li>Îți controlează banii sau nu te lasă să lucrezi "
        "ori să studiezi?</li><li>Te sună, îți scrie sau te caută tot timpul, chiar dacă i-ai "
        "cerut să se oprească?</li><li>Ți-ai schimbat obiceiurile de frică?</li></ul><p>Dacă ai "
        "răspuns „da” chiar și la o singură întrebare, poți vorbi despre asta cu cineva. Sună la "
        '<a href="tel:1522">1522</a>: este gratuit și anonim, 24 de ore din 24. Dacă ești în '
        'pericol acum, sună la <a href="tel:112">112</a>.</p>'
    ),
    "service:accoglienza:name": "Primire",
    "service:accoglienza:description": (
        "Te primesc, te ascultă și înțeleg împreună cu tine de ce ai nevoie."
    ),
    "service:assistenza:name": "Asistență",
    "service:assistenza:description": (
        "Te ajută la pașii pe care trebuie să-i faci și rămân alături de tine."
    ),
    "service:sostegno-psicologico:name": "Sprijin psihologic",
    "service:sostegno-psicologico:description": (
        "Vorbești despre ce ai trăit cu cineva care te ajută să te simți mai bine."
    ),
    "service:colloqui-orientativi-legali:name": "Discuții de orientare juridică",
    "service:colloqui-orientativi-legali:description": (
        "Îți explică drepturile tale și ce poți face conform legii."
    ),
    "service:percorsi-personalizzati-protezione:name": "Planuri de protecție personalizate",
    "service:percorsi-personalizzati-protezione:description": (
        "Pregătesc împreună cu tine un plan potrivit pentru tine, ca să fii în siguranță."
    ),
    "service:recupero-autonomia:name": "Sprijin și însoțire pentru recâștigarea autonomiei",
    "service:recupero-autonomia:description": (
        "Te sprijină și te însoțesc până reușești din nou să te descurci singură."
    ),
    "service:messa-in-sicurezza-strutture-segrete:name": (
        "În cazurile cele mai grave, punerea în siguranță a victimelor și a copiilor lor în locuri "
        "secrete"
    ),
    "service:messa-in-sicurezza-strutture-segrete:description": (
        "Dacă pericolul este grav, te pun în siguranță pe tine și pe copiii tăi, într-un loc "
        "secret."
    ),
    "service:posto-letto-segreto:name": "Pat secret pentru o noapte",
    "service:posto-letto-segreto:description": (
        "Dacă nu este sigur să te întorci acasă, poți petrece o noapte într-un pat secret."
    ),
    "helpdesk:spazio-anna-c:name": (
        "Punctul de ajutor antiviolență „Spazio Anna C.” – Primăria Asti (Comune di Asti)"
    ),
    "helpdesk:spazio-anna-c:description": (
        "Este punctul de ajutor antiviolență al Primăriei Asti. Lucrează împreună cu centrul "
        "antiviolență L'Orecchio di Venere al Crucii Roșii Italiene. S-a deschis pe 2 aprilie 2019."
    ),
    "helpdesk:sportello-cisa-asti-sud:name": (
        "Punct de ajutor antiviolență – Consorțiul C.I.S.A. Asti Sud"
    ),
    "helpdesk:sportello-cisa-asti-sud:description": (
        "Este punctul de ajutor antiviolență al serviciilor sociale pentru cele 40 de comune din "
        "sudul provinciei. Îl administrează Consorțiul C.I.S.A. Asti Sud, organizația care "
        "gestionează serviciile sociale din zonă."
    ),
    "helpdesk:sportello-cogesa-asti-nord:name": (
        "Punct de ajutor antiviolență – Consorțiul CO.GE.SA. Asti Nord"
    ),
    "helpdesk:sportello-cogesa-asti-nord:description": (
        "Este punctul de ajutor antiviolență al serviciilor sociale pentru comunele de la nord de "
        "râul Tanaro. Îl administrează Consorțiul CO.GE.SA. Asti Nord, organizația care "
        "gestionează serviciile sociale din zonă."
    ),
    "helpdesk:sportello-consorzio-chierese:name": (
        "Punct de ajutor antiviolență – Consorțiul Serviciilor Socio-Asistențiale din zona Chieri"
    ),
    "helpdesk:sportello-consorzio-chierese:description": (
        "Sună la punctul de informare socială („segretariato sociale”): te îndrumă spre punctul de "
        "ajutor. Este punctul de ajutor al consorțiului celor 25 de comune din zona Chieri, în "
        "provincia Torino. Consorțiul face parte din rețeaua antiviolență din Asti."
    ),
    "helpdesk:orecchio-di-venere:name": (
        "Centrul antiviolență „L'orecchio di Venere” – Crucea Roșie Italiană"
    ),
    "helpdesk:orecchio-di-venere:description": (
        "Îl poți suna din orice comună: ajută femeile din toată provincia. Este centrul "
        "antiviolență al Crucii Roșii Italiene, Comitetul din Asti, înființat în 2009. Regiunea "
        "Piemont îl recunoaște drept centru antiviolență pentru zona Asti. Este conectat la "
        "numărul național 1522."
    ),
    "helpdesk:casa-rifugio-athena:name": "Adăpostul „Athena” – Crucea Roșie Italiană",
    "helpdesk:casa-rifugio-athena:description": (
        "Ca să fii primită acolo, sună la centrul antiviolență L'orecchio di Venere: răspunde 24 "
        "de ore din 24 și organizează primirea ta. Poți suna și la 1522.\n\nAdăpostul este "
        "gratuit. Are 4 locuri și, în plus, primește copiii sub 3 ani. Este al Crucii Roșii "
        "Italiene și s-a deschis pe 24 noiembrie 2021."
    ),
    "helpdesk:posto-letto-segreto-asl-at:name": "Pat secret – ASL AT",
    "helpdesk:posto-letto-segreto-asl-at:description": (
        "Dacă nu este sigur să te întorci acasă, poți petrece aici o noapte. Patul secret este pus "
        "la dispoziție de Autoritatea sanitară locală Asl At.\n\nEste pentru femeile stabile din "
        "punct de vedere medical, adică cele care nu au nevoie de îngrijiri urgente. Ți-l oferă "
        "personalul medical, atunci când nu este sigur să fii trimisă acasă.\n\nCa să ceri ajutor, "
        "sună la centrul antiviolență, care răspunde 24 de ore din 24, sau la 1522.\n\nLa urgențe "
        "(Pronto Soccorso), victimele violenței au un cod de triaj și o cameră doar pentru ele "
        "(„Stanza delle fragilità”)."
    ),
    "channel-label:Sportello antiviolenza": "Punct de ajutor antiviolență",
    "channel-label:Segretariato sociale del Comune di Asti": (
        "Punctul de informare socială al Primăriei Asti"
    ),
    "channel-label:Sede del Consorzio": "Sediul consorțiului",
    "channel-label:Segretariato sociale": "Punct de informare socială",
    "channel-label:Emergenze: risponde un operatore": "Urgențe: răspunde o persoană",
    "channel-label:Segreteria telefonica: lascia un messaggio": "Mesagerie vocală: lasă un mesaj",
    "organisation:comune-di-asti:name": "Primăria Asti (Comune di Asti)",
    "organisation:comune-di-asti:role": (
        "Deservește orașul Asti. Își administrează direct serviciile sociale (funcțiile "
        "socio-asistențiale). La punctul său de ajutor antiviolență ești ascultată și primești "
        "ajutor și sprijin psihologic. Îți explică drepturile tale și pregătesc împreună cu tine "
        "un plan ca să fii protejată. Te ajută să te descurci din nou singură. În cazurile cele "
        "mai grave, te pun în siguranță pe tine și pe copiii tăi, într-un loc secret."
    ),
    "organisation:consorzio-cisa-asti-sud:name": "Consorțiul C.I.S.A. Asti Sud",
    "organisation:consorzio-cisa-asti-sud:short_name": "C.I.S.A. Asti Sud",
    "organisation:consorzio-cisa-asti-sud:role": (
        "Deservește cele 40 de comune din sudul provinciei. Este consorțiul care le administrează "
        "serviciile sociale („organizația gestionară”). La punctul său de ajutor antiviolență ești "
        "ascultată și primești ajutor și sprijin psihologic. Îți explică drepturile tale și "
        "pregătesc împreună cu tine un plan ca să fii protejată. Te ajută să te descurci din nou "
        "singură. În cazurile cele mai grave, te pun în siguranță pe tine și pe copiii tăi, "
        "într-un loc secret."
    ),
    "organisation:consorzio-cogesa-asti-nord:name": "Consorțiul CO.GE.SA. Asti Nord",
    "organisation:consorzio-cogesa-asti-nord:short_name": "CO.GE.SA. Asti Nord",
    "organisation:consorzio-cogesa-asti-nord:role": (
        "Deservește comunele de la nord de râul Tanaro. Este consorțiul care le administrează "
        "serviciile sociale („organizația gestionară”). La punctul său de ajutor antiviolență ești "
        "ascultată și primești ajutor și sprijin psihologic. Îți explică drepturile tale și "
        "pregătesc împreună cu tine un plan ca să fii protejată. Te ajută să te descurci din nou "
        "singură. În cazurile cele mai grave, te pun în siguranță pe tine și pe copiii tăi, "
        "într-un loc secret."
    ),
    "organisation:consorzio-servizi-socio-assistenziali-chierese:name": (
        "Consorțiul Serviciilor Socio-Asistențiale din zona Chieri (Consorzio dei Servizi Socio "
        "Assistenziali del Chierese)"
    ),
    "organisation:consorzio-servizi-socio-assistenziali-chierese:role": (
        "Deservește 25 de comune din zona Chieri (Torino). Este consorțiul care le administrează "
        "serviciile sociale („organizația gestionară”). La punctul său de ajutor antiviolență ești "
        "ascultată și primești ajutor și sprijin psihologic. Îți explică drepturile tale și "
        "pregătesc împreună cu tine un plan ca să fii protejată. Te ajută să te descurci din nou "
        "singură. În cazurile cele mai grave, te pun în siguranță pe tine și pe copiii tăi, "
        "într-un loc secret."
    ),
    "organisation:croce-rossa-italiana:name": "Crucea Roșie Italiană",
    "organisation:croce-rossa-italiana:role": (
        "Comitetul său local administrează punctul de ajutor și centrul antiviolență L'orecchio di "
        "Venere și adăpostul Athena."
    ),
    "organisation:asl-at:name": "ASL AT – Autoritatea Sanitară Locală din Asti",
    "organisation:asl-at:short_name": "ASL AT",
    "organisation:asl-at:role": (
        "Asigură patul secret pentru o noapte, pentru femeile care nu se pot întoarce acasă în "
        "siguranță."
    ),
    "language:it:name": "italiană",
    "language:en:name": "engleză",
    "language:fr:name": "franceză",
    "language:es:name": "spaniolă",
    "language:ar:name": "arabă",
    "language:fa:name": "persană (farsi)",
    "language:sq:name": "albaneză",
    "language:ru:name": "rusă",
    "language:uk:name": "ucraineană",
    "language:pt:name": "portugheză",
    "language:pl:name": "poloneză",
    "settings:service_name": "Serviciul pentru Egalitatea de Șanse",
    "settings:helpline_text": (
        "Numărul antiviolență și anti-stalking: gratuit, 24 de ore din 24, anonim, în 11 limbi"
    ),
    "settings:emergency_text": "Numărul unic de urgență: gratuit, chiar și fără credit",
}
