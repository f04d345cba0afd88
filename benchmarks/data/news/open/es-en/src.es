El presidente estadounidense Barack Obama llegará a Oslo, Noruega para pasar 26 horas y recibir el Premio Nobel de la Paz, como el cuarto presidente estadounidense de la historia.
El jefe de la Casa Blanca y su esposa Michelle llegarán a la metrópoli noruega por la mañana y tendrán mucho que hacer.
Sus esfuerzos de guerra aumentaron aún más con el envío de tropas adicionales a Afganistán, lo que no olvida mencionar ninguno de sus críticos.
Se propone donarlas parafines caritativos, pero todavía no ha decidido a qué organización en concreto.
Durante su completo programa, el Presidente y su esposa participarán en un banquete al que acudirán, además de los reyes noruegos, el primer ministro y otros 250 invitados.
A Brno no le gustan demasiado los contenedores para separar la basura
El único lugar que he encontrado hasta ahora está en la plaza Moravské náměstí, enfrente de la Potrefená Huse.
No me sorprende.
Pero en la Calle Kaunicova no vi ningún contenedor rojo cerca.
Afortunadamente, yendo al tranvía encontré el lugar correcto.
Lo que pasa es que la ecología y la estética no parecen interesar demasiado a los socialistas de Brno.
Según la sociedad EKO-KOM, Brno es de verdad la peor de toda la región Jihomoravský kraj.
El Estado no tiene muchas opciones de conseguir dinero.
No está claro si el Estado necesitará dichos fondos.
Después, el Ministro tendrá que ahorrar dinero dentro del resorte o, en el peor de los casos, echar mano de la reserva del presupuesto del gobierno.
Los dos operan a la vez, indicó Srinivas Krishnamurti de la empresa VMware en la entrevista para la revista Computerworld.
Se lanzará en el año 2012.
Los hoteleros de Špindlerův Mlýn ofrecen sobre todo estancias semanales para Nochevieja.
Y luego las habitaciones libres se venderán rápidamente, estimó Jandura.
Por eso ya hemos preparado algunas estancias navideñas de último momento," mencionó el director de Ingtours Petr Schiefert.
Sin embargo, de momento parece que a los hoteleros de Krkonoše se les pasarán las ganas de nieve esperando.
Fue él mismo, quien hace tres años criticó la idea de Bush de enviar nuevos refuerzos militares a Irak, el país que está sufriendo por la guerra civil. Y eso lo criticó como "una decisión irresponsable y con consecuencias catastróficas".
Los siguientes meses, sin embargo, demostraron que la estrategia de Bush, basada en las recomendaciones de capitanes de campo, fue la única posible y exitosa, de tal modo que hoy no se habla nada de Irak en las noticias.
La reputación de Bush no mejoró, sin embargo objetivamente dejó a su sucesor una situación inicial mucho más favorable de lo que cabía esperar.
Los capitanes de campo volvieron a pedirle que aumentase el contingente militar, sobre todo el comandante en jefe de la operación afgana general Stanley McCristal. Él, incluso a pesar de las tradicionales relaciones subordinadas, sometió a los fusileros indecisos en la Casa Blanca a una crítica dura.
Lo más problemático de toda la estrategia de Obama parece su objetivo, empezar a retirar a las tropas de Afganistán en 18 meses y finalizar este procedimiento en tres años. Toda la doctrina de Obama generaba más preguntas de las respuestas que ofrecía.
Bajo estas condiciones es difícil preparar a las fuerzas afganas de seguridad, si están acostumbradas a cambiar del jefe cada día según sus necesidades.
La última cumbre de la OTAN demostró que los europeos tienen cada vez menos voluntad de participar en las operaciones militares en Afganistán.
El grupo de 30 altos directivos recibirá, en vez de dinero, acciones que no podrán ser vendidas en un plazo mínimo de cinco años.
El banco Goldman Sachs enfrentó la crítica tras haber apartado casi 17.000 millones de dólares (casi 300.000 millones de CZK) para los bonuses, en los primeros tres trimestres de este año.
Cinco mujeres, lo que es una cifra récord, recibieron hoy en Estocolmo de manos del rey Carlos XVI Gustavo de Suecia los Premios Nobel de este año, en categorías especializadas y en literatura.
Cada premiado recogió el diploma, la medalla de Nobel y el certificado del dinero recibido.
Esta suma en cada categoría es de hasta diez millones de coronas suecas (aproximadamente 25 millones de coronas checas).
En su discurso reconoció la controversia de haber sido premiado, ya que se encuentra al principio de su carrera y además está a la cabeza de un país que participa en dos guerras: en Irak y en Afganistán.
Sobre la cita informó el portavoz del presidente Radim Ochvat.
Según la ley sobre el presupuesto, preparada para ser firmada por Klaus, la República Checa debería gobernar con un déficit de 163.000 millones de coronas.
Los críticos afirman que el presupuesto, en la versión aprobada por la cámara de diputados, de facto liquida el paquete de medidas ahorrativas, impuestas en otoño por el gobierno de Fischer para frenar el endeudamiento público.
El primer ministro Fischer reaccionó y calificó palabras similares de "sentencias fuertes".
Mandela en la nueva película de Clint Eastwood, interpretado por Morgan Freeman
Los sudafricanos afirman que la nueva película de Hollywood, Invictus: Invencible, relata mucho sobre el país, su lucha y sus victorias, aunque algunas críticas dicen que los papeles protagonistas los desempeñan actores americanos.
Freeman dijo que Mandela, de 91 años, le pidió que le interpretase en la película de Eastwood.
El ex estadista sudafricano pasó 27 años en prisión por sus actividades para poner fin al apartheid en la República Sudafricana.
La película es una historia real sobre Nelson Mandela, que unió sus fuerzas con el capitán del equipo de rugby sudafricano, Francois Pienaar, para ayudar a unir el país. Mandela, el nuevo presidente, sabe que después del apartheid su nación sigue estando racial y económicamente dividida.
El actor dijo que si él y el político mundial fueras de la misma zona, hubiera intentado reunirse con Mandela, cenar con él, estar entre bastidores antes de su discurso.
Bulavá, en la mayoría de los casos, no salió volando o se produjo un fallo en el aire.
Un misil que no vuela, pero brilla.
Al final del vuelo se produjeron de nuevo problemas técnicos en el aparato.
Probablemente el motor estalló en la tercera etapa del misil.
Los noruegos igual desde el primer momento no vacilaron de que se tratara de un misil ruso.
Los generales esta vez se defienden afirmando que no se puede hablar simplemente de un fracaso.
Las primeras dos etapas del misil aguantaron y la avería se produjo en la tercera.
En los casos anteriores los motores se averiaron inmediatamente en la primera etapa.
Todavía no está claro si el regreso del famoso jugador se referirá a un solo partido.
Creo que Fetisov es uno de los que consiguen levantar el ánimo de los demás jugadores, mencionó Nemchinov.
En la segunda parte de su carrera tuvo éxitos también en la NHL: jugando con Detroit ganó dos veces la Copa Stanley.
Hyundai cumplió los requisitos de los sindicatos. Cancelará todo el trabajo suplementario
La dirección de la fábrica de automóviles en Nošovice acordó con los sindicatos cancelar todo el trabajo suplementario.
La información fue confirmada por Petr Vaněk, el portavoz de la fábrica de automoviles Hyundai.
Según Vaňka, la empresa decidió cambiar la forma de motivar a sus empleados con el trabajo suplementario ofrecido.
La ventaja principal de esta sustancia mejorada es el hecho de que es eficaz también contra los virus resistentes a los medicamentos.
La enfermedad SIDA no se puede curar hasta ahora.
Un virus traidor y resistente
Sin la proteasis del VIH, no se produce el fraccionamiento del virus VIH y no se crearían maduras e infecciosas corpúsculos del virus.
La prueba del efecto de esta serie de sustancias contra la proteasis VIH se realizó en probeta, y también contra sus variantes resistentes, obtenidas de los pacientes con VIH.
Pelea por el presupuesto. ODS atacó a Fischer, él se defiende
La actitud de ODS y la democración social hacia la problemática del déficit público es completamente diferente, advirtió Nečas.
La cámara de diputados ayer aprobó el presupuesto para 2010, sin embargo con las propuestas modificativas por parte de la izquierda, por más de 12 mil millones de coronas.
La razón es su desilusión por las negociaciones sobre el presupuesto.
El primer ministro también debería decir claramente, si dimitirá, si la cámara apruebe otras leyes que aumenten el déficit, por ejemplo las que se refieren a subvenciones en enfermedad, rentas, o a la enmienda de la ley de servicio.
Es el asunto del primer ministro Fischer y de todo el gobierno.
No he pensado sobre eso, cuando sea el momento, me ocuparé de ello, dijo a los periodistas en la cámara de diputados el ministro de defensa Martin Barták, que fue nombrado para el gobierno precisamente por los miembros de ODS.
No nos sentimos como huérfanos, no somos niños pequeños, reaccionó a la pregunta, si ODS no se preocupa por la ausencia del jefe del partido en el parlamento y en la República Checa, durante las negociaciones sobre el presupuesto.
La extensión total del tráfico se reducirá en dos por ciento en comparación con el día de hoy, después de que el nuevo horario de trenes entre en vigor.
En la línea Praga - Písek - České Budějovice circularán menos trenes rápidos, se restringuirán los enlaces directos Praga - Letohrad.
Los trenes rápidos son encargados y pagados por el Ministerio del transporte, para cubrir las llamadas pérdidas demostrables Dráhy recibirán el año que viene cuatro mil millones de coronas en total, igual que este año. Los trenes locales son encargados por las regiones, el año que viene pagarán ocho mil millones de coronas en total, y el Estado les ayudará casi tres mil millones.
Dráhy están contentas con el sistema, y quizás por eso no aumentaron los precios de una gran mayoría de los billetes.
Los armados han secuestrado hoy en el sur de Filipinas 75 personas, entre ellos figuran varios alumnos de una escuela primaria y a sus maestros.
El secuestro se produjo en la provincia Agusan del Sur.
Según la agencia AFP los armados pertenecen a la Nueva armada popular (NPA), una fracción armada del Partido Comunista de Filipinas (CPP).
El papel del mundialmente conocido luchador contra el apartheid lo desempeña Morgan Freeman, a quién escogió hace años para el papel protagonista el propio Mandela.
El segundo papel, el del legendario campeón en rugby Francoise Pienaar, lo interpretó Matt Damon.
Morgan Freeman sin embargo dice, que está orgulloso de la película nueva.
La película está basada en el libro del escritor británico John Carlin con el título libremente traducido En el papel del enemigo: Nelson Mandela y el juego. Gracias a este juego nació la nación. Retrata al abogado sudafricano de los derechos humanos durante su primer período presidencial electoral.
Morgan Freeman en la película está tratando de unir dos grupos de habitantes, racialmente y durante largos años separados. Igual que Nelson Mandela en 1995, él como protagonista también se pone el traje del equipo sudafricano nacional de rugby y entra al campo de juego. RSA ganó en aquel entonces la copa mundial.
Todavía se verá, si mejora la situación tensa en la RSA.
El campeonato empieza el 11. de junio 2010.
En Lounsko arde un transformador con un valor de decenas de millones de coronas
Según Lukáš Marvan, el portavoz de los bomberos de la región Ústí, el incendio está extinguido por seis grupos.
Durante los diez años de la actividad de Čeps no pasó nada similar, las averías de este tipo son esporádicas, añadió.
Conserva en buen estado, renueva y desarrolla 39 cajas de interruptor con 67 transformadores, que llevan la energía eléctrica del sistema de transmisión al sistema distribuidor, además mantiene la conducción eléctrica de 4339 kilómetros de largo.
Jančura anunció la semana pasada, que invertiría varias millones coronas en la publicidad, cuyo objetivo sería advertir de estas medidas de las regiones.
La vacuna neumococal será gratuita y voluntaria
A partir de enero podrán recibir gratuitamente la vacuna neumococal los niños nacidos desde el 2 de agosto del año pasado.
Los quienes empezaron con la vacuna el año pasado o antes, tienen que cubrir otras dosis de la vacuna también.
La vacuna obligatoria sería mejor, señaló por ejemplo Rudolf Kalovský, el jefe de la asociación cívica Nahlas.
Los expertos en una conferencia internacional, en la que nuestra asociación participó, no estaban completamente satisfechoscon el hecho de que tenemos la vacuna voluntaria.
Por otro lado estamos contentos, de lograr conseguir por lo menos esto.
La vacuna voluntaria tiene sus desventajas, afirman los médicos
Los médicos tendrán que comprar las vacunas por sí mismos.
Algunos diputados sin embargo tenían miedo, de que las compañías de seguros pudieran "sacar el dinero del seguro de salud".
Los médicos por eso tendrán que comprar las vacunas y esperar, hasta que estén pagadas por las compañías de seguros.
No será nada fácil, dice Cabrnochová.
El hijo del renombrado artista de fantasía norteamericano, Frank Frazetta, ha sido acusado de tratar de robar pinturas valoradas en 20 millones de dólares estadounidenses (12 millones de libras) del museo de su padre.
La policía de Pensilvania afirma que Alfonso Frank Frazetta fue atrapado mientras cargaba 90 cuadros en su vehículo y su remolque.
La agencia informó que Frazatta hijo, de 52 años, declaró ante la policía que su padre le había ordenado "entrar en el museo por cualquier medio para trasladar todos los cuadros a un depósito".
El Ministro de Hacienda también recibió duras críticas por perjudicar a los trabajadores de ingresos bajos y medios.
Entre sus propuestas principales están una subida del 0,5 % del gasto de Seguridad Social y un tope del 1 % en los acuerdos salariales del sector público a partir de 2011.
Economía se contraerá más del esperado 4,75 % este año
Nuevo impuesto del 50 % sobre los bonos de los banqueros
El Ministro de Hacienda, Stephen Timms, negó que las subidas fiscales y los recortes de gastos delineados fueran un "grano de arena en el desierto" en comparación con lo que se necesitaba.
El Sr. Timms dijo que tenía confianza en que la economía volvería a crecer hacia fin de año.
Sin embargo, los pronósticos del partido laborista respecto al futuro crecimiento económico, que influirá en la cuantía a pedir prestada y en la rapidez con que se reduzca el déficit, se han puesto en duda después de que el Ministro de Hacienda se vio obligado a modificar las primeras cifras.
"Oportunidad desperdiciada"
"No han incluido nada significativo sobre lo que harán", dijo el Ministro en la sombra del Ministerio de Hacienda, Philip Hammond. "Tuvieron la oportunidad de hacerlo y la han desperdiciado."
“Todos los anuncios importantes se harán después de las elecciones, gane quien gane"
El editor político de la BBC, Nick Robinson, dijo que el momento elegido para los anuncios, tal como el aumento de la inflación de algunos subsidios por incapacidad del próximo mes de abril, mencionado anteriormente, dejaría al Ministro de Hacienda expuesto a acusaciones de maniobras electorales, ya que el dinero se podría simplemente recuperar al año siguiente.
Aunque los ministros no publicaron los datos de gastos posteriores a 2011, los economistas dijeron que estaba claro que el ajuste del gasto público sólo se haría sentir a mediano plazo.
El FBI está investigando la detención en Pakistán de cinco hombres estadounidenses sospechosos de conexiones extremistas.
La portavoz del FBI, Katherine Schweit, dijo que la agencia estaba en conocimiento de las detenciones y que estaba en contacto con las familias de los estudiantes desaparecidos.
Amnistía Internacional condena "abusos" iraníes
Los derechos humanos en Irán durante los últimos 20 años han sido siempre igual de deficientes, según un informe del grupo de campaña Amnistía Internacional.
Los funcionarios han dicho que tales críticas tienen un fundamento político.
El corresponsal de la BBC en Teherán, Jon Leyne, que ahora se encuentra en Londres, dice que durante las protestas, el líder supremo, Ayatollah Ali Jamenei, reconoció algunas acusaciones de abuso, ordenando el cierre del centro de detención de Kahrizak.
Pero desde entonces, las autoridades han mostrado muy poca tolerancia hacia las críticas, según nuestro corresponsal.
Los funcionarios iraníes negaron las acusaciones de violación, pero admitieron que habían existido abusos.
Se usaron más de 100 toneladas de nieve artificial para convertir un sitio de interés de Bristol en una pista de competición.
¿Puede una mujer musulmana casarse con un hombre no musulmán?
Esta nueva generación trata de abrir el debate sobre cómo ser al mismo tiempo un buen musulmán y un buen ciudadano en una sociedad laica moderna.
No consiguen difundir este argumento por completo.
Los conservadores dudan tan solo de la idea de un Islam francés o europeo.
Bowen piensa que los valores musulmanes y el laicismo francés podrían ser compatibles.
Cuestiona hasta qué punto los estrategas políticos franceses (y la élite intelectual que tan ferozmente defiende el laicismo) están realmente comprometidos con el pluralismo.
El Ártico está cambiando más rápido y de forma más dramática que cualquier otro hábitat del planeta.
El hielo que lo define se está derritiendo a una velocidad alarmante, llevándose consigo la vida que no puede sobrevivir en ningún otro lado.
El encuentro del almirante Nelson como un valeroso cadete de 14 años, luchando sólo con el extremo de su mosquete, es seguramente un mito, pero otros son verdaderos.
Una presentación de circo a principios del siglo XX, exhibió a 75 osos polares al mismo tiempo.
Incluso en la actualidad, los recintos de los zoológicos todavía son generalmente una millonésima parte del área del ámbito de un adulto salvaje. El clima casi nunca es adecuado: un oso polar residente en Singapur se puso verde por las algas que crecen dentro de las zonas sin pelos de su pelaje.
¡Haga clic aquí para saber más!
Irónicamente, es en las aguas hacia el norte de aquellas dos naciones cazadoras donde el hielo durará por más tiempo.
No es por falta de empeño.
Luego los submarinos de la guerra fría trazaron un mapa de los movedizos cordones de hielo que circulan debajo de las masas de hielo.
Las exploraciones por satélite y las extensas series de sondas montadas en los icebergs son un suplemento útil, pero individuos resistentes acampados en el frío todavía realizan muchas tareas.
Para él y los otros Marines que viajaron desde Camp Johnson en Jacksonville, N.C., al Cementerio Nacional de Arlington para decorar tumbas, era un día para rendir homenaje a hombres y mujeres que una vez estuvieron de pie en sus botas.
En unos pocos meses, desde donde nos están embarcando, estos podríamos ser nosotros, dijo Robinson acerca de los soldados caídos.
Si somos nosotros, yo querría que alguien hiciera lo mismo por mí, por lo tanto sólo trato de mostrar respeto.
Mientras su marido no sea sepultado en Arlington, Hunt dijo que este era su modo de dar una retribución a aquellos que hicieron sacrificios.
Cerca de allí, la Sección 60, donde la mayor parte de los veteranos de las guerras de Irak y Afganistán están sepultados, quedó virtualmente en silencio.
Nadie debe olvidar nunca por qué somos libres. . mi hijo pagó por ello, dijo.
El gobierno cubano ha detenido a un contratista del gobierno estadounidense que distribuía móviles y ordenadores portátiles en el país, afirmaron el sábado los funcionarios del Departamento de Estado.
La compañía trabaja en proyectos para clientes como la Agencia para el Desarrollo Internacional de Estados Unidos y el Banco Mundial.
Los oficiales consulares junto con la Sección de Intereses de Estados Unidos en La Habana están buscando acceder al detenido, quien fue arrestado el 5 de diciembre.
Sánchez ha solicitado en varias oportunidades permiso para dejar el país para aceptar premios, pero el permiso le ha sido denegado.
Los móviles y los ordenadores portátiles son legales en Cuba, aunque sean productos nuevos y codiciados en un país donde el salario medio de un trabajador del gobierno es de 15 dólares por mes.
El uso de Internet es extremadamente limitado en la isla.
Los investigadores dijeron que estaban persiguiendo a una misteriosa figura insurgente, conocida como Saifullah, quién invitó a los hombres a Pakistán luego de descubrir que uno de ellos hizo comentarios aprobando ataques terroristas en el sitio de videos de Internet YouTube.
Pero Evan Kohlmann, analista senior para la Fundación NEFA con base en Estados Unidos, dijo que los grupos terroristas también se han vuelto mucho más cautelosos en años recientes con respecto a quienes admiten, porque las agencias de inteligencia estadounidenses se han hecho expertas en sus métodos de reclutamiento.
Se ha transformado en un modelo basado mucho más en la Web.
En una jornada en la que poco aconteció en las conversaciones sobre el clima patrocinadas por la ONU, miles de activistas caminaron por la ciudad sosteniendo pancartas en inglés que decían "No hay un planeta B" y una en español que declaraba, "la Tierra dice "ya basta".
Varios famosos se unieron a la protesta, incluso la modelo danés y fotógrafa Helena Christensen, quien dijo que los viajes Perú, el país natal de su madre, me hicieron consciente de los asuntos angustiosos con los que el país debe lidiar debido a los impactos de los cambios climáticos que ya están sucediendo. "
Esto es parte de la razón por la cual he decidido unirme a la gran manifestación, para difundir la palabra y apelar a los líderes del mundo, para que presenten un acuerdo justo, ambicioso y vinculante, manifestó.
Dentro del centro de convenciones, la gente se reunió alrededor de las pantallas de televisión para mirar la marcha durante toda la tarde.
Pero la protesta no pareció penetrar en la consciencia de funcionarios clave como Su Wei, negociador en jefe de China sobre el clima.
Aunque el Distrito todavía está lejos de los sistemas con mejor rendimiento del país, la libreta de calificaciones mostró que los alumnos de cuarto y octavo grado dieron zancadas a un ritmo más veloz durante los últimos dos años, con respecto a las ciudades de Atlanta, Chicago y Nueva York.
Las puntuaciones promedio de los blancos no se incluyeron en los resultados de la prueba, porque el tamaño de la muestra no era bastante grande.
Algunos abogados de educación en el Distrito expresaron preocupación la semana pasada, ya que los adelantos celebrados por el Rector Michelle A. El Rhee y el alcalde Adrian M. Fenty (Demócrata), fueron impulsados en gran parte por estudiantes blancos, que ya son muy buenos alumnos.
Esto sugeriría que hemos mejorado el conjunto atendiendo a aquellos en la parte superior de la escala, lo que es problemático y conflictivo, manifestó Jeff Smith, director ejecutivo de D.C. Voice, una organización sin fines de lucro que aboga por la equidad educativa en el Distrito.
Sólo pienso que tenemos que seguir trabajando para ofrecer las mejores intervenciones a aquellos estudiantes que están por debajo del nivel de grado, manifestó Rhee.
Caray, ¿en serio?, dijo pensativamente, cuando la guía habló de la baja proporción profesor-estudiantes de la escuela.
Tenemos que pensar en proporcionar una red de soporte para estos niños, desde el jardín de infantes hasta la escuela secundaria.
El Ministerio del Petróleo iraquí alcanza acuerdos con 10 compañías petroleras extranjeras
Los 10 acuerdos que el Ministerio de Petróleo iraquí alcanzó con compañías petroleras extranjeras sugieren que China, Rusia y las compañías petroleras europeas están preparadas para desempeñar un papel principal en la restauración de la industria petrolera de Irak, mutilada por décadas de guerra y sanciones.
Exxon-Mobil y Occidental Petroleum Inc eran las únicas compañías estadounidenses que alcanzaron acuerdos con el ministerio.
Las principales firmas estadounidenses, como Chevron y ConocoPhillips, que han estrechado lazos con el Ministerio de Petróleo iraquí y han proporcionado asesoría técnica en años recientes, se alejaron con las manos vacías.
Las compañías preseleccionadas para presentar propuestas hicieron ofertas que luego se confrontaron con la subvención por barril que el ministerio estaba dispuesto a pagar para aumentar la producción por encima de los actuales niveles en cada yacimiento.
Saleh al-Somalí era uno de los dos hombres árabes que se piensa que ha fallecido el martes cuando un par de misiles impactaron contra su coche, cerca de la ciudad de Miran Shah, en la provincia Waziristan del Norte, según fuentes estadounidenses y funcionarios paquistaníes de la región.
Las autoridades locales fueron incapaces de verificar las identidades de las víctimas, pero dos funcionarios del contraterrorismo estadounidenses citaron pruebas no especificadas de que Somali estaba entre los muertos.
Considerando su papel central, esto probablemente incluyó ataques conspirativos contra los Estados Unidos y Europa.
La salida de Eide acontece cuando la administración Obama ha decidido enviar unas 30.000 tropas estadounidenses adicionales a Afganistán.
El diplomático noruego también presionó a los Estados Unidos y a otros poderes militares para aumentar el número de funcionarios civiles internacionales, que colaboren con la transición política de Afganistán.
El incremento en el sector militar se tiene que reflejar en el sector civil, afirmó.
Eide dijo que no estaba dimitiendo, sino simplemente cumpliendo una promesa que le hizo a su familia en marzo de 2008, de pasar sólo dos años en Kabul.
Lo que he dicho es que es mejor que empiecen a buscar un sucesor, manifestó Eide.
El Secretario de defensa, Robert M. Gates, dijo el viernes que las potencias mundiales impondrán pronto "sanciones adicionales significativas" contra Irán, por su fracaso en entablar conversaciones sobre sus ambiciones nucleares.
La administración Obama está considerando un paquete de sanciones dirigidas a la élite militar y política de Irán, pero Gates señaló que algunas sanciones también podrían afectar a la población iraní en general.
Sostuvo que sería necesario "un paquete de incentivos y desincentivos", "para persuadir al gobierno iraní que ellos estarían realmente menos seguros con armamentos nucleares", porque "su gente sufrirá enormemente" las sanciones.
En conversaciones en Ginebra el 1 de octubre, indicó que volvería a negociar sobre la restricción de su programa nuclear y aceptaría dejar una parte sustancial de su reserva de uranio enriquecido, a cambio del combustible que se necesita desesperadamente para un reactor de investigación médica.
La administración ha presionado para dicho acuerdo, como un modo de construir la confianza entre las dos partes y ganar tiempo para las negociaciones.
El presidente Obama ha puesto como fecha límite el 31 de diciembre para que Irán responda a las propuestas, antes de replantearse otras opciones, incluso proseguir con lo que la Ministra de Asuntos Exteriores, Hillary Rodham Clinton, una vez llamó "sanciones devastadoras."
Gates, que iba a regresar a Washington el viernes último, se encontró por la mañana con el Primer Ministro iraquí Nouri Al-Maliki, antes de volar a la región kurda de Irak rica de petróleo, para reunirse con tropas en Kirkuk y funcionarios kurdos en Irbil.
Gates también procuró aliviar la ansiedad kurda sobre la reducción pendiente. Los funcionarios estadounidenses citaron las palabras de Gates a Massoud Barzani, el presidente del Gobierno Regional del Kurdistan: "Preservaremos su seguridad, prosperidad y autonomía dentro de un Irak unificado.
No los abandonaremos."
Hemos dado ya todo nuestro tiempo y energía sólo para un niño.
No nos queda nada para un segundo, dijo Wang, de 31 años, un administrador de recursos humanos con un hijo de 8 meses.
Los funcionarios chinos han avalado la política por su contribución para evitar una presión crítica sobre sus recursos naturales, mientras que los defensores de los derechos humanos han denunciado abusos en la imposición de la política.
En las áreas rurales, algunos funcionarios han obligado a mujeres embarazadas con un segundo hijo a someterse a abortos.
En años recientes, los funcionarios demográficos han ablandado gradualmente su postura sobre la política de hijo único.
Qiao Xiaochun, un profesor del Instituto de Investigación Demográfica de la Universidad de Pekín, dijo que los funcionarios del gobierno central han estado debatiendo recientemente incluso más cambios radicales, como permitir a las parejas tener dos hijos si uno de los cónyuges es hijo único.
Casi de la noche la mañana, los carteles que ordenaban a las familias tener un solo hijo, fueron sustituidos por copias de normativas que detallaban quién sería idóneo para tener un segundo hijo y como solicitar un permiso.
Los funcionarios de planificación familiar dicen que la respuesta ha sido muy poco abrumadora.
Ellos le quieren dar lo mejor a su primer hijo, afirmó.
Pero como muchos chinos, tienen sólo el seguro médico y de vida insuficientes que les proporciona el gobierno.
Sí, nos están robando la posibilidad de tener más de un hijo.
Pero el problema no es sólo una cuestión política.
Otras parejas citan motivos psicológicos para sus dudas.
Para los padres con dos carreras, de clase media, que reducen el índice de natalidad, afirmó, se trata de tener suficiente éxito como para ser egoístas.
La mayoría de sus amigos están dispuestos a enfrentar esto una vez, dijo Chen, pero no dos.
La nuestra es la primera generación con el nivel de vida más alto, manifestó.
Un grupo de la ONU esboza un plan para reducir las emisiones
La conferencia sobre el clima patrocinada por la ONU, caracterizada hasta ahora por posturas desafiantes y recriminaciones mutuas, captó una renovada atención el viernes con la divulgación de un documento que prevé ambiciosas reducciones de los gases de efecto invernadero durante los próximos 40 años, con las naciones industrializadas que llevan sobre sus hombros la mayor parte de la carga en el corto plazo.
Con la futura trayectoria económica de las principales potencias del mundo en juego, las líneas de falla han hecho erupción tanto dentro del mundo en vías de desarrollo, como entre el mundo industrial y las economías emergentes.
La actual batalla es tanto para salvar las economías individuales como para salvar al planeta, con China y los Estados Unidos enfrentándose sobre sus respectivas obligaciones, mientras las naciones más pobres insisten en que los veinticuatro países del mundo más influyentes están ignorando el imperativo científico para tomar la acción más valiente.
Algunos de los países más vulnerables al impacto del cambio climático indicaron que seguirían presionando para un tratado legalmente obligatorio en Copenhague, aunque la mayoría de los principales participantes digan que las conversaciones producirán a lo sumo un acuerdo político.
Artur Runge-Metzger, que encabeza negociaciones climáticas internacionales en nombre de la Comisión europea, dijo que el empuje de las pequeñas naciones insulares ha "metido presión política sobre el proceso político entero," en parte porque ahora están unificados y exigen la acción de las economías emergentes, tales como China e India.
La intensidad sólo construye: casi todos los ministros clave están aquí en este momento, y el miércoles 60 jefes de gobierno estarán en Copenhague.
Los pesos pesados están llegando.
La nueva línea que une Londres a las Midlands del Oeste será trazada dentro de un radio de cinco metros en las áreas urbanas y zonas donde el impacto ambiental pueda ser polémico.
La línea se dividiría en o cerca de Birmingham, con una rama que se dirige al oeste desde los Peninos hasta Manchester y Escocia, y otra hacia el nordeste hasta Sheffield, Leeds y Newcastle upon Tyne.
Una sola línea entraría a Escocia.
Las propuestas permitirían que los trenes viajaran a 402 kmh, convirtiendo a la red británica en la más rápida de Europa.
Esto significa que se necesitaría una terminal de Londres capaz de recibir 20.000 pasajeros por hora.
Esto se considera como el punto crucial necesario para asegurar un cambio de aviones a trenes, un punto de referencia para la revolución ferroviaria.
Alan Duncan, el vocero del Partido Conservador, le cobró al contribuyente miles de libras al año por el costo de un naranjal que construyó en la casa de su distrito electoral.
La planta baja comprende una cocina, sala de estar y comedor, pero la oficina de honorarios estuvo de acuerdo con que el Sr. Duncan necesitaba más espacio.
Los vecinos lo describieron como “un invernadero para entretenimiento".
No se le solicitó al Sr. Duncan que hiciera ninguna referencia sobre el aumento del préstamo, durante una reciente investigación del Comité sobre Estándares y Privilegios de la Cámara de los Comunes sobre sus acuerdos hipotecarios anteriores.
El mes pasado el comité lo absolvió de violar las reglas, tras una investigación de sus gastos.
En 2004, el Sr. Duncan cambió la garantía jurídica para una hipoteca de 271.406 libras de su propiedad de Londres a la casa de su distrito electoral, que había comprado en 1991, el año anterior a convertirse en diputado.
En abril, sus solicitudes aumentaron a más de £1.800 por mes.
El tipo de interés de la hipoteca del Banco Real de Escocia del Sr. Duncan no cambió en aquel momento, sugiriendo que todo el aumento iba a financiar el préstamo de 75.000 libras.
Afirmó: “Gasto mi dinero en mi jardín y solicito una pequeña fracción en base a lo que es apropiado.
El diputado, un millonario por su antigua profesión como comerciante petrolero, fue cuestionado en primer lugar sobre sus gastos en mayo, cuando resultó que había solicitado miles de libras para su jardín, antes de concordar con la oficina de salarios que esto “se podría considerar excesivo".
Añadió: “No se trata de eludir y delinquir o infrinjir las reglas o lo que sea.
No podría ser de ninguna manera más claro o más simple."
Los villancicos elegidos hasta ahora incluyen Vi Tres Barcos, Oh Ven, Oh Ven, Emanuel y La Primera Navidad, donde la palapa presenta el trabajo de Janette Tozer, una artista local.
“La idea del calendario del Advenimiento de la palapa comenzó como una conversación con algunos amigos durante una cena.
La policía anunció la detención de 600 a 700 personas en total, según ella, se trata especialmente de miembros de los “Bloques Negros", grupúsculos ultra violentos que ya habían actuado durante la cumbre de la OTAN en Estrasburgo, al este de Francia, en abril pasado.
La manifestación, bastante pacífica, salió del Parlamento y tomó hacia el Bella Center, sede de las negociaciones.
En África, hay ríos que se secan, cursos de agua por los que se puede caminar como nunca antes se había podido hacer.
El eurodiputado francés José Bové, figura de la antiglobalización, explicó que vino a Copenhague para "unir justicia climática y justicia social": "hoy la lucha contra el calentamiento global no se opone a la lucha por otro mundo".
En Manila, más de un centenar de personas, en su mayoría estudiantes, desfilaron vestidos de rojo y luciendo pañuelos con lemas a favor de la energía solar.
Ella se encontraba entre los electores que se dirigieron a la mesa electoral en una escuela de la capital, Soukhoumi, un bonito edificio blanco con palmeras en la entrada.
El tema de la dominación rusa es el tema central de la elección presidencial en esta región con paisajes suntuosos, a orillas del mar Negro.
Por su lado, la oposición representada en la elección por el ex vicepresidente Raoul Khadjimba y dos empresarios, Zaous Ardzinba y Beslan Boutba, critica los acuerdos firmados con Moscú el año pasado, como aquel que cede a Rusia el control de los ferrocarriles abjasos por 10 años.
Se necesita una mayoría del 50% más un voto para ganar la elección.
El sábado decenas de miles de personas salieron a las calles del mundo para reclamar un acuerdo ambicioso y vinculante ante la Conferencia sobre el cambio climático de Copenhague, donde la policía, en alerta, detuvo a más de 700 personas en torno a una imponente manifestación.
A última hora de la tarde, un agente de policía fue herido en la mandíbula con un adoquín, y se incendiaron cuatro coches cerca de una casa ocupada durante los incidentes que llevaron a detener a unas veinte personas, según la policía.
La mayoría de los manifestantes, que llegaron en autocar y en tren de las grandes ciudades de Alemania, de Londres, de Ámsterdam, incluso de Milán, eran de origen europeo.
Pero numerosos asiáticos, entre ellos chinos y coreanos, también estuvieron presentes al igual que algunos africanos.
La asignatura de historia y geografía sale reforzada de la reforma de la enseñanza secundaria, según Chatel
Si ustedes hacen todas las prácticas propuestas previas al concurso, ya contarán con una gran experiencia frente al aula, es decir, más de 300 horas, agregó.
Es parte de nuestro rol científico, subrayó esperando que el público entienda que "la conferencia de Copenhague se funda en un expediente científico sumamente serio".
Los videos filmados durante esas conferencias estarán en línea en el sitio de Internet de la escuela a partir del 15 de diciembre.
Se prevé para febrero la próxima jornada "Ernest", seguida por otras a un ritmo bimestral.
No dudo de los esfuerzos realizados por el personal para el funcionamiento y la modernización de nuestro sistema penitenciario, escribe la Ministra de Justicia en esta carta.
Según los sindicatos, no en todas las regiones sucede lo mismo, ya que algunas tienen más suerte que otras.
Durante una entrevista especial que la cadena ABC emitirá el domingo por la noche, el Presidente y su esposa Michelle explican cómo piensan celebrar las fiestas de fin de año en su nueva y prestigiosa residencia.
Y Michelle Obama discrepó con las afirmaciones de su marido acerca de la calidad de los regalos que recibe: "De ninguna manera, el año pasado te hice bonitos regalos", dijo provocando al presidente.
Durante la entrevista de una hora, en un ambiente distendido con la famosa animadora que apoyó con devoción la campaña presidencial de Barack Obama, el presidente y su esposa recordaron también sus regalos favoritos de la niñez.
Johnny Hallyday nuevamente operado, RTL afirma que está en coma inducido
Sin embargo, el servicio de prensa del cantante trató de transmitir tranquilidad afirmando que la situación estaba "bajo control", e informaba que un nuevo parte médico se comunicaría dentro de las siguientes 48 horas.
En menos de 48 horas cuando el paciente despierte, tendremos más certeza sobre su estado, agrega RTL.
La intervención, programada desde hacía unos días, fue practicada por el neurocirujano Stéphane Delajoux, médico muy conocido en el ambiente artístico.
Pero los problemas de salud del cantante se multiplicaron desde julio cuando fue internado durante nueve días a raízde una caída en su yate.
Lobintsev será un duro rival en el futuro, explicó Biedermann.
El jueves México estimó que las condiciones no estaban dadas para trasladar a su territorio al presidente derrocado de Honduras, Manuel Zelaya, a quien el gobierno golpista le negó el salvoconducto.
Si se va, será detenido y deberá responder ante la Justicia por el delito de "alta traición", según el gobierno golpista.
Wall Street sube, la balanza comercial de los EE.UU. alimenta el optimismo
El déficit comercial de los Estados Unidos cayó en octubre el 7,6% con relación a septiembre, a 32.900 millones de dólares.
Los analistas esperaban, al contrario, una profundización del déficit.
La gran novedad es el crecimiento de los volúmenes de intercambios comerciales, en particular, las exportaciones de bienes, que reflejan el crecimiento de las principales economías que comercializan con los Estados Unidos, comentó Christopher Cornell, de la empresa de investigación Economy.com.
Pero en el curso de las últimas cuatro semanas, la media del número de nuevos solicitantes de empleo "fue la más baja desde hace un año", subrayó Scott Marcouiller, de Wells Fargo Advisors.
Unas cuarenta "Damas de Blanco", esposas o familiares de prisioneros políticos, fueron agredidas en la calle por partidarios del gobierno de Raúl Castro mientras caminaban hacia el centro de la capital reclamando la liberación de dichos detenidos, sostuvo un periodista de la AFP.
Estas últimas eran escoltadas por agentes vestidos de civil que vinieron a "protegerlas".
Las "Damas de Blanco", galardonadas con el Premio Sajarov 2005 otorgado por el Parlamento Europeo, habían organizado una marcha no autorizada para "solicitar la liberación de todos los prisioneros políticos", unos 200 según la disidencia, declaró uno de sus líderes, Laura Pollan, cuyo marido, Héctor Maceda, purga una pena de 20 años de prisión.
Un enajenado asesina a un octogenario con un cuchillo y deja 5 heridos en Clichy-la-Garenne
Las dos primeras víctimas, gravemente heridas, fueron trasladadas al hospital donde el anciano falleció.
Cinco minutos más tarde, llegó una segunda persona de aproximadamente 35 años, con heridas de cuchillo.
Según él, el juez Rittenband (fallecido desde entonces) habría conversado con un fiscal que le habría comentado que Roman Polanski merecía ir a prisión, antes de dictar sentencia, lo que constituye una falta grave de procedimiento.
Esta conversación se hizo pública en el documental "Roman Polanski: wanted and desired" (Roman Polanski, buscado y deseado), de la propia boca del fiscal en cuestión, David Wells.
Desde entonces, nunca volvió a pisar los Estados Unidos.
Para ella, el cineasta "pide un favor al tribunal, aunque desprecia su autoridad".
Uno de los tres jueces, que ahora tienen 90 días para pronunciar su sentencia, también resaltó "que había otras alternativas a la decisión de huir".
La abogada de Samantha Geimer, la víctima, también reclamó, una vez más, cerrar el caso.
Sostiene que su clienta ya no soporta que la acosen cada vez que resurge el caso Polanski, y agrega: "Nadie en esta habitación puede decir que el procedimiento fue justo.
Honestamente, el mercado está muy tranquilo, señaló Mace Blicksilver, de Marblehead Asset Management.
Durante esta gran celebración de la belleza organizada por segundo año consecutivo en los alrededores de Johannesburgo, cinco de ellas ya lograron su participación en la semifinal.
Fue un verdadero revuelo.
Este certamen que por novena vez se realiza en Sudáfrica, se transmitirá el sábado en vivo desde Midrand, al Norte de Johannesburgo, a partir de las 17 h (15 h GMT).
La india Pooja Chopra espera poder seguir los pasos de Priyanka Chopra, ganadora en 2000 y presente en esta elección, así como los de Aishwarya Rai en 1994, ambas convertidas en estrellas de Bollywood.
Según los organizadores, la música y el baile marcarán esta 59ª edición.
Las candidatas desfilarán con vestidos tradicionales y, por supuesto, con bañador.
La presentadora china, Angela Chow, la ex reina de belleza sudafricana, Michelle McLean, y un responsable del comité Miss Mundo, Steve Douglas, conducirán el evento.
Sudáfrica demostró ser capaz de recibir al mundo con calidez y orgullo difíciles de igualar, asegura Julia Morley, presidenta del certamen Miss Mundo.
Algo poco común para un jefe de Estado, observa Miss Sierra Leona.
Su mejor recuerdo sin duda será el sorteo en Ciudad del Cabo (Sudoeste) para el Mundial de Fútbol de junio de 2010, una manera para el país de promocionar aún más el evento.
Las noticias sobre Johnny Hallyday "son muy positivas", aseguró su hijo David el viernes cuando llegó al aeropuerto de Los Ángeles para acompañar a su padre hospitalizado desde hacía varios días.
Las noticias son muy positivas.
Papá es fuerte y todo está saliendo muy bien, declaró a la prensa David Hallyday al bajar del avión que lo traía de París poco después de las 13 h locales (21 h GMT).
El músico está "en coma inducido desde esa noche en Los Ángeles por razones de comodidad, para evitar que sufra y poder así administrarle su tratamiento", indicó el servicio de prensa.
El Jefe de Cirugía Ortopédica y Traumatología del hospital de la Pitié-Salpêtrière, Yves Catoné, anunció que viajaría el lunes a Los Ángeles para estar junto al cantante.
Hablé directamente con el médico y me sorprendió cuando me aseguró que no había ningún problema en hacer el viaje, pues yo fui operado dos veces de hernia discal, agregó.
En 2007, también intervino a la actriz Charlotte Gainsbourg para reabsorber un hematoma formado a raíz de una hemorragia cerebral.
Se trata de un médico con mala reputación, condenado por la justicia en varias ocasiones por malapraxis, como también por fraude fiscal y estafa.
Éste indicó que la intervención "se efectuó sin ningún inconveniente" y que los resultados de los estudios postoperatorios eran "normales".
La operación "no podía provocarhemorragias y, portanto, no necesitaba drenaje", agregó.
De cualquier forma, la gira del cantante, cuyos problemas de salud se multiplican desde el verano, entró en un paréntesis.
La asociación UDF levanta el tono y advierte al Nuevo Centro sobre el uso de su sigla
La asociación UDF (Unión para la Democracia Francesa), controlada por el MoDem (Movimiento Democrático) de François Bayrou, reaccionó este viernes ante el intento del presidente del Nuevo Centro, Hervé Morin, de lanzar una OPA (Oferta Pública de Adquisición) sobre la sigla del ex partido giscardista, intimándole a retirarla de todo soporte, so pena de ser demandado.
Como apoyo a su gestión, recibió la ayuda del diputado Hervé de Charette (ex UMP, actual NC) quien reivindica la propiedad de la marca UDF, pues fue el primero en registrarla en el Instituto Nacional de Propiedad Industrial en 2004.
También creen correcto continuar con el uso del nombre del movimiento, el +Nouveau centre+, y del slogan +l'UDF d'aujourd'hui+ en su material militante y en la página de presentación de su sitio, sostienen los firmantes de la carta.
En la carta, precisan que la UDF "es un verdadero movimiento político desde 1978" y recuerdan que Morin y sus amigos "eligieron" irse en 2007 "para crear un nuevo partido, como ya lo habían hecho otros en 2002 para crear la UMP".
Asimismo recuerdan que el último congreso de la UDF votó en 2007 su adhesión al MoDem por tres años y la creación de una oficina encargada de defender "los intereses materiales y morales" del movimiento fundado por Valéry Giscard d'Estaing.
Esto significa que en este caso habrá un proceso digno de una saga sobre una de las familias más ricas de Francia, en la cual madre e hija se disputan las riendas del imperio de cosméticos L'Oréal.
Los médicos designados este viernes deberán entregar un informe antes del 10 de marzo de 2010 en el que deberán hacer constar si Liliane Bettencourt sufrió estados de debilidad y durante qué períodos.
En la carta del año 2003, Liliane Bettencourt agregaba, según el abogado: "podría explicarle a mi hija que le escribí a Banier entre una y dos veces por día durante quince años.
Ninguna otra persona podrá comparecer en su lugar", afirmó la representante del Ministerio Público, Marie-Chrsitine Daubigney.
Si nada cambia en la gestión de las grandes empresas francesas, nuestra lucha por el desarrollo de la inteligencia de negocios habrá sido en vano…
Las encuestas de opinión internas tienen una utilidad relativa
Al contrario, la revolución gerencial necesaria para el buen funcionamiento de las empresas modernas, supone adoptar una visión finalista del comportamiento humano.
Hoy en día, sólo los estudios provenientes del Análisis Motifuncional adoptan esta concepción de las motivaciones de los empleados.
Gracias a la identificación y a la medición de los factores de movilización, los directivos de empresas pueden controlar, prever y anticipar su "desempeño social" y reubicar la gestión derecursos humanos "en el lugar".
De esta forma, crean un terreno favorable para el desarrollo organizado de una inteligencia de negocios fuerte y eficaz.
Discurso de Oslo: por la "guerra justa" Obama recibe elogios de la derecha
Me encantó lo que dijo, declaró la señora Palin, figura principal del ala derecha del partido republicano al periódico USA Today, y agregó que ella misma había abordado el tema de la guerra "a veces necesaria" en sus memorias recientemente publicadas.
Hay que detener a los terroristas, observó.
El ex representante electo, que algunos consideran como un posible candidato a la investidura republicana para las elecciones presidenciales de 2012, se mostró complacido al escuchar a "un presidente de izquierda" cuando recordó a los miembros del Comité Nobel "que ellos no estarían libres ni podrían entregar un premio de la paz si el recurso a la fuerza no existiese".
Según Michael Gerson, autor de los discursos de George W. Bush y actual cronista en el Washington Post, Obama pronunció "un discurso muy norteamericano".
Además de presentarse como "ciudadano del mundo", como "siempre lo hace", "habló como un presidente norteamericano" al recordar a los europeos "que viven en una burbuja de seguridad que ellos no crearon y que no hacen mucho por preservarla", afirmó Gerson.
A la izquierda del presidente, el representante demócrata Dennis Kucinich se alarmó al ver a Barack Obama justificando el recurso a la fuerza.
Los Angeles Time, aunque sigue creyendo que Obama recibió el Nobel prematuramente, calificó su discurso de "superproducción" sobre todo para un orador conocido por su talento.
El discurso de Oslo "debería servir como hoja de ruta para guiar las decisiones internacionales en la lucha contra los conflictos, la pobreza y la opresión", comentó entusiasmado el periódico californiano.
Aun cuando tres organizaciones patronales (FNTR, Unostra, OTRE) se retiraron dando un portazo.
El texto prevé un aumento del 4% para los salarios más bajos (en el transporte por carretera local y regional), y del 2,9% para los más altos (transporte internacional).
Philippe Grillot, presidente de la TLF, reconoció que se trata de "un buen acuerdo", aunque fue "difícil conceder aumentos a los salarios altos teniendo en cuenta la competencia internacional".
El gobierno solicitará al Senado que la vote "bajo los mismos términos".
La oposición de organizaciones patronales sólo podría retrasar el proceso.
La FNTR denunció que se trataba de un "negocio de ingenuos", ya que los 100 millones de euros "ya habían sido prometidos al sector para compensar parte del impuesto al CO2".
RER A: conflictos durante el fin de semana, sindicatos disconformes con las propuestas de la RATP
Las Galerías Lafayette, que esperan 200.000 clientes cada día, se alegraron de que "la RATP se esfuerce por brindar servicio a las grandes tiendas".
El tramo RATP recorre desde Saint-Germain-en-Laye y Nanterre hasta Boissy-Saint-Léger y Marne-La-Vallée.
El jueves no hubo desorden en los andenes gracias a la organización de los habitantes de la Isla de Francia.
Lo que también llevó a los sindicatos a decir que a la empresa "no le importaban los usuarios del fin de semana".
La decisión de los 11 jueces fue unánime, aunque sólo se necesitaba una mayoría de siete votos para obtener la disolución, indicó Kiliç, y agregó que 37 de los dirigentes del partido, entre los cuales se encuentran su presidente Ahmet Türk y la diputada Aysel Tugluk, son apartados de la vida política por cinco años.
El veredicto del Tribunal interviene en el momento en que el gobierno le tiende una mano a la comunidad kurda proponiéndole una serie de medidas que fortalezcan sus derechos, para que los kurdos dejen de apoyar al PKK y poner así fin al conflicto.
Desde el anuncio de la justicia, miles de manifestantes se reunieron frente a los locales del DTP en Diyarbakir, la gran cuidad del Sudeste poblada en su mayoría por kurdos.
En Estambul, también se concentraron cien personas aproximadamente.
Las nevadas pueden empezar repentinamente
Un invierno verdaderamente fresco es lo que Wolfgang Brauburger desea.
Pero con ello sus empleados pueden aprender a probar y dominar la totalidad de la tecnología vehicular.
Tan pronto como nieva profusamente en Frankfurt y las temperaturas caen por debajo de cero grados, salen 20 de los llamados tramos A con grandes vehículos con sal, explica Brauburger.
Lo difícil es cuando empieza a nevar alrededor de las 7:30 horas.
Alrededor de las cinco de la mañana se pone en marcha a la infantería del FES, se despejan principalmente los puntos peligrosos y cruceros.
En Frankfurt hay un servicio especial, que de las 22 a las 4:30 horas no pierde de vista principalmente a los puentes, comenta Brauburger.
La cuna del dinosaurio
El Tawa hallae tenía el mismo aspecto que muchos otros dinosaurios carnívoros: un animal de dos metros de largo y 1,50 metros de altura que corría sobre las dos fuertes patas traseras, tenía una cabeza alargada con dientes afilados y curvos, brazos cortos con garras en forma de hoz y una cola larga.
Pero el Tawa hallae fue uno de los primeros dinosaurios con estas características corporales, informa Sterling Nesbitt de la Universidad de Texas en Austin y colegas en la revista Science del jueves.
A veces, hemos encontrado en un día una docena de huesos de dinosaurio, esto es algo sin precedentes para sedimentos del Triásico, reporta Randall Irmis miembro del equipo del Museo de Historia Natural de Utah.
Un hallazgo confirma las teorías sobre la historia antigua de los dinosaurios
El nombre "Tawa" proviene del dios del sol de los indios Hopi.
Según la corriente de opinión actual los dinosaurios aparecieron por primera vez hace aproximadamente de 230 millones de años.
Según el análisis de Nesbitt y sus colegas, Tawa hallae es un terópodo primitivo.
Por ejemplo, en el cráneo de Tawa hallae los investigadores hallaron indicios de bolsas de aire, como las que también poseen los descendientes de los terópodos, las aves.
Por lo menos tres olas migratorias hacia Norteamérica
Debido a que los dinosaurios más primitivos hasta ahora conocidos vivían en Sudamérica, los investigadores deducen que los saurios surgieron ahí por primera vez.
Mientras, en el Triásico los dinosaurios todavía compartían su espacio vital con muchos otros reptiles, por ejemplo con los ancestros de los cocodrilos actuales y de los pterosaurios y con muchos otros saurios.
150 millones de años después, un impacto de meteorito freno el auge de un grupo de especies, las cuales también habían ya evolucionado en el Triásico y desde entonces llevaban una existencia miserable: los mamíferos.
Werner Müller-Estler, presidente de la universidad, hizo desalojar la semana pasada el edificio ocupado por estudiantes y docentes en huelga educativa, porque las paredes y obras de arte estaban cubiertas de propaganda.
Como resultado, cinco estudiantes sufrieron lesiones.
El desalojo representó un "un ataque inaceptable" a la libertad de investigación y aprendizaje.
El consejo directivo se ha negado a entablar las negociaciones necesarias.
Eva Kühne-Hörmann (CDU), Ministra de Ciencias de Hessen defendió, sin embargo, la actuación del rector de la universidad y de la policía.
Estamos agradecidos con el rector de la universidad.
En lugar de estudiar a fondo los argumentos y exigencias de los estudiantes, se les desaloja.
La Izquierda ha presentado una moción, en la que se solicita al Ministro del Interior a que presente un informe sobre la intervención policíaca.
Durante muchos años, se consideró como una ciudad secreta, inaccesible para los visitantes occidentales.
Selenogrado, uno de los diez distritos de Moscú, era en la Unión Soviética un sitio fuertemente custodiado para la investigación secreta de armamento.
Hoy en día, la comunidad de 216.000 habitantes, situada a 37 kilómetros del centro de Moscú, es considerada como el "Silicon Valley ruso".
Ya desde septiembre de 2008, representantes de Selenogrado han contactado con la sede de científica de Riedberg en Frankfurt, con los institutos universitarios y las empresas del Centro de Innovación de Frankfurt (FIZ).
El Vice-alcalde moscovita Juri Rosljak y el alcalde de Selengrado, Anatoly Smirnov, encabezaron la delegación rusa; por Frankfurt firmó el jefe de servicios de planificación Edwin Schwarz.
En el 2010 viajarán a un seminario en Selenogrado representantes del FIZ y directores de pequeñas y medianas empresas del centro de investigación de ciencias naturales.
Selenogrado es la sede de importantes empresas e institutos de investigación rusos.
Selenogrado (traducida literalmente como "Ciudad verde") recibió su nombre del paisaje de montañas boscosas, en la que se asentaron instalaciones de investigación.
La S21 realmente será iniciada, a pesar de que las visiones de los años 80 ya no sean más compatibles con la realidad.
Desde el punto de vista urbanístico, el proyecto aún se justifica hasta cierto punto.
En aquel entonces no se daba la competencia de los vuelos de bajo costo.
Uno de los más importantes es la ampliación de más de 180 kilómetros de rieles largos a través del valle del Rin.
El gobierno federal deja pendiente en el parlamento autonómico de Wiesbaden, si va a presentar un recurso de apelación ante el fallo sobre la prohibición de vuelos nocturnos del tribunal administrativo de Hesse.
El tribunal administrativo en Kassel había fundamentado por escrito en esta fecha, que en el caso de la construcción de la pista de aterrizaje noroeste planeada en el aeropuerto de Frankfurt, el estado federado tendría que reglamentar de nuevo la prohibición de vuelos nocturnos.
El jefe del grupo SPD, Torsten Schäfer-Gümbel, exhortó a la CDU y a la FDP a respetar sus promesas de prohibición del tránsito aéreo nocturno, que habían realizado antes de las elecciones. De lo contrario esto se podría tomar como falta de palabra.
Con esto los institutos pretenden liberarse de las restricciones que habían ido de la mano con la aceptación del dinero, como por ejemplo la limitación en el pago de los bonus a los directores, así como el pago de tasas altas.
Elección rápida
Apenas dos semanas después de que el consejo administrativo del ZDF (canal televisivo alemán) presionase al jefe de redacción Nikolaus Brender para dejar su puesto, el canal puede presentar a un sucesor.
El favorito era Peter Frey, director del estudio principaldel ZDF en Berlín.
No hubo una confirmación de esto por parte de la emisora, oficialmente para no anticiparse al procedimiento.
El resultado de la votación aún no estaba concretado al cierre de redacción de esta edición.
Sólo siete miembros apoyaron a Brender, siete votaron en contra de él. La destitución de Brender fue un fracaso amargo para Schächter, pero un fracaso que se podía esperar.
Por que la mayoría de la Unión en el consejo administrativo ya semanas antes de la elección había indicado, que no iban a apoyar a Brender en su puesto.
Pero no sirvió de nada.
El partido político de los Verdes anunció una demanda constitucional luego de la destitución de Brender, el cual fue elegido aún este miércoles como periodista del año por la revista de medios "Medium Magazin".
La política y las Universidades quieren simplificar además el reconocimiento de resultados de exámenes entre las Universidades dentro y fuera de Alemania.
Desde el comienzo de las protestas estudiantiles en junio los Ministros de Educación y Cultura y los rectores de las universidades hablan continuamente de la mejora de poder realizar y concluir con éxito una carrera (estudiabilidad).
Ahora por primera vez se habló de un contenido en concreto.
Los módulos y los contenidos se deben examinar exhaustivamente en cuanto a restricciones innecesarias de los estudiantes en la elección de..
los cursos.
Los estudiantes tendrían "el derecho a obtener más espacios, que posibilitan y fomentan la iniciativa propia".
En la junta directiva a nivel federal de los grupos universitarios Juso (jóvenes socialistas) seexigía, que la configuración de la política educativa ya no se debería realizar "tras puertas cerradas" de los ministros y los rectores universitarios.
La presidenta de la junta de rectores universitarios (HRK), Margret Wintermantel, le dio su apoyo a los estudiantes: "Necesitamos la experiencia de los estudiantes", dijo el jueves en un encuentro con los Ministros de Educación, con los que la HRK deliberó sobre un documento de reforma conjunto.
Para el sindicato de educación y ciencia (GEW) los acuerdos de Bonn no fueron del todo suficientes: el sindicato exige un derecho legal para cada estudiante con el título de Bachelor la posibilidad de acceder a una carrera de Master posterior.
Dio que hablar bastante el pasado martes durante un encuentro en Munich acerca de "Literatura alemana en Rumanía en el espejo y el espejo desfigurado de sus expedientes de Securitate"
Los intentos de reclutamiento habían empezado lentamente, a principios de 1971.
El lírico Werner Söllner es IM Walter.
Casi al mismo tiempo de la concesión del premio Nobel de literatura a Herta Müller y su polémica literaria sin igual con los mecanismos de dominio dictatorial, se sacude la escena literaria y en especial la comunidad de autores alemanes oriundos de Rumanía por un caso que evidencia los abismos y la maldad de un sistema político, que se basa en control y espionaje.
Lo había excusado o defendido en todos los puntos difíciles para él, dijo Markel.
A diferencia de la revisión de los expedientes Stasi con un procedimiento controlado en Alemania, el trato con los expedientes del control por la Securitate aún es bastante difuso.
Una aclaración sistemática se vio boicoteada y dificultada en los últimos años.
Una entrevista, tras la concesión del premio Nobel de literatura a Herta Müller, prueba de que la influencia de antiguos miembros de la Securitate en Rumanía aún es bastante grande. En esta entrevista un ex-jefe de la Securitate de Temesvar habló despectivamente de la condecorada.
La infamia del poder parecía poderse mostrar sin vueltas bajo la forma de la libertad de opinión.
¿Por qué justo ahora? ¿A quién se le causó daño? La reacción calmada de los oyentes frente a la confesión de Söllner deja esperar que la continuación de esta historia se regirá más por las ansias de conocimiento y no tanto por la adjudicación de culpas y por vergüenza.
Cuando el nuevo entrenador del equipo de futbol VfB de Stuttgart, Christian Gross, acompañado de una bolsa de plástico de color naranja del proveedor de su equipo, abordó un taxi Mercedes de la Clase C un cuarto de hora después de la media noche, daba la impresión de que un miembro del servicio exterior elegantemente vestido estuviera saliendo de una muy agradable celebración de Navidad, en la cual el fabricante de artículos deportivos hubiera repartido muestras.
En palabras del suizo, que había sido contratado apenas tres días antes: "Es cierto que alcanzamos los octavos de final", a saber, en la Liga de Campeones, gracias al triunfo 3:1 contra Unirea Urziceni, de Rumanía, “pero no podemos dejarnos cegar por el éxito: tendremos que luchar brutalmente contra el descenso."
Entonces, será preciso repetir en Maguncia el éxito de las “clases reales" en la cotidianidad de la liga.
Sorteo
Esto es lo que necesitamos en la situación actual."
El VfB Stuttgart no ha pasado todavía la prueba, advierte el directivo deportivo Horst Heldt
Pero el VfB Stuttgart necesita sobre todo constancia.
Y el directivo Horst Heldt advirtió que si bien se había alcanzado un objetivo de la temporada, el otro todavía se encontraba muy lejos.
Éste había reprochado debilidad en la dirección al consejo directivo, que se había decidido a cambiar de entrenador por la presión de los fanáticos adolescentes.
También que se hubiera eliminado su día libre después de los juegos lo calificó Lehmann como un signo de falta de soberanía y hostilidad.
Las declaraciones de Lehmann estaban “marcadas por el puro egoísmo", repuso Heldt, y anunció consecuencias para el zaguero.
Pero por lo menos estuvieron de acuerdo con todos los demás en que, sin los esfuerzos previos con el equipo del entrenador sustituido, no hubiera sido posible el espectáculo de gran fuerza de juego y de batalla.
El juicio de los jueces fue unánime.
Había insultado a Klitschko como “horrible zombie", que “no sabe hacer nada".
También en su cuarta pelea tras su retorno el 11 de octubre de 2008, Klitschko se mantuvo invencible.
Tras una pausa de casi cuatro años, venció en aquel entonces al nigeriano Samuel Peter en Berlín, y había recuperado "su" cinturón de la WBC, que antes había tenido que entregar sin pelear.
En esta pelea solamente recibí un golpe, y estoy en muy buena condición física, había explicado Klitschko su rápido regreso al ring.
Pero su sueño sigue siendo reunir todos los cuatro títulos importantes en su familia.
En el verano anterior, Haye había cancelado una pelea contra Vitali Klitschko planeada para septiembre.
Supuestamente, la compañía que lo promociona está planeando ya la pelea contra Klitschko en el estadio Wembley, de Londres.
El SPD y los izquierdistas exigen explicación a la canciller.
La orden de matar se habría dado sin tomar en cuenta las reglas de la Tropa Internacional de Protección para Afganistán (ISAF).
El viernes se había dado a conocer que en este ataque no solamente se trataba de destruir los camiones secuestrados, sino también de matar intencionadamente a dos líderes talibanes.
La Sra. Merkel tiene que aclarar si una estrategia del asesinato intencional es parte de la política de Afganistán del gobierno federal, y si la cancillería, el ejército y el servicio de información han aprobado esta nueva estrategia, exigieron Jürgen Trittin y su colega de los verdes Renate Künast.
La cancillería no ejerció influencia alguna sobre acciones concretas del ejército alemán en Afganistán, dijo.
Hasta el momento no ha recibido respuesta, se dijo.
El ministerio no se manifestó el sábado respecto a los reproches que se le hacen, y señaló que esto se aclararía en la comisión de investigación del Parlamento Federal, que se constituirá el próximo miércoles.
En estado de vigilia, algunas personas ven imágenes y oyen voces que otros no ven ni oyen.
No solamente en el caso de los enfermos mentales y en los drogadictos se desvanecen los límites entre la imaginación y la realidad.
Es el otoño de 2001, cuando Henning T. se convierte en una figura de cómic.
Lo están persiguiendo, lo patean con botas pesadas y flameantes, lo arrojan contra las paredes, él siente los dolores en todo el cuerpo.
Henning T. arranca dos cables del estéreo, los amarra para formar un nudo de ahorcado, y los fija en un gancho en el techo.
La cuerda se suelta.
En la psicosis he experimentado la angustia más terrible y la más profunda desesperación, dice.
Al mismo tiempo entra en un rol pasivo, como en un sueño, se siente abrumado por los acontecimientos y no los puede organizar de manera activa.
Al contrario que en un sueño, dice Fuchs, "la estructura espacial y sensorial de la realidad que se perciben en la psicosis permanecen en principio tal cual."
Los pensamientos paranoicos y las alucinaciones se apoyan en la realidad, el distanciamiento de la experiencia tiene lugar en la realidad.
Según Fuchs, los estados de excepción pueden llevar a cualquier persona a perder el contacto con la realidad de manera provisional.
Al parecer existe una disposición genética para la esquizofrenia, pero estudios en gemelos han demostrado que además de los genes hay también otros factores determinantes.
Los investigadores suponen que los afectados sufren daños cerebrales mínimos.
Pero sigue siendo una incógnita cómo se produce esa alteración del sistema neuronal, que además no se manifiesta en absoluto durante muchos años.
Lo ilógico de todo esto es que las personas psicóticas sufren con sus alucinaciones y toman medicamentos muy caros para librarse de ellas, mientras que otros pagan por drogas que les permitan experimentar algunas, dice el catedrático en psicología Erich Kasten, de Lübeck.
El percibir una alucinación como agradable o no depende frecuentemente del punto de vista.
Surgen cuando las áreas del cerebro en las que se procesan las percepciones sensoriales están hiperactivas o están poco cohibidas; cuando nuestro cerebro se caliente, pero también cuando faltan estímulos.
Pero también la restricción de estímulos, el estrés, el mal de amores u otros estados cerebrales de excepción.
Una chica corriente.
Si no fuera por esas imágenes y las voces.
También sabe que el chico y el resto de visiones no son reales y desaparecen.
Por las noches, las apariciones son alarmantes.
Desde que ha entrado en contacto a través de Internet con el psicólogo Kasten, sabe que no está loca.
La locura es también una obra de arte por desesperación.
Sus alucinaciones comenzaron cuando, con 13 años, se enteró de que el hombre al que llama papá desde que tiene uso de la razón no es su padre biológico.
Puesto que las alucinaciones visuales y acústicas están activas en las mismas áreas del cerebro que también procesan impresiones reales y ruidos, a los afectados como Sarah K. Les resulta difícil distinguir entre visiones y realidad. “Cada experiencia", dice Kasten, “tiene lugar en el cerebro, la realidad se proyecta allí.
Las alucinaciones de personas sanas no se diferencian en lo fundamental de las de una psicosis aguda.
Una psicosis es una enfermedad dura y penosa pero que también entraña algo positivo y creativo – la locura es una obra de arte de la desesperación.
Las alucinaciones oníricas son casi sueños muy complejos y detallados que la persona que los experimenta considera real y que posteriormente no puede diferenciar del estar despierto.
Los estados conscientes oníricos surgen en situaciones extremas asociadas a un trauma o una enfermedad, como por ejemplo en pacientes con polirradiculoneuropatía, que experimentan una parálisis motora estando completamente conscientes. die bei vollem Bewusstsein eine motorische Lähmung erleben.
Una forma de situación límite entre sueño y alucinación.
Tenía 49 años, cuando su conciencia se embarcó en viajes de varios días tras una operación de las válvulas cardíacas con transplante de corazón incluido, mientras su cuerpo estaba condenado a la inmovilidad en la estación de cuidados intensivos.
Por último, los oneirismo, las psicosis, alucinaciones y consumo de estupefacientes muestran lo frágil que es la reproducción interior de la realidad exterior, incluso cuando estamos despiertos.
La nieve puede venir
El nuevo editor Kallen ha llegado a una solución provisional: Hubert Burda quiere dejar su empresa en el futuro en manos de sus dos hijos, comentó a SPIEGEL.
Los dos hijos se convierten en herederos con 27 años y tienen la firme voluntad de entrar en la empresa, confirmó Burda, de 69 años, a SPIEGEL.
Todo lo que -en cuestión de belleza y bienestar- puedas desear, al alcance de tu mano.
Todo empieza introduciendo tu clave personal en una pantalla táctil, situada frente a la máquina.
Innovación y exclusividad parecen haber sido las premisas de este spa urbano, que estará abierto todos los días del año, de 10:00 de la mañana a 22:00 de la noche.
Se acerca la Navidad y nunca está de más repasar los looks de las estrellas para adaptarlos a nuestro vestuario de fiesta.
La cantante Fergie eligió un escote exagerado y muy complicado. No es muy aconsejable.
En definitiva, se pretende impulsar lo que será el transporte del futuro.
Son las tres ciudades elegidas por el Gobierno, dentro del Plan MOVELE, para impulsar la implantación del vehículo eléctrico.
Con ello se pretende promover las actividades de Investigación y Desarrollo Tecnológico en la Comunidad Autónoma de Cataluña.
No es la única iniciativa en la que participa Endesa en lo que se refiere a la promoción del vehículo eléctrico.
Zapatero ve 'un horizonte de tranquilidad' para el sector del motor
Zapatero hizo hincapié asimismo en las medidas gubernamentales de apoyo a la demanda, en alusión al Plan 2000E, aplicado en colaboración con las comunidades autónomas y las marcas automovilísticas.
20.000 metros cuadrados de vehículos clásicos
Esta iniciativa se desarrollará durante los días 5 a 7 de febrero de 2010 en el Pabellón de Cristal de la Casa de Campo de Madrid.
Cientos de artículos relacionados con el mundo del motor clásico que harán las delicias de coleccionistas y curiosos.
También se realizarán pruebas de habilidad con automóviles y motocicletas clásicas en un circuito habilitado en el exterior del recinto ferial.
Mazda3 i-Stop: deportividad sostenible
Mazda quiere demostrar que la deportividad no está reñida con el respeto al medio ambiente.
Este estilo nos recuerda, en parte, al que presenta también el Honda Civic.
Por tanto, podemos decir que tanto el Mazda3 como el Civic, ambos japoneses, contrastan con la sobriedad de los productos alemanes, y más en concreto el Volkswagen Golf, al que todos quieren batir.
Continuando con el habitáculo, este compacto japonés presenta una habitabilidad más que suficiente para que cuatro adultos viajen con un alto nivel de confort.
Respecto al nivel de equipamiento, la versión elegida para la prueba es la llamada Sportive, es decir la que incorpora un mayor número de elementos de serie.
A cambio de esta elevada cifra, el Mazda3 nos ofrecerá cada día grandes dosis de satisfacción.
'Premiere' de lujo
L. A. cubre la alfombra roja de sensualidad de la mano de Penélope Cruz, Nicole Kidman y Fergie.
A diferencia de los smartphones, Peek tiene un precio muy bajo y una cuota mensual muy baja, menos de la mitad de lo que se paga, por ejemplo, por el plan de datos del iPhone.
La idea de un roaming a precio fijo es increíblemente atractiva y hace tiempo que tendría que estar en funcionamiento.
Lo espero porque creo que es un modelo más justo para el consumidor.
Si ya acudió a la toma de posesión de Barack Obama como presidente de EEUU con un vestido y un abrigo de este color, ha elegido el mismo para acompañarle en, sin duda, el segundo momento más importante de su vida: la recogida en Oslo del Premio Nobel de la Paz.
Michelle Obama ha llevado un modelo muy similar en las dos ocasiones: además de ser un color similar -amarillo verdoso con reflejos brillantes-, las dos veces el atuendo se componía de tres piezas -vestido, chaqueta y abrigo de la misma tela-, y se adornaba con un gran bordado o collar.
Tanto es así, que en un primer vistazo parecía que la primera dama de Estados Unidos seguía la estela de la Princesa de Asturias y había optado por repetir vestaurio.
Pero la tela en la que están confeccionados los dos trajes los hace muy diferentes.
La encuesta realizada entre 9.737 mujeres de 15 a 75 años no deja dudas al respecto: el 75% de las madres trabajadoras ha visto limitadas las oportunidades en el ámbito laboral debido a la maternidad.
El estudio apunta que existen muchas diferencias en el inicio de la convivencia en pareja y el número de hijos, en función de si trabajan o no y del tipo de trabajo que desarrollan.
Las que no tienen una actividad fuera del hogar, trabajan a tiempo parcial, o tienen un trabajo no estable, inician antes la convivencia en pareja, adelantan la primera maternidad, y tienen más hijos.
La diferencia se mantiene también entre las mujeres de la misma generación.
Por ejemplo, en el grupo de entre 35 y 49 años, las que tienen estudios elementales y superiores han sido madres por primera vez a los 25,1 y 32,1 de media respectivamente.
Mientras que las que tienen estudios elementales se casan y tienen su primer hijo antes de conseguir un trabajo estable, las de niveles medios o superiores invierten esta secuencia y dan prioridad a la obtención de un trabajo estable como condición previa al matrimonio y a la llegada de un hijo", detalla Delgado.
Diane Kruger también lo vale
L'Oréal Paris acaba de sumar un nuevo nombre a su envidiada lista de embajadoras: Diane Kruger.
A partir del próximo año, la actriz alemana se convertirá en imagen de distintos productos de la marca, entonando el universal lema de 'Porque yo lo valgo'.
Sus más altos representantes -diseñadores y modelos, de ayer y de hoy- se reunieron en la entrega anual de sus premios, que se celebró en Londres, en la Royal Court os Justice.
Aquí les dejo algunas instantáneas.
Sobre Dorothy Parker: "Un día se puso de rodillas y rezó: 'Dios querido, te ruego que hagas que deje de escribir como una mujer."
Sobre Joseph Conrad: "Sobre su tumba fueron grabados estos versos de Spenser: 'El sueño tras el esfuerzo,/ tras la tormenta el puerto,/ el reposo tras la guerra,/ tras la vida harto complace la muerte."
El marido aceptaba con toda normalidad que ella le dijera que Eduardo VII la espiaba entre las azaleas o que los pájaros cantaban en griego.
Agresión cobarde
Nuestra indignación es mayúscula porque no encontramos la diversión en una agresión gratuita a un animal pequeño e indefenso, que por cierto, se encontraba atado.
El fabricante de neumáticos Michelin, con la colaboración de la Fundación Española para la Seguridad Vial (Fesvial), ha puesto en marcha una campaña para fomentar el uso del casco, principalmente entre los motoristas más jóvenes, informaron hoy ambas entidades.
Para finalizar, Michelin resaltó que la seguridad vial "es una preocupación constante" para la compañía, puesto que al ser un fabricante de neumáticos para vehículos de dos ruedas, uno de sus principales fines es desarrollar unos productos cada vez más seguros.
Consecuencia de ello es que, pese al repunte del último mes, las matriculaciones acumuladas en estos 11 meses están un 40% por debajo de las del ejercicio anterior.
De hecho, ya lo son en todos los turismos y vehículos comerciales ligeros de nueva matriculación, mientras que para el resto se fija un periodo de carencia hasta finales de febrero de 2011.
La medida, impuesta por la Unión Europea, tiene como objetivo incrementar la protección de los peatones aunque, por su forma de trabajar, también puede ayudar a evitar muchas colisiones por alcance.
El asistente a la frenada de emergencia lo que hace es incrementar la presión sobre los frenos en caso de una urgencia, que el sistema detecta por el pisotón que da el conductor.
Según un estudio llevado a cabo por el fabricante de componentes para coche Bosch, la tercera parte de los conductores implicados en un accidente no había llegado a pisar el freno antes de la colisión y la mitad de ellos no aprovecharon toda la fuerza.
En caso de que no reaccione, y aunque la colisión sea inevitable, el dispositivo ejerce el máximo esfuerzo a los frenos para minimizar los daños.
Lo que pretende Nick Reilly, el nuevo presidente de GM Europa, es que cada uno de los puntos del plan haya sido previamente consensuado por la parte afectada.
A esto no es extraño el que el Gobierno sueco haya aumentado la presión sobre el fabricante estadounidense para que tome una decisión cuanto antes.
En caso de que no hubiera acuerdo con ninguno de ellos, GM podría vender algunos activos de Saab a la china Baic.
Para desarrolar su ultima, y cara joya, los ingenieros de Porsche tomaron el Boxster S como base y lograron que adelgazase nada menos que 80 kilos, lo cual ha dejado la báscula en sólo 1.275 kilos.
Aunque también se ofrece con el cambio PDK de doble embrague, la prueba se realizó sobre una unidad con la caja manual de seis velocidades, principalmente por carreteras secundarias de California, en tramos de montaña con trazados realmente revirados
'Bag Girl'
Íntima de Karl lagerfeld, imagen de la línea Coco Cocoon y 'starlette' ocasional de los desfiles de la 'maison', la cantante prodiga su cara de malota con tanta contumacia como sus bolsos de Chanel.
El juego mostrado en el primer cuarto permitió soñar a los andaluces. Una defensa agresiva y tres triples consecutivos, dos del base Omar Cook y uno de Guillem Rubio, deslumbró a los locales 12-18, minuto 9.
"Él tiene conciencia de que tiene que salir el 27 de enero, al terminar su mandato, tiene que buscar otro destino".
Sin embargo, esta misma semana intentó buscar refugio en Brasil.
Los estados se vieron obligados a socializar riesgo privado y la deuda pública vuelve a verse afectada.
España apenas se había visto afectada por este episodio de inestabilidad pero en eso llegó Standard & Poor's y amenazó con una nueva revisión a la baja de la calificación del Reino de España.
No obstante, lo de Dubai pinta a una lucha tribal entre los emires para recomponer el poder en los emiratos y lo de Grecia ya lo hemos visto antes.
Prodi lo hizo en Italia tras Berlusconi y Sócrates en Portugal tras Durão Barroso.
No tiene sentido que el Ecofin salvase a Hungría de un incumplimiento de sus pagos exteriores a principios de año y que vaya a permitir que un país miembro del euro incumpla sus compromisos.
Lo de Standard & Poor's es una anécdota. Cuando nuestros indicadores adelantados están obligando a la mayoría de servicios de estudios a anticipar sus escenarios de recuperación y a revisar al alza su escenario para 2011, incluida la OCDE y la Comisión Europea, que vuelvan a la carga con un escenario japonés para la economía española no augura mucha esperanza de vida a su advertencia.
Sectores relacionados
Tras su intervención, a la que siguió la del presidente de Gas Natural-Fenosa, Rafael Villaseca, Galán dio a la prensa unas pinceladas de lo que había planteado en la subcomisión a puerta cerrada.
Eso sí, Iberdrola considera que en la próxima década las inversiones no se deben destinar a aumentar la capacidad en generación, sino en redes de distribución y en interconexiones internacionales
A partir de 2020, la cuestión cambia y ya habrá que incrementar la potencia.
Por otra parte, Ferrovial, la Junta de Castilla-La Mancha y la Universidad de Alcalá de Henares firmaron ayer un protocolo de colaboración para crear el Centro de Innovación de Infraestructuras Inteligentes
La obra en juego es la de un túnel valorado en 1.700 millones de dólares australianos (unos 1.047 millones de euros).
La francesa Bouygues y la germana Hochtief son sus rivales.
La primera es una de las mayores constructoras australianas, mientras la segunda, asentada en Italia, es una de las mayores especialistas europeas en obras subterráneas.
El túnel comenzó a diseñarse en 2005.
El Gobierno de Queensland aportará 500 millones de dólares australianos (308 millones de euros) a su financiación.
La firma consigue este contrato días después de hacerse con las obras de ampliación del túnel de Bosruck (Austria) por 130 millones.
De este modo, Alpine refuerza su experiencia en la construcción de túneles.
A partir de ahora será Sra. Rushmore la encargada del diseño y la producción de las campañas.
La pena impuesta ayer, de hecho, se ha visto incrementada porque la autoridad que vela por la competencia considera que France Télécom ha cometido infracciones parecidas en el pasado y que, por tanto, es reincidente.
Tienda de aplicaciones
Jugar la Champions ha reportado 476,4 millones al Madrid y al Barça desde su origen
La Liga de Campeones se ha convertido en una fuente de ingresos para los clubes desde que nació en 1992.
El club blanco ha sido el tercero del continente que más dinero se ha embolsado por participar, y el único, junto al AC Milan, que ha ganado tres veces el trofeo.
Para este ejercicio, el organismo que preside Michel Platini prevé ingresar 1.090 millones por la Champions League.
Además, los que lograron participar recibieron 3,8 millones sólo por estar ahí, además de otros 550.000 euros por cada partido que disputen.
Los cuatro últimos se embolsarán 4 millones cada uno.
El español es de los principales, y cuenta con cuatro plazas asignadas.
Según Nueva Rumasa, el precio de 1,50 euros refleja la valoración real de Sos.
La oferta está condicionada a la designación de ocho de los 15 consejeros.
De hecho, no puede descartarse que a lo largo de los próximos meses Sos desvele nuevos desvíos de fondos
Cada día miles de automóviles que han sufrido un siniestro son remolcados hasta un taller, donde un perito debe evaluar los daños sufridos y cuál será el coste de reparación.
En cambio, con el apoyo de las más recientes herramientas informáticas sería cuestión deminutos
El trabajo con los datos que suministran los fabricantes dista mucho de ser sencillo.
Además, la cantidad de datos a tratar no deja de aumentar, hasta el punto de que en los cinco últimos años se han lanzadomás versiones, variantes ymotorizaciones que en los quince anteriores.
Si es un modelo de ventamasiva, el trabajo puede estar listo en una semana si el proceso va muy rápido.
En cuanto al parque móvil que circula, superan el 99%.
La sede nacional está en Alcobendas (Madrid).
Allí, más de cien técnicos (normalmente expertos en mecánica) trabajan simultáneamente con tres pantallas de ordenador.
Audatex invierte 90 millones de euros anuales en elaborar estas bases de datos.
Cada mes se incluyen 2,5 millones de datos, y los clientes reciben actualizaciones cada dos días.
La elaboración de ese enorme flujo de información permite a estas empresas darles diferentes usos y ofrecer variados productos.
Otros productos, como AudaVIN, permiten la identificación total de un vehículo y del equipamiento con el que salió de la línea de montaje sólo con su número de bastidor.
Trabajan con 24.000 usuarios en talleres, 3.100 peritos y 53 compañías aseguradoras.
A principios del año pasado comenzaron su proceso de internacionalización, con la instalación de una oficina en París.
El pasado mes de octubre el grupo Solera compró Autoonline, una plataforma en internet para la venta de automóviles como de motos o vehículos especiales siniestrados.
Este servicio de valoración y compraventa se dirige exclusivamente a profesionales del sector, como compañías aseguradoras, peritos, empresas de renting, talleres, desguaces y vendedores profesionales que deben registrarse antes de comenzar a realizar operaciones.
La web cuenta actualmente con más de 1.500 vendedores registrados y 4.000 peritos.
Los coches con valor histórico sí pueden darse de alta aunque hayan sido dados de baja tras unas farragosas gestiones.
Con la herramienta Auda-Taller, la empresa Audatex garantiza que el usuario obtiene un presupuesto en sólo cuatro pasos: identificar el vehículo, buscar el recambio, crear presupuesto y generar presupuesto.
La base de datos incluye 1.034 vehículos, que son 666 turismos, 109 todoterrenos, 137 motocicletas, 78 furgonetas y 44 camiones.
Naturalmente, para utilizarlo es preciso un ordenador con conexión a internet.
La principal diferencia entre ambos sistemas es que el orientado al taller no incluye tiempos estimados de mano de obra.
El coste de utilización de esta herramienta para el taller es de 350 euros al año, que el cliente puede financiar.
