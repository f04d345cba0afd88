El parlamento no apoyó una enmienda para liberar a Tymoshenko
En octubre, Tymoshenko fue sentenciada a siete años de prisión por la presunta firma de un acuerdo con Rusia desventajoso para Ucrania sobre compra de gas natural.
La historia de la liberación libia, o de la rebelión libia, ya tiene sus perdedores.
Muammar el-Gaddafi fue enterrado en un lugar secreto en el desierto y sin él ya no hay guerra.
En lugar de por la persona del dictador, la sociedad, compuesta de tribus guerreras, se unirá por el Corán.
Lo cierto es que no deja de sorprender que los combatientes islámicos aceptaran agradecidos la ayuda de los perros infieles.
Eventos principales:
Los checos se clasifican para la Eurocopa.
Los dos perjudicados del partido fueron Damjanovič y Vučinič, que dejaron pasar dos grandes ocasiones.
Además, gracias al genial Petr Čech, el once checo no faltará a la cita de la Copa de Europa, por lo que a las arcas del fútbol nacional le llegará una gratificación aproximada de 200 millones de coronas.
Varios centenares de estudiantes universitarios formaron el martes en la ciudad iraní de Isfahán escudos humanos alrededor del centro tecnológico nuclear en que se trabaja con uranio.
La encuesta se realizó a finales del pasado año escolar y participaron en la misma casi 900 niños de Educación Básica de toda Chequia.
Ya era la segunda edición del programa de "La obesidad de no es una casualidad", que apoya la Compañía de Seguro Sanitario General y la empresa Unilever.
Los especialistas avisan de que, en un desarrollo sano, son importantes, además, los detalles, que también cuentan, como por ejemplo tener una hora fija para el desayuno en familia.
La siguiente fase del estudio posibilitó que los chavales elegidos (204 chicos y 172 chicas de 13 colegios) se creasen sus propias dietas a partir de todas las ofertas posibles según sus gustos y opiniones.
Llama la atención, por ejemplo, lo relativo a los refrescos dulces, donde muchos niños empezarían a preferir el agua normal y corriente.
En el artículo introductorio, Cómo aprenden los estilistas, ya me quejé un poco de que las lecciones iniciales ya estaban bastante cargadas.
Cuanto más cerca están los exámenes finales, más información y tareas prácticas nos aguardan
Y aunque el curso se desarrolla cada sábado y domingo, ya no cabe un alfiler.
Nos han dado ciertos trucos sobre cómo hacer destacar el cuerpo de mujeres del tipo de Jennifer López, de pechos y caderas enormes pero cintura estrecha y al mismo tiempo no vestirla de un modo demasiado desafiante
Si, por ejemplo, la diferencia entre la cintura y las caderas es tanta que la falda o los pantalones no se adaptan, vale la pena hacerse coser al menos un trozo de tela extra a medida.
Es importante también pensar en la parte gráfica del estilismo.
Los tres invitados especialistas animaron la conferencia del sábado con informaciones sobre todo tipo de cuerpos.
"Jugad con ello", nos insistió.
Así, para una historia de moda que tenga diez páginas (por tanto, diez outfits), hay que tener preparadas, listas para usar, al menos quince.
Todo ello hay que tenerlo en cuenta a la hora de diseñar el outfit.
Honza Pokorný nos aseguró que la imagen y el estilo suponen ellos solos, en muchos casos, la mitad del éxito.
Sabe valorar a la gente, no se hace de menos, defiende sus opiniones.
Son objetos como tijeras, como tijeras, quitapelusas, o imperdibles. Hay también hilo de nailon (que le sirve al estilista durante la sesión de fotos de productos tales que bolsos o gorros), pinzas especiales de enganche de prendas por delante, si esta fuera mayor (los alfileres y otro tipo de enganches no están permitidos, pues podrían dañar el tejido), o un juego de costura.
Para no quedarnos en la escucha pasiva y poner algo en práctica, hemos aprendido a revestir la suela de los zapatos.
Y no hicimos más que revestir y revestir.
En Need for Speed: The Run se compite por toda América.
En cierta medida se consiguió cubrir las expectativas, pero ello no sirve de nada, si, en realidad, no se pretendía hacer nada extraordinario.
Así, por ejemplo, en el desierto os encontráis una tormenta de arena que disminuye la visibilidad.
Durante un momento, intentáis adelantar a una cantidad de rivales exigida (lo normal en una carrera clásica), después tratáis de ganar tiempo (duelo clásico cronometrado) y luego os espera un duelo contra un solo adversario.
Resulta sorprendente, sin embargo, que haya bastantes menos paisajes en el juego de lo que cabría esperar (en concreto hay solo tres).
Eso quiere decir que a día de hoy ya no sea gran cosa, pero no se puede afirmar que sea malo.
Pero los problemas surgen después de un cierto tiempo.
O incluso acaba totalmente destruido.
Los reseteos están programados de tal forma que, cuando sufres un accidente o te sales de la pista, el juego te restituye al último punto de rescate en la pista.
Otras veces os encontráis en algún sitio vehículos "civiles" siempre con la misma configuración, aunque estéis los primeros, quintos o lleguéis cinco minutos antes o después.
Esto hace de rabiar sobre todo en situaciones, cuando veis que dos autos que van al encuentro en direcciones opuestas, tu contrincante adelanta sin problemas, pero cuando llegáis, debéis girar o bien frenar.
Los adversarios tienen además una ventaja más.
Los autos se dividen en tres categorías.
La parte técnica del juego no es nada extraordinario, pero al menos los efectos visuales generales resultan en la mayoría de los casos agradables, a veces hasta soberbios.
La sensación final de Need for Speed: The Run es pues bastante confusa.
La diversión está asegurada, pero preparaos porque los errores os golpearán en los ojos con la fuerza de unos reflectores de aeropuerto.
Entre los coros actuales están la coral de la Facultad de Pedagogía y la Facultad de Humanidades, en el comité del festival se encuentra el rector Václav Hampl", afirmó el responsable de la organización, Jakub Čaloun.
Por la noche se celebrará en los lugares de celebración de la Casa Municipal en Vynohrady el concierto "Estudiantes de Terciopelo", en que participarán corales universitarias, incluido el coro de la Uninversidad Carolina.
Todos los actos contaron con el apoyo del alcalde de Praga, Bohuslav Svoboda, y del rector de la Universidad Carolina, Václav Hampl.
El Festival transcurrirá entre el 16 y el 20 de noviembre entre Praga y Pardubice.
"No me esperaba que se montase una guerra sin cuartel".
La caída del gobierno en aquel momento se identificó como un aspecto muy negativo, que afectó seriamente a Chequia.
Por otro lado, hay que aprobar el presupuesto para siete años de la UE, causado por la actual situación económica, mucho más complicada.
"Lo cierto es que no me gustan las abreviaciones feas, los extranjerismos o las jergas que la gente no entiende".
Además, lamentó la baja participación de los checos en las instituciones europeas.
Se percibe como algo muy real del concepto de las dos velocidades, si no son más, en Europa, más que el nuevo de "la Federación Europea".
IBM ha sobrevivido y prosperado durante cien años por esa razón, porque se mantuvo fiel a sus principios básicos, pero sin temer a los cambios alrededor.
Esperamos prosperar aún más en nuestro segundo siglo", afirmó durante su aniversario, el actual director de la empresa Samuel J. Palmisano.
La misma sofisticación a largo plazo la mantiene IBM en la relación con el cliente.
Durante los últimos años IBM ha participado de los llamados encuentros virtuales, lluvia de ideas en línea, de la que surgen infinidad de futuras estrategias e innovaciones.
IBM facturará este año 220 mil millones de dólares. Este año se ha convertido en la segunda firma tecnológica por capitalización de mercado (la primera es Apple), cuando superó por primera vez en 1996 a Microsoft.
Por eso, IBM no tiene problemas en construir sus bases en otras plataformas (e igualmente, si no funcionan, las abandona).
Y ello la diferencia de la competencia, Microsoft, que básicamente se mantiene y cae siempre exclusivamente con Windows.
Con todo, aún en 1990 los equipos representaban más de la mitad de la cuota de los proveedores.
IBM actúa según las premisas de su primer jefe, Thomas J. Watson, quien durante la gran crisis económica del 29 aumentó las inversiones.
La divisa de IBM es cambiarlo todo, salvo su valor.
Historia de IBM: desde la cortadora de quesos hasta los vuelos espaciales
El nombre IBM se adopta ya en el año 1924 - originalmente se trataba de una marca utilizada en las sucursales de Canadá y América del Sur.
Durante los cuatro primeros años que Watson dirigió la empresa, la facturación se duplicó en 9 millones de dólares y empezó la gran expansión de la empresa por los continentes.
Rychtářová acerca de su marido infiel:
Después de que su marido Josef Rychtář (53) se hubiese convertido en el único protector de Iveta Bartošová (45), pero también su amante, Darina seguía teniendo la esperanza de que Josef se despertara de su sueño rosa y volvería a casa.
A pesar de la petición, Iveta no se había movido treinta días después de Říčany y Pepe no abandonó a la cantante.
A Josef hasta ahora no le importa que se mujer le haya cerrado la puerta de atrás.
"Acepto la decisión de mi mujer".
"No dormimos juntos y ella no me interesa, ni dónde va ni si tiene algún novio.
Si pedís a los hombres que sean capaces de citar algunos vicios típicos de las mujeres, en general cada uno de ellos los nombrará sin pensar.
Ir de compras
¿Tiene que comprarse por lo menos un trapito en semana?
Entonces en su caso se puede decir que ir de compras se ha convertido en un vicio.
Aunque para la mayoría de las mujeres ir de compras es un pasatiempo, para los hombres puede convertirse prácticamente en un infierno.
La insatisfacción constante
El delantero de hockey Jaromír Jágr participó el lunes en el encuentro de NHL con dos asistencias que trajeron la victoria sobre el Philadelphia 5:3 en la cancha de Carolina y vuelve a poner a los jugadores checos en la vanguardia de la competición.
En ambos casos Claude Giroux aprovechó la jugada de la estrella de 39 años, y dio un paso más y fue declarado mejor jugador del partido.
"Nunca se me habría ocurrido que al final de mi carrera iba a jugar con un deportista como él".
"Despejó el disco, yo tomé velocidad y Read se fue hacia la parte más alejada".
"Traté de atinarle al disco y estoy contento porque lo conseguí", describía Voráček el último gol del partido tal como lo vivió.
Con su victoria, Philadelphia se ha puesto en cabeza de la Conferencia Este.
"Eso es malo".
El portero Ondřej Pavelec contribuyó con treinta intervenciones del Winnipeg en la victoria de 5:2 sobre el Tampa Bay.
Aún así no todo estaba ganado.
La llamada "promesa de cambio" que fue la condición para los viajes al Oeste, no se concedía a la "gente políticamente poco fiable", que así no podía viajar en absoluto.
La gran mayoría de los checos pasaban sus vacaciones en su propio país, por lo que había un gran número de cabañas y casas de verano, que los checos adquirían. Esta costumbre todavía persiste.
Una característica típica de los checos de aquel tiempo era la llevarse consigo la comida (conservas, embutidos, etc.) para ahorrar.
Desde hace casi cinco meses el fútbol checo está sin presidente y es probable que el sucesor de Ivan Hašek como Presidente de la Federación Checa de Futbol (FAČR), no se conocerá ni tras la convocatoria de la próxima Asamblea General Extraordinaria que tendrá lugar este jueves en Nymburk.
Los delegados de la Asamblea General se reunieron en vano en la Casa Nacional (Národní dům), situada en el barrio praguense de Smíchov, porque las conversaciones se habían bloqueado y no solo en cuanto al método de elección.
A partir de ese momento y debido a este único punto, se produjo un acuerdo parcial, respaldado también por la recomendación del Instituto de Estado y Derecho, según el cual la representación por plenos poderes no es posible.
Más luz sobre la situación ya no pudo arrojar ni el Comité Ejecutivo que, en sus reuniones, ordinarias o extraordinarias, básicamente no resolvió nada.
La pregunta es la siguiente: ¿de qué manera proceder en la tercera ronda para evitar el punto muerto?
Según el modelo propuesto en los estatutos, en la tercera ronda ganará aquel candidato que tenga mayor porcentaje de apoyo en la federación a la cual presentará su candidatura.
"Me gustaría que se votara al máximo de acuerdo con los estatutos".
Algunas negociaciones tuvieron que realizarse en Montenegro, pero ¿quién puede saber hasta que empiece el partido si el equipo de fútbol estará completo?
Para Paclík es tan inaceptable ver a Pelta sentado en el sillón presidencial.
"En caso de que gane, se mantendría el estatus vigente y nada en el fútbol cambiará".
"Con el apoyo de Berbra, un hombre de negocios ambicioso, el fútbol sacará aún menos provecho", dijo Paclík.
"Él (Pelta) sería el primero al que seguiría".
"Me lo podría imaginar, por ejemplo, como jefe de la representación".
"Si aumentaran los impuestos sobre los juegos de azar, como lo anuncian los partidos políticos, apoyaría sus argumentos, pero, francamente, tienen que decirnos adónde va a parar todo este dinero", señala.
"No es ideal."
"Sienten que ha llegado la hora de que alguien gestione la asociación", piensa el hombre que se asocia principalmente con el Club de Jablonice, pero que trabajó en el Sparta y en el comité ejecutivo de la Asociación.
"El fútbol necesita credibilidad, la cual se recuperará solo si por fin tiene un líder", todavía dos días antes de la jornada más decisiva en su carrera de representante, Pelta sigue siendo optimista.
"Desde los contactos internacionales con la UEFA y la FIFA hasta la selección, pasando por el fútbol profesional o el entrenamiento de jóvenes futbolistas de alto rendimiento."
"Con esto no quiero decir que lo haría todo solo", dijo Rajchl en una entrevista para la ČTK.
"Soy un jugador de equipo y quiero dividir las competencias del comité ejecutivo de tal manera que cada miembro pueda dedicarse a un área especifica."
"Y asignaré tareas difíciles para que el fútbol pueda, en cada uno de esos segmentos, seguir adelante con mucho impulso".
"Todos saben, que trabajo 20 horas diarias."
"Pero necesito saber que esto tendrá sentido y que no habrá gente detrás de mi que me impedirá y obstaculizará a cada paso", explicó así los motivos de su indecisión.
"Se trata de tener fe para no abandonar así, sin más", dijo.
"Existen procesos que se habían empezado y que tendrán su efecto dentro de un par de años y no me gustaría que alguien los pare", anunció preocupado por el hecho de que, si eligieran al otro candidato, Miroslav Pelta, la situación en la asociación podría volver a ser tal como era antes de la época de Hašek.
"Detrás de él está sobre todo toda aquella gente que se ocuparía del fútbol para que fuera solo un privilegio para unos cuantos elegidos."
"Intento ser objetivo."
"No quiero usar eso a mi favor", evalúa así a sus rivales Rajchl.
por Julia Stanek
Tumbada de espaldas sobre el agua, miraba la artística cúpula en lo alto, nadaba hacia los angelotes de mármol, que la esperaban en el borde de la piscina y se asombraba ante la piscina cubierta modernista restaurada meticulosamente.
La historiadora arquitectónica Meder exploró más de 200 piscinas de esta manera y las presenta en su reciente libro "Badefreuden": las piscinas cubiertas en Munich, los históricos palacios del baño en la Selva Negra, las "construcciones de hormigón" en Taunus.
No quiere tener nada que ver con el deporte, dice Meder, solo el agua es diferente.
Meder, la coleccionista de piscinas descubre los ejemplares destacados en sus investigaciones en Hungría.
El diseño, tal vez, más extraordinario espera a los clientes en Längenfeld: La catedral del agua de Ötztal parece un ovni que acaba de aterrizar en los Alpes.
De tres fuentes abiertas sube vapor en invierno, mientras que de fondo las montañas de Ötztal se alzan en el cielo.
A Meder, la coleccionista de piscinas, no le invadía el olor a cloro en todas las piscinas.
Este es el resultado de una encuesta por encargo de la organización de consumidores Foodwatch.
El estudio se basa en un informe presentado a Foodwatch a mediados de octubre.
El análisis debe estar finalizado a finales de año, entonces se presentarán los resultados a la directiva del Deutsche Bank, junto con la recomendación de cómo manejar el asunto.
El pabellón trasladado
Una historia de arquitectura con altibajos y un final feliz, el pabellón de la exposición universal austriaca de Bruselas de 1958 obtuvo premios, estuvo en Viena para un museo, se quedó vacío y se desmoronó.
El edificio está vacío desde 2001 y decae cada vez más.
Control estricto, presupuesto bajo
Se cambió el perfil de las ventanas de la fachada de cristal, se instaló un cristal aislante reforzado con fibra de vidrio y se remplazó el techo de cristal por un cristal de seguridad especial.
Los puentes térmicos y las vigas de acero se reforzaron o remplazaron y los techos de amianto se rehabilitaron.
Lo del pabellón "que vino de Bruselas" ha sido difícil, afirmó hace poco Krischanitz, una típica "aparición casual en la historia de la ciudad".
En este caso la casa 21 no está en el lugar equivocado, ha sucedido un golpe de suerte urbanístico. El totalmente nuevo y planeado "barrio de la estación central", con viviendas y oficinas, se encuentra junto al Schweizer Garten.
Y tal vez suceda otro golpe de suerte: La casa 21 podría recibir un refuerzo de otra construcción de Krischanitz, pues la coleccionista Francesca von Habsburg ha comprado la sala de arte temporal berlinesa y, como se oye, negocia con la ciudad sobre un lugar vecino en el Schweizer Garten.
Debe doblarse el número de personal.
La reguladora de mercados financieros NCUA recrimina a muchos grandes bancos inducir a las cooperativas de crédito con falsas promesas a comprar productos financieros; han minimizado los riesgos.
El Deutsche Bank rechazó las deudas como infundadas y explicó que quiere defenderse.
En el mundo financiero, una inversión de Warren Buffett se considera como un honor.
Buffett desveló actualmente en la emisora de economía CNBC que ha adquirido acciones de IBM por un valor de 10,7 miles de millones de dólares desde marzo.
Elogió a la dirección que se ocupó de los beneficios ordinarios en la crisis económica.
Buffett, de 81 años, se hizo cargo de la pequeña empresa textil Berkshire Hathaway en los 60 y, con sabias inversiones, la amplió hasta convertirla en una de las empresas más valiosas del mundo.
Con Microsoft, afirmó Buffett, no quiere colaborar.
Tras el descubrimiento de "la célula de Zwickau", los medios de comunicación turcos dudan del estado de derecho alemán.
El periódico "Sabah" resalta por el contrario que uno de los autores del delito era un informante de la Oficina Federal de Defensa de la Constitución y se muestra preocupado por que las autoridades alemanas pueden estar implicadas en el pantanal ultraderechista.
La convivencia se puso en escena con alegres colores, como una historia con final feliz.
Los autores se asombran de que las autoridades alemanas no hayan buscado mucho antes sospechosos en el círculo de la ultraderecha.
Alguno se muestra cuanto menos retórico en cuanto a los drásticos medios: "A partir de ahora aquí se pierde, a los inmigrantes no les queda más que la autodefensa y el armamento".
En la prensa turca se criticó entonces principalmente la deficiencia de la política alemana tras los ataques, Helmut Kohl se niega a visitar a los supervivientes de Mölln.
La información actual de los medios turcos vuelve a mostrar lo profunda que es, desde entonces, la desconfianza de muchos alemanes de origen turco en la legalidad de este país.
Además del esfuerzo de una explicación amplia y de una revaloración del terrorismo de extrema derecha en Alemania, esta vez hacen falta palabras francas.
El banco más arriesgado de Europa no se encuentra en Italia ni Francia, si no en Suiza.
La UBS casi entró en bancarrota en la crisis financiera y desde entonces se deslizó de una crisis a la siguiente.
Seguro que Axel Weber no lo había pensado.
Axel Weber se alegra públicamente, elogia Suiza por su belleza y a la UBS por su recién adquirida solidez y deja caer observaciones amables sobre sus futuros compañeros.
"La USB ha logrado una revitalización".
Un operador financiero de la USB en Londres evitó todos los sistemas de seguridad del banco y defraudó 1,7 mil millones de euros.
Oswald Grübel, director general de la USB, un banquero no solo conocido en Suiza, tuvo que acudir.
Nada, así lo parece, se le ahorra al antaño tan orgulloso banco suizo.
La imagen del administrador de bienes suizo discreto y sólido, pero también mañoso, se combinó con objetivos ambiciosos, también quería ser un gran número en los bancos de inversiones.
Por una parte, con 1,6 billones de dólares, la USB gestiona más dinero de clientes adinerados que cualquier otro banco del mundo.
Hans Geiger, el antiguo banquero y posterior profesor de banca en Zurich durante muchos años explica: "Ante mis estudiantes, siempre he calificado a la USB como modelo de un buen banco."
"Desde el punto de vista actual, uno se pregunta: ¿Cómo podría equivocarme?"
Estaba en un gran error.
A mediados de año, Peter Wuffli, director general, que hasta entonces fue considerado como un banquero genial y muy inteligente, dimitió sorprendentemente.
El fondo de inversiones del banco se embarcó en pérdidas con títulos de alto riesgo y tuvo que amortizar miles de millones.
A la primera catástrofe se unió la segunda.
A esto siguió la dimisión del presidente de la junta directiva y del presidente del consejo administrativo.
Aquí residen desde hace años los bancos suizos: desde el banco nacional, pasando por el palacio de Credit Suisse, hasta los elitarios bancos privados como Julius Bär.
Se entra en la sala de recepción de la UBS mediante una pesada puerta giratoria.
Dentro las paredes están revestidas de mármol, delante se encuentran grandes sillones de cuero, junto al logo del banco hay un gran letrero para indicar la "seguridad".
La UBS se ha hecho demasiado grande, opina, principalmente en la banca de inversiones, donde los anglosajones han ganado terreno.
Ahí los suizos no tuvieron nada más que decir.
¿Cómo se les ocurre?
Se habla con los banqueros suizos, así ven el problema en la dimensión de la UBS.
Finalmente, Ospel se fió de Wuffli.
Está claro: El desatino llegó antes del caso.
Ávidos de crecimiento, invirtieron tanto el mismo banco como uno de sus fondos de alto riesgo creados en inversiones americanas de alto riesgo.
Un gerente tuvo que irse, ya que el intento de ordenar resultó más complicado de lo que esperaban.
Actualmente, quien dirige un gran banco, tiene un trabajo casi imposible.
Debe encontrar una estrategia para un banco, ante la que todos los modelos de negocio lógicos estén perdidos.
Pero la banca de inversiones debe disminuir mucho, está claro actualmente.
Estas son las preguntas que seguro se hace Axel Weber actualmente.
El miedo a la recesión en Europa pesa sobre la bolsa estadounidense
El euro cayó frente al dólar.
En la sesión, el barómetro del mercado oscila entre 12.027 y 12.170 puntos.
La industria de los 17 países euro ha reducido claramente su producción y se coloca en el final de su auge.
Las empresas produjeron en septiembre el dos por ciento menos que el mes anterior, como informa la oficina de estadística de Eurostat.
Tras algunas indicaciones, Buffett pagó 170 dólares de promedio por cada unidad y mantuvo el 5,5 por ciento.
Airline Emirates encargó el viernes 50 aviones de larga distancia del tipo 777 y el valor del pedido se cifró en 18 miles de millones de dólares.
719 valores aumentaron, 2281 bajaron y 79 permanecieron sin cambios.
Grajos inteligentes se extienden en las ciudades
Es posible una combinación de ahuyentar a los animales de zonas residenciales sensibles y cebos para que vuelvan a asentarse en otros lugares.
Sin mucho adiestramiento, reconocieron con determinación el tamaño y la forma que debía tener la piedra para caer sobre la plataforma.
Los pájaros no podían llegar a su presa con el pico.
Pero los investigadores les dejaron un trozo de alambre.
Los checos consiguieron 1-0 (0-0) en el partido de vuelta de los play-offs con el outsider Montenegro, después de que en el partido de ida (2-0) dejaran las cosas claras.
Un cuarto de hora después, Nani mostró sus dotes para marcar desde lejos y consiguió el 2-0 desde 25 metros.
Mientras tanto, Turquía desaprovechó la maravilla del fútbol de Zagreb.
Tras el segundo de reacción, Croacia asumió cada vez más el control.
Pero en el minuto 32. lo adelantó.
Una mujer de 52 años se encuentra gravemente herida al caerse el lunes de un tranvía en Lichtenberg, Berlín.
El tranvía tuvo que parar de manera repentina en Herzbergallee, ya que un vehículo se detuvo de golpe frente a él.
El martes por la tarde un hombre armado atracó una farmacia en Bundesallee, en Friedenau, Berlín.
Amenazó a una empleada de 25 años con un arma de fuego y le exigió que le entregara el dinero en metálico, como informó la policía.
Quiso evitar de repente un camión que circulaba por la calle de una gasolinera con un trailer unido.
Por lo que dio un patinazo con su vehículo, llegó a la franja central y al carril contrario y chocó contra varios árboles.
Una ciclista atropellada y gravemente herida
Al girar, chocó contra un coche aparcado, en total golpeó a dos coches más y tres bicicletas.
La policía emprendió la persecución.
¡En sentido contrario!
Rozó un tablón de hormigón y perdió partes de su vehículo.
Una peatona disparada con una escopeta de aire comprimido desde un balcón
El domingo, la mujer de 32 años caminaba cerca de su vivienda cuando fue disparada por la espalda, como informó la policía.
A continuación, la policía localizó cuatro sospechosos, de los que un joven de 19 años es considerado el acusado principal.
Un joven de 25 años gravemente herido en un accidente de tráfico
Un conductor resultó gravemente herido en una colisión con un camión que venía en sentido opuesto en el distrito de Potsdam-Mittelmark.
Los bomberos tuvieron que sacar al joven de 25 años de su vehículo.
La noche del lunes tuvo lugar un incendio en el cine Cubix en Alexanderplatz.
Poco después de media noche, aproximadamente 70 espectadores de la sesión de noche tuvieron que abandonar el cine de la calle Rathausstraße, como comunicó la policía.
Visitantes a un cementerio robados al cuidar tumbas
Un total de doce robos han sucedido desde mediados de octubre, entre otros robos de bolsos, dinero, móviles, tarjetas de crédito y manojos de llaves, como comunicó la policía.
Un niño de siete años fue atropellado por un coche y resultó gravemente herido el lunes por la tarde en la calle Tegeler Straße en Wedding, Berlín.
Un ciclista de 46 años fue atropellado por un coche y resultó gravemente herido a última hora del domingo por la tarde en la calle Gneisenaustraße, Kreuzberg, Berlín.
En cuanto al vehículo, se trataba de un modelo antiguo.
Se supone que fue un incendio provocado, sin motivos políticos.
La dueña del vehículo indicó posteriormente que su coche había sido robado hacía poco.
A continuación se detuvo a un joven interesado en los trabajos de extinción.
Ambos sufrieron heridas en la cabeza.
Tres matones agredieron al hombre de 41 años el sábado y le golpearon con puñetazos y echaron spray de pimienta en la cara.
Ante el incendio, se encontraban un sistema de calefacción urbana y cables de corriente.
El hombre tuvo que ser ingresado en un hospital.
Un padre atacó a una conductora de tranvía ante su hijo
El hombre le dio un puñetazo en la cara ante la mirada su hijo.
Un vecino notó el fuego sobre media noche y vio a dos hombres vestidos de oscuro huir por el muro del cementerio adyacente de la calle Steegerstraße, como comunicó la policía.
El desfile de las estrellas duró varias horas.
SAP, el mayor fabricante de software de Europa invierte miles de millones en los siguientes años en China y quiere casi doblar su cifra de empleados en el país.
La cifra de sucursales del líder del mercado internacional para software de empresas se doblará de cinco a diez u once.
Aproximadamente 4.000 de los más de 176.000 clientes internacionales de SAP tienen su sede en el país del boom.
SAP lleva 20 años activo en China.
"Nuestro objetivo es activar un crecimiento duradero en China mediante una amplia instrucción."
Masacre a nivel personal
Llegará a conocer muy bien a estas personas en la narración novelística del señor Englund, y esta dramatis personae funcionará como su GPS, un faro durante esos pocos momentos en los que, como uno de sus hombres y mujeres, esté confuso y desamparado en la niebla de la guerra.
También es el nuevo secretario permanente de la Academia Sueca, que concede el Premio Nobel de Literatura.
Algunas de estas personas se convertirán en héroes.
Algunos se convertirán en prisioneros de guerra, o perderán sus miembros, se volverán locos o morirán.
Sus vidas parpadean aquí como velas votivas encendidas en una iglesia; unos nuevos se añaden a la mezcla mientras otros se apagan.
El libro del señor Englund es una desviación de los libros de historia estándar.
A los soldados en este libro les caen encima las colmenas; uno pasa la Navidad en Egipto bajo las pirámides; las moscas tse-tse son un problema intratable.
Éste es un libro conmovedor, casi desde el comienzo.
Cuando el fuego de artillería se oye en la distancia, y eres una mujer que está en casa con tus hijos, ¿te quedas o huyes?
Casi nadie entiende lo que está pasando, ni siquiera por qué se tiene que luchar esta guerra.
Sus historias se han obtenido en su mayor parte de memorias, cartas y otro material ya publicado anteriormente.
Muchas de éstas son acerca de privaciones y de arreglárselas con lo que hay.
Acerca de contar la historia de una colegiala alemana dice: "Sucedáneos, por todas partes sucedáneos".
Describe "carne hecha a partir de arroz cocido y prensado en grasa de carnero (y rematado con un hueso falso hecho de madera); tabaco hecho de raíces y peladuras de patatas secas; zapatos con suelas de madera".
Un americano reconoce su propio impulso hacia el salvajismo y manifiesta acerca de la guerra: "Sientes que, después de todo, esto es para lo que los hombres están concebidos y no para sentarse en sillones con un cigarro y un whisky, el periódico de la tarde o un best seller, y pretender que ese barniz significa civilización y que no hay un bárbaro detrás de esa pechera almidonada y tachonada."
Otras observaciones son acerca de una vieja Europa desapareciendo, y acerca de nuevos tipos de terror.
"La expresión más grotesca de esto se puede ver el comercio de pus gonocócico, que los soldados compran y embadurnan con ello sus genitales con la esperanza de acabar en el hospital", escribe.
En docenas de pequeñas escenas refleja la manera en la que la guerra a "desatado fuerzas excepcionalmente incontrolables: Nacionalismo extremo, revolución social, odio religioso".
Un simulacro de catástrofe mayor estaba teniendo lugar en Randalls Island, con un ojo mirando hacia Zuccotti.
"Era apropiado hacerlo cuando estuviera el menor número de personas en el parque", dijo.
Las luces y los mensajes pregrabados que retumbaban desde los altavoces parecieron intimidar a muchos manifestantes.
El señor Browne dijo que las unidades móviles de televisión en Church Street, a lo largo del borde occidental del parque, pudieron capturar imágenes.
No se hicieron arrestos en el parque hasta más o menos las 3:30 a.m., dijo el señor Kelly.
El señor Browne dijo que unas 142 personas fueron arrestadas en el parque.
Alguna de la acción más ruidosa de la noche tuvo lugar al sur del parque.
La demanda incluirá al Sr. Walcott y al Departamento de Educación de la ciudad como acusados, y cuenta con ocho trabajadores despedidos como demandantes, todas ellas mujeres negras o latinas, al igual que la mayoría de los asistentes que perdieron sus empleos.
Elizabeth Thomas, portavoz del Departamento Legal de la ciudad, dijo que la ciudad no había visto la demanda y por lo tanto no podía hacer comentarios sobre sus alegaciones específicas.
El sindicato también afirma que los directores de escuelas secundarias pueden haber sido engañados por el lenguaje en un memorándum que autoriza el despido de los coordinadores de padres.
Parece que finalmente republicanos y demócratas en el Capitolio están dispuestos a ponerse de acuerdo sobre algo relacionado con el levantamiento en Libia.
"Es una afirmación de apoyo bipartidista para sus aspiraciones democráticas."
En junio, Kerry y McCain presentaron una resolución que autoriza el uso limitado de fuerzas militares de EE.UU. en Libia.
La misión de la OTAN terminó oficialmente el 31 de octubre.
¿Ganará la nueva medida el completo apoyo de la comisión de Asuntos Exteriores, o dividirá a los legisladores como hizo el proyecto de ley de junio?
El portavoz de Lugar dijo el lunes que no había visto todavía la versión final del nuevo proyecto de ley.
Otros legisladores no han tenido éxito hasta el momento para hacer llegar sus enmiendas a la asamblea, pero no por falta de intentos.
En marzo, 58 senadores votaron a favor de una resolución no vinculante que apoya la idea de esa enmienda.
Más allá del presupuesto, varios miembros quieren limitar el número de mandatos que los miembros del Congreso pueden cumplir, mientras que el representante José E. Serrano (demócrata por Nueva York), quiere quitar el límite de dos mandatos para los presidentes.
Algunos legisladores también quieren permitir la anulación de las leyes federales si son rechazadas por dos tercios de los estados.
En su aparición en ABC News "20/20", con Diane Sawyer, Giffords luchaba para formar oraciones y necesitaba ayuda para caminar.
En su primera entrevista televisiva desde el tiroteo de enero, que mató a seis e hirió a 13, Giffords sonrió, se rio y cantó - y describió su recuperación como "difícil".
La entrevista con Giffords y su esposo, el astronauta Mark Kelly, fue parte de un programa especial de "20/20" de una hora de duración, que se emitió la víspera de la publicación del nuevo libro de la pareja, "Gabby: Una historia de coraje y esperanza".
Meses más tarde, se ve a Giffords sentada en una silla de ruedas mientras los terapeutas le enseñan cómo realizar acciones sencillas.
Videos difundidos por ABC muestran que la música jugó un papel central en la recuperación de Giffords: Se ve a la congresista cantando junto con los terapeutas las canciones "Girls Just Wanna Have Fun" de Cyndi Lauper y "Free Falling" de Tom Petty.
Kelly le dijo a Sawyer que en un momento de la recuperación de su esposa, ella dijo: "He sido derrotada."
"Cuando hablas acerca de tu servicio, necesitas hacer frente a las impresiones negativas", recordó Cancian contándoselo a sus hijos.
"Es de Texas", dice.
Esta semana, el 18 de noviembre, Lyman y otros 27 miembros del personal militar actuales y antiguos esperan ansiosamente una decisión judicial en un juicio histórico que se celebrará en Arlington, Virginia, que decidirá si la demanda que tienen interpuesta contra el exsecretario de Defensa Robert Gates y su predecesor, Donald Rumsfeld, irá a juicio.
"Los daños alegados son parte del servicio militar de los demandantes", dicen los documentos.
Mientras que a las mujeres todavía les está oficialmente prohibido servir en combate, esta distinción es sólo nominal: Las guerras modernas rara vez tienen claras las líneas del frente.
Su grupo presentó una demanda en diciembre contra la Administración de Veteranos, acusándola de prácticas discriminatorias en la forma en que maneja las reclamaciones de beneficios para las personas que dicen haber sido agredidas sexualmente en el servicio.
Esa noche, dice, se le pidió que contara los detalles de su violación 11 veces distintas a una multitud de policías, médicos, y comandantes.
Seis personas declararon como testigos de personalidad en nombre del presunto autor, que fue finalmente absuelto.
Sin embargo, señala, "En mi opinión, deberían ser capaces de seguir adelante".
He sido un crítico permanente de la Doctrina Feres.
El ejército está décadas por detrás porque no tiene el mismo incentivo y disuasión que plantea la responsabilidad.
Las paredes tienen ojos: Cómo los investigadores te están estudiando en Facebook
Antes de convertirse en la nueva cara de la extrema derecha en Europa, Anders Behring Breivik era simplemente otro tipo que aireaba sus puntos de vista anti-inmigración en línea.
El equipo de Bartlett encontró medio millón de fans de los grupos de derechas en toda Europa y entonces les dirigieron anuncios, pero en lugar de vincularles a una nueva banda o producto de dieta, los anuncios invitaban a los usuarios a completar una encuesta que preguntaba sobre su nivel educativo, actitudes hacia la violencia y el optimismo sobre su propio futuro.
Algunos de los resultados no son del todo sorprendentes: Los partidarios en línea de los grupos de derechas tienden a ser jóvenes, hombres y enfadados por la inmigración.
Sin embargo, en una especie de giro, "aquellos que combinan su activismo en línea con el activismo fuera de línea son más razonables, más democráticos y menos violentos que aquellos que se quedan detrás de la pantalla del ordenador".
Otros dicen que el sitio podría proporcionar una manera de identificar y abordar los problemas de salud-social.
"Hemos encontrado una manera de identificar niños en riesgo que de otro modo no serían diagnosticados."
Es por eso que, a pesar de sus años como investigador de la tecnología, Selwyn cree que un sujetapapeles y un bolígrafo siguen siendo las mejores herramientas de investigación que nadie pueda utilizar.
Anders Behring Breivik, el hombre que confesó ser el cerebro de los dos ataques que mataron a 77 personas en Noruega este verano, se ha descrito a sí mismo como un combatiente de la "resistencia" durante su primera aparición pública en el tribunal de Oslo.
Es posible que a algunos les consuele que los ataques del 22 de julio parezcan ser obra de un extremista en lugar de un grupo de radicales.
Pero eso no suaviza automáticamente el dolor y la confusión que toda una nación aún siente.
Pero lo que los fans de Apple podrían encontrar más revelador, en una entrevista a Jobs recientemente redescubierta a la que se ha desempolvado como adelanto de una serie de proyecciones especiales en los mayores mercados esta semana, es cuánto entendía esta mente creativa acerca de los procesos comerciales y flujos de trabajo de los productos.
En 1995, Bob Cringely estaba desarrollando la serie de televisión The Triumph of the Nerds (El triunfo de los idiotas) sobre los albores del ordenador personal, y se sentó durante más de una hora con Jobs para una extensa y rara conversación.
Este material de archivo, ligeramente reeditado, es la base de Steve Jobs: La entrevista perdida, de 68 minutos, que llega a los cines Landmark este miércoles y jueves.
En cuatro puntos diferentes a lo largo de la entrevista, hay grandes silencios entre las preguntas y las respuestas - de 10 a 15 segundos de reflexiones, donde Jobs está sopesando claramente sus pensamientos, buscando precisión.
Una cosa es leer evaluaciones póstumas de la carrera de Jobs, pero hay algo crudo e inspirador en el Jobs que vemos aquí, el soñador ansioso al borde de la grandeza.
Un rápido resumen de siete secuencias notables de La entrevista perdida:
Eso es lo que encontré.
Jobs lleva al detalle sus esfuerzos para simplificar la contabilidad de Apple.
Se ha escrito ampliamente acerca del dispositivo, pero la euforia de Jobs aquí al describir la Caja Azul como un acto de empoderamiento es contagioso.
Nosotros dos, no sabíamos mucho, pero podíamos construir una cosa pequeña que podía controlar una cosa gigante - fue una lección increíble, y no creo que jamás hubiera existido Apple sin ella.
A medida que varios miembros de la jerarquía católica eran convocados en mitad de la noche para hablar con el diplomático estadounidense, los dos estallaron en carcajadas justo antes de que el mismísimo Papa fuera despertado para ir a contestar el teléfono.
"Eso fue una notable influencia sobre mí, era la única empresa que había visto a esa edad y formó mi visión de lo que era una empresa y lo bien que trataban a sus empleados."
Jobs se convirtió después en uno de los empleados de HP que visitaron los laboratorios de investigación de la compañía en Palo Alto, donde vio "el primer ordenador de mesa jamás hecho".
Sobre improvisar la innovación:
Trabajando con solo 30 días de crédito, tenía que averiguar el montaje y la entrega de los dispositivos acabados.
"Me acuerdo de tener argumentos dramáticos... me gritaban que se necesitarían cinco años [para crear un ratón que costaría 300 dólares], y me harté y me fui fuera y encontré un diseñador.
Noventa días después, tuvimos un ratón que podíamos construir por 15 dólares y que era totalmente fiable.
Sobre las grandes empresas perdiendo fuerza:
"Di que trabajas en IBM o Xerox, por lo que haces fotocopiadoras e impresoras mejores, ¿y qué?"
Usted tiene el monopolio de la cuota de mercado, por lo que la empresa no tiene más éxito.
Podría haber sido diez veces su tamaño, podría haber sido el Microsoft de los años 90...
Hay sacrificios que tienes que hacer - algunas cosas que no puedes hacer que hagan los electrones, el vidrio las hace, los robots las hacen, las fábricas las hacen.
La firma de abogados de Clement, Bancroft PLLC, fue una de las casi dos docenas de empresas que ayudaron a patrocinar la cena anual de la Sociedad Federalista, un grupo que lleva muchos años dedicado a la defensa de los principios jurídicos conservadores.
¿Los invitados especiales en la cena? Scalia y Thomas.
Su aparición y asistencia en la recaudación de fondos para este evento socava cualquier demanda de imparcialidad, y es inaceptable.
Por otra parte, los conservadores argumentan que es la magistrada Elena Kagan, la que tiene un problema ético, no Scalia y Thomas.
Kagan no ha dado ninguna indicación de que lo vaya a hacer.
La aerolínea Emirates pide 50 aviones de doble pasillo Boeing 777, con opción a 20 más.
Luego, el lunes, Boeing dijo que Oman Air había pedido seis Boeing 787-8s, el llamado Dreamliner, que presume de un ahorro de combustible y unos servicios para pasajeros espectaculares.
"La calidad de estos clientes en particular es muy fuerte."
Muchas aerolíneas de Oriente Medio son propiedad de sus naciones productoras de petróleo.
El pedido de los Emiratos solidifica el liderazgo de Boeing en el mercado de aviones de fuselaje ancho y ayuda a mantener a raya el intento de su competidor Airbus SAS de invadir su dominio con el avión de pasajeros A350.
Los resultados preliminares dieron la delantera en la carrera para gobernador del estado occidental a Fausto Vallejo, del Partido Revolucionario Institucional, o PRI.
Sin embargo, es la puesta en escena de un regreso, y la victoria en Michoacán es un paso importante en ese esfuerzo.
Aunque para el PRI, por desagradables que parezcan las elecciones de Michoacán, una victoria ayudará a impulsar el partido.
Rajat Nag, director general del Banco Asiático de Desarrollo con sede en Manila, dijo que las dos grandes economías de crecimiento más rápido del mundo tenían que "hacer todo lo posible" para acelerar la recuperación del bloque económico ya fuera a través del Fondo Monetario Internacional o directamente a través de acuerdos bilaterales.
La actual crisis de la deuda soberana en Europa ha aumentado los temores de que pudiera empujar a la economía mundial a la recesión y ha generado llamadas para que las principales economías emergentes se unan para ayudar a la eurozona a encontrar una solución.
Ashutosh Varshney, profesor de la Universidad de Brown en los EE.UU., dijo que sería políticamente muy difícil vender la ayuda a Europa para los mil millones doscientas mil personas de la India, de los cuales hasta 800 millones viven con cerca de 2 dólares al día o menos.
El secretario de Defensa, León Panetta, calentó el Congreso el lunes, advirtiendo que los recortes automáticos de presupuesto que se avecinan podrían socavar la seguridad nacional y provocar una reacción financiera en cadena desde los pasillos del Pentágono, a los campos de batalla de Afganistán, a las cadenas de montaje civiles.
"El personal en nómina se reduciría, dando lugar a retrasos en los pagos a los proveedores en tiempo de guerra, y el apoyo jurídico y político sería interrumpido."
"La consecuencia de un secuestro en el Departamento de Defensa provocaría un rápido declive de los Estados Unidos como principal potencia militar del mundo."
En un apéndice a sus cartas a McCain y Graham, Panetta enuncia nuevos detalles de cómo las reducciones "generan importantes riesgos operativos: demora en el tiempo de respuesta a las crisis, conflictos y desastres; limita severamente nuestra capacidad de estar desplegados y comprometidos previamente en todo el mundo; y supone un riesgo inaceptable en futuras operaciones de combate."
Dicha lista incluye el avión de combate F35 Joint Strike Fighter, un nuevo bombardero previsto, el submarino balístico de nueva generación, el nuevo barco de combate litoral y el nuevo vehículo de combate en tierra que el Ejército y la Marina necesitan reemplazar, el humvee.
Detener el desarrollo y las pruebas adicionales del F35 podría generar unos 80 mil millones de dólares en ahorros a lo largo de 10 años, pero sus partidarios dicen que es el siguiente paso vital para mejorar y afrontar las amenazas potenciales de China y otros rivales.
El candidato presidencial republicano Herman Cain está ocupado intercambiando acusaciones de acoso sexual con varias mujeres; cada parte acusa de mentir a la otra.
Los administradores de la Universidad Estatal de Pensilvania han sido acusados de perjurio por supuestamente ocultar informes que decían que un entrenador de fútbol retirado estaba agrediendo sexualmente a niños.
Y, de nuevo, nadie que lo viviera olvidará jamás el circo mediático desatado por el presidente Bill Clinton al mentir durante su segundo mandato acerca de su relación sexual con Mónica Lewinsky.
Otro estudio mostró que los desconocidos mentían tres veces en los primeros 10 minutos de conocerse.
Un detector de mentiras entrenado puede llegar a la verdad aprendiendo acerca de la estructura de la declaración, las expresiones microfaciales, la formación de preguntas y los tiempos.
Ayuda a proporcionar puntos de referencia para medir después los cambios.
A menudo los interrogadores hacen ver falsamente que la entrevista ha terminado solo para buscar ese alivio postentrevista.
Scott Peterson metió la pata hasta el fondo y usó el tiempo pasado mientras afirmaba que su esposa asesinada estaba viva, lanzando una búsqueda de ella a nivel nacional.
Días después de que la administración de Obama amenazara con retrasar la aprobación de un oleoducto planificado desde Canadá hasta el Golfo de México -- enfureciendo a los sindicatos, mientras apaciguaba a los ecologistas -- la empresa que busca construir el oleoducto dice que está dispuesta a redirigir el proyecto para volver a encaminarlo.
TransCanada dijo el lunes por la noche que moverá el oleoducto planificado fuera del área ecológicamente sensible de Sandhills en Nebraska, y confía en que el proyecto ganará la aprobación.
Esto viene tras el anuncio la semana pasada por parte del Departamento de Estado de que retrasarían la decisión por un permiso federal para el proyecto hasta que se estudien nuevas rutas potenciales que eviten las áreas de Sandhills de Nebraska y el acuífero Ogallala, un vasto suministro de agua subterránea.
Es odiado por los ecologistas, pero amado por los grupos de trabajo, que han apostado por la estimación de 20.000 puestos de trabajo vinculados al oleoducto.
La otra es si una firma que fue contratada para dirigir el estudio original era una elección inapropiada porque estaba vinculada a TransCanada.
"Le dije, "No tengo ningún interés en lo que usted diga o piense".
Más tarde, la familia envió una nota pidiendo una disculpa de LaBelle, pero no obtuvo respuesta.
El 2011 es un año que será recordado en la historia económica de Sinaloa, se trata del primer año de Gobierno de Mario López Valdez, autodenominado del cambio, que generó grandes expectativas respecto a los avances en la economía, pero dada la adversidad climática de inicio de año, no se observa crecimiento, en cambio sí se registra un deterioro en los principales indicadores de desarrollo económico.
La caída en la actividad económica ha generado, hasta noviembre, un aumento constante del desempleo en el estado, según el Instituto Nacional de Estadística y Geografía la tasa de desocupación estatal durante los tres primeros trimestres del año se observó un crecimiento acelerado, ya que mientras de enero a marzo 55 mil 053 sinaloenses estaban desocupados, con una tasa de 4.53 por ciento de la Población Económicamente Activa, para el segundo trimestre la tasa pasó a ser 5.28 por ciento, y entre julio y septiembre el promedio continuó incrementándose hasta 6.19 por ciento, una tasa que en número de personas arroja a más de 74 mil sinaloenses desempleados, un aumento respecto al primer semestre de 18 mil 969 individuos.
"Lo que se está viendo es un crecimiento del desempleo que tiene que ver con varios factores, entre ellos la pérdida de liquidez en el mercado por efectos de una restricción de recursos por la legislación que se aprobó en el congreso para combatir el lavado de dinero, ya para la gente que agarra dólares de manera ilícita no le es fácil que los trabaje, los invierta y los utilice en algo", expresó.
"El número de personas que se va del estado en busca de trabajo en el extranjero, en Estados Unidos se ha restringido, primero por las dificultades para entrar, y segundo porque entrando ya tienen también muchas dificultades para encontrar trabajo, esa gente se está quedando y está demandando fuentes de trabajo aquí en el estado, lo que hace que el desempleo se eleve", manifestó.
Informalidad
Por su parte, la Secretaría de Desarrollo Económico del Gobierno estatal contabiliza una inversión total de 17 mil 280 millones de pesos en el año, ocurrida principalmente de empresas del sector terciario.
Ante el escenario de contracción económica, el Gobierno del estado solicitó en julio al congreso estatal la aprobación de un crédito por 3 mil millones de pesos, mismos que serían destinados la inversión en proyectos de infraestructura en los 18 municipios, con la finalidad de reactivar la economía, la aprobación del congreso local fue por un monto de 2 mil 600 millones de pesos, y hasta noviembre no han observado los beneficios del endeudamiento en ningún sector de la economía estatal.
Lentitud económica
Redefinir vocación
A cinco años de prisión y 100 días de multa fue sentenciado un vecino de Navolato por la posesión de ocho kilos de mariguana.
La Procuraduría General de la República informó que el narcomenudista sentenciado es Omar Alexis Valenzuela Sandoval, por el delito de contra la salud, en su variante de posesión de mariguana con fines de comercio.
Corte valida "apagón analógico" en México en el 2015
La Suprema Corte de Justicia de la Nación (SCJN) desestimó las controversias constitucionales que interpusieron el Senado y la Cámara de Diputados en contra del decreto presidencial que adelanta el llamado "apagón analógico" de 2021 a 2015, al no reunirse los ocho votos necesarios para invalidarlo.
Aplazar el cambio, sostuvo, sería postergar los beneficios de la digitalización, que implica una decisión de interés público, que no tiene únicamente una dimensión técnica, "pues abarca cuestiones económicas, sociales, políticas y de seguridad nacional".
No se puede concluir que el Ejecutivo, al emitir el decreto impugnado, que invada en alguna forma la esfera de competencias del Congreso, pues se está proveyendo en la esfera administrativa la observancia de las leyes emitidas por el Legislativo, aseguró.
Sus cenizas serán esparcidas en la sierra de Zapalinamé, confirma la familia.
Los restos del piloto Felipe Bacio Cortés arribaron a Saltillo, su ciudad natal, este domingo por la noche, durante el lunes se llevaron a cabo reconocimientos y una misa de réquiem.
Según sus familiares la última voluntad del teniente coronel era que sus cenizas fueran esparcidas en la sierra de Zapalinamé.
El joven recuerda que incluso cuando contaba con siete años de edad viajó a Zapopán para la graduación de su familiar, por eso sabe que su tío murió haciendo lo que más le gustaba en la vida: pilotear una aeronave.
Localizan tres cadáveres abandonados en finca de Cadereyta NL
Horas antes del hallazgo, la autoridad militar presentó ante los medios de comunicación a once personas que fueron detenidas en la misma municipalidad por delitos relacionados al crimen organizado.
Uno de los individuos vestía playera amarilla con pantalón de mezclilla oscuro, sin calzado; a su lado estaba otro con playera de tirantes blanca.
Los tres se encontraban boca abajo.
De acuerdo a los datos obtenidos en el lugar, las tres personas habrían sido asesinadas en otro lugar, ya que no se encontraron casquillos en el sitio.
Según la información dada a conocer, en un primer hecho el día 11 de noviembre en la colonia Los Alveros fueron detenidas ocho personas y se logró rescatar a una que permanecía privada de su libertad.
Posteriormente y tras estas declaraciones, El 13 de noviembre a las 14:00 horas se detuvo a uno de sus cómplices en el ejido La Frauda, quien al ver a los militares intentó darse a la fuga.
Un comunicado del palacio presidencial anunció que Monti, nombrado el domingo, se reunirá el miércoles con el presidente, Giorgio Napolitano, para confirmar que puede formar un Gobierno.
Monti dijo que presentará al presidente el resultado de sus conversaciones con los partidos políticos en su intento por formar un gobierno.
"Quiero confirmar mi absoluta confianza en la capacidad de nuestro país de superar esta difícil fase", dijo el ex comisario europeo a periodistas.
La asociación italiana de bancos extranjeros se sumó a la presión al advertir que un fracaso de Monti sería un desastre.
Monti inició el lunes sus consultas con partidos políticos, sindicatos y grupos empresariales, así como con organizaciones juveniles y de mujeres.
Del lado de Costa Rica solo uno de los 22 convocados llegó a los 50 encuentros.
A lo anterior se le suma la experiencia con la Furia Española en eliminatorias complicadas de la Eurocopa y el Mundial de futbol.
El resto no se acerca a las 20.
Así lo aseguró el bajista y miembro fundador, Jeff Ament, quien habló en exclusiva con Viva, desde Brasil, la semana pasada.
Este es un extracto de la conversación, cuya transcripción completa está en La Nación en Internet.
Así que nos emociona llevar nuestra música ahí.
De verdad, estamos muy ansiosos de tocar ahí.
Tenemos muchos amigos que son surfeadores y tengo un gran amigo que vive en Tamarindo y las olas ahí son increíbles.
Eso hace que el show sea más interesante para nosotros y, por tanto, creo que también lo vuelve más interesante para la gente.
Seguimos contando nuestras bendiciones y nos emociona mucho que podamos seguir haciendo música juntos.
Todavía tocamos con algunos de ellos de vez en cuando.
A como hemos ido creciendo, ha sido más fácil encontrar un balance.
¿Cómo recuerda su otro proyecto Mother Love Bone?
¿Como bajista, cuáles son sus influencias?
Dentro de los primeros que se me ocurren están Geezer Butler, John Entwistle, C. J. Ramone, John Doe, Paul McCartney, Chuck Dukowski...
Son tantos que podría hablar toda la tarde sobre los bajistas que me encantan.
Al principio, su música tenía un contenido más oscuro y ahora se ha vuelto más positiva.
Creo que cuando creces y hay algún trauma en tu vida y se pierde a un familiar o un amigo, esas cosas empiezan a influenciar tu arte y tu música y esas dos canciones, sin duda, representan eso para mí.
Perú:
El congresista Alejandro Aguinaga, quien es su médico personal, dijo al Canal N de televisión que Fujimori será evaluado durante tres dÍas en el Instituto Nacional de Enfermedades Neoplásicas para determinar la razón del dolor y la pérdida de fuerza de sus miembros inferiores.
Fue operado cuatro veces de cáncer a la lengua, tiene una pérdida de peso ponderal de 18 kilos a la que se le han aunado otras patologías como son la gastritis erosiva severa, el quiste del páncreas, los cálculos renales, la hipertensión arterial y los problemas circulatorios en las piernas, enumeró el médico.
Álvarez indicó que "Super Mario 3D Land" es "el primer videojuego de Nintendo pensado originalmente para ese soporte" , ya que hasta ahora éxitos como "Star Fox 64 3D" o "Zelda: Ocarine of time 3D" eran adaptaciones de títulos existentes.
Álvarez ha afirmado que "Super Mario 3D Land" contiene dos juegos en uno: la primera parte es "sencilla" para enganchar a los usuarios menos hábiles.
Además, los usuarios podrán elegir en tiempo real entre un "D agresivo" o uno que sólo afecte a la profundidad de la acción, pero será necesario jugar en tres dimensiones para poder superar los distintos retos y "no sucumbir a ilusiones ópticas".
Colom avala la extradición de Portillo hacia Estados Unidos
En conferencia de prensa, Colom afirmó que su decisión obedece a la independencia de poderes judicial y ejecutivo, tomando en cuenta que un tribunal de sentencia ya había ordenado la extradición.
Además de Portillo, serán extraditados Sergio Ruano Marroquín, por asesinato y lesiones graves, y Edgar Estrada Morales y Víctor Estrada Paredes, ambos por narcotráfico.
Junto al presidente de la Generalitat, Artur Mas, y a su predecesor Jordi Pujol, asistieron al acto el exconseller de Educación socialista, Ernest Maragall, y el exteniente de alcalde y actual concejal ecosocialista Ricard Gomà.
También acudieron a la gran sala de la Fabra i Coats el actual conseller de Benestar Social i Família, Josep Lluís Cleries, y el director general de la obra social de La Caixa, Jaume Lanaspa.
Los invasores se habían adueñado de 11 de los 13 pisos del edificio, en Balmes, 51
Los tres primeros pisos eran el escenario de las fiestas multitudinarias, que duraban hasta dos días y desesperaban a los inquilinos.
El presidente del grupo municipal del PP en el ayuntamiento, Alberto Fernández Díaz, había reclamado la semana pasada "desalojar de forma inmediata el inmueble para acabar con los problemas de convivencia y civismo que producen a los vecinos, así como la degradación de la zona".
A las 15.30 horas la policía se dirigió hasta el 35 de la calle de Mont-ral, tras recibir la llamada de un vecino que había observado que cuatro personas accedían al edificio.
¿Parque o montaña?
Con la muerte de la CMB, en 1987, el parque volvió a situarse, en el imaginario de muchos, como el límite superior de Barcelona, siendo la capital catalana de las pocas que no se orientan en el eje norte-sur sino arriba (montaña) -abajo (mar).
La calificación de Collserola como parque natural redunda en esta idea.
La referencia ya no era Central Park sino Yellowstone, con los jabalís en el papel del oso Yogi.
Es casi ya un tema recurrente al que echar mano cuando dos miembros de esta antigua casta de elegidos se reconocen en un ascensor.
"Limitar algo es fijar ya el siguiente paso", es decir, su sobrepaso.
Más ceñido a la pregunta, Mòdol opina que, simplificando, la vertiente vallesana de Collserola "puede entenderse como un parque, la de Barcelona, no", por una cuestión meramente topográfica.
Luego de 72 días de arraigo, el apoderado legal del Casino Red otorgó el perdón al hermano del alcalde de Monterrey del proceso que se le seguía por presuntos chantajes
Luego de cuatro horas ante el Agente del Ministerio Público 3 en Delitos Patrimoniales, fue trasladado a la Casa de Arraigo 1, ubicada en el Barrio Antiguo de la capital del Estado.
En ese lugar permaneció durante los 49 días siguientes al dictársele una segunda orden de arraigo luego de que el agente del Ministerio Público desechara los delitos de cohecho y delincuencia organizada.
El 25 de octubre se le giró orden de aprehensión por el secretario del Juzgado Segundo Penal de Distrito, Jorge Yánez, quien dijo que a casi dos meses de averiguaciones se comprobaron suficientes pruebas para determinar la culpabilidad de Jonás, tales como el cobro de 1.5 millones de pesos a los representantes de la casa de apuestas a cambio de permitir la operación de la misma.
Tras la audiencia al apoderado legal de la casa de apuestas, cerca de las 15:50 se ordenó la inmediata libertad de Larrazabal Bretón.
Vuelo visual:
Condiciones meteorológicos:
No se ha detectado evidencia de fuego o explosión:
Dirige el Seguro Social una investigación para descubrir el gen de la obesidad en niños y jóvenes; está apoyado en especialistas del IPN
Una vez que se cumpla el objetivo de reunir a 500 o 600 menores, el estudio continuará en la Unidad Deportiva Independencia (sur del Distrito Federal) y finalmente en la Unidad Deportiva Morelos (al norte del Distrito Federal).
Informó que en promedio, el mexicano tiene 65 por ciento de herencia indio americana, 30 por ciento europea y cinco por ciento africana y esta condición se refleja en los genes que se asocian a diabetes y exceso de peso.
Incluso, dijo, la presencia de pliegues de color obscuro (acantosis) en cuello y antebrazo, que indican la probabilidad de que padezca alteraciones metabólicas y hasta prediabetes.
Cuando el terreno se humedece, el agua se difunde en el interior de la carpeta y es difícil que salga, esto ocasiona un reblandecimiento de todas las capas del pavimento y, por lo tanto, la formación de baches.
¿Qué le faltó a la candidata del Valle para ser la nueva señorita Colombia?
El Valle recibe su título número 14 de princesa.
Esta vez Melina Ramírez Serna se tuvo que conformar con estar en el podio de ganadoras, lucir la corona de plata y la banda que la acreditan como nueva princesa de Colombia.
Un periodista bogotano insinuó que al ser la preferida, la ovacionada y la candidata que se llevaba todos los premios preliminares (reto de gastronomía Oster, voto del público por el mejor traje artesanal, y Reina Madre), "eso despertó los celos de las otras candidatas, estresó a la reina y por eso no brilló en el escenario".
"La belleza sola no basta en una Miss Colombia, hay que mirar mas allá de lo físico y centrarse en su sensibilidad social, que antes de ingresar al Concurso estén ya involucradas en proyectos", explicó.
También se especula que Valle pecó por sus defectos en el derriere y la fibrosis que se le notaba en su abdomen, pero resulta contradictorio pues precisamente el jurado la eligió como la candidata 'Belleza natural' con el cuerpo más sano, buena alimentación y trabajo físico responsable.
Entre tanto el periodista Guido Hoyos, de la revista Cromos considera que el error de la vallecaucana fueron las intervenciones quirúrgicas que se practicó.
Sin embargo, ella pasará a la historia como una de las reinas que a pesar de su arrollador paso por Cartagena, le fue esquiva la corona.
De los siete lofoscopistas que laboran en la seccional del CTI, esa semana le tocaba el turno de "disponibilidad" a Eliazar González, un hombre de Puerto Tejada que lleva 21 años trabajando en el área de investigación judicial.
Su ojo no le falló: era "Alfonso Cano".
Sin embargo, si puede ser usada, si se realiza el cotejo respectivo.
Al menos durante una hora consiguieron ocupar el lugar, pero después la Policía acudió y procedió a detener a algunos de los manifestantes, aunque Bray no pudo confirmar la cifra concreta, mientras aseguró a Efe que vio a varios periodistas que fueron también esposados.
La organización asegura que son varios centenares de personas las que se habían instalado en ese punto, donde ya se ha desplazado una delegación de líderes religiosos en muestra de apoyo a los integrantes del movimiento y que ha tratado de mediar con la Policía.
Entre tanto, la plaza Zuccotti -que es un recinto de propiedad privada- sigue cerrada a la espera de la celebración de una vista judicial prevista para este mismo martes en la que se debe analizar la legalidad de la evacuación de esta madrugada.
El alcalde Bloomberg indicó ante la prensa que, debido a esa orden judicial, la ciudad había suspendido la reapertura del espacio al público y a los manifestantes, a los que alertó, sin embargo, que las leyes locales no les permiten volverse a instalar con tiendas de campaña y sacos de dormir.
Bloomberg explicó que dio la orden de evacuar la plaza porque ésta se estaba convirtiendo "en un lugar en el que las personas no venÍan a protestar, sino a violar las leyes y, en algunos casos, a hacer daño a otras personas", ya que "algunos negocios habÍan recibido amenazas" y los vecinos temÍan "por su calidad de vida".
La recuperación se explica, en parte, por el repunte de la compra de maquinaria para restaurar las zonas asoladas por el seísmo y el posterior tsunami.
Y, en efecto, las perspectivas no resultan alentadoras.
El indicador que anticipa los puntos de inflexión en la economía mundial puso de relieve que las principales potencias se están frenando.
Ya que bajó cuatro décimas hasta los 100,4 puntos, frente a los 100,8 de agosto.
Sin embargo, el mensaje de Samaras no despeja las dudas sobre su postura: "Nos hemos comprometido a ayudar al Gobierno de transición, pero no nos hemos comprometido a nada más".
Pero la Comisión Europea, escocida aún por el impacto provocado por el órdago del referéndum de Papandreu, reiteró ayer que su exigencia es firme: no desbloqueará la ayuda si el nuevo Gobierno y los líderes de los principales partidos helenos no firman "un compromiso escrito sin ambigüedad y lo antes posible".
España "sigue trabajando" para ampliar la red de beneficiarios "a todos los rincones del planeta, y asume esta tarea con "responsabilidad", señaló Doña Sofía, que esperó que las iniciativas y aportaciones que se originen en la Cumbre, que se prolongará hasta el jueves, "garanticen la creación de nuevas capacidades y mejores oportunidades para los más pobres, y sobre todo para las mujeres", principales beneficiarias de estos préstamos.
En este sentido, expuso que sería un error vincular la cooperación con paises en vías de desarrollo a épocas de bonanza económica, ya que es una "obligación permanente".
Jiménez consideró que los microcréditos suponen "una política seria y rigurosa dedicada a erradicar la pobreza", y ahora "más que nunca" los gobiernos de países desarrollados deben trabajar bajo criterios de solidaridad y no dejar que ésta sea víctima de los recortes.
La CDU propone elegir al Presidente europeo por sufragio universal
La moción sobre la Presidencia de la Comisión Europea, propuesta por la dirección, se adoptó prácticamente por unanimidad.
De los 1.001 delegados, tan solo se registraron nueve votos en contra y diez abstenciones.
La standing ovation de varios minutos que se ganaron, con sus intervenciones, Angela Merkel y, tras varias horas, Wolfgang Schäuble, el eurófilo Ministro de Finanzas, despejan cualquier duda posible.
No solo porque Europa supone la paz, sino también porque "nueve millones de empleos dependen directamente del euro".
Pero la pelota está sobre el terreno.
Salvo de pasada.
La incidencia del fraude en las bajas por enfermedad
Nicolas Sarkozy estará el martes 15 de noviembre en Burdeos para visitar una caja responsable de los subsidios familiares y pronunciar un discurso sobre el tema, ya recurrente desde 2007, de la lucha contra el fraude social y la ayudantía.
Además, para acompañar tal ofensiva, que parte de la voluntad de ahorrar de forma rigurosa, pero aún así recuerda a un eje de la campaña presidencial de derechas, la mayoría quiere centrarse en las bajas por enfermedad.
Mientras se debaten estas cuestiones, la mayoría vuelve a poner sobre la mesa igualmente el tema del fraude, esta vez orientado hacia los abusos de las bajas laborales.
De hecho, desde 2002 se realiza un seguimiento constante de esta cuestión y se han lanzado diversas ofensivas políticas que, normalmente, han dado fruto.
En el caso de las bajas de más de 45 días, sometidas a inspecciones sistemáticas, se consideró que el 11% de los casos estaban "debidamente adaptados o injustificados; una cifra que, teniendo como partida un total de 1,2 millones, asciende a 132.000.
Sin duda, una cifra insignificante en comparación, por ejemplo, con el trabajo en negro.
Según el diputado de la UMP Dominique Tian, autor de un informe sobre esta cuestión en junio, dicha práctica representaría unas pérdidas de ingresos fiscales de entre 9.000 y 15.000 millones de euros al año, es decir, más que el coste total de los subsidios por bajas y, sin duda, considerablemente más que el fraude en este último ámbito.
Papadémos: Grecia deberá aplicar un nuevo plan de ajuste
Señaló que estaba de acuerdo con los objetivos de reducción del déficit y de la deuda, así como de lucha contra el derroche, pero en contra de cualquier política que impida la recuperación económica.
La sociedad canadiense vive negando la muerte.
De hecho, tan solo 9% de los canadienses está dispuesto a hablar con su médico sobre las condiciones en que desean morir y toman disposiciones a tal efecto.
Se trata de una de las conclusiones de un imponente informe de la Sociedad Real de Canadá, que contó con la participación de seis expertos de diversos ámbitos, incluido el ético, el jurídico y el médico.
Sin embargo, según los expertos, que también han estudiado la situación en todos los países donde dichas prácticas han sido legalizadas o no constituyen un delito penal, no hay ninguna prueba de que el hecho de que no sean consideradas un delito penal no ha provocado un abuso de su aplicación, es decir, la utilización de la eutanasia o del suicidio asistido con personas no competentes o que no hubieran dado su consentimiento.
Jocelyn Downie, coautora del informe, afirmaba ayer por teleconferencia que, al contrario, se observaban más excesos en aquellos países donde no se han legalizado la eutanasia ni el suicidio asistido.
En cuanto a las personas que han practicado el suicidio asistido, el 41% de los encuestados opina que no debería iniciarse un proceso contra ellas.
Otros expertos del ámbito del Derecho de salud ya han manifestado sus reservas en relación con las conclusiones del informe de los expertos de la Sociedad Real de Canadá.
El señor Deschamps destaca asimismo que los autores del informe parecen dar prioridad a la autonomía personal sobre cualquier otro valor de la sociedad.
Por su parte, tras las decisiones de la Liga Árabe y de la Unión Europea, los Estados Unidos han celebrado que se haya "reforzado el consenso contra Asad y las actuaciones del régimen" sirio.
"La comunidad internacional, los Estados Unidos, la UE, la Liga Árabe y otros países, como Turquía, están adoptando un tono cada vez más duro" con respecto a la represión en Siria, señala Mark Toner, portavoz del Departamento de Estado.
Además, ha reaccionado firmemente ante la decisión de la Liga Árabe de suspender a damasco de sus funciones, lo cual en su opinión constituye "un paso peligroso".
El antiguo Comisario Europeo debatió ayer con los partidos políticos y hoy se reunió con los sindicatos y la patronal.
"Monti ha hablado de un amplio programa con numerosos sacrificios", afirmó Francesco Nucara, diputado de uno de los abundantes pequeños grupos parlamentarios que participaron en los encuentros, tras haberse reunido con el Presidente del Consejo designado.
El Primer Ministro designado debería crear un equipo principalmente formado por tecnócratas, incluso si ha destacado que le gustaría incluir a "políticos".
El nuevo Gobierno deberá funcionar hasta 2013, fecha de las próximas legislativas, considera.
Monti se ha comprometido a que, cuando ocupe el cargo, trabajará teniendo en cuenta la urgencia y con el objetivo de que Italia "recupere su protagonismo" en Europa.
Un científico ruso, Vycheslav Danilenko, ha colaborado con Irán en el desarrollo de un detonador que se puede utilizar con un arma nuclear, según afirmó el lunes una ONG americana especializada en el riesgo atómico.
Los crímenes y delitos contra musulmanes han aumentado un 50%
Dicha legislación se adoptó tras la muerte de Martin Luther King para castigar los actos de violencia vinculados a la raza, el color de la piel, la religión, el origen y, ahora, la inclinación sexual.
El sitio de microblogging Twitter modificó el lunes la presentación de su plataforma para permitir a sus usuarios, en particular, observar la actividad de las personas a las que siguen, lo cual provoca que su servicio se parezca un poco más al de Facebook.
Esto permite saber si dan seguimiento a mensajes, si se abonan a cuentas nuevas, si califican de favorito algún mensaje, etc.
"La función Actividad me va a ayudar a seguir mejor algunos elementos de mi flujo Twitter", escribe @dannykronstrom.
Introducción de una "regla de oro" presupuestaria en la Constitución
Austria responde así a una petición de la Cumbre de Bruselas a los países miembros de la zona del euro del pasado 26 de octubre: en ella, los Jefes de Estado y de Gobierno pidieron la inclusión, antes de finales de 2012, de la reducción del déficit público y de la recuperación del equilibrio de las cuentas públicas en la Constitución o en una Ley con valor equivalente.
Antes de 2017, el déficit público estructural debería disminuir cada año en un 0,75% del producto interior bruto (PIB) y, a partir del 2017, el déficit público estructural del Estado federal no debería superar cada año el 0,35% del PIB, mientras que los Estados regionales, así como las comunas, deberían presentar presupuestos equilibrados.
El objetivo consiste en que, hacia 2020/2021, la deuda pública se reduzca bajo el criterio del 60% fijado por el Tratado de Maastricht.
Antes de la crisis financiera de 2008-2009, el dólar se cotizaba a alrededor de 120 yenes y el euro a más de 160 yenes.
La tercera potencia económica mundial ha recuperado el crecimiento en el tercer trimestre (un 1,5% en relación con el trimestre anterior), por primera vez en un año, gracias a un aumento de las exportaciones y del consumo de los hogares afectados por la catástrofe.
Pero el Primer Ministro considera que el elevado nivel del yen no reflejaba las "bases económicas de Japón".
Durante su última reunión a finales de octubre, el instituto de emisión aumentó en cinco billones de yenes (47.000 millones de euros) sus compras de Letras del Tesoro, llevando a los 55 billones de yenes (519.000 millones de euros) el umbral de los fondos que dedica a la adquisición de diversos títulos financieros para inundar el mercado de liquidez.
Zona del euro:
los tipos crecen, las bolsas flaquean
A pesar del nombramiento de nuevos Jefes de Gobierno en Grecia e Italia, así como de unas mejores cifras de crecimiento en Francia y Alemania, los tipos de los países más debilitados siguen aumentando.
"Los inversores, nerviosos, son perfectamente conscientes del riesgo de contagio", explica Terry Pratt, corredor institucional en IG Markets, citado por la agencia Reuters.
"Japón, como el resto del mundo, tiene la mirada fija en Europa y los intercambios seguirán realizándose en un margen de variaciones reducido, de modo que los inversores no tendrán pruebas de que la situación se ha estabilizado", considera Mitsushige Akino, gerente de fondos en Ichiyoshi Investment Management.
Los tipos italianos y españoles superan con creces el 6%
Los tipos crediticios de Italia y España permanecen a unos niveles muy preocupantes.
Estas tensiones en relación con los tipos de interés de los países del sur, aunque también de Francia, siguen alimentando los temores de los interventores.
El jefe del futuro Gobierno italiano, Mario Monti, ha pedido tiempo a los mercados para mejorar la situación en Italia, que corre el riesgo de asfixiarse con el peso de su deuda.
La diferencia de los tipos ("spread") entre las obligaciones a 10 años en Alemania y España, ha alcanzado un nuevo máximo histórico.
El Insee, sin embargo, ha revisado a la baja la cifra del segundo trimestre, con una reducción del 0,1% del producto interior bruto (PIB) en lugar de un estancamiento.
Además, el cuarto trimestre es el que realmente preocupa a los economistas.
Por otro lado, Gran Bretaña, Finlandia, Polonia, República Checa, Países Bajos, Suecia, Sudáfrica, China, India y Brasil, por citar algunos ejemplos, siguen adelante con determinación con sus proyectos.
Si el modelo alemán, basado en las energías renovables, se presenta en ocasiones como ejemplo, la realidad va en contra de tal discurso.
Recordemos que la política energética de nuestro país ha perdido construir un sector industrial con 125.000 puestos de trabajo director y 410.000 empleos indirectos.
Tan solo uno, el de Three Mile Island, se produjo en unas condiciones operativas normales; no provocó consecuencias ni para las personas ni para el medio ambiente.
La inmigración, ¿una carga o una oportunidad para la economía?
La política de inmigración aplicada por Nicolas Sarkozy ha sido criticada partiendo desde diversos puntos de vista: la saturación de los servicios policiales, judiciales y administrativos sometidos a la política de cifras, la compatibilidad de esta política con el estatuto autoproclamado de "país de los derechos humanos" de Francia.
La única diferencia, el grado de generosidad
La única diferencia es en el grado de generosidad con la que actúan con respecto a los inmigrantes.
En su programa, François Hollande se limita a incluir banalidades, indicando que el codesarrollo permitirá solucionar el "problema de la migración".
Pero la experiencia demuestra que, en realidad, los inmigrantes son más bien complementarios que sustitutos de los trabajadores nacionales y ejercen principalmente profesiones en sectores con falta de empleo.
Los inmigrantes poco cualificados trabajan en sectores que no atraen a trabajadores nacionales y los más cualificados en sectores dinámicos donde la formación no satisface la demanda de personal.
Del mismo modo que un cirujano tendría dificultades para trabajar en un país que tenga falta de anestesistas, la complementariedad entre nacionales e inmigrantes provoca que la llegada de estos últimos influya positivamente en los salarios y el empleo de los nacionales.
Teniendo en cuenta lo anterior, Giovanni Peri calculó que un aumento del 1% de los flujos migratorios supone una subida de los salarios reales a largo plazo de entre un 0,6 y un 0,9%.
Dichos dientes, que disuadieron a los inmigrantes, tuvieron exactamente el efecto inverso.
Algunos quizá creyeron que, para que la democracia triunfase definitivamente sobre sus enemigos, sería suficiente ejercer el voto y del modo más directo posible.
Sabemos, desde Napoleón "el Pequeño", que se trataba de algo pensado.
Una firma en blanco al monarca europeo absoluto o un alto al vacío del agujero nacionalista: ¡qué opciones para el ciudadano!
Nos preocupamos por la transferencia de soberanía a Europa, pero es toda Europa la que pierde lentamente la soberanía y, con ella, cada una de sus naciones.
La salida de la crisis requerirá decisiones a escala europea que no podrán tomarse sin una legitimidad democrática total, salvo que sea para conducirnos al desastre.
Esta lección sigue siendo aplicable.
Debemos construir una Europa más integrada desde el punto de vista económico.
De hecho, el año 2011 debería finalizar con un aumento del 11% en las ventas mundiales de tarjetas con microprocesadores (tarjetas bancarias, teléfonos con tarjetas SIM, etc.), con un total de 6.000 millones de unidades, según cálculos del gabinete Eurosmart.
En la actualidad, existen pocos dispositivos equipados con la tecnología NFC (Near Field Communication), indispensable para realizar las transacciones.
Los vínculos entre el grupo terrorista Al Qaeda en el Magreb islámico (Aqmi) y la secta nigeriana de Boko Haram, sobre los que se sospechaba desde hace tiempo, se han confirmado.
Eje terrorista
"Sabemos desde hace años que la secta disfruta de apoyo financiero e intelectual exterior y que cada vez está más activa", afirma Kunle Amuwo, un investigador nigeriano.
La comunidad internacional, empezando por Washington, está desde entonces presionando a Abuya para que tenga en cuenta los problemas generados por Boko Haram.
Las autoridades nigerianas, de hecho, llevan tiempo considerando al grupo como una comunidad de iluminados poco digna de interés.
Un éxito rápido
Fundada en 2002 en Maiduguri en torno a una mezquita, una escuela y al imán fundamentalista Mohammed Yusuf, Boko Haram (que significa, en hausa, "la educación occidental es un pecado"), incita a la instauración de un emirato islámico en el norte musulmán de Nigeria.
Mohammed Yusuf, arrestado en vida, recibe la muerte en prisión.
Desde entonces, la secta se radicaliza y abandona sus feudos del norte.
Las pasadas Navidades, reivindica un atentado que causa 80 muertos en Jos y, después, otro en Abuya.
En junio, Boko Haram vuelve a atacar contra Abuya, en particular contra el cuartel general protegido de la policía, con un ataque suicida, el primero de este tipo.
El mundo según los candidatos republicanos a la Presidencia
Se extienden los lemas, a menudo infundamentados, sobre China, Irán, la ayuda a Israel.
Jon Huntsman, antiguo Embajador de Obama en China y el único candidato que posee una visión sofisticada de la política exterior, casi se ahoga ante una actitud que "apabulla" las emociones.
Romney también ha prometido una intervención militar en Irán si las sanciones no logran interrumpir su programa nuclear.
Los oponentes del actual Presidente contestan que Reagan también tenía ideas simples y que ganó la Guerra Fría.
Recuerdan que el propio Obama era un aficionado y que tuvo que aflojar el pistón en materia de lucha contra el terrorismo.
Insisten, con razón, en el fracaso de su ingenuo diálogo con Irán, en la salida precipitada de los "boys" de Iraq y en sus tergiversaciones en Libia, y lo etiquetan de débil.
Polonia y los países bálticos se habían opuesto firmemente al proyecto.
Es decir, si el tema es políticamente delicado.
Se apoya en el fondo del mar, a una media de 200 m de profundidad.
Tiene su sede en Zoug, Suiza, donde la imposición resulta especialmente favorable.
El coste total de la obra debería alcanzar 7.400 millones de euros para los dos tubos.
Existen unos sensores que miden la presión, la temperatura y las características específicas del gas a la llegada, antes de que se transfiera a los gasoductos alemanes.
A total capacidad, serán tres millones por hora y en 2012, seis millones.
Moleskine, una libreta de marca.
La libreta se inspira en una antigua técnica de producción, el mole skin (piel de topo), que se refiere a un algodón barnizado que se utilizaba, entre otras cosas, para cubrir las banquetas.
Distribuye sus cuadernos en librerías, desde el Fnac hasta los pequeños comercios del centro de las ciudades, y ha sabido imponer su identidad.
Un éxito que provoca envidia: en otoño de 2006, Modo Modo fue adquirida por el fondo de inversión SG Capital Europe, en la actualidad Syntegra Capital, escribiéndose así una nueva página en la historia de Moleskine.
¿Desalentadora?
"Los progresos alcanzados desde hace quince años son considerables.
"En Lille, estoy todo el año, lo cual no se aplica a Bélgica.
"Nos acabamos de enfrentar hace poco.
"Nuestros pequeños belgas están creciendo", destacó.
"Es un buen resultado, pero a la vez conlleva un riesgo, puesto que no hemos marcado fuera de casa".
