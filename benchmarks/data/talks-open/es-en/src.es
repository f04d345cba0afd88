¡Vos!
Pero yo estoy pensando en otro alguien que no tiene nombre ni apellido.
Ahora en Argentina está desapareciendo gente.
Es necesario devolverles su identidad, reescribir su nombre y su apellido.
Porque todos tenemos una identidad, tenemos una individualidad, una identidad de individuo, afectiva, de familia, cultural, de grupo, de país, pero también tenemos una identidad genética.
¡Casi iguales!
Ahora bien, el 0,1 % de 3000 millones de letras es nada menos que tres millones de letras y eso es un número.
Y de eso se trata, de, utilizando las letras de nuestro genoma, reescribir las letras del nombre y apellido de aquellos que perdieron su identidad.
¿Cómo lo hacemos?
Para comparar un padre y un hijo, para saber si están vinculados en ese parentesco, tengo que compararlos.
Y saber que hay una proporción de esas letras que tienen en común de acuerdo a ese parentesco.
¡Y cuánto!
Porque nuestro organismo, nuestro sistema inmune, es profundamente xenófobo.
Se autoreconoce como tal y se tolera y rechaza todo lo extraño.
Y por eso rechazamos un virus, una bacteria, cuánto más vamos a rechazar un órgano entero.
Teníamos un problema en los 80: necesitábamos células vivas de las dos personas que íbamos a comparar, no podíamos analizar un hueso.
Podíamos extraer moléculas de una célula viva, o muerta, y compararlas.
Entonces dimos un paso hacia adelante y podíamos entonces identificar una célula muerta dentro de un cuerpo o un resto óseo.
Y ganamos alguna experiencia.
Ellos venían caminando no solo en la Argentina, sino por muchos países del mundo.
Y llegaron a Córdoba a exhumar una fosa masiva del cementerio municipal de San Vicente.
Un amigo en común nos reunió en su casa.
Y entonces, tomando unas copas de vino, yo estaba impactado por las historias que me contaban estos antropólogos porque el Equipo Argentino de Antropología Forense es una ONG que trabaja sobre casos de violación de derechos humanos universales tratando de identificar gente.
Entonces, pensamos en unir esfuerzos y hacer algo en común.
Si nos va bien con ese, seguramente nos va a ir bien con los otros.
Y nos fue muy bien.
Eso nos llenó de alegría y dijimos: "pongamos un laboratorio" y así se hizo.
Y empezamos a caminar, convocamos familiares, empezamos a cruzar letras para reescribir nombres.
Pero no solo en Argentina, porque en Argentina produjimos algunas identificaciones, otras más del cementerio de San Vicente, del centro de tortura y muerte de "La Perla", la identificación de algunas de las madres fundadoras de Plaza de Mayo, que habían sido arrojadas al mar y que el mar las había devuelto.
También en otros continentes, África, por ejemplo, la Sudáfrica que encarceló a Mandela.
Parece todo maravilloso, ¿no?
Pero no es así.
Muchísimas veces nos quedamos en la mitad.
Muchas veces tenemos los restos, pero han pasado tantos años que los familiares ya no están.
Y otras veces tenemos los familiares, pero no se encuentran los restos.
Y otras veces, aun teniendo los restos, están tan deteriorados que no podemos descifrar las letras para compararlas con los familiares.
Eso genera una gran frustración realmente.
Yo estoy seguro que conocen una serie de televisión sumamente conocida, muy famosa, popular: CSI Nueva York, Los Ángeles, Miami.
La realidad es otra.
La realidad nuestra... (Risas) es un poco distinta.
Muchas gracias.
En sus capítulos estaban Leeuwenhoek, Spallanzani, Koch, el del bacilo, Pasteur, hombres que con microscopios rudimentarios buscaban derrotar al enemigo invisible.
El libro no despertó en mí la vocación por la medicina o la química, pero sí mi pasión por la historia.
Pero hay dos pandemias que quedaron muy marcadas por sus consecuencias fatales.
Los números en Asia fueron bastante similares.
De allí se esparció por todo el continente.
Empezó en EE.UU. y llegó a Europa por Francia.
¿Por qué le decimos gripe española?
Bueno, eso fue un "fake news".
Por ese sinceramiento de los datos y de los números terminaron siendo señalados como responsables de algo que no les correspondía.
La población mundial se redujo entre 2,5 % y 5 % por culpa de esa pandemia.
Hablamos del cólera, la viruela, la peste negra, la gripe universal y también podríamos agregar la fiebre amarilla, de 1871, que azotó a las ciudades de Corrientes y de Buenos Aires.
¿Qué tuvieron en común todas ellas?
Que cuando nos atacaron no estábamos advertidos.
Algo muy importante, que la peligrosidad del virus se potencia con la desinformación.
En el siglo XIV, en vez de ocuparse de las ratas y de la falta de higiene se sostenía que el estilo de vida pecaminoso de muchos había desatado la ira divina.
Por más que nos duela.
Otra de las grandes enseñanzas en aquella oportunidad fue que vamos a tener que mantenernos en guardia aún después de que pase la tormenta.
Porque siempre ha habido segundas y terceras oleadas que se han llevado a los desprevenidos.
Pero, sobre todo, podemos aventurar tiempos maravillosos de crecimiento.
Gracias.
Tengo dos pasiones: una, el fútbol.
La otra pasión es: los ordenadores, los videojuegos y la programación, que es de lo que vengo a hablaros hoy.
Un día pensé: ¿Y si en vez de solo jugar a esos juegos pudiera crear mis propias pantallas, héroes y malos, golpes y piruetas, vidas extras?
¿Imposible?
Pero todos sabemos que a nosotros, los niños, se nos da mucho mejor, ¿cómo decirlo?, esos aparatos del demonio que a muchos mayores, quizá porque no tenemos miedo a toquetearlos, a experimentar con ellos, a ver qué hay aquí o a estropearlos, ya que luego están los padres para arreglarlo todo.
Pero es que es mucho más.
Es una comunidad pública y abierta a nivel mundial, a la que podemos pertenecer y donde podemos publicar nuestros programas o descargar los programas ya hechos para jugar con ellos, ver cómo los han hecho, modificarlos o mejorarlos.
Damos a la bandera verde, lo ponemos en pantalla grande para que se vea mejor, y te dice: ¿dónde está la mandíbula?
Los sonidos los he grabado yo y los he añadido al juego también, y he hecho que haya aciertos y fallos, que aquí ponga los números de los aciertos y de los fallos para así poder hacer competiciones con mis amigos para ver quién se sabe mejor los huesos del cuerpo humano.
(Aplausos) Me divertí tanto programándolo y me ayudaba tanto para aprendérmelo que se lo dije a mi profesora y le pedí si podíamos verlo en clase, que quería mostrárselo a todos.
Organizamos un día en el que yo les enseñaba esos proyectos y más a mis compañeros de curso y les enseñé que ellos también podían hacerlo al igual que lo había hecho yo.
Como no podía ser de otra forma, les encantó.
Lo ponemos en pantalla grande.
He puesto fallos y aciertos y aquí está el mar.
Cuando les das, se cambia el planeta por su nombre y lo dice, y se suma un acierto.
Pero cuando no les das suena el sonido del agua y se suma un fallo.
Bueno, creo que ya habéis visto cómo funciona.
(Aplausos) ¿A que es muy chulo?
¿unos cables?
Los niños y sus profes se encargarían de hacer los instrumentos de cartón y goma eva, mientras yo tenía que hacer los programas necesarios para que esos instrumentos cobraran vida y sonaran de verdad.
Incluso les enseñamos que ellos también tenían música en su interior.
¡Fue alucinante!
Les fuimos organizando en turnos para que todos pudieran tocar sus instrumentos.
De verdad, nos miraban como si fuéramos magos que con unos simples cables y un ordenador habíamos dejado boquiabiertos a pequeños y mayores.
Bueno, ¿queréis ver cómo lo hicimos?
Para tocar este súper piano hecho por niños de cuatro años tengo que quitarme los zapatos.
¡Tengo los pies limpios, eh!
Esta canción se la voy a dedicar a mi abuela que para la próxima semana va a ser su cumple.
(Risas) (Aplausos) (Música) (Aplausos) Y a continuación voy a necesitar cuatro voluntarios porque aquí y ahora vamos a ver a qué suenan.
(Risas) (Aplausos) Ponte por ahí, tú coge este y tú coge este.
(Sonido de platillos) Y tú a unos platillos.
No, no suenas.
(Risas) (Sonido de tambor) Suenas a un tambor.
(Sonido de relincho de caballo) ¡Uy, si se nos ha colado un caballo!
Imaginas, creas y compartes, y todo con unos cables, un poco de imaginación y un ordenador.
¡Animaos chicos y chicas!
Dejad de ser solo jugadores de juegos y convertiros en creadores de historias, juegos, programas, proyectos musicales...
No hay límite, solo el de nuestra imaginación.
Hasta pronto.
Despojar de identidad es el comienzo de una serie de humillaciones de acuerdo a la cultura, al contexto, a las circunstancias, que se repite a lo largo de la historia de la humanidad.
Y la escuela reproduce lo que los espartanos cuando se pregunta, ante la presencia de un alumno con discapacidad, ¿qué tiene?
Tiene el poder de devolver la condición de persona.
Tan simple como eso: La escuela dignifica.
(Aplausos) (Vítores)
Y yo me di cuenta de que no tenía la menor idea de cómo explicarle a un chico qué cosa era eso.
Y al día siguiente, cuando estábamos mirando de vuelta el noticiero y me volvió a preguntar, le conté una historia que quiero compartir con Uds. Le dije a Nina ese día que había una vez un pueblo muy tranquilo y que había un muchacho que se llamaba Pepe, el protagonista, que vivía en la casa más alejada del pueblo.
No había ni un bar.
Pepe pensó que si abría un bar, podría hacer felices a otros, dándoles de tomar, y además también pensó que podía ganar alguna moneda.
Esa tarde, su amigo, Moncho, pasó por la casa de Pepe y le dio un buen nombre para el bar.
Entonces Pepe hizo una lista de necesidades para abrir el primer bar del pueblo.
Nina me miraba con los ojos abiertos, el cuento estaba bien hasta ahora.
dijeron algunos.
Los vecinos lo miraban.
¿Por qué vas a regalar después dos monedas más?"
Y Pepe dijo: "No es regalar, Mocho, es compensar.
¡Muy bien, Pepe!"
Y Ernesto, que era rico y entendía de negocios, dijo: "A mí, la idea me parece muy bien".
Yo quiero algunos de tus papelitos".
Entre todos los vecinos le compraron los 1000 papelitos.
No pasó por la plaza del pueblo en las siguientes cuatro semanas.
Es decir, le dije a Nina, Pepe no se enteró del desastre que se iba a armar por culpa de sus papelitos.
En ese momento del cuento yo frené y me quedé mirando a mi hija para ver si estaba entendiendo la historia.
(Risas) Entonces le conté.
Muchos vecinos habían pasado la noche entera recortando sus propios papelitos porque también, habían descubierto, tenían proyectos que no podían cumplir por falta de monedas.
Unos papelitos decían: "En breve, Heladería de Horacio".
Otros papelitos decían: "Muy pronto, Peluquería de Carmen".
E incluso había unos papelitos escritos por Moncho con faltas de ortografía, que decían: "A fin de mes, aré biajes a la Luna".
(Risas) De pronto, los vecinos se subían a las farolas de la plaza para que los otros vecinos pudieran comprar esos papelitos.
El alcalde tuvo que poner orden y habilitó un lugar cerrado en la municipalidad para que los vecinos pudieran reunirse a intercambiar papelitos sin destrozar la plaza.
Horacio ya buscaba leche, crema, hielo para su heladería, Pepe ya estaba serruchando la madera para el mostrador del bar.
Carmen afilaba las tijeras para su flamante peluquería y Moncho había comprado dos caballos flacos para hacer viajes a la Luna.
(Risas) Solamente quedaba en el salón de los papelitos un grupo de vecinos a los que nunca en la vida se les había ocurrido ningún proyecto interesante.
Uno de estos vecinos, Ramón, se quejó en voz alta: "¡Caramba!"
"Ahora necesito monedas para comprar cigarros y no tengo.
"A mí me pasa lo mismo" dijo Luis, "Quiero ir al cine, no tengo una moneda".
Yo ahora necesito monedas para arreglar el campanario y nadie me quiere comprar los papelitos de Moncho".
¿Cómo va a ir a la Luna ese muchacho?"
Y yo le digo "¡Claro!
Se pueden llamar 'bonos', en algunos países, en otros países se llaman 'obligaciones'.
Y Nina me miró así.
En el comedor había una barra de madera, el baño se había convertido en dos baños, uno para damas, otro para caballeros.
Una mañana de martes, el alcalde salió al balcón con megáfono y dijo: "Vecinos, la plaza quedó estropeada después del furor de los papelitos.
preguntó Sabino.
"¡Nada de monedas!"
Cuando la fuente eche agua, cuando las farolas vuelvan a dar luz y yo tenga un coche a motor, voy a devolver dos caballos por papelito.
Todos en el pueblo entregaron sus caballos al alcalde y, desde ese día, las tareas se empezaron a hacer a pie.
Nadie creía que eso empezara a levantar vuelo.
Ernesto, el vecino rico que había comprado muchos papelitos durante la primera semana, ahora se quería sacar de encima los papelitos de Moncho.
Y, como también tenía papelitos de Pepe, inventó algo buenísimo a lo que bautizó: "los fajos de Ernesto".
Eran paquetes cerrados con 100 papelitos de todos colores.
El jueves de la segunda semana, los fajos de Ernesto tuvieron un gran éxito entre los vecinos que buscaban como locos papelitos de Pepe o del alcalde, pero el viernes, Quique descubrió el truco y dijo: "¡Cuidado, vecinos, cuidado!
Los fajos de Ernesto a veces vienen con papelitos de Pepe o del alcalde en la parte de arriba y eso está bien, pero al fondo del paquete hay muchos papelitos de Moncho que nunca en la puta vida va a hacer ningún viaje a la Luna.
Mi tarifa por cada consejo es dos monedas".
Y así pasó la segunda semana.
Le expliqué que los fajos de Ernesto reciben el nombre de "obligaciones de deuda", mientras que la casa de Quique, el lugar a donde van los vecinos para saber si confían o no en los fajos de Ernesto, se llama "banca de inversión".
Entonces le conté a Nina que, cuando empezó la tercera semana en el pueblo, algunos proyectos ya estaban casi terminados y, en cambio, otros seguían en pañales.
A Pepe solamente le faltaba clavar el palenque para que los caballos de los vecinos pastaran fuera del bar.
Horacio había conseguido batir leche y frutas para su heladería y nomás le quedaba traer barras de hielo desde la ciudad.
En cambio, Carmen todavía no había encontrado un buen local para instalar su peluquería, aunque ya tenía docenas de tijeras afiladas.
Y, ¿qué decir de Moncho?
Pobre Moncho.
Sus caballos estaban cada vez más flacos y tristes, aunque los cepillaba día y noche, y no parecía que su artefacto pudiera volar en menos de una semana.
Hasta que apareció Quique con una gran idea.
"¡Oigan!"
Yo les puedo vender "tranquilidad de Quique" para esos papelitos.
"¿Y eso qué es?
"Muy fácil", dijo Quique.
"¿Aunque Moncho fracase?"
"¡Aunque fracase!
Y muchos vecinos empezaron a pagarle a Quique dos monedas por noche para asegurar el proyecto de Moncho.
En el medio de la euforia por estas nuevas ideas, nadie en el pueblo notó que el alcalde nunca había arreglado las farolas ni la fuente de la plaza.
El alcalde había cumplido con una parte solamente de la promesa: había escapado del pueblo con un coche a motor.
Era todo lo que había hecho.
Y su idea fue estupenda: Trajo al salón de los papelitos una pizarra y empezó a ponerle nota, del uno al diez, a cada proyecto.
Al bar de Pepe le puso un ocho, a la peluquería de Carmen le puso un cinco, a la heladería de Horacio, un siete.
Al vehículo para hacer viajes a la Luna de Moncho le puso un dos y, haciéndose el distraído, a las reformas de la plaza del alcalde les puso un nueve con cincuenta.
", preguntó Sabino.
Y el secretario dijo: "Son las posibilidades de concreción de cada proyecto.
Entonces Nina me preguntó si finalmente Pepe había logrado abrir su bar porque ya estábamos en la cuarta semana y le conté el final de la historia.
El bar se llamaba "La Luna", como lo había bautizado Moncho el primer día.
Sin embargo, cuando llegó a la plaza del pueblo, no entendió nada de lo que estaba pasando.
Pensó que se había equivocado de camino y estaba en un pueblo diferente.
Las farolas y la fuente de la plaza estaban destrozadas, no había un solo caballo en las calles y los vecinos caminaban en redondo hablando solos.
"¿Qué pasó acá?"
"¡Ay!
"Ay, Pepe.
De repente, empezó a haber más papelitos que monedas y el alcalde se escapó del pueblo.
"¿Y la peluquería de Carmen?"
"No, lo mío fue un fracaso" dijo Horacio.
Y Carmen no tiene clientes.
Pepe descubrió entonces que, sin caballo, nadie iba a poder ir nunca a su bar en las afueras del pueblo y entendió también que jamás podría devolver las 10 000 monedas a nadie.
Y entonces vio en el medio de la plaza a Moncho.
Los dos caballos flacos de Moncho eran los únicos animales que quedaban y arrastraban tres carros, con dos ruedas cada uno, en forma de tren.
A esos carros se iban subiendo muchos vecinos y otros hacían una fila larga, esperando para subir.
"¡Moncho!"
Y Moncho dijo: "¿A dónde va a ser?
¡A tu bar!
A La Luna".
Pepe vio un cartel colgado en la fuente rota que decía: "Moncho hace viajes a La Luna.
preguntó Pepe, "¿vos sabías que todos se iban a quedar sin caballo?"
"No" dijo Moncho, "yo solamente sé una cosa: Yo lo que sé es que la gente puede ir a un bar a caballo, pero nadie puede volver borracho y montando un caballo".
"Y como yo no tomo, pensé que mi negocio podría ser llevarlos y traerlos de La Luna".
Entonces Pepe abrazó a Moncho, se subió al primer carro y gritó: "¡Vamos todos a La Luna!
Y entonces yo le dije a mi hija que tuviera cuidado porque en el mundo real las historias de los Pepes que intentan abrir bares, o las historias de los Monchos que quieren hacer viajes a la Luna y nadie los entiende, son casi siempre proyectos que no suelen tener final feliz como en los cuentos infantiles.
Probablemente recuerdan esta imagen de la cancillera Angela Merkel haciéndose un selfie con un refugiado.
Desde el principio no hubo consenso entre la población alemana ante tal avalancha de refugiados procedentes de Oriente Medio, camino de Europa.
Desde un principio había gente que la apoyó y otras personas que no.
Las personas que no la apoyan actualmente, cada vez son más, cada vez hay más detractores, y esto le va a pasar factura a Angela Merkel, obviamente.
El primer grupo es de Siria, seguido por el grupo que vino de Irak, y el grupo que vino de Afganistán.
"Estamos dejando entrar a terroristas".
"Estamos perdiendo la identidad".
En el discurso oficioso y en el discurso oficial se destaca como algo clave para la integración de los refugiados el aprendizaje del alemán.
Investigo diferentes aspectos de la lengua en entornos multilingües desde hace varios años, y para mí la lengua no es un producto final que se pueda llegar a dominar.
La utilización de la lengua y la identidad no es algo estático, es algo que va cambiando.
La identidad es algo que se crea o se forja en función de los valores y las creencias que te da tu familia, te dan tus amigos y también va en función de lo que tú realmente quieres ser, y lo que tú quieres realmente ser va en función de tu motivación, del sentimiento de pertenencia que tienes con otros grupos con los que te sientes afín o identificado y también en función de las interacciones con grupos que son totalmente diferentes a ti.
En los centros de refugiados en Alemania se ofrecen clases de alemán gratuitas, y uno podría pensar, es natural pensar, que estas personas deberían estar contentas de poder recibir estos cursos de alemán y también que deberían estar agradecidas.
Pero es realmente significativa la ausencia de las chicas adolescentes en estos grupos de alemán, en estas actividades.
Si Uds. se ponen en su piel, ¿tendrían ganas de hacer clases de alemán o de cualquier otra cosa?
Para más inri, las familias de estas chicas, los padres, los hermanos u otros familiares, les impiden que participen en estas actividades porque piensan que, a lo mejor, les van a dañar aún más.
Y la pregunta es: ¿Qué hacer para que estas chicas empiecen a participar en esta nueva sociedad y que se puedan integrar?
Peter y yo, por tener hijas quinceañeras.
Y Sandra y Lina, por trabajar también con este grupo, la adolescencia.
Nosotros pensamos: ¿y si hacemos un proyecto donde no solamente sea atractivo para las chicas refugiadas, sino también atractivo para las chicas alemanas?
Los objetivos de este proyecto eran: desarrollar... bueno, primero crear estos espacios de interacción para poder con ello desarrollar las competencias comunicativas.
De todas maneras, para ellas esto no es lo determinante para aprender alemán, para tener sueños, para estar motivadas, para querer realmente participar en esta nueva sociedad.
Para ellas, lo realmente significativo, son los encuentros que formamos, que organizamos en HalloFoto!, en nuestro proyecto.
Esto, por ejemplo, es la imagen de uno de los encuentros.
En otro de los encuentros nos fuimos a un centro de aventuras donde había tirolinas, había juegos de equilibrios, túneles.
De forma conjunta se iban ayudando, y no era cuestión de quién tenía más miedo o menos miedo, qué grupo era el que tenía más miedo o menos, era simplemente cada una en su expresión.
Y es en esa construcción de significado lo que genera una sensación de mestizaje, una sensación de crear vínculos, unos desarrollos interculturales que van más allá de las etiquetas.
Y si nosotros activamos esa expresión de forma conjunta, primero, se desarrolla un espacio para generar cosas, primeramente impensables, que son mestizajes de expresiones donde ya se puede empezar a ver cómo se está forjando una competencia intercultural.
Para eso se hicieron estos talleres de fotografía, para generar esta creatividad.
Las fotos nos parecieron tan preciosas que pensamos que deberíamos hacer una exposición.
Nuestro deseo era tener una plataforma, una plataforma que fuera una declaración política en contra del sexismo y en contra de la xenofobia.
Y a principios de julio, del pasado julio, se presentó el tranvía con las fotos de las chicas.
Así mismo, fueron muchas las personas que nos preguntaron si podían replicar el proyecto, si ellos podían hacer su especial HalloFoto!.
Y por esta razón pensamos: lo vamos a licenciar, para que todo el mundo lo pueda utilizar.
Por eso el proyecto está en Creative Commons, y desde este escenario, desde TEDxValladolid, les invito a todos los que quieran participar y poner en marcha su propio proyecto, que lo hagan.
(Aplausos) Y no es lo que nosotros hemos enseñado, las cuatro personas del equipo, sino lo que nos han enseñado las chicas.
Segundo, que crean puentes.
Que han generado también unas identidades transformadas, poderosas e interculturales, y estas identidades interculturales no se basan en el consenso, pero sí en el respeto mutuo, en ese respeto mutuo de empatizar con la otra, de ponerse en la piel de la otra, para así tener ese sentimiento de pertenencia.
Y ese sentimiento de pertenencia es el que he estado sintiendo ante Uds. mientras les estaba contando todo esto, y por esto les estoy muy agradecida.
(Aplausos)
Hospital, o ¿cómo funciona nuestra mente?
mientras caminaba por los pasillos y los pisos, miraba las imágenes y las historias.
Nadie pensó que esto fuese extraño, ni me habló cuando me vió llorar.
Nadie sabía que mi razón para entrar en este sitio fuese encontrar un lugar donde llorar, donde nadie me preguntara el porqué.
Comencé a experimentar ataques de pánico, a menudo se originaban imágenes lugares y noticias, que me recordaban el asalto.
Me sentía culpable y avergonzada, Me sentía vacía y sola.
No lo cuentes, ¡van a pensar que estás loca!
¿Pero por qué te pusiste en esta situación?
Esto.
Cuando tuve ataques de pánico, tenía amigos que estaban a solamente un mensaje o llamada de distancia.
El apoyo, la aceptación, y tener alguien cerca, me permitieron buscar esa ayuda.
Con el tiempo, recibí la ayuda que necesitaba y pude recuperarme del trastorno de estrés postraumático.
Sí, es importante arriesgarnos hablar en alto para quien ha vivido o está viviendo el trauma.
Pero, si mi amiga no se hubiese arriesgado a preguntarme que tal estaba, a lo mejor, yo, no habría hablado nunca.
Cada uno de nosotros tenemos que arriesgarnos y tender la mano, y preguntar, ¿Cómo estás hoy?
¿Estará en el oído?
Me han puesto tantos cables para hablar con ustedes.
(Aplausos) Sí, los tengo.
Cuando alguien se acerca y me dice: "quiero danzar".
¿Con qué?
¡Ay!
¿Y qué es el tiempo?
El tiempo está en el hacer y en dar.
Estrellas que iluminan, iluminan esta tarde.
¿Se puede dar esto?
¡Claro que sí!
Porque está dentro tuyo.
Es un círculo.
Qué maravilla.
No tiene puertas.
Me han traído.
Me han traído acá para que me acerque a ustedes.
Y decirles que se puede.
No tengan miedo.
Si no puedo hacer esto, puedo hacer otro.
Yo soy el otro.
¿Qué es lo que tenés?
La vida.
¿Qué es la vida?
Es lo que no sé.
Es lo que quiero buscar.
Y únicamente el movimiento me va a ayudar.
Por eso les pido, si la palabra es movimiento y en mi cuerpo existe el ritmo que no escucho, ¿saben?
Y me gusta danzar, ¿saben?
Cuando abro los ojos a la mañana y digo: "¡Qué hermoso el día que me está esperando!".
Gracias.
(Aplausos)
Hoy no tendría dónde ir a dormir.
Si tuviera un traductor en el teléfono, sin perder ninguna información, podría leer esto.
Y se quedaría tranquila, y tal vez se iría al Centro de Acceso a Justicia donde le dirían que tiene tiempo y que la van a ayudar.
Pero no hay traductor del lenguaje abogadil a un lenguaje que entendamos todos.
Google dice que es demasiado caro para los pocos que somos la comunidad de los que hacemos derecho.
El primero es "puse un abogado".
El segundo es más oscuro.
El segundo le dice "Ud.
El lenguaje le pertenece a los abogados y a las abogadas, a los jueces y a las juezas, pero no a Ud.
Como ella se va a tener que arreglar de alguna forma, todos sabemos que muchas veces en la Argentina, "alguna forma" es por afuera de la ley.
Después de todo, la ley en democracia, es nuestra.
Solo el 10 % va a hacer la denuncia.
Una mitad, porque el hecho ocurre en el seno mismo de la familia o con alguien conocido y eso lo hace mucho más difícil de vivir y de contar.
Y tienen razón, porque no les creemos.
Hoy quiero contarles por qué pienso yo que no les creemos.
"Joven violada en las vías del Ferrocarril Mitre.
La joven contó que un sujeto la asaltó por la espalda, le dijo que no gritara, que tenía un arma, que se quedara quieta.
Cuando escuchamos o leemos una noticia así, inmediatamente se nos representa una imagen: el violador, un depravado de clase baja; la víctima, una mujer joven, atractiva.
La imagen no dura más de 10 o 20 segundos y es oscura, es plana; no hay movimientos, no hay sonidos, es como si no hubiera personas.
El siguiente es el testimonio de una mujer a la que vamos a llamar Ana.
Dice Ana: "Habíamos ido con las chicas de la oficina al mismo pub que vamos siempre.
Entonces, el flaco me preguntó dónde vivía y me dijo que si me parecía bien, él me acercaba.
Acepté y nos fuimos.
A mí no me gusta que un tipo avance así, pero había sido amoroso toda la noche.
', pero algo feo sentí.
Ahora pienso, ¿por qué no presté atención a lo que sentí?
Pensé que podía tener un arma en la guantera.
Le dije: '¡No!
Cuando me solté traté de abrir la puerta, pero estaba trabada.
Igual, si salía del auto, ¿a dónde iba?
Trataba de calmarlo, le decía cosas lindas de él.
¿Qué les pasó escuchando esta historia?
Seguramente, les aparecieron varias preguntas.
Por ejemplo, ¿por qué no bajó la ventanilla y pidió auxilio?
¿Cómo pudo pedirle que la lleve a la casa?
Ahora, cuando no estamos frente a una noticia en los medios, frente a una historia que alguien como yo les cuenta desde un escenario como este; cuando estamos frente a alguien que conocemos y que nos eligió para confiarnos su historia, lo que le pasó, vamos a tener que escucharla.
Entonces para defendernos de esa incomodidad, tenemos un recurso.
Le subimos el volumen a todas esas cosas de la historia que esperábamos escuchar: el revólver en la guantera, las puertas trabadas, el aislamiento del lugar.
¿Para qué sirve hacer esto?
Yo llamo a esto victimización de las víctimas.
Victimización porque para poder creer que es inocente y que es una víctima, necesitamos pensarlas inermes, paralizadas, mudas.
Sirve para que podamos agarrarnos de las dudas, y sentirnos más cómodos con las dudas.
¿Viste cómo se viste ella y las amigas, las minis, los escotes?
¿Qué esperás?
La sentencia se vería corroborada por el hecho de que ella después no cuenta que haya peleado para evitar la violación.
Tanto los argumentos que nos sirven para culpabilizar como para victimizar, los tenemos todos, todos en la cabeza, muy a mano, incluidos víctimas y victimarios.
Ana, al igual que la mayoría de nosotros, también creía que una violación se parece más a un robo a mano armada, un trámite violento que dura 4 o 5 minutos, y no al chamuyo de un joven agradable que dura toda una noche y que termina en un secuestro.
Cuando sintió miedo a que la maten, sintió miedo a que le dejen marcas, y tuvo que entregar su cuerpo para evitarlo, ahí supo que la violación era otra cosa.
Podría haber hablado con una amiga, con una hermana, muy difícilmente con la pareja: el menor atisbo de duda en su rostro o en su voz hubiera sido devastador para ella, y probablemente el final de la relación.
Ana se mantiene en silencio porque íntimamente sabe que nadie, ni todos nosotros, ni su familia, ni los terapeutas, mucho menos la policía o los magistrados, estamos dispuestos a escuchar lo que Ana sí hizo en ese momento.
Cuando vio que su no era inútil, le habló bien, trató de no exacerbar su violencia, de no darle ideas.
Yo les puedo asegurar que en la mayoría de los casos judiciales, no hay marcas que alcancen.
Yo escuché a muchas mujeres.
Se someten a la penetración, porque aunque no puedan creerlo, la penetración es lo que más lejos las mantiene de una escena sexual o afectiva.
Se someten a la penetración, porque la penetración duele menos que los besos, las caricias, las palabras suaves.
Las mujeres van a seguir sin poder hablar, y vamos a seguir siendo todos responsables de ese silencio y de su soledad.
(Aplausos)
(Risas) El 33,51 % de las chicas (Risas) en ese momento simulan una llamada telefónica urgente y se van.
(Risas) El 64,69 % de las chicas intentan desesperadamente cambiar de tema y se van.
Cuando esa conversación sigue, invariablemente en algún momento aparece una de estas 2 frases: A) "Yo es que era fatal con las matemáticas, pero no era culpa mía, es que el profesor era horroroso".
Los del ataque son matemáticos que te dicen que esa pregunta no tiene sentido, porque las matemáticas tienen un sentido propio en sí mismas, son un edificio bellísimo que tiene una lógica propia que se construye y que no hace falta que uno esté siempre mirando las posibles aplicaciones.
¿Para qué sirve el amor?
Si no sabes matemática se te cae el puente.
Es de los de la defensiva.
¿Los que dicen que las matemáticas no tienen por qué servir para nada, o los que dicen que realmente está detrás de todo?
Pero os he dicho que yo era de ese 0,8 % raro que dice otra cosa, ¿verdad?
Bueno, querido 76,31%, las matemáticas es verdad que no tienen por qué servir para nada, es verdad que son un edificio precioso, un edificio lógico, probablemente uno de los mayores esfuerzos colectivos que el ser humano ha hecho a lo largo de la historia.
A casi todo el mundo que no lo ha oído antes le sorprende que si uno cogiera una hoja de papel de 0,1 mm de grosor, esas que utilizamos normalmente, lo suficientemente grande, y la pudiera doblar 50 veces, el grosor de ese montón ocuparía la distancia de la Tierra al Sol.
Echa las cuentas y verás que sí.
Para eso sirven las matemáticas.
Y hay otras que la miramos desde lejos, con envidia a veces, pero sabiendo que somos su soporte.
Y ese rigor les viene porque sus resultados son eternos.
Seguramente han dicho, o os han dicho alguna vez, que un diamante es para siempre, ¿verdad?
(Risas) El teorema de Pitágoras, eso es verdad aunque se haya muerto Pitágoras, te lo digo yo.
(Risas) Aunque se hunda el mundo el teorema de Pitágoras seguiría siendo verdad.
Allá donde se junten un par de catetos y una buena hipotenusa (Risas) el teorema de Pitágoras funciona a tope, a tope.
(Aplausos) Bueno, los matemáticos nos dedicamos a hacer teoremas.
Hace falta una demostración.
Podría usar cuadrados, ¿verdad?
Círculos no, que dejan huequitos.
¿Cuál es la mejor pieza que puedo usar?
El mundo, como sabéis, se dividió entre pappistas y anti-pappistas, hasta que 1700 años después, 1700 años después, en 1999 Thomas Hales demostró que Pappus y las abejas llevaban razón, que lo mejor es usar hexágonos.
(Risas) ¿Cuál es la mejor pieza que puedo usar?
Lord Kelvin, el de los grados Kelvin y todo eso, ese dijo que lo mejor era usar un octaedro truncado (Risas) que como todos sabéis (Risas) ¡Es esto de aquí!
¿Quién no tiene un octaedro truncado en casa?
Weaire y Phelan, Weaire y Phelan encontraron esta cosita de aquí, (Risas) esta estructura a la que pusieron el imaginativo nombre de estructura de Weaire y Phelan.
Cómo le pasa a la estructura de Weaire y Phelan, es la mejor hasta que salga otra mejor.
Pero cuidado, porque esta sí que tiene la oportunidad, de que aunque pasen ciento y pico años, aunque sea dentro de 1700 años, alguien demuestra que esta es la mejor pieza posible.
Y entonces será un teorema, una verdad para siempre, siempre jamás.
Así que, bueno, si queréis decirle a alguien que le queréis para siempre (Risas) le podéis regalar un diamante, pero si le queréis decir que le queréis para siempre, siempre, ¡regaladle un teorema!
(Aplausos) Gracias.
No soy bueno en las relaciones sociales.
Imaginaos lo difícil que es para mí ponerme en este punto rojo delante de tanta gente.
El cine ha sido mi mayor pasión en los últimos 5 o 6 años.
Y, ¿por qué el cine?
Ya he dicho que no soy bueno interactuando con la gente, pero soy muy bueno observando.
Pero por eso creo que me gusta tanto el cine.
Y yo creo que por eso me gusta tanto el cine.
En todo este tiempo, he visto miles de esas visiones y creo que tengo una idea mucho más global del mundo que si nunca hubiera observado, o visto películas.
¿Y qué tipo de cine me gusta?
Lo admito, no es que sea el cine más típico de la gente de mi edad.
Es un cine de autor, cine independiente, de bajo presupuesto, de denuncia social, lejos de los arquetipos del cine de los EE.UU., Cine de países tan raros cinematográficamente como Turquía, Palestina o Filipinas.
Yo, siendo un introvertido, llevaba mi afición al cine como algo mío, algo personal.
Todo esto cambió un día en el que, irónicamente, salgo del cine y recibo un mensaje privado de Twitter: "Hola, buscamos un chico o chica en Valladolid que nos cubra esta edición de la Seminci.
¿Y qué iba a decir yo a 7 días del mejor cine de autor de Europa y encima gratis?
Pues: "Por supuesto.
Siempre se me olvidaban cosas en la crónica.
Pero al final, con la práctica, casi me sale fluido.
Eso fue el año pasado.
Os aseguro que este año aprendí muchísimo más porque vi más películas, prácticamente 20 en 7 días, fui a muchísimas más ruedas de prensa y tuve un encuentro con Imanol Arias.
Y os aseguro que eso quedará siempre, aunque no estudiara, aunque no comiera prácticamente aunque no durmiera, aprendí y se va a quedar para mí para siempre.
Pues...
Con esta edad que tengo, no encontraría a nadie que me pagara por hacer esto.
Si te pagan, estupendo.
¿No?
Escribes genial.
(Aplausos) Y aquí me veis, un chico callado, tímido, introvertido, que con 15 años y sin ninguna fe en sí mismo, consiguió hacer el mismo trabajo que unos periodistas con su trabajo, su titulación, su sueldo y sus mejores capacidades de expresión en público.
La forma que he encontrado de abrirme no la cambiaría por nada.
Yo soy yo cuando escribo, soy yo.
Sin ningún tapujo, sin ninguna barrera.
(Aplausos)
