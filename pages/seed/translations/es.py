"""Spanish (es): the help path's seed texts, translated by the team from content.py.

Plain words, "tú", the action first. Not yet reviewed by a native speaker.
"""

TEXTS = {
    "page:sportelli:title": "Los puntos de atención antiviolencia",
    "page:sportelli:summary": (
        "Busca aquí abajo el punto de atención antiviolencia de tu municipio: te escucha y te "
        "ayuda. El centro antiviolencia L'orecchio di Venere ayuda a las mujeres de toda la "
        "provincia."
    ),
    "page:sportelli:body": (
        "<p>En la provincia, los puntos de atención antiviolencia los gestionan las entidades "
        "gestoras de los servicios sociales (Municipio de Asti, Consorcio C.I.S.A. Asti Sud, "
        "Consorcio CO.GE.SA. Asti Nord, Consorcio de Servicios Sociales de la zona de Chieri) y la "
        "Cruz Roja Italiana (punto de atención L'orecchio di Venere). Estos puntos de atención "
        "ofrecen acogida, asistencia, apoyo psicológico, entrevistas de orientación legal, planes "
        "de protección personalizados, apoyo y acompañamiento para recuperar la autonomía y, en "
        "los casos más graves, ponen a salvo a las víctimas y a sus hijos en lugares secretos.</p>"
        "<p>El servicio de salud local Asl At ofrece una cama secreta para una noche a las mujeres "
        "clínicamente estables que no pueden recibir el alta para volver a casa porque allí no "
        "estarían seguras.</p>"
    ),
    "page:navigare-in-sicurezza:title": "Navegar con seguridad",
    "page:navigare-in-sicurezza:summary": (
        "Si temes que alguien controle tu teléfono o tu computadora, estos consejos te ayudan a "
        "visitar este sitio dejando menos rastros."
    ),
    "page:navigare-in-sicurezza:body": (
        "<h2>Sal rápido: el botón «Salir ahora»</h2><p>Presiona «Salir ahora», arriba en cada "
        "página. La página desaparece al instante. En su lugar se abre otro sitio, que no tiene "
        "nada que ver con este.</p><p>Con el teclado hay otra forma: presiona 3 veces la tecla "
        "Mayús (Shift).</p><h2>Lo que el botón no borra</h2><p>El botón te hace salir rápido, pero "
        "<strong>no borra</strong> los rastros de la visita:</p><ul><li>las páginas de este sitio "
        "que abriste quedan en el historial del navegador;</li><li>con «Atrás» normalmente no "
        "vuelves a la página que estabas leyendo, pero sí puedes volver a otras páginas de este "
        "sitio que abriste antes.</li></ul><p>Para no dejar estos rastros, usa una ventana privada "
        "o borra el historial. Aquí abajo te explicamos cómo hacerlo.</p><h2>Lo que este sitio no "
        "deja</h2><p>Este sitio no guarda cookies en tu teléfono ni en tu computadora. No usa "
        "herramientas de estadística. No carga nada de otros sitios.</p><h2>Usa una ventana "
        "privada</h2><p>Abre una ventana privada desde el menú del navegador:</p><ul><li>Chrome: "
        "«Nueva ventana de incógnito»;</li><li>Firefox: «Nueva ventana privada»;</li><li>Safari: "
        "«Nueva ventana privada»;</li><li>Edge: «Nueva ventana InPrivate».</li></ul><p>Cuando "
        "cierras la ventana privada, el navegador no guarda el historial, las cookies ni lo que "
        "escribiste en los formularios.</p><p>Atención: aun así, quien gestiona la red (por "
        "ejemplo, tu empleador) y la compañía telefónica pueden saber qué sitios visitas.</p><h2>"
        "Borra el historial</h2><p>Si no usaste una ventana privada, abre el historial desde el "
        "menú del navegador. Borra solo las páginas de este sitio.</p><p>Si borras todo el "
        "historial, quien te controla podría sospechar.</p><h2>Usa un teléfono o una computadora "
        "seguros</h2><p>Si alguien puede usar o controlar tu teléfono o tu computadora, usa, si "
        "puedes, un dispositivo en el que confíes: el de una amiga, el de una biblioteca o el de "
        "una oficina pública.</p><p>Algunas aplicaciones de control (spyware o «stalkerware») "
        "permiten a otra persona leer tus mensajes, escuchar tus llamadas y saber dónde está el "
        "teléfono. Posibles señales:</p><ul><li>la batería se descarga rápido;</li><li>hay "
        "aplicaciones que no reconoces;</li><li>alguien sabe cosas que solo escribiste o dijiste "
        "por teléfono.</li></ul><p>Si tienes esta duda, no borres la aplicación enseguida: quien "
        "la controla podría darse cuenta. Habla antes con un centro antiviolencia o con el "
        "1522.</p><h2>Llamadas</h2><p>El 1522 es gratuito y anónimo. Pero el número al que "
        "llamaste queda en la lista de llamadas del teléfono: si hace falta, bórralo.</p><h2>Si "
        "estás en peligro</h2><p>Llama al 112. Para pedir ayuda y consejo, de día y de noche, "
        "llama al 1522.</p>"
    ),
    "page:cosa-succede-quando-chiami:title": "Qué pasa cuando llamas",
    "page:cosa-succede-quando-chiami:summary": (
        "Llamar al 1522 es gratuito y anónimo: no tienes que decir tu nombre. Te atienden "
        "operadoras especializadas. También puedes llamar solo para pedir un consejo."
    ),
    "page:cosa-succede-quando-chiami:body": (
        '<h2>Si estás en peligro ahora, llama al 112</h2><p>Llama al <a href="tel:112">112</a>, '
        "el número único de emergencias. Es gratuito y funciona también sin saldo y sin tarjeta "
        "SIM. También atiende en otros idiomas. El 112 puede localizar el teléfono desde el que "
        "llamas. En Piamonte, las llamadas las atienden las centrales de Azienda Zero.</p><h2>"
        'Cuando llamas al 1522</h2><p>El <a href="tel:1522">1522</a> es el número nacional '
        "contra la violencia y el acoso (stalking) del Departamento para la Igualdad de "
        "Oportunidades. Atiende las 24 horas del día, todos los días. Es gratuito desde teléfono "
        "fijo y desde celular o móvil.</p><h3>Quién te atiende</h3><p>Te atienden operadoras "
        "especializadas. Hablan italiano, inglés, francés, español, árabe, farsi, albanés, ruso, "
        "ucraniano, portugués y polaco.</p><h3>Qué pasa</h3><ul><li>No tienes que decir tu nombre: "
        "la llamada es anónima.</li><li>Puedes llamar para pedir ayuda o también solo para pedir "
        "un consejo.</li><li>La operadora te escucha. Puede preguntarte cómo estás y si ahora "
        "estás a salvo.</li><li>Te da información útil y te dice a qué servicios cerca de ti "
        "puedes acudir, por ejemplo un centro antiviolencia.</li><li>Si estás en peligro, el 1522 "
        "sigue un procedimiento acordado con la policía.</li></ul><p>Después de la llamada, tú "
        "decides si quieres acudir a un servicio y cuándo. Puedes ir paso a paso.</p><h2>Cuando "
        "llamas a un punto de atención o al centro antiviolencia</h2><p>Te atiende el personal del "
        "punto de atención o del centro. Te ofrecen acogida, asistencia, apoyo psicológico, "
        "entrevistas para orientarte en temas legales, planes de protección pensados para ti y "
        "apoyo para volver a ser autónoma. En los casos más graves, te ponen a salvo, a ti y a tus "
        "hijos, en lugares secretos.</p><p>El centro antiviolencia «L'orecchio di Venere» de la "
        "Cruz Roja Italiana recibe a mujeres de toda la provincia y está conectado con el 1522. En "
        'el número <a href="tel:3669287198">366\u00a09287198</a> contesta una persona, las 24 '
        "horas del día.</p><p>Para encontrar el punto de atención de tu municipio, con sus números "
        'y horarios, usa el <a href="/es/sportelli/">buscador de puntos de atención</a>.</p><h2>'
        "Si no puedes hablar</h2><p>Puedes escribir al 1522 por chat o con su aplicación. Lee <a "
        'href="/es/se-non-puoi-parlare/">Si no puedes hablar por teléfono</a>.</p>'
    ),
    "page:se-non-puoi-parlare:title": "Si no puedes hablar por teléfono",
    "page:se-non-puoi-parlare:summary": (
        "También puedes pedir ayuda por escrito: con el chat y la aplicación del 1522, o con un "
        "correo electrónico al centro antiviolencia. Si eres sorda, en Piamonte existe «112 Sordi»."
    ),
    "page:se-non-puoi-parlare:body": (
        "<h2>Escribe al 1522: chat y aplicación</h2><p>El 1522, el número nacional contra la "
        "violencia y el acoso (stalking), también atiende por chat y con una aplicación. "
        "Encuentras el chat y la información sobre la aplicación en el sitio <a "
        'href="https://www.1522.eu/">1522.eu</a>.</p><h2>Si eres sorda: «112 Sordi»</h2><p>En '
        "Piamonte, desde 2021, el servicio «112 Sordi» permite a las personas sordas pedir ayuda "
        'al número de emergencias <a href="tel:112">112</a>.</p><h2>Escribe al centro '
        "antiviolencia</h2><p>Puedes escribir un correo electrónico al centro antiviolencia "
        "«L'orecchio di Venere» de la Cruz Roja Italiana: <a "
        'href="mailto:centroascolto.cri@gmail.com">centroascolto.cri@gmail.com</a>.</p><h2>'
        "Cuidado con los rastros</h2><p>Los mensajes, los correos y las aplicaciones quedan en el "
        "teléfono. Si alguien controla tu teléfono, lee antes <a "
        'href="/es/navigare-in-sicurezza/">Navegar con seguridad</a>.</p><h2>Si puedes '
        'hablar</h2><p>Si estás en peligro ahora, llama al <a href="tel:112">112</a>. Para pedir '
        'ayuda y consejo, de día y de noche, llama al <a href="tel:1522">1522</a>. Lee <a '
        'href="/es/cosa-succede-quando-chiami/">Qué pasa cuando llamas</a>.</p>'
    ),
    "page:riconoscere-la-violenza:title": "Reconocer la violencia",
    "page:riconoscere-la-violenza:summary": (
        "La violencia no es solo física: puede ser sexual, psicológica o económica. El acoso "
        "(stalking) también es violencia. Aquí tienes las formas de la violencia y algunas señales "
        "para reconocerla."
    ),
    "page:riconoscere-la-violenza:body": (
        "<p>El Convenio de Estambul del Consejo de Europa, que Italia ratificó en 2013, llama "
        "violencia contra las mujeres a todo acto que causa, o puede causar, daños o sufrimientos "
        "físicos, sexuales, psicológicos o económicos. También son violencia las amenazas de estos "
        "actos, la coacción (cuando te obligan a hacer algo) y la privación de libertad, tanto en "
        "público como en privado.</p><p>La violencia doméstica es la que ocurre en la familia, o "
        "entre parejas o exparejas, aunque no vivas o nunca hayas vivido con esa persona.</p><h2>"
        "Las formas de la violencia</h2><h3>Violencia física</h3><p>Alguien te golpea, te empuja, "
        "te hace daño en el cuerpo.</p><h3>Violencia sexual</h3><p>Alguien realiza actos sexuales "
        "contigo sin tu consentimiento, aunque sea tu pareja, tu esposo o tu ex. El consentimiento "
        "tiene que ser una decisión libre tuya.</p><h3>Violencia psicológica</h3><p>Alguien te "
        "amenaza o te obliga a hacer cosas que no quieres, y así te hace sentir muy mal.</p><h3>"
        "Violencia económica</h3><p>Alguien te causa un daño económico: por ejemplo, rompe tus "
        "cosas, te quita o controla el dinero, no te deja estudiar o trabajar, no paga la pensión "
        "alimenticia que debe.</p><h3>Acoso (stalking)</h3><p>Alguien te amenaza o te acosa una y "
        "otra vez. Por eso vives con ansiedad o con miedo, tienes miedo por ti o por tus seres "
        "queridos, o tienes que cambiar tus costumbres. Para la ley italiana es un delito "
        "(artículo 612-bis del Código Penal, «atti persecutori»).</p><h2>Algunas señales</h2><p>"
        "Intenta responder a estas preguntas.</p><ul><li>¿Tienes miedo de cómo puede "
        "reaccionar?</li><li>¿Te amenaza, también con hacer daño a tus hijos o a tus seres "
        "queridos?</li><li>¿Te obliga a hacer cosas que no quieres, también actos sexuales?</li>"
        "<li>¿Controla tu dinero, o no te deja trabajar o estudiar?</li><li>¿Te llama, te escribe "
        "o te busca todo el tiempo, aunque le hayas pedido que deje de hacerlo?</li><li>¿Cambiaste "
        "tus costumbres por miedo?</li></ul><p>Si respondiste «sí» aunque sea a una sola pregunta, "
        'puedes hablarlo con alguien. Llama al <a href="tel:1522">1522</a>: es gratuito y '
        'anónimo, las 24 horas del día. Si estás en peligro ahora, llama al <a href="tel:112">'
        "112</a>.</p>"
    ),
    "service:accoglienza:name": "Acogida",
    "service:accoglienza:description": "Te reciben, te escuchan y ven contigo qué necesitas.",
    "service:assistenza:name": "Asistencia",
    "service:assistenza:description": (
        "Te ayudan en los pasos que tienes que dar y se quedan a tu lado."
    ),
    "service:sostegno-psicologico:name": "Apoyo psicológico",
    "service:sostegno-psicologico:description": (
        "Hablas de lo que viviste con alguien que te ayuda a sentirte mejor."
    ),
    "service:colloqui-orientativi-legali:name": "Entrevistas de orientación legal",
    "service:colloqui-orientativi-legali:description": (
        "Te explican tus derechos y qué puedes hacer con la ley."
    ),
    "service:percorsi-personalizzati-protezione:name": "Planes de protección personalizados",
    "service:percorsi-personalizzati-protezione:description": (
        "Preparan contigo un plan a tu medida para que estés a salvo."
    ),
    "service:recupero-autonomia:name": "Apoyo y acompañamiento para recuperar la autonomía",
    "service:recupero-autonomia:description": (
        "Te apoyan y te acompañan hasta que puedas volver a salir adelante sola."
    ),
    "service:messa-in-sicurezza-strutture-segrete:name": (
        "En los casos más graves, poner a salvo a las víctimas y a sus hijos en lugares secretos"
    ),
    "service:messa-in-sicurezza-strutture-segrete:description": (
        "Si el peligro es grave, te ponen a salvo, a ti y a tus hijos, en un lugar secreto."
    ),
    "service:posto-letto-segreto:name": "Cama secreta para una noche",
    "service:posto-letto-segreto:description": (
        "Si volver a casa no es seguro, puedes pasar una noche en una cama secreta."
    ),
    "helpdesk:spazio-anna-c:name": (
        "Punto de atención antiviolencia «Spazio Anna C.» – Municipio de Asti"
    ),
    "helpdesk:spazio-anna-c:description": (
        "Es el punto de atención antiviolencia del Municipio de Asti. Trabaja junto con el centro "
        "antiviolencia L'Orecchio di Venere de la Cruz Roja Italiana. Abrió el 2 de abril de 2019."
    ),
    "helpdesk:sportello-cisa-asti-sud:name": (
        "Punto de atención antiviolencia – Consorcio C.I.S.A. Asti Sud"
    ),
    "helpdesk:sportello-cisa-asti-sud:description": (
        "Es el punto de atención antiviolencia de los servicios sociales para los 40 municipios "
        "del sur de la provincia. Lo gestiona el Consorcio C.I.S.A. Asti Sud, la entidad gestora "
        "de los servicios sociales de la zona."
    ),
    "helpdesk:sportello-cogesa-asti-nord:name": (
        "Punto de atención antiviolencia – Consorcio CO.GE.SA. Asti Nord"
    ),
    "helpdesk:sportello-cogesa-asti-nord:description": (
        "Es el punto de atención antiviolencia de los servicios sociales para los municipios al "
        "norte del río Tanaro. Lo gestiona el Consorcio CO.GE.SA. Asti Nord, la entidad gestora de "
        "los servicios sociales de la zona."
    ),
    "helpdesk:sportello-consorzio-chierese:name": (
        "Punto de atención antiviolencia – Consorcio de Servicios Sociales de la zona de Chieri"
    ),
    "helpdesk:sportello-consorzio-chierese:description": (
        "Llama a la oficina de atención de los servicios sociales («segretariato sociale»): te "
        "dirige al punto de atención. Es el punto de atención del consorcio de los 25 municipios "
        "de la zona de Chieri, en la provincia de Turín. El consorcio forma parte de la red "
        "antiviolencia de Asti."
    ),
    "helpdesk:orecchio-di-venere:name": (
        "Centro antiviolencia «L'orecchio di Venere» – Cruz Roja Italiana"
    ),
    "helpdesk:orecchio-di-venere:description": (
        "Puedes llamarlo desde cualquier municipio: ayuda a las mujeres de toda la provincia. Es "
        "el centro antiviolencia de la Cruz Roja Italiana, Comité de Asti, creado en 2009. La "
        "Región Piamonte lo reconoce como centro antiviolencia para la zona de Asti. Está "
        "conectado con el número nacional 1522."
    ),
    "helpdesk:casa-rifugio-athena:name": "Casa refugio «Athena» – Cruz Roja Italiana",
    "helpdesk:casa-rifugio-athena:description": (
        "Para entrar, llama al centro antiviolencia L'orecchio di Venere: atiende las 24 horas del "
        "día y organiza tu acogida. También puedes llamar al 1522.\n\n"
        "La casa refugio es gratuita. Tiene 4 plazas y, además, acoge a los hijos menores de 3 "
        "años. Es de la Cruz Roja Italiana y abrió el 24 de noviembre de 2021."
    ),
    "helpdesk:posto-letto-segreto-asl-at:name": "Cama secreta – ASL AT",
    "helpdesk:posto-letto-segreto-asl-at:description": (
        "Si volver a casa no es seguro, puedes pasar aquí una noche. La cama secreta la ofrece el "
        "servicio de salud local Asl At.\n\n"
        "Es para las mujeres clínicamente estables, es decir, que no necesitan atención urgente. "
        "Te la ofrece el personal de salud cuando mandarte a casa no es seguro.\n\n"
        "Para pedir ayuda, llama al centro antiviolencia, que atiende las 24 horas del día, o al "
        "1522.\n\n"
        "En urgencias (pronto soccorso), las víctimas de violencia tienen un código de triaje y "
        "una sala reservados para ellas (la «Stanza delle fragilità»)."
    ),
    "channel-label:Sportello antiviolenza": "Punto de atención antiviolencia",
    "channel-label:Segretariato sociale del Comune di Asti": (
        "Oficina de atención de los servicios sociales del Municipio de Asti"
    ),
    "channel-label:Sede del Consorzio": "Sede del Consorcio",
    "channel-label:Segretariato sociale": "Oficina de atención de los servicios sociales",
    "channel-label:Emergenze: risponde un operatore": "Emergencias: contesta una persona",
    "channel-label:Segreteria telefonica: lascia un messaggio": "Buzón de voz: deja un mensaje",
    "organisation:comune-di-asti:name": "Municipio de Asti (Comune di Asti)",
    "organisation:comune-di-asti:role": (
        "Da servicio a la ciudad de Asti. Gestiona directamente sus servicios sociales (funciones "
        "socioasistenciales). En su punto de atención antiviolencia encuentras escucha, ayuda y "
        "apoyo psicológico. Te explican tus derechos y preparan contigo un plan para protegerte. "
        "Te ayudan a volver a salir adelante sola. En los casos más graves, te ponen a salvo, a ti "
        "y a tus hijos, en un lugar secreto."
    ),
    "organisation:consorzio-cisa-asti-sud:name": "Consorcio C.I.S.A. Asti Sud",
    "organisation:consorzio-cisa-asti-sud:short_name": "C.I.S.A. Asti Sud",
    "organisation:consorzio-cisa-asti-sud:role": (
        "Da servicio a los 40 municipios del sur de la provincia. Es el consorcio que gestiona sus "
        "servicios sociales (la «entidad gestora»). En su punto de atención antiviolencia "
        "encuentras escucha, ayuda y apoyo psicológico. Te explican tus derechos y preparan "
        "contigo un plan para protegerte. Te ayudan a volver a salir adelante sola. En los casos "
        "más graves, te ponen a salvo, a ti y a tus hijos, en un lugar secreto."
    ),
    "organisation:consorzio-cogesa-asti-nord:name": "Consorcio CO.GE.SA. Asti Nord",
    "organisation:consorzio-cogesa-asti-nord:short_name": "CO.GE.SA. Asti Nord",
    "organisation:consorzio-cogesa-asti-nord:role": (
        "Da servicio a los municipios al norte del río Tanaro. Es el consorcio que gestiona sus "
        "servicios sociales (la «entidad gestora»). En su punto de atención antiviolencia "
        "encuentras escucha, ayuda y apoyo psicológico. Te explican tus derechos y preparan "
        "contigo un plan para protegerte. Te ayudan a volver a salir adelante sola. En los casos "
        "más graves, te ponen a salvo, a ti y a tus hijos, en un lugar secreto."
    ),
    "organisation:consorzio-servizi-socio-assistenziali-chierese:name": (
        "Consorcio de Servicios Sociales de la zona de Chieri (Consorzio dei Servizi Socio "
        "Assistenziali del Chierese)"
    ),
    "organisation:consorzio-servizi-socio-assistenziali-chierese:role": (
        "Da servicio a 25 municipios de la zona de Chieri (Turín). Es el consorcio que gestiona "
        "sus servicios sociales (la «entidad gestora»). En su punto de atención antiviolencia "
        "encuentras escucha, ayuda y apoyo psicológico. Te explican tus derechos y preparan "
        "contigo un plan para protegerte. Te ayudan a volver a salir adelante sola. En los casos "
        "más graves, te ponen a salvo, a ti y a tus hijos, en un lugar secreto."
    ),
    "organisation:croce-rossa-italiana:name": "Cruz Roja Italiana (Croce Rossa Italiana)",
    "organisation:croce-rossa-italiana:role": (
        "Su comité local gestiona el punto de atención y centro antiviolencia L'orecchio di Venere "
        "y la casa refugio Athena."
    ),
    "organisation:asl-at:name": (
        "ASL AT – Servicio de salud local de Asti (Azienda Sanitaria Locale di Asti)"
    ),
    "organisation:asl-at:short_name": "ASL AT",
    "organisation:asl-at:role": (
        "Garantiza la cama secreta para una noche a las mujeres que no pueden volver a casa sin "
        "peligro."
    ),
    "language:it:name": "italiano",
    "language:en:name": "inglés",
    "language:fr:name": "francés",
    "language:es:name": "español",
    "language:ar:name": "árabe",
    "language:fa:name": "farsi",
    "language:sq:name": "albanés",
    "language:ru:name": "ruso",
    "language:uk:name": "ucraniano",
    "language:pt:name": "portugués",
    "language:pl:name": "polaco",
    "settings:service_name": "Servicio de Igualdad de Oportunidades",
    "settings:helpline_text": (
        "Número contra la violencia y el acoso (stalking): gratuito, las 24 horas del día, "
        "anónimo, en 11 idiomas"
    ),
    "settings:emergency_text": "Número único de emergencias: gratuito, también sin saldo",
}
