"""French (fr): the help path's seed texts, translated by the team from content.py.

Plain words, "tu", the action first. Not yet reviewed by a native speaker.
"""

TEXTS = {
    "page:sportelli:title": "Les points d'accueil anti-violence",
    "page:sportelli:summary": (
        "Cherche ci-dessous le point d'accueil anti-violence de ta commune\u00a0: il "
        "t'écoute et t'aide. Le centre anti-violence L'orecchio di Venere aide les femmes de "
        "toute la province."
    ),
    "page:sportelli:body": (
        "<p>Dans la province, les points d'accueil anti-violence offrent\u00a0: accueil, "
        "assistance, soutien psychologique, entretiens d'orientation juridique, parcours de "
        "protection personnalisés, soutien et accompagnement pour redevenir autonome et, "
        "dans les cas les plus graves, mise en sécurité des victimes et de leurs enfants "
        "dans des structures secrètes. Ils sont gérés par les organismes gestionnaires des "
        "services sociaux (Commune d'Asti, Consortium C.I.S.A. Asti Sud, Consortium "
        "CO.GE.SA. Asti Nord, Consortium des services sociaux de la région de Chieri) et par "
        "la Croix-Rouge italienne (point d'accueil L'orecchio di Venere).</p><p>L'Agence "
        "sanitaire locale Asl At met à disposition un lit secret pour une nuit, pour les "
        "femmes dont l'état de santé est stable et que l'hôpital ne renvoie pas chez elles "
        "parce qu'elles n'y seraient pas en sécurité.</p>"
    ),
    "page:navigare-in-sicurezza:title": "Naviguer en sécurité",
    "page:navigare-in-sicurezza:summary": (
        "Si tu as peur que quelqu'un contrôle ton téléphone ou ton ordinateur, ces conseils "
        "t'aident à visiter ce site en laissant moins de traces."
    ),
    "page:navigare-in-sicurezza:body": (
        "<h2>Sors vite\u00a0: le bouton «\u00a0Quitter la page\u00a0»</h2><p>Appuie sur "
        "«\u00a0Quitter la page\u00a0», en haut de chaque page. La page disparaît tout de "
        "suite. À sa place, un autre site s'ouvre, qui n'a rien à voir avec celui-ci.</p><p>"
        "Avec le clavier, il y a un autre moyen\u00a0: appuie 3 fois sur Maj (Shift).</p><h2>"
        "Ce que le bouton n'efface pas</h2><p>Le bouton te fait sortir vite, mais il "
        "<strong>n'efface pas</strong> les traces de ta visite\u00a0:</p><ul><li>les pages "
        "de ce site que tu as ouvertes restent dans l'historique du navigateur\u00a0;</li>"
        "<li>avec «\u00a0Retour\u00a0», en général, on ne revient pas à la page que tu "
        "lisais, mais on peut revenir aux autres pages de ce site ouvertes avant.</li></ul>"
        "<p>Pour ne pas laisser ces traces, utilise une fenêtre privée ou efface "
        "l'historique. On t'explique comment faire ci-dessous.</p><h2>Ce que ce site ne "
        "laisse pas</h2><p>Ce site n'enregistre pas de cookies sur ton téléphone ou ton "
        "ordinateur. Il n'utilise pas d'outils de statistiques. Il ne charge rien depuis "
        "d'autres sites.</p><h2>Utilise une fenêtre privée</h2><p>Ouvre une fenêtre privée "
        "depuis le menu du navigateur\u00a0:</p><ul><li>Chrome\u00a0: «\u00a0Nouvelle "
        "fenêtre de navigation privée\u00a0»\u00a0;</li><li>Firefox\u00a0: «\u00a0Nouvelle "
        "fenêtre de navigation privée\u00a0»\u00a0;</li><li>Safari\u00a0: «\u00a0Nouvelle "
        "fenêtre privée\u00a0»\u00a0;</li><li>Edge\u00a0: «\u00a0Nouvelle fenêtre "
        "InPrivate\u00a0».</li></ul><p>Quand tu fermes la fenêtre privée, le navigateur ne "
        "garde ni l'historique, ni les cookies, ni ce que tu as écrit dans les "
        "formulaires.</p><p>Attention\u00a0: même comme ça, la personne qui gère le réseau "
        "(par exemple l'employeur) et l'opérateur téléphonique peuvent savoir quels sites tu "
        "visites.</p><h2>Efface l'historique</h2><p>Si tu n'as pas utilisé de fenêtre "
        "privée, ouvre l'historique depuis le menu du navigateur. Efface seulement les pages "
        "de ce site.</p><p>Effacer tout l'historique pourrait éveiller les soupçons de la "
        "personne qui te surveille.</p><h2>Utilise un téléphone ou un ordinateur sûr</h2><p>"
        "Si quelqu'un peut utiliser ou contrôler ton téléphone ou ton ordinateur, utilise si "
        "tu peux un appareil auquel tu fais confiance\u00a0: celui d'une amie, d'une "
        "bibliothèque ou d'un service public.</p><p>Certaines applications de surveillance "
        "(logiciels espions ou «\u00a0stalkerware\u00a0») permettent à une autre personne de "
        "lire tes messages, d'écouter tes appels et de savoir où se trouve le téléphone. "
        "Signes possibles\u00a0:</p><ul><li>la batterie se vide vite\u00a0;</li><li>il y a "
        "des applications que tu ne reconnais pas\u00a0;</li><li>quelqu'un sait des choses "
        "que tu as écrites ou dites seulement au téléphone.</li></ul><p>Si tu as ce doute, "
        "ne supprime pas tout de suite l'application\u00a0: la personne qui la contrôle "
        "pourrait s'en rendre compte. Parles-en d'abord avec un centre anti-violence ou avec "
        "le 1522.</p><h2>Appels téléphoniques</h2><p>Le 1522 est gratuit et anonyme. Mais le "
        "numéro que tu as appelé reste dans la liste des appels du téléphone\u00a0: si "
        "besoin, efface-le.</p><h2>Si tu es en danger</h2><p>Appelle le 112. Pour de l'aide "
        "et des conseils, jour et nuit, appelle le 1522.</p>"
    ),
    "page:cosa-succede-quando-chiami:title": "Ce qui se passe quand tu appelles",
    "page:cosa-succede-quando-chiami:summary": (
        "Appeler le 1522 est gratuit et anonyme\u00a0: tu n'as pas à dire ton nom. Des "
        "opératrices spécialisées te répondent. Tu peux aussi appeler juste pour un conseil."
    ),
    "page:cosa-succede-quando-chiami:body": (
        "<h2>Si tu es en danger maintenant, appelle le 112</h2><p>Appelle le <a "
        "href=\"tel:112\">112</a>, le numéro unique d'urgence. C'est gratuit et ça marche "
        "aussi sans crédit et sans carte SIM. Il répond aussi dans d'autres langues. Le 112 "
        "peut localiser le téléphone d'où tu appelles. Dans le Piémont, ce sont les centres "
        "d'appel d'Azienda Zero qui répondent.</p><h2>Quand tu appelles le 1522</h2><p>Le <a "
        'href="tel:1522">1522</a> est le numéro national contre les violences et le '
        "harcèlement (stalking) du Département pour l'égalité des chances. Il répond 24 "
        "heures sur 24, tous les jours. Il est gratuit depuis un téléphone fixe et depuis un "
        "portable.</p><h3>Qui te répond</h3><p>Des opératrices spécialisées te répondent. "
        "Elles parlent italien, anglais, français, espagnol, arabe, farsi, albanais, russe, "
        "ukrainien, portugais et polonais.</p><h3>Ce qui se passe</h3><ul><li>Tu n'as pas à "
        "dire ton nom\u00a0: l'appel est anonyme.</li><li>Tu peux appeler pour demander de "
        "l'aide, ou juste pour un conseil.</li><li>L'opératrice t'écoute. Elle peut te "
        "demander comment tu vas et si tu es en sécurité maintenant.</li><li>Elle te donne "
        "des informations utiles et te dit à quels services tu peux t'adresser près de chez "
        "toi, par exemple un centre anti-violence.</li><li>Si tu es en danger, le 1522 suit "
        "une procédure prévue avec les forces de l'ordre.</li></ul><p>Après l'appel, c'est "
        "toi qui décides si et quand tu t'adresses à un service. Tu peux avancer une étape à "
        "la fois.</p><h2>Quand tu appelles un point d'accueil ou le centre anti-violence</h2>"
        "<p>C'est le personnel du point d'accueil ou du centre qui te répond. Il te propose "
        "un accueil, de l'assistance, un soutien psychologique, des entretiens pour "
        "t'orienter sur les questions juridiques, des parcours de protection pensés pour "
        "toi, un soutien pour redevenir autonome. Dans les cas les plus graves, il te met en "
        "sécurité, toi et tes enfants, dans des structures secrètes.</p><p>Le centre "
        "anti-violence «\u00a0L'orecchio di Venere\u00a0» de la Croix-Rouge italienne "
        "accueille des femmes de toute la province et il est relié au 1522. Au numéro <a "
        'href="tel:3669287198">366\u00a09287198</a>, une personne répond, 24 heures sur '
        "24.</p><p>Pour trouver le point d'accueil de ta commune, avec ses numéros et ses "
        'horaires, utilise la <a href="/fr/sportelli/">recherche des points '
        "d'accueil</a>.</p><h2>Si tu ne peux pas parler</h2><p>Tu peux écrire au 1522 par "
        'chat ou avec l\'application. Lis <a href="/fr/se-non-puoi-parlare/">Si tu ne peux '
        "pas parler au téléphone</a>.</p>"
    ),
    "page:se-non-puoi-parlare:title": "Si tu ne peux pas parler au téléphone",
    "page:se-non-puoi-parlare:summary": (
        "Tu peux aussi demander de l'aide par écrit\u00a0: avec le chat et l'application du "
        "1522, ou par e-mail au centre anti-violence. Si tu es sourde, dans le Piémont, il y "
        "a «\u00a0112 Sordi\u00a0»."
    ),
    "page:se-non-puoi-parlare:body": (
        "<h2>Écris au 1522\u00a0: chat et application</h2><p>Le 1522, le numéro national "
        "contre les violences et le harcèlement (stalking), répond aussi par chat et avec "
        "une application. Tu trouves le chat et les informations sur l'application sur le "
        'site <a href="https://www.1522.eu/">1522.eu</a>.</p><h2>Si tu es sourde\u00a0: '
        "«\u00a0112 Sordi\u00a0»</h2><p>Dans le Piémont, depuis 2021, le service «\u00a0112 "
        "Sordi\u00a0» permet aux personnes sourdes de demander de l'aide au numéro d'urgence "
        '<a href="tel:112">112</a>.</p><h2>Écris au centre anti-violence</h2><p>Tu peux '
        "écrire un e-mail au centre anti-violence «\u00a0L'orecchio di Venere\u00a0» de la "
        "Croix-Rouge italienne\u00a0: <a "
        'href="mailto:centroascolto.cri@gmail.com">centroascolto.cri@gmail.com</a>.</p><h2>'
        "Attention aux traces</h2><p>Les messages, les e-mails et les applications restent "
        "sur le téléphone. Si quelqu'un contrôle ton téléphone, lis d'abord <a "
        'href="/fr/navigare-in-sicurezza/">Naviguer en sécurité</a>.</p><h2>Si tu arrives à '
        'parler</h2><p>Si tu es en danger maintenant, appelle le <a href="tel:112">112</a>. '
        "Pour de l'aide et des conseils, jour et nuit, appelle le <a "
        'href="tel:1522">1522</a>. Lis <a href="/fr/cosa-succede-quando-chiami/">Ce qui se '
        "passe quand tu appelles</a>.</p>"
    ),
    "page:riconoscere-la-violenza:title": "Reconnaître la violence",
    "page:riconoscere-la-violenza:summary": (
        "La violence n'est pas seulement physique\u00a0: elle peut être sexuelle, "
        "psychologique ou économique. Le harcèlement (stalking) est aussi une violence. "
        "Voici les formes de la violence et quelques signes pour la reconnaître."
    ),
    "page:riconoscere-la-violenza:body": (
        "<p>La Convention d'Istanbul du Conseil de l'Europe, que l'Italie a ratifiée en "
        "2013, appelle «\u00a0violence à l'égard des femmes\u00a0» tout acte qui cause, ou "
        "peut causer, des dommages ou des souffrances d'ordre physique, sexuel, "
        "psychologique ou économique. Les menaces de ces actes sont aussi des violences, "
        "tout comme la contrainte (quand on t'oblige à faire quelque chose) et la privation "
        "de liberté, en public comme en privé.</p><p>La violence domestique, c'est celle qui "
        "se passe dans la famille, ou entre partenaires ou ex-partenaires, même si vous ne "
        "vivez pas ou n'avez jamais vécu ensemble.</p><h2>Les formes de la violence</h2><h3>"
        "Violence physique</h3><p>Quelqu'un te frappe, te pousse, fait du mal à ton "
        "corps.</p><h3>Violence sexuelle</h3><p>Quelqu'un t'impose des actes sexuels sans "
        "ton consentement, même ton partenaire, ton mari ou ton ex. Le consentement doit "
        "être ton libre choix.</p><h3>Violence psychologique</h3><p>Quelqu'un te menace ou "
        "te force à faire des choses que tu ne veux pas, et cela te fait beaucoup "
        "souffrir.</p><h3>Violence économique</h3><p>Quelqu'un te cause un dommage "
        "économique\u00a0: par exemple, cette personne casse tes affaires, te prend ton "
        "argent ou le contrôle, ne te laisse pas étudier ou travailler, ne paie pas la "
        "pension alimentaire qu'elle doit.</p><h3>Harcèlement (stalking, «\u00a0atti "
        "persecutori\u00a0»)</h3><p>Quelqu'un te menace ou te harcèle plusieurs fois. À "
        "cause de cela, tu vis dans l'angoisse ou dans la peur, tu as peur pour toi ou pour "
        "tes proches, ou tu dois changer tes habitudes. Pour la loi italienne, c'est un "
        "délit (article 612-bis du code pénal).</p><h2>Quelques signes</h2><p>Essaie de "
        "répondre à ces questions.</p><ul><li>Tu as peur de sa réaction\u00a0?</li><li>Cette "
        "personne te menace, ou menace de faire du mal à tes enfants ou à tes "
        "proches\u00a0?</li><li>Cette personne te force à faire des choses que tu ne veux "
        "pas, y compris des actes sexuels\u00a0?</li><li>Cette personne contrôle ton argent, "
        "ou ne te laisse pas travailler ou étudier\u00a0?</li><li>Cette personne t'appelle, "
        "t'écrit ou te cherche sans arrêt, même si tu lui as demandé d'arrêter\u00a0?</li>"
        "<li>Tu as changé tes habitudes par peur\u00a0?</li></ul><p>Si tu as répondu oui, "
        "même à une seule question, tu peux en parler à quelqu'un. Appelle le <a "
        'href="tel:1522">1522</a>\u00a0: c\'est gratuit et anonyme, 24 heures sur 24. Si tu '
        'es en danger maintenant, appelle le <a href="tel:112">112</a>.</p>'
    ),
    "service:accoglienza:name": "Accueil",
    "service:accoglienza:description": (
        "On te reçoit, on t'écoute et on voit avec toi ce dont tu as besoin."
    ),
    "service:assistenza:name": "Assistance",
    "service:assistenza:description": (
        "On t'aide dans les démarches à faire et on reste à tes côtés."
    ),
    "service:sostegno-psicologico:name": "Soutien psychologique",
    "service:sostegno-psicologico:description": (
        "Tu parles de ce que tu as vécu avec une personne qui t'aide à aller mieux."
    ),
    "service:colloqui-orientativi-legali:name": "Entretiens d'orientation juridique",
    "service:colloqui-orientativi-legali:description": (
        "On t'explique tes droits et ce que la loi te permet de faire."
    ),
    "service:percorsi-personalizzati-protezione:name": "Parcours de protection personnalisés",
    "service:percorsi-personalizzati-protezione:description": (
        "On prépare avec toi un plan sur mesure pour que tu sois en sécurité."
    ),
    "service:recupero-autonomia:name": "Soutien et accompagnement pour redevenir autonome",
    "service:recupero-autonomia:description": (
        "On te soutient et on t'accompagne jusqu'à ce que tu puisses de nouveau t'en sortir seule."
    ),
    "service:messa-in-sicurezza-strutture-segrete:name": (
        "Dans les cas les plus graves, mise en sécurité des victimes et de leurs enfants "
        "dans des structures secrètes"
    ),
    "service:messa-in-sicurezza-strutture-segrete:description": (
        "Si le danger est grave, on te met en sécurité, toi et tes enfants, dans un lieu secret."
    ),
    "service:posto-letto-segreto:name": "Lit secret pour une nuit",
    "service:posto-letto-segreto:description": (
        "Si rentrer chez toi n'est pas sûr, tu peux passer une nuit dans un lit secret."
    ),
    "helpdesk:spazio-anna-c:name": (
        "Point d'accueil anti-violence «\u00a0Spazio Anna C.\u00a0» – Commune d'Asti"
    ),
    "helpdesk:spazio-anna-c:description": (
        "C'est le point d'accueil anti-violence de la Commune d'Asti. Il travaille avec le "
        "centre anti-violence L'Orecchio di Venere de la Croix-Rouge italienne. Il a ouvert "
        "le 2 avril 2019."
    ),
    "helpdesk:sportello-cisa-asti-sud:name": (
        "Point d'accueil anti-violence – Consortium C.I.S.A. Asti Sud"
    ),
    "helpdesk:sportello-cisa-asti-sud:description": (
        "C'est le point d'accueil anti-violence des services sociaux pour les 40 communes du "
        "sud de la province. Il est géré par le Consortium C.I.S.A. Asti Sud, l'organisme "
        "qui gère les services sociaux de la zone."
    ),
    "helpdesk:sportello-cogesa-asti-nord:name": (
        "Point d'accueil anti-violence – Consortium CO.GE.SA. Asti Nord"
    ),
    "helpdesk:sportello-cogesa-asti-nord:description": (
        "C'est le point d'accueil anti-violence des services sociaux pour les communes au "
        "nord de la rivière Tanaro. Il est géré par le Consortium CO.GE.SA. Asti Nord, "
        "l'organisme qui gère les services sociaux de la zone."
    ),
    "helpdesk:sportello-consorzio-chierese:name": (
        "Point d'accueil anti-violence – Consortium des services sociaux de la région de Chieri"
    ),
    "helpdesk:sportello-consorzio-chierese:description": (
        "Appelle l'accueil des services sociaux\u00a0: il t'oriente vers le point d'accueil. "
        "C'est le point d'accueil du consortium des 25 communes de la région de Chieri, dans "
        "la province de Turin. Le consortium fait partie du réseau anti-violence d'Asti."
    ),
    "helpdesk:orecchio-di-venere:name": (
        "Centre anti-violence «\u00a0L'orecchio di Venere\u00a0» – Croix-Rouge italienne"
    ),
    "helpdesk:orecchio-di-venere:description": (
        "Tu peux l'appeler depuis n'importe quelle commune\u00a0: il aide les femmes de "
        "toute la province. C'est le centre anti-violence de la Croix-Rouge italienne, "
        "comité d'Asti, créé en 2009. La Région Piémont le reconnaît comme centre "
        "anti-violence pour le territoire d'Asti. Il est relié au numéro national 1522."
    ),
    "helpdesk:casa-rifugio-athena:name": (
        "Maison refuge «\u00a0Athena\u00a0» – Croix-Rouge italienne"
    ),
    "helpdesk:casa-rifugio-athena:description": (
        "Pour y entrer, appelle le centre anti-violence L'orecchio di Venere\u00a0: il "
        "répond 24 heures sur 24 et organise ton accueil. Tu peux aussi appeler le 1522."
        "\n\n"
        "La maison refuge est gratuite. Elle a 4 places, et elle accueille en plus les "
        "enfants de moins de 3 ans. Elle appartient à la Croix-Rouge italienne et elle a "
        "ouvert le 24 novembre 2021."
    ),
    "helpdesk:posto-letto-segreto-asl-at:name": "Lit secret – ASL AT",
    "helpdesk:posto-letto-segreto-asl-at:description": (
        "Si rentrer chez toi n'est pas sûr, tu peux passer une nuit ici. Ce lit secret est "
        "mis à disposition par l'Agence sanitaire locale Asl At."
        "\n\n"
        "Il est destiné aux femmes cliniquement stables, c'est-à-dire qui n'ont pas besoin "
        "de soins urgents. C'est le personnel soignant qui te le propose, quand te renvoyer "
        "chez toi n'est pas sûr."
        "\n\n"
        "Pour demander de l'aide, appelle le centre anti-violence, qui répond 24 heures sur "
        "24, ou le 1522."
        "\n\n"
        "Aux urgences, les victimes de violence ont un code de triage et une salle qui leur "
        "sont réservés (la «\u00a0Stanza delle fragilità\u00a0»)."
    ),
    "channel-label:Sportello antiviolenza": "Point d'accueil anti-violence",
    "channel-label:Segretariato sociale del Comune di Asti": (
        "Accueil des services sociaux de la Commune d'Asti"
    ),
    "channel-label:Sede del Consorzio": "Bureaux du consortium",
    "channel-label:Segretariato sociale": "Accueil des services sociaux",
    "channel-label:Emergenze: risponde un operatore": "Urgences\u00a0: une personne répond",
    "channel-label:Segreteria telefonica: lascia un messaggio": (
        "Répondeur\u00a0: laisse un message"
    ),
    "organisation:comune-di-asti:name": "Commune d'Asti",
    "organisation:comune-di-asti:role": (
        "Elle couvre la ville d'Asti. Elle gère elle-même ses services sociaux (fonctions "
        "d'aide sociale). À son point d'accueil anti-violence, tu trouves écoute, aide et "
        "soutien psychologique. On t'explique tes droits et on prépare avec toi un plan pour "
        "te protéger. On t'aide à t'en sortir de nouveau seule. Dans les cas les plus "
        "graves, on te met en sécurité, toi et tes enfants, dans un lieu secret."
    ),
    "organisation:consorzio-cisa-asti-sud:name": "Consortium C.I.S.A. Asti Sud",
    "organisation:consorzio-cisa-asti-sud:short_name": "C.I.S.A. Asti Sud",
    "organisation:consorzio-cisa-asti-sud:role": (
        "Il couvre les 40 communes du sud de la province. C'est le consortium qui gère leurs "
        "services sociaux (l'«\u00a0organisme gestionnaire\u00a0»). À son point d'accueil "
        "anti-violence, tu trouves écoute, aide et soutien psychologique. On t'explique tes "
        "droits et on prépare avec toi un plan pour te protéger. On t'aide à t'en sortir de "
        "nouveau seule. Dans les cas les plus graves, on te met en sécurité, toi et tes "
        "enfants, dans un lieu secret."
    ),
    "organisation:consorzio-cogesa-asti-nord:name": "Consortium CO.GE.SA. Asti Nord",
    "organisation:consorzio-cogesa-asti-nord:short_name": "CO.GE.SA. Asti Nord",
    "organisation:consorzio-cogesa-asti-nord:role": (
        "Il couvre les communes au nord du Tanaro. C'est le consortium qui gère leurs "
        "services sociaux (l'«\u00a0organisme gestionnaire\u00a0»). À son point d'accueil "
        "anti-violence, tu trouves écoute, aide et soutien psychologique. On t'explique tes "
        "droits et on prépare avec toi un plan pour te protéger. On t'aide à t'en sortir de "
        "nouveau seule. Dans les cas les plus graves, on te met en sécurité, toi et tes "
        "enfants, dans un lieu secret."
    ),
    "organisation:consorzio-servizi-socio-assistenziali-chierese:name": (
        "Consortium des services sociaux de la région de Chieri"
    ),
    "organisation:consorzio-servizi-socio-assistenziali-chierese:role": (
        "Il couvre 25 communes de la région de Chieri (Turin). C'est le consortium qui gère "
        "leurs services sociaux (l'«\u00a0organisme gestionnaire\u00a0»). À son point "
        "d'accueil anti-violence, tu trouves écoute, aide et soutien psychologique. On "
        "t'explique tes droits et on prépare avec toi un plan pour te protéger. On t'aide à "
        "t'en sortir de nouveau seule. Dans les cas les plus graves, on te met en sécurité, "
        "toi et tes enfants, dans un lieu secret."
    ),
    "organisation:croce-rossa-italiana:name": "Croix-Rouge italienne (Croce Rossa Italiana)",
    "organisation:croce-rossa-italiana:role": (
        "Son comité local gère L'orecchio di Venere (point d'accueil et centre "
        "anti-violence) et la maison refuge Athena."
    ),
    "organisation:asl-at:name": "ASL AT – Agence sanitaire locale d'Asti",
    "organisation:asl-at:short_name": "ASL AT",
    "organisation:asl-at:role": (
        "Elle met à disposition le lit secret pour une nuit, pour les femmes qui ne peuvent "
        "pas rentrer chez elles en sécurité."
    ),
    "language:it:name": "italien",
    "language:en:name": "anglais",
    "language:fr:name": "français",
    "language:es:name": "espagnol",
    "language:ar:name": "arabe",
    "language:fa:name": "farsi",
    "language:sq:name": "albanais",
    "language:ru:name": "russe",
    "language:uk:name": "ukrainien",
    "language:pt:name": "portugais",
    "language:pl:name": "polonais",
    "settings:service_name": "Service Égalité des chances",
    "settings:helpline_text": (
        "Numéro contre les violences et le harcèlement\u00a0: gratuit, 24 heures sur 24, "
        "anonyme, en 11 langues"
    ),
    "settings:emergency_text": "Numéro unique d'urgence\u00a0: gratuit, même sans crédit",
}
