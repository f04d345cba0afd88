La Bolsa de Praga terminó con menos puntos al final de la jornada
También acá se expresa la reacción del mercado ante el resultado de la votación de la Asamblea Americana de Representantes que se negó a apoyar el plan de estabilización del secretario del sector financiero.
Caída de las acciones en Asia
El índice de la Bolsa Hang Seng de Hong Kong a lo largo de su jornada financiera marcó casi un cuatro por ciento, aunque más tarde atenuó sus pérdidas reduciendo el descenso en prácticamente un 2,5 por ciento.
Baño sangriento de las acciones americanas
Para Bush, el plan solucionaría las causas fundamentales de la crisis financiera y ayudaría a estabilizar toda la economía.
Una señal para los negocios asiáticos
La crisis financiera global incide expresamente en el mercado de acciones que bajan con rapidez.
Los legisladores creen que será aprobada en los próximos días.
Sin embargo, el Congreso puede bloquear la liberación de la cantidad restante si tuviera la impresión de que el programa no cumple con su función, lo que se trataría de otros 100 mil millones de dólares y, más tarde, de los últimos 350 mil millones de dólares.
Por otra parte, el presidente puede vetar esta decisión pero el Congreso puede superar su veto por una mayoría de votos.
La nueva ley debe también limitar los llamados contratos blindados para directores de las sociedades participantes del programa, y crea un comité que tendrá un control del Fondo.
"Hemos trabajado muy duramente en ello, y hemos realizado un gran avance en dirección al convenio que funcionará y que será eficaz para el mercado y para todos los americanos", comentó Paulson.
Esto será decisivo para el reparto de las pérdidas entre el sector financiero y el gobierno", dijo Marek esta semana, para el servidor iHNed.cz.
Que el plan sea aprobado ahora o a principios de la próxima semana no es, según Marek, tan relevante.
Este importante y psicológico acuerdo de que se llegue a esa aprobación es, en estos momentos, lo más importante", insistió Marek.
Las elecciones anticipadas al parlamento austriaco han traído según los primeros resultados aproximados, un apreciable debilitamiento de ambos partidos de la gran coalición actual y un expresivo fortalecimiento del partido de la derecha populista.
En vista de que el refuerzo de ambos partidos de la derecha populista - los liberales (FPO) han ganado aproximadamente un 18 por ciento y el BZO, un once por ciento de los votos - y que los socialdemócratas al mismo tiempo expresaron sus temores de que se repitiera lo mismo del año 1999 cuando los populares negociaron con los populistas (entonces FPO era una unidad, pero en el año 2005 se desmembró de BZO) para un gobierno de coalición que llegó a generar una sanción por parte de la Unión Europea.
También el Partido Verde ha conseguido llegar al parlamento aunque ha perdido ligeramente y descendió del tercer al quinto puesto entre los partidos políticos austriacos.
Le aconsejamos como elegir
Aún así existen suficientes motivos como para que el hombre adquiera sólo el reproductor.
Frente a las más elementales funciones como telefonear, enviar mensajes, puede reproducir música y vídeo, grabar los dos, tiene un mejor o peor aparato de fotografía y hasta puede conseguir navegar.
La universalidad de los móviles nos trae también desventajas.
Pocos son los móviles que consiguen reproducir música más de diez o doce horas, la mayoría mucho menos.
Basta con llenar el aparato con música a través del USB del ordenador.
La mayoría de móviles y reproductores crean solos su orden en la biblioteca musical según el nombre del intérprete, título del álbum, género o también según la valoración de usuario.
Desgraciadamente la oferta de los operadores es miserable y la mayoría se limita solo a los temas de éxito fugaz de las radios.
Los precios tampoco son los más bajos.
Por cuál aparato decidirse
Según la capacidad (como máximo 2 GB) no hace falta gastarse más de 1.100 coronas.
Si se considera de entre los más exigentes amantes de la música eche mano de los móviles-walkman más especializados (Sony Ericsson, algunos Nokia y Samsung).
El mismo servicio y la misma categoría en cuanto a precio, sobre las cuatro mil coronas, pero con una mayor capacidad de memoria (hasta 16 GB) y de acumulador (normalmente de 15 horas, con un máximo rendimiento de hasta 35 horas), la marca citada más arria les trae reproductores de MP3.
Sin embargo, aquí nos falta todavía algo - el operador virtual, que obligaría a aquellos a ser más baratos.
Probablemente no va a tardar en llegar.
No llevan consigo relativamente grandes gastos en construcción, funcionamiento y mantenimiento de la red.
Además desde el punto de vista de la oferta de servicios está relativamente saturado"
Indirectamente aseguró que los actuales operadores de telefonía móvil en la República Checa definitivamente no se inclinan ante esta idea.
Y cuánto antes, mejor.
Entonces, quizá destellan mejores tiempos.
Pero por ahora su aparición está acompañada de un muro impenetrable de silencio.
Hasta el presente nadie se ha dirigido a nosotros con algún proyecto complejo y serio en este terreno", expresó para mobil.cz, Vlastimil Sršeň, portavoz de Telefónica O2.
Y añade: "En la red de T-Mobile será difícil encontrar algún operador virtual hasta finales de año.
La estrategia principal de Vodafone en este campo se halla en el socio con quien establecer una red compartida para un internet rápido en el móvil."
Cuando los operadores quieren conseguir algo, son capaces de tirar de una misma cuerda, prueba de ello es el agarrón cuando surgió U:fon.
Pero precisamente ahora U:fon sirve como argumento de por qué no aceptar un operador virtual.
Es por esto que este acceso a los operadores de móviles es tremendamente desalentador debido al absoluto desinterés del órgano regulador checo.
Estas formuladas declaraciones no sorprenden a los representantes de las operadoras.
La pregunta de si realmente se trata de una casualidad, se ofrece por sí sola.
Ninguno de los operadores tiene una posición dominante por consiguiente no tienen un correspondiente ascenso de responsabilidad en sus actuaciones en el mercado.
Por tanto, en un segmento concreto debe ser necesariamente dominante.
Y si esta argumentación no fuera aceptada, al menos para ÚOHS debería representar una advertencia el hecho de que tres operadoras de móviles ascienden llamativamente de forma parecida.
Cargar la responsabilidad en la ČTÚ es un truco bastante común en el campo de las telecomunicaciones del cual la ÚOHS se lava las manos en todo este asunto.
Esto lo deben saber perfectamente los representantes de ÚOHS, pero es evidente que sus intereses se encuentran en otra parte.
Normalmente sólo algunos elegidos consiguen la lista de precios de estas empresas.
La magia está en que la empresa, con respecto a la operadora, actúa como un clásico cliente empresarial de la misma encargando una gran cantidad de tarjetas SIM.
Como cliente especial recibirá después precios especiales y otras ofertas.
El problema está en que las condiciones comerciales en todos los operadores checos de telefonía móvil prohíben ese tipo de reventa.
Pero es bastante improbable que una actividad de este tipo realizada por parte de los operadores de telefonía móvil no llegara a gente responsable.
Precisamente en el caso de las tres empresas citadas puede llegar a tratarse de miles de clientes.
Además aparece una nueva pregunta para la ÚOHS.
Al mismo tiempo, prácticamente en todos los países donde surgió el operador virtual, las operadoras clásicas intentaron más o menos protegerse de esta irrupción.
Ya fuera con medidas formales o presión informal lograron que surgiera el primer operador virtual y con él empezaron a surgir otros más.
Elija la mejor
Hay a disposición cuatro versiones - dos versiones que son Solos, una a voz masculina y otra a voz femenina, otra con Coro y otra instrumental.
"Desde el principio he intentado con los dos y después, también, con el Coro que se fijaran en la dicción para que el texto fuera bien comprendido, para que tuviera consonancia", comentó.
La canción Dónde, mi Hogar sonó por primera vez en el año 1834 en las tablas del Teatro de los Estados en la original obra checa Fidlovačka de Josef Kajetán Tyl y arreglado con la música de František Škroup.
"En estos lugares hay a disposición de los pasajeros una ventanilla con personal preparado que ayuda a los interesados con la compra por internet y también con la recarga del bono comprado en su tarjeta", dijo el portavoz del proyecto, Martin Opatrný.
¿Cómo son estas máquinas expendedoras?
Con ello, el conductor controla la validez del bono.
Con este deseo se dirigieron, presumiblemente, algunos grupos de alemanes de los Sudetes al presidente de EE.UU. en el año 1945.
"Hemos entendido correctamente la situación y queremos de verdad su palabra de que las unidades americanas estén llegando a tierras alemanas no como opresores ni enemigos sino como liberadores" se escribe en la carta, firmada con un "la gente que lleva el destino de Šumava en su corazón".
En vista que la unión de Checoslovaquia con los sudeste alemanes presumiblemente supone - según éstos el carácter nacional checo - una esperanza solo en la brutalidad, desconsideración, incomprensión, presión y esclavitud, los autores ruegan en la carta al presidente americano que asuma por hoy y para siempre a Šumava bajo un protectorado.
Este estuvo en la guerra, como alemán de Budějovice, enrolado en la marina del Báltico.
La acción más cara en la historia checa dirigida a la seguridad en las carreteras.
Fundamentalmente historias humanas que embisten a las emociones.
Esto debe simbolizar que el hombre en un momento de despiste puede llegar a pagar con su propia vida.
Promete que de esa manera reducirá los accidentes y el número de muertos en las carreteras checas.
Los anuncios han sido elaborados por la agencia Euro RSCG.
Azúcar y látigo para los conductores
"Para los conductores vale el sistema de azúcar y látigo.
Azúcar es para él cuando, por ejemplo, se pasa un semáforo en rojo y así ahorra tiempo.
Menos efectivos, para él, son los paneles que advierten al conductor de los peligros.
"Si hay algún panel instalado advirtiendo de algún peligro probablemente pronto se fusionará con el ambiente y el conductor no le prestará mayor atención", advirtió Kořán.
Admitió que en caso de restitución se incluiría también Jerusalén este.
"Aquél que quiera seguridad en Jerusalén y por tanto no quiera que los tractores o excavadoras pasen por encima de sus piernas como le pasó a uno de mis mejores amigos, entonces tendrá que entregar una parte de Jerusalén", apuntó Olmert en referencia a los dos ataques de julio en la ciudad en los que hubo varios muertos y decenas de personas fueron heridas.
Olmert se pronunció también por la retirada de Israel de los Altos del Golán lo que desde su punto de vista es una inherente condición para cerrar un acuerdo de paz con Siria.
"Los sirios saben bien de qué tendrán que desprenderse para ganar el Golán.
Deberán abandonar sus actuales relaciones con Irán, deberán abandonar sus relaciones con el Hizbulá (movimiento chita), deberán desprenderse del apoyo permanente que provoca el terrorismo de Hamas (movimiento chita), de Al Qaeda (la red terrorista) y de la Yihad (la Guerra Santa) en Iraq", concretó el primer ministro.
Schwarzenberg: las relaciones con la India pueden enfriarse
Si es que no se consigue solucionar el problema de los científicos checos que han sido acusados en la India por recoger ilegalmente escarabajos se podría llegar a un enfriamiento de las relaciones checo-indias, según el ministro de Asuntos Exteriores, Karel Schwarzenberg.
Así manifestó el ministro en New York, después del encuentro de hoy con su homólogo indio, Pranab Mukherjee.
Mukherjee dijo, después del encuentro, que en los asuntos jurídicos difícilmente puede meterse el ejecutivo.
"Aconseja apelar al Tribunal Superior y después sería posible el indulto", dijo el Jefe de la diplomacia checa.
"Tenemos el mayor interés en mantener con la India las mejores relaciones, las cuales tienen una larga tradición.
"Consideramos realmente de tremado error el encarcelar y condenar a estos científicos checos", anunció.
La ley es desconocida, no se puede caminar en un autobús de larga distancia
La chica, desgraciadamente, se encontraba sentada al lado del conductor en el lugar menos seguro del vehículo a pesar de tener reservados otros dos sitios.
La azafata no conoce la ley
Emplea en él a doscientas.
El café y los periódicos pueden recibirlo, los pasajeros, al entrar.
En interés a la seguridad es la razón por la que Asiana carece de azafatas en sus vehículos, según Alexej Litvin, que dirige una pequeña línea en comparación con SA.
"Sin embargo, no han llegado a alguna conclusión concreta.
Según el Tratado de la ONU estos se aprovechan de los derechos que acordaron en el año 1982 en Montego Bay en Jamaica.
Los checos en el Pacífico
Se reparte con otros países del entonces Bloque del Este dentro de la organización común "Interoceanmetal".
Nos recuerda a una pequeña patata o con un poco de fantasía, el Shem, que según la leyenda revivía al Golem.
El banco West LB, rompiendo el `bloco de competencia' con sostenible capacidad de beneficios entraría en tal negocio.
Así llega a entender el texto, cuando una junta directiva quiere mostrar capacidad de actuar en tiempos duros.
En vez de eso el banco regional de la Renania-Palatinado empezó el dialogo con el banco regional de Baden-Württemberg.
Independiente de eso parece ser más claro que la unión de los diferentes bancos del ámbito de derecho público es necesario.
Si la presión seguir fusionando aumentará, a Helaba le faltarán los socios para realizar eso.
De otra parte se trata de la compatibilidad de los diferentes modelos bancarios.
Para Elena es la primera vez, para Luca ya la tercera o cuarta.
Detrás de ellos, al lado de un barril de 5 litros de cerveza de marca Kaiser está construido un enorme tigre oso que muestra a casi 200 participantes de Oktoberfest que sonidos bajos sabe producir en su garganta.
Primero Elena le da a Luca una palmadita, después un beso.
En una de las esquinas del aparcamiento al lado de su bandera están cantando los suramericanos, ellos ya habían empezado a festejar de noche.
Con muchísimo ruido, dice Marco Guarda, lo que no es nada para los italianos.
De noche los autobuses ya están en el camino en la autopista con la dirección "Brennero"
Rápidamente la tranquilidad reina en el autobús, los viajeros están durmiendo.
Se para a Brixen y a Holzkirchen, donde otros autobuses con la matrícula italiana hacen una otra pausa en la autovía 8 poco antes de Munich.
Por fin, cuando el grupo de Marco tiene la llegada prevista a las 6.30 de madrugada en el aparcamiento al lado del Prado de Teresa, allí ya hay circa 50 otros autobuses de toda Europa.
¡Apenas se sale de su sitio, él ya será ocupado!"
Y ahora todos se van al Oktoberfest.
Se desea poder reconocer el camino atrás.
No existen datos exactos sobre el número de las personas; se trata de 50.000 personas que hacen el viaje sobre los Alpes y tormentosamente entran en las tiendas de campaña, el 10 por ciento de todos vinieron especialmente este fin de semana de Italia.
El lunes una persona que conoce muy bien la situación dijo a Reuters: las ayudas crediticias ascendieron hasta 35 mil millones de euro.
Ya para el año 2007 ellos eran cancelados a dos tercios.
Otros fuentes dicen que gracias a este dinero la refinanciación está garantizada hasta el fin de 2009.
Eso tienen que esperar los accionistas y los acreedores del banco.
Pero no se puede excluir el caso contrario.
Corría la voz de que en la última hora de domingo el banco todavía se encontraba casi en insolvencia, por eso la salvación temporal tampoco puede tranquilizar por lo menos personas preocupadas.
Después del notable crecimiento de la crisis bancaria y adquisición del Depfa que afectó el Hypo Real Estate, el valor actual de sus empréstitos que antes eran una inversión para especulaciones hay que considerar como dependiente de la estabilidad del internacional sistema financiero.
Durante la liberación de los rehenes el comando de fuerzas especiales alemán estaba en el lugar de acción
Cada vez se conocen más detalles sobre las circunstancias de la liberación de 11 turistas europeos en Egipto.
Al principio en Berlín no hubo ninguna información sobre la vuelta de ellos a Alemania.
Según el periódico "Bild", 5 turistas y las fuerzas especiales tienen que regresar en Airbus de las fuerzas aéreas de Alemania y llegar a Alemania el martes.
Parece que el comienzo de las clases no sea fijado tan rigurosamente como en mi casa, en Baja Sajonia.
De las ocho de la mañana vienen los alumnos, a las nueve menos veinte empieza una pequeña reunión con los profesores, el 'home room'.
Antes de que empezó la clase, me había tocado a presentarme.
Las cosas son raras y tienen un sabor nuevo.
Entonces siempre respondía:
Para mí era absolutamente seguro que un día voy a viajar allí.
También porque tengo un flaco por tradición y costumbres.
Como todo está bien organizado, todavía no me sentí perdida aquí aunque Tokio es la ciudad más grande que he visto alguna vez en mi vida."
Ya durante la votación el Dow Jones cayó a más de 6 por ciento o a 600 puntos.
SPIEGEL ONLINE presenta en una serie las respuestas elegidas a la pregunta ¿Qué piensa Usted qué es verdad sin poder probarlo?
Pero en este caso por lo menos podemos esperarlo porque todo los cerebros humanos presentan la misma configuración fundamental.
En este caso se puede excluir a los animales.
¿Y qué resulta de eso para las sensaciones?
Soy de opinión de que la semejanza del comportamiento todavía no prueba la semejanza de experiencia.
Eso es cierto que la comparación neuronal ayuda: ratas y hombres tienen troncos de encéfalo semejantes, las cucarachas por el contrario no tienen al menos un cerebro.
Pero no lo sé cómo puede probarlo.
Prefiero investigar comportamiento emocional de ratas que sensaciones emocionales porque sus sensaciones supuestamente se distinguen fundamentalmente de nosotros (porque la conciencia humana se refiere a circuitos especiales y a la lengua).
Pues bien, soy emocionalista práctico.
El presidente de la UEFA Platini: plazo de gracia para la Polonia y la Ucraina
Ahora tenemos que realizar trabajos con gran velocidad", dijo el presidente de una asociación Ucrania Grigorij Surkis.
Después de numerosos escándalos el Comité Olímpico de Polonia suspendió la gestión de la asociación polaca PZPN y reemplazó por el independiente administrador Robert Zawlocki.
"En una carta hemos asegurado al presidente de la UEFA Platini que la preparación al campeonato de Europa de 2012 no va a sufrir de eso."
Según un estudio, a pesar de la coyuntura debilitada el deseo de viajar de los alemanes se queda como antes.
Como informó el lunes la asociación de viajes de Alemania (DVR) en Berlín, con reservaciones de viajes para la temporada de invierno las agencias de viajes registraron un volumen de ventas que es 31 por ciento más en la comparación con el mismo período del año pasado.
La semana pasada en una entrevista con la revista estadounidense InStyle Meg Ryan se pronunció por primera vez sobre las razones del fracaso de matrimonio: "Dennis fue mucho tiempo infiel a mí, y eso estuvo muy doloroso."
La reacción de Dennis Quaid a la designación de él como un marido infiel era clara: Esto es "inaudito que Meg cuantas veces cuenta las historia de nuestra relación en una otra versión", dijo el hombre de 54 años a "New York Daily News".
Los precios de los billetes de avión y de hoteles están bajando
En la primera mitad del año 2008 los billetes de avión y las pernoctaciones en Europa eran más baratos comparando los del año pasado.
De abril hasta junio los precios ya bajaron a 3,6 por ciento comparando el año pasado.
Según un estudio, los precios para los vuelos nacionales en Alemania incluso redujeron a la mitad.
En muchas partes del mercado de los viajes con el avión la demanda está bajando.
Luhukay de Borussia a él todavía no sale a hacer el gol decimoprimero.
Cornelius Jol el entrenador asistente asintió con la cabeza y levantó los dedos en señal de asentimiento.
Pero eso no fue realizado.
El resultado 1:0 (1:0) el Hamburgo tiene que agradecer a Mladen Petric (11) con su impacto de cabeza; y también a la situación que el equipo de Gladbach muy débil no podía mostrar toda su fuerza al débil equipo de Hamburgo.
Este lunes el SV de Hamburgo va a cumplir sus 121 años.
El sábado de será los espectadores ya habían festejado sus mismos, el cielo azul sobre el estadio y el cambio de tabla en la pantalla de video.
Así se hace amigos.
El trajes tradicional bávaro barato parece cumplir su función.
En realidad como turista en el Oktoberfest proveniente del norte de Alemania mi sentimiento de bienestar con un trajes tradicional bávaro hasta este día era todavía limitado.
Casi todo el mundo lleva el trajes tradicional bávaro o pantalones de cuero; ningún parece ser darse caso o sentirse desagradable - todo es absolutamente normal.
A él se lo parece "gorgeous", lo que pronuncia con una "o" muy larga.
Sobre las ocho de la noche los grupos de sanitarios corren por el lugar de fiesta y tienen que preocuparse de borrachos pobres.
Los sanitarios aparecen cada vez en grupo - de repente siempre son cuatro personas que traen las andas cubiertas de una tienda de campaña a la otra.
Eso funciona como con la mayoría de visitantes: Llegan sobrios, regresan borrachos.
Las primeras noticias sobre el fracaso del paquete de salvación de los bancos dejaron caer un cierto período el Down Jones a 700 puntos.
Sobre las 20:30 uno de los barómetros de la bolsa más importantes en el mundo cotizó un déficit de 5 por ciento en 10.579 unidades.
Las ayudas de mil millones para los bancos en Europa y en los EE.UU no tranquilizan a los inversores.
El curso de las acciones del grande banco alemán Hypo Real Estate baja y influye negativamente el Dax.
En la primera hora después de la apertura el Dow perdió 334 puntos o 3,3 por ciento hasta quedar en 10.809,25 puntos.
La Cámara de Representantes de los Estados Unidos quería votar sobre el proyecto de salvación, el voto en senado puede ser el primero de octubre.
Después de anuncio de la ampliación de capital las acciones de Arcandor perdieron en el MDax.
Materia oscura influye la trayectoria de las sondas espaciales
Desde hace muchos años un fenómeno misterios causa el desconcierto a los investigadores: la Materia Oscura influye la velocidad de las sondas espaciales durante así llamada asistencia gravitacional a la maniobra.
Los expertos temen que la Teoría de la Relatividad de Albert Einstein no pueda ser tan correcta.
Eso permite las sondas espaciales ahorrar combustible.
Cassini-Huygens, la sonda espacial europeo-americana usaba este truco físico así como lo hizo la sonda del Sol Ulysses.
Los físicos no podían explicar este efecto hasta ahora .
Stephen Adler, el físico estadounidense del Institute for Advanced Study de Princeton cree solemnemente ahora como antes que Einstein no confundió y intenta a explicar la anomalía durante la asistencia gravitacional con ayuda de así llamada Materia Oscura, en lo que quedaban los astrónomos en el universo.
Cinco alemanes son secuestrados en el sur de Egipto.
Los alemanes caen siempre de nuevo en el punto de atención de los secuestradores.
'Ahora controlamos su estado de salud", dijo Frattini.
Se trataba solo de "recibir los rehenes" cuando de repente llegó "esta sorpresa".
Víctima de accidente identificada por la policía
Según el tribunal, años de abuso por su padrastro llevaron una mujer a matar a sí misma.
Michael Trerise, 57 años, de Stithians en Cornwall, ha sido condenado a cinco años de cárcel después de que admitió ocho cargos de asaltos indecentes.
Trerise escribió en un papel de confesión: "Me siento responsable de su muerte."
Su hijastra se trasladó a Plymouth.
Sin embargo, el tribunal conoció que la Sra Randle, que empleó gran parte de su tiempo trabajando como voluntaria para la National Trust, estaba atormentada por el abuso que se le había infligido dos veces por semana.
El juez Christopher Elwen contestó a Trerise: "Usted es un fetichista muy extraño, y por su víctima debe haber sido una experiencia espantosa, especialmente cuando tenía sólo siete años.
El empleado, que no puede ser nombrado, está cargado bajo la sección 8.1 de la Ley, la cláusula que se refiere a la salvaguardia de la información.
El Gobierno, en efecto, proporcionó 14 billón de libras esterlinas para proteger los depósitos de los 2,6 millones de ahorradores del banco.
Eventualmente, el préstamo de14 billones debería ser reembolsado después que las hipotecas de Bradford y Bingley sean redimidas.
El Plan de Indemnización de los Servicios Financieros confirmó a la BBC que las 59 sociedades de construcción resultan incluidas en ese número.
Es decir que cada una de las empresas tuvo que pagar en proporción a los depósitos bancarios, y que las sociedades de mediación tuvieron que pagar aproximadamente el 18% del costo.
El Tesoro estima que el interés sobre el préstamo ascenderá a 450 mil libras esterlinas en 2009.
Adrian Coles, director general de la Asociación Comercial de las Sociedades de Construcción, declaró a la BBC que esta situación es injusta.
"Es humillante que las instituciones que se comportaron con prudencia en el crecimiento del mercado inmobiliario sean llamadas a pagar el precio producido por aquellas que fueron mucho menos prudentes."
"Tendremos la necesidad de examinar todos los aspectos de este asunto en las próximas semanas para averiguar qué opciones existen para proteger las sociedades de construcción y a sus miembros en frente a lo que podría ser un precio relevante," agregó el señor Cole.
Siendo las sociedades de construcción mutuas organizaciones y no habiendo accionistas, sus miembros acabarán inevitablemente pagando el precio, sea a través mayores tasas o intereses más bajos en sus ahorros.
Mucho antes que Turquía entintase ser miembro de la Unión Europea, las potencias europeas anidaban el deseo de penetrar en el interior de este país.
En la parte oriental del Bósforo, quizás a sólo 20 pasos hacia adentro Asia, se encuentra una de las más interesantes reliquias de la desastrosa ambición imperial.
el dominio británico y cuando las fuerzas avanzaron en Egipto, empujaron a los turcos y a sus aliado alemán fuera de Palestina y Siria.
En 1917 un tren de municiones explotó destruyendo su elaborado techo.
Desde entonces la estación se fue decayendo y se quedó al margen de la historia.
El Gobierno turco mantiene de manera excelente buenas relaciones con Israel y Siria, con ambas las facciones palestinas de Hamas y Fatah, con Iraq e Irán y, por supuesto, con la Unión Europea y los Estados Unidos.
Para valuar los parámetros de esta nueva política exterior, me subí a una litera y me fui a la capital turca Ankara, con el fin de visitar a uno de los líderes del AKP, experto en la política exterior, el Primer Ministro turco Suat Kiniklioglu.
La mañana siguiente - unas diez horas y media más tarde - después de un viaje de sacudidas, lo que produjo las cadencias del mundo antiguo en el famoso documental The Night Mail, llegué a la capital turca - ciudad nueva, pensada para gobernar un nuevo estado secular, lejos del pasado otomano.
Es el segundo incremento de precio de este año, después de un aumento de dos pence en febrero y en seguida de las investigaciones llevadas a cabo por una empresa de consultoría.
Los comerciantes pueden decidir por sí mismos si quieren aplicar los aumentos de precios para sus clientes.
Los corresponsales dicen que mientras se le dio la libertad condicional para ir al extranjero y recibir unos tratamientos médicos, no está claro ahora cual son los términos de su liberación o si ella será capaz de permanecer en libertad cuando regresará a Bangladesh.
"Vamos a interponer un recurso de apelación contra la orden del Tribunal Supremo."
Ella fue detenida el año pasado después de que el gobierno provisional, respaldado por el ejército, asumió el poder, pero fue puesta en libertad en junio para ir al extranjero y recibir unos tratamientos médicos.
Temores para la campaña la contra la poliomielitis en Afganistán
BSkyB ha perdido su desafío legal en la Comisión de Competencia después de la decisión que obligaba a la empresa a reducir su participación en la ITV rival de radiodifusión.
BSkyB ha sido informada por el Tribunal de Apelaciones de Competencia que tendrá que reducir su participación del 17,9% en ITV por debajo del 7,5%.
La investigación fue motivada por el temor de que los abogados habían sido removidos por razones políticas.
Una de las principales recomendaciones del informe fue el nombramiento de un procurador especial con el poder para obligar a los testigos a dejar sus declaraciones.
En aquel momento, el departamento motivó la decisión sugiriendo que los abogados habían sido despedidos por bajo rendimiento.
La épica de Meat Loaf de mucha honra
El cantante, que recogerá el premio especial la próxima semana en la ceremonia que tendrá lugar en Londres, dijo que obtener este reconocimiento será "un honor".
La pequeña calle se encuentra en el East Village y se extiende al Norte de la Primiera Calle – antes que encontré la Seconda Calle - entre el Bowery y la Segunda Avenida.
No hay señales.
que quiere repavimentar Extra Place y crear un pasillo limpio a las tiendas y boutiques que se espera abrir en los nuevos edificios.
"La ciudad es propietaria hoy de muy pocos espacios y nos gustaría que siguiera poseyendo Extra Place," dijo la Sra.
Algunos creen que obtuvo su nombre en 1802, cuando la gran finca de propiedad de Philip Minthorne fue dividida entre sus hijos y esta estrecha franja de tierra no fue reclamada por nadie.
El autor, Brendan Gill, escribió: "Extra Place es un callejón un poco estrecho y sin salida, oscuro también por el día y marcados por puertas de almacén de hierro oxidado y contra-ventanas, con periódicos viejos de semanas soplados a lo largo de los canalones."
Llamar de manera efectiva a los votantes hispanos es un negocio difícil.
En esta escuela la inmensa mayoría de los estudiantes son hispanos y de familia con renta baja:
más de un tercio de los estudiantes, muchos de los cuales recién llegados, están aprendiendo el idioma Inglés.
"Funciona," señaló, "nosotros creemos que funcione."
El precio del petróleo cae bruscamente después de los renovados temores económicos
El precio ha bajado de más de 20 dólares por barril desde el pasado lunes.
En las últimas dos semanas, los mercados de productos básicos han sido sacudidos por la crisis financiera en Wall Street y por un par de poderosos huracanes en el Golfo de Mexico.
Los analistas en Barclays Capital dijeron que, en el frenético fin de semana, las negociaciones que condujeron a el acuerdo de rescate "parecen no haber podido reactivar el sentimiento del mercado."
Después de haber pasado, durante las últimas ocho temporadas, más tiempo que nadie en la uniforme de Jets, jugando en defensa, Shaun Ellis pensé que había visto todo.
El segundo cuarto inició después de los Jets y los Arizona Cardinals habían jugado con pereza bajo las sombrías de las nubes.
Favre encontró a Coles para dos metas más en el cuarto, una de estas cuando un cornerback se cayó y otro llegó con 10 segundos en la mitad.
Mientras Favre y Coles estaban desempeñados en la presa, la defensa de los Cardinals maltrataba a el quarterback Kurt Warner.
Linebacker David Bowens fue obligado a la falta por Warner.
Es evidente que la suspensión le dejó fresco, no oxidado.
Yo empecé otra vez hace una semana, y hoy teñí algunas dudas, pero al final todo fue bien."
Este domingo, a la marcha de cuatro kenianos, Gebrselassie alcanzó la mitad de la carrera en 1:02:04.
Pero poco antes de tres millas de la meta, Gebrselassie cogió un último impulso para separarse de Kwambai, quien finalizó segundo en 2:05:36, mejorando su mejor récord personal por casi cinco minutos.
La pasada primavera, Mikitenko, de 36 años, fue una sorpresa y ganó el Maratón de Londres en 2:24:14.
Askale Tafa Magarsa de Etiopía ganó la segunda plaza en 2:21.31, mientras Elena Kiprop de Kenya finalizó de tercera en 2:25:01.
Ahora es un lugar de peregrinación.
Alice Walker, Toni Morrison y Ruby Dee han venido a la anual Zora! Feria en Eatonville para tributar homenaje a la Sra Hurston, la más famosa escritora del Renacimiento de Harlem.
Y, sin embargo, en muchos sentidos, la ciudad que ella describió – haciéndola también una etapa turística mediante su inclusión en la guía de viajes de Florida producida por el Proyecto de los Escritores Federales de la temporada de la depresión - sigue siendo un lugar aparte.
Es al mismo tempo un modelo histórico de la afirmación de los negros y una comunidad de casi 2.400 personas que viven bajo un nivel de pobreza doble de la media nacional.
Por lo tanto, en tan sólo unos cientos de palabras, la Sra Hurston pone en relación Eatonville con el gobierno autónomo, sino también con el analfabetismo, el segundo matrimonio y el sexo.
"Zora lo describió tal cual fuera," dijo Ella Dinkins, 90 años, una de las niñas Johnson que la Sra Hurston inmortalizó citando a hombres que iban cantando canciones sin color acerca sus belleza.
Pero, agrega, balanceándose en su silla en un patio trasero con vista sobre el Lago Sabelia, donde la Sra Hurston fue probablemente bautizada, "ella nunca permaneció demasiado tiempo."
Un cierto viraje llegó en los ‘80.
Los funcionarios del Condado de Orange quisieron poner una carretera de cinco carriles a través de la ciudad para sustituir al Kennedy Boulevard, la calle de dos carriles principal de la comunidad laboral.
"Mataron también a una chica, una vez.
No lo entiendo."
En 1975, la escritora Alice Walker se fue hasta la tumba anónima de la Sra Hurston y comenzó a luchar para resucitar su reputación.
Y esta vez, los viejo vecinos de la Sra Hurston la vieron como un salvador.
Los jóvenes, en particular, tienden a ver Eatonville al mismo modo que la Sra Hurston vio toda su raza: belleza, y todos los problemas, no mejor, no peor, y igualmente a los otros grupos raciales y étnicos en América, orgullosa, creativa, trabajadora, tonta y mixta.
E incluso aquellos que son más jóvenes, como Alondra y Alexia Kenon, dos gemelas de 11 años de Winter Park, parecen haber aprendido a describir Eatonville correctamente.
"La mayoría de las personas, en caso que se atreven ir hasta aquí, tendrán que pensar, 'Oh, esta ciudad no es nada en comparación con cualquier otra'," dice Alondra Kenon después de ir a la iglesia en un reciente domingo.
Por aquí, en Nueva York, todos hablan corrientemente de finanzas
Si los turistas en Manhattan se mantuvieran lejos de los quioscos y de las gigantescas pantallas de televisión en Times Square, no se darían cuenta de encontrarse en el ojo del huracán.
Chicos para la entrega a domicilio siguen haciendo resonar sus carritos de metal para el té a través de las aceras y llevando bandejas de muffins para reuniones desayuno.
Me parecía como si no hubiera una crisis en absoluto, hasta que, este jueves por la tarde, con todas las previsiones pesimistas que hay, he decidido abrir una nueva cuenta de ahorros.
Durante el año pasado, 15 de de estos bancos silenciosamente han fracasado.
Los trabajadores de las oficinas y tiendas que se quedaban delante de mí, temiendo otro colapso, estaban trasladando su dinero a un banco a lo que se considera un refugio seguro, lo que está haciendo la mayoría de los rescates en Wall Street.
Una mujer en mi supermercado chino local, hablando por teléfono, se refería a Lehman Brothers, el banco fracasado, y su director ejecutivo de aspecto afligido, Dick Fuld, comentaba el asunto con familiaridad como si se quejaran de la inactividad de un colega.
Él me dijo, después de mi visita al banco, que "ahora tengo todos mis ahorros en fondos del mercado monetario.
Como parte de el proyecto musical para la ciudad, en el año siguiente fundó su magnífico coro de jóvenes, Proteus.
John Frayn Turner escribe:
Especialmente en los últimos 40 años, he revisado más de 100 de sus conciertos y puedo decir honestamente que nunca, por ninguno, he sido decepcionado – de lo contrario, muchas veces he sido inspirados por ellos.
Él odiaba a los conductores que, en sus palabras, simplemente "vendaban uno o dos caballos de guerra muy bien conocidos en todo el mundo."
El profesor John Beckett escribe:
Esto se aprende en una nota del autor de Woodruff en Beyond Nab End, pero no es totalmente correcto.
Más de 90 tumbas fueron severamente dañadas en el cementerio de Traun, cerca de Linz, en algún momento entre el viernes por la noche y esta mañana, en lo que la policía cree que fue una acción organizada.
Los dos partidos de extrema derecha que se acapararon casi el 30 por ciento de los votos, el Partido de la Libertad y la Alianza para el Futuro de Austria, habían conducido una campaña encentrada en la vehemencia anti-inmigración y algunas de sus eslogan fueron considerados xenófobos por los críticos.
Prohibición de viaje en el extranjero para Gary Glitter
Glitter, nombre real, Paul Gadd, no asistió a la audiencia en el Juzgado de los Magistrates de Ashford en Kent, pero estuvo representado por el abogado Corker Binning.
"Paul Gadd no asistió en persona."
y también es necesario que comunique a la policía la fecha prevista con siete días de antelación de su salida.
La policía de Kent dijo que no discutiría el caso individual o el posible lugar paradero de Glitter en el condado.
Las autoridades tailandesas no le permitieron pasar a través del control de pasaportes y finalmente se voló a Hong Kong.
Lo que a mi me interesaba era crear una atmósfera íntima que me permitiera captar con la cámara la personalidad de los grandes del flamenco".
Con el sabor del festival "Cante de las Minas", Bauer empezó en 1.997 un largo viaje para retratar a los cantaores, guitarristas o bailaores con una cámara de placa.
Son retratos que, debido a la selección de la cámara y del material recuerdan la fotografía clásica.
No es la acción del baile, del cante o del toque en sí, sino la personalidad del artista, su carácter, que cautiva con su arte al público.
Conocidas figuras del flamenco como Diego El Cigala, Chano Lobato, Cristina Hoyos, Enrique Morente, El Lebrijano, Antonio Canales, Vicente Amigo, entre otros, configuran esta selección de casi setenta artistas fotografiados.
El cartel lo componían José Luis Moreno, Curro Díaz y Juan Bautista, que se iban a enfrentar a un encierro de Castilblanco
Eso sí, peor aún estuvo El Juli, que pasó por el coso de Los Llanos sin pena ni gloria.
Se saltan un control en Álava en una furgoneta con dos mil kilos de hachís
Control de tráfico de la Ertzaintza en el término municipal de Armiñón (Álava).
Su carga, más de dos toneladas de hachís, no era como para detenerse.
Los agentes les persiguieron y detuvieron a uno de los dos ocupantes, un varón de 28 años, identificado como A. A. J., según informó en un comunicado el Departamento de Interior del Gobierno vasco.
Los agentes iniciaron su persecución hasta que el vehículo se detuvo un par de kilómetros después en el arcén, momento en que sus dos ocupantes se apearon para huir a la carrera por una zona boscosa.
Los ertzainas dieron finalmente alcance a uno de ellos y se incautaron de los 2.178 kilogramos de hachís que transportaban y que encontraron tras inspeccionar la furgoneta, una Iveco Daily.
La testigo ha detallado que sobre las 16.30 horas, Locklear "estaba pisando a fondo el acelerador, haciendo mucho ruido, intentando sacar el coche del aparcamiento hacia adelante y hacia atrás, y al ir marcha atrás pasó varias veces por encima de sus gafas de sol".
"Parecía desorientada", por lo que los agentes la llevaron al centro especializado de drogas y alcohol para realizarle un test.
Sangre de mayo, con un metraje superior a las dos horas y media, se estrena este viernes en las salas cinematográficas, para convertirse en el futuro en una miniserie para Telemadrid de más de cuatro horas de duración.
Gran admirador de la literatura de Galdós, José Luis Garci asegura haber cumplido con este rodaje "un sueño de infancia", que debe agradecer a Esperanza Aguirre, quien desde la Comunidad de Madrid le encargó hace tres años rodar una cinta conmemorativa por el segundo centenario del 2 de mayo madrileño, algo que aceptó siempre y cuando el relato estuviera basado en los Episodios Nacionales.
Fue una bailarina de danza libre y especialista en danzas orientales.
"Matilde hace de Tórtola de mayor, el personaje de la madurez.
Estoy feliz porque haya aceptado actuar en mi obra y me siento muy honrada por ello".
Asimismo, la Consejería de Cultura de la Junta de Andalucía ha adquirido un total de ochocientos ejemplares del "Diario de un Poeta Reciencasado", editado por Pedro Tabernero e ilustrado por Jacobo Pérez-Enciso, para proseguir la difusión de la figura y de la obra de uno de los poetas andaluces más universales.
Nadie tenía miedo de hacer el ridículo ni de exagerar.
Había muerto un padre del cine y de la patria en un momento particularmente oscuro, con miedo a los terroristas y a los mercados, con la autoestima americana por los suelos, buscando desesperadamente motivos para la dignidad.
Cuando tan duro es el tiempo y sin virtud los hombres y bien pocos seres que admirar te quedan, no hace falta ser Luis Cernuda para amar a Paul Newman.
La carrera imperfecta de un Madrid olímpico
Pero vayamos por partes y desde el principio.
Aquí sólo te hacían ir para recoger el dorsal (primer despropósito, ir sólo para eso) y (tras la pertinente cola), ¡sorpresa!, sólo había talla 'S' para la camiseta (segundo despropósito, porque yo necesito una talla XL)
Ahora la empresa tiene mejores cosas en las que concentrarse, por ejemplo en la próxima versión de su sistema operativo, Windows.
Windows 7 será más ligero y no tendrá tantos programas asociados.
Cuando Google Chrome salió a la red, fui uno de los que se sumó a la teoría de que era el primer paso de Google para competir con Windows.
El sistema operativo siempre será necesario porque es la capa imprescindible para que el Hardware y el Software se entiendan.
Es verdad.
¿Para qué sirven la mitad de las aplicaciones que vienen en el sistema?
A Microsoft le interesa más integrar sus servicios online y que por fin sean una alternativa a Google.
Lo necesitan desesperadamente, de hecho, y traigo un pequeño ejemplo.
Y si nos ponemos a enumerar apariciones estelares, podemos remontarnos a la imagen de aquel forzudo de bigote puntiagudo que levantaba pesas en un circo ambulante.
La 'tank', que llaman los anglos hablantes, pero le Fabuleux Marcel de Bruxelles despunta sobre todas las demás.
Así es la segunda generación del Honda Jazz.
El segundo mercado ha sido el del Viejo Continente, con alrededor de medio millón de unidades en seis años.
Precisamente la llegada del nuevo Jazz permitirá a Honda paliar en gran medida el descenso de las ventas en España.
Para lograr esta cuota Honda confía en la llegada de otro modelo nuevo.
La altura, en cambio, no varía y se mantiene en los 1,52 metros.
Asimismo, la capacidad del maletero - que cuenta con un sistema de doble fondo - asciende hasta los 399 litros, 19 litros más de capacidad del maletero de la primera generación.
En el inicio de su comercialización, este pequeño modelo contará con dos propulsores de gasolina de 1,2 y 1,4 litros.
Su enorme parecido con su hermana no le ha impedido desarrollar su propia personalidad.
Bailarina, actriz y diseñadora, eres una mujer muy polifacética, ¿no?
Entonces, todo va unido, eso sí, con mucho respeto hacia los diseñadores y profesionalidad.
Encuentro que la mujer está hecha, tiene experiencia y saborea la vida con menos errores.
Yo he hecho las cosas que quería desde pequeña y esto me ha dado mucha felicidad interna.
Tengo ganas de que se estrenen 'La última hora' y 'En busca de la tumba de Cristo'.
Me pidió desfilar para una causa tan noble, pero si me llega a pedir que hiciera el pino, pues también.
Por beneficiar a las mujeres del tercer mundo, lo que haga falta.
Durante su vuelo, cada abeja crea su propio espacio personal con forma ovalada que se parece mucho al Escudo de Seguridad de Nissan.
A diferencia de una abeja, el robot no se puede desviar hacia arriba o hacia abajo, ni en diagonal; sólo se puede mover en dos dimensiones y en la dirección que le permiten girar sus ruedas y no en infinitas direcciones y maneras como las abejas.
Su finalidad es la reinserción del conductor, por lo que este también recibirá un curso de reeducación vial.
Según las estadísticas, entre un 30% y un 75% de los automovilistas denunciados más de una vez por conducir ebrios vuelve a coger el coche.
La medida se ciñe a sanciones administrativas por dos razones: abordar esos comportamientos antes de que deriven en delitos penales.
Pero la prensa mexicana sí sabe muy bien quiénes son los Príncipes de Asturias y la importancia del viaje.
Regalan una sonrisa y una escueta parada a los fotógrafos antes de pasar a la sala en la que espera la comitiva oficial.
¿Qué pasa si se completa el juego?
Algo es algo, porque de comprar una casa mejor ni hablamos...
El premio mejor dotado de la moda
Por cierto, que es la segunda tienda más grande de la firma en Europa y se acaba de inaugurar con 1.335 metros cuadrados de superficie.
Nati, con el corazón partido de pena y haciendo de tripas corazón, por el reciente fallecimiento de su hermano, se puso un traje de la Casa y unos aderezos de ELAH, que cortaban la respiración, y del brazo de su hijo Luis - un cañón de casi dos metros de longitud - acompañó a Valentino en la presidencia de su cena homenaje.
No hay 1000 sino 1000 más un modos de olvidar la caótica y frenética vida cotidiana.
La oficina se llama tensión y el ordenador dolor de espalda.
La primera vez que sucede a lo mejor os lleváis un susto, pero en realidad no tiene importancia.
Es una alteración benigna del sueño que se llama somniloquios.
De todos modos es un fenómeno poco estudiado.
La intensidad con la que aparece también es muy variable.
Lo que sí se puede hacer es tener en cuenta una serie de medidas preventivas muy sencillas tales como:
Si se entiende lo que dice (que no es lo más habitual), no caigáis en la tentación de hacerle un interrogatorio para sonsacarle información.
Después de una primera tentativa del capitán Kauffmann que rozaba la escuadra con un tiro de lejos, Illhaeusern cuasi iba a tomar el "poder" y por turno Fonderflick de lejos, luego con Hirn arriba, Romain con la punta del pie o también Diebold venían para impedir la defensa de Dannemarie.
Frente a la manifestación de resistencia de parte de los pescadores que fuertemente perturbaron el lunes pasado las entradas de varios puertos bretones y normandos, el presidente de la República decidió ir el martes pasado por la mañana al puerto de Guilvinec, en el Finistère, para encontrar allí a sus representantes.
El puerto deportivo de Quiberon ha sido también bloqueado, pero las conexiones hacia Belle-île no han sido paradas.
Pero algunos pescadores bretones no quieren ser representados por responsables del comité nacional de la pesca, que no sostuvo su movimiento.
El intérprete inolvidable de " Dos hombres y un destino " ha muerto a causa de un cáncer, a los 83 años, en su casa en el Connecticut.
Ninguna decisión definitiva ha sido tomada sobre estas ventas, persigue el Financial Times.
Cerca de dos republicanos de cada tres rechazaron su plan.
El mercado obligacionista subió drásticamente.
" Esta alianza estratégica constituye una oportunidad importante para acelerar la transición de Morgan Stanley hacia el estatuto de holding bancario ", explicó Juan Mack, el director general del grupo americano.
Según estos resultados, el "no" obtuvo el 28 %, el 7 % de los sufragios eran votos nulos y el 0,7 % eran votos en blanco.
Rafael Correa había reivindicado además en la noche del domingo al lunes la victoria de su proyecto de Constitución.
La " Constitución triunfó de manera aplastante ", había asegurado, felicitando a los ecuatorianos que encabezan el gobierno de Guayaquil, a 280 kilómetros al sudoeste de Quito.
Las elecciones, que se se desarrollarán en plena calma, según la misión de observación de la Organización de los Estados Americanos (OEA), se refería a un texto de 444 puntos que consolidaban el " nuevo socialismo " defendido por el presidente.
La Constitución consolida además el principio de la gratuidad de los servicios de salud y de educación que el presidente empezó a instaurar en este país de 13,9 millones de habitantes, en el cual el 50 % de la población vive bajo el umbral de pobreza.
Sin sorpresa, los cuarteles generales de campaña republicano y demócrata proclamaron su propia victoria en este duelo televisado que ha sido seguido por un tercio de las familias americanas.
El analista político David Gergen considera que la prestación de John McCain, aunque honorable, no fue "bastante "brillante" para permitirle frenar su baja en los sondeos a cinco semanas de las elecciones presidenciales.
El instituto Gallup, cuyo sondeo de la opinión pública publicado el Sábato pasado concede cinco puntos de ventaja para Obama (el 49 % contra el 44 % para McCain), juzga que es el demócrata quien salió bien.
" Sería un error subestimarla.
Realzó su capacidad de tomar las buenas decisiones, y de restaurar la imagen de los Estados Unidos en el mundo.
" McCain no ha todavía entendido, mientras que Obama, lo ha ya hecho ", replicó, este fin de semana, una publicidad televisiva demócrata que le reprochaba al republicano por no haber considerado la importancia del impacto de la crisis sobre los estadounidenses ".
No creen que el régimen que puso buena cara a los observadores extranjeros con el fin de renovar el contacto con la Unión Europea esté dispuesto a efectuar un cambio democrático.
Las sanciones, entre las cuales l'interdiction de visas para 40 dirigentes bielorrusos y la congelación de ciertos activos, podrían ser levantados si estas elecciones estén consideradas como limpias para los observadores.
" Pero su entrada al parlamento puede significar apariciones en televisión, reuniones en las regiones y propuestas de ley. "
Pero queremos ser independientes ".
En la televisión, el presidente Loukachenko y los miembros de la comisión central electoral se felicitan por su éxito.
Por la mañana, habían sido liberados por las fuerzas especiales egipcias en Chad.
"Se encuentran bien de salud" y "no se pagó ningún rescate" a los secuestradores, declaró en el aeropuerto el ministro de Turismo egipcio, Zoheir Garana.
El 19 de septiembre estos rehenes cayeron en poder de 35 secuestradores desconocidos mientras disfrutaban de un safari en todoterrenos en una zona desértica al pie del monte Ouanat, en los confines de Egipto, Sudán y Libia, y desde entonces pasaron de un zulo a otro.
Un responsable egipcio de la seguridad indicó que 30 miembros de las fuerzas especiales, transportados a bordo de dos helicópteros, habían lanzado el asalto durante la noche antes del alba.
Un debate sobre el financiamiento de la cultura fait les manchettes y ocupa la actual campaña electoral.
En Quebec, el comité Gélineau cumplió este misión.
La situación era desalentadora.
Estos mejoramientos permitieron bajar considerablemente el riesgo de contraer el sida por una transfusión de sangre.
Hay que ser constantemente vigilante ", persigue la doctora Décary antes de subrayar que además de un abastecimiento seguro, Héma-Québec debe también prever un abastecimiento suficiente.
Todas las personas con buena salud, de 18 años y que corresponden a los criterios de admisibilidad pueden sin embargo donar sangre cada 56 días, o sea seis veces al año.
" Hemos celebrado hace unas semanas, la puesta en el banco de nuestra milésima muestra de sangre del cordón umbilical y se espera sacar más de mil de estos por año.
Roger Levesque fue el único che desbarató a Matt Jordan por los Sounders.
El sábado por la tarde en el Minnesota, el Thunder perdió 3-1 en el partido de vuelta para llevárselo por 4-3, pero los Whitecaps accedieron sin embargo en las semifinales por 5-4.
Kovalev dio la victoria marcando el único gol.
" Todavía no estoy listo, previno el ruso.
Trató de jugar al máximo en el primer tiempo, anotó Guido Carbonneau.
Tan pronto como acabe el consejo general del Partido liberal, Jean Charest fue ayer en Juan-Talon, en Quebec, dónde el nuevo ministro de la Salud, Yves Bolduc (de izquierda), intenta hacerse elegir durante la elección parcial de hoy.
El primer ministro se limitó no obstante explicar por qué el Norte era " una joya al potencial inmenso ", pero no dio un término, importes de inversión, ni prioridad precisa en los futuros proyectos.
Además, " con los cambios climáticos, hay que repensar a nuestra visión del Norte ", declaró hablando del pasaje del noroeste, que se abrirá cada año debido a la fundición de los hielos.
En este nuevo contexto geopolítico, el primer ministro considera que ocupar el territorio es un deber.
El primer ministro dijo que el gobierno de Quebec sería muy atento a ellos y que el proyecto les beneficiaría, particularmente a los jóvenes.
El primer ministro no excluye un importante encuentro, " no necesariamente una cumbre ", sino una reunión en la cual " se dará una visión común ".
El Plan Norte " será concertado, ordenado y respetuoso del medio ambiente ", prometió.
" Como los liberales que nos precedieron, hemos pensado de otro modo para transformar los desafíos en nuevas ocasiones de crecimiento y de desarrollo. "
" De Godbout, que creó HydroQuebec, en Lesage que hizo la Revolución tranquila y la nacionalización de la hidroelectricidad, en Bourassa que hizo la Bahía James nuestro partido supo forjar el futuro ", declaró Juan Charest.
Tocando el tema del proyecto de embalse hidroeléctrico de Eastmain1a-Ruper, Sr. Charest subrayó que su puesta en servicio está prevista por el 2012.
Efectivamente, el primer ministro, que decía en abril que no tendrían lugar elecciones en 2008 y sin duda no en 2009, no descartó la posibilidad de poner en marcha una votación este otoño, lo que la ley le permite.
El consejo general de fin de semana abasteció al jefe liberal una plataforma que contenía resoluciones nacionalistas, particularmente " aspiraciones constitucionales " que no tuvieron problemas para ser aceptadas: el Partido Liberal del Quebec reclama en particular el reconocimiento de la " especificidad de Quebec " en la Constitución.
Del lado de la oposición, acogimos las grandes líneas del Plan Norte con escepticismo.
Si lo hubiera hecho, " haríamos progresado hoy en día" comentó Sra Marois al lado de su candidata en Jean-Talon (votación que se efectuó hoy), Françoise Mercure.
" Pero lo que se desea, es que esto no sea justo un espectáculo ", comentó el líder Sebastien Proulx, en sustitución de Mario Dumont, que vuelve de vacaciones hoy.
Estamos en frente de un gobierno que es el único, entre todos los países occidentales implicados, que no ha repatriado a su nacional que está encerrado en el campo de concentración de Guantánamo.
Todavía no nos damos cuenta de eso, pero asistimos en este momento una insidiosa erosión de nuestros derechos, de nuestra libertad y de nuestra "democracia", eso es la palabra que Harper continua repetir y que no tiene sentido.
En su edición del 17 de septiembre, Le Devoir publicó una carta de Sr. Patrick J . Garver, vicepresidente y director de la minera canadiense Barrick Gold.
Sin sorpresa, esta diferencia fundamental es completamente ocultada por Sr. Garver.
Si Barrick Gold verdaderamente quisiera un debate público y transparente, podría hacerlo siguiendo las normas científicas utilizadas por los autores de Noir Canada.
Tiene un derecho de contestación.
El secretario americano del Tesoro, Henry Paulson, el presidente de la Cámara de los Representantes, Nancy Pelosi, y el representante republicano en la mesa de negociaciones, el senador Judd Gregg, anunciaron la buena noticia algunos minutos después de medianoche, ayer, al término de un maratón de negociaciones che duraron dos días.
" Realizamos grandes progresos con vistas a un acuerdo que será eficaz en los mercados ", declaró el representante de la administración Bush, Henry Paulson.
" Cuando se les pide a los contribuyentes tomar medidas extraordinarias a causa de la irresponsabilidad de algunos, no hay que felicitarse.
" Los puntos importantes que leí [muestran] que es algo que nosotros tendremos que digerir y con la que podremos adelantar.
El plan de 700 mil millones pretende comprar con el dinero de los contribuyentes las deudas dudosas, los activos a riesgos e invendibles de las instituciones financieras americanas.
Con el objetivo de limar las asperezas para todo el mundo en el Congreso, también añadimos una disposición que estipulaba que si el gobierno tenía que asumir pérdidas durante cinco años con este programa, podría imponer nuevas tasas que pretenderían ayudarlo a recuperar dinero.
Existen unas soluciones.
Pero no la que consiste en sacar provecho de los contribuyentes ".
Después de una reunión urgente, los tres países del Benelux anunciaron la nacionalización parcial del grupo bancario Fortis por 11,2 mil millones de euros (16,3 mil millones de dólares).
La intervención de los gobiernos de Bélgica, Países Bajos y de Luxemburgo había sido necesaria después de que el banco francés BNP Paribas diera a conocer que renunciaba comprar su competidora en quiebra desde que perdió 2 mil millones de euros (2,9 mil millones de dólares) durante la crisis de los préstamos inmobiliarios de riesgo en los Estados Unidos.
Fortis emplea a 85 000 personas y forma parte de los veinte bancos europeos más grandes y de los diez aseguradores más grandes.
Es justamente algo que los ahorradores y los familias apreciaran ahora que los tiempos son inciertos. "
El banco Bradford and Bringley sería el segundo banco, después de Northern Rock, que el gobierno británico tendría que nacionalizar desde el principio de esta crisis financiera.
¿El actor americano con una sonrisa encantadora se había liberado de su lado narcisista?
Su pudor, su sensibilidad y un talento que era evidente también lo habrán alejado del registro de poder que tienen los verdaderos monstruos sagrados.
Paul Newman, muerto el viernes, a 83 años, a causa de un cáncer de pulmón en su rancho de Connecticut, permanece uno de los últimos iconos del cine americano de los años fastos.
Jugador de billar amargo y vengador en la magnífica película The Hustler de Robert Rossen (1961), repetirá al personaje en The Color of Money de Martin Scorsese, que le valió en 1987 su único Oscar entre nueve nominaciones.
Todavía él.
Sin embargo interpretó menos a menudo el papel de galán joven que de marginal: neuróticos, alcohólicos, cabrones o desesperados, cuyos rasgos reflejaron las rebeliones.
Su película Raquel, Raquel, en 1968 (según la novela de la canadiense Margaret Laurence), con su esposa Joanne Woodward en el papel principal, describía un retrato femenino de melancolía.
Y la cuestión de que en nombre de qué empresa se debía realizar la factura falsificada se decidió entre otros en aquella gira por la Región Superior del Balatón adonde János Zuschlag envió a István Lados.
Pidió factura por sus consumos y estos sirvieron de modelo para confeccionar las facturas que presentaron entre otros en los concursos del Ministerio de Asuntos Juveniles y Deportivos, en el Ministerio de Asuntos Sociales y Laborales, así como en el Ayuntamiento de la Capital.
Estas facturas fueron firmadas en su mayoría por István Lados y su cómplice András Őri, quién según nuestras informaciones más bien escribía los informes necesarios para obtener las subvenciones públicas.
Durante uno de sus "viajes de estudio" Lados eligió una cervecería.
Agregó: además de los problemas formales tampoco concordaba que según la factura se alojaron cien personas, puesto que tienen tan sólo once habitaciones en las cuales no caben tantas personas.
Los entusiastas fabricantes de facturas no se informaron tampoco de que la agencia de viajes elegida en Budapest organiza exclusivamente viajes al exterior, de manera que en la factura de pago en efectivo indicaron tontamente como servicio un viaje dentro de Hungría, lo cual tampoco coincidía con la práctica de expedición de facturas de la agencia.
Además los "expedidores" cometieron otros errores también, como en el caso de una compañía en el que pusieron en la factura como actividad realizada el transporte por carretera al cual - se supo durante las investigaciones de la fiscalía - no realiza la compañía fundada como consultor de inversiones.
La Fa-Bani Jos Faipari Kft. y la Jos-Investment Bt. se fundaron por albañiles rumanos a solicitud expresa de Iván Kubatov.
Ese hombre aprovechó incluso la sociedad en comandita Szi-Beri para expedir facturas ficticias utilizadas en el concurso de Biztos Pont.
Mientras que los numerosos autores de crímenes económicos de valor muy superior, que jamás devolvieron el dinero, pasean libremente o al menos pueden esperar en su propio hogar la sentencia, él no tiene posibilidad para eso.
Los participantes de las subastas son propensos a gastar más dinero y sobrevalorar el producto.
A otro grupo además de ello se le prometió que si ganan, recibirían 15 dólares más de premio.
Así la única diferencia entre los dos grupos era que para uno se resaltó el triunfo y para el otro el fracaso.
Pues aquellas hasta ahora explicaban los fenómenos de las subastas únicamente con la alegría de ganar y con la prevención de los riesgos.
La denominación de hepatitis es el nombre común de diferentes enfermedades del hígado causadas por virus.
Anualmente un millón de personas mueren en el mundo en cáncer y cirrosis hepática ocasionado por la hepatitis B, las formas más graves de esta enfermedad.
La razón principal de ello es que según los cálculos, tan sólo uno de cada diez contagiados recibe tratamiento farmacológico.
Como a esta enfermedad se puede descubrir con un control rutinario de laboratorio también, merece la pena consultar con el médico de la familia al experimentar algún síntoma desconocido.
La enfermedad tiene curación si se descubre a tiempo, es posible exterminar el virus del organismo, así se puede suprimir el contagio y prevenir el cáncer.
Desde enero el valor de las acciones disminuyó con más de dos tercios.
¿Le duele menos a quiénes creen en Dios?
Los científicos de la Universidad de Oxford realizaron un interesante experimento: analizaron de que la creencia religiosa en qué modo influye en el dolor humano - informó el periódico británico Telegraph.
Según el líder del Google, la compañía incluso después de diez años de trabajo que revolvió al Mundo está aún en la fase inicial del empeño de poder tratar toda la información.
En la mayoría de los casos más bien el potencial representado por la compañía es lo que puede ser temeroso y no el remordimiento, el temor por el castigo, el anhelo por la libertad o la rebelión contra el poder.
Y el que desea ocultar algo, o al menos pretende esquivar el monopolio de Google, lo puede hacer (empezando por ejemplo con el Scroogle que utiliza el sistema de búsqueda de Google, pero no deja huellas).
Y el hecho de que Google vaya a crear una base de datos genética, podrá proporcionar una buena materia prima para los escritores de obras de ciencia ficción, la Scroogled, novela del popular de Cory Doctorow, describe en forma orweliana aquél futuro, en el cual un hombre solamente de los datos del Google se puede describir alarmantemente bien.
La policía analiza con un perito al arma y las circunstancias de su uso.
Ludwik Sobolewski, presidente de la Bolsa de Valores de Varsovia confirmó la oferta que hicieron los polacos, a pesar de que los checos anteriormente han excluido a la Bolsa de Varsovia de los posibles nuevos propietarios de la Bolsa de Praga.
La razón es que la Bolsa de Varsovia está en manos del estado.
El diario económico checo E15 informó que la oferta de los polacos ha sido la más alta entre las que se ofrecieron por los interesados por la Bolsa de Praga.
Los principales diarios europeos en sus comentarios del martes dedicados a la cada vez más profunda crisis financiera internacional hablan de un "segundo 11 de septiembre".
La UE hasta ahora no se ha ocupado seriamente con la crisis que pasa como un cúname por el Viejo Continente .
El auto inteligente imita el vuelo del abejorro
Para copiar la función de los ojos compuestos, los ingenieros utilizaron el sistema de medición de la longitud por rayos láser.
Este identifica los obstáculos delante del BR23C dentro de una distancia de 2 metros, en un ángulo de 180 grados, calcula su distancia y envía una señal al microprocesador del vehículo que inmediatamente se transforma en una maniobra para evitar la colisión.
En una fracción de segundos se identifica el obstáculo, luego el robot del vehículo imitando los movimientos de los abejorros, modifica la dirección girando en la medida necesaria las ruedas.
Debe reaccionar inmediatamente y en forma instintiva, ya que esta tecnología corresponde a la capa interior más vulnerable de la cápsula protectora de seguridad, en una capa dentro de la cual actualmente se consideran inevitables todo tipo de colisiones.
Todo el proceso debe reflejar lo que hace un abejorro para esquivar otros abejorros.
Este proceso debe realizarse en un abrir y cerrar los ojos.
De esta manera, en lugar de las infinitas posibilidades que existen para los abejorros para esquivar otros abejorros, aquí sólo utilizaron como posibilidad para el robot del auto el movimiento rotatorio y la aceleración además el frenaje.
No es necesario almacenar estos datos ni reaccionar con una lógica instintiva basada en los datos de las maniobras anteriores, así utiliza tan sólo algunas decenas de kilobytes de memoria.
La versión escrita del paquete se publicó antes de la abertura de los mercados asiáticos, es decir el domingo antes de las 8 de la noche, según horario de Washington (o sea antes de las dos de la madrugada del lunes, según horario de Europa Central), sin que provocara un salto espectacular en las bolsas.
Sobre el proyecto de ley llamado ley de emergencia para la estabilización económica del año 2008, el lunes primero votará el Congreso Norteamericano y luego el Senado.
La ley le permite a las compañías afectadas participar en un programa de seguro donde la cartera de finanzas garantiza los elementos preocupantes, por las cuales pagarán las compañías el importe correspondiente a los daños previsibles.
Henry Paulson afirmó: la ley asegura de tal modo los medios financieros necesarios, que hasta pueden llegar incluso 700 mil millones de dólares para satisfacer las necesidades urgentes del sistema financiero norteamericano, trátese de la compra de medios financieros malos, de su aseguramiento o de la prevención de riesgos que podrían provocar el desmoronamiento de algunas grandes instituciones financieras.
El Estado tendrá además derecho de adquirir acciones de los bancos participantes en el programa, así se reducirá el riesgo de los contribuyentes, ya que en definitiva podrán incluso obtener ganancias con la transacción en cuanto se recupere la economía y con ella el banco.
No es esto lo que nos encomendaron los ciudadanos norteamericanos, es decir no se están protegiendo los dólares de los contribuyentes - declaró el congresista republicano de California, Darrell Issa.
Los precios industriales de exportación subieron con un 1,1 por ciento con respecto a los del julio de 2008 y disminuyeron un 3,9 por ciento con respecto a los del año anterior.
Y como resultado de los cambios de los precios internos y de exportación, los precios industriales de producción aumentaron con un 0,7 por ciento con respecto al mes anterior y con un 3,2 por ciento con respecto al año anterior.
En los sectores de los artículos de consumo, los precios aumentaron con un 0,3 por ciento, en los precios del sector energético y de los sectores intermediarios no hubo cambios con respecto al mes anterior.
En el mes de agosto de 2008, con respecto al mismo mes del año anterior, el mayor aumento de precios se produjo en los sectores energéticos y en la industria intermediaria (16,8 por ciento).
Los precios de exportación de la industria calculados en HUF aumentaron un 1,1 por ciento con respecto al mes anterior, y en comparación de 12 meses, hubo una disminución de un 3,9 por ciento.
La presidenta del Congreso Nancy Pelosi afirmó el domingo que los congresistas probablemente votarán ya el lunes sobre el proyecto de ley.
Hace diez años, en 1998 el CSU obtuvo un 47,7 por ciento, por primera vez por debajo del 50 por ciento desde los años cincuenta .
El grupo de derecha está intacta, sólo que dentro del propio grupo se convirtieron los electores más conscientes, más críticos y más testarudos.
Así se recudió a menos de 40 por ciento el apoyo al CSU.
El diario conservador de Viena: "¿Quién con quién? En su artículo titulado "Los presidentes de los partidos son muy reservados en cuestiones de coalición" - se ocupa de la confusa situación de la política interna después de las elecciones austríacas.
El BZÖ se muestra abierto en todas las direcciones para negociar, los verdes en cambio aún no desean hacer consultas sobre la coalición.
"La mayor parte de los jóvenes gitanos no han terminado la enseñanza media y debido a la mala calidad de la enseñanza básica, tan sólo una parte insignificante puede obtener diploma universitario".
"Hay que romper el círculo vicioso de la pobreza, la segregación y el desempleo, hay que ofrecerle a los niños gitanos la posibilidad que garantiza el espacio democrático para que puedan contribuir al futuro de Europa como ciudadanos de plenos derechos" - exigió Járóka.
El mismo debe estar en manos independientes, porque si no, "confiamos el gallinero al zorro" - cita el Washington Post a Richard Dick, diseñador del programa de seguimiento de las recetas médicas.
Las compañías de seguro hacen depender el precio del seguro y el importe de indemnización del estado de salud del cliente y si creen que el riesgo es excesivo, simplemente no hacen el contrato.
Circulan numerosas versiones del programa, algunas establecen incluso un número de riesgo, por lo que a la compañía de seguro además de la administración apenas tiene algo que hacer, aunque existen pequeñas dificultades al respecto.
Se constituyeron compañías especiales para consultar y procesar estos datos, los que antes de adquirir de las farmacias las informaciones necesarias, piden la aprobación del paciente.
Las autoridades ya les obligan a esto, aunque no recibieron multa por la negligencia de hasta ahora.
Algunas compañías últimamente elaboran también los resultados de los exámenes de laboratorio y uniéndolos con los datos de consumo de medicamentos obtienen una información más precisa sobre el estado de salud del paciente.
Cada vez más compañía tienen acceso a estos datos y simultáneamente es cada vez es más difícil controlar su utilización.
Existe una ley exclusiva para la protección de los datos personales de la salud, pero se aplica únicamente para las compañías de seguro y las que prestan servicios sanitarios.
Dick Richard reconoce que esto es insuficiente: por lo tanto desarrolló su programa, el cual exigirá la aprobación específica de la persona para el suministro de sus propios datos personales.
De manera que las gallinas, pese a todo, están expuestas a la buena voluntad del zorro.
Erwin Huber, presidente del partido y Günther Beckstein, primer ministro provincial aún permanecen en sus puestos, pero no se sabe hasta cuándo durará la gracia.
Hace cinco años - aunque bajo la dirección de Edmund Stoiber que estaba en la cima de su carrera - la unión socialcristiana alcanzó un 60,7 por ciento, en cambio ahora, un año después del golpe atestado contra Stoiber, consiguieron tan sólo un 43,4 por ciento.
El CSU durante 46 años tenía "monopolio" en Baviera que da el 18 por ciento del PBI alemán.
Aunque en la provincia del Sur, de importancia clave para la economía húngara, los conservadores siguen predominando, en el futuro sin duda deberán hacer coalición con alguien.
Como primer signo de la reestructuración del partido, el vicepresidente Horst Seehofer, ministro federal de agricultura, uno de los posibles sucesores de Huber, también tiene un puesto en el reducido grupo de inteligencia que inicia negociaciones con el FDP liberal y con los Electores Libres de derecha sobre una posible coalición gubernamental en Munich.
Lo extraño del destino es que en la lista de los Electores Libres entra en el parlamento aquél Gabriele Pauli, cuya actuación contra Stoiber fue aprovechado para el golpe del dúo Huber-Beckstein y luego borraron cruelmente del escenario a la ambiciosa política local.
Los máximos dirigentes del CSU están invirtiendo ahora todas sus energías para estabilizar a Beckstein.
El SPD con su 18,6 por ciento alcanzó su peor resultado desde 1946 en Baviera.
La OSCE que envió 450 observadores procedentes de 43 países, no reconoció el resultado electoral.
Con todo esto en opinión de la oposición se siente un mejoramiento en el clima político: quedaron en libertad los presos políticos y Minsk está dispuesta a una pequeña confrontación con Moscú, negando el reconocimiento de la separación de Osetia del Sur y Abhasia de Georgia, aunque Rusia - con el cual Bielorrusia teóricamente constituye un Estado federal - hace ya un mes que considera las dos regiones como independientes.
Los observadores rusos al contrario del político de la oposición calificaron de democráticas a las elecciones.
Serguei Lebedev, jefe de la misión de la Comunidad de Estados Independientes declaró a la agencia rusa de noticias Ria Novosti: "la gente no cree en las palabras sino en los hechos", de manera que la falta de la oposición no es otra cosa que el testimonio de la madurez de los electores bielorrusos.
Esta cuestión no ha sido tratado en la novena cumbre iniciada ayer en Marsella.
Así armonizaron jurídicamente los veintiséis convenios bilaterales de aviación civil existentes con la India, por lo que también el transporte aéreo podrá volar en el futuro.
El objetivo es el equilibrio, porque mientras la UE es el primer socio comercial de la India, Nueva Delhi tan sólo figura en el noveno lugar entre los socios comerciales de la Unión.
Serán más de trescientos los editores italianos presentes a la 60° edición de la Buchmesse, el encuentro internacional más importante para el intercambio de derechos.
La muestra internacional del libro de Frankfurt espera para esta edición más de 7mil expositores de 102 países distintos que ocuparán los 171.790 metros cuadrados de la muestra con más de 403 mil títulos en exposición y con Turquía como huésped de honor.
"Ahora se abre una nueva temporada de responsabilidad y de transparencia.
Esto es Reformismo", subraya de nuevo Brunetta.
italiana, "las cuales dinámicas salariales – explica el ministro – en los últimos 8-10 años han sido dobles respecto al sector privado y bien por arriba del taso de inflación".
Cada día, en Italia, se verifican en el trabajo 2.500 accidentes, mueren 3 personas y 27 quedan permanentemente inválidas.
Para llamar la atención de las instituciones, fuerzas sociales y medios de información sobre esta dramática cuestión, hoy el Anmil celebra en todas las provincias de Italia la 58° jornada nacional por las víctimas de los accidentes de trabajo, institucionalizada en el segundo domingo de octubre.
"Los preocupantes datos difundidos por el Anmil y las mismas trágicas noticias de estos días confirman cuanto crucial sea la cuestión de la prevención en el trabajo", afirma el presidente de la República Giorgio Napolitano, en el mensaje enviado al presidente del Anmil, Asociación nacional mutilados e inválidos por el trabajo, Pietro Mercandelli.
Particular significado toman las numerosas iniciativas promovidas en ámbito escolar para una más directa toma de conciencia de parte de los jóvenes que entran en el mundo del trabajo.
Son necesarios, a nuestro criterio - ha resaltado Mercandelli – mayores controles y inspecciones, pero también una intervención más fuerte sobre la formación de los trabajadores, y esto a partir del mundo de la escuela ".
"El objetivo es restituir al trabajador la garantía del seguro - ha agregado – porque la suerte de quien se accidenta no tenga que depender de la dádiva dispuesta por el legislador cada vez".
Lo que cuenta, es sensibilizar a los consumadores y rendir esta información de dominio público.
Una vez cerradas las puertas en marzo, la junta y el consejo comunal evaluaran análisis y proyectos, en modo de presentar en junio el Piano estratégico para Roma con el "bollo oficial" de la Municipalidad y de su intendente Gianni Alemanno.
En marzo terminados los trabajos desaparecerá, porque esta experiencia debe tener un termine temporal preciso.
En junio – anuncia el intendente – presentaremos el plan estratégico utilizando el trabajo hecho de la Comisión para el futuro de la capital de Roma".
Nosotros, al contrario, queremos mirar mas allá y a largo plazo, en una prospectiva mas profunda, trabajando con seriedad al desarrollo de Roma y a su futuro".
El primero fue Jimmy Carter, que con sus decisiones redujo la economía USA y tubo relaciones (como hace también hoy da ciudadano privado) con el enemigo Islam".
Aumentan los ataques contra Obama mientras se acerca la fecha de las elecciones.
Obama tiene una gran cara de piedra: cree que ganara el cargo mas alto de la nación que ha tenido dos gobernadores y cinco senadores negros!".
Un diario del Misisipi, en las entrañas del sur de los Estados Unidos, ha escrito una editorial: una vez en la cabina para votar sabremos bien a quien dará su voto el patriota americano.
La crisis del 2008 para estos periodistas es una crisis de modelo económico destruido.
Es un problema que debe ser resuelto, según los periodistas entrevistados, si no se quiere que el periodismo tradicional como lo entiende la mayoría del público se reduzca sustancialmente.
Las mayores casas editoriales se abren una brecha en Internet, para muchos vista como el "asesino" de la carta impresa.
Los 500 periodistas entrevistados han admitido que están abrazando la tecnología en la esperanza "que haga algo de bueno" por el periodismo.
Para algunos esto tiene que ver con la "seguridad del trabajo".
Para las vacaciones, el razonamiento se hace complicado: un total de días el primer año, otro después del tercero para llegar a 15 días completos después de un cierto número de años.
Sus abogados, Michele Gentiloni y Gaetano Pecorella, habían pedido que el inmobiliario pueda recorrer la ruta de la ciudad de la provincia hasta una habitación de la capital.
Esto apenas citado es solo un ejemplo de las mutaciones, de los grandes mutaciones, que el terremoto económico en curso anuncia: no solo en los Estados Unidos sino en todos el Occidente y no solo aquí solamente.
Quien dice Territorio, Estado, Gobierno, inevitablemente dice Política y Liderazgo.
La demanda de liderazgo, en pocas palabras, alimenta subterráneamente un movimiento ramificado pero potente de deslegitimación de las clases dirigentes y de los estructuras políticas tradicionales, que se manifiestan en una"revuelta» electoral o en los cambios repentinos de humores colectivos de estos últimos tiempos, desde la salida conservadora en Austria-Baviera al colapso del consenso social-democrático en Gran Bretaña, a la rebelión de los hombres del congreso americanos contra Bush (y capas también con la victoria de la derecha en Italia que tiene algo que ver).
Es el objetivo de varios centros de investigación americanos y ahora un equipo de cuatro institutos se ha acercado bastante.
El Novel de economía a Paul Krugman
El premio nobel de economía ha sido asignado al americano Paul Krugman por sus estudios, sus modelos de comercio y sobre la localización de las actividades económicas.
Y si el tema del gratuito puede ser un gancho para la difusión en las casas, es en ámbito business que Open Office la suite prueba, intenta la grande apuesta, pudiendo ya contar con varios proyectos realizados en la pública administración y en las escuelas.
Objetivo para el 2008 es de llegar a 5 millones de download, y considerando que hasta hoy llegamos a casi ya 3 millones 600 mil, con la salida de la versión nueva es probable que se pueda superar la cifra prevista.
Italia de país de emigrante se ha transformado solo recientemente en una destinación privilegiada para los inmigrantes" acogidos con hostilidad.
Este caso evidencia lo que el New York Times define la "paradoja del norte": las regiones septentrionales son al mismo tiempo aquellas donde se registran "mas integración y mas trabajo" pero también el mas alto sentimiento anti-inmigrantes del país y el soporto mas alto de la liga Norte".
Tendencia marcada sea por el Papa que por el presidente de la República: "Giorgio Napolitano encontrando a Benedetto XVI en el Congreso ha pedido que el Estado y la iglesia trabajen juntos para combatir el racismo".
En el interior del avión, no habían restos humanos.
Se trata de dos documentos con el nombre de Fossett, los dos emitidos por la Federal Aviation Administration del Illinois, dinero en efectivo y una sudadera.
En el 2002, al sexto tentativo, se había convertido en el primer Hombre a completar el giro del mundo en un globo aerostático: dos semanas solitarias de vuelo.
Tres años después había hecho el giro del mundo en avión y sin escalas.
De Verona, Padova, Trieste e Udine.
Nuestros hooligans, no pondrán mas pie en un estadio.
Según la última encuesta del Sunia, el sindicato de los inquilinos, alquilar una habitación individual pude costar a un estudiante 900 euros en Milan, 700 en Florencia, 650 a Napoles, 600 a Roma.
Mirando en detalle la encuesta, vemos que en Milan, por una cama en zona Brianza, sirven aproximadamente 450 euros; por una habitación individual desde un mínimo de 650 (zona Bande Nere) a un valor medio de 800 (zona Lambiate, Udine y Fiera) a un máximo de 900 (en zona Victoria).
En Roma en las zonas centrales cerca de la Universidad(San Lorenzo, Plaza Bolonia) te piden aproximadamente 600 euros por una habitación individual y 450 por una cama en una habitación doble.
En las ciudades como en Perugia, donde el fenómeno de los alquileres a estudiantes y extracomunitarios es mas frecuente, se registra una ulterior anomalía: un aumento del 25/30% del canon a los estudiantes extranjeros respecto a los italianos.
"Una ciudad sin salas cinematográficas en una ciudad ciega, es como una cara sin ojos".
Es cierto, que para contrasta el extra poder de las meticones, las salas tradicionales tienen que mejorar la calidad del sonido y de la imagen porque el público hoy es mas exigente.
Pero hay tantos políticos locales que resisten a la presión de la 'ndrangheta, héroes que se mantiene limpios".
Los arrestados de esta mañana se agregan a aquellos del pasado Julio después que la policía había anunciado el corte de cabezas de la familia mafiosa Piromalli.
Desde la fines del pasado Abril, el consejo municipal de Gioia Tauro se había disuelto, ya en 1991 y siempre por presuntos condicionamientos entre la criminalidad organizada y la administración local, los políticos locales habían sido solevados del encargo de administrar el municipio.
Cuando la intención fue anunciada pareció un paso revolucionario.
A dos años de distancia a apostar sobre la energía marina son siempre mas y entre estas empresas las que han votado siempre por la energía tradicional.
Además de Chevron está Verdant Power Inc. de New York y Ocean Power de New Jersey a seguir el camino de la energía que viene del mar, el total invertido hasta ahora, aunque no sean detallados indican un interés en aumento.
Tecnología para desarrollar.
Para producir energía a larga escala, se debe usar una tecnología con un mayor impacto ambiental.
Por ahora son cuatro los implantes de este tipo en vías de desarrollo, a la espera solo de la aprobación federal, a parte de la energía, podría servir a para una instalación militar.
Un interés particular, dicen en el Instituto para el desarrollo de la energía eléctrica, merita en este momento el potencial de las mareas.
Si bien se trate de un fenómeno intermitente, las mareas son mas prevenibles que el viento, el sol o las olas y por eso mas confiable como fuente de energía.
