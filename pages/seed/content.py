"""The site's starting content, from ../shared/seed (copied beside this file).

Italian exactly as the official page "Le Pari Opportunità" (Provincia di Asti, last updated
2 December 2020) writes it; English translated for this site. Contact facts come from
contacts-and-facts.md, each with the date its source gives. The numbers marked obsolete
there (0141 1855172, 334 6650627) are deliberately absent.
"""

import datetime

from . import superseded

SERVICE_PAGE = {
    "slug": "servizio",
    "title": {"it": "Le Pari Opportunità", "en": "Equal Opportunities"},
    # The home page shows the summary: plain words. The official first sentence opens
    # the body.
    "summary": {
        "it": (
            "Il Servizio Pari Opportunità della Provincia di Asti lavora contro la violenza "
            "sulle donne e contro le discriminazioni. Se subisci violenza, chiedi aiuto a "
            "uno sportello antiviolenza: ti ascolta e ti aiuta."
        ),
        "en": (
            "The Equal Opportunities Service of the Province of Asti fights violence against "
            "women and discrimination. If you are facing violence, ask an anti-violence desk "
            "for help: it will listen to you and help you."
        ),
    },
    "body": {
        "it": (
            "<p>La Provincia di Asti sviluppa e promuove la diffusione delle politiche di pari "
            "opportunità nell’ambito dei principi fondamentali riconosciuti dalla "
            "Costituzione e dal diritto nazionale e comunitario.</p>"
            "<p>Il Servizio Pari Opportunità fa parte dell'Area Lavoro e Politiche Sociali.</p>"
            "<p>Si occupa di promuovere la realizzazione dei principi di pari opportunità "
            "attraverso la diffusione di politiche di genere, la lotta alla violenza e alla "
            "discriminazione di genere, il contrasto all’omofobia.</p>"
            "<p>Favorisce il superamento delle discriminazioni basate sul sesso, la razza, "
            "l’origine etnica, la religione, le condizioni personali e sociali, promuove il "
            "miglioramento della qualità della vita e lo sviluppo di una società più equa e "
            "democratica.</p>"
            "<p>Per la sua natura di garante delle Pari Opportunità collabora con la "
            "Consigliera di Parità, il Centro Impiego e il Comitato Unico di Garanzia e gli "
            "altri organismi ed enti che lavorano sul territorio per la tutela e promozione "
            "del diritto di uguaglianza e parità.</p>"
        ),
        "en": (
            "<p>The Province of Asti develops and promotes equal opportunities policies "
            "within the fundamental principles recognised by the Constitution and by "
            "national and European law.</p>"
            "<p>The Equal Opportunities Service is part of the Labour and Social Policies "
            "Area.</p>"
            "<p>It works to put the principles of equal opportunities into practice by "
            "spreading gender policies, fighting gender-based violence and discrimination, "
            "and countering homophobia.</p>"
            "<p>It helps to overcome discrimination based on sex, race, ethnic origin, "
            "religion, and personal and social circumstances, and promotes a better quality "
            "of life and the growth of a fairer and more democratic society.</p>"
            "<p>As the guarantor of equal opportunities, it works with the Equality Adviser "
            "(Consigliera di Parità), the Employment Centre, the Equal Guarantee Committee "
            "(Comitato Unico di Garanzia) and the other bodies and organisations in the area "
            "that protect and promote the right to equality and parity.</p>"
        ),
    },
    "sources": "Provincia di Asti, pagina «Le Pari Opportunità», aggiornata il 2 dicembre 2020.",
    "last_updated": datetime.date(2020, 12, 2),
}

HELPDESKS_PAGE = {
    "slug": "sportelli",
    "title": {"it": "Gli sportelli antiviolenza", "en": "The anti-violence desks"},
    # The intro of /sportelli/. First a short, plain sentence for a woman looking for
    # help; then the official text of the Provincia's page about the desks and the secret
    # bed, word for word (without where the bed is: design rule 1).
    "summary": {
        "it": (
            "Cerca qui sotto lo sportello antiviolenza del tuo comune: ti ascolta e ti aiuta. "
            "Il centro antiviolenza L'orecchio di Venere aiuta le donne di tutta la provincia."
        ),
        "en": (
            "Find the anti-violence desk for your comune below: it will listen to you and "
            "help you. The anti-violence centre L'orecchio di Venere helps women from the "
            "whole province."
        ),
    },
    "body": {
        "it": (
            "<p>Sul territorio provinciale gli sportelli antiviolenza che assicurano "
            "accoglienza, assistenza, sostegno psicologico, colloqui orientativi in materia "
            "legale, percorsi personalizzati di protezione, sostegno e accompagnamento al "
            "recupero dell'autonomia e nei casi più gravi messa in sicurezza delle vittime e "
            "dei loro figli in strutture segrete sono rappresentate dagli Enti Gestori dei "
            "Servizi Sociali (Comune di Asti, Consorzio C.I.S.A. Asti Sud, il Consorzio "
            "CO.G.E.SA Asti Nord, Consorzio Servizi Socio Assistenziali del Chierese) e dalla "
            "Croce Rossa Italiana (sportello L'orecchio di Venere).</p>"
            "<p>L'Azienda sanitaria locale Asl At assicura la messa a disposizione del posto "
            "letto segreto per una notte, per donne clinicamente stabili, che non vengono "
            "dimesse al domicilio per mancanza di condizioni di sicurezza.</p>"
        ),
        "en": (
            "<p>Across the province, the anti-violence desks, which provide reception, "
            "assistance, psychological support, legal guidance meetings, personalised "
            "protection plans, support and accompaniment towards regaining independence "
            "and, in the most serious cases, move victims and their children to safety in "
            "secret facilities, are run by the social services managing bodies "
            "(Municipality of Asti, C.I.S.A. Asti Sud consortium, CO.GE.SA. Asti Nord "
            "consortium, Chieri Area Social Services Consortium) and by the Italian Red "
            "Cross (L'orecchio di Venere desk).</p>"
            "<p>The local health authority ASL AT provides a secret bed for one night for "
            "women who are clinically stable but cannot be discharged home because it is "
            "not safe for them.</p>"
        ),
    },
    "sources": "Provincia di Asti, pagina «Le Pari Opportunità», aggiornata il 2 dicembre 2020.",
    "last_updated": datetime.date(2020, 12, 2),
}

SAFE_BROWSING_PAGE = {
    "slug": "navigare-in-sicurezza",
    "title": {"it": "Navigare in sicurezza", "en": "Browsing safely"},
    "summary": {
        "it": (
            "Se temi che qualcuno controlli il tuo telefono o il tuo computer, queste "
            "indicazioni ti aiutano a visitare questo sito lasciando meno tracce."
        ),
        "en": (
            "If you are afraid that someone checks your phone or computer, this advice "
            "helps you visit this site leaving fewer traces."
        ),
    },
    # The button's label and the keyboard way are the ones templates/base.html shows in
    # each language ("Exit this page" / "Esci subito", "press Shift 3 times" / "premi 3
    # volte Maiusc"). What the button does is what static/js/quick-exit.js does.
    "body": {
        "it": (
            "<h2>Esci in fretta: il pulsante «Esci subito»</h2>"
            "<p>Premi «Esci subito», in cima a ogni pagina. La pagina sparisce all'istante. "
            "Al suo posto si apre un altro sito, che non ha niente a che fare con questo.</p>"
            "<p>Con la tastiera c'è un altro modo: premi 3 volte Maiusc (Shift).</p>"
            "<h2>Che cosa il pulsante non cancella</h2>"
            "<p>Il pulsante ti fa uscire in fretta, ma <strong>non cancella</strong> le "
            "tracce della visita:</p>"
            "<ul>"
            "<li>le pagine di questo sito che hai aperto restano nella cronologia del "
            "browser;</li>"
            "<li>con «Indietro» di solito non si torna alla pagina che stavi leggendo, ma "
            "si può tornare alle altre pagine di questo sito aperte prima.</li>"
            "</ul>"
            "<p>Per non lasciare queste tracce, usa una finestra privata o cancella la "
            "cronologia. Come fare è spiegato qui sotto.</p>"
            "<h2>Che cosa non lascia questo sito</h2>"
            "<p>Questo sito non salva cookie sul tuo telefono o computer. Non usa strumenti "
            "di statistica. Non carica niente da altri siti.</p>"
            "<h2>Usa una finestra privata</h2>"
            "<p>Apri una finestra privata dal menu del browser:</p>"
            "<ul>"
            "<li>Chrome: «Nuova finestra di navigazione in incognito»;</li>"
            "<li>Firefox: «Nuova finestra anonima»;</li>"
            "<li>Safari: «Nuova finestra privata»;</li>"
            "<li>Edge: «Nuova finestra InPrivate».</li>"
            "</ul>"
            "<p>Quando chiudi la finestra privata, il browser non conserva la cronologia, i "
            "cookie e quello che hai scritto nei moduli.</p>"
            "<p>Attenzione: anche così, chi gestisce la rete (per esempio il datore di "
            "lavoro) e il gestore telefonico possono sapere quali siti visiti.</p>"
            "<h2>Cancella la cronologia</h2>"
            "<p>Se non hai usato una finestra privata, apri la cronologia dal menu del "
            "browser. Cancella solo le pagine di questo sito.</p>"
            "<p>Cancellare tutta la cronologia potrebbe insospettire chi ti controlla.</p>"
            "<h2>Usa un telefono o un computer sicuro</h2>"
            "<p>Se qualcuno può usare o controllare il tuo telefono o il tuo computer, usa "
            "se puoi un dispositivo di cui ti fidi: quello di un'amica, di una biblioteca o "
            "di un ufficio pubblico.</p>"
            "<p>Alcune app di controllo (spyware o «stalkerware») permettono a un'altra "
            "persona di leggere i tuoi messaggi, ascoltare le tue chiamate e sapere dove si "
            "trova il telefono. Possibili segnali:</p>"
            "<ul>"
            "<li>la batteria si scarica in fretta;</li>"
            "<li>ci sono app che non riconosci;</li>"
            "<li>qualcuno sa cose che hai scritto o detto solo al telefono.</li>"
            "</ul>"
            "<p>Se hai questo dubbio, non togliere subito l'app: chi la controlla potrebbe "
            "accorgersene. Parlane prima con un centro antiviolenza o con il 1522.</p>"
            "<h2>Telefonate</h2>"
            "<p>Il 1522 è gratuito e anonimo. Ma il numero che hai chiamato resta "
            "nell'elenco delle chiamate del telefono: se serve, cancellalo.</p>"
            "<h2>Se sei in pericolo</h2>"
            "<p>Chiama il 112. Per aiuto e consigli, giorno e notte, chiama il 1522.</p>"
        ),
        "en": (
            "<h2>Leave quickly: the “Exit this page” button</h2>"
            "<p>Press “Exit this page”, at the top of every page. The page disappears at "
            "once. Another site, which has nothing to do with this one, opens in its "
            "place.</p>"
            "<p>With a keyboard there is another way: press Shift 3 times.</p>"
            "<h2>What the button does not erase</h2>"
            "<p>The button gets you out quickly, but it <strong>does not erase</strong> the "
            "traces of your visit:</p>"
            "<ul>"
            "<li>the pages of this site that you opened stay in the browser's history;</li>"
            "<li>“Back” usually does not return to the page you were reading, but it can "
            "return to other pages of this site you opened before.</li>"
            "</ul>"
            "<p>To leave no such traces, use a private window or clear the history. Below "
            "you will find how.</p>"
            "<h2>What this site does not leave behind</h2>"
            "<p>This site stores no cookies on your phone or computer. It uses no "
            "statistics tools. It loads nothing from other sites.</p>"
            "<h2>Use a private window</h2>"
            "<p>Open a private window from the browser's menu:</p>"
            "<ul>"
            "<li>Chrome: “New Incognito window”;</li>"
            "<li>Firefox: “New private window”;</li>"
            "<li>Safari: “New Private Window”;</li>"
            "<li>Edge: “New InPrivate window”.</li>"
            "</ul>"
            "<p>When you close the private window, the browser does not keep the history, "
            "the cookies or what you typed into forms.</p>"
            "<p>Be aware: even then, whoever runs the network (an employer, for example) "
            "and the phone company can know which sites you visit.</p>"
            "<h2>Clear the history</h2>"
            "<p>If you did not use a private window, open the history from the browser's "
            "menu. Delete just the pages of this site.</p>"
            "<p>Deleting the whole history could make someone who checks on you "
            "suspicious.</p>"
            "<h2>Use a safe phone or computer</h2>"
            "<p>If someone can use or control your phone or computer, use a device you "
            "trust if you can: a friend's, or one in a library or public office.</p>"
            "<p>Some monitoring apps (spyware or “stalkerware”) let another person read "
            "your messages, listen to your calls and know where the phone is. Possible "
            "signs:</p>"
            "<ul>"
            "<li>the battery runs down fast;</li>"
            "<li>there are apps you do not recognise;</li>"
            "<li>someone knows things you only wrote or said on the phone.</li>"
            "</ul>"
            "<p>If you suspect this, do not remove the app straight away: whoever controls "
            "it could notice. Talk to an anti-violence centre or to 1522 first.</p>"
            "<h2>Phone calls</h2>"
            "<p>1522 is free and anonymous. But the number you called stays in the phone's "
            "call log: if needed, delete it from the log.</p>"
            "<h2>If you are in danger</h2>"
            "<p>Call 112. For help and advice, day and night, call 1522.</p>"
        ),
    },
    "last_updated": datetime.date(2026, 12, 7),
}

_PROVINCIA = "Provincia di Asti, Piazza Alfieri 33, 14100 Asti"
_PEC = "provincia.asti@cert.provincia.asti.it"

ACCESSIBILITY_PAGE = {
    "slug": "accessibilita",
    "title": {"it": "Dichiarazione di accessibilità", "en": "Accessibility statement"},
    "summary": {
        "it": (
            "La Provincia di Asti si impegna a rendere questo sito accessibile a tutte le "
            "persone, in conformità alla legge 9 gennaio 2004, n. 4."
        ),
        "en": (
            "The Province of Asti is committed to making this site accessible to everyone, "
            "in accordance with Italian Law no. 4 of 9 January 2004."
        ),
    },
    "body": {
        "it": (
            "<h2>Obiettivo di conformità</h2>"
            "<p>Il sito è progettato per rispettare le Linee guida sull'accessibilità dei "
            "contenuti web (WCAG) 2.2 al livello AA e la norma europea EN 301 549.</p>"
            "<h2>Come verifichiamo</h2>"
            "<p>Ogni pagina, in ogni lingua, viene controllata a ogni modifica del sito con "
            "un browser reale, con lo strumento automatico axe-core, su schermi larghi 360 e "
            "1280 pixel. Verifichiamo anche l'uso con la sola tastiera, i collegamenti per "
            "saltare al contenuto e al pulsante «Esci subito», e che le pagine si leggano "
            "senza scorrimento orizzontale su schermi larghi 320 pixel. I controlli "
            "automatici non trovano tutti i problemi: per questo sono importanti le tue "
            "segnalazioni.</p>"
            "<h2>Contenuti non ancora accessibili</h2>"
            "<p>I testi completi delle deliberazioni non sono ancora pubblicati su questo "
            "sito: puoi chiederne una copia al Servizio Pari Opportunità.</p>"
            "<h2>Segnala un problema</h2>"
            "<p>Se trovi un contenuto che non riesci a usare, scrivi alla Provincia di Asti "
            "all'indirizzo di posta elettronica certificata " + _PEC + ", indicando la "
            "pagina e il problema. Se la risposta non ti soddisfa, puoi rivolgerti al "
            "Difensore civico per il digitale presso l'Agenzia per l'Italia Digitale "
            "(AgID).</p>"
        ),
        "en": (
            "<h2>Conformance target</h2>"
            "<p>The site is designed to meet the Web Content Accessibility Guidelines (WCAG) "
            "2.2 at level AA and the European standard EN 301 549.</p>"
            "<h2>How we check</h2>"
            "<p>Every page, in every language, is checked at every change of the site in a "
            "real browser with the automated tool axe-core, on screens 360 and 1280 pixels "
            "wide. We also check use with the keyboard alone, the links that skip to the "
            "content and to the “Exit this page” button, and that pages read without "
            "horizontal scrolling on screens 320 pixels wide. Automated checks do not find "
            "every problem: that is why your reports matter.</p>"
            "<h2>Content not yet accessible</h2>"
            "<p>The full texts of the deliberations are not yet published on this site: you "
            "can ask the Equal Opportunities Service for a copy.</p>"
            "<h2>Report a problem</h2>"
            "<p>If you find content you cannot use, write to the Province of Asti at the "
            "certified e-mail address " + _PEC + ", saying which page and what the problem "
            "is. If the answer does not satisfy you, you can turn to the Digital Ombudsman "
            "(Difensore civico per il digitale) at the Agency for Digital Italy (AgID).</p>"
        ),
    },
    "last_updated": datetime.date(2026, 11, 25),
}

PRIVACY_PAGE = {
    "slug": "privacy",
    "title": {"it": "Informativa sulla privacy", "en": "Privacy notice"},
    "summary": {
        "it": (
            "Che cosa succede ai tuoi dati quando visiti questo sito: in breve, il sito non "
            "ti chiede dati personali, non usa cookie e non ti traccia."
        ),
        "en": (
            "What happens to your data when you visit this site: in short, the site asks "
            "for no personal data, uses no cookies and does not track you."
        ),
    },
    "body": {
        "it": (
            "<h2>Titolare del trattamento</h2>"
            "<p>" + _PROVINCIA + ". Posta elettronica certificata: " + _PEC + ". I dati di "
            "contatto del Responsabile della protezione dei dati sono pubblicati sul sito "
            "istituzionale della Provincia di Asti.</p>"
            "<h2>Cookie e strumenti di tracciamento</h2>"
            "<p>Chi visita il sito non riceve alcun cookie. Il sito non usa strumenti di "
            "statistica o di profilazione e non carica contenuti da altri siti (caratteri, "
            "mappe, video, social network): nessun altro soggetto viene a sapere che hai "
            "visitato queste pagine.</p>"
            "<p>Solo il personale della Provincia che accede all'area riservata di gestione "
            "riceve i cookie tecnici necessari all'accesso.</p>"
            "<h2>Dati di navigazione</h2>"
            "<p>Come ogni sito, il server riceve per funzionare alcuni dati tecnici (per "
            "esempio la pagina richiesta). Sono usati solo per il funzionamento e la "
            "sicurezza del sito.</p>"
            "<h2>I tuoi diritti</h2>"
            "<p>Puoi chiedere al titolare l'accesso ai tuoi dati, la rettifica, la "
            "cancellazione, la limitazione del trattamento e opporti al trattamento "
            "(articoli 15-22 del Regolamento UE 2016/679). Puoi anche presentare reclamo al "
            "Garante per la protezione dei dati personali.</p>"
        ),
        "en": (
            "<h2>Data controller</h2>"
            "<p>Provincia di Asti (Province of Asti), Piazza Alfieri 33, 14100 Asti. "
            "Certified e-mail: " + _PEC + ". The contact details of the Data Protection "
            "Officer are published on the institutional website of the Province of Asti.</p>"
            "<h2>Cookies and tracking</h2>"
            "<p>Visitors to this site receive no cookies. The site uses no statistics or "
            "profiling tools and loads no content from other sites (fonts, maps, videos, "
            "social networks): no one else learns that you visited these pages.</p>"
            "<p>Only the Province's staff who sign in to the private editing area receive "
            "the technical cookies needed to sign in.</p>"
            "<h2>Browsing data</h2>"
            "<p>Like any site, the server receives some technical data in order to work "
            "(for example the page requested). It is used only to run the site and keep it "
            "secure.</p>"
            "<h2>Your rights</h2>"
            "<p>You can ask the controller for access to your data, rectification, erasure "
            "and restriction of processing, and object to processing (Articles 15-22 of "
            "Regulation (EU) 2016/679). You can also lodge a complaint with the Italian "
            "Data Protection Authority (Garante per la protezione dei dati personali).</p>"
        ),
    },
    "last_updated": datetime.date(2026, 11, 25),
}

LEGAL_NOTES_PAGE = {
    "slug": "note-legali",
    "title": {"it": "Note legali", "en": "Legal notes"},
    "summary": {
        "it": "Chi pubblica questo sito, da dove vengono i suoi contenuti e come si possono usare.",
        "en": "Who publishes this site, where its content comes from and how it may be used.",
    },
    "body": {
        "it": (
            "<h2>Chi pubblica il sito</h2>"
            "<p>Il sito è pubblicato dal Servizio Pari Opportunità della " + _PROVINCIA + "."
            "</p>"
            "<h2>Fonti dei contenuti</h2>"
            "<p>I testi sul servizio e sulla rete antiviolenza riprendono la pagina «Le Pari "
            "Opportunità» della Provincia di Asti. I recapiti degli sportelli provengono "
            "dalle fonti pubbliche indicate al personale della Provincia, che li verifica "
            "periodicamente: ogni sportello mostra la data dell'ultima verifica. Se un "
            "numero non risponde, chiama il 1522, gratuito e attivo 24 ore su 24.</p>"
            "<p>L'elenco dei comuni proviene dall'Istituto nazionale di statistica (ISTAT), "
            "«Elenco dei comuni italiani», pubblicato con licenza Creative Commons "
            "Attribuzione 4.0 (CC BY 4.0).</p>"
            "<h2>Collegamenti ad altri siti</h2>"
            "<p>I collegamenti ad altri siti sono forniti per comodità: la Provincia di Asti "
            "non è responsabile dei loro contenuti. Aprendoli, il sito di destinazione non "
            "riceve l'indirizzo della pagina da cui arrivi.</p>"
        ),
        "en": (
            "<h2>Who publishes the site</h2>"
            "<p>The site is published by the Equal Opportunities Service of the Provincia di "
            "Asti (Province of Asti), Piazza Alfieri 33, 14100 Asti.</p>"
            "<h2>Sources of the content</h2>"
            "<p>The texts about the service and the anti-violence network are taken from "
            "the Province of Asti's page “Le Pari Opportunità”. The help desks' contact "
            "details come from public sources known to the Province's staff, who check them "
            "regularly: each desk shows the date of the last check. If a number does not "
            "answer, call 1522, free and open 24 hours a day.</p>"
            "<p>The list of comuni comes from the Italian National Institute of Statistics "
            "(ISTAT), “Elenco dei comuni italiani”, published under the Creative Commons "
            "Attribution 4.0 licence (CC BY 4.0).</p>"
            "<h2>Links to other sites</h2>"
            "<p>Links to other sites are given for convenience: the Province of Asti is not "
            "responsible for their content. When you open one, the other site is not told "
            "which page you came from.</p>"
        ),
    },
    "last_updated": datetime.date(2026, 11, 25),
}

# --- The help path (issue 15). Every fact comes from the public sources each page names in
# "sources" (shown to staff only); plain language, "tu", the action first.

_SOURCE_1522 = "1522: 1522.eu, «Cos'è 1522», 2023."
_SOURCE_112 = (
    "112: salute.gov.it; cronacatorino.it, 2021. Numero unico di emergenza europeo, "
    "gratuito, senza SIM né credito, multilingue, localizza chi chiama; in Piemonte "
    "rispondono le centrali di Azienda Zero; «112 Sordi» per le persone sorde dal 2021."
)
_SOURCE_DESKS = (
    "Servizi degli sportelli: Provincia di Asti, pagina «Le Pari Opportunità», aggiornata il "
    "2 dicembre 2020."
)
_SOURCE_CENTRE = (
    "Centro antiviolenza L'orecchio di Venere (366 9287198, 24 ore, risponde un operatore; "
    "centroascolto.cri@gmail.com; collegato al 1522): lanuovaprovincia.it, 2023-24."
)

WHEN_YOU_CALL_PAGE = {
    "slug": "cosa-succede-quando-chiami",
    "title": {"it": "Cosa succede quando chiami", "en": "What happens when you call"},
    "summary": {
        "it": (
            "Chiamare il 1522 è gratuito e anonimo: non devi dire il tuo nome. Ti rispondono "
            "operatrici specializzate. Puoi chiamare anche solo per un consiglio."
        ),
        "en": (
            "Calling 1522 is free and anonymous: you do not have to give your name. "
            "Specialised operators answer. You can call just for advice, too."
        ),
    },
    "body": {
        "it": (
            "<h2>Se sei in pericolo adesso, chiama il 112</h2>"
            '<p>Chiama il <a href="tel:112">112</a>, il numero unico di emergenza. È '
            "gratuito e funziona anche senza credito e senza SIM. Risponde anche in altre "
            "lingue. Il 112 può localizzare il telefono da cui chiami. In Piemonte "
            "rispondono le centrali di Azienda Zero.</p>"
            "<h2>Quando chiami il 1522</h2>"
            '<p>Il <a href="tel:1522">1522</a> è il numero nazionale antiviolenza e '
            "antistalking del Dipartimento per le Pari Opportunità. Risponde 24 ore su 24, "
            "tutti i giorni. È gratuito da telefono fisso e da cellulare.</p>"
            "<h3>Chi ti risponde</h3>"
            "<p>Ti rispondono operatrici specializzate. Parlano italiano, inglese, francese, "
            "spagnolo, arabo, farsi, albanese, russo, ucraino, portoghese e polacco.</p>"
            "<h3>Che cosa succede</h3>"
            "<ul>"
            "<li>Non devi dire il tuo nome: la chiamata è anonima.</li>"
            "<li>Puoi chiamare per chiedere aiuto o anche solo per un consiglio.</li>"
            "<li>L'operatrice ti ascolta. Ti può chiedere come stai e se adesso sei al "
            "sicuro.</li>"
            "<li>Ti dà informazioni utili e ti dice a quali servizi puoi rivolgerti vicino a "
            "te, per esempio un centro antiviolenza.</li>"
            "<li>Se sei in pericolo, il 1522 segue una procedura concordata con le forze "
            "dell'ordine.</li>"
            "</ul>"
            "<p>Dopo la chiamata decidi tu se e quando rivolgerti a un servizio. Puoi fare un "
            "passo alla volta.</p>"
            "<h2>Quando chiami uno sportello o il centro antiviolenza</h2>"
            "<p>Ti risponde il personale dello sportello o del centro. Ti offrono "
            "accoglienza, assistenza, sostegno psicologico, colloqui per orientarti sulle "
            "questioni legali, percorsi di protezione pensati per te, sostegno per tornare "
            "autonoma. Nei casi più gravi, mettono al sicuro te e i tuoi figli in strutture "
            "segrete.</p>"
            "<p>Il centro antiviolenza «L'orecchio di Venere» della Croce Rossa Italiana "
            "accoglie donne da tutta la provincia ed è collegato al 1522. Al numero "
            '<a href="tel:3669287198">366\u00a09287198</a> risponde una persona, 24 ore su '
            "24.</p>"
            "<p>Per trovare lo sportello del tuo comune, con numeri e orari, usa la <a "
            'href="/sportelli/">ricerca degli sportelli</a>.</p>'
            "<h2>Se non puoi parlare</h2>"
            "<p>Puoi scrivere al 1522 in chat o con l'app. Leggi <a "
            'href="/se-non-puoi-parlare/">Se non puoi parlare al telefono</a>.</p>'
        ),
        "en": (
            "<h2>If you are in danger now, call 112</h2>"
            '<p>Call <a href="tel:112">112</a>, the single emergency number. It is free and '
            "works even without credit and without a SIM card. It also answers in other "
            "languages. 112 can locate the phone you are calling from. In Piedmont, the "
            "calls are answered by the centres of Azienda Zero.</p>"
            "<h2>When you call 1522</h2>"
            '<p><a href="tel:1522">1522</a> is the national anti-violence and anti-stalking '
            "helpline of the Department for Equal Opportunities. It answers 24 hours a day, "
            "every day. It is free from landlines and mobiles.</p>"
            "<h3>Who answers</h3>"
            "<p>Specialised operators answer. They speak Italian, English, French, Spanish, "
            "Arabic, Farsi, Albanian, Russian, Ukrainian, Portuguese and Polish.</p>"
            "<h3>What happens</h3>"
            "<ul>"
            "<li>You do not have to give your name: the call is anonymous.</li>"
            "<li>You can call to ask for help, or just for advice.</li>"
            "<li>The operator listens to you. She may ask how you are and whether you are "
            "safe now.</li>"
            "<li>She gives you useful information and tells you which services near you "
            "can help, for example an anti-violence centre.</li>"
            "<li>If you are in danger, 1522 follows a procedure agreed with the police.</li>"
            "</ul>"
            "<p>After the call, you decide whether and when to turn to a service. You can "
            "take one step at a time.</p>"
            "<h2>When you call a help desk or the anti-violence centre</h2>"
            "<p>The staff of the desk or centre answer. They offer reception, assistance, "
            "psychological support, meetings to guide you on legal matters, protection "
            "plans made for you, and support to regain your independence. In the most "
            "serious cases, they move you and your children to safety in secret "
            "facilities.</p>"
            "<p>The Italian Red Cross anti-violence centre “L'orecchio di Venere” helps "
            "women from the whole province and is connected to 1522. At "
            '<a href="tel:3669287198">366\u00a09287198</a> a person answers, 24 hours a day.</p>'
            "<p>To find the desk for your comune, with its numbers and hours, use the <a "
            'href="/en/sportelli/">help desk finder</a>.</p>'
            "<h2>If you cannot talk</h2>"
            "<p>You can write to 1522 in its chat or app. Read <a "
            'href="/en/se-non-puoi-parlare/">If you cannot talk on the phone</a>.</p>'
        ),
    },
    "sources": "\n".join(
        [
            _SOURCE_1522
            + " Gratuito da fisso e cellulare, 24 ore su 24, anonimo, chat e app, 11 lingue; "
            "operatrici specializzate; informazioni e orientamento ai servizi; chi chiama "
            "per un consiglio; avvicinamento graduale ai servizi; procedura con le Forze "
            "dell'Ordine nelle emergenze (stesso testo citato da lastampa.it, 22/11/2023).",
            _SOURCE_112,
            _SOURCE_DESKS,
            _SOURCE_CENTRE,
        ]
    ),
    "last_updated": datetime.date(2026, 12, 7),
}

CANNOT_TALK_PAGE = {
    "slug": "se-non-puoi-parlare",
    "title": {"it": "Se non puoi parlare al telefono", "en": "If you cannot talk on the phone"},
    "summary": {
        "it": (
            "Puoi chiedere aiuto anche scrivendo: con la chat e l'app del 1522, o con una "
            "e-mail al centro antiviolenza. Se sei sorda, in Piemonte c'è «112 Sordi»."
        ),
        "en": (
            "You can also ask for help in writing: with the 1522 chat and app, or by e-mail "
            "to the anti-violence centre. If you are deaf, Piedmont has “112 Sordi”."
        ),
    },
    "body": {
        "it": (
            "<h2>Scrivi al 1522: chat e app</h2>"
            "<p>Il 1522, il numero nazionale antiviolenza e antistalking, risponde anche in "
            "chat e con un'app. Trovi la chat e le informazioni sull'app sul sito <a "
            'href="https://www.1522.eu/">1522.eu</a>.</p>'
            "<h2>Se sei sorda: «112 Sordi»</h2>"
            "<p>In Piemonte, dal 2021, il servizio «112 Sordi» permette alle persone sorde "
            'di chiedere aiuto al numero di emergenza <a href="tel:112">112</a>.</p>'
            "<h2>Scrivi al centro antiviolenza</h2>"
            "<p>Puoi scrivere un'e-mail al centro antiviolenza «L'orecchio di Venere» della "
            'Croce Rossa Italiana: <a href="mailto:centroascolto.cri@gmail.com">'
            "centroascolto.cri@gmail.com</a>.</p>"
            "<h2>Attenzione alle tracce</h2>"
            "<p>Messaggi, e-mail e app restano sul telefono. Se qualcuno controlla il tuo "
            'telefono, leggi prima <a href="/navigare-in-sicurezza/">Navigare in '
            "sicurezza</a>.</p>"
            "<h2>Se riesci a parlare</h2>"
            '<p>Se sei in pericolo adesso, chiama il <a href="tel:112">112</a>. Per aiuto e '
            'consigli, giorno e notte, chiama il <a href="tel:1522">1522</a>. Leggi <a '
            'href="/cosa-succede-quando-chiami/">Cosa succede quando chiami</a>.</p>'
        ),
        "en": (
            "<h2>Write to 1522: chat and app</h2>"
            "<p>1522, the national anti-violence and anti-stalking helpline, also answers in "
            "a chat and with an app. You find the chat and information about the app on the "
            '<a href="https://www.1522.eu/">1522.eu</a> website.</p>'
            "<h2>If you are deaf: “112 Sordi”</h2>"
            "<p>In Piedmont, since 2021, the “112 Sordi” service lets deaf people ask the "
            'emergency number <a href="tel:112">112</a> for help.</p>'
            "<h2>Write to the anti-violence centre</h2>"
            "<p>You can e-mail the Italian Red Cross anti-violence centre “L'orecchio di "
            'Venere”: <a href="mailto:centroascolto.cri@gmail.com">'
            "centroascolto.cri@gmail.com</a>.</p>"
            "<h2>Mind the traces</h2>"
            "<p>Messages, e-mails and apps stay on the phone. If someone checks your phone, "
            'read <a href="/en/navigare-in-sicurezza/">Browsing safely</a> first.</p>'
            "<h2>If you can talk</h2>"
            '<p>If you are in danger now, call <a href="tel:112">112</a>. For help and '
            'advice, day and night, call <a href="tel:1522">1522</a>. Read <a '
            'href="/en/cosa-succede-quando-chiami/">What happens when you call</a>.</p>'
        ),
    },
    "sources": "\n".join(
        [
            _SOURCE_1522 + " Chat e app; numero nazionale antiviolenza e antistalking.",
            _SOURCE_112,
            _SOURCE_CENTRE,
        ]
    ),
    "last_updated": datetime.date(2026, 12, 7),
}

RECOGNISING_VIOLENCE_PAGE = {
    "slug": "riconoscere-la-violenza",
    "title": {"it": "Riconoscere la violenza", "en": "Recognising violence"},
    "summary": {
        "it": (
            "La violenza non è solo quella fisica: può essere sessuale, psicologica o "
            "economica. Anche lo stalking è violenza. Ecco le forme della violenza e alcuni "
            "segnali per riconoscerla."
        ),
        "en": (
            "Violence is not only physical: it can be sexual, psychological or economic. "
            "Stalking is violence too. Here are the forms of violence and some signs to "
            "recognise it."
        ),
    },
    "body": {
        "it": (
            "<p>La Convenzione di Istanbul del Consiglio d'Europa, che l'Italia ha "
            "ratificato nel 2013, chiama violenza contro le donne ogni atto che provoca, o "
            "può provocare, danni o sofferenze fisiche, sessuali, psicologiche o "
            "economiche. Sono violenza anche le minacce di questi atti, la coercizione (quando "
            "ti obbligano a fare qualcosa) e la "
            "privazione della libertà, in pubblico come in privato.</p>"
            "<p>La violenza domestica è quella che succede in famiglia, o tra partner o ex "
            "partner, anche se non vivete o non avete mai vissuto insieme.</p>"
            "<h2>Le forme della violenza</h2>"
            "<h3>Violenza fisica</h3>"
            "<p>Qualcuno ti picchia, ti spinge, ti fa del male al corpo.</p>"
            "<h3>Violenza sessuale</h3>"
            "<p>Qualcuno fa atti sessuali con te senza il tuo consenso, anche il partner, il "
            "marito o l'ex. Il "
            "consenso deve essere una tua scelta libera.</p>"
            "<h3>Violenza psicologica</h3>"
            "<p>Qualcuno ti minaccia o ti costringe a fare cose che non vuoi, e così ti fa stare "
            "molto male.</p>"
            "<h3>Violenza economica</h3>"
            "<p>Qualcuno ti fa un danno economico: per esempio rompe le tue cose, ti toglie o "
            "controlla i soldi, non ti lascia studiare o lavorare, non paga il mantenimento "
            "che deve.</p>"
            "<h3>Stalking (atti persecutori)</h3>"
            "<p>Qualcuno ti minaccia o ti molesta più volte. Per questo vivi in ansia o nella paura, "
            "hai paura per te o per le persone care, oppure devi cambiare le tue abitudini. "
            "Per la legge italiana è un reato (articolo 612-bis del codice penale).</p>"
            "<h2>Alcuni segnali</h2>"
            "<p>Prova a rispondere a queste domande.</p>"
            "<ul>"
            "<li>Hai paura di come può reagire?</li>"
            "<li>Ti minaccia, anche di fare del male ai figli o alle persone care?</li>"
            "<li>Ti costringe a fare cose che non vuoi, anche atti sessuali?</li>"
            "<li>Controlla i tuoi soldi, o non ti lascia lavorare o studiare?</li>"
            "<li>Ti chiama, ti scrive o ti cerca di continuo, anche se hai chiesto di "
            "smettere?</li>"
            "<li>Hai cambiato le tue abitudini per paura?</li>"
            "</ul>"
            "<p>Se hai risposto sì anche a una sola domanda, puoi parlarne con qualcuno. "
            'Chiama il <a href="tel:1522">1522</a>: è gratuito e anonimo, 24 ore su 24. Se '
            'sei in pericolo adesso, chiama il <a href="tel:112">112</a>.</p>'
        ),
        "en": (
            "<p>The Council of Europe's Istanbul Convention, which Italy ratified in 2013, "
            "calls violence against women every act that causes, or may cause, physical, "
            "sexual, psychological or economic harm or suffering. Threats of such acts, "
            "coercion (being forced to do something) and deprivation of liberty are "
            "violence too, in public or in private life.</p>"
            "<p>Domestic violence is violence within the family, or between partners or "
            "former partners, even if you do not live or have never lived together.</p>"
            "<h2>The forms of violence</h2>"
            "<h3>Physical violence</h3>"
            "<p>Someone hits you, pushes you, hurts your body.</p>"
            "<h3>Sexual violence</h3>"
            "<p>Someone performs sexual acts with you without your consent, even your partner, "
            "husband or former partner. Consent "
            "must be your free choice.</p>"
            "<h3>Psychological violence</h3>"
            "<p>Someone threatens you or forces you to do things you do not want to do, so "
            "that you feel very bad.</p>"
            "<h3>Economic violence</h3>"
            "<p>Someone causes you economic harm: for example breaks your things, takes or "
            "controls your money, does not let you study or work, does not pay the "
            "maintenance owed to you.</p>"
            "<h3>Stalking</h3>"
            "<p>Someone threatens or harasses you again and again, so that you live in "
            "anxiety or fear, fear for yourself or your loved ones, or have to change your "
            "habits. "
            "Under Italian law it is a crime (article 612-bis of the Criminal Code, "
            "“atti persecutori”).</p>"
            "<h2>Some signs</h2>"
            "<p>Try to answer these questions.</p>"
            "<ul>"
            "<li>Are you afraid of how they may react?</li>"
            "<li>Do they threaten you, or threaten to hurt your children or loved ones?</li>"
            "<li>Do they force you to do things you do not want, including sexual acts?</li>"
            "<li>Do they control your money, or not let you work or study?</li>"
            "<li>Do they call you, write to you or look for you all the time, even after "
            "you asked them to stop?</li>"
            "<li>Have you changed your habits out of fear?</li>"
            "</ul>"
            "<p>If you answered yes to even one question, you can talk to someone about it. "
            'Call <a href="tel:1522">1522</a>: it is free and anonymous, 24 hours a day. If '
            'you are in danger now, call <a href="tel:112">112</a>.</p>'
        ),
    },
    "sources": "\n".join(
        [
            "Convenzione del Consiglio d'Europa sulla prevenzione e la lotta contro la "
            "violenza nei confronti delle donne e la violenza domestica (Convenzione di "
            "Istanbul, 11 maggio 2011): art. 3 (definizioni di violenza nei confronti delle "
            "donne e di violenza domestica), art. 33 (violenza psicologica), art. 34 (atti "
            "persecutori), art. 35 (violenza fisica), art. 36 (violenza sessuale e "
            "consenso); ratificata dall'Italia con la legge 27 giugno 2013, n. 77.",
            "Codice penale, art. 612-bis «Atti persecutori», introdotto dal decreto-legge "
            "23 febbraio 2009, n. 11 (normattiva.it).",
            "Esempi di violenza economica: EIGE, Istituto europeo per l'uguaglianza di "
            "genere, glossario, voce «Economic violence» (eige.europa.eu, consultato il 7 "
            "dicembre 2026).",
            _SOURCE_1522,
            _SOURCE_112,
        ]
    ),
    "last_updated": datetime.date(2026, 12, 7),
}

# Easy to read (Inclusion Europe, "Information for all"): one idea and one sentence per
# paragraph or list item, at most 15 words, common words, no abbreviations, numbers as
# digits, hard words explained. Written for Italian readers only: the English site shows
# it in Italian (modeltranslation's fallback), marked lang="it".
EASY_READ_PAGE = {
    "slug": "chiedere-aiuto-parole-semplici",
    "title": {"it": "Chiedere aiuto, in parole semplici"},
    "summary": {"it": "Chi puoi chiamare se subisci violenza, spiegato con parole semplici."},
    "body": {
        "it": (
            "<h2>Se sei in pericolo adesso</h2>"
            '<p>Chiama il numero <a href="tel:112">112</a>.</p>'
            "<p>Il 112 è il numero per le emergenze.</p>"
            "<p>Emergenza vuol dire: sei in pericolo adesso.</p>"
            "<p>Chiamare il 112 è gratis.</p>"
            "<p>Puoi chiamare anche se non hai credito nel telefono.</p>"
            "<p>Puoi chiamare anche se nel telefono non c'è la scheda.</p>"
            "<p>Al 112 rispondono anche in altre lingue.</p>"
            "<h2>Se vuoi aiuto o un consiglio</h2>"
            '<p>Chiama il numero <a href="tel:1522">1522</a>.</p>'
            "<p>Il 1522 aiuta le donne che subiscono violenza o stalking.</p>"
            "<p>Stalking vuol dire: una persona ti minaccia o ti disturba molte volte.</p>"
            "<p>Il 1522 risponde sempre, di giorno e di notte.</p>"
            "<p>Chiamare il 1522 è gratis.</p>"
            "<p>Non devi dire il tuo nome.</p>"
            "<p>Ti risponde un'operatrice.</p>"
            "<p>Un'operatrice è una donna che lavora al 1522.</p>"
            "<p>È preparata per aiutarti.</p>"
            "<p>Al 1522 puoi parlare in 11 lingue:</p>"
            "<ul>"
            "<li>italiano</li>"
            "<li>inglese</li>"
            "<li>francese</li>"
            "<li>spagnolo</li>"
            "<li>arabo</li>"
            "<li>farsi</li>"
            "<li>albanese</li>"
            "<li>russo</li>"
            "<li>ucraino</li>"
            "<li>portoghese</li>"
            "<li>polacco</li>"
            "</ul>"
            "<h2>Se non puoi parlare</h2>"
            "<p>Puoi scrivere al 1522 con la chat.</p>"
            "<p>Chat vuol dire: scrivere messaggi su internet.</p>"
            '<p>Trovi la chat sul sito <a href="https://www.1522.eu/">1522.eu</a>.</p>'
            "<p>Il 1522 ha anche una app per il telefono.</p>"
            "<h2>Gli sportelli antiviolenza</h2>"
            "<p>Uno sportello antiviolenza è un ufficio che aiuta le donne che subiscono "
            "violenza.</p>"
            "<p>Lo sportello ti può aiutare così:</p>"
            "<ul>"
            "<li>ti ascolta e ti accoglie</li>"
            "<li>una persona esperta ti aiuta a stare meglio</li>"
            "<li>ti dà informazioni sulla legge</li>"
            "<li>ti aiuta a fare un piano per essere al sicuro</li>"
            "<li>ti aiuta a tornare a vivere in modo indipendente</li>"
            "<li>nei casi più gravi, trova un posto sicuro e segreto per te e i figli</li>"
            "</ul>"
            "<p>In provincia di Asti c'è anche un centro antiviolenza.</p>"
            "<p>Si chiama L'orecchio di Venere.</p>"
            "<p>Il centro risponde sempre al numero "
            '<a href="tel:3669287198">366\u00a09287198</a>.</p>'
            "<p>Al telefono risponde una persona, di giorno e di notte.</p>"
            "<h2>Trova il tuo sportello</h2>"
            "<ol>"
            '<li>Apri la pagina degli <a href="/sportelli/">sportelli antiviolenza</a>.</li>'
            "<li>Scegli il tuo Comune dall'elenco.</li>"
            "<li>Premi il pulsante per cercare.</li>"
            "<li>Leggi quale sportello aiuta chi abita nel tuo Comune.</li>"
            "</ol>"
            "<p>Comune vuol dire: il paese o la città dove abiti.</p>"
            "<p>A volte il sito non sa quale sportello aiuta il tuo Comune.</p>"
            '<p>Allora chiama il <a href="tel:1522">1522</a>.</p>'
        ),
    },
    "sources": "\n".join(
        [
            _SOURCE_1522
            + " Gratuito, 24 ore su 24, anonimo, operatrici specializzate, chat e app, "
            "11 lingue.",
            _SOURCE_112,
            _SOURCE_DESKS,
            _SOURCE_CENTRE,
            "Regole di scrittura: Inclusion Europe, «Information for all. European "
            "standards for making information easy to read and understand», 2009.",
        ]
    ),
    "last_updated": datetime.date(2026, 12, 7),
}

HELP_PAGES = [
    WHEN_YOU_CALL_PAGE,
    CANNOT_TALK_PAGE,
    RECOGNISING_VIOLENCE_PAGE,
    EASY_READ_PAGE,
]

PAGES = [
    SERVICE_PAGE,
    HELPDESKS_PAGE,
    SAFE_BROWSING_PAGE,
    ACCESSIBILITY_PAGE,
    PRIVACY_PAGE,
    LEGAL_NOTES_PAGE,
    *HELP_PAGES,
]

# What the anti-violence desk of each social services managing body gives a woman, in
# plain words (the official list of services is on /sportelli/ and each service's name).
_SOCIAL_ROLE = {
    "it": (
        "Al suo sportello antiviolenza trovi ascolto, aiuto e sostegno psicologico. Ti "
        "spiegano i tuoi diritti e preparano con te un piano per proteggerti. Ti aiutano a "
        "tornare a farcela da sola. Nei casi più gravi mettono al sicuro te e i tuoi figli "
        "in un luogo segreto."
    ),
    "en": (
        "At its anti-violence desk you are listened to and get help and psychological "
        "support. They explain your rights and make a plan with you to keep you safe. They "
        "help you to manage on your own again. In the most serious cases, they take you and "
        "your children to safety in a secret place."
    ),
}

ORGANISATIONS = [
    {
        "slug": "provincia-di-asti",
        "kind": "institution",
        "name": {"it": "Provincia di Asti", "en": "Province of Asti"},
        "role": {
            "it": "Promuove la rete provinciale antiviolenza attraverso il Servizio Pari "
            "Opportunità, che fa parte dell'Area Lavoro e Politiche Sociali.",
            "en": "Promotes the provincial anti-violence network through its Equal "
            "Opportunities Service, part of the Labour and Social Policies Area.",
        },
    },
    {
        "slug": "prefettura-di-asti",
        "kind": "institution",
        "name": {"it": "Prefettura di Asti", "en": "Prefecture of Asti"},
    },
    {
        "slug": "procura-della-repubblica-asti",
        "kind": "law_enforcement",
        "name": {
            "it": "Procura della Repubblica presso il Tribunale di Asti",
            "en": "Public Prosecutor's Office at the Court of Asti",
        },
    },
    {
        "slug": "questura-di-asti",
        "kind": "law_enforcement",
        "name": {"it": "Questura di Asti", "en": "State Police Headquarters of Asti (Questura)"},
    },
    {
        "slug": "comando-provinciale-carabinieri",
        "kind": "law_enforcement",
        "name": {
            "it": "Comando Provinciale dei Carabinieri",
            "en": "Carabinieri Provincial Command",
        },
    },
    {
        "slug": "comando-provinciale-guardia-di-finanza",
        "kind": "law_enforcement",
        "name": {
            "it": "Comando Provinciale Guardia di Finanza",
            "en": "Guardia di Finanza Provincial Command",
        },
    },
    {
        "slug": "comune-di-asti",
        "kind": "social_services",
        "name": {"it": "Comune di Asti", "en": "Municipality of Asti"},
        "role": {
            "it": "Serve la città di Asti. Gestisce direttamente i suoi servizi sociali "
            "(funzioni socio-assistenziali). " + _SOCIAL_ROLE["it"],
            "en": "Serves the city of Asti. It runs the city's social services directly "
            "(social-assistance functions). " + _SOCIAL_ROLE["en"],
        },
    },
    {
        "slug": "consorzio-cisa-asti-sud",
        "kind": "social_services",
        "name": {"it": "Consorzio C.I.S.A. Asti Sud", "en": "C.I.S.A. Asti Sud consortium"},
        "short_name": {"it": "C.I.S.A. Asti Sud", "en": "C.I.S.A. Asti Sud"},
        "role": {
            "it": "Serve i 40 comuni del sud della provincia. È il consorzio che gestisce i "
            "loro servizi sociali (l'«ente gestore»). " + _SOCIAL_ROLE["it"],
            "en": "Serves the 40 comuni in the south of the province. It is the consortium "
            "that runs their social services (the “managing body”). " + _SOCIAL_ROLE["en"],
        },
    },
    {
        "slug": "consorzio-cogesa-asti-nord",
        "kind": "social_services",
        "name": {"it": "Consorzio CO.GE.SA Asti Nord", "en": "CO.GE.SA. Asti Nord consortium"},
        "short_name": {"it": "CO.GE.SA. Asti Nord", "en": "CO.GE.SA. Asti Nord"},
        "role": {
            "it": "Serve i comuni a nord del Tanaro. È il consorzio che gestisce i loro "
            "servizi sociali (l'«ente gestore»). " + _SOCIAL_ROLE["it"],
            "en": "Serves the comuni north of the river Tanaro. It is the consortium that "
            "runs their social services (the “managing body”). " + _SOCIAL_ROLE["en"],
        },
    },
    {
        "slug": "consorzio-servizi-socio-assistenziali-chierese",
        "kind": "social_services",
        "name": {
            "it": "Consorzio dei Servizi Socio Assistenziali del Chierese",
            "en": "Chieri Area Social Services Consortium",
        },
        "role": {
            "it": "Serve 25 comuni dell'area di Chieri (Torino). È il consorzio che gestisce "
            "i loro servizi sociali (l'«ente gestore»). " + _SOCIAL_ROLE["it"],
            "en": "Serves 25 comuni around Chieri (Turin). It is the consortium that runs "
            "their social services (the “managing body”). " + _SOCIAL_ROLE["en"],
        },
    },
    {
        "slug": "croce-rossa-italiana",
        "kind": "third_sector",
        "name": {"it": "Croce Rossa Italiana", "en": "Italian Red Cross"},
        # It runs a confidential place (the shelter): its text says nothing of where.
        "role": {
            "it": "Il suo comitato locale gestisce lo sportello e centro antiviolenza "
            "L'orecchio di Venere e la casa rifugio Athena.",
            "en": "Its local committee runs the anti-violence desk and centre "
            "L'orecchio di Venere and the Athena shelter.",
        },
    },
    {
        "slug": "ufficio-scolastico-provinciale",
        "kind": "school",
        "name": {"it": "Ufficio Scolastico Provinciale", "en": "Provincial School Office"},
    },
    {
        "slug": "centro-servizi-volontariato-asti-alessandria",
        "kind": "third_sector",
        "name": {
            "it": "Centro Servizi Volontariato Asti Alessandria",
            "en": "Asti Alessandria Volunteering Service Centre",
        },
    },
    {
        "slug": "coldiretti-provincia-di-asti",
        "kind": "economic",
        "name": {
            "it": "Coldiretti Provincia di Asti",
            "en": "Coldiretti Province of Asti (farmers' association)",
        },
    },
    {
        "slug": "consultorio-familiare-francesca-baggio",
        "kind": "health",
        "name": {
            "it": 'Consultorio Familiare "Francesca Baggio"',
            "en": "“Francesca Baggio” Family Counselling Centre",
        },
    },
    {
        "slug": "centro-italiano-femminile-asti",
        "kind": "third_sector",
        "name": {
            "it": "Centro Italiano Femminile di Asti",
            "en": "Italian Women's Centre (CIF) of Asti",
        },
    },
    {
        "slug": "associazione-piam-onlus-asti",
        "kind": "third_sector",
        "name": {
            "it": "Associazione P.I.A.M. onlus di Asti",
            "en": "P.I.A.M. non-profit association of Asti",
        },
    },
    {
        "slug": "consigliera-di-parita-provinciale",
        "kind": "equality_body",
        "name": {"it": "Consigliera di Parità Provinciale", "en": "Provincial Equality Adviser"},
    },
    {
        "slug": "consulta-provinciale-studenti",
        "kind": "students",
        "name": {"it": "Consulta Provinciale degli Studenti", "en": "Provincial Students' Council"},
    },
]
NETWORK_MEMBER_SLUGS = [organisation["slug"] for organisation in ORGANISATIONS]

# Not a member of the network, but it provides the secret bed.
ASL_AT = {
    "slug": "asl-at",
    "kind": "health",
    "name": {
        "it": "ASL AT – Azienda Sanitaria Locale di Asti",
        "en": "ASL AT – Local Health Authority of Asti",
    },
    "short_name": {"it": "ASL AT", "en": "ASL AT"},
    # Never the hospital that hosts the secret bed (design rule 1).
    "role": {
        "it": "Assicura il posto letto segreto per una notte, per donne che non possono "
        "tornare a casa in sicurezza.",
        "en": "Provides the secret bed for one night, for women who cannot safely go home.",
    },
}

PROTOCOL = {
    "slug": "protocollo-intesa-violenza-donne",
    "title": {
        "it": (
            "Protocollo d’intesa per la promozione di strategie condivise finalizzate alla "
            "prevenzione ed al contrasto del fenomeno della violenza nei confronti delle donne"
        ),
        "en": (
            "Memorandum of understanding to promote shared strategies for preventing and "
            "combating violence against women"
        ),
    },
    "summary": {
        "it": (
            "La rete antiviolenza ha come obiettivi l'individuazione di azioni finalizzate "
            "alla prevenzione ed al contrasto della violenza contro le donne, l'analisi ed il "
            "monitoraggio del fenomeno, il coordinamento degli interventi, la formazione degli "
            "operatori, l'assistenza e il sostegno alle vittime della violenza. In particolare "
            "sono affrontate e promosse azioni di sensibilizzazione."
        ),
        "en": (
            "The anti-violence network aims to identify actions to prevent and combat "
            "violence against women, to analyse and monitor the phenomenon, to coordinate "
            "interventions, to train the professionals involved, and to assist and support "
            "victims of violence. In particular, it undertakes and promotes awareness-raising "
            "actions."
        ),
    },
    "legal_basis": {
        "it": (
            'Sul territorio provinciale, in attuazione del "Piano regionale per la '
            'prevenzione della violenza contro le donne e per il sostegno alle vittime" '
            "(D.G.R. n.2-9099 del 07.07.2008) e su indicazione della Regione Piemonte, da anni "
            "opera una rete composta da rappresentanti delle istituzioni e "
            "dell'associazionismo, che inizialmente hanno aderito e partecipato ai lavori del "
            "Forum regionale sulla materia."
        ),
        "en": (
            "In the province, implementing the “Regional plan for the prevention of violence "
            "against women and for the support of victims” (Regional Executive decision "
            "no. 2-9099 of 7 July 2008) and at the request of the Piedmont Region, a network "
            "of representatives of institutions and associations has been at work for years; "
            "its members first joined and took part in the work of the regional Forum on the "
            "subject."
        ),
    },
    "body": {
        "it": (
            "Con delibera della Giunta Provinciale n.231 del 10.09.2010 è stato approvato il "
            "Protocollo d'intesa per la promozione di strategie condivise finalizzate alla "
            "prevenzione ed al contrasto del fenomeno della violenza nei confronti delle "
            "donne. Nel 2015, con deliberazione del Presidente n.154 del 23 ottobre, il tavolo "
            "di lavoro contro la violenza sulle donne è stato integrato con l'inserimento di "
            "nuovi soggetti."
        ),
        "en": (
            "By decision no. 231 of the Provincial Executive of 10 September 2010, the "
            "Memorandum of understanding to promote shared strategies for preventing and "
            "combating violence against women was approved. In 2015, by decision no. 154 of "
            "the President of 23 October, new members joined the working group against "
            "violence against women."
        ),
    },
    "objectives": [
        {
            "it": "Individuazione di azioni finalizzate alla prevenzione ed al contrasto della "
            "violenza contro le donne",
            "en": "Identifying actions to prevent and combat violence against women",
        },
        {
            "it": "Analisi e monitoraggio del fenomeno",
            "en": "Analysing and monitoring the phenomenon",
        },
        {"it": "Coordinamento degli interventi", "en": "Coordinating interventions"},
        {"it": "Formazione degli operatori", "en": "Training the professionals involved"},
        {
            "it": "Assistenza e sostegno alle vittime della violenza",
            "en": "Assisting and supporting victims of violence",
        },
        {"it": "Azioni di sensibilizzazione", "en": "Awareness-raising actions"},
    ],
}

# The protocol in force, promoted by the Prefettura di Asti (contacts-and-facts.md, from
# atnews.it, 2018). No source gives its full text, its official title or its signatories:
# the site says only what is known and where to ask for the rest.
PROTOCOL_2018 = {
    "slug": "protocollo-prefettura-rete-antiviolenza-2018",
    "updates": PROTOCOL["slug"],
    "source": "atnews.it, 2018",
    "title": {
        "it": "Protocollo della Prefettura di Asti per la rete territoriale antiviolenza di "
        "genere (2018)",
        "en": "Protocol of the Prefettura di Asti for the local network against gender-based "
        "violence (2018)",
    },
    "summary": {
        "it": "Il 20 novembre 2018 la Prefettura di Asti e altri 22 firmatari hanno "
        "sottoscritto il protocollo per la «rete territoriale antiviolenza di genere». "
        "Aggiorna il protocollo d'intesa approvato nel 2010.",
        "en": "On 20 November 2018 the Prefettura di Asti and 22 other signatories signed the "
        "protocol for the “local network against gender-based violence”. It updates the "
        "memorandum of understanding approved in 2010.",
    },
}

DELIBERATIONS = [
    {
        "issuing_body": "giunta_regionale",
        "number": "2-9099",
        "date": datetime.date(2008, 7, 7),
        "effect": "basis",
        "slug": "piano-regionale-prevenzione-violenza-donne",
        "title": {
            "it": "Piano regionale per la prevenzione della violenza contro le donne e per "
            "il sostegno alle vittime",
            "en": "Regional plan for the prevention of violence against women and for the "
            "support of victims",
        },
        "summary": {
            "it": "Il piano della Regione Piemonte in attuazione del quale opera la rete "
            "antiviolenza della provincia di Asti.",
            "en": "The Piedmont Region's plan that the anti-violence network of the "
            "province of Asti puts into practice.",
        },
    },
    {
        "issuing_body": "giunta_provinciale",
        "number": "231",
        "date": datetime.date(2010, 9, 10),
        "effect": "approves",
        "slug": "approvazione-protocollo-intesa-violenza-donne",
        "title": {
            "it": "Approvazione del Protocollo d'intesa per la promozione di strategie "
            "condivise finalizzate alla prevenzione ed al contrasto del fenomeno della "
            "violenza nei confronti delle donne",
            "en": "Approval of the Memorandum of understanding to promote shared strategies "
            "for preventing and combating violence against women",
        },
        "summary": {
            "it": "Con questa delibera la Giunta Provinciale ha approvato il Protocollo "
            "d'intesa della rete antiviolenza.",
            "en": "With this decision the Provincial Executive approved the anti-violence "
            "network's Memorandum of understanding.",
        },
    },
    {
        "issuing_body": "presidente_provincia",
        "number": "154",
        "date": datetime.date(2015, 10, 23),
        "effect": "amends",
        "slug": "integrazione-tavolo-lavoro-violenza-donne",
        "title": {
            "it": "Integrazione del tavolo di lavoro contro la violenza sulle donne con "
            "l'inserimento di nuovi soggetti",
            "en": "New members join the working group against violence against women",
        },
        "summary": {
            "it": "Con questa deliberazione del Presidente il tavolo di lavoro contro la "
            "violenza sulle donne è stato integrato con l'inserimento di nuovi soggetti.",
            "en": "With this decision of the President, new members joined the working "
            "group against violence against women.",
        },
    },
]

# Each service: its official name (the one the official text, the acts and staff use)
# and one plain sentence of what a woman gets. Only what the official text says: it does
# not say that the desks are free, so no sentence says so.
SERVICES = [
    {
        "slug": "accoglienza",
        "name": {"it": "Accoglienza", "en": "Reception"},
        "description": {
            "it": "Ti ricevono, ti ascoltano e capiscono con te di che cosa hai bisogno.",
            "en": "They welcome you, listen to you and work out with you what you need.",
        },
    },
    {
        "slug": "assistenza",
        "name": {"it": "Assistenza", "en": "Assistance"},
        "description": {
            "it": "Ti aiutano nei passi da fare e restano al tuo fianco.",
            "en": "They help you with the steps you need to take and stay by your side.",
        },
    },
    {
        "slug": "sostegno-psicologico",
        "name": {"it": "Sostegno psicologico", "en": "Psychological support"},
        "description": {
            "it": "Parli di quello che hai vissuto con chi ti aiuta a stare meglio.",
            "en": "You talk about what you have been through with someone who helps you "
            "feel better.",
        },
    },
    {
        "slug": "colloqui-orientativi-legali",
        "name": {"it": "Colloqui orientativi in materia legale", "en": "Legal guidance meetings"},
        "description": {
            "it": "Ti spiegano i tuoi diritti e che cosa puoi fare con la legge.",
            "en": "They explain your rights and what you can do under the law.",
        },
    },
    {
        "slug": "percorsi-personalizzati-protezione",
        "name": {
            "it": "Percorsi personalizzati di protezione",
            "en": "Personalised protection plans",
        },
        "description": {
            "it": "Preparano con te un piano su misura per essere al sicuro.",
            "en": "They make a plan with you, made for you, to keep you safe.",
        },
    },
    {
        "slug": "recupero-autonomia",
        "name": {
            "it": "Sostegno e accompagnamento al recupero dell'autonomia",
            "en": "Support and accompaniment towards regaining independence",
        },
        "description": {
            "it": "Ti sostengono e ti accompagnano finché torni a farcela da sola.",
            "en": "They support you and stay with you until you can manage on your own again.",
        },
    },
    {
        "slug": "messa-in-sicurezza-strutture-segrete",
        "name": {
            "it": "Nei casi più gravi, messa in sicurezza delle vittime e dei loro figli "
            "in strutture segrete",
            "en": "In the most serious cases, moving victims and their children to safety "
            "in secret facilities",
        },
        "description": {
            "it": "Se il pericolo è grave, mettono al sicuro te e i tuoi figli in un luogo "
            "segreto.",
            "en": "If the danger is serious, they take you and your children to safety in a "
            "secret place.",
        },
    },
    {
        "slug": "posto-letto-segreto",
        "name": {
            "it": "Posto letto segreto per una notte",
            "en": "A secret hospital bed for one night",
        },
        "description": {
            "it": "Se tornare a casa non è sicuro, puoi passare una notte in un letto segreto.",
            "en": "If going home is not safe, you can spend one night in a secret bed.",
        },
    },
]
DESK_SERVICES = [service["slug"] for service in SERVICES[:7]]

SECRET_BED_NAME = {"it": "Posto letto segreto – ASL AT", "en": "Secret bed – ASL AT"}
# What a woman needs first, in plain words. The official sentence about the bed is in
# the intro of /sportelli/ (HELPDESKS_PAGE). Never where the bed is (design rule 1).
SECRET_BED_DESCRIPTION = {
    "it": "Se tornare a casa non è sicuro, puoi passare qui una notte. Il posto letto "
    "segreto lo mette a disposizione l'Azienda sanitaria locale Asl At.\n\n"
    "È per le donne clinicamente stabili, cioè che non hanno bisogno di cure urgenti. Te "
    "lo offre il personale sanitario, quando mandarti a casa non è sicuro.\n\n"
    "Per chiedere aiuto chiama il centro antiviolenza, che risponde 24 ore su 24, o il "
    "1522.\n\n"
    "Al pronto soccorso le vittime di violenza hanno un codice di triage e una stanza "
    "dedicati (la «Stanza delle fragilità»).",
    "en": "If going home is not safe, you can spend one night here. The local health "
    "authority ASL AT provides this secret bed.\n\n"
    "It is for women who are clinically stable, that is who need no urgent care. Health "
    "staff offer it to you when sending you home is not safe.\n\n"
    "To ask for help, call the anti-violence centre, which answers 24 hours a day, or "
    "1522.\n\n"
    "In the emergency department, victims of violence have a dedicated triage code and "
    "room (the “Stanza delle fragilità”).",
}

HELP_DESKS = [
    {
        "slug": "spazio-anna-c",
        "kind": "desk",
        "organisation": "comune-di-asti",
        "name": {
            "it": "Sportello antiviolenza «Spazio Anna C.» – Comune di Asti",
            "en": "“Spazio Anna C.” anti-violence desk – Municipality of Asti",
        },
        "description": {
            "it": "È lo sportello antiviolenza del Comune di Asti. Lavora insieme al centro "
            "antiviolenza L'Orecchio di Venere della Croce Rossa Italiana. Ha aperto il 2 "
            "aprile 2019.",
            "en": "This is the anti-violence desk of the Municipality of Asti. It works "
            "together with the Italian Red Cross anti-violence centre L'Orecchio di Venere. "
            "It opened on 2 April 2019.",
        },
        "street_address": "via Natta 3",
        "postal_code": "14100",
        "locality": "Asti",
        "services": DESK_SERVICES,
        "channels": [
            {
                "kind": "mobile",
                "value": "348 2426119",
                "label": {"it": "Sportello antiviolenza", "en": "Anti-violence desk"},
            },
            {
                "kind": "phone",
                "value": "0141 399490",
                "label": {
                    "it": "Segretariato sociale del Comune di Asti",
                    "en": "Social services front office of the Municipality of Asti",
                },
            },
        ],
        "hours": [(1, datetime.time(15), datetime.time(18))],
        "contacts_verified_on": datetime.date(2020, 7, 1),
        "contacts_source": "Phones: lavocediasti.it, July 2020 (0141 399490 also December "
        "2021). Tuesday hours: atnews.it, April 2019.",
    },
    {
        "slug": "sportello-cisa-asti-sud",
        "kind": "desk",
        "organisation": "consorzio-cisa-asti-sud",
        "name": {
            "it": "Sportello antiviolenza – Consorzio C.I.S.A. Asti Sud",
            "en": "Anti-violence desk – C.I.S.A. Asti Sud consortium",
        },
        "description": {
            "it": "È lo sportello antiviolenza dei servizi sociali per i 40 comuni del sud "
            "della provincia. Lo gestisce il Consorzio C.I.S.A. Asti Sud, l'ente gestore dei "
            "servizi sociali della zona.",
            "en": "This is the anti-violence desk of the social services for the 40 comuni in "
            "the south of the province. It is run by the C.I.S.A. Asti Sud consortium, the "
            "social services managing body of the area.",
        },
        "street_address": "via Gozzellini 56",
        "postal_code": "14049",
        "locality": "Nizza Monferrato",
        "services": DESK_SERVICES,
        "channels": [
            {
                "kind": "phone",
                "value": "0141 720400",
                "label": {"it": "Sede del Consorzio", "en": "Consortium offices"},
            },
        ],
        "contacts_verified_on": datetime.date(2020, 1, 1),
        "contacts_source": "lavocediasti.it, 2020.",
    },
    {
        "slug": "sportello-cogesa-asti-nord",
        "kind": "desk",
        "organisation": "consorzio-cogesa-asti-nord",
        "name": {
            "it": "Sportello antiviolenza – Consorzio CO.GE.SA. Asti Nord",
            "en": "Anti-violence desk – CO.GE.SA. Asti Nord consortium",
        },
        "description": {
            "it": "È lo sportello antiviolenza dei servizi sociali per i comuni a nord del "
            "fiume Tanaro. Lo gestisce il Consorzio CO.GE.SA. Asti Nord, l'ente gestore dei "
            "servizi sociali della zona.",
            "en": "This is the anti-violence desk of the social services for the comuni north "
            "of the river Tanaro. It is run by the CO.GE.SA. Asti Nord consortium, the "
            "social services managing body of the area.",
        },
        "street_address": "via Baroncini 9",
        "postal_code": "14100",
        "locality": "Asti",
        "services": DESK_SERVICES,
        "channels": [
            {
                "kind": "phone",
                "value": "0141 591801",
                "label": {"it": "Sede del Consorzio", "en": "Consortium offices"},
            },
        ],
        "contacts_verified_on": datetime.date(2020, 1, 1),
        "contacts_source": "lavocediasti.it, 2020.",
    },
    {
        "slug": "sportello-consorzio-chierese",
        "kind": "desk",
        "organisation": "consorzio-servizi-socio-assistenziali-chierese",
        "name": {
            "it": "Sportello antiviolenza – Consorzio dei Servizi Socio Assistenziali del Chierese",
            "en": "Anti-violence desk – Chieri Area Social Services Consortium",
        },
        "description": {
            "it": "Chiama il segretariato sociale: ti indirizza allo sportello. È lo "
            "sportello del consorzio dei 25 comuni dell'area di Chieri, in provincia di "
            "Torino. Il consorzio fa parte della rete antiviolenza di Asti.",
            "en": "Call the social services front office: it will direct you to the desk. "
            "This is the desk of the consortium of 25 comuni around Chieri, in the province "
            "of Turin. The consortium is a member of the Asti anti-violence network.",
        },
        "street_address": "via della Consolata 5",
        "postal_code": "",
        "locality": "Chieri (TO)",
        "services": DESK_SERVICES,
        "channels": [
            {
                "kind": "phone",
                "value": "011 9424434",
                "label": {"it": "Segretariato sociale", "en": "Social services front office"},
            },
        ],
        "contacts_verified_on": None,
        "contacts_source": "chieri.info, undated: re-check.",
    },
    {
        "slug": "orecchio-di-venere",
        "kind": "centre",
        "organisation": "croce-rossa-italiana",
        "serves_whole_province": True,
        "name": {
            "it": "Centro antiviolenza «L'orecchio di Venere» – Croce Rossa Italiana",
            "en": "“L'orecchio di Venere” anti-violence centre – Italian Red Cross",
        },
        "description": {
            "it": "Puoi chiamarlo da qualunque comune: aiuta le donne di tutta la provincia. "
            "È il centro antiviolenza della Croce Rossa Italiana, Comitato di Asti, nato nel "
            "2009. La Regione Piemonte lo riconosce come centro antiviolenza per il "
            "territorio di Asti. È collegato al numero nazionale 1522.",
            "en": "You can call it from any comune: it helps women from the whole province. "
            "It is the anti-violence centre of the Italian Red Cross, Asti committee, "
            "founded in 2009. The Piedmont Region recognises it as the anti-violence centre "
            "for the Asti area. It is connected to the national helpline 1522.",
        },
        "street_address": "via Ugo Foscolo",
        "postal_code": "14100",
        "locality": "Asti",
        "services": DESK_SERVICES,
        "channels": [
            {
                "kind": "mobile",
                "value": "366 9287198",
                "available_24h": True,
                "label": {
                    "it": "Emergenze: risponde un operatore",
                    "en": "Emergencies: answered by a person",
                },
            },
            {
                "kind": "phone",
                "value": "0141 090009",
                "available_24h": True,
                "label": {
                    "it": "Segreteria telefonica: lascia un messaggio",
                    "en": "Answering machine: leave a message",
                },
            },
            {
                "kind": "email",
                "value": "centroascolto.cri@gmail.com",
                "label": {"it": "", "en": ""},
            },
        ],
        "contacts_verified_on": datetime.date(2023, 1, 1),
        "contacts_source": "lanuovaprovincia.it, c. 2023–24. Never publish the obsolete "
        "0141 1855172 and 334 6650627.",
    },
    {
        "slug": "casa-rifugio-athena",
        "kind": "shelter",
        "organisation": "croce-rossa-italiana",
        "is_confidential": True,
        "name": {
            "it": "Casa rifugio «Athena» – Croce Rossa Italiana",
            "en": "“Athena” shelter – Italian Red Cross",
        },
        # Where it is stays secret: never a building, street or town (design rule 1).
        "description": {
            "it": "Per entrare, chiama il centro antiviolenza L'orecchio di Venere: risponde "
            "24 ore su 24 e organizza l'accoglienza. Puoi chiamare anche il 1522.\n\n"
            "La casa rifugio è gratuita. Ha 4 posti, e in più accoglie i figli sotto i 3 "
            "anni. È della Croce Rossa Italiana e ha aperto il 24 novembre 2021.",
            "en": "To stay there, call the anti-violence centre L'orecchio di Venere: it "
            "answers 24 hours a day and arranges your stay. You can also call 1522.\n\n"
            "The shelter is free. It has 4 places, and it also takes children under 3. It "
            "belongs to the Italian Red Cross and opened on 24 November 2021.",
        },
        "services": ["messa-in-sicurezza-strutture-segrete"],
        "channels": [],
        "contacts_verified_on": datetime.date(2021, 11, 24),
        "contacts_source": "atnews.it; ansa.it, November 2021.",
    },
    {
        "slug": "posto-letto-segreto-asl-at",
        "kind": "secret_bed",
        "organisation": "asl-at",
        "is_confidential": True,
        "name": SECRET_BED_NAME,
        # The official text's sentence without the hospital that hosts the bed: where
        # it is stays secret (design rule 1).
        "description": SECRET_BED_DESCRIPTION,
        "services": ["posto-letto-segreto"],
        "channels": [],
        "contacts_verified_on": None,
        "contacts_source": "Official page 'Le Pari Opportunità' (2020); gazzettadasti.it.",
    },
]

CONTACT_POINTS = [
    {
        "key": "servizio-pari-opportunita",
        "kind": "service",
        "organisation": "provincia-di-asti",
        "name": {"it": "Servizio Pari Opportunità", "en": "Equal Opportunities Service"},
        "unit": {
            "it": "Provincia di Asti – Area Lavoro e Politiche Sociali",
            "en": "Province of Asti – Labour and Social Policies Area",
        },
        "description": {"it": "", "en": ""},
        "address": "Piazza Alfieri 33, 14100 Asti",
        "pec": "provincia.asti@cert.provincia.asti.it",
        "verified_on": datetime.date(2019, 3, 1),
        "source": "Address: torinoggi.it, March 2019 (seat of the Provincia). PEC: "
        "gazzettadasti.it, c. 2010 — re-check. Phone, e-mail and hours of the "
        "service: not found, to be filled in by staff.",
    },
    {
        "key": "consigliera-di-parita",
        "kind": "partner",
        "organisation": "consigliera-di-parita-provinciale",
        "name": {"it": "Consigliera di Parità Provinciale", "en": "Provincial Equality Adviser"},
        "description": {
            "it": "Promuove e controlla l'attuazione dei principi di uguaglianza e di pari "
            "opportunità tra donne e uomini nel lavoro.",
            "en": "Promotes and monitors equality and equal opportunities between women and "
            "men at work.",
        },
    },
    {
        "key": "centro-per-l-impiego",
        "kind": "partner",
        "name": {"it": "Centro per l'Impiego", "en": "Employment Centre"},
        "description": {
            "it": "Il servizio pubblico per il lavoro: orientamento, ricerca di lavoro e "
            "formazione.",
            "en": "The public employment service: guidance, job search and training.",
        },
    },
    {
        "key": "comitato-unico-di-garanzia",
        "kind": "partner",
        "name": {"it": "Comitato Unico di Garanzia", "en": "Equal Guarantee Committee"},
        "description": {
            "it": "Il comitato per le pari opportunità, il benessere di chi lavora e contro "
            "le discriminazioni.",
            "en": "The committee for equal opportunities, the well-being of staff and "
            "against discrimination.",
        },
    },
    {
        "key": "asl-at",
        "kind": "other",
        "organisation": "asl-at",
        "name": {"it": "ASL AT – sede", "en": "ASL AT – headquarters"},
        "description": {
            "it": "Azienda Sanitaria Locale di Asti.",
            "en": "Local Health Authority of Asti.",
        },
        "address": "via Conte Verde 125, 14100 Asti",
        "phone": "0141 484000",
        "verified_on": datetime.date(2022, 1, 1),
        "source": "Press, 2022.",
    },
]

# The languages in which 1522 answers (1522.eu, 2023), ready for staff to assign to desks.
LANGUAGES = [
    ("it", "Italiano", "Italian"),
    ("en", "Inglese", "English"),
    ("fr", "Francese", "French"),
    ("es", "Spagnolo", "Spanish"),
    ("ar", "Arabo", "Arabic"),
    ("fa", "Farsi", "Farsi"),
    ("sq", "Albanese", "Albanian"),
    ("ru", "Russo", "Russian"),
    ("uk", "Ucraino", "Ukrainian"),
    ("pt", "Portoghese", "Portuguese"),
    ("pl", "Polacco", "Polish"),
]

# Names of managing bodies as comuni-asti.csv writes them.
MANAGING_BODY_SLUGS = {
    "Comune di Asti": "comune-di-asti",
    "C.I.S.A. Asti Sud": "consorzio-cisa-asti-sud",
    "CO.GE.SA. Asti Nord": "consorzio-cogesa-asti-nord",
}

# Seed texts rewritten after a site was first seeded. On the next seed_content, each
# language column that still holds the old text word for word gets the new one; a text
# an editor changed is left as she wrote it. "comment" goes into the object's history.
CONFIDENTIAL_FIX = "Testo corretto: non dice più dove si trova un luogo riservato (seed)"
PLAIN_WORDS = "Testo riscritto in parole semplici (seed)"

# Issue 14: the old texts said where the secret bed is, or named the town of the body
# that runs the shelter.
_CONFIDENTIAL_CORRECTIONS = [
    {
        "model": "network.Organisation",
        "slug": "asl-at",
        "field": "role",
        "old": {
            "it": "Presso l'ospedale Cardinal Massaia assicura il posto letto segreto per una "
            "notte.",
            "en": "Provides the secret bed for one night at the Cardinal Massaia hospital.",
        },
        "new": ASL_AT["role"],
    },
    {
        "model": "network.Organisation",
        "slug": "croce-rossa-italiana",
        "field": "role",
        "old": {
            "it": "Il Comitato di Asti gestisce lo sportello e centro antiviolenza "
            "L'orecchio di Venere e la casa rifugio Athena.",
            "en": "Its Asti committee runs the anti-violence desk and centre "
            "L'orecchio di Venere and the Athena shelter.",
        },
        "new": next(o for o in ORGANISATIONS if o["slug"] == "croce-rossa-italiana")["role"],
    },
    {
        "model": "network.HelpDesk",
        "slug": "posto-letto-segreto-asl-at",
        "field": "name",
        "old": {"en": "Secret hospital bed – ASL AT"},
        "new": SECRET_BED_NAME,
    },
    {
        "model": "network.HelpDesk",
        "slug": "posto-letto-segreto-asl-at",
        "field": "description",
        "old": {
            "it": "L'Azienda sanitaria locale Asl At presso l'ospedale Cardinal Massaia "
            "assicura la messa a disposizione del posto letto segreto per una notte, "
            "per donne clinicamente stabili, che non vengono dimesse al domicilio per "
            "mancanza di condizioni di sicurezza.\n\n"
            "Al pronto soccorso, le vittime di violenza hanno un codice di triage e una "
            "stanza dedicati (la «Stanza delle fragilità»).",
            "en": "At the Cardinal Massaia hospital, the local health authority ASL AT "
            "provides a secret bed for one night for women who are clinically stable "
            "but cannot be discharged home because it is not safe for them.\n\n"
            "In the emergency department, victims of violence have a dedicated triage "
            "code and room (the “Stanza delle fragilità”).",
        },
        "new": SECRET_BED_DESCRIPTION,
    },
    {
        "model": "network.HelpDesk",
        "slug": "casa-rifugio-athena",
        "field": "description",
        "old": {
            "it": "Casa rifugio della Croce Rossa Italiana, aperta il 24 novembre 2021: 4 "
            "posti, più i figli sotto i 3 anni, gratuita. Per informazioni rivolgersi "
            "al centro antiviolenza L'orecchio di Venere.",
            "en": "The Italian Red Cross shelter, opened on 24 November 2021: 4 places, plus "
            "children under 3, free of charge. For information, contact the "
            "anti-violence centre L'orecchio di Venere.",
        },
        "new": next(d for d in HELP_DESKS if d["slug"] == "casa-rifugio-athena")["description"],
    },
]


def seed_text(model, slug, field):
    """The text content.py has now for one field of one seeded object: {"it": …, "en": …}."""
    items = {
        "pages.Page": PAGES,
        "network.Organisation": [*ORGANISATIONS, ASL_AT],
        "network.HelpDesk": HELP_DESKS,
        "network.SupportService": SERVICES,
    }[model]
    return next(item for item in items if item["slug"] == slug)[field]


def _plain_words_correction(model, slug, field, old):
    correction = {
        "model": model,
        "slug": slug,
        "field": field,
        "old": old,
        "new": seed_text(model, slug, field),
        "comment": PLAIN_WORDS,
    }
    if model == "pages.Page":
        # The page shows when its content last changed.
        correction["last_updated"] = next(p for p in PAGES if p["slug"] == slug)["last_updated"]
    return correction


# Issue 15: the help path in plain words. The texts it rewrote are in superseded.py; the
# services had no plain sentence before (an empty description).
TEXT_CORRECTIONS = [
    *({**correction, "comment": CONFIDENTIAL_FIX} for correction in _CONFIDENTIAL_CORRECTIONS),
    *(
        _plain_words_correction(c["model"], c["slug"], c["field"], c["old"])
        for c in superseded.PLAIN_WORDS_REWRITES
    ),
    *(
        _plain_words_correction(
            "network.SupportService", service["slug"], "description", {"it": "", "en": ""}
        )
        for service in SERVICES
    ),
]
