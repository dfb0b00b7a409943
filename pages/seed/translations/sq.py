"""Albanian (sq): the help path's seed texts, translated by the team from content.py.

Plain words, "ti", the action first. Not yet reviewed by a native speaker.
"""

TEXTS = {
    "page:sportelli:title": "Sportelet kundër dhunës",
    "page:sportelli:summary": (
        "Kërko më poshtë sportelin kundër dhunës të komunës sate: të dëgjon dhe të ndihmon. Qendra "
        "kundër dhunës L'orecchio di Venere ndihmon gratë e gjithë provincës."
    ),
    "page:sportelli:body": (
        "<p>Në të gjithë provincën, sportelet kundër dhunës ofrojnë pritje, asistencë, mbështetje "
        "psikologjike, biseda orientuese për çështje ligjore, plane mbrojtjeje të personalizuara, "
        "mbështetje dhe shoqërim për të rifituar pavarësinë. Në rastet më të rënda, ato i çojnë "
        "viktimat dhe fëmijët e tyre në siguri, në struktura sekrete. Këto sportele i drejtojnë "
        "entet menaxhuese të shërbimeve sociale (Komuna e Astit, Konsorciumi C.I.S.A. Asti Sud, "
        "Konsorciumi CO.GE.SA. Asti Nord, Konsorciumi i Shërbimeve Sociale të zonës së Chierit) "
        "dhe Kryqi i Kuq Italian (Croce Rossa Italiana), me sportelin L'orecchio di Venere.</p>"
        "<p>Njësia Shëndetësore Vendore Asl At siguron një shtrat sekret për një natë, për gratë "
        "me gjendje klinike stabile që nuk dërgohen në shtëpi, sepse atje nuk janë të sigurta.</p>"
    ),
    "page:navigare-in-sicurezza:title": "Shfletim i sigurt",
    "page:navigare-in-sicurezza:summary": (
        "Nëse ke frikë se dikush të kontrollon telefonin ose kompjuterin, këto këshilla të "
        "ndihmojnë ta vizitosh këtë sajt duke lënë më pak gjurmë."
    ),
    "page:navigare-in-sicurezza:body": (
        "<h2>Dil shpejt: butoni «Dil menjëherë»</h2>"
        "<p>Shtyp «Dil menjëherë», në krye të çdo faqeje. Faqja zhduket menjëherë. Në vend të saj "
        "hapet një sajt tjetër, që nuk ka asnjë lidhje me këtë.</p>"
        "<p>Me tastierë ka edhe një mënyrë tjetër: shtyp Shift 3 herë.</p>"
        "<h2>Çfarë nuk fshin butoni</h2>"
        "<p>Butoni të nxjerr shpejt, por <strong>nuk i fshin</strong> gjurmët e vizitës:</p>"
        "<ul><li>faqet e këtij sajti që ke hapur mbeten në historikun e shfletuesit;</li><li>me "
        "«Prapa» zakonisht nuk kthehesh te faqja që po lexoje, por mund të kthehesh te faqet e "
        "tjera të këtij sajti që ke hapur më parë.</li></ul>"
        "<p>Që të mos lësh këto gjurmë, përdor një dritare private ose fshi historikun. Si ta "
        "bësh, shpjegohet më poshtë.</p>"
        "<h2>Çfarë nuk lë ky sajt</h2>"
        "<p>Ky sajt nuk ruan cookie në telefonin ose kompjuterin tënd. Nuk përdor mjete "
        "statistikash. Nuk ngarkon asgjë nga sajte të tjera.</p>"
        "<h2>Përdor një dritare private</h2>"
        "<p>Hap një dritare private nga menyja e shfletuesit:</p>"
        "<ul><li>Chrome: dritare e re e fshehtë (Incognito);</li><li>Firefox: «Dritare e Re "
        "Private»;</li><li>Safari: dritare e re private;</li><li>Edge: dritare e re "
        "InPrivate.</li></ul>"
        "<p>Kur e mbyll dritaren private, shfletuesi nuk ruan historikun, cookie-t dhe atë që ke "
        "shkruar në formularë.</p>"
        "<p>Kujdes: edhe kështu, ai që e menaxhon rrjetin (për shembull punëdhënësi) dhe kompania "
        "telefonike mund ta dinë cilat sajte viziton.</p>"
        "<h2>Fshi historikun</h2>"
        "<p>Nëse nuk ke përdorur dritare private, hap historikun nga menyja e shfletuesit. Fshi "
        "vetëm faqet e këtij sajti.</p>"
        "<p>Nëse fshin gjithë historikun, ai që të kontrollon mund të dyshojë.</p>"
        "<h2>Përdor një telefon ose kompjuter të sigurt</h2>"
        "<p>Nëse dikush mund ta përdorë ose ta kontrollojë telefonin ose kompjuterin tënd, përdor, "
        "nëse mundesh, një pajisje të cilës i ke besim: atë të një shoqeje, të një biblioteke ose "
        "të një zyre publike.</p>"
        "<p>Disa aplikacione kontrolli (spyware ose «stalkerware») i lejojnë një personi tjetër të "
        "lexojë mesazhet e tua, të dëgjojë thirrjet e tua dhe të dijë ku ndodhet telefoni. Shenja "
        "të mundshme:</p>"
        "<ul><li>bateria shkarkohet shpejt;</li><li>ka aplikacione që nuk i njeh;</li><li>dikush "
        "di gjëra që i ke shkruar ose thënë vetëm në telefon.</li></ul>"
        "<p>Nëse ke këtë dyshim, mos e hiq menjëherë aplikacionin: ai që e kontrollon mund ta "
        "kuptojë. Fol më parë për këtë me një qendër kundër dhunës ose me 1522.</p>"
        "<h2>Telefonatat</h2>"
        "<p>Numri 1522 është falas dhe anonim. Por numri që ke thirrur mbetet në listën e "
        "thirrjeve të telefonit: nëse duhet, fshije.</p>"
        "<h2>Nëse je në rrezik</h2>"
        "<p>Thirr 112. Për ndihmë dhe këshilla, ditë e natë, thirr 1522.</p>"
    ),
    "page:cosa-succede-quando-chiami:title": "Çfarë ndodh kur telefonon",
    "page:cosa-succede-quando-chiami:summary": (
        "Thirrja në 1522 është falas dhe anonime: nuk duhet të thuash emrin tënd. Të përgjigjen "
        "operatore të specializuara. Mund të telefonosh edhe vetëm për një këshillë."
    ),
    "page:cosa-succede-quando-chiami:body": (
        "<h2>Nëse je në rrezik tani, thirr 112</h2>"
        '<p>Thirr <a href="tel:112">112</a>, numrin unik të emergjencës. Është falas dhe '
        "funksionon edhe pa kredi dhe pa kartë SIM. Përgjigjet edhe në gjuhë të tjera. Numri 112 "
        "mund të gjejë se ku ndodhet telefoni me të cilin telefonon. Në Piemonte përgjigjen "
        "qendrat e Azienda Zero.</p>"
        "<h2>Kur telefonon në 1522</h2>"
        '<p>Numri <a href="tel:1522">1522</a> i Departamentit për Mundësi të Barabarta është '
        "numri kombëtar kundër dhunës dhe përndjekjes (stalking). Përgjigjet 24 orë në ditë, çdo "
        "ditë. Është falas nga telefoni fiks dhe nga celulari.</p>"
        "<h3>Kush të përgjigjet</h3>"
        "<p>Të përgjigjen operatore të specializuara. Flasin italisht, anglisht, frëngjisht, "
        "spanjisht, arabisht, persisht (farsi), shqip, rusisht, ukrainisht, portugalisht dhe "
        "polonisht.</p>"
        "<h3>Çfarë ndodh</h3>"
        "<ul><li>Nuk duhet të thuash emrin tënd: thirrja është anonime.</li><li>Mund të telefonosh "
        "për të kërkuar ndihmë ose edhe vetëm për një këshillë.</li><li>Operatorja të dëgjon. Mund "
        "të të pyesë si je dhe nëse tani je e sigurt.</li><li>Të jep informacione të dobishme dhe "
        "të thotë cilave shërbime afër teje mund t'u drejtohesh, për shembull një qendre kundër "
        "dhunës.</li><li>Nëse je në rrezik, 1522 ndjek një procedurë të përcaktuar bashkë me "
        "forcat e rendit.</li></ul>"
        "<p>Pas thirrjes vendos ti nëse dhe kur t'i drejtohesh një shërbimi. Mund të ecësh hap pas "
        "hapi.</p>"
        "<h2>Kur telefonon në një sportel ose në qendrën kundër dhunës</h2>"
        "<p>Të përgjigjet personeli i sportelit ose i qendrës. Të ofrojnë pritje, asistencë, "
        "mbështetje psikologjike, biseda që të orientojnë për çështjet ligjore, plane mbrojtjeje "
        "të menduara për ty, mbështetje që të bëhesh sërish e pavarur. Në rastet më të rënda, të "
        "çojnë ty dhe fëmijët e tu në siguri, në struktura sekrete.</p>"
        "<p>Qendra kundër dhunës «L'orecchio di Venere» e Kryqit të Kuq Italian pret gra nga e "
        "gjithë provinca dhe është e lidhur me 1522. Në numrin <a "
        'href="tel:3669287198">366\u00a09287198</a> përgjigjet një person, 24 orë në ditë.</p>'
        "<p>Për të gjetur sportelin e komunës sate, me numrat dhe oraret, përdor <a "
        'href="/sq/sportelli/">kërkimin e sporteleve</a>.</p>'
        "<h2>Nëse nuk mund të flasësh</h2>"
        "<p>Mund të shkruash te 1522 në chat ose me aplikacionin. Lexo <a "
        'href="/sq/se-non-puoi-parlare/">Nëse nuk mund të flasësh në telefon</a>.</p>'
    ),
    "page:se-non-puoi-parlare:title": "Nëse nuk mund të flasësh në telefon",
    "page:se-non-puoi-parlare:summary": (
        "Mund të kërkosh ndihmë edhe me shkrim: me chat-in dhe aplikacionin e 1522, ose me një "
        "e-mail te qendra kundër dhunës. Nëse je e shurdhër, në Piemonte ka «112 Sordi»."
    ),
    "page:se-non-puoi-parlare:body": (
        "<h2>Shkruaj te 1522: chat dhe aplikacion</h2>"
        "<p>Numri 1522, numri kombëtar kundër dhunës dhe përndjekjes (stalking), përgjigjet edhe "
        "në chat dhe me një aplikacion. Chat-in dhe informacionet për aplikacionin i gjen në "
        'sajtin <a href="https://www.1522.eu/">1522.eu</a>.</p>'
        "<h2>Nëse je e shurdhër: «112 Sordi»</h2>"
        "<p>Në Piemonte, që nga viti 2021, shërbimi «112 Sordi» u lejon personave të shurdhër të "
        'kërkojnë ndihmë në numrin e emergjencës <a href="tel:112">112</a>.</p>'
        "<h2>Shkruaj te qendra kundër dhunës</h2>"
        "<p>Mund t'i shkruash një e-mail qendrës kundër dhunës «L'orecchio di Venere» të Kryqit të "
        "Kuq Italian: <a "
        'href="mailto:centroascolto.cri@gmail.com">centroascolto.cri@gmail.com</a>.</p>'
        "<h2>Kujdes me gjurmët</h2>"
        "<p>Mesazhet, e-mailet dhe aplikacionet mbeten në telefon. Nëse dikush ta kontrollon "
        'telefonin, lexo më parë <a href="/sq/navigare-in-sicurezza/">Shfletim i sigurt</a>.</p>'
        "<h2>Nëse mund të flasësh</h2>"
        '<p>Nëse je në rrezik tani, thirr <a href="tel:112">112</a>. Për ndihmë dhe këshilla, '
        'ditë e natë, thirr <a href="tel:1522">1522</a>. Lexo <a '
        'href="/sq/cosa-succede-quando-chiami/">Çfarë ndodh kur telefonon</a>.</p>'
    ),
    "page:riconoscere-la-violenza:title": "Si ta njohësh dhunën",
    "page:riconoscere-la-violenza:summary": (
        "Dhuna nuk është vetëm fizike: mund të jetë seksuale, psikologjike ose ekonomike. Edhe "
        "përndjekja (stalking) është dhunë. Ja format e dhunës dhe disa shenja për ta njohur."
    ),
    "page:riconoscere-la-violenza:body": (
        "<p>Konventa e Stambollit e Këshillit të Evropës, që Italia e ka ratifikuar në vitin 2013, "
        "e quan dhunë ndaj grave çdo akt që shkakton, ose mund të shkaktojë, dëme ose vuajtje "
        "fizike, seksuale, psikologjike ose ekonomike. Janë dhunë edhe kërcënimet me këto akte, "
        "shtrëngimi (kur të detyrojnë të bësh diçka) dhe heqja e lirisë, si në publik, ashtu edhe "
        "në privat.</p>"
        "<p>Dhuna në familje është ajo që ndodh brenda familjes, ose midis partnerëve apo "
        "ish-partnerëve, edhe nëse nuk jetoni ose nuk keni jetuar kurrë bashkë.</p>"
        "<h2>Format e dhunës</h2>"
        "<h3>Dhuna fizike</h3>"
        "<p>Dikush të rreh, të shtyn, të lëndon trupin.</p>"
        "<h3>Dhuna seksuale</h3>"
        "<p>Dikush kryen akte seksuale me ty pa pëlqimin tënd, edhe kur është partneri, burri ose "
        "ish-partneri. Pëlqimi duhet të jetë zgjedhja jote e lirë.</p>"
        "<h3>Dhuna psikologjike</h3>"
        "<p>Dikush të kërcënon ose të detyron të bësh gjëra që nuk do, dhe kështu të bën të "
        "ndihesh shumë keq.</p>"
        "<h3>Dhuna ekonomike</h3>"
        "<p>Dikush të shkakton dëm ekonomik: për shembull të prish sendet, të merr ose të "
        "kontrollon paratë, nuk të lë të studiosh ose të punosh, nuk paguan alimentet që detyrohet "
        "të paguajë.</p>"
        "<h3>Përndjekja (stalking)</h3>"
        "<p>Dikush të kërcënon ose të ngacmon disa herë. Për këtë arsye jeton me ankth ose me "
        "frikë, ke frikë për veten ose për njerëzit e dashur, ose duhet të ndryshosh zakonet e "
        "tua. Për ligjin italian kjo është vepër penale (neni 612-bis i Kodit Penal, «atti "
        "persecutori»).</p>"
        "<h2>Disa shenja</h2>"
        "<p>Provo t'u përgjigjesh këtyre pyetjeve.</p>"
        "<ul><li>A ke frikë se si mund të reagojë?</li><li>A të kërcënon, edhe se do t'u bëjë keq "
        "fëmijëve ose njerëzve të tu të dashur?</li><li>A të detyron të bësh gjëra që nuk do, edhe "
        "akte seksuale?</li><li>A t'i kontrollon paratë, ose nuk të lë të punosh apo të "
        "studiosh?</li><li>A të telefonon, të shkruan ose të kërkon pa pushim, edhe pse i ke "
        "kërkuar të ndalojë?</li><li>A i ke ndryshuar zakonet e tua nga frika?</li></ul>"
        "<p>Nëse edhe vetëm një përgjigje është «po», mund të flasësh me dikë për këtë. Thirr <a "
        'href="tel:1522">1522</a>: është falas dhe anonim, 24 orë në ditë. Nëse je në rrezik '
        'tani, thirr <a href="tel:112">112</a>.</p>'
    ),
    "service:accoglienza:name": "Pritja",
    "service:accoglienza:description": (
        "Të presin, të dëgjojnë dhe kuptojnë bashkë me ty se për çfarë ke nevojë."
    ),
    "service:assistenza:name": "Asistenca",
    "service:assistenza:description": (
        "Të ndihmojnë në hapat që duhet të bësh dhe qëndrojnë pranë teje."
    ),
    "service:sostegno-psicologico:name": "Mbështetja psikologjike",
    "service:sostegno-psicologico:description": (
        "Flet për atë që ke përjetuar, me një person që të ndihmon të ndihesh më mirë."
    ),
    "service:colloqui-orientativi-legali:name": "Biseda orientuese për çështje ligjore",
    "service:colloqui-orientativi-legali:description": (
        "Të shpjegojnë të drejtat e tua dhe çfarë mund të bësh sipas ligjit."
    ),
    "service:percorsi-personalizzati-protezione:name": "Plane mbrojtjeje të personalizuara",
    "service:percorsi-personalizzati-protezione:description": (
        "Përgatitin bashkë me ty një plan të përshtatur për ty, që të jesh e sigurt."
    ),
    "service:recupero-autonomia:name": "Mbështetje dhe shoqërim për të rifituar pavarësinë",
    "service:recupero-autonomia:description": (
        "Të mbështesin dhe të shoqërojnë derisa t'ia dalësh sërish vetë."
    ),
    "service:messa-in-sicurezza-strutture-segrete:name": (
        "Në rastet më të rënda, vendosja në siguri e viktimave dhe e fëmijëve të tyre në struktura "
        "sekrete"
    ),
    "service:messa-in-sicurezza-strutture-segrete:description": (
        "Nëse rreziku është i rëndë, të çojnë ty dhe fëmijët e tu në siguri, në një vend sekret."
    ),
    "service:posto-letto-segreto:name": "Shtrat sekret për një natë",
    "service:posto-letto-segreto:description": (
        "Nëse të kthehesh në shtëpi nuk është e sigurt, mund të kalosh një natë në një shtrat "
        "sekret."
    ),
    "helpdesk:spazio-anna-c:name": (
        "Sporteli kundër dhunës «Spazio Anna C.» – Komuna e Astit (Comune di Asti)"
    ),
    "helpdesk:spazio-anna-c:description": (
        "Është sporteli kundër dhunës i Komunës së Astit. Punon bashkë me qendrën kundër dhunës "
        "L'orecchio di Venere të Kryqit të Kuq Italian. U hap më 2 prill 2019."
    ),
    "helpdesk:sportello-cisa-asti-sud:name": (
        "Sporteli kundër dhunës – Konsorciumi C.I.S.A. Asti Sud"
    ),
    "helpdesk:sportello-cisa-asti-sud:description": (
        "Është sporteli kundër dhunës i shërbimeve sociale për 40 komunat në jug të provincës. E "
        "menaxhon Konsorciumi C.I.S.A. Asti Sud, enti menaxhues i shërbimeve sociale të zonës."
    ),
    "helpdesk:sportello-cogesa-asti-nord:name": (
        "Sporteli kundër dhunës – Konsorciumi CO.GE.SA. Asti Nord"
    ),
    "helpdesk:sportello-cogesa-asti-nord:description": (
        "Është sporteli kundër dhunës i shërbimeve sociale për komunat në veri të lumit Tanaro. E "
        "menaxhon Konsorciumi CO.GE.SA. Asti Nord, enti menaxhues i shërbimeve sociale të zonës."
    ),
    "helpdesk:sportello-consorzio-chierese:name": (
        "Sporteli kundër dhunës – Konsorciumi i Shërbimeve Sociale të zonës së Chierit"
    ),
    "helpdesk:sportello-consorzio-chierese:description": (
        "Telefono zyrën e pritjes së shërbimeve sociale (segretariato sociale): ajo të drejton te "
        "sporteli. Është sporteli i konsorciumit të 25 komunave të zonës së Chierit, në provincën "
        "e Torinos. Konsorciumi bën pjesë në rrjetin kundër dhunës të Astit."
    ),
    "helpdesk:orecchio-di-venere:name": (
        "Qendra kundër dhunës «L'orecchio di Venere» – Kryqi i Kuq Italian (Croce Rossa Italiana)"
    ),
    "helpdesk:orecchio-di-venere:description": (
        "Mund ta telefonosh nga çdo komunë: ndihmon gratë e gjithë provincës. Është qendra kundër "
        "dhunës e Kryqit të Kuq Italian, Komiteti i Astit. U krijua në vitin 2009. Rajoni i "
        "Piemontes e njeh si qendër kundër dhunës për territorin e Astit. Është e lidhur me numrin "
        "kombëtar 1522."
    ),
    "helpdesk:casa-rifugio-athena:name": "Strehëza «Athena» – Kryqi i Kuq Italian",
    "helpdesk:casa-rifugio-athena:description": (
        "Për të hyrë, telefono qendrën kundër dhunës L'orecchio di Venere: përgjigjet 24 orë në "
        "ditë dhe organizon pritjen. Mund të thërrasësh edhe numrin 1522.\n\n"
        "Strehëza është falas. Ka 4 vende, dhe përveç tyre pret edhe fëmijët nën 3 vjeç. Është e "
        "Kryqit të Kuq Italian dhe u hap më 24 nëntor 2021."
    ),
    "helpdesk:posto-letto-segreto-asl-at:name": "Shtrat sekret – ASL AT",
    "helpdesk:posto-letto-segreto-asl-at:description": (
        "Nëse të kthehesh në shtëpi nuk është e sigurt, mund të kalosh këtu një natë. Shtratin "
        "sekret e vë në dispozicion Njësia Shëndetësore Vendore Asl At.\n\n"
        "Është për gratë me gjendje klinike stabile, pra që nuk kanë nevojë për mjekim urgjent. Ta "
        "ofron personeli shëndetësor, kur nuk është e sigurt të të dërgojnë në shtëpi.\n\n"
        "Për të kërkuar ndihmë, thirr qendrën kundër dhunës, që përgjigjet 24 orë në ditë, ose "
        "1522.\n\n"
        "Në urgjencë (pronto soccorso), viktimat e dhunës kanë një kod triazhi dhe një dhomë të "
        "posaçme (të quajtur «Stanza delle fragilità»)."
    ),
    "channel-label:Sportello antiviolenza": "Sporteli kundër dhunës",
    "channel-label:Segretariato sociale del Comune di Asti": (
        "Zyra e pritjes së shërbimeve sociale të Komunës së Astit"
    ),
    "channel-label:Sede del Consorzio": "Selia e Konsorciumit",
    "channel-label:Segretariato sociale": "Zyra e pritjes së shërbimeve sociale",
    "channel-label:Emergenze: risponde un operatore": "Emergjenca: përgjigjet një operator",
    "channel-label:Segreteria telefonica: lascia un messaggio": (
        "Sekretaria telefonike: lër një mesazh"
    ),
    "organisation:comune-di-asti:name": "Komuna e Astit (Comune di Asti)",
    "organisation:comune-di-asti:role": (
        "I shërben qytetit të Astit. I menaxhon drejtpërdrejt shërbimet e veta sociale (funksionet "
        "social-asistenciale). Në sportelin e saj kundër dhunës gjen dikë që të dëgjon, ndihmë dhe "
        "mbështetje psikologjike. Të shpjegojnë të drejtat e tua dhe përgatitin me ty një plan për "
        "të të mbrojtur. Të ndihmojnë t'ia dalësh sërish vetë. Në rastet më të rënda, të çojnë ty "
        "dhe fëmijët e tu në siguri, në një vend sekret."
    ),
    "organisation:consorzio-cisa-asti-sud:name": "Konsorciumi C.I.S.A. Asti Sud",
    "organisation:consorzio-cisa-asti-sud:short_name": "C.I.S.A. Asti Sud",
    "organisation:consorzio-cisa-asti-sud:role": (
        "I shërben 40 komunave në jug të provincës. Është konsorciumi që menaxhon shërbimet e tyre "
        "sociale («enti menaxhues»). Në sportelin e tij kundër dhunës gjen dikë që të dëgjon, "
        "ndihmë dhe mbështetje psikologjike. Të shpjegojnë të drejtat e tua dhe përgatitin me ty "
        "një plan për të të mbrojtur. Të ndihmojnë t'ia dalësh sërish vetë. Në rastet më të rënda, "
        "të çojnë ty dhe fëmijët e tu në siguri, në një vend sekret."
    ),
    "organisation:consorzio-cogesa-asti-nord:name": "Konsorciumi CO.GE.SA. Asti Nord",
    "organisation:consorzio-cogesa-asti-nord:short_name": "CO.GE.SA. Asti Nord",
    "organisation:consorzio-cogesa-asti-nord:role": (
        "I shërben komunave në veri të lumit Tanaro. Është konsorciumi që menaxhon shërbimet e "
        "tyre sociale («enti menaxhues»). Në sportelin e tij kundër dhunës gjen dikë që të dëgjon, "
        "ndihmë dhe mbështetje psikologjike. Të shpjegojnë të drejtat e tua dhe përgatitin me ty "
        "një plan për të të mbrojtur. Të ndihmojnë t'ia dalësh sërish vetë. Në rastet më të rënda, "
        "të çojnë ty dhe fëmijët e tu në siguri, në një vend sekret."
    ),
    "organisation:consorzio-servizi-socio-assistenziali-chierese:name": (
        "Konsorciumi i Shërbimeve Sociale të zonës së Chierit"
    ),
    "organisation:consorzio-servizi-socio-assistenziali-chierese:role": (
        "I shërben 25 komunave të zonës së Chierit (Torino). Është konsorciumi që menaxhon "
        "shërbimet e tyre sociale («enti menaxhues»). Në sportelin e tij kundër dhunës gjen dikë "
        "që të dëgjon, ndihmë dhe mbështetje psikologjike. Të shpjegojnë të drejtat e tua dhe "
        "përgatitin me ty një plan për të të mbrojtur. Të ndihmojnë t'ia dalësh sërish vetë. Në "
        "rastet më të rënda, të çojnë ty dhe fëmijët e tu në siguri, në një vend sekret."
    ),
    "organisation:croce-rossa-italiana:name": "Kryqi i Kuq Italian (Croce Rossa Italiana)",
    "organisation:croce-rossa-italiana:role": (
        "Komiteti i tij vendor menaxhon sportelin dhe qendrën kundër dhunës L'orecchio di Venere "
        "dhe strehëzën Athena."
    ),
    "organisation:asl-at:name": "ASL AT – Njësia Shëndetësore Vendore e Astit",
    "organisation:asl-at:short_name": "ASL AT",
    "organisation:asl-at:role": (
        "Siguron shtratin sekret për një natë, për gratë që nuk mund të kthehen në shtëpi pa "
        "rrezik."
    ),
    "language:it:name": "italishtja",
    "language:en:name": "anglishtja",
    "language:fr:name": "frëngjishtja",
    "language:es:name": "spanjishtja",
    "language:ar:name": "arabishtja",
    "language:fa:name": "persishtja",
    "language:sq:name": "shqipja",
    "language:ru:name": "rusishtja",
    "language:uk:name": "ukrainishtja",
    "language:pt:name": "portugalishtja",
    "language:pl:name": "polonishtja",
    "settings:service_name": "Shërbimi për Mundësi të Barabarta",
    "settings:helpline_text": (
        "Numri kundër dhunës dhe përndjekjes (stalking): falas, 24 orë në ditë, anonim, në 11 gjuhë"
    ),
    "settings:emergency_text": "Numri unik i emergjencës: falas, edhe pa kredi",
}
