Los dirigentes republicanos justificaron su política por la necesidad de luchar contra el fraude electoral.
Ahora bien, el Centro Brennan considera esto último un mito y afirma que el fraude electoral es menos frecuente en los Estados Unidos que el número de personas que mueren a causa de la caída de un rayo.
De hecho, los abogados republicanos no han encontrado más que 300 casos de fraude electoral en los Estados Unidos en diez años.
Las nuevas leyes electorales exigen que los electores presenten un documento de identidad con una fotografía, además de una prueba de ciudadanía americana.
Es importante tener en cuenta que, al contrario de lo que sucede en Quebec, los ciudadanos americanos no disponen de un documento de identidad universal, como la tarjeta de la Seguridad Social.
Se pudo, en parte, limitar los daños.
Es demasiado pronto para afirmar con certeza si estas modificaciones legislativas a escala de sistema electoral tendrán un impacto significativo en los resultados de las elecciones presidenciales de 2012.
Una cosa es cierta: esas nuevas disposiciones afectarán negativamente a la tasa de participación.
En este sentido, las medidas minarán en parte el sistema democrático americano.
Detección del cáncer de próstata: ¿Hacerse el test o no hacérselo?
Es un motivo más que suficiente para hacer dudar a los hombres, ya reticentes de por sí, sobre si deberían hacerse o no los tests de detección.
En su lugar, les sugerimos una vigilancia activa de la enfermedad y, si ésta progresa, les ofrecemos un tratamiento.
Movember ha creado, en colaboración con la Sociedad Internacional de Urología, una herramienta que permite evaluar los pros y los contras del test de PSA.
Desafortunadamente, no existe una receta milagrosa para prevenir el cáncer.
A pesar de los progresos de las investigaciones, la adopción de hábitos de vida saludables siguen siendo la mejor manera de reducir los riesgos de sufrir la enfermedad.
Estimamos que si todo el mundo comiera bien y se moviera lo suficiente, se podrían prevenir un 30% de los cánceres.
Muchos otros siguen siendo totalmente inexplicables.
Constituye, además, un factor de riesgo para otros tipos de cánceres.
La alimentación
La conservación de la carne para su ahumado, secado o salazón puede provocar la formación de sustancias cancerígenas.
El efecto de la vitamina D en el cáncer tampoco se ha podido determinar con claridad.
Sabemos sin lugar a dudas que existe una nueva partícula y que se parece mucho al bosón de Higgs predicho por el modelo estándar.
De todas maneras, suponemos que se trata de Higgs, ya que las posibilidades de equivocarse parecen pocas. Veremos de qué se trata.
Por una parte nos encontramos con los buenos ciudadanos llamados fermiones, que obedecen sabiamente al principio de Pauli.
Estos bosones, cabría subrayar aquí, no son los bichos exóticos que podríamos creer.
Algunos, como los imanes, lo hacen, pero otros no: un trozo de papel, por ejemplo, no se mantendrá jamás por sí mismo pegado a la puerta de una nevera.
Esto, hay que decirlo, tiene aún enormes carencias, como que no propone explicación alguna relativa a la gravedad (¡ups!) o a la materia oscura, que conforma alrededor del 80% de la materia del Universo (¡otro ups!).
Pero no hemos encontrado tales diferencias en la CERN hasta el momento.
Repercusiones
Entreveían las aplicaciones científicas, pero nada más.
Imagínese...
Por ejemplo, el mismo Willard Boyle elaboró un captador de luz en 1969 en el transcurso de su investigación en materia de ópticas.
Unas horas más tarde, el equipo encontró remedio a ese mal.
"En el transcurso de nuestras vidas aprendemos que un hombre hace pis de pie", relata Pierre Brodeur, psicólogo en el centro Victor-Gadbois.
Todos los pacientes que entran en el centro de cuidados paliativos Victor-Gadbois padecen cáncer.
"Tengo unos buenos hijos", añade.
Es muy poco, ya que sabemos que todos acabaremos muriendo algún día.
En el centro Victor-Gadbois los días transcurren sin ser nunca iguales.
Es precisamente esa gran carencia relativa en los cuidados sanitarios de Quebec lo que hace que muchos doctores especializados en cuidados paliativos teman la adopción de una ley que regule la eutanasia y el suicidio asistido.
Desde el mes de octubre, un manifiesto firmado por eminencias de los cuidados paliativos, como el Dr. Balfour Mount y el Dr. Bernard Lapointe, circula para demostrar su oposición a tal iniciativa.
Las esperanzas de supervivencia de Hélène Richard estaban ya bajo mínimos cuando dejó un tratamiento de quimioterapia agotador.
Escándalos inmobiliarios de gran amplitud en Quebec
La Comisión Charbonneau "ya ha hecho caer a dos alcaldes", añade, mientras espera poder llegar a "demostrar las estratagemas existentes detrás de los individuos".
La Unidad permanente anticorrupción, creada en 2011, se aplica también con su equipo de interventores, investigadores y analistas del gobierno.
Estas últimas semanas, la unidad ha procedido al registro en serie de las acusaciones por fraude y corrupción contra cargos municipales como Frank Zampino y Richard Marcotte, alcalde de una ciudad de las afueras.
El próximo de la lista sería Gilles Vaillancourt, que acaba de dimitir de su puesto de alcalde de Laval, tercera ciudad de Quebec.
Se sospecha que se ha embolsado repetidos sobornos a cambio de contratos públicos.
Gilles Surprenant, exingeniero de obras públicas, lo explicó perfectamente ante la comisión: en diez años recibió regalos, invitaciones a viajes, torneos de golf, restaurantes, partidos de hockey y sobornos de empresas del sector de la construcción por un total de 736.000 dólares, todo ello a cambio de contratos de alcantarillado cuyos costes infló.
Otros funcionarios de la red viaria han admitido que recibieron dinero por inflar las facturas entre un 30% y un 40% en concepto de falsos extras.
Además, un organizador del partido del alcalde, Martin Dumont, acusó a M. Tremblay de haber hecho la vista gorda deliberadamente a un presupuesto paralelo y llenó sus arcas de dinero sucio.
"¡El PSG no es el FC Barcelona!"
¿Cómo explicaría ese avance?
Avanzo de día en día a su lado.
Todo va muy rápido en el fútbol.
Saben que cada entrenamiento es crucial.
Eso hace que un jugador como yo tenga ganas de luchar y darlo todo.
Ha trabajado con grandes jugadores.
Creo que se llevará otros títulos en París.
En enero tuve una conversación muy reconfortante con él.
A nivel económico, el PSG está entregado a sus medios para que ese proyecto se concrete.
Tuvimos una temporada fuerte.
Es normal que esperen mucho de nosotros si pensamos en lo que se ha invertido en los jugadores que tenemos.
Jamás podremos ganar 4-0 todos los fines de semana.
¡No somos el FC Barcelona!
Eso sería descuidar a nuestros adversarios y el campeonato de Francia.
Y ha demostrado en todos los equipos por los que ha pasado que es un gran jugador, una estrella mundial.
¿Cómo has vivido la Eurocopa 2012 con el equipo de Francia?
Pero no quiero hacer comparaciones.
Antes de ese shock en España, no había vivido un juego parecido en toda mi carrera.
Con Bitcoin, pagar y vender sin bancos
En él, se describió el bitcoin como "la moneda virtual con más éxito", "que compite con el dólar o el euro" y "similar a las monedas convencionales".
Con el bitcoin, todos los nodos de red son a la vez depositarios de libros de contabilidad, verificadores, emisores de moneda y compradores y vendedores.
Cada transacción entre dos usuarios se hace en realidad entre dos direcciones electrónicas en forma de correo electrónico.
Se trata de una fase de troceado de fichero, es decir, de transformación de un gran fichero en una huella numérica más corta y única.
En noviembre se lanzaron las "rebajas gigantes".
Su sistema, Paytunia, equivale a una tarjeta de crédito (en moneda real) o a un pago por móvil sin contacto, pero utiliza Bitcoin para validar las transacciones, que así salen más baratas.
La OTAN y los americanos deben salir a fines de 2014.
Los convoys de camiones y de tanques regresaron a Kabul sin sufrir ningún ataque, vigilados por los helicópteros.
Kabul estaba entonces vacío y el país envuelto en fuego y sangre a causa de las luchas entre diferentes facciones.
Se han convertido en especuladores, haciéndose con terrenos gubernamentales para revenderlos como solares para los refugiados que han vuelto de Irán y Pakistán, beneficiándose a la par de enormes contratos estadounidenses de subcontratación.
Los jóvenes están cansados de la guerra y de sus ideologías.
En las ciudades, los colegios estatales están llenos tanto de niñas como de niños.
No obstante, su país depende de la ayuda extranjera desde los años 50 e incluso antes.
Ninguna industria ha reestablecido sus servicios, no se ha arreglado ningún embalse ni se han reparado los sistemas de irrigación importantes.
Todo es importado y no se produce nada excepto frutas y verduras.
Se expandió el rumor de que Afganistán poseía inmensas riquezas mineras.
Y hace casi dos años que Egipto usa un texto provisional, varias veces modificado, lo que debilita la estabilidad institucional y lleva a embrollos judiciales.
Esta nueva iniciativa no ha hecho más que aumentar la fractura en el país.
Por parte de sus partidarios, se asegura que se trata de una medida para acabar más rápido con la crisis institucional y política y acelerar el proceso de transición.
Mohammed Morsi parece convencido de que los egipcios votarán a su favor, como afirmó en una entrevista al semanario americano Time.
Algunos de ellos son muy cercanos a los Hermanos musulmanes.
Para los islamistas, que este artículo no haya sido modificado es una garantía de su buena voluntad y de su respeto hacia los otros componentes de la sociedad egipcia.
Los liberales lo tachan de hipocresía y consideran que no se trata más que de una artimaña publicitaria.
La mayoría de los juristas que han trabajando en ese texto no son ulemas sino universitarios, algunos de ellos formados en el sistema francés", explica Alexis Blouet, que prepara una tesis sobre la transición constitucional egipcia.
Y la pregunta que podría plantearse en el futuro sería en qué medida son los jueces civiles competentes para pronunciarse por encima de todo esto".
Tampoco se prohibirán los procesamientos de civiles en tribunales militares, como pedían las asociaciones para la defensa de los derechos humanos.
La palabra no figuraba en la Constitución anterior.
Aunque el presidente egipcio debía salir ayer por la noche en la televisión, se prevén manifestaciones para este mediodía.
En Israel, a los turistas ucranianos les esperan la tierra santa, el ombligo del mundo y un mar de salmuera
Y Galilea, el lugar de los milagros de Jesús: la conversión de agua en vino en la boda, caminar sobre las aguas, el apaciguamiento de la tormenta y las redes repletas.
Los creyentes recorren aquí el Viacrucis o el Camino de la Cruz de Jesús (en latín "Vía Dolorosa").
Las ruinas de la Fortaleza Masada fue lo que quedó de un refugio secreto contra los enemigos, que Herodes el Grande mandó construir en el año 25 a. C. para su familia.
Hasta allí, desde el pie de la colina se ofrecen servicios de autobús.
Entre ellos está el Museo de Israel, situado cerca de la Knesset (Parlamento israelí).
En Cesarea vale la pena pasar por el exclusivo museo privado Ralli, donde se pueden admirar las esculturas de Rodin y Dalí.
El quinto, el Museo del Holocausto o Yad Vashem en Tel Aviv, muestra una de las páginas más dramáticas de la historia.
Las tres principales zonas turísticas de Israel se encuentran a orillas del mar Mediterráneo, el mar Rojo y el mar Muerto.
Es curioso que en el mar Rojo se bañen incluso en los meses de invierno, ya que la temperatura del agua no baja de los 21 grados y el aire se calienta hasta los 23 grados.
Dicen que si tocas las paredes en la calle de tu "mismo" símbolo, la fortuna te será favorable.
Viajar en cualquier tipo de transporte público cuesta 6 shéquels y por este precio se puede viajar haciendo transbordo durante 1,5 horas.
En Israel, según la tradición judía, los sábados se celebra el Sabbat.
Desde la noche del viernes hasta la puesta del sol del sábado, mercados y tiendas cierran y el transporte público interrumpe su trabajo.
En cambio, hay muchos gatos bien alimentados que "se pasean a su gusto" de manera imponente.
El alquiler de un coche, dependiendo de la marca, costará de 37$ (Hyundai Getz) a 188$ (Audi A6, Volvo S80) al día.
Las entradas a los museos cuestan una media de 30 shéquels.
Desde el 1 de diciembre entra en vigor una ley, según la cual cada inmigrante laboral deberá realizar un examen para comprobar sus conocimientos de la lengua rusa.
Además, no será suficiente con rendir el examen de la lengua, si no también el de historia rusa y el de fundamentos de la legislación.
Sin la comprensión de la lengua, afirma Sebelev, el futuro inmigrante se verá condenado a encontrar personas sin escrúpulos que, con el pretexto de ayudar, le metan un "viajecito pagado" a una espeluznante y estrecha covacha, donde él y docenas de otros como él se consumen durante meses sin comida ni documentos, trabajando de 12 a 14 horas al día.
Sin embargo, en lo que se refiere a la ley sobre la lengua, los defensores de los derechos señalan un punto importante.
La causa está en los obstáculos burocráticos y en las dificultades de la lengua en sí.
Sin embargo, una inscripción falsa se puede hacer rápidamente y por sólo mil quinientos rublos.
Los empleados de la policía rusa saben que generalmente llevamos documentos falsos, no estamos inscritos y aparecen los casos de extorsión.
"Nos piden cien o doscientos rublos para cigarrillos o té", comentó a los periodistas el ciudadano de Tayikistán, Umed Hushkadamov.
Hasta el momento, las autoridades pueden prometer a los trabajadores inmigrantes que no hubieran podido pasar con éxito el examen la primera vez más tiempo para estudiar el curso básico de la lengua.
Además, a los inmigrantes que no hablen ruso se les ofrecerán trabajos que no requieren comunicación activa con las personas.
El mercado negro de armas se abastece a través de varios canales.
"Las armas fueron hurtadas por los oficiales rusos y por los mismos caucásicos", dice Baranets.
El siguiente tipo de "arma negra",las robadas por delincuentes y representantes de las fuerzas de seguridad.
En muchos arsenales militares a menudo había explosiones.
"Existen versiones demostradas de que algunos incendios fueron provocados premeditadamente para cubrir la falta", comenta un exmilitar.
"Allí cuentan con su propia producción, a veces artesanal, y se ha formado una mafia que ha organizado el flujo de armas", explica el ex militar.
El dependiente de una de las tiendas de armas, que pidió que su apellido no fuese mencionado, dice que las armas encontradas por excavadores ilegales no las compra nadie desde hace ya mucho tiempo porque son demasiado viejas.
Más a menudo, dice, los proveedores se dirigen a almacenes militares cuando necesitan una partida.
La eliminan del registro y la pasan por encima de la valla.
"Me dan la oportunidad de disparar y cuando me aseguro de que el arma dispara bien, comenzamos a negociar", describe el procedimiento el experto.
"Sin permiso, por supuesto", pregunta al usuario "Iván" (ortografía conservada).
"Compro pistola TT. Moscú", lacónicamente formula su pregunta "Fedorenkov".
"En respuesta, le envían una foto y las instrucciones para que sepa dónde está oculta el arma", relata el secretario de prensa de la ONG "El derecho a las armas", Dmitri Kislov.
Viktor Baranets afirma que si se hace un pedido en línea, uno se queda sin arma y lo meten en la cárcel.
El Servicio Federal de Seguridad ha creado una enorme red de sitios web ficticios y captura a dos manos a aquellos que desean comprar armas de fuego.
Makarov por 100 dólares
Ese "Viernes Negro" los participantes de la manifestación exigieron el aumento de salarios y se quejaron de que el coste del seguro de salud proporcionado por la corporación pasó de 30 a 100 dólares mensuales.
Si Walmart coloca el incremento salarial en los hombros de los consumidores, cada visita a la tienda les resultará sólo 46 centavos más caro.
Los partidarios de Walmart comentan satisfechos que la protesta tuvo lugar tan sólo en nueve estados y que no causó ninguna pérdida a la corporación.
En total, sus cajas registradoras realizaron el "Viernes Negro" casi 100 millones de transacciones.
La ley de los EE.UU. prohíbe a la administración impedirles este derecho y castigar a los activistas del movimiento sindical con argucias y despidos.
Como lo describió el periódico New York Times, esta ha sido la mayor manifestación de este tipo en la historia americana de la comida rápida.
Sin embargo, de una conversación con el jefe del grupo de tecnología interactiva 3D en el laboratorio de Microsoft de Cambridge, Izadi Sharamom, se dilucidó que para los científicos de dicha compañía, las gafas ya pertenecían a una etapa pasada.
Estamos tratando de cambiar esto, trabajamos en sistemas de visualización verdaderamente tridimensionales, basados ​​en diferentes tecnologías, incluyendo las de diseño.
Entonces podremos completar el mundo real con objetos virtuales de una forma más cómoda.
Pero, en general, el futuro es para un tipo combinado de control, por ejemplo de gesto + voz.
- Por ejemplo, ¿cómo me pediría usted que le pasara esta lata de soda?
- En principio, la generación actual es lo que puede ser el comienzo de nuestro trabajo con el reconocimiento tridimensional.
Pero la cuestión no está en los megapíxeles, sino en la calidad de la matriz y en la profundidad.
Desde este último punto de vista, todas las tecnologías actuales no son lo suficientemente buenas para nosotros; esto da más trabajo a los diseñadores de algoritmos.
O sea, que tenemos que recordar no sólo la resolución en los ejes X e Y, sino también en Z.
Steven Bathiche, de nuestro laboratorio en Redmond, hizo un sensor de contacto con retardo ajustable de procesamiento de 1 a 100 ms y cabe mencionar que los modernos sensores producidos en serie están más cerca del segundo valor (60-100).
No todo el mundo entiende en qué medida esto afecta a la interacción hombre-máquina.
Pero la tercera cámara es en realidad un simple sensor del diapasón visible.
¿No le parece que, desde el punto de vista del uso diario de tecnologías de realidad aumentada, las gafas son una de las plataformas más visibles?
Las gafas son dispositivos muy personales, en eso está su fuerza (las cosas privadas sólo usted podrá verlas), pero también su debilidad: una realidad aumentada basada en gafas no le permitirá trabajar sobre objetos virtuales junto con otras personas.
¡Las manos no sienten nada!
- En mis conferencias a menudo digo que la realidad aumentada es la séptima irrupción en la interacción entre el hombre y la máquina.
Creo que la octava bien podría ser la adición de sensaciones táctiles.
Mientras tanto, uno de los trucos más interesantes es el uso de la segunda mano en calidad de soporte para la imagen.
- ¿Ha tratado de engañar al cerebro?
Por ahora, engañar al cerebro no resulta tan fácil, aún hay que trabajar durante muchos años.
El nuevo héroe de "Rosbalt" es el extravagante artista Kirill Miller.
Toda la ciudad conoce a Kirill Miller, un hombre barbudo vestido de rojo de arriba abajo, al que se puede encontrar cerca del Museo Ruso, cerca del Jardín de Verano o en reuniones de moda e inauguraciones.
Kirill Miller es un brillante representante del vanguardismo de San Petersburgo de finales de los 80 - principios de los 90.
- Y todo esto se juntó en tu Clínica de arte... - Para mí era importante encontrarme en el centro cultural de San Petersburgo, donde se debían reunir las mejores mentes creativas.
Trachtenberg era animador de muchos programas antes de los tiempos de Hali-galivskih.
Les dimos a Trachtenberg y fue el comienzo de su gran carrera; la educación básica y formación la recibió de nosotros.
Galería "D 137", el "Club Griboyedov, son los restos de la Clínica del Arte.
Soy un héroe del siglo pasado, cuando la cultura significaba algo.
En nuestros tiempos es fácil hacerse popular, pero la cultura y la popularidad van separadas. Uno puede ser popular pero muy poco culto.
Me encanta lo grotesco, tengo ideas grotescas.
Y, tal vez a esa persona no se le deba ni dar la mano, sino escupirle en la cara.
Ahora hay que pensar a quién quieres gustar.
Y a un evento cultural van 300 personas, 10 mil jamás vendrán. Como resultado, menos gestión, menos dinero, todo se marchita.
Yo empecé con pinturas, con las que por lo general la gente termina.
- San Petersburgo no es una capital cultural. En Moscú hay mucha más cultura, allí hay terreno.
En Europa hay un montón de gente con curiosidad que va a exposiciones y conciertos.
La Tierra está en peligro.
Se comenzó a abordar los problemas de reproducción en el espacio con la flora.
En 1979 se enviaron al espacio huevos de codorniz para comprobar cómo se desarrolla el embrión en condiciones de ingravidez.
Pero luego empiezan los problemas.
Hubo un experimento con ratas, que fueron enviadas al espacio ya con fetos.
El mayor riesgo lo pasó Tereshkova.
"Y si se puede decir más, es peligroso incluso en vuelos orbitales", resume el piloto cosmonauta, héroe de la Unión Soviética, héroe de Rusia, Valery Polyakov.
En condiciones de flotabilidad nula, los cosmonautas practican sus habilidades de trabajo en el espacio.
Los pequeños hombres-anfibio parecen confirmar que la vida en la tierra surgió del océano.
En principio, esto es lógico, porque desde el momento del nacimiento hasta el momento del primer baño pasan sólo 2 semanas.
En resumen, si la ingravidez es un estado más natural para un recién nacido, para las mujeres es necesaria la gravitación, la fuerza de la gravedad.
Simplemente se le privará de lo que es vital para él.
"Y este experimento que vamos a hacer juntos, al permitir el nacimiento de un niño en un ambiente extraño, dará lugar a que traigamos a la Tierra a un discapacitado, a una persona totalmente inadaptada", prevé el jefe del comité de bioética del Instituto de problemas biomédicos de la Academia de Ciencias de Rusia, Igor Pestov.
Jefe de NKÚ: La inspección del sistema "švarc" no ha dado con el político culpable
Como ejemplo de una práctica incorrecta, menciona la actitud de Petr Nečas hacia el sistema de ser autónomo sólo sobre el papel, que se conoce como el sistema "švarc".
El primer ministro dijo recientemente que la ODS (Partido Democrático Cívico) no molestaría a los empresarios con inspectores. Entonces, ¿está prohibido o permitido?
Precisamente un control común de este tipo podría contribuir a que dejáramos de invertir esfuerzos en la concreción de las leyes, la reducción y la mejora de los límites, aunque esto no tenga un impacto tan positivo.
Ud. habla de los problemas de nuestro país con la transferencia de la legislación que regula la prácticaa de las adjudicaciones públicas.
En cuánto a las oficinas, como la NKÚ, allí actúa el Bundesrechnungshof (Tribunal Federal de Cuentas), con una organización similar a la nuestra, con un colegio también, lo único es que en su caso está estructurada de un modo un tanto diferente, pero en principio ambas oficinas evolucionan paralelamente.
Los fondos públicos, que son administrados por las regiones y los municipios, allí, en Alemania, se controlan en el Tribunal Federal de Cuentas.
¿Podría ser mejor, por ejemplo, en cuanto a la calidad de los inspectores?
Eso seguro que no, pero, repito, no me gusta hacer este tipo de comparaciones.
Si no fuera así, no les supondría ningún beneficio colaborar con nuestra oficina, ¿no cree?
¿Tiene sentido entonces endurecer la ley de esta manera?
Veremos hacia dónde nos lleva este camino iniciado.
¿El sistema švarc" está prohibido o permitido?
La ley nunca será perfecta, pero su aplicación debe ser correcta. Esto es, en mi opinión, lo que nos falta.
Hoy por la mañana las carreteras en la región de Karlovy Vary eran transitables, pero presentaban placas de hielo y de nieve.
Asimismo, también son transitables todas las vías de segunda y tercera categoría, incluidas las carreteras de montaña.
No obstante, en algunas de ellas aún hay tramos con restos de hielo y nieve apisonada.
Región de Pardubice y Hradec Králové
En algunas carreteras de Bohemia oriental hay peligro de heladas y en zonas más elevadas y en las montañas puede haberse formado una capa de nieve en las vías, informa en sus páginas la Dirección de carreteras y autopistas.
En las primeras horas de la mañana habrá heladas, las temperaturas oscilarán entre tres y nueve grados bajo cero.
La autopista D5 es transitable casi sin restricciones, aunque se recomienda extremar la precaución, sobre todo en la vía entre el kilómetro 80 y 131.
La superficie de la mayoría de las carreteras de primera categoría está seca y sin hielo.
En la zona de la carretera de Pilsen y Tachov fronteriza con Alemania puede haber tramos con placas de hielo.
Los operarios de carreteras quitaron la nieve durante la noche; en la carretera de Šumper se acumularon unos tres centímetros de nieve, según los administradores de las vías.
La carretera entre Telnice y Knínice tuvo que ser cortada por las ramas de los árboles que se habían arqueado sobre la vía con el peso de la nieve.
Se dice que en poco menos de un mes va a llegar el fin del mundo, ¿qué opina sobre ello?
Al grupo de música The Tap Tap nos gusta más bien hacer bromas sobre esto y nos gusta decir que somos el único grupo de música del mundo que consigue reunir suficiente energía positiva para posponer el fin del mundo o para evitarlo.
Inicialmente fue idea mía, después fuimos forjando el proyecto todos juntos con nuestro diseñador Honza Augusta.
Con ocasión del final del calendario maya también hemos creado una colección única de artículos: botas, camisetas, bolsas y originales llaveros contra el fin del mundo que pueden adquirirse en www.e-tap.cz, otra forma de apoyarnos.
El grupo The Tap Tap, junto con otros intérpretes, también cantó el llamado himno contra el fin del mundo, que lleva por título "Fin del mundo, cancelado".
Se ha demostrado que a la mayoría de ellos les interesa y les divierte trabajar con nosotros.
Los alumnos de la escuela de Jedličkův ústav reciben regularmente la visita de profesores con los que realizan actividades divertidas e interesantes.
Los alumnos no disponen de medios económicos suficientes para pagar a los profesores y hacemos un efuerzo para hacerlo posible.
En el marco de la finalización de las obras en Jedličkův ústav, existirá un edificio independiente al que nos trasladaremos con este proyecto.
¿Tenéis prevista alguna otra "acción espectacular" similar en el futuro?
Incluso en Moscú, de donde hemos regresado hace poco, salió todo sin problemas.
¿Con qué os habéis encontrado hasta ahora?
Hay muchos aspectos en los que vamos por detrás...
Hasta ahora, son casos aislados de personas que tienen una gran fuerza de voluntad.
El grupo The Tap Tap es actualmente muy popular, pero si miramos unos años atrás, ¿qué os llevó a formar el grupo en 1998?
Y con el tiempo, como dice nuestro moderador Láďa Angelovič, se nos fue un poco de las manos (risas).
Hay pocas cosas extraordinarias, pero me atrevo a decir que The Tap Tap es una de ellas.
Yo siempre digo que si algo les sale bien a personas con discapacidad, entonces, no es sólo un avance para ellos, sino para toda la sociedad.
¿Cuántos de ellos estaban ya en los inicios del año 1998?
Quien tenga voluntad y ganas encontrará siempre las puertas abiertas
Será el día antes del esperado fin del mundo, el jueves 20.12.2012 a las 21 horas
Polonia inició una intensa colaboración con la ESA en el año 1994 y durante los años posteriores participó en la comisión de proyectos de la agencia.
Sin embargo, el camino de Polonia hacia el cosmos empezó mucho antes.
Las ideas del joven ingeniero (nacido el 1905) dejaron a los asistentes indiferentes y, años después, Šternfeld recordaba que el Dr. Jan Gadomski había sido el único que había mostrado interés en su trabajo.
El doctor Jan Gadomski (1899 - 1966), mencionado anteriormente, se convirtió más tarde en un gran impulsor de la astronomía y de la cosmonáutica.
Gadomski se convirtió en un promotor de la cosmonáutica, era conocido en todo el mundo y su contribución a la ciencia se vio recompensada cuando se puso su nombre a uno de los cráteres de la cara oculta de la luna.
En la edición de noviembre de 1954 de la revista Problemy se hace referencia por primera vez a la sociedad con cuatro artículos muy extensos dedicados a la astronáutica.
A partir del 1956, la PTA participó de manera significativa en el desarrollo del cohete sonda RM (Rakieta Meteorologiczna), que fue un éxito y se convirtió en el primer cohete polaco en el que se llevó a cabo investigación científica.
El cohete medía 1,4 metros y pesaba unos 11,5 kg.
Sin embargo, en 1962 se suspendieron los trabajos.
Se desarrollaron tres tipos (llamados Meteor-1A, -1B y -1C), que se diferenciaban entre sí por el espacio disponible para los aparatos científicos.
Entre los años 1965 y 1968 se desarrolló en el Instituto Aéreo el cohete Meteor-2, cuyas primeras pruebas aéreas se iniciaron en octubre de 1970.
El cohete Meteor-2 tenía un peso inicial de 380 kg y era capaz de llevar un peso útil de 10 kg hasta 60 km de altura.
Los sistemas económicos liberales en la UE, igual que en el mundo globalizado, se basan en el principio de una mayor competencia económica y menos normativa.
Debido a que el capital privado no tiene responsabilidad social alguna y, con ello, tampoco es responsable del desempleo que este fenómeno genera, crece necesariamente el gasto social del estado.
Toda esta situación propicia el total desinterés de los empresarios por pagar impuestos y compensar los daños económicos y sociales que han provocado en su afán de obtener beneficios.
La situación es universalmente tan conocida que no es necesario presentar datos estadísticos concretos.
Las prácticas poco escrupulosas del capital privado crean situaciones, en determinadas economías, en las que los gobiernos de dichos países se ven obligados a competir con el objetivo de reducir artificialmente el nivel social de la propia población y, de este modo, atraer capital extranjero al país.
Esto se hace patente sobre todo en los cambios de las leyes vigentes.
En el caso de que se trate de otros países de la UE, entonces la pobreza pasa de un país a otro o no llega nunca, puesto que chinos, indios, brasileños, turcos, marroquíes, egipcios o africanos siguen trabajando por una ínfima parte de un salario europeo.
A continuación, es necesario preguntarse si el capital privado no influye con su egoísmo en la marcha política y, por ende, en todo el estado.
En la historia de la humanidad la historia de las luchas por el poder está en primera fila.
Pero lo que ya no es tan evidente es si siempre fueron estos personajes los que dirigían sus pasos de manera autónoma o si detrás de su trono había alguien que orientaba sus acciones hacia un determinado objetivo.
El método con el que opera el grupo de las familias más ricas, junto con los Rothschild, sigue la dinámica del desencadenamiento de crisis y el posterior ofrecimiento de una solución (order ab cao - orden a partir del caos).
Estas soluciones son, sin embargo, erróneas, y conllevan siempre un empeoramiento de la situación. Si no, basta recordar que la FED fue creada para que no se repitiera una crisis como la del año 1907.
Para preparar el terreno de la Segunda Guerra Mundial, permitieron que los banqueros y políticos crearan, de modo encubierto, una situación conflictiva a raíz de las enormes reparaciones de guerra impuestas sobre Alemania, con lo que se crearon las condiciones óptimas para la radicalización de las masas empobrecidas. Posteriormente, les bastó con servirles a los alemanes la solución del Führer, que era lo suficientemente fuerte y simple y señalaba a culpables, y construir después una Checoslovaquia compuesta por varias nacionalidades con una fuerte minoría alemana que debía representar y representó tan bien la función de la quinta columna, que prendió la llama y provocó el estallido de la guerra.
Al finales del siglo XIX, los Rothschild impulsaron la fundación del movimiento sionista, una rama que aspiraba a la formación de un estado judío, preferentemente en la región de la antigua Judea con Jerusalén como capital (regreso al Sión).
Israel fue fundado oficialmente en 1948 y, de modo similar al modo en que las reparaciones de guerra impuestas a Alemania allanaron el camino hacia la Segunda Guerra Mundial, con la proclamación del estado de Israel se creó el foco para una tercera guerra.
¿Quién es culpable y quién es la víctima en el conflicto palestino-israelí? ¿Dónde la injusticia engendra injusticia en una espiral de violencia interminable, si al inicio de todo estaba la codicia de algunos individuos y su afán por el poder mundial?
En este punto es necesario distinguir entre los habitantes de Israel y sus mandatarios, porque, al igual que sucede en nuestro país, los banqueros internacionales solo presentan a sus candidatos en las elecciones.
El actual presidente de Israel B. Netanyahu es el típico ejemplo de político fascista, leal a los banqueros internacionales, que hace todo lo posible para declarar la guerra a Irán y, considerando que Irán es miembro de la Organización de Cooperación de Shanghai (China, India, Rusia, Pakistán...), amenazaría en convertirse en un conflicto global y, si tenemos en cuenta que Irán controla el estrecho de Ormuz, por donde pasa el 20% de todo el petróleo mundial (el corredor de navegación tiene sólo dos millas de ancho), llevaría a la destrucción de la economía mundial.
"Y obliga a todos, pequeños y grandes, ricos y pobres, libres y esclavos, a tener una marca en la mano derecha o en la frente, a no poder comprar ni vender, a no ser que lleven el nombre de este monstruo o las cifras de su nombre.
Era un golpe al prestigio de los Estados Unidos, que posteriormente se intensificó aún más con el intento fallido de liberar a los rehenes por la fuerza.
La película "Argo" del director y actor Ben Affleck tematiza un episodio de esta historia, que cosechó un pequeño éxito para América.
La película de Affleck es una combinación singular de varios géneros.
Por un lado, un thriller político realista; por otro, un llamado "caper movie", la historia de un episodio que salió bien, un engaño (un ejemplo puede ser la serie Ocean's Eleven).
En la película se combinan los estados de ánimo. Encontramos por un lado secuencias bien documentadas de Teherán. En la secuencia de créditos se muestran fotografías emblemáticas de la época de los acontecimientos, que fueron plasmados del mismo modo en la película; no hay muchas diferencias a este respecto.
Por el otro, escenas típicas de Hollywood un tanto más livianas, marcadas por la ironía y una leve exageración.
Las mejores escenas de la película tienen lugar en las calles, en la reconstrucción de los acontecimientos verídicos. La secuencia introductoria de la toma de la embajada es impresionante por su capacidad sinóptica que, al mismo tiempo, trasmite la emoción del desconcierto y de la falta de previsión que surge cuando, en algún lugar, la historia da un paso adelante.
Reglas para el inflado de globos, bananas y circo
Hasta ahora, las mujeres se aventajaban de mejores precios en los seguros de vida porque representan objetivamente un riesgo menor.
"Otras ideas increíbles del taller de la UE pueden ser propuestas por la gente hasta finales de este año".
El candidato a ganar la encuesta podría ser la prescripción de la EU del año pasado según la cual en los globos inflables que se comercializan es obligatorio advertir que los niños menores de 8 años no están autorizados a inflarlos sin la supervisión de un adulto.
Igualmente absurdo es el reglamento referente a los funcionarios europeos: todo aquel que tenga alguna función oficial en la UE no puede utilizar la denominación de Macedonia. Para no herir la sensibilidad de Grecia, se debe hablar de FYROM (Former Yugoslav Republic of Macedonia).
A los checos también les toca la fibra sensible, del mismo modo que a otros países de la Unión, la lucha por el derecho a la denominación de origen de sus productos tradicionales, aunque nuestro país no siempre haya salido victorioso de estas pugnas.
Pero ya no puedo soportar ver cómo se roba en los últimos veinte años en nuestro país, cómo los ladrones quedan impunes, se aumentan los impuestos y la edad de jubilación.
Para ello debe cambiar la ley.
Sin encasillamientos ni dogmas de partido, tengo la capacidad de poder escoger algo de cada partido que sea mejor para nuestro país y aplicarlo.
Y con ello no puede sobrevivir en la política a largo plazo.
Y, eventualmente, ellos tendrían que comunicar porqué no lo desean.
Si hay un personaje fuerte que señala las disputas, se puede hacer presión en la escena política.
Al mismo tiempo afirmo que sólo soy un aficionado, no soy ni un genio ni un intelectual.
Sin embargo, yo defenderé mis propias ideas, como por ejemplo la elección directa de alcaldes o de gobernadores.
No tengo dinero ni para la campaña a la presidencia, en mi cuenta transparente sólo hay 20.000 coronas.
¿Conduce un Aston Martin, su propiedad está valorada en 60 millones y no tiene dinero para la campaña?
Esto no tiene nada que ver con un sueldo mayor.
Por ejemplo, el representante de mi agencia de viajes pasará a ser mi sustituto en primavera.
Entre 200.000 y 400.000, que sigo ganando.
Pero yo me pregunto para qué necesitamos una biblioteca hoy en día.
Ésta forma parte del proyecto de revitalización, que se completa con un aparcamiento subterráneo, un supermercado, una oficina de correos y un par de edificios de viviendas y adosados.
Pero sobre todo, Spijkenisse dispone ahora del primer edificio cultural público de su historia.
Y por todos lados libros, libros y más libros.
Mención especial merecen las estanterías negras que asumen las funciones de revestimiento mural, parapeto y barandilla al mismo tiempo.
"Aunque cueste creerlo dadas sus grandes superficies acristaladas, este edificio es un proyecto ejemplar en lo que respecta a la ecología", señala Trouborst.
"Creo que gracias a nuestra iniciativa ahora todos los habitantes tienen un cierto vínculo con este edificio.
Stephen Szabo: Alemania no apoya lo que los israelíes han hecho en Gaza.
Ahora bien, debido a la relación especial que une al país con Israel, Alemania debe tener cuidado.
Durante el levantamiento que tuvo lugar en Libia en marzo de 2011, Alemania también se abstuvo cuando de lo que se trataba era de establecer una zona de prohibición de vuelo.
¿Qué significa concretamente una política exterior "normal" desde el punto de vista alemán?
Es una política que, cuando se trata de intereses nacionales, se muestra dispuesta a defender posturas diferentes a las de Estados Unidos o sus socios europeos.
Por un lado, Alemania cuenta con grandes mercados en Oriente Próximo, especialmente en el Golfo.
Esto es importante, por supuesto.
Quizá con ello Alemania haya logrado granjearse un cierto respeto.
Creo que en el futuro Alemania asumirá un papel de liderazgo a la hora de obligar a Europa a adoptar una postura europea.
Esto no resulta fácil para los alemanes.
Incluso si no les gusta, si les resulta desagradable o si les convierte en un pueblo aún más impopular, c'est la vie!
Stephen Szabo es Director Ejecutivo de la Academia Transatlántica en Washington, una institución en la que académicos y expertos en política procedentes de Europa y de América del Norte analizan de forma conjunta los desafíos a los que se enfrenta la comunidad transatlántica.
Armani es una marca conocida a nivel mundial y Polo Ralph Lauren también.
Tras este nombre se esconde una denominación registrada oficialmente en China pero que no tiene nada que ver con las empresas originales.
No obstante, ésta goza de protección mientras los verdaderos epónimos no presenten una demanda.
Pattloch abre un archivador en el que guarda asientos de la oficina de marcas de Pekín.
En las grandes ciudades existen grandes almacenes de varias plantas dedicados exclusivamente a la venta de falsificaciones.
"Es perjudicial para el negocio, hay que luchar contra ello", exige Pattloch.
Las pérdidas financieras y las costas procesales de los sectores afectados son millonarias, sobre todo en el caso de productos emblemáticos de lujo.
Pattloch habla de casos en los que el tribunal desestimó una demanda porque había transcurrido tanto tiempo que el nombre objeto de la demanda ya se había convertido en una "realidad de mercado".
Sin embargo, 81.500 reclamaciones siguen pendientes de resolución.
El año pasado la CTMO registró más de 1,4 millones de solicitudes de protección de marcas, casi un tercio más que en 2010.
En 2011 se habrían embolsado 1.800 millones de yuanes en concepto de derechos.
Si bien los alemanes han conseguido detener la fabricación ilegal de piezas de automóvil de imitación,
Resulta difícil estimar los costes internos; el archivo empresarial ha tenido que revisar expedientes de hasta cien años de antigüedad para poder aportar pruebas.
Hace cinco años Freudenberg ofreció a la parte contraria una "suma de seis cifras en euros" con el objetivo de llegar a un acuerdo amistoso, pero no tuvo éxito.
Primero se empieza por el baile: botas de cowboy, zapatillas de baloncesto, zapatos de tacón y mocasines buscan el compás sobre el suelo de parquet, y lo encuentran rápidamente.
Es lunes por la tarde y en la sala de música del Instituto de Psicología Médica de Heidelberg el coro Imbongi ensaya una nueva canción.
Según una estimación de ONUSIDA, el programa de las Naciones Unidas para la lucha contra el SIDA, en todo el mundo existen aproximadamente 34 millones de personas infectadas por el virus del VIH.
En Suazilandia hay 245.000 huérfanos del SIDA.
A 8.733 kilómetros de distancia en línea recta desde Heidelberg, en el noreste del reino de Suazilandia, existe un pueblo llamado Esitjeni que depende de las voces de este coro alemán.
Más de 300 ya no tienen padres porque han sucumbido al SIDA.
Sin título escolar, las posibilidades en un país pobre son más que escasas.
La sífilis y la gonorrea se dan con más frecuencia en hombres que mantienen relaciones sexuales con otros hombres.
El Instituto Robert Koch parte de la base de que al menos cuatro de cada cinco casos de sífilis registrados en Alemania tienen su origen en un contacto sexual entre hombres.
¿Cómo ha evolucionado el número de infecciones?
En 2011 se registraron aproximadamente 2.700 casos.
¿Qué síntomas indican que se trata de una enfermedad venérea?
A menudo no causan dolor ni provocan otros síntomas y por eso no se detectan.
Por este motivo, los expertos recomiendan someterse regularmente a exámenes médicos, sobre todo si se cambia con frecuencia de pareja sexual.
Algo extraño en un país en el que el rey tiene oficialmente 14 esposas.
Según Annette Lennartz, "en cualquier esquina se pueden conseguir preservativos gratis, pero estos apenas se utilizan.
Un autobús lleno de blancos que cantan canciones en un idioma de negros; tanto reconocimiento no solo trae consigo un excelente ambiente y mucha alegría, sino que también ha logrado arrancarle un par de lágrimas a algún que otro soldado fronterizo rabioso.
La sonda Messenger ha encontrado pruebas de la existencia de hielo en Mercurio.
Parece que ésta tiene al menos 30 centímetros y probablemente incluso hasta 20 metros de espesor.
Los ocho planetas que conforman nuestro sistema solar, además del planeta enano Ceres.
Al igual que Plutón, que gira alrededor del sol justo por detrás de Neptuno, según la nueva definición del término publicada por la Unión Astronómica Internacional en 2006 Ceres no es ningún "planeta".
Su similitud con un continente terrestre le ha valido el sobrenombre de América del Norte.
La combinación de una fotografía normal y una imagen de infrarrojos da lugar a un espectacular colorido.
Probablemente se trata de restos de una de las lunas de Saturno que desapareció sin dejar rastro hace 4.500 millones de años.
Una de las mayores y más nítidas fotografías tomadas por el telescopio Hubble: la Galaxia del Remolino.
Dependiendo de las tonalidades, algunas imágenes de galaxias espirales se convierten en verdaderas obras de arte.
Esta formación de estrellas fue captada por el telescopio Hubble en la galaxia espiral M83.
La nebulosa situada a 1.400 años luz está compuesta por partículas de polvo cuyo tamaño es entre diez y cien veces más pequeño que el de las partículas de polvo que podemos encontrar en una casa.
Muestra un anillo de agujeros negros situado a 430 millones de años luz de la Tierra.
En esta nube de estrellas, asociada a la Nebulosa Roseta, también surgen continuamente nuevas estrella; a 5.000 años luz de la Tierra.
En esta galaxia tan brillante con un pequeño agujero negro aún no hay polvo, solo gas.
Los investigadores suponen que se formó poco después del big bang, cuando en el universo se podía encontrar sobre todo hidrógeno.
Su espejo, en la imagen, tenía un diámetro de cinco metros.
En Arizona, EE. UU., se levanta el Large Binocular Telescope.
En Mauna Kea está previsto construir un nuevo telescopio de enormes proporciones y con un diámetro de espejo de treinta metros.
Desde el 24 de abril de 1990 envía imágenes de mundos lejanos.
El espejo primario de este telescopio espacial tiene un diámetro de 6,5 metros.
Beber mantequilla a diario y vivir 168 años
Al sur de Azerbaiyán muchas personas logran alcanzar edades bíblicas.
El minibús avanza con gran estrépito a través de la sinuosa carretera que pasa al lado de colinas boscosas, ríos de gran caudal y de las sencillas casas de los granjeros locales.
Sin embargo, Pilata Fatulayeva (48) está convencida de que Lerik tiene lo que hay que tener para convertirse en una atracción turística.
"Baku se hizo famosa en mayo con motivo de la celebración del Festival de Eurovisión y el próximo año celebraremos el Festival de las personas más ancianas del mundo", señala Fatulayeva.
No obstante, no existe ninguna partida de nacimiento que lo certifique.
Todos los días vasos llenos de mantequilla derretida
Es un hecho que, de forma sorprendentemente frecuente, los habitantes de la región situada en torno a Lerik suelen alcanzar una edad bíblica.
La directora del museo, la Sra. Fatulayeva, cree en cambio que la causa reside en la alimentación.
También brincan de un lado a otro dos niños pequeños.
En la Constitución falta la expresión "Derechos Humanos"
La futura constitución, con la sharia como base, resulta muy controvertida.
Como en anteriores constituciones, en el borrador también se dice que la jurisprudencia se basa en los "principios del derecho islámico".
Durante la dictadura de Mubarak estos tribunales sirvieron para ejercer una dura represión sobre la oposición.
Tras la caía del dictador hasta 11.000 civiles se encontraban detenidos en prisiones militares.
Sin embargo, no queda claro qué es una ofensa y cómo ha de ser sancionada.
Cuestión de interpretación, como muchas otras cosas en el borrador que ha sido presentado a Mursi para su firma y que según, sus palabras, "muy pronto" será presentado a los egipcios para ser sometido a referéndum.
A través de Twitter acusó a los seguidores de Mursi de querer liderar un "golpe de estado contra la democracia".
"Cuando convoque el referéndum iremos a su palacio y lo derrocaremos", afirma el opositor Jasser Said.
Muchas mujeres cubiertas con un velo y partidarios de los salafistas tomaron parte en la misma al grito de: "el pueblo exige la aplicación de la ley divina".
Ahora habría llegado el momento de dejar que el pueblo decidiera en las urnas qué dirección debería seguir el país.
Hafez Abu Saeda está furioso con este proceso constitucional forzado que en realidad debería haber durado hasta febrero y haber incluido a todas las fuerzas sociales.
No porque compartiera su ideología, sino porque para él los Derechos Humanos son indivisibles.
La ampliación de las competencias de Mursi a los tres poderes del Estado hizo que este abogado se resignara.
Saeda se siente abandonado, también por la comunidad internacional, la cual observa la lucha ideológica que está teniendo lugar a orillas del Nilo con una mezcla de curiosidad y tensión.
Un manifestante en la plaza Tahrir advierte: "estáis concibiendo un monstruo que no podréis controlar".
"A algunas personas les gusta más el aquavit que el rakfisk", afirma Havard.
Pruebo algunos trozos.
El rakfisk es un producto que proviene de una época muy distinta, en la que la pobreza azotaba Noruega y en la que, antes de que existiera la refrigeración, el pescado se guardaba durante el otoño sumergido en agua y sal en barriles herméticos.
Una corriente de habitantes de Suecia, la vieja rival y hasta hace no demasiado mucho más rica que Noruega, llega a este país para trabajar.
Se encuentra entre los platos más caros que se pueden comprar.
"No nos gusta alardear, no nos gusta la ostentación".
Mientras todo el mundo malgastaba dinero que no tenía durante los años que precedieron a la crisis financiera en todo el mundo, Noruega mantuvo la billetera bien cerrada.
Ahora una hamburguesa de alce es sin duda algo distinto y bastante suculento que saborear.
Pero por la noche, vuelve ese maloliente pescado.
"¿Cuáles son vuestras puntuaciones para el mejor pescado allí arriba en las montañas, Thor-Juergen?"
El tráfico en Ciudad de México es especialmente malo actualmente.
En una ciudad que, en las mejores circunstancias, ya está de por sí congestionada, se ha instalado desde el lunes un cerco de acero que corta varias de las carreteras principales que llevan a la ciudad y que está causando un caos enorme en las carreteras.
El objetivo, no obstante, no era impedir que los trabajadores pudieran llegar a su lugar de trabajo, sino evitar que los manifestantes pudieran llegar al parlamento.
Un hombre sincero
Rechaza también la calificación que la oposición hace de falta de esencia del nuevo presidente.
Es un fantástico hombre de estado y, por encima de todo, es una persona que sabe escuchar."
A principios de este año se pidió la intervención de los militares para que ayudaran en la lucha contra las bandas de droga que operan en los barrios y la violencia contra las mujeres es especialmente grave.
En una casa de hormigón, típica del deteriorado barrio, Irinea Buendía tiene que hacer esfuerzos para contener las lágrimas mientras me muestra fotografías de su hija fallecida, Mariana Luna.
Mientras su madre relata la historia, una fotografía de Mariana observa desde las paredes, junto a una cruz en la que se lee una única palabra: Justicia.
"Escribían 'sin incidencias' (después de haber hablado de los problemas) pero esto no significa necesariamente que yo no hubiera mencionado ningún problema", dijo Manning.
Manning fue trasladado a la prisión militar de Fort Leavenworth en Kansas en abril de 2011.
Manning afirmó que le había dicho al oficial que podría haber utilizado el elástico de su ropa interior o sus chanclas para autolesionarse pero que no lo había hecho.
Mi crisis de identidad mexicano-estadounidense
Me quedé allí unos segundos sin estar seguro hacia dónde debía ir.
Al haber crecido en California Central, durante toda mi vida me han llamado "mexicano".
Pero para los mexicanos, que piensan en siglos, no en minutos, los elementos que se lo recuerdan están por todas partes.
Y aún así, para México, la relación que realmente supone todo un desafío es la que tienen con los más de 35 millones de mexicano-estadounidenses que viven en los Estados Unidos.
Además, somos conscientes de que a muchos de los mexicanos pertenecientes a la élite de la clase dirigente no les gustamos.
Tienes lo mejor de cada país, pero no estás arraigado a ninguno de ellos.
Ahora, para complicar aún más las cosas, por lo que me he enterado durante mi viaje, algunos líderes mexicanos y algunos intelectuales quieren volver a conectar con la diáspora.
Eso no va a pasar.
Si algunos mexicanos aún no están preparados para perdonar a los Estados Unidos por la forma en la que trataron a México hace un siglo y medio, entonces tienen que aceptar el hecho de que algunos mexicano-estadounidenses aún estén resentidos por cómo se trató a sus familiares hace muchísimo menos tiempo.
Quizás seamos más "mexicanos" de lo que pensaba.
Sin embargo, existen razones para pensar que su letal situación de punto muerto podría desencallarse.
En cambio, los Hermanos Musulmanes son primos hermanos de Hamás y sus líderes dependen más de la opinión popular.
El Sr. Netanyahu, cuyo partido Likud se ha unido a un grupo de una línea aún más dura liderado por Avigdor Lieberman en el periodo previo a las elecciones el 22 de enero, está en una buena posición.
Iniciar una guerra con la superpotencia de la zona difícilmente ayudará a los nuevos gobiernos árabes a mejorar sus economías.
Que el pragmático Sr. Morsi haya trabajado con Barack Obama para conseguir el alto el fuego es un buen augurio y podría marcar el inicio de algo.
Egipto, que debe empezar a poner freno a la entrada de armas en Gaza, junto con Turquía y Qatar, se encuentra en una situación sin precedentes para convencer a Hamás de que acepte la idea de un estado judío basado en las fronteras de 1967, con intercambios de tierra y un Jerusalén compartido.
De nuevo en la Casa Blanca, parece igual de reticente a dedicarle su atención.
A excepción de las distintas imágenes y advertencias sanitarias, la única diferencia entre las cajetillas, obligatorias desde el sábado, son los nombres de las marcas, todos ellos impresos en un tipo de fuente pequeño.
Se trata del régimen más estricto del mundo aplicado al empaquetado de tabaco.
A pesar de que Australia cuenta con una de las tasas de fumadores más bajas del mundo y que estos cambios no afectarán demasiado a los beneficios de las multinacionales, otros países están considerando tomar medidas similares.
"La legislación acarreará graves consecuencias involuntarias", dijo Scott McIntyre, de la British American Tobacco, en Australia.
Según los expertos, el posible obstáculo es la popularidad de las redes sociales entre el sector demográfico al que se dirige el plan.
Tras una serie de leyes australianas que prohíben la publicidad en la televisión y el patrocinio de deportes y que obligan a la mayoría de vendedores a no poner los cigarrillos a la vista, el marketing del tabaco ha pasado a realizarse en línea.
"Si comercializas tabaco y tan sólo te queda esta pequeña ventana para promocionar tus productos, el espacio en línea es el lugar más convincente en el que estar", dijo Becky Freeman, investigadora de sanidad pública de la Universidad de Sydney.
En el año 2001 Canadá se convirtió en el primer país que introdujo la obligatoriedad de incluir imágenes en las cajetillas.
"Sinceramente, solamente hay una razón por la que dejaría de fumar: por mi hija."
"Normalmente tardaba una hora en desenvalar una entrega; ahora tardo cuatro", afirma Yu.
Durante las fiestas del día de Acción de Gracias de este año, de forma inesperada tuve que pasar cinco horas en un aeropuerto porque el avión en el que volábamos sufrió un problema mecánico y tuvimos que esperar a que llegara otro avión.
Aburrirse obliga al cerebro a buscar opciones interesantes y puede que fomente la creatividad.
Dado que, actualmente, la mayoría de nosotros estamos conectados a esta o a aquella pantalla, no experimentamos los beneficios que aporta el aburrimiento.
Sí.
La experiencia principal del aburrimiento, afirma, es "la alteración del proceso de atención, asociada a un bajo estado de ánimo y a una sensación de que el tiempo pasa lentamente".
Sin embargo, el Profesor Eastwood dice que, aunque puedan estar relacionados, las personas que están aburridas tienden a ver el problema como una cuestión del entorno o del mundo, mientras que las personas que están deprimidas consideran que el problema lo tienen ellas.
En su estudio "The Unengaged Mind: Defining Boredom in Terms of Attention", publicado en la edición de septiembre de la revista Perspectives on Psychological Science, el Profesor Eastwood y sus colegas se remitieron a un experimento anterior en el que los participantes escuchaban una cinta de una persona que leía el artículo de una revista.
"Por otro lado, cuando estás haciendo algo aburrido, como detectar piezas defectuosas en una línea de fabricación, una música que te distraiga te puede ayudar a no aburrirte".
"Las investigaciones demuestran que aquellos niños a los que se les permite moverse aprenden más y retienen más información que aquellos a los que se les obliga a estar quietos", afirma el Profesor Fenske.
Pero, en general, los adolescentes son un tipo de grupo que se aburre con bastante facilidad.
En 1991, Reed Larson, profesor de Desarrollo humano y comunitario de la Universidad de Illinois, llevó a cabo un experimento en el que se ponía en contacto con 400 adolescentes y con sus padres entre siete y ocho veces al día mediante un busca.
El Profesor Larson dijo que no sabía si los porcentajes de aburrimiento actuales, 21 años después, serían superiores o inferiores.
Si estás aburrido y utilizas esa energía para tocar la guitarra o cocinar, eso te satisfará.
No creo que realmente queramos alabar el aburrimiento.
"A nuestro modo de ver, necesitamos aburrirnos más, pero el aburrimiento es un deseo demasiado angustioso e inquietante como para relacionarlo con algo que merece la pena", afirma.
Orozco dice que un día de septiembre, él y algunos amigos conducían por Lamar, en las llanuras cercanas a la frontera de Kansas, cuando los paró la policía.
"Nos tratan como a criminales", dice Orozco.
Cientos de delitos menores por posesión de marihuana se están anulando tanto aquí como en el estado de Washington, donde se aprobó una medida similar.
Al mismo tiempo, varias ciudades, desde los suburbios de Denver hasta las montañas occidentales, están votando para impedir que se abran tiendas de marihuana, autorizadas recientemente, en sus comunidades.
"Colorado dispone de un mercado más regulado, así que será un buen guía", afirma Brian E. Smith, portavoz de la Comisión de control del alcohol del estado de Washington.
A pesar de que el 55 por ciento de los votantes apoyó la medida, nunca se consideró que llevar el consumo de marihuana para uso recreativo al seno del gobierno y del sistema judicial fuera a ser fácil.
Varias ciudades de Colorado no esperan a que actúen las autoridades federales.
La semana pasada, la ciudad occidental de Montrose adoptó una prohibición de seis meses y es probable que la apruebe la semana que viene.
Sin embargo, a las dos semanas de ocupar mi plaza en el Worcester College a finales de los años 80 para cursar la carrera de Historia, ya había hecho las maletas, lo que desencadenó el primer escándalo de mi vida.
Mi padre se derrumbó y se echó a llorar.
El periódico The Evening Standard afirmó que yo había abandonado porque no toleraba que algunos compañeros de universidad mantuvieran relaciones sexuales en la habitación de al lado.
Quizás se pregunten a qué viene eso ahora.
Luke Black, de 20 años y vicepresidente de la Asociación del Partido Conservador de la Universidad de Nottingham, declaró en un periódico dominical que "existe una creciente tendencia de izquierdas en las universidades.
Samuel Roberts, de 21 años y estudiante de historia en Corpus Christi que presentó la moción para una mayor protección, afirma que este ambiente es "incómodo", mientras que Stephanie Cherill, de 19 años y presidenta electa de la OUCA, afirma que la actitud de los miembros de la JCR hacia las personas que son de centro derecha ha empeorado.
Durante mis primeras semanas en Oxford estuve más sola que la una.
El odio hacia el Partido Conservador estaba en su punto más alto.
"¿Es que los thatcheristas se niegan a aprender francés o es que, simplemente, son tontos?", preguntó.
Los otros universitarios se rieron.
Regresé a mi habitación como un alma en pena.
Para mí es muy complicado, pero saben que tu padre es cercano a Margaret Thatcher, así que para ti será aún peor.
Muchos Tories recién llegados aparentar ser laboristas".
Insistí en que no estaba de acuerdo con todo lo que decía la Sra. Thatcher.
"¿Cómo tienen relaciones sexuales los Tories?", preguntó uno.
"Se dan una paliza el uno al otro, ¿no?"
Los tres años que me esperaban se presentaban como un purgatorio de ostracismo y aislamiento.
Le dije a mi padre que odiaba Oxford y por qué.
Sus doloridos ojos empezaron a nublarse.
Mi puerta estaba cerrada con llave.
Quizás me llaméis débil llorona.
En la primera sala de esta exposición, abierta hasta el próximo 3 de marzo, abundan cartas privadas y fotos con la firma de lo más granado de la aristocracia, desde la Princesa Salimah Aga Khan hasta Lord Snowdon, pasando por la Princesa Marie-Chantal de Grecia y Margarita de Inglaterra.
Valentino enseña esos recuerdos personales como trofeos de su ascenso social: de humilde modisto de la ciudad de Voghera, en el norte de Italia, a ídolo de la "jet-set" internacional.
Estar enamorado de la realeza no tiene nada de malo.
Hace muchos años, después de un desfile en Piazza di Spagna, en Roma, fuimos a cenar a su piso.
Éramos veinte personas, entre las que estaban Sharon Stone y John Kennedy Jr.
Desfile de alcurnia
En ese público de maniquíes relucen nombres como el de Sibilla de Luxemburgo, Gloria von Thurn und Taxis, Mette-Marit de Noruega, Rosario de Bulgaria o Sofía de Habsburgo.
Cuando era adolescente y vivía en Italia, soñaba con llegar a tener el edad y la ocasión para poder usar uno de sus trajes de noche...
Si lo dice una princesa...
El oficio más duro del mundo: las mulas humanas de Kawah Ijen
Hay gente para la que su trabajo es un infierno y otra que, literalmente, trabaja en el infierno.
Son sólo 250 metros hasta la cima del volcán, que se eleva a 2.386 metros de altitud, pero los exhaustos porteadores tardan más de 40 minutos en ascender a paso de tortuga, guardando el equilibrio y midiendo con tiento sus pasos para no resbalarse y caer por el precipicio.
Una vez arriba, se abren paso entre los turistas que los fotografían como si fueran monos de circo y, cargando fatigosamente las pesadas canastas, caminan tres kilómetros hasta la balanza que una compañía minera ha situado un poco más abajo, a 1.850 metros de altura.
Luego lo vende por 10.000 rupias (83 céntimos de euro) a la industria petroquímica, ya que este mineral está generalizado en la vida cotidiana y se usa para fabricar cerillas, fuegos artificiales, cosméticos, dinamita y hasta para blanquear el azúcar.
"El jornal de los mineros es muy alto aquí, donde la recolección del café se paga a 15.000 rupias (1,2 euros) el día y el salario medio mensual es de dos millones de rupias (167 euros) ", aclara el porteador, que antes trabajaba como albañil en la turística isla de Bali.
Es el precio que debe pagar para conseguir su sueño.
De hecho, ni siquiera ven parte de las 30.000 rupias (2,5 euros) de recargo por cámara que, junto a la entrada de 15.000 rupias (1,2 euros), los guardas de este parque natural cobran a los turistas que acuden para fotografiar el volcán y a sus mulas humanas.
"Este trabajo es para las bestias y no para las personas", protesta Madrusin, un fornido porteador de 42 años que lleva en el Kawah Ijen tres décadas, desde que dejó el colegio.
Singapur busca bebés para salvar la economía
"La población de Singapur necesita crecer".
Las frases son parte de un rap que utiliza referencias locales como "Vamos a poner un bao (bollo) en el horno" para reírse de la tasa de natalidad de Singapur.
Su director creativo, Douglas Hamilton, dice que quiso usar el poder de la música para que la gente cumpla con "su deber nacional".
Somos los peores del mundo en reproducirnos a nosotros mismos, así que sentimos que este era un tema que teníamos que abordar.
Gasta US$1.300 al año en políticas para animar a los ciudadanos a tener más hijos.
Singapur es una ciudad Estado rica y de alta tecnología en el sudeste de Asia, también conocida por el conservadurismo de sus dirigentes y sus estrictos controles sociales.
"Eso le ha permitido a la gente disponer de una gama más amplia de opciones en términos de objetivos de vida y prioridades, más allá de casarse y formar una familia", explica.
Por ejemplo, ha comenzado a afectar al sector inmobiliario.
Hombres y mujeres mencionan su carrera, el estrés y el costo de las propiedades y de la educación como los motivos que les impiden tener hijos.
¿Entiende los peligros a los que está expuesto por ventilar en Internet situaciones que seguramente no compartiría fuera de línea?
En cuatro de los casos, asociaron el término a "algo muy mío", en el plano personal, y "en la clave y nombre del usuario", cuando lo aplicaron a redes sociales.
La mayoría son parientes.
La madre está incluida, tiene la clave de una de las cuentas.
Abrí Twitter para expresarme y escribir tweets interesantes.
Ni le haría caso a alguien que le recomendara a un extraño.
Sí lo haría, si me cae mal o le llevo ganas.
Al comprender cada uno de los incisos ellos tienen fundamentos sólidos para conversar con sus hijos sobre las implicaciones de abrir una cuenta en Internet.
"Por ejemplo, la edad y lo que está permitido compartir o publicar", dice.
De acuerdo con Guardia, resulta clave recordar a los hijos la lección de "no hables con extraños".
La cumbre concluyó también con el compromiso conjunto de Chile y Perú de aceptar un fallo de la Corte de La Haya que dirima un diferendo fronterizo entre ambos países.
La confirmación de ambos presidentes de que se someterán a la CIJ ocurrió luego que Colombia denunciara esta semana el Pacto de Bogotá por el que había aceptado someterse a los fallos de ese tribunal internacional, luego de una decisión sobre límites marítimos con Nicaragua que consideró gravemente errónea.
La cumbre se realizó con las inasistencias de los presidentes de Brasil, Dilma Rouseff; Venezuela, Hugo Chávez; Bolivia, Evo Morales; y Argentina, Cristina Kirchner.
Entre esos proyectos, mencionó que cinco corresponden a Perú, y estan localizados en los ejes transversales de sus territorio, desde la costa hacia Brasil, y dos apuntan a una mayor conexión con Ecuador, aunque no dio mayores detalles.
"Esperamos que el proceso electoral en ese país sirva para su reincorporación a la Unión de Naciones Sudamericanas", de la cual se encuentra actualmente excluido.
La necesidad de que América Latina se mantenga como una región de prosperidad y paz, integrada, y de buenas relaciones entre vecinos, fue otro de los asuntos subrayados por la cumbre.
"Vamos a revisar todos estos caminos, no son excluyentes, inclusive el tratado con Nicaragua va a requerir una conversación con Nicaragua", subrayó.
"Con el presidente Ortega espero poder decirle que manejemos esto de la forma más civilizada y respetuosa posible", añadió Santos.
Asimismo, como parte de la cumbre, los ministros de Defensa del bloque se reunieron previamente para aprobar el Plan de Acción del año 2013, que busca fortalecer el diálogo y el consenso en materia de Defensa en la región.
"Suramérica debe aprender de Europa para integrar una ciudadanía": Rafael Correa
El presidente de Ecuador, Rafael Correa, afirmó hoy que la creación de una ciudadanía común es una meta en la que "Suramérica, en este caso sí, debe aprender de Europa".
"Eso complica la salud de cualquier persona", agregó.
Correa señaló que la solución al asilo otorgado a Assange desde junio en la embajada ecuatoriana en Londres, mediante la concesión de un salvaconducto que le permita viajar a Ecuador, está en manos de Gran Bretaña, Suecia y las autoridades jurídicas europeas y subrayó que ha habido conversaciones con Londres en busca de una solución al encierro del fundador de WikiLeaks.
En ese aspecto se congratuló que ya no sean estos periodistas "ni los banqueros ni los países hegemónicos y burgueses los que dominan a Ecuador", y adelantó que de ser reelegido "profundizará en la revolución para continuar el camino y la dirección correcta".
Correa también apoyó la decisión de mantener el veto a Paraguay en la Unasur al menos hasta sus próximas elecciones, al argumentar que el organismo "debe ser firme y no tolerar el oportunismo y el golpismo revestido de legalidad" porque en realidad "destrozó la legitimidad de la democracia paraguaya".
Por el momento no se acata ese fallo.
Es un problema entre un país sudamericano y uno centroamericano.
Acabo de hablar con el vicepresidente venezolano Nicolás Maduro y me dice que viajó a un tratamiento que ya estaba planificado, de rutina, que se esperó que pase la campaña para volver a Cuba.
"No significa una recaída en el estado de salud del presidente Chávez", comentó.
"Fue como si me cayera una bomba", refiere al rememorar el momento del anuncio, que el médico intentaba hacer "más suavecito", sin éxito evidente.
En palabras simples, lo anterior significa que quien recibe el diagnóstico de VIH positivo a los 25 años de edad, bajo estos términos "mientras se mantenga en control podrá vivir sin problemas hasta los 75 años", explicó el entrevistado.
Al menos en los últimos 12 años no hemos tenido desabasto de medicamento el problema es que los pacientes llegan muy avanzados porque desconocen su estado de infección, o sea, en etapas tardías de la enfermedad.
Dio un dato contundente: "Nueve de cada diez pacientes llegan cuando ya presentan alguna infección oportunista lo que se tiene que hacer para tener un mayor impacto sobre la mortalidad global, es hacer diagnósticos más tempranos y, por lo tanto, se tienen que ofrecer pruebas de detección de manera masiva, a todas las personas que lo requieran".
Todo cambia cuando sabes que tienes sida.
Condones tras el mostrador
Grandes son los huecos que hay entre los programas de salud y el ciudadano común, sostuvo Ricardo Salazar, periodista tapatío quien ha asumido la causa en torno al VIH.
Hay 13,435 casos acumulados (12,158 de sida y 1,317 de VIH).
En el terreno práctico, el espaldarazo a la sentencia emitida el 15 de junio pasado por el juez Harlin Hale de la corte de Bancarrotas para el distrito norte de Texas, deja indefensas a las firmas mexicanas frente a la posibilidad de embargo de sus propiedades en allende el Bravo.
El primer punto implicaría desconocer la cooperación procesal internacional en casos de insolvencia de empresas con perfil trasnacional.
Desde otro ángulo, éste culpa a Vitro de la situación difícil que enfrentó a partir del 2008 a soslayo de la grave crisis económica que enfrentó Estados Unidos, pegándole los coletazos al país.
Lo grave del caso es que el tribunal soslayó un documento enviado por el gobierno de México bajo la figura de amicus curiae ("amigo de la Corte"), en el que se detalla el procedimiento seguido por Vitro bajo el marco de la Ley de Concursos Mercantiles, señalando que éste se desahogó con apego a los convenios firmados por ambos países para empatar ésta con el capítulo 15 de la Ley de Bancarrotas de los Estados Unidos.
Dormidas durante varios meses las denuncias colocadas en la mesa por los sindicatos de Mexicana de Aviación contra el exdueño de la empresa, Gastón Azcárraga Andrade, a quien se acusa de administración fraudulenta, la Asociación Sindical de Pilotos Aviadores ya encontró el cuello de botella.
La instancia encabezada por Carlos Díaz Chávez Morineau acaba de presentar una demanda penal contra la Comisión Nacional Bancaria y de Valores a quien se acusa de obstrucción a la justicia.
Según ello, la autoridad supervisora se ha negado sistemáticamente a dar informes a la Procuraduría General de la República sobre una operación realizada por el empresario para extraer del fideicomiso F/589 del Banco IXE, a nombre de Mexicana de Aviación, 198 millones de pesos.
Estamos hablando, como usted sabe, de un colosal centro de venta y distribución de cara a México, Centroamérica y el Caribe de productos del país de la muralla, con una zona de vivienda al calce para empleados de 150 compañías.
Integrado por las empresas NYCE, e-Quálity y Kernet, líderes en tecnología de la información, acaba de nacer un consorcio con razón social Competival, cuyo objetivo será el mercado de servicios de los clusters de software de Centro y Sudamérica.
Héctor "Hetin" Reyes: "El baloncesto ha sido mi vida"
Y es que antes de que un derrame cerebral lo confinara a una silla de ruedas en el 2008, Reyes estuvo inmerso en el deporte por más de 60 años, fuese como jugador de categorías menores, jugador del Baloncesto Superior Nacional, apoderado y dirigente en el BSN con los Vaqueros de Bayamón o presidente de la Federación de Baloncesto.
Las paredes de su casa, casi todas decoradas con fotos y memorabilias que denotan su amplia trayectoria, así lo atestiguan.
De todas, las que atesora con mayor emoción son las que rememoran su paso por los Vaqueros desde mediados de la década de los 50 como jugador hasta 1982, cuando cumplió 15 años fungiendo como coapoderado u apoderado de la franquicia.
Y luego me despedí con uno en el 1981, el año de debut de Jerome Mincy en el BSN.
Y ese fue el principio de Mincy, uno de los mejores jugadores que ha tenido Puerto Rico.
Para ese tiempo prefería disfrutar de sus ejecutorias y las de Mincy en el Equipo Nacional.
¿Ese grupo del Mundial de 1990 es el mejor Equipo Nacional que hayas visto?
Pero mi favorito fue el de los Panamericanos en Cuba en 1991, cuando ganamos oro y le dimos una pela al equipo de Estados Unidos, que era bastante similar al que nos ganó el bronce en el mundial.
Aquel equipo no solo repetía a Mincy, Gausse, Ramon Rivas, Fico López y "Piculín" (Ortiz), sino que también tuvo a (Javier) "Toñito" Colón y James Carter jóvenes, a los hermanos León (Francisco y Edgar) y a Mario "Quijote" Morales, que no había podido estar en el 90 debido a una lesión en la rodilla.
¿Cuál ha sido el mejor jugador de Puerto Rico?
Sin duda alguna, ese ha sido Piculín Ortiz.
Y eso sin contar su trayectoria en las diferentes ligas que jugó.
Hemos tenido una camada muy buena que incluye a Julio Toro, Flor Meléndez, Carlos Morales, Raymond Dalmau, Armandito Torres.
Y claro, disfrutar de la compañía de mi esposa, Isabel, que siempre ha estado conmigo.
Larry Hagman, nacido el 21 de septiembre de 1931, en Forth Worth (Texas), se hizo mundialmente famoso por su papel central como John Ross Ewing, más conocido como "J.R"., en la serie de televisión "Dallas", en la que encarnaba a un hombre de negocios sin escrúpulos, malicioso y manipulador.
Larry Hagman, cuyo papel como el depredador magnate petrolero J.R. Ewing en la serie televisiva "Dallas" se convirtió en un símbolo de la avaricia en la década de 1980, ha muerto.
Tenía 81 años.
Hagman, que regresó este año como J.R. en una nueva temporada de "Dallas", murió el viernes por la tarde debido a complicaciones de cáncer, de acuerdo con un comunicado de la familia proporcionado a The Associated Press por la Warner Bros., casa productora de "Dallas".
La familia de Larry y sus amigos más cercanos estaban con él en Dallas para el feriado del Día de Acción de Gracias.
En 1995 le hallaron un tumor maligno en el hígado y se sometió a un trasplante.
Su trabajo en el cine incluyó papeles bien recibidos por la crítica en "The Group", "Harry and Tonto" y "Primary Colors".
La serie dramática de la cadena CBS sobre el clan Ewing y otros personajes en su órbita estuvo al aire de abril de 1978 a mayo de 1991.
Fue la cuñada de J.R., Kristin (interpretada por Mary Crosby) quien le disparó.
J.R. la embarazó y luego la amenazó con tacharla de prostituta a menos que se fuera de la ciudad, pero otros también tenían motivos para atacarlo.
"Yo sé lo que quiero en la lápida de J.R"., dijo Hagman en 1988.
Martin era todavía una adolescente cuando lo tuvo en 1931 durante su matrimonio con el abogado Ben Hagman.
Fue también activista contra el hábito de fumar y participó en varias campañas.
Este semestre, cuando el profesor en religión Stuart Charmé decidió impartir un curso sobre el fin del mundo, sabía que contaba con un anzuelo irresistible: El fin de la "larga cuenta regresiva" del Calendario Maya, el 21 de diciembre, al que se han aferrado muchas personas como una prueba de que se viene el fin del mundo.
Si el material nuclear cae en manos de terroristas, por ejemplo, podría estallar una guerra.
"No agregamos '2012' para contar siempre con la opción de impartir el curso de nuevo, en caso de que el mundo no se acabe", dijo Restall.
"Me resulta fascinante ver lo que hacen las personas para consolarse a sí mismas", dijo Bridgid Robinson, una estudiante de la carrera en Religión y Sociología de 23 años de Haddonfield, Nueva Jersey, en Rutgers-Camden.
"Nunca había escuchado sobre una clase que pudiera enseñar eso", indicó.
Pero ningún estudiante entrevistado - y mucho menos un profesor - dijo creer en la fecha de caducidad del 21 de diciembre.
"En otros lados la gente no piensa en esto", dijo.
Tenemos un indulto del Papa.
Restall hizo notar que a lo largo de los años se ha hablado de muchos días del juicio final, y dijo que si no pasa nada el 21 de diciembre, "la gente comenzará a pensar de inmediato en la próxima fecha" o a filosofar que el 21 de diciembre es el inicio de un período de siete años al cabo de los cuales se acabará el mundo.
