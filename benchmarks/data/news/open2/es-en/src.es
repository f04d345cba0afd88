¿Qué se cuenta? El ČSSD en Praga no conoce ni a Voldemort ni la pastelería
El diccionario codificado que utilizaba la flor y nata política de Praga durante el período anterior, del alcalde Pavel Bém, incluye algunos de los personajes, situaciones y causas más conocidos de la metrópolis.
Al menos, eso dicen.
"¿Quién es Voldemort?"
"La verdad es que no lo sé."
"Más bien soy un novato en la política praguense", afirmó durante el examen de terminología de "colegueo" el concejal de cultura Lukáš Kaucký.
Al igual que Březina, indica que tales los conocimientos los obtuvo de las noticias, pero que no emplea tal vocabulario.
"Pregunté a mis compañeros, pero realmente parece que no tenemos nada parecido."
Suelen tener una edad avanzada, no pueden trabajar, por ejemplo, por razones de salud, están solteras y no tienen hijos.
"Tampoco se aísla a las mujeres jóvenes sanas, porque ayudan en las labores y tienen hijos", explica una monja que, en la capital del estado de África occidental Burkina Faso se ocupa en una residencia especial de más de cien mujeres expulsadas de sus comunidades.
El Gobierno local ha decidido oponerse a esta inusual "medida social".
Las acusaciones de brujería también son comunes en otros países africanos.
"Además, no dispone de agua caliente y la calefacción se basa en una caldera de combustible sólido", muestra con el dedo el hombre en el nuevo contrato de su hijo, sobre cuya firma tiene plenos poderes.
Pero, ante esto, el hombre tan solo hace un ademán.
Ostrava se está convirtiendo en un gran laboratorio de pruebas de la liberalización.
Por eso, Aktuálně.cz se decidió a visitar el "laboratorio" en persona.
Al pulsarlo, sale de la máquina un papelito con un número.
RPG Byty les propone en las cartas un aumento del alquiler de entre el 15 y el 38%.
"Lleva funcionando una semana, así que está empezando", responden, tras dudar brevemente, los trabajadores que se encuentran en ella cuando el cliente se presenta como periodista.
Mientras tanto, RPG propone en la web y en sus tablones realizar reuniones individuales sobre los contratos cuando sea necesario.
"Recibo una pensión de 13.000 y me quedan 5.000 para la comida; no tengo medios para acudir a los tribunales", afirma.
Pero, inmediatamente, la empleada siembra la duda.
"En tales casos, se trata de un aumento desde unas cantidades extremadamente bajas, de 19,66 coronas por metro cuadrado", indica RPG.
Los arquitectos han entendido que las oficinas también necesitan guardería
La empresa de proyectos arquitectónicos Arch.Design, de cuyo estudio salieron numerosos edificios conocidos de Brno, pensó desde los primeros bocetos del edificio Avriopoint en incluir un espacio para su miniguardería.
Junto con la posibilidad de disfrutar de un horario reducido, la guardería es uno de los beneficios que ofrece Arch.Design a sus trabajadores en el marco de su programa social.
Las constructoras y arquitectas de este modo tienen la posibilidad de combinar una profesión exigente con el cuidado de los hijos.
La clase no solo dispone de juguetes y juegos de mesa, sino también de un ordenador para los niños.
Así, los padres son más productivos mientras trabajan.
De este modo, Arch.Design se sitúa entre las empresas firman que ofrecen una gran ventaja para la admisión de nuevos trabajadores: apoyan a la familia y, en definitiva, este programa reforzó el marketing de personal.
Así es la Casa Batlló, en Barcelona, del arquitecto catalán Antoni Gaudí.
Sin embargo, la Casa Batlló, formada por diversos apartamentos, no la diseñó Antoni Gaudí solo.
Debido a su forma orgánica, los locales poco después de su finalización la apodaron "la casa de los huesos".
Aún así, la construcción obtuvo el permiso correspondiente desde el principio, aunque evidentemente en él los datos indicados sobre la reconstrucción prevista eran tan vagos que, dos años después, a su finalización, el ayuntamiento se quedó tan impactado con el resultado que pidió que se corrigiese.
Le molestaba, por ejemplo, que la construcción incluyese columnas incluso hasta la acera pública.
La planta baja se alquiló a una joyería.
El juego con los dos colores aporta el máximo de luz en todos los pisos de la casa.
Se basó simplemente en el principio de que el blanco refleja más luz que los colores oscuros, los cuales por el contrario absorben los rayos de sol.
Los dueños decidieron abrir las puertas al público en 2002, con ocasión del 150º aniversario del nacimiento del famoso creador.
Cómo se escoge el colchón y el somier: las mujeres y los hombres buscan cosas diferentes
Ante todo deben complementarse a la perfección para que se adapten a los usuarios concretos.
¿Un ejemplo típico?
Además, suelen pesar considerablemente más que los colchones de poliuretano habituales.
"Este tipo de colchones se recomiendan también para personas con diabetes que tiempo problemas del sistema nervioso, por lo que reciben mal la información de las articulaciones y de la piel", explica Sylva Hadamcziková, que se especializa en el mobiliario acolchado.
Muchos jugadores de hockey, al igual que otros clientes, llevan tiempo prefiriendo los colchones de viscoelástica.
Este "milagro" funciona de un modo muy sencillo.
Un hombre o mujer con una altura de alrededor de 180 cm necesitará una cama de entre 210 y 220 cm.
"Al tocarlo con la mano o al acomodarse en el colchón, sin duda no deberían notarse los muelles", advierte Helena Prokopová.
Y, dado que cada noche transpiramos entre 0,2 y 0,75 l de sudor, está claro que tras unos cinco o siete años el colchón empezará a recordarnos a un gran (y congestionado) tamiz.
Por esta razón, los especialistas rechazan los eslóganes que hablan de una vida del colchón de hasta 25 años o, incluso, de una garantía de por vida.
Como mucho para las camas pensadas para que pasen una noche las visitas.
Sin embargo, debe hacer (si no los tienes ya) orificios de ventilación en la tabla y debe utilizarse con un colchón con muelles en el interior y una altura mínima de 15 cm con los muelles en bolsas (como el alemán Taschenfederkern) y una capa blanda.
Se trata de una fijación especial de las láminas que permite presionar o, incluso, inclinar las láminas de tal modo que "rodeen" perfectamente a los hombros durante el sueño.
De hecho, prácticamente todos los fabricantes conocidos emplean soja.
El extracto de pimiento rojo mejora la circulación de la sangre, de modo que las mujeres sienten más calidez.
La combinación de diversas rigideces de espuma fría y viscoelástica permiten fabricar colchones de diversas zonas que saben perfectamente dónde va la cabeza, los hombros y los talones.
Un colchón de buena calidad le costará de siete mil coronas para arriba.
Resulta complicado ahorrar en los colchones y somieres.
Por consiguiente, el cuerpo humano, cálido, ejerce un efecto perfecto y adapta óptimamente su presión.
Los fabricantes nacionales, por ejemplo, utilizan la espuma Eucatherm C o Twinsaver y similares.
Incluso a costa de invadir su privacidad.
En su opinión, los niños siempre deberían saber para qué sirve la "cajita" y cómo se utiliza en caso de emergencia.
El problema de las unidades de seguimiento actuales es que por el momento se trata de dispositivos con un tamaño similar a una caja de cerillas o los teléfonos móviles de menor tamaño.
Según Pilin de Macro Weil, por esa razón se están realizando pruebas actualmente con dispositivos que parezcan un reloj digital.
"Además, tendrán la ventaja añadida de que un posible agresor quizá no identifique el dispositivo".
El problema es que la vida útil de la mecha es de dos años, cuatro a lo sumo.
Según los cálculos de los pirotécnicos del ejército, con los que se puso en contacto MF DNES, se decide sin embargo que, en tal caso, deberían realizar dichas maniobras con frecuente uso de explosivos cada año también todos los generales, oficiales de alto mando, e incluso secretarias y limpiadoras.
Si al contrario, tal como dicen los expertos, para la formación inicial de cada nuevo profesional llega con un máximo de dos metros de mecha, el ejército tendría con la nueva compra (incluso añadiendo el consumo de las unidades de ingenieros o especiales) existencias suficientes para los 225 indicados anteriormente.
"Pero es su decisión y, sin duda, sabrán por qué actúan así".
"Para nosotros, el ejército es un buen cliente al que, como empresa, intentamos satisfacer", admite el director comercial de STV Group, Jan Děcký.
El portavoz del Ministerio de Defensa Jan Pejšek defiende las centenas de kilómetros de mecha diciendo también que tendrá existencias de esta "munición" como mínimo para diez años.
Otro argumento del Ministerio es que, al comprar 445 kilómetros de mecha, obtuvo un descuento.
Además, la policía siempre pide únicamente la cantidad justa como para agotar la munición antes de que se acabe su vida útil.
El hecho de ganar el concurso "Empresario del año" ayudó a Lukáš Pytloun en la venta de las franquicias de su hotel.
Su historia de éxito parece sacada de una película.
"El nuevo logro esperan que aporte un sentimiento de victoria, pero en una atmósfera más calmada", señala Karel Žďárský.
Este año forma por cuarta vez parte del torneo empresarial de la publicación Hospodářské noviny y empieza a crear afición asimismo entre el público general.
Para la encuesta de este año se presentaron más de cien, en particular 105 normas y reglamentos que no tienen sentido.
En el año 2007, lo que más molestaba a la gente era la obligación del empresario de comunicar con una antelación de tres días a la oficina empresarial de la zona de funcionamiento permanente, la intención de acudir con un puesto a una feria o exposición.
Y a la tercera va la vencida.
La Absurdez del año 2009 fue la regulación para los fisioterapeutas de tener en su consulta un gran espejo, una nevera y dos básculas de suelo.
El cometido de este concurso consiste en respaldar a las empresas responsables y justas.
Aunque el tipo de actividades varía completamente entre una y otra, el denominador común es el apoyo y la consideración que ofrecen.
En un caso, se trata por ejemplo de las personas discapacitadas, en otros de los problemas personales o de salud de los empleados.
Entre los catorce finalistas de toda la República se situó, por ejemplo, la empresa praguense de software Et Netera, que respalda la formación de equipos deportivos informales entre sus trabajadores, que después participan en torneos de diversos deportes.
En Olomouc ganó la empresa de contabilidad MiRyz Soft, que redujo el horario laboral, incluso por debajo de la media de 35 horas semanales, sin reducir los salarios.
"Además, respaldamos la beca Persona en apuros, que ayuda en concreto a la comunidad romaní local", comenta el representante de la empresa Ondřej Suchý.
Los organizadores eliminaron de la evaluación los formularios que no estaban completos o erróneos.
Debía pagarle por ello a Luboš G. medio millón de coronas.
"Por el momento tan solo puedo decir que la policía busca a una persona por soborno durante una subasta pública y licitación pública", dijo a Právo la jefa del fiscal general de Pilsen Antonie Zelená, añadiendo que por el momento no puede divulgar más detalles sobre la investigación en curso.
Las familias deberán pagar unos gastos adicionales de varias centenas de coronas al mes
Por consiguiente, las familias tendrán que sacar de la cartera, a partir de enero, varios centenares de coronas al mes más que ahora.
Los residentes en Praga también deberán soportar un aumento del 9% del precio del agua y la calefacción, especialmente en caso de que la ciudad aumente el alquiler de las infraestructuras.
Si el alquiler no varía, los praguenses pagarán un 6,8% adicional.
Los jóvenes checos se emborrachan con Fernet y ron. La cerveza ya no está de modo, porque hace efecto lentamente
Los niños que acaban tumbados en el hospital continuamente para superar la resaca ya no son una excepción.
"Beber cerveza o vino ya no está de moda, porque tardan mucho en emborracharles."
"El vodka tiene la ventaja de que se aligera con zumo y de que no huele tanto", explica.
"Esas son las bebidas alcohólicas modernas, en particular entre los escolares."
Antes de Hořovice, donde trabaja desde este año, trabajó durante un decenio en la pediatría en Motol, a donde las ambulancias llevaban a los jóvenes desde las zonas cercanas.
"Una chica tuvo que ingresar quizá cuatro veces."
"Se encontraba en la feria de Holešovice en alguna fiesta de baile."
"Lo interesante es que a su madre ni le sorprendió que su hija desapareciese 48 horas", se sorprende el jefe.
Sin embargo, las estadísticas únicamente muestran los que acuden con una intoxicación grave y deben permanecer en el hospital.
"En tal circunstancia, beben por las malas notas o, al contrario, celebran el inicio de las vacaciones."
El seguro médico, en su opinión quizá como medida regresiva, que suele devolverle a las personas los gastos del tratamiento, no lo hace en el caso de niños que beben.
Jan Peješk, del departamento de prensa de defensa, indica que todavía no se sabe cuándo se retirarán los aviones físicamente de Vodochody.
Añadió que el ejército no se queda sin aviones biplaza, puesto que en mayo de 2009 el ejército firmó con Aer Vodochody un contrato por una cuantía de 200 millones de coronas para la construcción de cuatro dispositivos L-159 innecesarios para biplazas.
La compra de aviones Casa posiblemente llegue a tener consecuencias judiciales.
El ejército ya recibió tres aviones Casa y el último debería llegar al aeropuerto praguense de Kbely en catorce días.
Ésta es la sorprendente conclusión de un estudió publicado el miércoles en una revista británica sobre cáncer.
Más de la mitad de los participantes en el estudio tenía el dedo índica de la mano derecha más corto que el anular.
Chequia, al igual que la mayoría de Europa, amaneció el jueves cubierta de nieve.
En el kilómetro 91 se averió un camión, en el 93 chocaron dos vehículos industriales que provocaron heridos.
También se ha producido un accidente en la carretera D11, justo junto a Praga.
El medio de transporte más seguro es el metro.
Los viajeros deberían comprobar cuál es la situación actual.
En Hodonínska, se requiere cautela en la zona de los Bílé Karpaty (Cárpatos blancos).
En Chequia cayeron entre dos y diez centímetros de nieve, más en el norte de Bohemia, donde la capa de nieve alcanza los 18 centímetros.
En la región de Moravia-Silesia, cayeron alrededor de 15 centímetros de nieve.
Los soldados americanos tienen una nueva "arma inteligente"
Según Richard Audette, que habló sobre el desarrollo de la XM-25, el nuevo fusil es la primera arma para infantería que utiliza una tecnología "inteligente".
El consorcio japonés Fujitsu traslada su sucursal en Bad Homburg a Frankfurt.
Además, Fujitsu será el único inquilino en Bad Homburg.
La dirección informó antes a la ciudad sobre su intención.
De tal manera, ahora hay un gran lugar vacío que cubrir en el puesto famoso.
Dispone de empresas, por ejemplo de ordenadores y servidores, y presta también los servicios precisos.
La filial Fujitsu Technology Solutions se instala desde Bad Homburg en Frankfurt-Niederrad, las siguientes filiales en este lugar serán Fujitsu Services y una empresa con el nombre de TDS.
Por eso se han alquilado 7.000 metros cuadrados en el edificio de oficinas de Astro Park.
Assange, el fundador de Wikileaks, al parecer está detenido en Inglaterra.
La plataforma de revelaciones de Wikileaks es siempre el blanco de las críticas, siempre más fuertes en los Estados Unidos.
Los activistas de internet perdieron el acceso a su anterior servidor americano y actualmente buscan una patria de internet en Europa.
El conocido senador americano, Joe Lieberman, llama a otros países y empresas al boicot de Wikileaks.
"Hablar libremente en el país de la libertad", comunicaban los activistas de las revelaciones mediante el servicio de mensajería Twitter el miércoles (hora local).
Poco antes, la empresa de internet, Amazon, había eliminado los documentos de Wikileaks de su servidor.
Mediante Twitter, Wikileaks explicó lo siguiente: "Perfecto, destinaremos nuestros dólares a contratar a gente en Europa."
Si Amazon tiene problemas con la libertad de expresión, "deberían dejar de vender libros".
La portavoz de Wikileaks, Kristinn Hrafnsson, afirmó en Londres que han existido amenazas.
Hrafnsson reaccionó evidentemente ante las declaraciones de Norteamérica.
En América, el anterior gobernador republicano de Arkansas, Mike Huckabee, afirmó que el responsable de las revelaciones de Wikileaks debe ser juzgado por traición y debe ser ejecutado.
Además, el gobierno americano anunció que para encargarse de la seguridad de los disidentes y activistas, deben poner en peligro la publicación de Wikileaks.
La universidad del helado
En la "Gelato University" en Bolonia se preparan heladeros en las mejores épocas del año.
El gelatiere elabora la crema según todas las reglas del arte italiano de la elaboración de helados.
El maestro heladero Luciano Ferrari explica a los participantes posteriormente las cualidades ideales del helado perfecto.
Luciano echa los ingredientes básicos: leche, nata, leche en polvo, azúcar y estabilizadores en una gran batidora, que calienta todo con un programa electrónico hasta 85 grados y al momento lo enfría hasta cuatro grados.
Se permiten ciertas variaciones en la masa básica.
"Todos los proveedores intentarán colar ingredientes aromatizados en su mercancía."
O incluso con la crema de helado de la masa básica blanca, que con huevos se volverá una crema amarilla y con cacao en polvo como base para todos los posibles placeres del chocolate.
Las disposiciones de Efsa están en párrafos con los mismos términos con la documentación de la situación de Ilsi e imitan la escritura de la empresa, que en realidad está controlada por sus autoridades italianas en Parma.
No se exige a los expertos que trabajan en Efsa que no tengan ningún contacto con la industria.
La práctica actual consiste en verificar unicamente proteinas aisladas, pero no la planta transgénica entera, lo cual no ofrece resultados fiables.
Por eso, hay pocos científicos que no estén influenciados por consorcios.
La tierra de Stuttgart nunca volvió a ser la misma: Miles y miles se manifestaron contra el s21, la suspensión de millones en la estación.
Se ha asegurado un par de trozos.
"Estas piedras son reliquias."
Unos 200 enemigos del S21 tomaron el mazizo de 80 kilos cortado, con un precio por trozo de 6,50 a 14 euros.
Algunos lo tomaron como recuerdo pero también con la esperanza de poder devolverlo en una reconstrucción.
Dentro de poco tiene que ir a Colonia.
La Universidad Técnica de Braunschweig y el fabricante de coches Vokswagen han invitado a un taller a los estudiantes de ingeniería mecánica y diseño.
Y como las universidades no facilitan publicaciones sobre las habilidades de sus estudiantes, se intenta atisbar a los talentos excepcionales en proyectos prácticos y captarlos.
Si no que tienen que anunciarse y, sobre todo, para conseguir una mano de obra altamente cualificada.
Todos los estudiantes de las disciplinas de ingeniería se encuentran en una excelente situación de negociación.
Y, según los prognósticos de la VDI, este vacío de ingenieros crecerá aún más.
En la empresa de auditoria y asesoramiento, KPMG, Roman Dykta se encarga de la caza de talentos.
Actualmente en la página web de la empresa aparecen 35 puestos vacantes.
"Un gran consorcio normalmente no puede ofrecerlo", declara Stübe, la encargada de personal.
Los factores decisivos son horarios de trabajo flexibles, asistencia a niños o buenas posibilidades de ascenso.
Cuando se trata bien a la gente y lo identifican con la empresa, entonces se consigue promoción directamente para el empleador por parte de amigos y conocidos.
"Es como un juego con pandilla", afirma Kriegler.
Desde la costa del estado estadounidense de Florida al Golfo de Méjico no ha aparecido en estos años ninguna nueva perforación petrolera.
También ante la costa atlántica permanecen nuevas perforaciones vedadas por el momento.
Antes de la desgracia que costó la vida a once trabajadores y provocó la mayor catástrofe medioambiental de los EE.UU., el presidente Barack Obama había admitido nuevas perforaciones en la parte oeste del golfo de Méjico bajo presión de la oposición y de la industria.
Actualmente la autoridad de control responsable, que tras haber sido acusada de cargos de corrupción ha caído en descrédito, se reforma de raíz.
Obama anuncia de manera paralela que se cerrarán las lagunas fiscales lucrativas para los consorcios del petróleo y del gas.
Ogonilandia está arruinada
"No os canséis", tranquiliza el activista medioambiental a los periodistas: "Hoy pasará suficiente petróleo ante vuestros ojos."
Antes aquí cogía gambas a puñados, explica Esther Badom en la orilla del río Bodo-Jetty.
"Lo que aquí ocurre es una lucha ecológica", afirma, huraño, Celestine Akpobari. "Vivimos en peligro constante para la salud."
Quien sea responsable de la duradera región medioambiental, lidiará con ello.
En Nigeria, Shell aplica principalmente bajos estándares de seguridad normalmente en el mundo los convencionales, reprochó el científico Richard Steiner al consorcio en 2008: Únicamente los índices de defectos de las tuberías son "sobre un múltiplo mayor que en otro lugar".
En un lugar, que desde lejos parece olvidado, aparece un taller lleno de petróleo bajo el cielo libre, surgen figuras de entre los manglares: Están desnudos y cubiertos de petróleo.
Solamente una parte insignificante de la material prima provisional almacenada se refina claramente de forma ilegal: Las redes criminales organizadas, a las que también pertenecen políticos y altos cargos militares, guardan la mejor parte en aljibes y lo venden barato en el mercado mundial.
"Si las petroleras no se comportaran como invasoras y no hubieran destruido por completo el hábitat natural de los peces, no habría sabotaje, ni robos, ni refinerias ilegales."
La aerolínea Qantas quiere demandar al fabricante del motor.
Esto afectó a los motores fabricados por Rolls-Royce pertenecientes a 20 aviones de la serie A380.
Rolls Royce distingue el tipo de la gasolina como la causa de los daños.
Singapore Airlines mantuvo aproximadamente a tres de sus once A380 temporalmente en tierra.
El invierno hiela Alemania: En casi todo el país se alcanzaron temperaturas gélidas durante la noche del jueves, lo que ha desencadenado el caos en el tráfico en muchos puntos.
Además, fuertes rachas de viento barren la costa del mar báltico.
Sin embargo, hay pocos pasajeros varados en el aeropuerto, a pesar de eso hay 400 camas de campaña preparadas para ellos.
Miles de personas de luto por los mineros fallecidos
Todavia no se han podido encontrar los cadáveres, porque las medidas de seguridad siguen siendo precarias en el lugar de la desgracia.
Se introdujo una sonda en el lugar de la desgracia, pero no descubrió ninguna señal de supervivencia.
No se han podido recuperar los cuerpos hasta la fecha.
Actualmente los familiares y amigos recuerdan a los fallecidos con un acto conmemorativo.
También había fotografías y objetos personales, debajo prendas de vestir y tablas de surf.
Por otra parte, Unojo, como se llama en realidad, no dice casi ninguna palabra durante toda la película y los otros personajes se dejan llevar por como mucho una o dos frases o un par de penosos gritos mortales.
De lo contrario se callan y gozan de los bonitos y terroríficos paisajes montuosos de Escocia, que los bastidores ofrecen al mundo vikingo de hace aproximadamente mil años.
Más bien ideal para cineastas crecidos e interesados en el existencialismo y en movimientos de cámara muy calmados.
El director Winding Refn considera a sus salvajes y a la trilogía sobre el peinado traficante de drogas "Pusher" como una especie de versión danesa de Quentin Tarantino, pero se niega estoicamente a hacer que sus obras sean para todos los públicos con algo más de humor en la corriente principal o algo menos de brutalidad de la casa artística.
Es una lástima que "Walhalla Rising" no haya encontrado distribuidora cinematográfica en Alemania y solo se publique en DVD.
Una experiencia.
La organización de energía nuclear OIEA tiene nuevos indicios de un programa nuclear secreto en Siria.
El país rechaza opinar sobre este tema hasta que se permitan controles.
Según información del servicio de inteligencia internacional de EE.UU. de la CIA de finales de abril de 2008, se diseño un reactor corriente bajo el nombre de las proximidades de el-Kibar muy apropiado para la producción de plutonio, con el que se construyen las armas nucleares.
Desde entonces Damaskus se niega a discutir al respecto, de igual modo que respecto a las imágenes por satélite.
Según el periódico Süddeutschen Zeitung, la OIEA ha designado como interno a Marj as-Sultan, Masyaf y Iskandariayah, de nuevo derivado de las proximidades de las ciudades situadas.
Tampoco hay dudas sobre si las ruinas, las valiosas pistas que pueden recuperarse, se encuentran en los tres lugares.
Entretanto, Damaskus critica también esta propuesta.
Ella misma ha escrito el guión, una historia de amor entre una bosnia y un serbio.
No se dan historias de amor en los campos de violaciones, y la posición de Jolie al respecto delata a las víctimas lo suficiente sobre el guión.
Su contenido sigue siendo impreciso.
Esta tarde por fin vuelve a ser buena para los irlandeses.
El extraño espectáculo se llama "Beerpong", y el premio para el ganador son 500 euros más unos billetes de avión a Las Vegas para el campeonato mundial de beerpong en enero.
La diversión en Las Vegas no está en sus planes, en enero realizará una entrevista personal en Nueva Zelanda.
100.000 irlandeses abandonarán el país en un futuro cercano, pronostican los expertos en economía y el instituto de investigación social ESRI de Dublín.
Una gran pérdida para este pequeño país con solo 4,5 millones de habitantes.
Después de una década de progresión que trajó un gran bienestar a los irlandeses, en la actualidad se extiende la melancolía.
"El último que cierre la puerta."
Observa como sus compañeros van de unas prácticas no reumneradas a las siguientes.
Personas como Stephen McLarnon intentan ver este tema de manera positiva.
Ya que ya no había nada que hacer para el ingeniero de 29 años, actualmente trabaja con 15 compañeros irlandeses en la construcción en Alemania.
"Gano dinero en Alemania para una casa en Irlanda, en la que jamás estoy tan bien."
Se ríe algo avergonzado y se va por habitaciones heladas.
"Eran tiempos locos, había dinero fácil sin muchas preguntas", dice.
¿Tiene miedo de fracasar con el crédito?
Al ingeniero civil no le gustan las quejas que escucha a menudo actualmente.
"Nadie debe pasar hambre, nuestra situación no es, con mucha diferencia, tan dramática como en tiempos pasados aquí en la isla", afirma.
Dejar pendiente el futuro y simplemente ver como es la vida en otra parte.
Teme que pueda degenerar en una fiesta de despedida.
La delincuencia genera mayor preocupación que el desempleo.
Creció también en México, donde la economía se ha recuperado tras sufrir un gran descenso de la producción el año pasado.
Hace una década, las turbulencias económicas en Latinoamérica afectaron gravemente al apoyo a la democracia.
(La Comisión Económica de las Naciones Unidas para América Latina informó esta semana de que la proporción de latinoamericanos que viven en condiciones de pobreza tan solo aumento marginalmente en 2009 y que se ha reducido de nuevo este año, hasta el 32%.)
Los buenos rendimientos económicos de Brasil y la popularidad de su presidente saliente, Luiz Inácio Lula da Silva, se refleja en un sentimiento general de progreso.
Por segunda vez desde que empezaron las encuestas, más encuestados en Latinoamérica mencionan la delincuencia, en lugar del desempleo, como el problema más grave al que se enfrenta su país (consulte el gráfico 5).
Alrededor del 31% afirma que, sea ellos o un pariente cercano, ha sido víctima de la delincuencia en el último año, una cifra que se ha reducido desde el 38% del año pasado y que es el menor porcentaje registrado desde 1995.
Elecciones a la basura
Una docena de candidatos a las presidenciales, incluidos varios de los más populares, denunciaron fraude y pidieron la anulación de las elecciones.
En otras palabras, el espectáculo continúa.
Teniendo en cuenta que la epidemia del cólera arrasa el país y más de un millón de los supervivientes del terremoto sigue viviendo en tiendas, se espera una gran abstención.
Alrededor de 250.000 documentos de identidad, necesarios para votar, todavía no se habían distribuido poco antes de las elecciones.
Avanzando de puntillas hacia el centro
Sin embargo, tras unas caóticas sesiones en las que un diputado le dio un puñetazo a otro en la cara y otros diputados acusaron al gobierno de soborno, el Congreso decidió rechazar el presupuesto de 2011.
"No voy a discutir", dijo la presidenta.
La economía se ha visto impulsada por los elevados precios de las exportaciones agrícolas argentinas en el mundo.
Quizá por está razón la señora Fernández está dando señales de querer restaurar los vínculos financieros de Argentina con el resto del mundo.
A inicios del año, el gobierno llegó a un acuerdo con los titulares de bonos que se habían negado a una reestructuración forzosa previa de la deuda que Argentina no había abonado en 2001.
En la actualidad, parece que la señora Fernández está a punto de celebrar un acuerdo con los gobiernos acreedores agrupados en el Club de París, al que debe alrededor de 6.700 millones de dólares.
Cuando los argentinos regresen de sus vacaciones estivales en marzo, la ola de simpatía por ella habrá decaído.
Si quiere ganar otras elecciones, tendrá que decidir si repudia o no, con tranquilidad, muchas de las políticas de su marido.
Por consiguiente, el KMT suele evitar dar publicidad a sus vínculos con el gobierno en Pekín.
Pero esta vez también el PPD evitó alentar el sentimiento contra China.
Por su parte, el señor Ma afirmó que se había confirmado que su política con respecto a China era aceptable para la mayoría de los taiwaneses.
En cualquier caso, el PPD se ha reinventado.
Un portavoz del KMT afirma que reestructurará su gabinete, así como los equipos locales.
Al mismo tiempo, la mayoría de los taiwaneses consideran que la integración económica con China es inevitable.
Teniendo en cuenta que Spalding ha sido una aclamada figura del jazz desde su álbum de 2008, "Esperanza", la nominación da qué pensar, pero respeta las normas de los Grammys según las cuales debe ser un artista que no haya sacado al mercado más de tres álbumes antes de grabar el que "determina la identidad pública de dicho artista".
Su ambicioso álbum de 2010, "Chamber Music Society", sin duda supuso un gran avance y, teniendo en cuenta su estilo vocal ligero y agradable, así como una gran habilidad con influencias de pop, funk y ritmos latinos, se puede al menos establecer una distinción entre Spalding y el camino hacia el éxito de Norah Jones en 2003, el equivalente más cercano para los votantes de los Grammys, que últimamente se han concentrado en el ámbito del jazz para esta categoría.
El compositor basado en Los Ángeles Avner Dorman también está nominado por su Mandolin Concerto.
La categoría de productor clásico del año incluye a cinco nominados: Blanton Alspaugh, David Frost, Tim Handley, Marina y Victor Ledin, y James Mallinson.
"La compuso con sonidos de Oriente Próximo y numerosas escalas y ritmos del norte de África", declaró Dorman en una entrevista telefónica.
El proyecto de mezquita para Temecula ha obtenido el apoyo unánime de la comisión de ordenamiento local tras más de cinco horas de testimonios públicos, a menudo acalorados.
"Demuestra que prevalece la justicia".
"La oposición es realmente mínima", añade.
La reunión empezó a las seis de la tarde y duró prácticamente hasta media noche; la mayor parte del tiempo se dedicó a gente que intercedía en favor o en contra del centro, prácticamente la misma cantidad en cada lado, según la Press-Enterprise.
Un microbio resistente al arsénico plantea la posibilidad de nuevas formas de vida en la Tierra... o en otros lugares
Aunque los investigadores descubrieron la curiosa bacteria aquí en la Tierra, dicen que demuestra que es posible que haya formas de vida sin los principales elementos que consideraban esenciales.
"Eso la convierte en algo muy peculiar, aunque poco le falta para ser un tipo de forma de vida realmente 'alienígena'", comentó Paul C. W. Davies de la Arizona State University, coautor del informe que aparece en la edición en línea del jueves de la publicación Science.
Desde hace tiempo, se considera que hay seis grandes elementos esenciales para la vida: el carbono, el hidrógeno, el nitrógeno, el oxígeno, el fósforo y el azufre.
"Te hace plantearte qué más es posible", afirmó Ariel D. Anbar de la Arizona State University, coautor del informe.
El arsénico era más común en las primeras eras de la Tierra, señaló, por lo que los investigadores especularon que las primeras formas de vida pueden haberlo usado.
Dos de los caninos se recuperaron el miércoles por la tarde y los dos restantes se encontraron el miércoles, tarde por la noche, según informó Steve Whitmore, un portavoz del departamento del sheriff del condado de Los Ángeles.
Llevaban a otros tres perros (una cría de boxer, un terrier Parson Russell y un Brittany, que durmieron con ellos en la habitación del motel.
Pero dejaron a los Akitas y Corgis en la furgoneta porque tienen un pelaje muy grueso y estarían más frescos.
Peek había dicho que ofrecerían una recompensa a cualquiera que pudiese conducirles hasta los Corgis, dotados de microchips para identificarlos.
El león está listo para rugir otra vez, al tiempo que la reestructuración de MGM consigue la aprobación final de la corte
El personal se reducirá de 400 a aproximadamente 320 integrantes.
Antes de la primavera de este año, volvió a la mesa de diseño mientras el equipo de MGM comenzó a trabajar en un plan de reestructuración que, después de meses de debate y desacuerdos internos, fue finalmente respaldado por los acreedores a fines de octubre.
Barber y Birnbaum planean reanudar la producción en MGM, que estrenó sólo una película este año, y reunió una pizarra anual de siete u ocho películas que saldrán en 2012.
El estudio necesita concertar un préstamo separado de entre 265 y 275 millones de dólares para financiar su parte de aquellas dos películas, que serán dirigidas por Peter Jackson.
Tech Toys quiere mantener el equilibrio de su presupuesto para regalos
Ninguna versión es compatible con los cartuchos viejos.
"¡Firmes!"
"Personalmente, pienso que tienen una apariencia normal", dijo el Sr. Tang, desdeñosamente.
Más de un gobierno ha tratado de limpiar la imagen de los inspectores urbanos de China.
Una ciudad ordenó que todos los nuevos reclutas tengan un título de grado.
El año pasado, un manual de formación para inspectores de Pekín fue hurtado y publicado en internet, en el cual se describía como azotar con eficacia a delincuentes sin hacerlos sangrar.
Después de que el distrito solicitara a través de un aviso ocho nuevas reclutas femeninas en octubre, un editorial en The Beijing Evening News se preguntó si las mujeres tenían deberes reales o eran simplemente una distracción escénica.
El retiro a la edad de 26 años es obligatorio.
"Primero, las cualidades externas de las candidatas determinarán si cumplen con los requisitos, como altura, peso, rasgos faciales, etc".
Seguramente, el minusválido o desfigurado no debe presentarse.
"Señor Wang, tiene que marcharse".
Una razón es que los oficiales femeninos carecen del poder de sus homólogos masculinos de confiscar la mercadería de los vendedores.
Esto tiende a protegerlas de las repentinas demostraciones públicas de animosidad contra la burocracia, que son comunes en todas partes de China.
Este año, cientos de ciudadanos en Kunming, la capital provincial de Yunnan, se amotinaron luego de que se esparciera el falso rumor de que unos oficiales chengguan habían asesinado a un vendedor.
Li Xuedong, de 40 años, un coordinador asignado al escuadrón masculino, permaneció detrás, con su insignia blanca dada vuelta para ocultar su nombre.
Como los oficiales femeninos, los coordinadores, hombres de 40 años o más, desempeñan un papel puramente de apoyo.
El anuncio fue una sorpresa para muchos abogados de ética fuera del Departamento de Justicia, que dijeron que parecía haber pruebas significativas para indicar que Ensign podría haber confabulado para violar una prohibición criminal federal sobre lobby.
Los expertos en ética dijeron que el arreglo inusual entre Ensign y Hampton, que eran amigos íntimos antes del affair, apareció en desacuerdo con la llamada "revolving door lobbying ban", que busca restringir que ex empleados estatales usen sus conexiones para hacer negocios personales.
Paul Coggins, el principal abogado de Ensign, dijo en una entrevista que recibió una llamada telefónica de un fiscal del Departamento de Justicia el lunes y otra llamada más al día siguiente, diciéndole que el departamento no quería levantar cargos contra su cliente.
La comisión electoral dijo que no tenía suficientes pruebas para demostrar que el dinero no era más que un regalo.
Un correo electrónico enviado en diciembre de 2008 demostró que después de que la compañía aceptó a Hampton como lobbista, el jefe de gabinete de Ensign, John Lopez, se comunicó con Hampton y le dijo que estaba "machacando" el Ministerio del Interior sobre una cuestión en disputa.
La apelación de Cheshire apuntará a Twitter
"Hay un motivo general de preocupación sobre el impacto de los nuevos medios de comunicación" en procesos de perfil alto, dijo John J. Donohue III, un profesor de la Escuela de Leyes de Stanford, que estudió la pena de muerte de Connecticut y escribió un informe en el que se decía que ésta fue impuesta arbitrariamente.
Su atención en la cobertura de Tweeter es controvertida.
En su escrito, se refirieron a la decisión de 1966 de la Corte Suprema, que revoca la condena del doctor Sheppard debido a la cobertura del proceso, y dejaron en claro que exigirían que los nuevos medios requerirían nuevas reglas.
Pero por lo que dicen todos, fue al menos una discusión cortés sobre las diferencias de las dos partes, así como un reconocimiento de sus responsabilidades compartidas para gobernar, en vez de ser otro episodio vacío para ganar puntos partidistas.
Las diferencias filosóficas entre Obama y los Republicanos son demasiado grandes y están muy profundamente arraigadas como para sugerir cualquier cambio rápido del clima que existió durante los últimos dos años.
De todos modos, la elección de noviembre ha suavizado el humor en Washington, al menos a corto plazo.
Las elecciones despiertan pasiones partidarias, que luego se extinguen.
En algunas cuestiones, en particular en aquellas que figuran en el orden del día de la sesión saliente, los Republicanos y Demócratas no tienen otra opción que encontrar una solución.
Del mismo modo, es probable que haya un compromiso para ampliar los subsidios de desempleo, probablemente porque los Republicanos no pueden hacer creer que están a favor de las reducciones de impuestos para los ricos, negando el subsidio de desempleo para los trabajadores desempleados.
"Veo la mayor parte de lo que sucederá entre ahora y 2012 como un ensayo para el acontecimiento principal de 2012", afirmó.
La primera sucederá el año próximo en forma de choques partidarios, cuando los Republicanos desafíen a Obama sobre el presupuesto, los impuestos y la asistencia médica, seguida luego por un período de mayor cooperación bipartidaria.
Pero esto requerirá mucho más esfuerzo de parte de ambos lados para encontrar puntos en común en las cuestiones que todavía los dividen.
La nota, que fue enviada a Washington bajo el nombre de Embajador John Beyrle, fue publicada por WikiLeaks en su sitio web el miércoles.
La nota se basa en fuentes cuyos nombres han sido censurados.
Aquellos que no pagan rápidamente encuentran sus negocios cerrados por un pretexto u otro.
"En su lucha contra la corrupción, Medvedev tiene que confiar en los burócratas", afirmó Georgy Satarov, director del grupo de expertos de Indem en Moscú, en una entrevista reciente.
"Pero él es una parte de esta burocracia".
La revelación de la nota de la Embajada estadounidense, que no ocurrió hasta tarde por la noche hora de Moscú, seguramente causará disgusto dentro del gobierno ruso, y a pesar de que Luzhkov puede ser culpado por las debilidades de Moscú, podría ser una oportunidad para que el Kremlin argumente que está solucionando el problema.
Entrevistado para la CNN por Larry King, Putin sugirió que los documentos WikiLeaks podrían ser mentiras y reaccionó furiosamente por una revelación que afirmaba que los diplomáticos estadounidenses lo llamaban Batman y a Medvedev Robin.
"Pero para ser honesto con usted, no sospechamos que esto se habría hecho con tal arrogancia, con tal presión y, usted sabe, que fuera hecho de una manera tan inmoral".
"Aquí todos aman a Ta Mok".
Conocido como "el Carnicero" por su brutalidad durante el gobierno de los Jemeres Rojos, el comandante sigue siendo popular en esta remota ex fortaleza de los Jemeres Rojos en el noroeste de Camboya, donde construyó hospitales, puentes y otras infraestructuras, y donde todavía viven miles de ex soldados de la organización.
"Para ellos, la vida bajo los Jemeres Rojos era gloriosa, pero el régimen se ha convertido en un símbolo del mal".
"Esto está generando divisiones dentro de las familias".
Allí lanzaron una insurrección que duró hasta el último movimiento que se rindió en diciembre de 1998.
"Ellos tienen incorporada la ideología agraria utópica del régimen".
"Ellos fueron criados sin ningún concepto para hacer negocios".
"Pero ahora la vida es difícil porque tenemos que autoabastecernos".
El actual tribunal de los Jemeres Rojos también ha causado preocupaciones aquí.
Esto no servido de mucho para calmar los miedos en Anlong Veng.
En 2007, ella le dijo a los investigadores del Centro de Documentación de Camboya que había supervisado la construcción de la presa de Trapeang Thma, un proyecto en el cual se piensa que han muerto miles de trabajadores forzados.
Pero enfrentar el pasado es justamente lo que Camboya debe hacer para avanzar, dijo Chhang Youk, del centro de documentación.
"Es nuestra obligación reunir estos pedazos rotos de modo que podamos entender".
Fue distribuido en Anlong Veng en junio como un suplemento al libro de texto de historia de escuela secundaria del Ministerio de Educación, que contiene menos de cuatro páginas sobre los Jemeres Rojos.
Como en la mayor parte de Camboya, la gente joven de Anlong Veng sabe pocos detalles sobre los Jemeres Rojos, a pesar del vínculo de la ciudad con el régimen.
Tal resistencia ha hecho que el proceso de reconciliación sea complejo y difícil, afirmó Sok Leang.
El cuerpo de Pol Pot fue quemado aquí sobre un montón de neumáticos después de su muerte en 1998.
"Pero él tiene un espíritu fuerte y muchos habitantes del lugar van allí para rezarle", afirmó.
Bielorrusia acepta renunciar a su reserva de uranio calificado para armamento
Por años, el gobierno estadounidense había estado tratando de persuadir a Bielorrusia de que renunciara a su uranio altamente enriquecido y parecía que habían llegado a un punto sin retorno la primavera pasada.
Esto preparó el terreno para el acuerdo del miércoles para retirar el resto del material, aproximadamente 227 kg, según un funcionario, que habló desde el anonimato debido a la confidencialidad del tema.
En Abril de 2009 Obama prometió en Praga proteger todo el material nuclear vulnerable en todo el mundo en los próximos cuatro años.
Andrew Bieniawski, un funcionario del Departamento de Energía que trabaja en la Reducción de Amenaza Global, dijo que "esto fue coordinado y orquestado con mucho cuidado para fortalecer la confianza" que condujo al acuerdo firmado por Clinton.
Por su parte, en enero de 2007, el fiscal Vicente González transmitió a la Embajada que no intentaría bloquear la iniciativa del juez de pedir la desclasificación de los documentos del Centro Nacional de Inteligencia (CNI) y del ministerio de Defensa sobre los vuelos de la CIA.
"Estos informes no contienen ningún elemento incriminatorio ni ninguna información sensible", explicó la Embajada después de hablar con el fiscal.
Para entenderlos, es necesario conocer su vida sentimental, que ABC reconstruye a través de testimonios de familiares suyos.
Cuando lo dejaron, al poco tiempo se supo que ella estaba embarazada.
Él quiso saber si el bebé era suyo, pero su ex no le dejó nunca hacerse la prueba de ADN.
Cuando la muchacha se fue a las Islas Baleares para sondear el mercado laboral, el pequeño se quedó con su pareja, que incluso llegó a acompañarla una semana a Palma.
En mayo, habla de la vuelta a su pueblo: "Esta semana me voy para allí, pero solo estaré hasta el 19, porque el 20 me tengo que presentar a un trabajo para no perderlo".
En julio, hay otro post.
Cuando lo teclea, se supone que el niño, que llegó a la isla el 1 de ese mes, y supuestamente fue asesinado el 10, está muerto.
"Por un lado está conmigo y le gusta un poco el sitio, pero por otro está yendo a clase casi todos los días".
"Irá allí (el niño) a unas clases de verano, y así me ahorro un poco de pasta de la canguro".
"Terror a la gallega (epígrafe) ".
No quiere creer que todo haya pasado por no haberle contado a él que era madre soltera.
Antes, sí confesó que había ahogado a César en la bañera y depositado su cadáver en una maleta.
Estos cálculos constatarían que la plaza catalana es fundamental para PP y PSOE.
Según el análisis de los populares, ERC perdería un diputado - ahora tiene tres - mientras que ICV se quedaría con un diputado o ganaría uno.
Dada la debacle republicana, no sería descabellado que esta formación pierda su representación en el Consistorio barcelonés - se necesita obtener el 5% de los votos - .
La presidenta de los populares catalanes acudió al encuentro de Artur Mas con la seguridad que da haber obtenido 18 diputados en las elecciones del pasado domingo, cifra más que suficiente para hacerse querer, pues el candidato de CiU necesita que al menos una de las formaciones que ejercerán la oposición se abstenga en la votación de investidura.
De los detalles de la negociación sobre la investidura de Mas se ocuparán, por parte del PPC, Jordi Cornet y Dolors Montserrat.
El juez ya apuntó en el auto que ordenaba la exhumación de ocho cuerpos - antiguos pacientes del geriátrico - que sospechaba que en muchos casos ningún doctor exploraba personalmente a los fallecidos sino que, atendiendo a la edad y a las patologías de los pacientes, se despachaba el trámite por teléfono.
El ya bautizado como "Ángel de la Muerte" confesó anteayer 11 asesinatos y detalló que el primer crimen lo cometió el 29 de agosto de 2009 para, un mes y medio más tarde, matar a una segunda abuela.
Si no cumplen con las expectativas generadas revertirán la excelente reacción de los mercados ayer y si siguen obcecados en retirar medidas de liquidez, ¡que Dios nos asista!
En mayo anunció el bazuca el lunes y el miércoles dijo que ya había comprado mucho, provocando un nuevo desplome del mercado.
El Tesoro solo emitió 500 millones al 5,28%, versus 750 millones al 4,81% de la subasta anterior.
En Irlanda, se ha hecho público las cifras del agujero de Allied y Bank of Ireland.
Las cifras estimadas son unos 10.000 millones a corto plazo y otros 15.000 potenciales y tienen hasta febrero para conseguir capital privado o quedarán nacionalizados.
No obstante, el próximo martes, el Gobierno tendrá que conseguir la aprobación parlamentaria de su nuevo presupuesto y aún no tiene apoyo suficiente, por lo que Irlanda sigue siendo un foco de incertidumbre.
Angela Merkel ha moderado el tono de su discurso para relajar la tensión de cara a la próxima Cumbre de Jefes de Estado y de Gobierno el 14 de diciembre en la que es necesario un compromiso político que demuestre que somos una unión y que todos tocamos la misma partitura.
Reforma de pensiones, transparencia en comunidades autónomas y entidades financieras, reducción del déficit, liberalización, privatización, medidas para reactivar el empleo suenan en oídos de los inversores como las cuatro estaciones de Vivaldi.
Para España pedir un Plan de Ayuda sería una autoinmolación.
El temporal no amaina en el conflicto abierto en la familia Álvarez, propietarios de Eulen y El Enebro.
El fundador del grupo de servicios reclama, sin embargo, el usufructo sobre el 51% del capital, según los protocolos familiares.
Un software diseña mejoras en los coches en tiempo real.
Desde que Red Bull irrumpió en el mundo de la Fórmula 1 en 2004, su historia en este selecto universo de la velocidad ha estado marcada por la sorpresa y por el éxito.
En un primer momento nadie tomó en consideración las opciones de una escudería recién llegada y, a pesar de la trayectoria ascendente de las últimas temporadas, el pasado noviembre, en la recta final del campeonato todos apostaron por el triunfo del Ferrari del Fernando Alonso.
El objetivo es reproducir, simular de forma fiel el producto o el proceso antes de construirlo de modo real, evitando de esta manera fallos y gastos evitables.
El directivo de Siemens explicó que al software PLM es capaz de analizar y mejorar todos los elementos de los bólidos de Red Bull con excepción del motor, que es de la entera responsabilidad de Renault.
Se modifican los materiales, el combustible, la aerodinámica y los elementos de seguridad.
Como única limitación de esta locura del perfeccionamiento tecnológico está la cifra de 40 millones de dólares que cada equipo de Fórmula 1 puede gastar como máximo en cada temporada para facilitar la competencia.
Red Bull ha montado la fábrica de alta tecnología para diseñar y producir sus bólidos en una localidad a unos 50 kilómetros de Londres.
Se trata de dos edificios en los que están restringidas las visitas, especialmente para periodistas.
La compañía compatibilizará esta iniciativa con las 16 áreas ya presentes en centros multimarca como PC City, Carrefour, Saturn y El Corte Inglés.
Los primeros en abrir fueron Bucarest (Rumanía) y Belgrado (Serbia) la semana pasada, siendo el de Barcelona el tercero.
Además, HP cubre la formación del personal de los establecimientos.
Más optimista que otros directivos, el consejero delegado de Banco Sabadell, Jaime Guardiola, cree que 2011 será un año duro para la banca, pero descarta inicialmente una nueva crisis de liquidez y vaticina el fin de la guerra del pasivo.
Sabadell espera captar en tres años un millón de clientes particulares, su asignatura pendiente.
Sabadell ha encontrado una vía para explotar los tres próximos años y poder así sobrevivir en un entorno económico muy complicado.
Este año ha captado 250.000 clientes particulares y 50.000 empresas.
Su cuota de mercado en particulares es del 3,5%, mientras que en empresas supera el 10%.
Los clientes que dejen escapar las cajas de ahorros será su principal objetivo.
El ejecutivo, de hecho, cree que la salida de la crisis en España "será lenta".
"El año que viene se va a mover todo", aseguró.
Olavarrieta reconoció que "existen una serie de opiniones bastante poco afortunadas sobre la lentitud del proceso" que demuestran "una falta de seriedad y de sentido", porque "lo que hace el Banco de España es recordar que tenemos que estar dentro del plazo antes de final de año".
El directivo apuntó que, dentro de la actual coyuntura económica, "podemos estar muy tranquilos" con la situación de las entidades financieras y de las cajas de ahorro, un sistema que ha emprendido un proceso de concentración "importantísimo" y que "va a la mayor velocidad posible".
Zapatero y la línea roja alemana
Las tensiones en los mercados han provocado una doble respuesta gubernamental.
Por un lado, José Luis Rodríguez Zapatero ha avanzado nuevas medidas de ajuste, desde reducciones fiscales a las pymes, regulación de agencias privadas de colocación o supresión de los 426 euros de ayuda a parados sin prestación, hasta la privatización del 49% de AENA, de la gestión de los aeropuertos de Barajas y El Prat y del 30% de Loterías del Estado.
¿Cómo hay que interpretar esos movimientos?
Y ahí Alemania tiene una visión radicalmente nueva de lo que debe ser su futuro, que choca con la de mantener las antiguas tradiciones de buena parte de sus socios.
La primera, un euro fuerte, integrado por ella misma, Austria y Holanda, entre otros países, mientras el sur abandonaría la zona monetaria.
La segunda, la recuperación del marco, aunque ahora parezca ciencia ficción, con una corriente de opinión muy favorable, cercana al 50% de la población.
La segunda en la frente la dio el país centroeuropeo cuando Merkel alargó penosamente la decisión de salvamento de Grecia.
Ya entonces fue objeto de feroz crítica, pero la verdad es que el consenso político en Alemania y la opinión pública y la publicada estaban muy en contra del rescate de Grecia.
Esta posición se ha interpretado como antieuropea, ya que ha precipitado la crisis irlandesa y todo lo demás.
Otra alternativa basada en la deuda y la construcción, con enormes agujeros en la balanza de pagos, como la que ha presidido el crecimiento español en los años del boom, simplemente no la van a tolerar.
No se trata solo de reconducir el déficit público al 3% en el 2013.
Espero que las turbulencias actuales dejen paso a una mayor tranquilidad.
Entonces, Alemania siempre nos podrá decir que ya nos había avisado.
La provocación de una tarjeta amarilla en circunstancias como esta o similares no es una práctica nueva, sino más bien frecuente en el mundo del fútbol.
Uno de los bienes que comprende el espíritu deportivo es la integridad física de los jugadores contrarios, aspecto que con estas acciones no se puso en peligro, es decir, no hubo juego violento.
Esperaban y aceptaron gustosamente la sanción.
Otra cuestión es qué tipo de ventaja obtienen los infractores en las faltas intencionadas examinadas.
De forma que, de ir pasando rondas, no está tan claro que sea una ventaja.
Para acabar de complicar la contabilidad, el calendario de este año (al caer la Nochevieja en viernes) ha concentrado las peticiones en la semana del 13 de diciembre, con el resultado hasta la fecha de una avalancha de reservas de cenas para días punta (el 16 y 17) y apenas movimiento para la semana anterior.
"Quiere salir pero tiene las alertas encendidas en el tema de los precios", apunta.
En un sondeo en diversos establecimientos céntricos se constata el colapso de peticiones para la noche del 17.
En el grupo Soteras indican que hay un auténtico boom de solicitudes para ese viernes, con la pretensión de gastar menos de 30 euros, a lo que han respondido adaptando sus menús a la coyuntura, con fórmulas completas de 25 a 35 euros.
En AN Grup, que abandera El Mussol, Attic, QuQu, y hasta un total de 23 locales, se mantienen optimistas tras detectar un auge de la facturación desde el segundo semestre y unas buenas, aunque concentradas, perspectivas de negocio para la Navidad.
A sus seis menús de grupo han agregado uno navideño, con los 30 euros o más como presupuesto estrella y la percepción de que hay predisposición a gastar un 10% más que el año pasado a cambio de exigir más detalles, como cava.
El programa nuclear paquistaní genera gran inquietud en EEUU
Las filtraciones de Wikileaks confirman los vínculos entre los talibanes y Pakistán.
La particularidad del programa nuclear paquistaní - que las armas no están ensambladas sino que permanecen almacenadas por componentes para dificultar su destrucción en caso de ataque-- constituye una de las principales razones de desvelo en Washington.
A la caza del jefe de Wikileaks
Sin embargo, no se trata de una orden de arresto tradicional.
Peter King, el congresista que a partir de enero presidirá el Comité de Seguridad Nacional en la Cámara baja, ha pedido al Departamento de Estado que estudie la posibilidad de incluir a Wikileaks en la lista de organizaciones terroristas "para intervenir y sus fondos y perseguir a cualquier que les de cualquier contribución o ayuda".
Quien no se disculpó fue Mike Huckabee, ministro baptista, exgobernador de Arkansas y posible candidato a la presidencia.
El líder republicano permitirá al partido una votación secreta sobre su continuidad.
Joan Puigcercós parece haber hallado la receta para sortear la enésima revuelta interna en las filas de ERC, sin norte por la pérdida de 11 diputados y la mitad de los votos.
De hecho, el jefe de filas quiere evitar la imagen de división tanto como la de sometimiento a su persona.
En varias entrevistas, afirmó que no se consideraría ratificado con la mitad más uno de los votos, pero añadió, sin precisar porcentajes, que tampoco sería bueno un resultado "a la búlgara".
Para ello, esperan participar en la elaboración del documento de reorientación estratégica que la dirección someterá a votación del consejo nacional el día 18.
El primero, "recomponer" la ejecutiva para que represente al menos al 90% de la militancia, es decir, incluir caras nuevas que provengan del sector afín a Carod.
Huguet propone que ERC liquide de una vez el asambleísmo como mecanismo de funcionamiento.
Durante noviembre fueron ejecutadas 23 personas en el Estado de México, cuatro menos que el mes anterior según el conteno de MILENIO Estado de México.
Un día después en Nezahualcóyotl, un señor de 50 años de edad, fue asesinado de ocho balazos luego de salir de su casa para iniciar labores de recolección de basura.
Vecinos de Tepotzotlán alertaron sobre el hallazgo de un cadáver que se encontraba en el paraje Peña Colorada, que estaba atado de las manos hacia atrás y con la cabeza vendada.
En la piel de la mujer se detectaron tatuajes de la Santa Muerte, así como collares con su imagen.
Junto a él los agentes encontraron una cartulina con un mensaje.
El representante de ese país en la COP16 aseguró que su país ha hecho enormes esfuerzos por reducir la huella de carbono y detalló que sostiene su oferta de reducir para el 2020 entre 40 y 45 por ciento su emisión de gases de efecto invernadero.
China mantiene su oferta de reducir entre 40 y 45 por ciento su emisión de gases de efecto invernadero hacia el año 2020, aseguró Su Wei, representante de ese país en la COP16.
Por otro lado, destacó que en China, las autoridades federales han estado trabajando de manera coordinada con las estatales y locales, para lograr los objetivos de ahorro de energía, uso de energía eficiente y reducción de emisiones.
También está en marcha un proyecto provincial de cambio climático, otro para el cambio de focos incandescentes por ahorradores y uno más de mitigación y adaptación, detalló.
"Se trata de una decisión autónoma de la Comisión de Orden de Sonora."
Por otra parte, aclaró que no es tiempo de pensar en 2012 y que nunca estuvo en la mesa de negociación una alianza para la candidatura presidencial.
"Por ahora se trata de acompañar al gobernador Gabino Cué en esta tarea".
En este marco, resaltó que los tres gobiernos emanados de alianzas en Oaxaca, Puebla y Sinaloa serán la bandera y serán motivo de observación en todo el país, de ahí que "muchas esperanzas, anhelos están puestos en ellos, y estoy seguro que Gabino estará a la altura de las expectativas".
Promueve Obama en Twitter ley a favor de estudiantes indocumentados
La versión senatorial de la Dream Act o ley del Sueño Americano legalizaría a unos 800 mil jóvenes que ingresaron a Estados Unidos antes de los 16 años, han permanecido en el país los últimos cinco años e ingresaron a una institución de educación superior o al ejército.
Otro republicano que apoyó, John McCain, no ha definido su postura en este momento.
Valenzuela, la escritora, jugó con ambos.
El nicaragüense Sergio Ramírez también expuso una deleitosa narración que tituló Elogio de la invención, donde el dedo en la llaga no se nombra pero en un momento se descubre.
La cubana-puertorriqueña apuntó el suyo hacia la gran llaga de la violencia social que atraviesa su país -y comparte Latinoamérica- producto de las disputas del tráfico y venta de drogas.
Con el duelo de Santos Laguna y Monterrey en la final, además se enfrentan dos estilos diferentes marcados por sus técnicos, quienes encuentran entre sí con un contraste marcado por los resultados.
Rubén Omar Romano cuenta con tres derrotas en finales, ha tenido altibajos en su carrera, pero ha sabido alcanzar ya en tres ocasiones la serie decisiva, aunque hasta ahora se ha ido en blanco y es por eso que esta ocasión es muy especial para él.
Rubén ya perdió dos finales con los Diablos Rojos y una con Monterrey, su rival en turno, por lo tanto no quiere correr la misma suerte, busca desprenderse del maleficio y poder festejar por primera ocasión un título, aunque afirma que para él lo más importante es la institución.
Muy vigente tiene la final anterior, de la cual, asegura, ha aprendido mucho, "la única enseñanza que podemos tener es que hasta que el árbitro silbe el final no podemos festejar, nosotros estamos preparados en la raya, los jugadores también, porque la vez anterior, con dos penales por tirar ya estábamos preparados para salir corriendo y creo que eso es una enseñanza, hasta que no se termine el partido podemos festejar".
Las personas deberán acudir a los centros de Servicio para Solicitantes de Visa antes de su entrevista en la Sección Consular; el costo será menor y así como el tiempo de espera.
El nuevo procedimiento tendrá ciertas ventajas para los aspirantes, entre las que se encuentran:
En la conferencia participará la geobióloga Pamela Conrad, quien estudia la posibilidad de vida en Marte; y el biólogo Steven Benner, uno de los científicos que estudian Titán (la mayor luna de Saturno), bajo la perspectiva de que su química es similar a la de la Tierra.
Gesta PRD, PT, Convergencia y Patrón 'bloque' opositor
Con esta reforma, reiteraron, da inicio al 'bipartidismo', porque ahora serán dos personas, de igual número de partidos, los que controlarán el Congreso.
Estos cuatro diputados, junto con Gloria Margarita Santos Aguilar, coordinadora del PRD, fueron los únicos que votaron en contra de la Mesa Directiva, encabezada por el panista Salvador López Brito y Luis Antonio Cárdenas Fonseca, en su carácter de vicepresidente.
Detalló que en los próximos días hablarán con los representantes del PAN y PRI para modificar el esquema, partiendo de una voluntad política, y si no la tienen, entonces serán avasallados nuevamente por ambos partidos y con ello se acabó la coalición opositora.
No se puede permitir, prosiguió, que el Congreso después de haber sido monopólico, ahora sea "duopólico".
"Que no por acuerdos cupulares, se deje por fuera a 5 que probablemente vayamos a hacer 9 diputados, ahorita a los cinco que nos ven, separados en diferentes fracciones, hemos decidido unificarnos para buscar un lugar en la mesa de negociación, ese es el tema que en la reforma que ellos hicieron que ellos acordaron, estamos fuera y nosotros no estamos de acuerdo con esa reforma".
Paga Ayuntamiento de Mazatlán otro cheque a la cuestionada propietaria de empresa de material eléctrico.
De acuerdo con la página de transparencia del Municipio, este último cheque número 9258447 fue expedido el pasado 16 de noviembre, por la cantidad de 200 mil 144.56 pesos, bajo el concepto de "liquidación de cuentas por pagar".
El Tesorero Luis Miguel López Moreno había adelantado que saldría más dinero de la Comuna a favor de esta proveedora, que fue observada por la Auditoría Superior del Estado por vender a un precio más alto.
Lo que no se ha reportado es el total que aún se le adeuda y, por consiguiente, cuántos cheques más faltan por expedirse a favor de Camacho Palazuelos.
"No se ha comprado nada, simplemente se le está pagando lo que se debe, al igual que el resto de los proveedores", dijo en una entrevista.
Los últimos cheques "reaparecieron" en el último trimestre del año: 24 de septiembre, dos del 15 de octubre, 19 de octubre, 29 de octubre y este último, del 16 de noviembre.
Aunque la proveedora todavía no ha sido publicada en el Diario Oficial del Estado, como lo marca la Ley cuando una empresa es cuestionada por la ASE, a fin de evitar que otros gobiernos utilicen sus servicios, el Tesorero aseguró que no han vuelto a utilizar sus servicios.
También realizó transacciones con Jumapam, donde cobró cheques por más de 3 millones de pesos.
Hay otros sitios que también lucen descuidados e incompletos, dijo, como el Escudo y el Venadito de Mazatlán.
Eduardo Dávalos, presidente del CCE, propuso que los diputados asuman la gran responsabilidad de ser un ejemplo de ver por un mejor Sinaloa por los diversos retos que enfrenta.
Para los niños mayores, quienes se encontraban en la escuela, ropa y calzado sería lo ideal.
El miércoles, en Estrie, se ha realizado una decena de persecuciones en el marco del desmantelamiento de una red de producción y venta de Cannabis.
"Se han incautado alrededor de 750 plantas de Cannabis, cuatro kilos de hachís, dinero y equipamiento destinado a la producción", señala Louis-Philippe Ruel, portavoz de la Seguridad de Quebec.
Los detenidos tuvieron que comparecer en el palacio de justicia de Sherbrooke en las horas siguientes a su detención.
"Ha sido la información proporcionada por el público la que nos ha permitido realizar las detenciones", precisa el señor Ruel.
La crítica del NPD en materia de inmigración, Olivia Chow, ha rechazado de un plumazo las críticas que señalan que su partido no es lo suficientemente firme con los inmigrantes clandestinos.
"Los neodemócratas están de acuerdo en que se adopten medidas contra los encargados de las pateras de clandestinos y eso es lo que pretendemos con otro proyecto de ley, el C-35", señala la señora Chow.
"La gran mayoría de los canadienses dice a los diputados que no toleran este tipo de migración clandestina, estas operaciones delictivas contra Canadá y que tratan al país como si fuera un felpudo."
No obstante, un conservador ha comunicado a la Agencia QMI que el Gobierno iba a solicitar la celebración de una votación para que cada diputado que vaya a oponerse se explique después ante sus electores.
El Ministro de la Seguridad pública, Robert Dutil, apoya que esta idea no se ha planteado hace dos días: Quebec habría consultado con el Department of Investigation de Nueva York está cuestión desde enero del año pasado.
Para el presidente de la CSQ, Réjean Parent, no hay nada que puede sustituir el lanzamiento de una encuesta pública.
Como medida preventiva, se han evacuado dos casas.
Podrían recibir hasta un total de 100 milímetros de lluvia.
Dado que estas precipitaciones se suman al deshielo de la nieve que ya se había acumulado en determinados sectores, se teme que diversos ríos se desborden.
La unidad de Seguridad civil sigue en alerta y vigila la situación de cerca, según ha indicado Annik Bouchard, consejera de seguridad.
El Consejo ha indicado asimismo que los debates sobre el suicidio, incluyendo la divulgación del nombre de dos personas que se habían suicidado, no infringen los códigos sobre la radiodifusión.
El grupo se quejaba de que las cuantías mencionadas en la emisión no eran correctas.
El último litigio se refería a las declaraciones realizadas tras el terremoto de Haití.
El Comité considera que estos comentarios no son abusivos, pero que su efecto acumulativo constituye una representación indebidamente negativa de los haitianos.
En todas las decisiones, el Comité denuncia la emisión de lenguaje grosero.
"Actualmente me preparo para participar en la Copa del Mundo de san shou en China".
Aunque Nacer Zemmal tan solo debe mantener una competición en su carrera, sin duda acudirá al gran torneo "King of Sanda", la Super Bowl del kung-fu.
Zemmal ha ganado su primer combate, en las semifinales de su categoría (80 kg), pero perdió en la final.
"Los ganadores de las semifinales se enfrentan en la final de su categoría".
450 millones en contratos sin licitaciones
A principios de 2005, el consorcio Énergie gérance obtuvo el lucrativo contrato sin que se realizase previamente una licitación pública.
Para el Partido quebequense, el recurso a consorcios de empresas plantea un grave problema ético que amenaza con eliminar la competencia y provocar una subida de los precios.
"Empiezo a cansarme", protestó, defendiendo que el PQ había actuado de modo "deshonesto" y "con falta de rigor".
De este modo, la empresa Dessau trabaja en asociación con la mayoría de sus principales competidores, como CIMA+, Génivar, SNC-Lavalin, Roche et Tecsult, y otros.
En lo que respecta al consorcio Énergie gérance, la Ministra Normandeau ha destacado que "el territorio de la Bahía James responde a una dinámica de mano de obra particular e Hydro-Québec responde específicamente a ella desde los años 1970".
"Tienes dos opciones: puedes entrar en contacto con los actores del sector y decirles: vamos a negociar un acuerdo satisfactorio y con un buen precio".
Barómetro del consumo responsable. La etiqueta "verde" no inspira confianza
Un 61% ha dado prioridad a las compras en las tiendas de su barrio y ha preferido comprar productos alimentarios cultivados en su región, señala el Barómetro.
Más verde y responsable (el índice del consumo responsable ha alcanzado 64 puntos sobre un máximo de cien este año), el Homo consumus de Quebec adora ocupar el puesto del rey del reciclaje que intenta reducir su impacto sobre el medio ambiente preocupándose por la protección de la fauna.
Un préstamo para que el Estado recupere eXcentris
La Société de développement Angus y el Parallèle, que esperaban una donación de siete millones de dólares del Ministerio de Cultura para volver a comprar a Daniel Langlois el complejo cinematográfico eXcentris en el bulevar Saint-Laurent y devolverle su verdadera vocación cinéfila, no han obtenido lo que pedían.
Sin embargo, Christian Yaccarini no ha vuelto a ponerse en contacto con Le Devoir y no sabemos lo que opinan él y su grupo de las propuestas a la baja que han recibido.
Los nuevos cables diplomáticos estadounidenses divulgados por WikiLeaks desvelan lo que los Estados Unidos consideran como el complejo de los canadienses con respecto a los estadounidenses, pero reflejan a la vez el sentimiento de superioridad de estos últimos hacia Canadá.
¡Los diplomáticos estadounidenses se sorprenden de que los electores canadienses no piensen en las relaciones Canadá-Estados Unidos cuando van a votar y creen que la visita del presidente Obama ha ayudado al gobierno conservador a conseguir que se aprobase su presupuesto en 2009!
Las cuatro nuevas comunicaciones entre la embajada estadounidense de Ottawa y de Washington que se han hecho públicas ayer, ofrecen más bien jugosos detalles que contenido realmente sustancial.
Se puede observar este sentimiento de importancia también el cable enviado el 22 de enero de 2009 por Terry Breese, encargado de negocios en Ottawa, para preparar al presidente Barack Obama para su primera visita a Ottawa.
Al embajador le preocupa la emisión de Border, Little Mosque on the Prairie, Intelligence y H2O, en las que se realizan referencias poco sutiles a Maher Arar, a la "No-Fly-List" o incluso a los secuestros para que la CIA realice enérgicos interrogatorios.
Este ambicioso plan se enmarca en el conjunto de grandes proyectos concreto que la ONU espera que se adopte en Cancún para compensar la falta de compromisos vinculantes de reducción en los países industrializados.
En Copenhague, el año pasado, los grandes países emisores, como los Estados Unidos, China, Europa y otros, incluido Canadá, se comprometieron con unos planes de reducción voluntarias que debían disminuir las emisiones globales de GEI de 53 Gt a 49 Gt.
Sin embargo, deberían disminuirse aún 5 Gt de dicha cantidad para estabilizar, antes de 2020, el aumento de las temperaturas en dos grados centígrados para evitar que se descontrole.
En las bombillas incandescentes, el 95% de la energía se disipa en forma de calor y el resto, es decir, un 5%, produce luz.
El informe detalla las ventajas que ofrecería este programa internacional a cada país.
Por ejemplo, Indonesia se ahorraría de este modo mil millones de dólares al año en electricidad y ocho millones de toneladas de CO2, es decir, el equivalente a 3,5 centrales térmicas cuya construcción le costaría 2.500 millones.
El Secretario General de la ONU, Ban Ki-moon, ha solicitado la publicación "inmediata" de los resultados de las elecciones presidenciales en Costa de Marfil, dado que han expirado los plazos fijados.
A pesar de la presión ejercida por algunos gobiernos extranjeros, la comisión electoral ha dejado que pase la fecha límite del miércoles a medianoche sin que se publicasen los resultados, tres días desde el escrutinio del domingo.
Alrededor de cuarenta minutos antes de la finalización del plazo, el presidente de la CEI había comentado a la televisión que la comisión "seguía trabajando" para anunciar los resultados.
Toda la elección podría quedar anulada si el Consejo constitucional acepta las quejas presentadas por Gbagbo.
Las Naciones Unidas han advertido el miércoles a la clase política de Costa de Marfil que podrían ser considerados responsables de posibles actos de violencia.
En un año, la tasa de desempleo ha registrado un aumento de 0,1 puntos.
En general, 3,4 millones de personas en la Francia metropolitana no trabajaban en el tercer trimestre, pero desean trabajar, estén o no disponibles en las dos semanas para trabajar y busquen o no empleo.
Alexandre Guérini investigado y detenido
En cuanto a la asignación de los contratos o al destino de los fondos relacionados con su ejecución, no sabe nada al respecto, según dice el letrado Simon.
Michel Karabadjakian, director general adjunto de la propiedad de Marseille Provence Métropole (MPM), ha sido acusado por "tráfico de influencias y corrupción pasiva".
Dos funcionarios de la aglomeración de Aubagne, Michèle Duval y Christophe Bringuier, han sido interrogados por "sustracción y malversación de bienes públicos por una persona dedicada al servicio público" y por "complicidad en la malversación de fondos públicos", respectivamente.
"Haced ruido", dicen, "soltad continuamente" en los medios de comunicación las palabras "derechos humanos fundamentales", "inocencia", "liberación inmediata".
El señor Richier añade que la detención de extranjeros es "una táctica iraní habitual: la toma de rehenes para el chantaje político".
Además, señala que el Eliseo anticipa otras crisis de rehenes, un fenómeno que "va a aumentar".
Los iraníes podrían "en un futuro próximo detener a otro de los cerca de 1.800 ciudadanos franceses que viven en Irán", afirma.
¿Ha aceptado Francia un intercambio?
¿Liberar al iraní a cambio de la francesa?
"Ha habido negociaciones intensas entre la presidencia francesa y el Ministro de Justicia" (en la época, Michèle Alliot-Marie), pero "el Gobierno francés no puede anular la decisión" judicial, comenta.
El señor Richier también quiere demostrar que Majid Kakavand sigue bajo la "estrecha" vigilancia de los servicios de información franceses.
Durante la detención de Clotilde Reiss en Irán, el Eliseo no escatima en esfuerzos, utiliza comunicados y "fugas" organizadas en los medios de comunicación para hacer creer que el presidente sirio Bachar Al-Assad desempeña un papel "importante" e "influyente" de "mediador".
Un telegrama con fecha de 25 de agosto de 2009 menciona "el 'blitz' mediático de los funcionarios franceses".
A qué se debe tal "gratitud" hacia el señor Assad, se pregunta la embajada en París.
En noviembre, Corea del Sur obtuvo cuatro medallas de oro en el World Cyber Games, donde se enfrentó a otros 58 países.
Las transacciones entre bastidores, por tanto, es posible que duren hasta el último minuto.
Por lo demás, resulta difícil establecer una jerarquía entre los candidatos.
Segundo mandato: la prueba
Por tanto, el actual jefe de Estado volverá a ser candidato en 2012.
El 15 de noviembre, en tono serio, Nicolas Sarkozy indicaba que tomaría su decisión "en algún momento en otoño de 2011".
"En el peor, o mejor, de los casos, todavía pasaréis siete años y medio conmigo", había soltado en julio de 2009.
Suscitan comentarios por dos razones.
La última reunión del Consejo de gobernadores del Banco Central Europeo (BCE) del año debería permitir precisar las modalidades de salida de la crisis o, al menos, anunciar la interrupción de un gran número de operaciones no convencionales de política monetaria que deberían finalizar a finales de año.
Además, según los indiscretos operadores del mercado, ayer habría comprado nuevamente títulos irlandeses y portugueses.
Entre los operadores del mercado, no se duda lo más mínimo de que seguirán las compras (consulte la página 29).
Oppenheim.
Porque, si los tipos de interés se ponen por las nubes, los Estados tendrán aún más problemas para reducir su endeudamiento, o incluso para estabilizarlo.
En todo caso, el martes la diferencia con los tipos a largo plazo alemanes habían alcanzado la cifra récord de 210 puntos básicos y el precio de los contratos de cobertura contra el riesgo de quiebra (CRQ) se había disparado hasta los 263 puntos, provocando un cierto revuelo en Roma.
En estas condiciones, según la Comisión Europea, el déficit público representará el 4,3% del PIB el año que viene (frente al 3,9% previsto por el gobierno) y el 3,5% en 2012 (en lugar del 2,7%).
"En caso necesario, deberán adoptarse nuevas medidas de austeridad", opina el Comisario de Asuntos Económicos, Olli Rehn.
La agencia de calificación Standard & Poor's anunció que podría bajar la calificación de la deuda de Portugal, el blanco más frecuente en la actualidad de las especulaciones.
"Al igual que en mayo, falta realmente claridad y transparencia políticas, lo cual pesa significativamente sobre los sistemas bancarios", opinan los economistas de Exane BNP Paribas.
Aunque el objetivo de estas visitas no consiste en recaudar fondos, sin duda prepara el terreno.
Estas reformas se suman a las medidas de austeridad con un efecto más cercano.
Un consejo que, sin duda, podrían examinar detalladamente las capitales europeas.
Según Météo France, las fuertes nevadas caídas afectan al norte de Gironde y Charentes, aunque también nieva ligeramente en Isla de Francia.
En Gran Bretaña, el aeropuerto de Gatwick, al sur de Londres, y el de Edimburgo, en Escocia, están cerrados hasta el jueves por la mañana.
Metro del Grand Paris: primeros borradores financieros
Para iniciar esta SGP, el Estado ha anunciado una asignación de fondos de 4.000 millones de euros.
Hoy, por fin, tenemos las primeras cuentas.
Existen dos modos: la creación de un impuesto especial de equipamiento y el aumento del impuesto sobre las oficinas en la Isla de Francia.
Además, está fijada en números: "El producto de este impuesto es de 117 millones de euros al año".
Quién sabe.
La SGP calcula que empecerá a recibir los 4.000 millones en 2013 para el presupuesto de 2014.
El asunto WikiLeaks tiene un doble valor.
Pero vayamos paso a paso.
Si visita una librería dedicada a publicaciones esotéricas, verá que cada obra repite (sobre el Grial, el misterio de Rennes-le-Château, los Templarios o los Rosacruz) exactamente lo que se había escrito en las obras anteriores.
Pero cuando se demuestra, como ocurre ahora, que ni siquiera las criptas de los secretos del poder no pueden escapar al control de un hacker, la relación de control deja de ser unidireccional y se vuelve circular.
WikiLeaks no le ha hecho daño alguno a Sarkozy o a Merkel, pero sí, y mucho, a Clinton y a Obama.
La UE anuncia que ha liberado 2010 2.200 millones de euros, lo cual la sitúa en el buen camino hacia el cumplimiento de su compromiso de 7.200 millones en 2012.
Pero, si estudiamos la situación detalladamente, las cosas son más complicadas.
Por ejemplo, la Comisión Europea ha tomado como referencia el año 2009: se mantiene la financiación internacional y se añaden 150 millones en tres años en concepto de financiación fast start.
En otras palabras, no se hace referencia a los gastos de los años anteriores ni al nivel total de la ayuda oficial al desarrollo.
Aunque la utilización de préstamos puede estar justificada para determinadas inversiones que son rentables (frecuentemente, proyectos relacionados con la reducción de emisiones que se basan en tecnologías más eficaces), resulta falaz presentar un euro que se va a recuperar como equivalente a un euro que se dona... Como mucho, tan sólo se debería computar para sus compromisos el coste del préstamo para el país que concede el préstamo (es decir, el equivalente a un tipo de interés).
Alemania lo utiliza en un 46%, mientras que Dinamarca, Países Bajos o Eslovaquia, entre otros, respetan sus compromisos con un 100% de donaciones.
Gastando tan solo 36,1 millones de euros, consigue dar la impresión de que gasta 420 millones "nuevos y adicionales", tal como había prometido.
Por tanto, nos queda la esperanza de la nueva Ministra de Medio Ambiente, la señora Kosciusko-Morizet, que llegará a Cancún la semana que viene.
Estas comidas tomadas como modelo, que respetan las recomendaciones oficiales (cinco partes de frutas y verduras frescas, tres de productos lácteos y 1,5 litros de agua al día), así como las golosinas, fueron examinadas en los laboratorios en busca de sustancias químicas, pesticidas, metales pesados y otros contaminantes.
Para el desayuno, la mantequilla y el té con leche contienen por sí solos más de una decena de residuos cancerígenos posibles y tres considerados como cancerígenos seguros, así como cerca de una veintena de residuos que pueden perjudicar al sistema hormonal.
Además, el filete ruso, el atún en lata e incluso la barra de pan o el chicle estaban aderezados con pesticidas y otras sustancias químicas.
En julio, un estudio de la Agencia Europea de Seguridad Alimentaria (AESA) indicaba la presencia de residuos de 365 pesticidas diferentes identificados en la fruta y la verdura consumidas en Europa, de los cuales 76 en los cereales.
