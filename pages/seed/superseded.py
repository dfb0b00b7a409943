"""Seed texts as they were before issue 15 rewrote them in plain words.

content.TEXT_CORRECTIONS replaces each of them, where a site still holds it word for word,
with the text content.py has now. Kept word for word: do not edit.
"""

PLAIN_WORDS_REWRITES = [
    {
        "model": "pages.Page",
        "slug": "servizio",
        "field": "summary",
        "old": {
            "it": (
                "La Provincia di Asti sviluppa e promuove la diffusione delle politiche di "
                "pari opportunità nell’ambito dei principi fondamentali riconosciuti dalla "
                "Costituzione e dal diritto nazionale e comunitario."
            ),
            "en": (
                "The Province of Asti develops and promotes equal opportunities policies "
                "within the fundamental principles recognised by the Constitution and by "
                "national and European law."
            ),
        },
    },
    {
        "model": "pages.Page",
        "slug": "servizio",
        "field": "body",
        "old": {
            "it": (
                "<p>Il Servizio Pari Opportunità fa parte dell'Area Lavoro e Politiche "
                "Sociali.</p><p>Si occupa di promuovere la realizzazione dei principi di pari "
                "opportunità attraverso la diffusione di politiche di genere, la lotta alla "
                "violenza e alla discriminazione di genere, il contrasto "
                "all’omofobia.</p><p>Favorisce il superamento delle discriminazioni basate sul "
                "sesso, la razza, l’origine etnica, la religione, le condizioni personali e "
                "sociali, promuove il miglioramento della qualità della vita e lo sviluppo di "
                "una società più equa e democratica.</p><p>Per la sua natura di garante delle "
                "Pari Opportunità collabora con la Consigliera di Parità, il Centro Impiego e "
                "il Comitato Unico di Garanzia e gli altri organismi ed enti che lavorano sul "
                "territorio per la tutela e promozione del diritto di uguaglianza e parità.</p>"
            ),
            "en": (
                "<p>The Equal Opportunities Service is part of the Labour and Social Policies "
                "Area.</p><p>It works to put the principles of equal opportunities into "
                "practice by spreading gender policies, fighting gender-based violence and "
                "discrimination, and countering homophobia.</p><p>It helps to overcome "
                "discrimination based on sex, race, ethnic origin, religion, and personal and "
                "social circumstances, and promotes a better quality of life and the growth of "
                "a fairer and more democratic society.</p><p>As the guarantor of equal "
                "opportunities, it works with the Equality Adviser (Consigliera di Parità), "
                "the Employment Centre, the Equal Guarantee Committee (Comitato Unico di "
                "Garanzia) and the other bodies and organisations in the area that protect and "
                "promote the right to equality and parity.</p>"
            ),
        },
    },
    {
        "model": "pages.Page",
        "slug": "sportelli",
        "field": "summary",
        "old": {
            "it": (
                "Sul territorio provinciale gli sportelli antiviolenza che assicurano "
                "accoglienza, assistenza, sostegno psicologico, colloqui orientativi in "
                "materia legale, percorsi personalizzati di protezione, sostegno e "
                "accompagnamento al recupero dell'autonomia e nei casi più gravi messa in "
                "sicurezza delle vittime e dei loro figli in strutture segrete sono "
                "rappresentate dagli Enti Gestori dei Servizi Sociali (Comune di Asti, "
                "Consorzio C.I.S.A. Asti Sud, il Consorzio CO.G.E.SA Asti Nord, Consorzio "
                "Servizi Socio Assistenziali del Chierese) e dalla Croce Rossa Italiana "
                "(sportello L'orecchio di Venere)."
            ),
            "en": (
                "Across the province, the anti-violence desks, which provide reception, "
                "assistance, psychological support, legal guidance meetings, personalised "
                "protection plans, support and accompaniment towards regaining independence "
                "and, in the most serious cases, move victims and their children to safety in "
                "secret facilities, are run by the social services managing bodies "
                "(Municipality of Asti, C.I.S.A. Asti Sud consortium, CO.GE.SA. Asti Nord "
                "consortium, Chieri Area Social Services Consortium) and by the Italian Red "
                "Cross (L'orecchio di Venere desk)."
            ),
        },
    },
    {
        "model": "pages.Page",
        "slug": "sportelli",
        "field": "body",
        "old": {
            "it": "",
            "en": "",
        },
    },
    {
        "model": "pages.Page",
        "slug": "navigare-in-sicurezza",
        "field": "body",
        "old": {
            "it": (
                "<h2>Il pulsante «Esci subito»</h2><p>In cima a ogni pagina c'è il pulsante "
                "«Esci subito». Se lo premi, la pagina viene nascosta all'istante e al suo "
                "posto si apre un altro sito, che non ha niente a che fare con questo. Con la "
                "tastiera puoi anche premere tre volte di seguito il tasto Maiusc "
                "(Shift).</p><p>Il pulsante ti fa uscire in fretta, ma <strong>non "
                "cancella</strong> le tracce della visita: le pagine di questo sito restano "
                "nella cronologia del browser e, premendo «Indietro», chi usa il dispositivo "
                "dopo di te potrebbe tornarci.</p><h2>Che cosa non lascia questo "
                "sito</h2><p>Questo sito non salva cookie sul dispositivo di chi lo visita, "
                "non usa strumenti di statistica e non carica nulla da altri siti.</p><h2>Usa "
                "una finestra privata</h2><p>In una finestra di navigazione privata il "
                "browser, quando la chiudi, non conserva la cronologia, i cookie e quello che "
                "hai scritto nei moduli. Si apre dal menu del browser: «Nuova finestra di "
                "navigazione in incognito» in Chrome, «Nuova finestra anonima» in Firefox, "
                "«Nuova finestra privata» in Safari, «Nuova finestra InPrivate» in "
                "Edge.</p><p>Anche in una finestra privata, chi gestisce la rete (per esempio "
                "il datore di lavoro) e il gestore telefonico possono sapere quali siti "
                "visiti.</p><h2>Cancella la cronologia</h2><p>Se non hai usato una finestra "
                "privata, puoi cancellare dalla cronologia solo le pagine di questo sito. "
                "Cancellare tutta la cronologia potrebbe insospettire chi ti "
                "controlla.</p><h2>Dispositivi condivisi o controllati</h2><p>Se qualcuno può "
                "usare o controllare il tuo telefono o il tuo computer, usa se puoi un "
                "dispositivo di cui ti fidi: quello di un'amica, di una biblioteca o di un "
                "ufficio pubblico.</p><p>Alcune app di controllo (spyware o «stalkerware») "
                "permettono a un'altra persona di leggere i messaggi, ascoltare le chiamate e "
                "conoscere la posizione del telefono. Possibili segnali: la batteria che si "
                "scarica in fretta, app che non riconosci, qualcuno che sa cose che hai "
                "scritto o detto solo al telefono. Se hai questo dubbio, non togliere subito "
                "l'app: chi la controlla potrebbe accorgersene. Parlane prima con un centro "
                "antiviolenza o con il 1522.</p><h2>Telefonate</h2><p>Il 1522 è gratuito e "
                "anonimo, ma il numero chiamato resta nell'elenco delle chiamate del telefono: "
                "se serve, cancellalo dall'elenco.</p><h2>Se sei in pericolo</h2><p>Chiama il "
                "112. Per aiuto e consigli, giorno e notte, chiama il 1522.</p>"
            ),
            "en": (
                "<h2>The “Leave now” button</h2><p>At the top of every page there is a “Leave "
                "now” button. If you press it, the page is hidden at once and another site, "
                "which has nothing to do with this one, opens in its place. With a keyboard "
                "you can also press the Shift key three times in a row.</p><p>The button gets "
                "you out quickly, but it <strong>does not erase</strong> the traces of your "
                "visit: the pages of this site stay in the browser's history and, by pressing "
                "“Back”, whoever uses the device after you could return to them.</p><h2>What "
                "this site does not leave behind</h2><p>This site stores no cookies on its "
                "visitors' devices, uses no statistics tools and loads nothing from other "
                "sites.</p><h2>Use a private window</h2><p>In a private browsing window, the "
                "browser does not keep the history, cookies or what you typed into forms once "
                "you close it. Open one from the browser's menu: “New Incognito window” in "
                "Chrome, “New private window” in Firefox and Safari, “New InPrivate window” in "
                "Edge.</p><p>Even in a private window, whoever runs the network (an employer, "
                "for example) and the phone company can know which sites you "
                "visit.</p><h2>Clear the history</h2><p>If you did not use a private window, "
                "you can delete just the pages of this site from the history. Deleting the "
                "whole history could make someone who checks on you suspicious.</p><h2>Shared "
                "or monitored devices</h2><p>If someone can use or control your phone or "
                "computer, use a device you trust if you can: a friend's, or one in a library "
                "or public office.</p><p>Some monitoring apps (spyware or “stalkerware”) let "
                "another person read messages, listen to calls and know where the phone is. "
                "Possible signs: a battery that runs down fast, apps you do not recognise, "
                "someone who knows things you only wrote or said on the phone. If you suspect "
                "this, do not remove the app straight away: whoever controls it could notice. "
                "Talk to an anti-violence centre or to 1522 first.</p><h2>Phone "
                "calls</h2><p>1522 is free and anonymous, but the number you called stays in "
                "the phone's call log: if needed, delete it from the log.</p><h2>If you are in "
                "danger</h2><p>Call 112. For help and advice, day and night, call 1522.</p>"
            ),
        },
    },
    {
        "model": "network.Organisation",
        "slug": "comune-di-asti",
        "field": "role",
        "old": {
            "it": (
                "Svolge direttamente le funzioni socio-assistenziali per la città di Asti. "
                "Ente gestore dei servizi sociali. Il suo sportello antiviolenza assicura "
                "accoglienza, assistenza, sostegno psicologico, colloqui orientativi in "
                "materia legale, percorsi personalizzati di protezione, sostegno e "
                "accompagnamento al recupero dell'autonomia e, nei casi più gravi, la messa in "
                "sicurezza delle vittime e dei loro figli in strutture segrete."
            ),
            "en": (
                "Runs social-assistance functions directly for the city of Asti. Social "
                "services managing body. Its anti-violence desk provides reception, "
                "assistance, psychological support, legal guidance meetings, personalised "
                "protection plans, support and accompaniment towards regaining independence "
                "and, in the most serious cases, moves victims and their children to safety in "
                "secret facilities."
            ),
        },
    },
    {
        "model": "network.Organisation",
        "slug": "consorzio-cisa-asti-sud",
        "field": "role",
        "old": {
            "it": (
                "Consorzio dei 40 comuni del sud della provincia. Ente gestore dei servizi "
                "sociali. Il suo sportello antiviolenza assicura accoglienza, assistenza, "
                "sostegno psicologico, colloqui orientativi in materia legale, percorsi "
                "personalizzati di protezione, sostegno e accompagnamento al recupero "
                "dell'autonomia e, nei casi più gravi, la messa in sicurezza delle vittime e "
                "dei loro figli in strutture segrete."
            ),
            "en": (
                "Consortium of the 40 comuni in the south of the province. Social services "
                "managing body. Its anti-violence desk provides reception, assistance, "
                "psychological support, legal guidance meetings, personalised protection "
                "plans, support and accompaniment towards regaining independence and, in the "
                "most serious cases, moves victims and their children to safety in secret "
                "facilities."
            ),
        },
    },
    {
        "model": "network.Organisation",
        "slug": "consorzio-cogesa-asti-nord",
        "field": "role",
        "old": {
            "it": (
                "Consorzio dei comuni a nord del Tanaro. Ente gestore dei servizi sociali. Il "
                "suo sportello antiviolenza assicura accoglienza, assistenza, sostegno "
                "psicologico, colloqui orientativi in materia legale, percorsi personalizzati "
                "di protezione, sostegno e accompagnamento al recupero dell'autonomia e, nei "
                "casi più gravi, la messa in sicurezza delle vittime e dei loro figli in "
                "strutture segrete."
            ),
            "en": (
                "Consortium of the comuni north of the river Tanaro. Social services managing "
                "body. Its anti-violence desk provides reception, assistance, psychological "
                "support, legal guidance meetings, personalised protection plans, support and "
                "accompaniment towards regaining independence and, in the most serious cases, "
                "moves victims and their children to safety in secret facilities."
            ),
        },
    },
    {
        "model": "network.Organisation",
        "slug": "consorzio-servizi-socio-assistenziali-chierese",
        "field": "role",
        "old": {
            "it": (
                "Consorzio di 25 comuni dell'area di Chieri (Torino). Ente gestore dei servizi "
                "sociali. Il suo sportello antiviolenza assicura accoglienza, assistenza, "
                "sostegno psicologico, colloqui orientativi in materia legale, percorsi "
                "personalizzati di protezione, sostegno e accompagnamento al recupero "
                "dell'autonomia e, nei casi più gravi, la messa in sicurezza delle vittime e "
                "dei loro figli in strutture segrete."
            ),
            "en": (
                "Consortium of 25 comuni around Chieri (Turin). Social services managing body. "
                "Its anti-violence desk provides reception, assistance, psychological support, "
                "legal guidance meetings, personalised protection plans, support and "
                "accompaniment towards regaining independence and, in the most serious cases, "
                "moves victims and their children to safety in secret facilities."
            ),
        },
    },
    {
        "model": "network.HelpDesk",
        "slug": "spazio-anna-c",
        "field": "description",
        "old": {
            "it": (
                "Lo sportello antiviolenza del Comune di Asti, collegato con il centro "
                "antiviolenza L'Orecchio di Venere della Croce Rossa Italiana. È stato aperto "
                "il 2 aprile 2019."
            ),
            "en": (
                "The anti-violence desk of the Municipality of Asti, linked with the Italian "
                "Red Cross anti-violence centre L'Orecchio di Venere. It opened on 2 April "
                "2019."
            ),
        },
    },
    {
        "model": "network.HelpDesk",
        "slug": "sportello-cisa-asti-sud",
        "field": "description",
        "old": {
            "it": (
                "Lo sportello dell'ente gestore dei servizi sociali dei 40 comuni del sud "
                "della provincia."
            ),
            "en": (
                "The desk of the social services managing body of the 40 comuni in the south "
                "of the province."
            ),
        },
    },
    {
        "model": "network.HelpDesk",
        "slug": "sportello-cogesa-asti-nord",
        "field": "description",
        "old": {
            "it": (
                "Lo sportello dell'ente gestore dei servizi sociali dei comuni a nord del Tanaro."
            ),
            "en": (
                "The desk of the social services managing body of the comuni north of the "
                "river Tanaro."
            ),
        },
    },
    {
        "model": "network.HelpDesk",
        "slug": "sportello-consorzio-chierese",
        "field": "description",
        "old": {
            "it": (
                "Lo sportello del consorzio dei 25 comuni dell'area di Chieri (Torino), che fa "
                "parte della rete antiviolenza di Asti. Il segretariato sociale indirizza allo "
                "sportello."
            ),
            "en": (
                "The desk of the consortium of 25 comuni around Chieri (Turin), a member of "
                "the Asti anti-violence network. The social services front office directs "
                "women to the desk."
            ),
        },
    },
    {
        "model": "network.HelpDesk",
        "slug": "orecchio-di-venere",
        "field": "description",
        "old": {
            "it": (
                "Il centro antiviolenza della Croce Rossa Italiana, Comitato di Asti, fondato "
                "nel 2009: è il centro riconosciuto dalla Regione Piemonte per il territorio "
                "di Asti e accoglie donne da tutta la provincia. È collegato al numero "
                "nazionale 1522."
            ),
            "en": (
                "The anti-violence centre of the Italian Red Cross, Asti committee, founded in "
                "2009: it is the centre recognised by the Piedmont Region for the Asti area "
                "and helps women from the whole province. It is connected to the national "
                "helpline 1522."
            ),
        },
    },
    {
        "model": "network.HelpDesk",
        "slug": "casa-rifugio-athena",
        "field": "description",
        "old": {
            "it": (
                "Casa rifugio della Croce Rossa Italiana, aperta il 24 novembre 2021: 4 posti, "
                "più i figli sotto i 3 anni, gratuita. Per informazioni rivolgersi al centro "
                "antiviolenza L'orecchio di Venere, che risponde 24 ore su 24 e organizza "
                "l'accoglienza. Puoi chiamare anche il 1522."
            ),
            "en": (
                "The Italian Red Cross shelter, opened on 24 November 2021: 4 places, plus "
                "children under 3, free of charge. For information, contact the anti-violence "
                "centre L'orecchio di Venere, which answers 24 hours a day and arranges the "
                "stay. You can also call 1522."
            ),
        },
    },
    {
        "model": "network.HelpDesk",
        "slug": "posto-letto-segreto-asl-at",
        "field": "description",
        "old": {
            "it": (
                "L'Azienda sanitaria locale Asl At assicura la messa a disposizione del posto "
                "letto segreto per una notte, per donne clinicamente stabili, che non vengono "
                "dimesse al domicilio per mancanza di condizioni di sicurezza.\n\nTe lo offre il "
                "personale sanitario quando tornare a casa non è sicuro. Per chiedere aiuto "
                "chiama il centro antiviolenza, che risponde 24 ore su 24, o il 1522.\n\nAl "
                "pronto soccorso, le vittime di violenza hanno un codice di triage e una "
                "stanza dedicati (la «Stanza delle fragilità»)."
            ),
            "en": (
                "The local health authority ASL AT provides a secret bed for one night for "
                "women who are clinically stable but cannot be discharged home because it is "
                "not safe for them.\n\nHealth staff offer it to you when going home is not safe. "
                "To ask for help, call the anti-violence centre, which answers 24 hours a day, "
                "or 1522.\n\nIn the emergency department, victims of violence have a dedicated "
                "triage code and room (the “Stanza delle fragilità”)."
            ),
        },
    },
]
