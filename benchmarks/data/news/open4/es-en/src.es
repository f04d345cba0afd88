La inflación europea se deslizó en los alimentos
Las cotizaciones a término del trigo aumentaron en un 88 por ciento y asimismo la cotización de la soja alcanzó su máximo nivel desde 1973.
El precio del petróleo crudo en el mercado mundial aumentó este ano en un 52 por ciento, alcanzando ya el mes pasado el oro negro casi los 100 dólares el barril.
Al mismo tiempo, se espera que durante el ano 2008 el BCE reduzca dos veces los tipos de interés.
El 13 por ciento de los consultados confía o confía mucho en Ferenc Gyurcsány, en tanto que Viktor Orbán cuenta con el apoyo del 38 por ciento de los consultados.
Mientras que después de los disturbios de octubre del ano pasado un 35 por ciento estimó que sería deseable mantener en el poder al Gobierno y al Jefe de Gobierno, actualmente esta proporción es de tan sólo un 20 por ciento, en tanto que la mayoría relativa (un 33 por ciento) cree que la única solución es la celebración de nuevas elecciones.
Si observamos estas proporciones únicamente entre los participantes seguros en el referendo, el 81, el 84 y el 89 por ciento de los electores rechazaría la introducción de los derechos de estudios, el pago por las consultas médicas y el de las atenciones hospitalarias.
El más caro es el Auchan, el Tesco ha quintuplicado sus precios
Mantuvieron el aumento promedio del nivel de los precios de un 16 por ciento los hipermercados del triángulo comercial de oro de Budaörs, con la diferencia de que este ano no se ha aumentado el IVA.
Como en diciembre del ano pasado ya se habían "disparado" los precios en los supermercados de alimentos, así no se experimentó un encarecimiento drástico porcentual en comparación con el alto punto de partida.
Y la canasta de más alto valor fue de 10 573 HUF.
El precio de la harina de trigo y del pan siguió los datos de la Oficina Central de Estadística, aunque en el Auchan hemos encontrado también un kilo de pan por el precio de 139 HUF.
Según nuestros cálculos, con respecto a los precios de la Navidad del ano pasado, Cora aumentó con un 15, en tanto que Tesco y Auchan con cerca de un 18 por ciento los precios que figuran en la canasta de Napi.
Comparando los valores de la canasta más cara del ano pasado con el de la canasta más barata de este ano, la diferencia ha sido un 12 por ciento, en tanto que el crecimiento entre la más barata del ano pasado y la más cara de este ano ha sido un 21 por ciento.
El aumento del precio de la canasta de Napi alcanzó tales extremos a consecuencia del aumento del IVA, que el más caro fue superior con 1720 HUF al valor registrado en 2006, mientras que en el más barato la diferencia fue tan sólo de un 844 HUF.
(Sin embargo esto no necesariamente confirma las cifras de la Oficina Central de Estadísticas: esta oficina, en el caso de algunos alimentos de primera necesidad registró en el intervalo de 12 meses un aumento de precio superior al 30 por ciento.
Así por ejemplo, además del trigo, también en el caso del huevo.)
En la manana del miércoles, en las tres tiendas se formaron grandes colas por delante de las cajas porque aumentó repentinamente el número de los clientes.
Este ano se han registrado en los hospitales varios miles de infecciones producidas en primer lugar por la aplicación indebida de los antibióticos.
El paciente fue aislado.
A un herido de un grave accidente automovilístico le dieron alta del hospital y el mismo paciente poco después debió regresar al hospital a consecuencia del contagio con MRSA y desde entonces no se ha podido realizar una importante intervención quirúrgica por la presencia de la bacteria en su organismo.
Cerca de las dos terceras partes de las infecciones (683 casos) se deben al MRSA, es decir al Staphylococcus aureus, resistente a la meticilina-oxacilina.
Sin embargo, una vez que se aplique exagerada o indebidamente a los antibióticos, las bacterias que normalmente reaccionan bien a los antibióticos, se transforman en bacterias muy resistentes a los antibióticos y contagian rápidamente en condiciones hospitalarias inadecuadas.
En opinión del médico-director del Hospital János no hay nada especial en la infección del MRSA, estas infecciones son cotidianas en los hospitales.
De modo que la mayoría de los casos salen a la luz pública cuando se producen ya las infecciones del MRSA visibles en el paciente - dijo la médica-jefa de departamento del centro epidemiológico.
Se ahorra con los desinfectantes
El tratamiento del contagio con MRSA es un gasto enorme para el Fondo Nacional de Seguro de Enfermedad, por lo que en todos los países se lucha contra él.
En Inglaterra por ejemplo existe un programa gubernamental para prevenir y reducir los casos del MRSA.
Al parecer el programa tiene éxitos, según los datos suministrados, las infecciones con MRSA muestran tendencia de disminución en Inglaterra.
Negativo el control de alcoholemia del comandante de policía que causó un accidente mortal
Se puede excluir la posibilidad que conducía ebrio o en estado aturdido el desde entonces dimitido comandante de la policía del distrito XXII, quien el martes atropelló y causó la muerte de un transeúnte - informó el viernes Attila Morvai, portavoz de la Fiscalía General de la Capital, después de haberse preparado el informe pericial sobre el caso.
(Este último hecho, es decir, que el peatón no utilizó la cebra para cruzar la calle, según los reglamentos del Código de Tránsito no son circunstancias atenuantes, el conductor debe siempre ceder el paso al doblar.)
La investigación del caso está a cargo de la Fiscalía de Investigación de Budapest.
Durante las conversaciones abarcaron también el tema de la construcción de la 4a línea del Metro.
Según János Veres, esto podrá tener lugar a más temprano en el primer trimestre de 2008.
Desde 1990 el BEI financió en total 113 proyectos en Hungría por valor de 8,4 mil millones de euros.
Análisis de la división búlgara de Re/Max.
Las regiones montanosas de Bansko, Borovec, Pamprovo y Vitosa son las más preferidas, en tanto que en las playas Albena, la "Costa Dorada", la "Costa del Sol", la antigua Sozopol y Nesebar, pero cada vez más gente busca inmuebles también en los alrededores de Kavarna y Balchik.
En opinión de los analistas, los que compran inmuebles en Bulgaria, se esfuerzan también para cambiar su vida y su modo de vivir.
Los clientes extranjeros pueden clasificarse en tres grupos - dice Georgi Jankov, director regional de Re/Max en Bulgaria.
El fondo de apoyo, previsto en el Protocolo de Kyoto, será dirigido por un consejo de dirección integrado por 16 miembros, probablemente dentro del Fondo Global para el Medio Ambiente de la ONU (GEF) - escribe el "Piac és Profit".
Gábor Fodor apuntó que los países signatarios del Protocolo de Kyoto de 1997 se comprometieron a disminuir en un 5,2 por ciento, dentro de esto los entonces 15 Estados miembros de la UE se comprometieron en cumplir un 8 por ciento de disminución.
Ya son 139 las grabaciones procedentes de los soldados de la fuerza aérea que han sido cargadas de esta forma al Internet y su "canal" ha sido visto ya por más de 75 mil personas.
El Ministerio de Defensa británico se registró en la primavera de 2007 bajo el nombre de "defence headquarters" y publica vídeos tanto de acciones perpetradas en Irak como en Afganistán, mientras tanto el Ministerio de la Comunidad de Naciones Británicas (Commonwealth Office) como las fuerzas multinacionales en Irak (MNFI) tienen su propio canal YouTube.
La mayor fiesta de Navidad se celebrará en el Ministerio de Defensa, pero no para los trabajadores del Ministerio.
En la Navidad de los Huérfanos recibirán regalos los hijos de los soldados caídos y para la Navidad de los Misioneros se invita a los familiares de los soldados que actualmente cumplen misiones en el exterior. Igualmente se ofrecerá una recepción para la prensa.
El alquiler de la sala costó un millón de HUF, el resto del presupuesto se gastó para los más de cuatrocientos invitados.
Para este objetivo alquilaron el edificio completo del Teatro de la Comedia.
La fiesta se inició con las palabras de saludo del ministro y después de la cena hubo música bailable en vivo.
El Ministerio de Salud Pública organizará un programa y una fiesta para sus trabajadores en su propio edificio con un presupuesto de 400 000 HUF.
En cambio, no habrá atmósfera festiva, el carácter oficial se dará no solamente por el discurso ministerial, sino también por el horario de la tarde de su celebración.
La recepción se celebrará en el Castillo de Vajdahunyad del Parque Municipal y según comunicó la cartera, habrá un presupuesto de 1000 HUF por persona para los cien invitados.
Los Sindicatos de Liga y la Federación Nacional de Comisiones Obreras constituirán el viernes una comisión de huelga para coordinar la huelga del lunes que durará por tiempo indefinido.
En cambio, si se aprueba la ley, se reunirán las comisiones de huelga y decidirán sobre el futuro.
Numerosos sindicatos y organizaciones civiles se han adherido a la huelga, sus nombres se actualizan constantemente en la página Web de la Liga.
La Asociación Húngara de Médicos se pronunciará en huelga nacional en horarios alternativos y el Sindicato Democrático de los Trabajadores del Sector de la Salud y Social (SDTSSS) que forman parte del Foro de Cooperación Sindical, celebrarán una huelga de advertencia de dos horas.
La segunda demanda es que introduzcan gradualmente la nueva forma de cálculo de las pensiones que entrará en vigor el ano que viene.
"El rasgo común de estas agrupaciones es que se autodefinen como organizaciones civiles, mientras que proclaman abiertamente el entrenamiento de sus miembros para la defensa - incluso armada - (defensa civil, defensa nacional, defensa del orden público), aludiendo a las ineptitudes de la policía, del ejercito, es decir del Estado" - agregan.
Pues resaltar lo civil y la forma de asociación en el caso de estas asociaciones no solamente sirve para evitar los problemas jurídicos de la inscripción legal, sino es al mismo tiempo también una estrategia política.
Todo esto influye sobre la estabilidad política de la región" - agregaron.
La constitución de la guardia búlgara se debe a los disturbios masivos de los gitanos que se produjeron en uno de los barrios de Sofía (Krasna Poliana).
En su opinión, en los últimos 17 anos hubo "terror gitano" en Bulgaria, sin embargo el Estado permaneció impotente e indiferente frente a los hechos - recuerda el Political Capital.
Agregaron: esta iniciativa ha provocado una animada discusión en la opinión pública búlgara.
En Hungría la ley define con precisión los días que se escriben con números rojos en el calendario y ya se ha convertido en una práctica generalizada que en torno a los días de fiesta - que el ano que viene serán menos - se reorganizan las jornadas laborales.
El 20 de agosto celebramos la fundación del Estado, el 1o de mayo la fiesta del trabajo, el 1o y 2o de noviembre recordamos a nuestros familiares y amigos fallecidos.
Además, en nuestro país son fiestas de dos días la Pascua de Resurrección, el Pentecostés y la Navidad.
Es el ministro de trabajo que regula en su decreto específico cuando hay que trabajar exactamente a cambio de la jornada directamente precedente o posterior a la fiesta.
Esta norma legal es de obligatorio cumplimiento para todos los patronos y para sus empleados, así como para los empleados y funcionarios públicos.
El otro cambio se relaciona con la fiesta del 23 de octubre: el sábado 18 de octubre, habrá que trabajar en lugar del viernes 24.
Correos electrónicos que olvidamos enviar, mensajes sonoros que jamás recibimos, mentiras inocentes que nos pasan sin darnos cuenta: todos ellos forman parte de nuestro Folclore" cotidiano en el trabajo.
$isculpa, se me olvidó avisarte que te han buscado del departamento de marketing" - dice uno de tus colegas".
Antes de proceder a bochornosas explicaciones, merece la pena meditar en las cosas con las cuales puedes amargarle la vida de tus colegas y esforzarte concientemente para evitarlos.
No hay cosa más irritante que cuando quieres coger un documento, un útil de oficina o tu teléfono y no los encuentras.
No le quites nada a tus colegas sin pedírselos, porque con razón se enojarán contigo por sustraer sus cosas.
¿Chismeas sobre la vida privada de tus colegas?
No hay buena solución para parar rumores que ya están corriendo.
Entierra en ti mismo lo que has oído y no chismees sobre tu colega en su ausencia, aunque también otros conozcan las cosas de él.
Cuando llamas por teléfono la oficina y dices que estás enfermo y te duele insoportablemente la cabeza, te sientas mal o bien, sientes que ese día prefieres descansar; piensa en que otros deben hacer tu trabajo, tus tareas impostergables, tu labor por término.
Todos estos pueden ser molestos, aunque no estén profundizando en este momento en un proyecto (escritura, planificación, organización).
¡No le eches la culpa a otros si no has terminado a tiempo algo, te has olvidado a enviar una carta importante o un mensaje!
Jogging y zapatillas: ¡hábito muy cómodo para la casa, pero no es adecuado para la oficina!
¡No seas desarreglado, respeta a tus colegas y a ti mismo vistiendo ropa cotidiana, elegante y guapa cuando tu ocupación así lo exija!
Cambia el ritmo de la música y a los tonos anteriores se agrega el bajo y luego la voz de un coro femenino como una verdadera joya interviene.
Aparece Yonderboi. Algunas canciones nuevas e interesantes del underground digital nacional poco a poco van cambiando la imagen y aunque de nuevo esté de moda el rock estilo garaje, rompe guitarras, el electro pop nacional ha demostrado: hay novedades bajo el Sol.
Balázs Zságer inició su carrera en la ciudad de Pécs, tocó en el conjunto de Yonderboi hasta que inició su carrera independiente quizás porque ambos no pueden ser protagonistas de un mismo conjunto.
Con su proyecto (Zagar) y su música, una mezcla de jazz, de música electrónica bailable y pop, intentó triunfar, cuando le pidieron soundtracks cinematográficos (pl.
Con estas canciones presentó el disco en el Millenáris György Ligeti, el cantante que actualmente trabaja en Inglaterra con el conjunto The Puzzle.
Pues todo está en orden (?).
¿Te importa quiénes son, de dónde son y cuántas son las personas que escuchan tu música?
hvg.hu: ¿Hasta qué punto pretendes seguir el ejemplo de Yonderboi?
¿Abriste concientemente con este estilo hacia una capa más amplia?
Esta canción es algo más que eso.
hvg.hu: ¿Cómo has seleccionado las seis cantantes?
B.Zs: La idea fue crear un coro al estilo gospel.
Así se creó ese coro de seis mujeres - o sea Sena, Kutzora Edina, Judie Jay, Bori Péterfy, Enikõ Hodosi [Neo] y Juci Németh - que luego fue bautizado como Divas de Underground.
hvg.hu: ¿Compusiste exactamente así la canción o las chicas cambiaron algunas cosas?
El acorde atraía el canto.
Aún aquella noche grabé la canción que más tarde la aprendieron las chicas.
Todo llegó prácticamente al primer intento y en forma increíblemente espontánea.
Con mi voz no hubiera funcionado con tanta fuerza.
En cambio conscientemente no queríamos distribuir papeles de solistas.
Zs.B.: En la composición musical en realidad a ninguna, más bien a la hora de mezclar hubo piezas más difíciles.
Ahora la Prophet Is A Fool, la Escape From The Earth y la Never The Same.
Así es como señala a su antiguo empleado, Jerome Kerviel, el gigante banquero francés de Société Générale, dueño también del Banco de Comercio checo.
Por él perdió cerca de cinco mil millones de euros.
Sin embargo, parece más bien que Kerviel fue un gran jugador que quiso compararse a sus colegas y, sin duda, con buenas capacidades.
"Todo lo que quise hacer fue ganar dinero para mi banco" asegura en sus respuestas.
Precisamente, en verano, consiguió ganar durante la crisis americana, 500 millones de euros.
Esta oportunidad ya la vió venir a principios de año.
Sin embargo, esta crisis no debía influir en toda la economía.
Y después, a final del año sus ganancias superaron los 1.600 millones de euros.
"Cuando ya gané mis primeros 500 millones no supe como notificarlo" confiesa Kerviel y añade, que no se ha dejado nada para él mismo, en absoluto.
Durante todo el interrogatorio declaró que había falseado los registros de tal manera que no se llegara a su descubrimiento.
Incluso llegó a engañar a los jefes, aun cuando la Bolsa Eurex empezó a interesarse por sus negocios.
El riesgo se convirtió en beneficio
¿Temía que se llegara a descubrir?
"Pensé que había ganado 1.600 millones para el banco y que a partir de ese simple hecho, eso les alegraría."
Su sueldo anual se manejaba entre los 51.000 dolares.
Pero al poco tiempo de mi entrada en la empresa llegó el primer gran éxito.
"Esto es como una bola de nieve" dijo la policía.
"Mientras ganaba dinero, cerraban los ojos."
Después del fin de semana a mitad de enero quiso borrar toda huella.
¿Y cómo consiguieron localizarle?
Se trata practicamente de la mitad de la suma total que la República Checa puede obtener de Bruselas para los años 2007 a 2013.
Este dinero aumenta el presupuesto del fondo estatal para infraestructuras del transporte que el próximo año contará con la cantidad de 90.800 millones de coronas.
En lo que se refiere al uso actual de los fondos de la UE, la República Checa se encuentra entre los paises recien ingresados que menos los usan.
Esta sociedad era ficticia y la cuenta pertenecía, en realidad, a sus familiares y partidarios más cercanosT.
La asamblea parlamentaria, en esta tradicional vista aunque la más influyente, aprobó con tranquilidad la nueva ley.
Los Presupuestos del Estado de los últimos gobiernos de los socialdemócratas sufrieron de tres defectos que para este año de 2008 no es posible solucionar tan facilmente:
El primero de ellos es la alta participación de las leyes obligatorias, llamada como de gastos de los mandatarios que no son sólo las pensiones sino también las prestaciones sociales que ya el año pasado fueron aprobadas antes de las elecciones por la "silenciosa" coalición de ČSSD y KSČM.
A pesar de ello, el mayor riesgo no se encuentra en el déficit del Presupuesto del Estado.
Éste es público y relativamente bajo control.
Actualmente no cuentan con este recurso.
Sin embargo, en vez de ello el estado siguió endeudándose.
Pertenecemos a las naciones que dentro de las medidas globales estamos menos amenazados por la pobreza.
El Banco de la Reserva Federal americana, el Banco Central europeo y los Bancos Centrales Británico, Suizo y Canadiense decidieron luchar juntos contra la crisis del Mercado de finanzas.
En el Marcado monetario se recibirá más de cien mil millones de dólares por medio de licitaciónes.
Después de los ataques del 11 de septiembre, es la primera vez que bancos centrales de diferentes estados se ponen de acuerdo en este proceso coordinado para proteger y disminuir las consecuencias de la crisis de finanzas.
Los bancos ya han gastado sesenta mil millones de dólares en créditos impagados, sobre todo en los Estados Unidos.
"Los bancos centrales deben tener realmente temor a lo que les espera todavía cuando decidieron dar este paso" dijo el principal economista de ABN Amro, Kieran Davies.
"Parece ser que la situación está realmente mal" añadió.
Klaus: Los debates de los ecologistas son increíbles
El cambio global climático afecta sobre todo a los paises en desarrollo.
La crítica surgió ahora con la clausura de la conferencia internacional de la ONU sobre el cambio climático, en Bali.
"Allá los debates apenas están estructurados, son fuegos artificiales de palabras, sustitutos de la solución a los problemas actuales" dijo Klaus.
Expresó también su alegría por descubrir su libro traducido al alemán porque como dijo "muchas veces sólo me encuentro con la caricatura de mis ideas".
600 mil personas no alcanzaron a cambiar su carné de conducir
Según tráfico, el carné no lo han cambiado principalmente aquellos que ya ni siquiera quieren conducir.
Mientras que en los pueblos anuncian un rápido descenso del cambio de carnés, las oficinas de la metrópoli estan llenas de solicitudes y el interés por el nuevo carné ha aumentado.
La emisión de un nuevo carné dura veinte dias.
Pero en ese caso el conductor debe pagar quinientas coronas.
Los conductores que obligatoriamente deben cambiar su carné y no alcanzan hasta final de año, pero saldrán a las carreteras sin el carné válido se arriesgarán a una multa a partir de enero.
El policía puede arreglar la infracción con una amonestación.
En caso de ser una infracción administrativa la multa ascenderá a 2.500 coronas.
El Ministerio apeló a las oficinas para que ingresaran moderadamente multas de mil coronas, como máximo.
Las personas que no quieran conducir deberían entregar el carné de conducir.
Según Hanzelka se trata de unos 2,6 millones de documentos más.
El tribunal redujo la pena a los detectives cómplices de Berdych
A pesar de ello en otros procesos ya ha sido sentenciado a un total de 16 años.
En enero, el Tribunal de distrito reconoció la participación en el atraco de 19 personas y el tribunal superior, hoy, revocó a 16 de ellos.
Tomáš Půt y Maroš Šulej, que por ahora han evitado el juicio, se encuentran en prisión en Irlanda donde esperan a la decisión definitiva sobre su entrega a las autoridades de la República Checa.
Averiguaremos si tiene un valor rescisorio.
Los padres de las niñas según especialistas en psicología y psiquiatría sufrieron de impacto psíquico y estrés de diferentes niveles y profundidad.
La situación de estrés fue mejor soportada por los hombres aunque se pelearon con recriminaciones por el cambio de las niñas.
Las mujeres lo llevan peor con el trauma que están viviendo actualmente y con respecto a lo que pasa hoy, completó Veleba.
El gobernador de Vysočina, Miloš Vystrčil, entregó a finales de octubre a cada familia 100.000 coronas como gastos de compensación por el error cometido en el hospital de Třebič que la región administra.
La misma idea tiene también Harabiš.
"Llevamos tras nosotros unos diez años de trabajo.
Un negocio lucrativo
En el año 1993 fue coronado por el actor Radoslav Brzobohatý.
Entonces no se trataba de orientarlo hacia la creación de un reino ficticio.
Algunos años después a Harabiš se le ocurrió editar el pasaporte del Reino de Valaquia.
A partir de ese cómico origen resultó un negocio y una actividad empresarial lucrativa de la cual Harabiš creó después la sociedad Reino de Valaquia.
La jueza hoy también determinó que Harabiš sólo utilizó una simple idea que Polívka hizo pública en el escenario para su propio beneficio empresarial.
En el año 2002, Polívka presentó una acusación contra Harabiš y su sociedad que hasta hoy ha sido rechazada por el tribunal.
Test Peugeot 207 SW 1.6 VTi: prejuicios superados
Cuando probé el clásico Peugeot 207 cinco puertas, me quejaba, por ejemplo, del espacio de la cabecera en el asiento trasero.
Los asientos son cómodos, allá quedan los tiempos en que nos quejábamos de cortos asientos y respaldos.
Pero lo principal en este vehículo es su maletero.
Según las tablas, en régimen básico tiene una capacidad de 428 litros lo que en comparación con la competencia es más bien un valor medio.
Pero no en comparación con el vehículo del mismo tipo más vendido en la República Checa, el Škoda Fabia Combi.
Si comparamos el 207 SW con la nueva generación del modelo de Mladá Boleslav, averiguamos que el Peugeot se queda a la zaga con sus perceptibles 52 litros.
De vacaciones al extranjero o al colocar el cochecito del niño su valor es crítico.
Pero si tuviera que comentar algo positivo entonces debo citar el piso que queda bastante plano después de abatir los respaldos de la segunda linea.
Y a decir verdad así es como debería parecer un 1600 que menospreciara al familiar cinco puertas.
El precio del automóvil no es para todos los bolsillos.
Los estudiantes eslovacos no se integran en las escuelas inglesas
Incluso las escuelas británicas registran aquellos casos donde los conflictos entre los emigrantes y los niños de los nativos aumentan en violencia.
El problema de la integración de los niños de europa del este en las escuelas británicas queda muy bien ilustrado en la ciudad septentrional de Kent donde empiezan a crecer los conflictos entre los nativos y los emigrantes eslovacos.
Discusiones, estorsión y broncas entre estudiantes ya han alcanzado incluso a los propios padres.
La situación ha llegado tan lejos que la policía de Chatmam arrestó a una mujer eslovaca que estaba pegando palos a una estudiante de diez años con una vara verde.
Cuando le dije que lo dejara nos hizo el ademán de lanzarnos manzanas y peras, y después se bajó los pantalones y nos mostró su trasero" describió otro desagradable incidente para The Times, la madre del estudiante eslovaco.
Uno de los nativos incluso designó al conflicto con los emigrantes del este de europa como de lucha por la supervivencia.
Aproximadamente unos 30.000 estudiantes eslovacos asisten a las escuelas inglesas.
Cuba, la isla más hermosa del Caribe
Para los vistantes es realmente la isla de la libertad.
las palmeras y el all inclusive con camareros ofreciendo pizzas en la playa, helados o variados cocteles.
Sólo en una isla encuentra todavía mucho más y esa isla es Cuba, la mayor y la más hermosa de todas las islas de las Grandes Antillas.
En la época de los españoles, Cuba llegó a ser el bastión de la conquista de América.
La Habana se convirtió en almacén y puerto de carga de los tesoros que los españoles extrajeron de América y llevaron a Europa.
Ernest Hemingway se compró una hacienda en San Francisco de Paula, cerca de La Habana, y en Cojimar tuvo su yate.
En las paredes de la Bodeguita del Medio dejaron sus firmas las estrellas del mundo del espectáculo y políticos de toda América.
En las paredes de la Bodeguita habanense usted puede dejar también su autógrafo.
En el bar del caro Hotel Nacional le mezclan los coctel según sus deseos.
Y esos automóviles ya de culto de los años 50, hasta hoy siguen funcionando por La Habana, porque aquellos Lada y Fiat que llegaron ya hace tiempo se han oxidado entre estos húmedos y salados vientos.
Otros lugares se metamorfosean en belleza, por ejemplo, Trinidad.
En los últimos quince años crecieron nuevos hoteles no sólo en La Habana sino también en Varadero, en la costa de la provincia de Holguín y en islotes como Cayo Coco, Cayo Guillermo y otros.
¿A dónde ir?
Y por ello, no es necesario hablar más de La Habana o Varadero.
Quizá a alguien le parezca interesante que allá se rodó la parte chilena de la serie, el Mayor Zeman.
Trinidad
Trinidad, entre el mar y la sierra de Escambray, es un lugar tan apartado que todavía en los años 50 del siglo pasado no existía carretera que la uniera con el resto del pais.
Nada nuevo se construyó y por ello, tampoco, nada se destruyó, pues cada persona era feliz de tener donde vivir.
la noche pertenece a la Casa de la Música, la cual anima con su música el silencio de las mañanas.
Café, ron, puros, la Sierra Maestra, la Bahía de los Cochinos y la isla de Pinos, el Cabaret Tropicana, la patrona de Cuba, la Virgen de la Caridad del Cobre, la Santería, religión africana que practicaban los descendientes de aquellos esclavos, de todo ello se podrían llenar muchas páginas.
La OTAN, según el ministro de defensa americano, Robert gates, debería diseñar un plan concreto para los próximos años.
Al mismo tiempo que crecen los conflictos con el movimeinto Talibán, hoy, los ocho estados participantes discuten sobre los planes y coordinación de los aliados.
Exactamente piden más helicópteros, soldados y expertos pra entrenar las unidades afganas.
"No me alegra saber que es lo que tenemos en la tierra y el cielo en Afganistán.
Tenemos un noventa por ciento de soldados y equipos que necesitaríamos, y eso es poco" dijo De Hoop a la agencia Reuters en la clausura del encuentro de tres dias con el gobierno japonés en Tokio.
Quien es pasivo
Entre los paises asistentes en los últimos meses impera la polémica de si todos los aliados hacen el máximo en Afganistán.
Pero se encuentran en una zona de mínima violencia y las exigencias de lucha allá no son tan altas como en la nuestra, en la parte sur y este del pais" dijo Gates.
Por cada checo el Estado debe 84.000 coronas.
La deuda estatal de la República Checa creció a finales de septiembre a 842.700 millones de coronas.
Por cada checo, la deuda corresponde a 84.000 coronas.
Por todo el año pasado el Estado se endeudó con más de 111 millones de coronas.
"La deuda total interanual del primer al tercer trimestre creción un 13 por ciento lo que es enorme dado como funciona la economía.
Es malo que la deuda crece pero por otra parte muestra con que se va a negociar hasta que haya una reforma de las pensiones" comentó Pikora.
Mejor de lo que se espera
A principios de diciembre, el ministerio disminuyó el plan en 152.800 millones de coronas gracias a la mejora de la evolución del presupuesto estatal.
El oso él - mismo no llevaba ninguna etiqueta con este nombre, pero el problema es simplemente el de la representación del profeta considerada como un insulto al Islam.
Recordemos que el nombre Mohamed también es el segundo nombre más dado en Gran Bretaña, se escribe en inglés con 14 modos diferentes.
¿ Podemos por ejemplo darlo a un juguete?
Se trata por supuesto de una cuestión de interpretación.
No han llegado el miércoles a un acuerdo sobre el futuro estatuto de la provincia, durante la última sesión de negociaciones a Viena.
Los Serbios y los Albaneses de Kosovo han terminado el miércoles por la mañana a Baden, en Austria, una sexta y última sesión de discusiones sin haber podido superar sus divergencias sobre el estatuto futuro de la provincia separatista.
" No prevemos violencia por ahora sino entramos en un período muy difícil ", añadió, señalando que " tensiones evidentes existen ".
Fin de la mediación el 10 de diciembre
Estadounidenses y europeos consideran que su mediación se terminará el 10 de diciembre.
Después de ocho años de administración de la ONU de Kosovo, los Occidentales consideran que la independencia bajo supervisión de la Unión Europea es la única solución viable.
Pero añadió que el plano de autonomía presentado por Belgrado " pertenecía a un pasado que ha conducido a homicidios y a deportaciones ".
El martes, la delegación serbia había insistido para que toda decisión pertenezca exclusivamente al Consejo de seguridad, en el cual su aliada rusa dispone de un derecho de veto..
" El Parlamento de Kosovo tendrá la última palabra "
" Sólo una solución en el seno del Consejo de seguridad es aceptable para Serbia ", había declarado el Primer ministro serbio, Vojislav Kostunica.
A los periodistas, Fatmir Sedjiu había respondido que " el Parlamento de Kosovo tendrá la última palabra sobre el estatuto ", añadiendo que toda declaración unilateral de independencia de parte de los albaneses se haría " en concertación " con los Occidentales.
El presidente George Bush anunció, durante la abertura de la conferencia de paz internacional reunida por él mismo el martes a Annapolis, en Maryland, que los israelíes y los palestinos se habían por fin puesto de acuerdo sobre una declaración común.
Precisó que el Primer ministro israelí Ehud Olmert y el presidente palestino Mahmoud Abbas se habían puesto de acuerdo para entablar inmediatamente negociaciones en vista de encontrar un reglamento definitivo del punto litigioso viejo de 60 años entre sus dos pueblos.
El jefe de la Casa blanca subrayó que las negociaciones entre Israel y la Autoridad palestina presidida por Abbas intentarían " a concluir un tratado de paz que resolvería todas las cuestiones pendientes, sin excepción, incluido las cuestiones centrales ".
Bush fijó a fines del año 2008 el término de la puesta en marcha de su " visión de dos Estados " palestino e israelí que coexisten.
Arabia, cuya participación a Annapolis es un éxito para Washington, está al principio de un plano, endosado por todos los países árabes, que propone a Israel la paz a cambio de su retirada de todos los territorios árabes ocupados durante la guerra de 1967, incluido Jerusalén del Este.
Annapolis marca " un punto de confrontación en la historia del Oriente Medio, más particularmente porque se ataca a las raíces del conflicto y a sus aspectos centrales ", estima el príncipe Saoud en su entrevista periódico árabe con capitales saudíes.
El control de alcoholemia practicado sobre los ocupantes del vehículo se reveló negativo.
Ayer, un tipo de ranura, sin duda provocada por el frotamiento de las calzapiés en el suelo, mostraba que ambos vehículos se habían quedado encastrados el tiempo para que el coche de la policía llegue a frenar.
¿ Qué ocurrió justo después?
Ayer, un rumor circuló rápidamente por Villiers-le-Bel, según el cual los policías se habrían ido muy rápidamente del sitio, no prestando así socorro a ambos jóvenes.
EL IGPN, essendo prudente, apartaría también " toda falta grave " concerniendo a este punto.
Liberation encontró a un testigo ocular de estos algunos instantes que han seguido el accidente.
Luego vió " a un policía completamente despavorido, que cojeaba.
Siempre según este testigo, los socorros llegaron " cerca de veinte minutos después de la marcha de los policías ".
Todo ha sido hecho para intentar salvarlos ", subrayó por su parte el procurador.
La tensión sube en Paquistán
Estos últimos replicaron con tiros de piedras, hiriendo a policías.
El movimiento de los abogados recogió el lunes el sostén de los partidos religiosos reagrupados en la poderosa alianza Muttahida Majlis-e-Amal cuyo presidente " exhortó a la población enviar flores a los jueces que se pronunciaron contra el estado de urgencia y los desperdicios a los que prestaron juramento delante de Musharraf ".
A la Corte suprema paquistaní se le refiere directamente a la medida de excepción proclamada el sábado por la tarde.
El ministro asistente de la Información también confirmó que las elecciones de enero podrían ser trasladadas.
Todavía hoy, más de un embarazo de cada tres (36 %) no está previsto, revela un estudio llevado por el Instituto nacional de estudios demográficos (Ined), cuarenta años después del voto de la ley Neuwirth que liberalizó la contracepción en Francia.
Este cálculo toma en consideración los embarazos no deseados (24 %) así como los nacimientos mal planificados o sobrevenidos de manera imprevista.
Incluso calculados poco más o menos al mes para una pareja de cada cinco y si posible para la primavera, temporada juzgada como la más agradable para tener un niño.
Le habrá hecho falta más de siete horas de trabajo en el espacio al astronauta Scott Parazynski y a sus compañeros de tripulación de la Estación espacial internacional (ISS) para efectuar la reparación espectacular de un panel solar desgarrado e indispensable para la continuación de las actividades científicas de la estación.
Los astronautas, que tenían al principio efectuar una salida de control de la lanzadera Discovery, y luego ir a reparar otro panel solar cuyo sistema de rotación era defectuoso, fueron forzados a dedicarse al panel dañado.
La acción EADS está en bajada nítida actualmente a la Bolsa de París, después de que el grupo de aeronáutica y de defensa haya anunciado que tendá que gastar entre 1,2 y 1,4 mil millones de euros para hacer frente a los retrasos del A400M.
Inicialmente, el grupo le preveía una primera entrega del A400M al ejército francés en octubre 2009.
A tres días de las elecciones legislativas, el presidente ruso Vladimir Putin les dirige hoy a los electores un mensaje televisado sobre las cadenas públicas, ya registrado pero cuyo contenido es guardado secreto.
Según la oposición, estamos muy lejos de la verdad.
Detrás de estas elecciones legislativas sin sorpresa se perfilan dos preguntas mucho más abiertas:
Elegido en 2000 y elegido de nuevo en 2004, Vladimir Putin no puede solicitar el tercer mandato consecutivo.
¿ Jefe de la mayoría parlamentaria y del muy poderoso partido Rusia unida que elegería el gobierno y el presidente?
" ¿ Para qué reflejar? "
Una memoria pesada
Después de más de 60 años de carácter confidencial, los archivos nazis de Bad Arolsen, que describen los destinos de 17,5 millones de víctimas del régimen hitleriano, están en libre acceso.
Los once Estados encargados de su gestión - como Alemania, Francia, Israel y los Estados Unidos -se pusieron de acuerdo en mayo de 2006 para abrírlos a los buscadores e historiadores.
Ya que el proceso de ratificación de este acuerdo por todos los Estados se ha terminado, la abertura es efectiva desde ayer.
Informaciones sensibles
Los registros de los campos de concentración o de los órdenes de detención establecidos por la Gestapo habían sido reunidos después de guerra en un fin práctico: encontrar a los paisanos deportados o sometidos en el trabajo obligatorio y, eventualmente, aportarles una prueba de su internamiento, con el fin de abrir la vía a su indemnización.
" No hay nada fundamentalmente nuevo que hay que esperar de estos documentos ", había declarado en 2006 el Profesor Wolfgang Benz, director del Centro de busqueda sobre el antisemitismo en la Technische Universität de Berlín..
La Unión Europea y la India quieren llegar a un acuerdo de libre cambio en 2008
Actualmente, el comercio bilateral indoeuropeo ya llegan a cerca de 60 mil millones de euros al año.
La Unión Europea es el primer compañero comercial de la India y representa el 18 % de su comercio exterior.
LUE es también su primer inversionista extranjero, pero la India es sólo el 9° compañero comercial de la Unión Europea, según cifras de la Comisión Europea.
(Source AFP)
El banco precisa que 10 mil millones de libras (14 mil millones de euros) serán puestos en el mercado así el 6 de diciembre a las 12h 15 GMT, al índice de base y hasta el 10 de enero.
Según ciertos rumores, corroborados por la evolución del cambio de la libra con relación al euro, muchos habían preferido suscribir a las sumas llevadas al mercado por el Banco central europeo, a los índices más ventajosos y con una discreción más asegurada.
Los partidos UMP y NC niegan el examen de las proposiciones del partido PS sobre el poder adquisitivo
" Estábamos en negociaciones con la ciudad y la Comisión era motivada y entusiasmada por este proyecto.
Estos dos festivales tienen lugar en ambiente urbano.
" La comunidad de Vineland, incluido el alcalde, apoya con entusiasmo la celebración de este acontecimiento ", dice Charlie Jones.
Charlie Jones dice que la oferta hotelera de este festival es "muy grande", a ejemplo de la de 80 000 personas del Bonnaroo Music Festival en el Tennessee.
" Vineland tendrá el sabor de rock, pero la música será variada allí, con la esperanza de atraer todo tipo de espectadores ", dice Charlie Jones.
No es fácil atraer las platos de películas hollywoodienses hacia Montreal cuando nada más que Terminator se opone a eso...
Nuestro papel, es ofrecer las que van a juzgar las mejores ", dice.
Por el momento, la prioridad de Denis Turcotte es no obstante la promoción del cine de aquí.
La carrera a los Oskares es empezada.
Todos los festivales de la Costa Occidental, que sea el de Sundance, de Denver, de Seattle o el de San Francisco, tendrán que presentar las películas quebequesas, darles valor y asegurarse para que los realizadores hagan entrevistas.
Será presentado al Palm Springs International Festival en enero.
"No está la cosa para muchas alegrías", asegura el experto.
El Ibex ha perdido cerca de un 4% desde los máximos marcados el 8 de noviembre cuando el índice cerró en los 15.945,7 puntos.
Juan Solana, analista de Intermoney, cree que el Ibex 35 podría cerrar el año más cerca de los 16.000 puntos gracias a la reestructuración de las carteras y a las tradicionales aportaciones a los planes de pensiones que se producen todos los años en estas fechas.
Por su parte, Federico Olucha, analista de Inversis Banco, valora que estamos cerca de niveles técnicos y "por tanto podríamos ver un rebote del índice que podría verse impulsado dependiendo de las noticias que lleguen de EE UU en cuanto a las consecuencias de la crisis en el mercado crediticio".
Los analistas están de acuerdo a la hora de elegir los valores que serán los encargados de llevar al Ibex hacia nuevas cotas máximas.
"ACS lleva varios meses recuperando posiciones y esperamos que otras constructoras como Ferrovial y FCC sigan su mismo camino", explica el experto.
Por otro lado, el experto cree que las tecnológicas también lo harán muy bien aunque en este caso no hay mucha representación en el mercado español.
En los últimos siete años, en sólo dos ocasiones diciembre ha sido un mes bajista.
Popular ha decidido renovar gran parte de sus oficinas.
Estas sucursales, que operarán bajo la marca Popular Max, representan para el banco un gran cambio.
Los resultados de la experiencia de Popular será decisivos para que otras entidades se apunten o no a esta iniciativa que secunda los horarios de los comercios.
Precisamente es este el objetivo que persigue Popular con el proyecto.
El banco quiere tener estas 200 oficinas abiertas en toda España en unos 18 meses, ya que no son aperturas nuevas sino remodelación de las ya existentes.
Para ello, la entidad modernizará las sucursales que ya tiene en zonas comerciales, adaptándolas al perfil que presenten los clientes de las distintas calles.
Popular ya ha testado su iniciativa en tres oficinas de Madrid.
Popular cuenta en la actualidad con 2.500 sucursales.
Y otras 60 que operan bajo la marca Mundocredit, especializada en inmigrantes, también con horarios muy amplios, que incluso abren los domingos y festivos.
De momento, han llegado a un acuerdo con Telefónica para vender móviles, con personal externo al banco.
Con esa frase expresaba ayer su satisfacción Paolo Vasile, consejero delegado de Telecinco, al cierre del mercado, cuando constataba que la cadena que dirige duplicaba el valor de su rival, Antena 3.
Sólo un aspecto empañaba su alegría: 'es lo que me duele, no es porque hayamos crecido más sino porque hemos bajado menos', afirmaba.
Aún así, hizo hincapié en que en un mercado débil, 'hemos caído menos'.
Por su parte, la facturación neta de Antena 3 aumentó un 1,6% en los nueve primeros meses del ejercicio (hasta alcanzar los 734,4 millones) mientras que los ingresos netos de la televisión crecieron un 0,7% (630,4 millones).
Vasile asegura que, aunque es pronto para tomar la decisión, este ratio podría variar tras la compra del 33% de Endemol en asociación con su matriz Mediaset.
Este año, espero que seamos capaces de dejar contentos a nuestros accionistas, a los que ya hemos dado valor con el 33% de Endemol'.
Según los analistas, el mercado da muestras en estos momentos de cierto cansancio.
Lehman Brothers redujo recientemente sus estimaciones de beneficio sobre Telecinco en 2008 un 4% y en 2009, un 7%.
Esta misma firma ha bajado la previsión de ganancia de Antena 3 un 4,5% en 2008 y un 7,5% en 2009.
1.
Ibersecurities: recomienda comprar ambos valores basándose sobre todo en su elevada rentabilidad por dividendo y sostenible potencial a largo plazo.
3.
JPMorgan: recomienda infraponderar en ambos casos al tener 'amenazas similares' (mercado saturado y peor clima económico).
Además, amplía el número de sistemas para la ejecución de operaciones sobre instrumentos financieros, de forma que a los mercados secundarios regulados se les suman los sistemas multilaterales de negociación y los sistemas de internalización de órdenes, que competirán con los actuales gestores de bolsa.
La Ley también obliga a las empresas de servicios de inversión a divulgar en el mercado información sobre los aspectos clave de su perfil de negocio, exposición al riesgo y formas de gestión del riesgo y les exige llevar un registro de todas las operaciones que realicen, para facilitar la supervisión por parte de la CNMV.
Por su parte, el Senado incorporó la creación de nuevas figuras en el sector financiero, como la del mediador, que trabajará por cuenta ajena, no requerirá la autorización la CNMV y podrá prestar sus servicios de comercialización de productos y de captación de clientes a distintas empresas de inversión a la vez.
Este indicador, que sirve después a Eurostat para incorporarlo al cálculo del índice de inflación en la Unión Europea, proporciona un avance de cómo evolucionaron los precios en España durante el mes de noviembre.
El vicepresidente segundo y ministro de Economía, Pedro Solbes, ha afirmado que la subida en un 4,1% del IPC en noviembre es una "cifra temporal", pero al mismo tiempo ha augurado que el índice de precios continuará en niveles "relativamente altos" en los próximos meses.
Los depósitos del Northern Rock han caído más de un 50% hasta 12.000 millones de libras (16.800 millones de euros) desde que entró en crisis a mediados de septiembre y tuvo que recurrir a un crédito de emergencia del Banco de Inglaterra.
Virgin, que renombraría la entidad con su marca comercial financiera Virgin Money, necesita captar en torno a una cuarta parte de los ingresos en bancos británicos que se depositen en los próximos tres años para conseguir esos 18.000 millones de libras restantes hasta alcanzar el objetivo de 30.000 millones.
Northern Rock nombró esta semana la oferta del consorcio de Virgin, en el que participan otras tres compañías, como su preferida para rescatarlo de la bancarrota.
José Martínez Andreo sustituyó el pasado mayo a Juan Morales, actual diputado popular, y hasta entonces regidor del municipio, y que según fuentes de la investigación consultadas por la Cadena SER, podría ser el 'cabecilla' de esta trama.
Además, ha sido imputado el letrado de Juan Morales, principal sospechoso de la trama de corrupción urbanística destapada a principios de esta semana.
Si alcanza el cargo, Bono espera convertir la Cámara en "la casa del respeto y no del insulto o del grito". y hacer que "se parezca cada vez más a los ciudadanos".
Propaganda climática
Además, le exige explicar con la máxima claridad a los españoles cuáles son las medidas que va a tomar para frenar el cambio climático.
O sea, quién se sacrificará y quién pagará para salvar el planeta.
Precisamente porque se trata de sacrificarse y de pagar.
Las medidas contra el cambio climático, las medidas reales, son impopulares.
Hasta el céntimo de la gasolina sugerido por el PSOE le ha parecido tan peligroso electoralmente a Zapatero que se ha apresurado a negarlo.
Los seis primeros detenidos han pasado hoy a disposición judicial.
El Grupo Nuaria integra a empresas como Autesa e Inomonuar, dedicadas a la promoción inmobiliaria; Conycase, que gestiona los aparcamientos vigueses de las calles Coruña, Venezuela y de la plaza de Fernando el Católico; Hogartel, dedicada al sector del marketing directo; Preconiza, centrada en la promoción, venta e instalación de elementos de la construcción.
Yo ya estoy pergeñando algo.
La vida es cambio, gente.
3.
Un colega pasa información sobre la introducción en el Código Penal de los delitos sobre descargas de Internet:
B. Si robas en la tienda hasta 1.000 euros, el hurto ya es delito, pero la pena sigue siendo inferior a la impuesta a la descarga (artículo 234 del Código Penal).
C. Si robas un coche y lo devuelves 40 horas después, la pena sigue siendo inferior a la de la descarga (artículo 244.1).
Mi médico de cabecera me larga uno de sus artículos sobre investigaciones raras titulado: 'El dinero produce activaciones cerebrales, sobre todo si los demás reciben menos'.
El estudio ha sido realizado mediante resonancias magnéticas tomográficas en la Universidad de Bonn, y los resultados están publicados en el último número de Science.
Según Bernd Weber, autor del estudio y director del grupo de Imagen de Neurocognición del Instituto Life&Brain, en Alemania: "La activación más fuerte se producía cuando el participante respondía correctamente y su compañero fallaba".
Su mandato termina a finales de año y Carla se irá con un sabor agridulce, porque los principales responsables de la matanza de Srebrenica - en la que murieron 8.000 bosnios musulmanes-, el ex general Ratko Mladic y el ex líder serbobosnio Radovan Karadzic, siguen en libertad.
Sus nombres están en esa lista de la que toma su título el documental del realizador suizo Marcel Schüpbach, 'La lista de Carla' (2006, no estrenado en España) que, con el ritmo de un thriller policiaco, sigue el trabajo de la fiscal suiza de Belgrado a Nueva York para perseguir a los criminales huidos y presionar a los gobiernos implicados para que estrechen el cerco.
El seguro de automóvil, que cubre al conductor ante posibles siniestros, supone un importante gasto que dependerá de diversos factores, tales como la edad, el sexo, la antigüedad del carné, el estado civil, el tipo de vehículo a asegurar o el uso de a éste, entre otros.
Tener el coche sólo es el principio.
En primer lugar hay que tener claro de lo que estamos hablando.
Las compañías aseguradoras establecen sus precios en función de las estadísticas, de modo que a mayor probabilidad de sufrir un accidente, mayor cuota a abonar.
Expondremos aquí las variables más significativas a la hora de elegir uno u otro tipo de seguro, para que éste, además de adaptarse a las características del asegurado, le ofrezca un precio razonable.
Los jóvenes menores de 25 años se encuentran con diversos inconvenientes a la hora de contratar un seguro a un precio asequible, como son la reducida experiencia en conducción y la antigüedad del carné.
Los conductores más precavidos pueden optar por un todo riesgo con franquicia, de modo que obtengan las coberturas de un seguro a todo riesgo pero a un precio más factible.
"La parte del importe del siniestro que aporta el cliente se preestablecerá en función del valor de la prima, que será más alta cuanto más bajo sea el importe", especifica Luis Noguera, máximo responsable en España de First Europa, mediador de seguros online.
Otra opción es un seguro a terceros ampliado, de forma que el cliente se asegura la protección ante daños provocados a terceros, aunque no ante los causados en su propio coche.
Por el contrario, una penalización es un recargo sobre dicha tarifa base.
"Las bonificaciones y penalizaciones dependerán de la compañía y del beneficio de ésta.
Pasada la franja de los 25 años los conductores lo tienen más fácil a la hora de contratar un seguro, puesto que el índice de siniestralidad se reduce gracias a la experiencia acumulada.
"Normalmente los jóvenes no pueden hacer uso de la experiencia previamente adquirida a la hora de valerse en un accidente, e incluso a la hora de la conducción", asegura el director en España de la compañía europea, a lo que añade que la mayoría de los accidentes se producen en el segundo año de conducción, una vez pasado ya el 'miedo del novato'.
Estos dos partidos del Grupo D se jugarán una semana antes de que termine toda la sexta jornada, ya que el Milan tiene que disputar el Mundial de Clubes en Japón, donde debuta el día 13 en semifinales en busca de una plaza para la final del 16.
Así, este grupo quedará cerrado antes que el resto y el empate en el Giuseppe Meazza parece el resultado más esperado, aunque los dos equipos tratarán de salir a por una victoria, ya que los italianos no querrán especular en casa y el Celtic sabe que ganando quedaría primero y se aseguraría un mejor cruce en octavos.
Así, los milanistas tratarán de amargarle la noche a los escoceses, que confían en meterse en octavos por segunda vez en la reestructurada Champions League y de forma consecutiva, después de que fueran precisamente derrotados en esa ronda la pasada campaña con un gol de Kaka en la prórroga (1-0) tras el 0-0 de la ida.
Esperando la victoria de los 'rossoneri' estará el Shakhtar al que sólo le vale el triunfo, en el caso de que pierda el Celtic, tanto para meterse en octavos como para seguir en la UEFA.
20.000 personas asisten en Vancouver al primer concierto de la gira de las Spice Girls
Las Spice Girls han iniciado en Vancouver (Canadá), ante unos 20.000 espectadores, su primera gira desde que se disolvieron en 2000.
Alrededor de 20.000 personas agotaron las entradas para presenciar el concierto que incluyó un vídeo en el que se relata la historia del grupo que hizo furor al final de los años 1990.
El reencuentro y la gira mundial coinciden con el lanzamiento de un nuevo álbum que recoge sus principales éxitos así como dos nuevas canciones, 'Headlines' y 'Voodoo', que en España publica EMI.
En la previa del inicio del espectáculo, Victoria Beckham señaló que el astro británico "no ha visto nuestro vestuario, para nada, así que estoy nerviosa sobre lo que va a pensar del espectáculo".
Y pensé porqué no, así que estoy contenta por haber tomado la decisión" dijo Chisholm sobre la reunión del grupo que ella disolvió hace nueve años.
La cantante también señaló que con el tiempo, "las cosas se han arreglado y nos queremos mucho todas".
Pero muchas cosas han cambiado desde que las Spice Girl actuaron por última vez juntas en 1998.
Tras el concierto de Vancouver, el grupo actuará en California (EEUU), en San José (el 4 de diciembre) y Los Ángeles (5 y 7 de diciembre).
Kiev ha advertido que si Moscú aumenta el precio del gas, Rusia tendrá que pagar tasas de tránsito más altas.
Los analistas dicen que podría ser que Ucrania pague un 40% más por las importaciones de Gazprom.
"Es importante para nosotros usar nuestros argumentos como uno de los más importantes tránsitos para el gas durante las conversaciones" dijo el Ministro de Economía ucraniano Anatoly Kinakh a la agencia de noticias Reuters.
"Los cambios en los precios del gas no deberían relacionarse a nuestros argumentos sobre los niveles de las tasas de tránsito [hacia europa occidental] vía Ucrania".
Como resultado, Gazprom complementa su propio suministro con gas de Turkmenistán y otras ex naciones soviéticas de Asia Central.
La recomendación del auditor general Robert Black vino después de que se comprobó que un médico extranjero estaba relacionado con el ataque al aeropuerto de Glasgow, en junio.
Él fue uno de los tres médicos que actuaron en el Old Bailey por video conferencia en octubre, acusados en relación a los supuestos atentados con coche bomba en Reino Unido.
Black declara que el NHS escocés tiene un alto nivel de cumplimiento de sus propias políticas de empleo, pero señala que: "nuestro informe pone de relieve las áreas que se pueden mejorar para garantizar que se dispone de la información necesaria en el número de personal extranjero del NHS."
Las autoridades de salud escocesas declaran que actualmente cuentan con 1.161 personas extranjeras, la mayoría de ellos médicos y enfermeras
La investigación también encontró que los procedimientos de comprobación establecidos por las autoridades de NHS en Ayrshire y Arran, Grampian, Greater Glasgow y Clyde, Lanarkshire y Lothian se estaban cumpliendo ampliamente.
El gobierno escocés está actualmente revisando la política y guía de pre-empleo de los extranjeros en la NHS.
Joy Division domina en los premios de cine
Control, la película biográfica sobre el vocalista tardío de Joy Division, Ian Curtis, ha ganado cinco premios en el Festival de Cine Independiente Británico, incluyendo el galardón a la mejor película.
Los trofeos también se dieron al protagonista Sam Riley, que trabajaba en un almacén hasta que fue escogido para el papel de Curtis, para el director Anton Corbijn y el coprotagonista Toby Kebbell.
Y el protagonista de Bond, Daniel Craig ganó el premio de variedades por poner un film británico en el escenario internacional.
Control sigue el ascenso a la fama de Curtis con Joy Division, hasta su suicidio en 1980, a la edad de 23 años.
La música rock fue el centro de otro premiado en la ceremonia -como la película de Julien Temple sobre el vocalista de The Clash Joe Strummer, ganó el premio al mejor documental.
Ray Winstone, que tiene reputación de jugar duro, recibió el premio Richard Jarris por su contribución al cine británico.
El cincuentero, cuyas películas incluyen Scum, Nil By Mouth y Sexy Beast, actualmente filma la secuela de Indiana Jones "El reino de la calavera de cristal".
"Fueron personas como Richard HArris y Albert Finney las que abrieron puertas a personas como yo", declaró.
Los premios al cine independiente, conocidos como BIFAS, son seleccionados por un equipo que incluye a cineastas, actores y organizadores de festivales.
Otros 22 de los detenidos estaban planificando asesinatos de líderes religiosos y fuerzas de seguridad.
Venus pudo haber sido una vez un lugar apropiado para la vida, declararon científicos ayer.
Los datos de una nave espacial europea en órbita mostraron al planeta más parecido a un gemelo de la Tierra de lo que se había observado previamente.
Los resultados de la Agencia Espacial Europea para el Venus Express, que ha estudiado el planeta por un año, ofrece un panorama de cómo la Tierra podría desarrollar cambios catastróficos a causa del clima.
Un kilo de material radiactivo, que declaran es uranio enriquecido, fue decomisado ayer por la policía eslovaca y húngara.
Un portavos de la policía declaró que tres personas fueron arrestadas y el material fue examinado.
No se sabe exactamente cómo los productores de la CNN, que co-patrocinan el debate, escogieron los videos de YouTube para mostrar a los candidatos a aspirantes.
El tema es uno de los tópicos más potentes para los Republicanos.
Los candidatos menores como Duncan Hunter, un congresista californiano, y Tom Tancredo, un congresista de Colorado, lograron acuerdo con el tema.
Ninguno tiene la palabra de ser nominado candidato, pero ambos permanecen en la carrera quizás porque ambos alertaron sobre el tema de la inmigración antes que los otros.
Otra persona preguntó si Jesús apoyaría la pena de muerte.
Dolores laboristas
Como los escándalos políticos siguen en Inglaterra, éste no es particularmente interesante.
No parecen haberse vendido influencias, ni se trata de exhorbitantes cuentas de hoteles en París, ni chupadas de dedos extramaritales.
Pero se ha revelado que un rico hombre de negocios ha disfrazado contribuciones al partido de gobierno laborista inglés, de más de 650.000 libras esterlinas (1,3 millones de dólares), por cerca de cuatro años utilizando nombres falsos, y que el partido no lo denunció.
La autoridad fiscal perdió 25 millones de datos personales que revelaron una chapuza administrativa inimaginable.
Ahora son las múltiples donaciones de David Abrahams; Peter Watt, el secretario general laborista (y anterior cómplice) ya ha dimitido.
Nada de esto significa que el Sr. Brown camine irrevocablemente hacia la salida.
Una vez está claro que el primer ministro no puede mejorar las cosas, que no le resta mucho tiempo, esa suspensión está de más: los funcionarios públicos comienzan a fallar; los ministros de gabinete se exponen; la prensa busca malas noticias; y el gobierno se pone a la defensiva y no se enfoca.
En una parte, la posición de Brown es particularmente difícil, porque a diferencia de otros líderes políticos no puede defenderse argumentando que es nuevo.
Los problemas del Northern Rock y el impuesto de registro de autoridad, están relacionados a las decisiones que Brown hizo como canciller del erario.
Y aún cuando no está directamente envuelto en los contratiempos de Blairish -o "efectivo para socios", la investigación del financiamiento de los partidos políticos - los votantes pueden asumir que si lo está.
Sin embargo, la situación del Sr. Brown no es tan mala como parece.
Los gaffes no son tan malos como los Tories quieren mostrar.
El nuevo escándalo político de las donaciones es un buen ejemplo.
Hasta el momento el primer ministro ha hecho la mitad del trabajo.
Ha sido rápido en condenar a su partido por violar la ley, pero se diluye en la toma de decisiones por un asunto familiar, una comisión de investigación sobre el asunto -conducida, en buena medida, por un juez y un obispo.
Esto requerirá una ardua labor cooperativa de los laboristas con los Tories, y quizás una renuncia a la situación financiera especial que se tiene con los sindicatos -amargas medidas para un partidista como el sr. Brown.
Cuando hay sangre en el agua, es natural que unas aletas dorsales naden emocionadas alrededor.
Sin embargo, es muy temprano para el pánico.
El deterioro en las tasas puede ser explicado en parte por factores técnicos.
Un cambio en la ley americana de quiebra de las personas (2005) dió lugar a una brusca caída en las solicitudes de quiebra, que a su vez representan una gran pérdida en tarjetas de crédito; el número de solicitudes (y por lo tanto, de morosidad) estaría creciendo de nuevo, o puede suceder que las condiciones para los prestatarios fueron empeorando.
La industria también reporta sólidas tasas de pago, que muestran cuánto de sus deudas pagan los consumidores cada mes.
Y la confianza en las tarjetas de crédito y los valores respaldados por activos es bastante firme, a pesar de la parálisis en otras áreas financieras.
Dennis Moroney de TowerGroup, una firma investigadora, predice que los volúmenes de emisión para el año 2007 serán cerca de un 25% más altos que el año pasado.
Pero los emisores de la tarjeta de crédito miran más el flujo de liquidez que los valores activos, de manera que los precios en caída no accionan necesariamente un cambio en la capacidad acreedora de los prestatarios.
Pueden incluso trabajar para aventajar a los emisores.
Los emisores de tarjetas también pueden responder rápida y flexiblemente a las condiciones dificultosas que los prestamistas de hipoteca, cambiando tipos de interés o alterando saldos acreedores.
Eso en teoría debería reducir el riesgo de una retasación rápida de activos.
Si los precios de casas están más bajos y una contracción del crédito empujan a América a la recesión, la industria indudablemente enfrenta un futuro más severo.
Banqueros británicos declarados culpables en caso Enron
Una compañía bajo el control de Kopper compró el interés de banco de la subsidiaria en $1 millón de dólares.
Según la acusación, Fastow representó falsamente a Enron, pues la compañía energética pagaría $20 millones a Greenwich NatWest por sus partes de la subsidiaria.
En enero del 2004, Fastow fue sentenciado culpable por dos cargos de conspiración en el colapso de Enron.
El trío de británicos fue arrestado tres meses después.
Cada uno de los tres banqueros británicos deben pagar 1 millón de dólares que requirieron para vivir en los Estados Unidos mientras se celebraba el juicio.
Enron, una de las siete compañías más grandes de la nación, declarada en bancarrota en diciembre de 2001 después de años de trucos en la contabilidad, no podría esconder la deuda de millones o hacer parecer exitosos sus negocios que fallan.
La condena de Lay por conspiración, fraude y otros cargos fue suspendida cuando murió de un ataque al corazón el año pasado.
"Después de los Estados Unidos, Rusia es el segundo mercado más grande para los aviones privados."
Rusia tiene 53 multimillonarios que hacen un total de $282 mil millones de dólares, según la lista Forbes de la gente más rica.
El público general puede comprar boletos de 30 euros ($44.57 dólares).
The cost: $22,000 for a set of four.
"El millonario ruso que quiere ruedas de cuero de avestruz o un retrato de su esposa hecho de cubos de zirconio, no va necesariamente a conducir sobre esas ruedas," dice el sr. Karapetian.
Incluso si muchos de sus clientes rusos son ricos, el sr. Karapetian aclara que la frase "millonario ruso" no significa exclusividad, dada la oleada de precios de las propiedades inmobiliarias.
"Si usted compró un apartamento en Moscú hace tres o cuatro años, ya es probablemente un millonario, al menos en el papel si no lo es en efectivo," dijo.
Cirugía "chapuza" podría ser causa de una muerte en Nueva Jersey
El sr. McCarthy dijo que Arroyo era la esposa de Jimmy Arroyo, un ex-oficial de policía de Newark que trabaja para la Comisión de Control de la Bebidas Alcohólicas, y que dejó dos hijos de 14 y 11 años, y una hijastra.
"Esa es una de las posibilidades," declaró Walsh.
Del 21 de noviembre y encontraron a la señora Arroyo en un sofá.
El miércoles, nadie respondió a la puerta en el hogar de la señora Castro, donde un rosal marchito se ubica en la parte delantera de la casa, y un dálmata ladra en la parte posterior.
Un tambor azul etiquetado como "vainillina ethyl" - usado como sustituto para la vainilla en alimentos y perfumes - se encontraba en la puerta de la cochera, al lado de una puerta que conduce al sótano.
El sr. McCarthy dijo que cuando llegó a Newark después de 25 años en el departamento del policía de Nueva York, la señora Arroyo fue de una inestimable ayuda para conocer la nueva ciudad insular y su ruda cultura política.
Se espera que la reserva federal recortará las tasas para levantar la Bolsa
Las bolsas se aflojaron en Londres, Nueva York y a través de Europa después de que Donald Kohn, número dos de Ben Bernanke, presidente de la reserva, declarara que los hacedores de políticas deben ser "flexibles y pragmáticos" en responder a la tensión continuada de los mercados financieros.
En un esfuerzo claro por tranquilizar los mercados en medio de muestras crecientes de bolsas de crédito, el sr. Kohn dijo que la turbulencia reciente era "en parte invertida por la mejora en el mercado a fines de septiembre y durante octubre".
Los comentarios fueron tomados por los inversionistas como una señal de que la reserva está lista para inyectar capital fresco en los mercados de EE.UU y para hacer posteriores cortes del tipo de interés, para estabilizar las condiciones del crédito.
Las consecuencias de la turbulencia financiera fue acentuada por un aviso de Bear Stearns, banco de inversión que cortará 650 puestos de trabajo, lo que equivale al 4 % de su mano de obra total, en una reducción global de costos para compensar las pérdidas de sus inversiones en las hipotecas sub-prime de los EE.UU.
Se espera que solamente 20 de esos puestos entren a Londres, donde el banco emplea a 1.500 personas.
Inglaterra toma con juicio las demandas de Owais Shah y Ravi Bopara
Y, ninguno es menos importante frente a la primera prueba contra Sri Lanka, ¿quién debe tomar la decisión?
El que no consiga el sexto lugar de bate será desafortunado, pero la vida a menudo es injusta y el deporte también.
¿Es el tiempo justo para que Bopara se levante?
¿Quién debe decir cuál es un buen nivel para un jugador de cricket, a menos que le den la ocasión de hundirse o de nadar a la siguiente chance?
Pero captar el ojo de los seleccionadores es más complicado.
Chris Tremlett tomó solamente 29 en el mismo promedio, pero ambos han tenido sus momentos altos y pueden esperan más de éstos.
La probabilidad es que Graveney, Vaughan y Moores, después de una discusión más en la sesión de hoy en el estadio de Asgiriya, seguirán sus instintos de conservación y favorecerán la mayor experiencia de Shah por sobre la exhuberancia del joven Bopara.
Sufrió lesiones de menor importancia y, presumiblemente un shock, pero la primera cosa que hizo fue sacar su Vodafone (patrocinado, por supuesto) y llamar a Alastair Cook, su compañero de equipo que miraba a la distancia, para decirle con excitación: "¿Viste eso?".
Mi inclinación sería dar a Bopara su oportunidad, lo que no quiere decir que Shah no sobresalga, como sugieren las hojas del té, es él quien juega aquí este fin de semana.
Buses traen a los refugiados de vuelta al trabajo -y a la lucha contra Al-Qaeda
Los primeros buses con refugiados iraquíes de Siria comenzaron a llegar a Bagdad ayer, expulsando a los exiliados que se quedaron sin efectivo, sin extensiones del visado y a los que esperaban que la ciudad volviera a la normalidad.
Algunos incluso habían vuelto para luchar contra los militantes que los condujeron fuera de sus hogares.
Qassim al Atwani, chiíta de 38 años y profesor en el área sunita de Amariyah, volvió con sus dos hijos porque era imposible renovar su visa en Siria pues el régimen no quiere a los iraquíes trabajando en su país.
Sus vecinos chiítas en Amariyah lo llamaron por teléfono para decirle que una fuerza aliada de EE.UU ayudó a sacar a Al-Qaeda fuera de su bastión al oeste de la capital, y lo urgieron a que volviera.
Uno de los recién llegados de Jordania era el jefe de una tribu sunita y chiíta que había sido conducido desde su hogar en Sleikh al norte de Bagdad, por un ataque de granadas, después que instó a los ciudadanos a levantarse contra Al-Qaeda.
Muchos dijeron ser atraídos por la calma creciente en la capital desde que las tropas de EE.UU afianzaran grupos de "ciudadanos preocupados", armados y que trabajan en cooperación con los militares de EEUU para defender sus vecindarios.
"Ayer expliqué por quincuagésima vez a un no sarlandés que no somos franseses"- eso fue el moto irónico sobre si mismos del más pequeño estado federal para su cencuentenario.
De este modo, las escuelas superiores por tradición tienen buenas relaciones con los países vecinos.
La universidad de Saarbrücken fue fundida en 1948 por los franseses.
Más de cada cinco jóvenes hace su bachillerato en la Escuela Profesional. Así, resulta que el Sarre está 7 puntos por ciento por encima del promedio nacional.
Eso fue la razón por la cual el Ministerio de Educación del Sarre obligó a las escuelas superiores a hacer más publicidad para las especialidades en Ciencias de Ingeniería.
Para que los niños empiecen cuanto antes a estudiar el último año del proyecto llamado "Kita-Jahr", éste no tiene ningún coste. Mientras tanto, este modelo imitan también los otros estades federales.
La comparación con los próximos estudios mostrará si ha aumentado el rendimiento de los alumnos.
Pero, en general, el Sarre no mejoró mucho como otros estados federales.
El 9 de diciembre el presidente Hugo Chávez deja modificar el horario en el país sudamericano atrasando el reloj media hora.
Actualmente Chávez está quedando como un cómico en España.
Como ha informado el Boletín Oficial del Estado venezolano, según la nueva ley, la hora pasará a menos cuatro horas GMT.
Además, el miércoles (hora local) Chávez anunció la ruptura de las relaciones con su país vecino Colombia a causa de la acción con toma de rehenes.
La razón del conflicto fue la desición tomada por Uribe al retirar el mandato de Chávez en las negociaciones con la guerrilla marxista en que se trataba de la liberación de los rehenes.
"La culpa de eso es la débil evolución de los salarios, el aumento del impuesto sobre el valor añadido y el estirón de los precios de los alimentos y de la energía", informaba al periódico "Bild" Gustav Horn del Instituto de Macroeconomía e Investigación de los ciclos económicos.
También las nuevas cargas del seguro de desempleo pueden corresponder a los empleados.
Al comparar los precios con el año pasado, estos están aumentando un 3 %.
Hoy, en la superficie de Venus no puede haber vida: la presión atmosférica es casi 100 veces mayor que en la Tierra y en la superficie reinan temperaturas de 500°C, oscilando de tal manera que puedan alcanzarse temperaturas bajo cero.
"Posiblemente, Venus es un gemelo "diabólico" de la Tierra, pero sigue siendo un gemelo", dijo Russell.
Como desde los años noventa no había misiones especiales, solo para investigación de este planeta, el lanzamiento de "Venus-Express" en noviembre de 2005 fue un paso muy importante para la investigación de Venus.
"Esto desmuestra también que los planetas vecinos tienen más características comunes con la Tierra de las que habíamos supuesto", informa la ESA.
Aunque Venus con sus temperaturas superficiales de 460 grados y con su presión atmosférica de 92 bares no se asemeja mucho a la Tierra, los científicos parten de la base de que ambos planetas se habían formado en las mismas condiciones.
En los dos planetas se había aglomerado agua que en la Tierra se quedó en los océanos, pero en Venus se disoció en el universo.
Koehler defendió el mitin de Merkel con Dalai Lama.
Así, el gobierno chino no sólo retiró la invitación a Peer Steinbrueck (Partido social-demócrata), el Ministro de Finanzas de Alemania, sino que además, según fuentes informativas de la revista "Spiegel", congeló el llamado diálogo estratégico de los Ministerios de Asuntos Exteriores de ambos países.
Wen Jiabao, el Jefe de Gobierno chino, exigió a la Canciller Federal Ángela Merkel que reconociera esta recepción de Dalai Lama como un error.
Schaeuble advierte que se producirán disturbios como los ocurridos en Francia.
Al mismo tiempo Schaeuble indicó que los suburbios alemanes no tienen los mismos problemas edificatorios y sociológicos como ocurre en Francia.
Kenan Kolat, el presidente de la Comunidad turca en Alemania exigió mayores esfuerzos del Gobierno Federal para la integración.
Es cierto que la situación en Alemania no es tan explosiva como en Francia.
Kolat subraya: "Tenemos que dar una perspectiva a los jóvenes".
Hay que " brindar la oportunidad a los jóvenes de recibir más rápido un puesto de trabajo o de formación profesional".
Después de ver un suburbio, Michelle Alliot-Marie, el Ministro de Asuntos Interiores, anunció que la policía va a adoptar medidas rigurosas hasta que sea necesario.
¿Pero en qué país vive realmente la Canciller?
Después de su desesperante actuación, indiferente y sin mucho contenido en el debate general de la Cámara Baja hay que decir: ella no vive en el país que tendría que ser gobernado por ella.
Dijo que eso sería un modo provinciano y así mostró hizo constatar que no quiere entender lo que interesa a los críticos.
No se podía sentir ni un mínimo interés, ni ningún tipo de sentimiento por los problemas del país.
A lo único que se dedica es a hablar sobre ese tema usando oraciones subordinadas.
Y en este caso, Merkel necesita más de tres intentos para poder formular un frase más o menos buena.
La sección ataques.
Los dos favoritos, Rudy Giuliani y Mitt Romney, hicieron un enfrentamiento en un acalorado debate de precandidatos presidenciales republicanos de YouTube y ahora deben temer sólo a un candidato de la parte exterior.
Mitt Romney reprochó a su adversario Rudy Giuliani que éste hubiera convertido a Nueva York en "un sitio de refugio para los inmigrantes ilegales".
"Con este modo de aislamiento dejamos a Hitler llegar al poder", ése fue el reproche de John McCain a su adversario Ron Paul, el único de la reunión que insistió en retirar inmediatamente las tropas de Irak.
Romney recibe también muchas críticas por parte de los veteranos de la guerra en Vietnam, cuando se niega a reconocer como tortura el "Waterboarding ", un método de interrogatorio, al dejar ahogarse a una persona simulan su muerte.
Así se puede ver mejor dónde están las debilidades de ambos favoritos.
Giuliani, al contrario, no sabía qué decir cuando le preguntaron qué pensaba sobre la interpretación literal de la biblia.
El miércoles transfirió su mandato de jefe del ejército a su confidente Ashfaq Kiyani y de este modo aceptó la presión internacional, sobre todo por parte de los EEUU.
Según información del portavoz del ejército una bomba explotó en una de las calles en la frontera con Afganistán.
La asistencia de estos tres señores a una comida oficial causó la sensación.
Cada uno contribuye con sus sonidos, entre ellos hay incluso ritmo.
¿Pero por qué los alemanes no pueden también aplaudir a su leyenda viva de los años setenta?
Ya hace un tiempo Moebius y Roedelius habían hecho música con el artista Conrad Schnitzler y tenían un nombre, Cluster, que prometía mucha fama.
Después, por razones económicas, trabajaron con una empresa de música en Duesseldorf que fue patronizada por una iglesia.
En 1973 Rother siguió a los músicos de Cluster en el exilio a Forst en Weserbergland.
El modo de vida era menos ideológico que en la Comune I, donde Roedelius se podía quejar de su posición.
A pesar de que la música era tranquila y sencilla, la banda tuvo problemas financieros.
El CD "Live 1974" fue grabado durante un concierto en Griessem. Alguien recuerda que, en esta grabación participaron casi 50 personas.
La grabación en directo del albúm en Griessmer, eso hay que agradecer a Groenemeyer.
De este modo, todas las influencias de Krautrock a la siguiente música pop están presentes.
No se buscaba el origen del género en el blues, sino en las escuelas de música (Can), en tecnologías (Kraftwerk) o huyendo de las convenciones artísticas y sociales (Cluster).
Finalmente habíamos perdido vista al hombre más guapo de los años ochenta, porque nadie quería verlo después de sus papeles agradables y de poca importancia en las películas para mujeres y después de muchas conferencias de prensa sobre el budismo.
Ahora, de repente, Richard Gere es el argumento más importante para ver tal vez la película " The Hunting Party- cuando un cazador se convierte en lo que persigue" (¿Por qué hoy en día los títulos de las películas tienen que ser tan largos y disparatados?).
La película tiene una maravillosa presentación para la vista: en el fondo, su papel de reportero en la guerra es la presentación de lo que podría hacer Richard Gere, si el destino y la industria del cine no hubieran sido tan misericordiosos con él. Él fuese un hombre cuyos tiempos mejores de la vida ya pasaron, que como un monumento de la ruina de su decadencia conservaba hasta ahora la mayor parte de su encanto.
"The Hunting Party", a pesar de este triunfo, junto con "Moerderischer Frieden" que es la producción alemana y también será presentada esta semana, resultan ser sólo una serie de películas sin éxito sobre la guerra en los Balcanes.
La película es como la serie alemana "Alarm fuer Cobra 11" sin autopista, pero en situación de guerra.
En otro momento, con otro director y con otro autor de guión (Richard Shepard en dos cargos), la historia sobre los reporteros estadounidenses en la guerra que se van para detectar un serbio criminal de guerra llamado "zorro", probablemente podría ser un nuevo "Apocalypse Now".
Así, las historias son sorprendentemente parecidas: los pequeños equipos se van dos veces a la montaña para llevar a cabo algo que no puede hacer el ejército y cada vez resulta un viaje en locura.
Una razón del fracaso de "The Hunting Party" es cuando al inicio nos presentan a Simon Hunt, a él a quien no le dejan ser simplemente un cínico con corazón.
Entonces "The Hunting Party" se encuentra muy lejos de la realidad, sobre todo cuando en los últimos cinco minutos los reporteros con una impresionante rapidez logran lo que no pudieron lograr durante cinco años la OTAN, la CIA y todos los cazadores de cabezas del mundo, que fue capturar al criminal de guerra y dejarles a los bosnios musulmanos para que se vengaran de una forma justa.
En las películas como "The Hunting Party" hay también estos demonios pero ellos demuestran que duro es ser buenos.
El problema consiste no sólo en el género de las películas de guerra en los Balcanes.
Tienen que pasar por lo menos decenios hasta que Hollywood ruede una buena película sobre el holocausto teniendo como ejemplo la película "La lista de Schindler".
Algunas películas ya necesitan más tiempo. Los clásicos como las obras sobre la guerra en Vietnam "The Deer Hunter", "Apocalypse Now" o "Full Metal Jackett" en sus tiempos no fueron celebrados por unanimidad como las obras maestras.
"Ser o no ser" o "El gran dictador" resultaron al final tan buenas, porque Lubitsch y Chaplin todavía no sabían que tan malo fue en realidad el régimen nazi.
Quizás hay que ser como el novelista Lawrence Norfolk, con su mirada sarcástica y distante de un artista.
Cuando le preguntaron a él sobre los paralelismos entre su novela histórica "Diccionario de Lemprière" y la guerra en los Balcanes, respondió: "Eso se debe solamente a que algunas cosas no cambian nunca".
Las grandes ciudades siempre estarán en peligro, los hombres siempre van a ser asesinados cruelmente y en Yugoslavia siempre reinará la guerra.
Muchos quieren seguir luchando por las competiciones en la sección de deportes acuáticos.
Schmidt-Trenz exigió al senado no olvidar este proyecto, sino encontrar una nueva aplicación a largo plazo "que se refiere a otro tiempo".
"Hamburgo no decide sobre la solicitud para los Juegos Olímpicos, sino que lo decide la Federación Alemana de Deportes Olímpicos", dice von Beust en el WELT ONLINE.
Solo la semana pasada la Federación de deporte de las escuelas superiores nombró Hamburgo como un candidato de la solicitud.
La Fracción del Partido social-demócrata alemán (SPD-Bürgerschaftsfraktion) reprochó al senado que no aprovechara el tiempo tan valioso para la construcción de casas en Hamburgo.
Pero Hamburgo fracasó a causa de Leipzig.
Actualmente las cajas de madera producidas en Suecia son como la sombra que pesa sobre la lista de obras de Warhol.
La mayor parte de los noventa y cuatro Brillo-Box de "tipo" de esta lista son falsos.
La prehistoria es demasiado complicada con una confusa relación entre las producciones artísticas y patrocionadas.
En 1964 Warhol creó en Nueva York sus primeras "Brillo-Boxes", pintó las cajas de madera de rojo, azul y blanco, con la misma muestra que tenían cartones de polvo de jabón "Brillo".
Evidentemente los policías militares que debían vigilarlo habían pasado a sus filas y siguieron su motín.
La presidente llamó a una urgente sesión del Gabinete de Seguridad.
Norberto Gonzales, el consejero de Seguridad Nacional, condenó el comportamiento de los soldados.
Los grandes críticos de gobierno convocaron el jueves a una gran manifestación contra la presidente.
El levantamiento fracasó después de cerca 24 horas por que el ejército quiso participar.
United Internet será el accionista más grande de Versatel.
United Internet aseguró más de 20 por ciento de las acciones de la empresa de telecomunicación Versatel.
Se tiene solo 20,05 por ciento del capital social.
United Internet informó que con este paso quiere acelerar la consolidación del mercado alemán de DSL (Línea de abonado digital).
El miércoles ya hicieron las suposiciones sobre la entrada en el negocio, después de que el banco Brendenberg aumentó su participación al operador de red de Duesseldorf por 5 por cientos al 15,1 por cientos.
United Internet ya en el día anterior hizo participar con casi 10 por cientos a la empresa de telecomunicación Drillisch.
United Internet ha comprado de ellos 5,15 millones de acciones por 31,4 millones de euros.
Las dos empresas fundaron una empresa junta MSP, para adquirir al competidor Freenet.
El jueves United Internet informó que al inicio, las dos empresas quieren estar contentos con la participación de diez por ciento a Freenet y no hacen uso de su derecho, es decir, hacen participar a 18,49 por cientos de Freenet.
Las negociaciones entre United Internet y Freenet sobre una asociación estratégica terminaron a mediados de noviembre.
Al final del tercer trimestre Freenet tenía 2,9 millones de clientes con un contrato de teléfono móvil y 1,27 millones con un contrato de DSL o un contrato completo.
