¿Uds. alguna vez se imaginaron cómo llamar o nombrar a alguien que no tiene nombre ni apellido?
¡Che!
Ese vocablo que nos identifica tanto a los argentinos, "che".
Estoy pensando en ese alguien que perdió su nombre y su apellido, que desapareció su nombre y su apellido, su identidad.
En el mundo, ahora en este momento, miles de personas desaparecen.
Algunos son desaparecidos que están vivos, producto de tráfico de niños, robo de bebés, tráfico de personas, adopciones ilegales.
Otros son desaparecidos que han muerto: secuestros, guerras, narcoviolencia, ataques terroristas, accidentes naturales y otros no tan naturales.
Está escrita en nuestros genes nuestra identidad.
Nuestro genoma, el genoma humano, está constituido por cuatro letras que se repiten 3000 millones de veces.
¡Increíble!
Pero somos casi iguales.
Para ser exacto, nuestro genoma es 99,9 % idéntico entre nosotros.
Solo el 0,1 % de nuestro genoma permite distinguirnos o identificarnos.
Se pueden escribir algunos libros con tres millones de letras.
Usando la genética, comparando.
Identificar necesariamente es comparar.
En los 80, yo venía trabajando en el Hospital de Clínicas, en la genética de los trasplantes, buscando la máxima compatibilidad genética entre donantes y receptores de órganos para evitar el rechazo del injerto.
Y Uds. se preguntarán, ¿y eso qué tiene que ver con la identidad?
Tiene que ver y mucho.
Por eso buscábamos esas compatibilidades, para evitar esos rechazos.
Pero también esos genes nos permitían, justamente porque lo hacíamos entre familiares emparentados, analizar y establecer vínculos de parentesco.
Ese era un escollo.
Pero una década después llegó una revolución a los laboratorios: ahora podíamos comparar moléculas.
Una década después, precisamente en el año 2003, pasó algo que a mí me cambió la vida, en gran parte en lo profesional y también en la motivación.
Llegó a Córdoba un grupo de mujeres y hombres, antropólogos y antropólogas, del Equipo Argentino de Antropología Forense que venían caminando por Argentina, exhumando fosas, buscando causas de muerte, analizando esos huesos, tratando de identificarlos y restituirlos a las familias.
¿Qué hicimos?
Lo que hacemos muchos argentinos cuando nos juntamos: nos comimos un asado y había vino también.
Me contaron historias de todos los países, pero ahí, en esa reunión, en ese asado con ese vino, nos dimos cuenta que estaban en un escollo, había un punto muerto, necesitaban incorporar una tecnología nueva a este proceso complejo de la identificación y era la genética.
Recuerdo que en ese momento nos planteamos, intentemos con el resto peor preservado de la fosa de San Vicente, con el resto más degradado, más deteriorado.
Y surgió la primera identificación de un resto óseo de la dictadura en la Argentina, en la fosa de San Vicente en Córdoba.
Montamos un laboratorio de genética donde hay chicos jóvenes que están trabajando, yo lo sé, muchísimo.
Salimos también a caminar el camino que venían caminando ellos: Uruguay, Paraguay, Bolivia, donde también hubieron dictaduras y desaparecieron nombres e identidades.
Y más al norte, en Centroamérica, El Salvador, la guerra de los 80, y aún más al norte, en el México actual, donde desaparecen miles de migrantes todos los años de muchos países, que atravesando México, quieren lograr llegar al sueño del país del norte.
Y en Asia.
Todo nos fue bien.
En esas series, los investigadores, en horas, días, resuelven unos casos dificilísimos.
Eso no es verdad, eso es ficción.
Nosotros le llamamos a eso "efecto CSI" porque generan una imagen distorsionada del complejo proceso de identificación.
Lo más preocupante es que no lo hacen solamente sobre la gente popularmente, sino que algunas autoridades de los gobiernos también creen que es tan fácil.
Encima ellos son todos modelos.
(Risas) (Silbido en el público) (Risas) (Aplausos) Estoy recordando hace unos cuatro o cinco años atrás, me tocó participar en una convocación que habíamos hecho en México a familiares.
Era una convocatoria a una cantidad de familias que venían a donar sus muestras de sangre para hacer un banco de sangre y comparar los datos con la cantidad de fosas que se iban descubriendo.
Era un ambiente muy solemne.
Los familiares estaban serios, venían a donar sus muestras de sangre.
En un momento, terminé de tomarle muestra a una madre.
Se paró.
Yo le iba a extender la mano para dársela.
La miré, era pequeñita, bien nativa, vestida con su traje típico.
Le extendí la mano y ella me la tomó con las dos y la trajo acá así y me dijo: "Doctorcito, por favor, encuéntremelo".
(Suspiro) Ese pedido es un mandato.
Por ese pedido-mandato es que vale la pena insistir e insistir en esos casos complejos que no podemos resolver.
Obsesivamente insistir para tratar de producir una nueva identidad, para poder reescribir de nuevo un nombre, devolverlo a una familia, terminar con los años de espera, de incertidumbre, de angustia y para que esa madre pequeñita se pueda encontrar de nuevo con su hijo, aun estando ya su hijo muerto.
(Aplausos) (Ovación)
Cuando tenía cinco años y empezaba a leer, mi querido abuelo Carlos Felipe me regaló un libro de aventuras.
"Los cazadores de microbios", de Paul de Kruif.
Y, como viajero frecuente al pasado, quería contarles algo de las pandemias que azotaron a la humanidad.
Podríamos hablar del feroz cólera de la segunda mitad del siglo XIX, o de la viruela que tanto costó dominar.
En el siglo XIV, la peste negra, provocada por un piojo que se movía en las ratas.
Empezó en Asia y de allí pasó a Venecia, el puerto más cosmopolita de su tiempo.
Así se metió en Europa.
La mortandad fue de entre 25 y 50 millones.
De cada cuatro europeos a uno se lo llevó la peste.
Más cerca en el tiempo, en el siglo XX, el siglo de las gripes, tuvimos en 1918 la gripe española.
Gripe española que comenzó en EE.UU. con soldados norteamericanos preparándose para ir al final de la Primera Guerra Mundial y que contagiaron a las poblaciones de los puertos de Francia donde se embarcaban.
El gobierno y la prensa de España decidieron enfrentar el mal poniendo en la superficie las estadísticas.
En aquella oportunidad uno de cada cinco infectados murió.
Miren, en la Primera Guerra Mundial, murieron entre 10 y 30 millones de personas.
La gripe universal mató a 50 millones.
No estábamos preparados.
Para colmo, en muchos de los casos no se sabía de dónde venía el contagio.
Por lo tanto, las respuestas y las reacciones no eran efectivas para contrarrestar el mal.
¿Qué aprendimos de todas aquellas fatalidades?
Se los explico.
En el siglo XX, en vez de mostrar las verdaderas causales de aquella gripe se distorsionó la realidad y el bicho estuvo fuera de control.
De esa manera se desparramó por los cinco continentes.
Por lo tanto, podemos haber aprendido de una vez que debemos manejarnos con la verdad.
Porque luego de la peste negra surgió el Renacimiento.
Porque luego de la gripe universal llegó la década de 1920, la más fructífera y vanguardista de todos los tiempos.
Sí, al final del túnel, nos espera el sol.
Soy un megafan, a ver si adivináis ¿de qué equipo?
(Risas) Por supuesto soy megafan del Real Madrid.
También soy portero en el equipo de fútbol sala de Villanubla.
A la hora de jugar, a los niños nos vuelve locos la Wii, la PSP, la Nintendo.
Siempre intentamos ganarnos unas partidas extras, acabando antes los deberes, ordenando nuestra habitación, lo que sea por pasar al siguiente nivel o superar nuestra puntuación anterior.
No, no.
Un niño de mi edad puede hacerlo.
Mientras las nuevas tecnologías están por todas partes y los mayores las utilizáis para cosas de mayores, a ver... -- ordenadores a bordo de los coches (aunque mis padres a veces se siguen perdiendo), móviles, consultar el correo, mandar mensajes, comprar, navegar por Internet -- los niños las utilizamos para jugar, que para eso somos niños y es lo que más nos gusta.
(Risas) Esta curiosidad que tenemos los niños me ayudó a ser creador de mis propios juegos y me di cuenta de que podía aprender jugando y jugar aprendiendo.
Podía experimentar, crear, compartir, entender y razonar cómo están hechas las cosas para luego utilizarlo con lo que estábamos estudiando.
Y resulta que todo eso que yo estaba aprendiendo es lo que los mayores llaman "informática creativa".
Una vez me dijeron que programar es como una obra de teatro: tenemos nuestro escenario donde están nuestros actores que actuarán entre sí según les digamos, podemos disfrazarlos para conseguir animaciones o añadir imágenes, sonidos, etc. Pensaréis: tiene muy buena pinta, pero un niño solo, en su habitación, programando, no es muy social que digamos.
Y es que, actualmente, en esta comunidad hay más de 10 000 programas compartidos, y a ella pertenecemos niños, no tan niños, y profesores de colegios, institutos y universidades.
Cada vez me iba apasionando más.
Hice nuevos amigos con los que compartía creaciones, y fui pensando que, si se lo enseñaba a los niños del cole, ellos también podrían disfrutar como yo lo hacía.
Además, programar también me ayudaba para aprender de una forma más divertida lo que estábamos dando en el cole.
Así que lo tuve claro.
El año pasado, cuando estábamos dando los huesos del cuerpo humano en clase, se me ocurrió hacer un juego de preguntas y respuestas, que es este: (Vídeo) Os voy a enseñar este juego que hice sobre los huesos del cuerpo humano para mi colegio, cuando lo estábamos dando el año pasado, en el que el cuerpo humano te pregunta dónde están sus huesos.
Tú tienes que responder con el número correcto, si es el 10, el 11, el 1, el 2, el 3... pues respondes con el 10 que es el correcto y te dice: "biennnn" pero si respondes mal te dice: "ua, ua, ua".
Y así fue.
Les gustó tanto a niños y a profesores que este año hemos fundado el club de programación "El páramo de Villanubla", donde ya somos 26 niños los que disfrutamos y programamos programas individualmente o en equipo.
Ahora estoy preparando este juego sobre el espacio: (Vídeo) Os voy a enseñar este juego que he hecho sobre los planetas del sistema solar con el sensor de vídeo, en el que tú tienes que dar con la cabeza a los planetas para que no caigan al mar.
Van cayendo los planetas y tú apuntas hacia la cámara, te mueves y les vas dando.
Pues lo he hecho yo y eso me mola más.
Además se lo voy a pasar a los niños de 5 años de mi cole que están haciendo un programa sobre los planetas del sistema solar y seguro que con él se los aprenden todos y eso me hace sentir más feliz porque sé que mis juegos sirven para más cosas que para divertirme a mí solo.
Pero no es la primera vez que hago algo para los peques de mi colegio.
Como mis padres veían que me gustaba tanto y me iba tan bien con los estudios, cuando cumplí los 7 años me regalaron una cosa que cuando la vi dije: ¿qué es esto?
Y me dijeron: "Con esos cables vas a poder hacer magia".
Y tenían razón y os lo voy a demostrar hoy.
Se trataba de una placa llamada Makey Makey que al conectarla con un cable al ordenador podías ir pinchando más cables a cosas tan originales como gominolas, plastilina, frutas, grafito de lápiz, agua o, tan solo tocándolos, hacer que funcionaran programas y juegos de forma mágica.
Se lo dije a Marga, la profesora de niños de 4 años de mi cole y me pidió si podíamos hacer un proyecto especial sobre la música y los instrumentos de una orquesta.
Así que se lo dije a Juanje, un amigo mío, y entre los dos nos pusimos manos a la obra.
Nos pareció un proyecto muy interesante, pero era un reto muy difícil porque teníamos que hacer que niños muy pequeños nos escucharan a nosotros, otros niños.
Cuando lo tuvimos todo preparado juntamos a todos los peques del ciclo de infantil y les enseñamos cómo sus instrumentos sonaban de verdad.
Los pequeños se portaron genial.
Pues os lo voy a demostrar a continuación.
Hoy he traído aquí algunos de esos instrumentos, que, por cierto, doy gracias a mi colegio por dejármelos para enseñaros un poco de esa magia, y lo que cualquier niño podría hacer con un poco de imaginación, unos cables y un ordenador.
(Risas) A ver si os suena esta canción.
(Música) (Aplausos) Y ahora os voy a enseñar cómo el agua puede hacer más sonidos que el que hace cuando sale del grifo.
A ver, vosotros cuatro de ahí que estáis muy cerca.
A ver a qué instrumento suenas (Ruido) ¡Anda, tú suenas a un ruido!
Y tú, a ver a qué instrumento suenas.
(Risas) (Aplausos) Espero que os haya gustado todo lo que os he contado.
¿Veis como no os engañaba?
Pero no os quedéis ahí, enseñádselo al mundo, mandadlo a la web para que cada vez seamos más los que disfrutemos, no solo jugando, sino también sabiendo que nosotros, los niños, también podemos decidir cómo queremos que estén hechas las cosas.
Y a vosotros, los padres, os pido, por favor, que montéis talleres de programación en los colegios para que ningún niño se quede sin aprender todo esto.
Es importante para vuestros hijos.
(Aplausos) Y no olvidéis nunca y creed siempre que no hay nada imposible, todo depende de nuestro esfuerzo y ganas de superarnos, y aunque seamos muy pequeños también tenemos muchas cosas que enseñar a los demás.
Muchas gracias por vuestra atención.
(Aplausos)
Sin identidad no podemos ser en sociedad.
Lo primero que pierden las personas con discapacidad cuando nacen, es su identidad.
Son etiquetadas, renombradas, por un diagnóstico que no habla de la persona.
Pero nombrar es un acto de resistencia.
Y así el cuerpo se vuelve signo.
Y nuestros niños y nuestros jóvenes pueden ser reconocidos.
Entonces, la pregunta correcta es ¿quién es?
La escuela tiene el poder de nombrar.
La escuela devuelve identidad.
Entonces, si soñamos con una sociedad inclusiva, la clave está en la escuela.
Tengo una hija que tiene 13 años, pero en el 2012, cuando fue el colapso financiero, que se cayeron todas las bolsas del mundo y todo eso, tenía cinco menos que ahora, tendría ocho, nueve años.
Y estábamos viendo el noticiero, estábamos almorzando y viendo el noticiero y apareció un tipo de corbata pelado, un periodista que siempre daba malas noticias, fue el que vaticinó el tsunami y que se cayó un avión, y ese día dijo: "Último momento, se desplomó la bolsa en todo el mundo".
Y mi hija me miró así y yo me puse pálido.
Y siguió el tipo, dice: "Se disparó el valor nominal del bono por no poder sostener las obligaciones de deuda".
Y mi hija me miraba.
(Risas) "La banca de inversión colapsó" dijo, "se están suicidando los accionistas".
Y mi hija abrió los ojos grandes y yo también.
Obviamente me asusté porque estaba pasando algo grave.
Y entonces Nina, mi hija, que siempre me preguntaba qué es el tsunami, qué es el avión que se cayó y era fácil de explicar lo del tsunami: es el epicentro de una cosa en el mar que después se mueren los filipinos, es simple.
(Risas) Me preguntó: "¿Qué es esto que pasó ahora, papá, es grave?"
Un terremoto se explica fácil, pero ¿cómo le explican a un nene el colapso del sistema financiero?
No se lo podés explicar porque es intangible, más que nada.
Pero como soy "cabeza dura" y en ratos libres soy escritor también, me propuse hacerlo, así que escribí un cuento infantil.
Una tarde, Pepe salió a caminar y le agarró sed.
Cuando volvió a su casa, abrió una botella de vino y, mientras tomaba el vino, descubrió una cosa que nadie había descubierto nunca: no había bares en el pueblo.
Y se puso contento con la idea de abrir un bar.
Y ya se sabe que cuando una idea trasnochada tiene un nombre, ya empieza a caminar esa idea.
Pepe se dio cuenta de que había que comprar mesas, sillas, copas, pintura, un palenque para que los clientes del bar pusieran sus caballos y pudieran entrar a tomar.
Y sacó las cuentas y todo eso le iba a costar unas 10 000 monedas.
Por supuesto, Pepe no tenía 10 000 monedas porque era pobre, pero durante la noche se le ocurrió una manera de conseguir esas 10 000 monedas.
Pepe recortó 1000 papelitos y escribió en cada papelito la frase: "Próximamente, Bar de Pepe"; 1000 veces escribió eso.
Y el domingo, después de misa, se fue a la plaza del pueblo vestido con su mejor traje y le dijo a todos los vecinos en la plaza: "Queridos vecinos, voy a abrir un bar en las afueras del pueblo".
Todo el mundo lo miró.
"¡Qué buena idea!"
Pepe se sintió muy bien con la atención de todos y entonces mostró, en abanico, los 1000 papelitos recortados y dijo: --"esto es importante, Nina" le dije yo-- Dijo Pepe: "Cada uno de estos 1000 papelitos cuesta 10 monedas".
"El que me compre un papelito va a tener que guardarlo porque dentro de un mes, cuando yo abra mi bar, voy a pagar 12 monedas por cada papelito que Uds. me devuelvan".
Entonces hubo susurros en toda la plaza y Moncho, que era el tonto del pueblo, preguntó: "¡Pará, Pepe!
Pero ¿no cuesta 10 monedas cada papelito?
Voy a compensar con dos monedas más a los que me ayuden a cumplir mi sueño, que es abrir un bar".
Entonces el alcalde, que estaba por ahí, se acercó y dijo: "¡Tiene sentido!
Tiene mucho sentido.
Y el cura Ricardo, sacando algunas monedas de abajo de su sotana, dijo: "¡Es una idea muy cristiana!
Y todos empezaron a comprar papelitos de Pepe.
De esa manera tan simple, y en una sola mañana, Pepe consiguió la plata para abrir su bar.
"Yo le compré dos" dijo Sabino que era pobre, pero optimista.
"Yo le compré 36" gritaba Quique que era codicioso y altanero.
Pepe se fue a su casa con 10 000 monedas en la mochila y se durmió pensando en su sueño: abrir un bar.
Al día siguiente era lunes y Pepe viajó a la ciudad y compró madera para construir un mostrador y compró pintura, volvió a su casa y se puso a trabajar.
Siempre hay que "testear" las metáforas con los chicos, sobre todo cuando son ideas complejas, y ella me dijo: "Papá, esto no tiene nada que ver con lo que dijo el señor pelado de la 'tele', pero está bueno, seguí".
Le conté lo que pasó en el pueblo durante la primera semana.
Ese lunes, la plaza estaba llena de gente, mucho más que en un lunes normal.
Se trepaban a la fuente para intercambiar papelitos por monedas.
El martes fue todavía peor y el miércoles ya no se podía caminar por la plaza del "quilombo" que había.
Este pequeño local se inauguró el jueves y fue bautizado con el nombre de "el salón de los papelitos".
Y así fue que el viernes, todos los que tenían un proyecto ya habían conseguido las monedas necesarias para llevarlo a cabo y se habían puesto a trabajar.
Lo único que tenían estos vecinos eran papelitos de otra gente.
dijo.
Hace unos días, cambié mis últimas 10 monedas por un papelito de Pepe y ahora necesito fumar".
Las quejas fueron cada vez mayores hasta que Sabino, que era astuto, levantó su papelito y dijo: "A ver, muchachos, dentro de tres semanas, Pepe le va a pagar 12 monedas al que le devuelva este papelito que yo compré a 10.
¡Vendo mi papelito ahora mismo por ocho monedas!"
Y los otros lo miraron, dijeron "¡Oh!"
"Trato hecho" dijo Ernesto que era rico, pero quería ser todavía más rico y le sacó de las manos, por ocho monedas, el papelito.
Ramón y Luis también vendieron sus papelitos por menos de 10 monedas y, mientras uno corría a comprar cigarros y el otro se iba al cine, los demás vecinos vieron que aquella era una nueva forma de hacer negocios, aunque nunca en la vida se les hubiera ocurrido una idea de verdad.
Algunos se subieron a las sillas, otros a las mesas.
Empezaron a ofrecer lo que tenían e incluso el cura Ricardo llegó de la iglesia triste y dijo: "Amigos, el día que Moncho puso a la venta sus papelitos, yo, que soy cristiano, le compré unos cuantos porque es tonto.
Ahora Moncho los vende a 7 monedas y dice que va a devolver 20 monedas, pero es tonto y quiere hacer viajes a la Luna.
"Lo siento, Padre Ricardo" dijeron todos, "no podemos comprar.
Entonces el cura se fue del salón con los papelitos de Moncho, cabizbajo, y fue la primera vez en muchos años que nadie lo estaba ayudando a reparar la iglesia.
Y así pasó la primera semana.
Entonces la miré a Nina, que me dijo: "Ahora me parece que empieza a parecerse a lo que dijo el pelado de la tele".
En el mundo real el salón de los papelitos se llama 'la bolsa de valores', mientras que los papelitos pueden tener dos nombres.
Las 12 monedas que va a pagar Pepe cuando el bar funcione, o las 20 monedas que dice Moncho que va a pagar cuando haga viajes a la Luna, se llaman 'valor nominal del bono'".
(Risas) Abrió los ojos grandes porque entendía la chica, ochos años.
Entonces le conté lo que pasó la segunda semana en el pueblo.
Le conté que la casa de Pepe ya no parecía una casa, la casa de Pepe parecía otra cosa.
Las paredes estaban a medio pintar de azul marino y Pepe estaba contentísimo con los progresos de su bar.
Como todavía no había ido al pueblo, Pepe, él seguía sin saber que la vida de sus vecinos era un "quilombo" de papelitos que iban y venían cambiando de precio y de dueño.
Incluso el alcalde, después de hablarlo con su secretario, decidió sumarse a la nueva moda.
Necesito recaudar fondos para arreglar los destrozos de las farolas, para renovar la fuente y para comprarme un coche a motor.
Desde este momento, pongo a la venta 1000 papelitos oficiales".
"¿Cuántas monedas cuestan?"
Dijo el alcalde, "mis papelitos cuestan un caballo.
Los papelitos oficiales están a la venta desde ahora, corran que se acaban".
Los papelitos del alcalde se vendieron en tiempo récord.
Mientras tanto, el intercambio de papelitos siguió en aumento y ya no alcanzaban los lápices para anotar quién era dueño de qué.
Algunos papelitos eran muy deseados, por ejemplo, los de Pepe que trabajaba día y noche en la concreción de su bar, pero a otros papelitos no los quería nadie, por ejemplo, los de Moncho porque su artefacto para hacer viajes a la Luna, por el momento, solamente constaba de dos caballos y un carro.
Por ejemplo, había 10 papelitos del bar de Pepe arriba, 20 papelitos de la heladería de Horacio al medio y 70 papelitos del proyecto lunar de Moncho abajo, sin que nadie los viera.
Así que antes de comprar fajos de Ernesto busquen mi consejo.
(Risas) Desde entonces, los compradores de papelitos consultaron siempre a Quique antes de comprarle fajos a Ernesto.
Ernesto y Quique, que habían sido amigos durante muchos años, dejaron de hablarse para siempre.
A esa altura, Nina ya era casi una experta en todo este asunto.
Yo le expliqué que en el mundo real los papelitos oficiales del alcalde se llaman "títulos de deuda pública".
Los vecinos que tenían papelitos de Moncho o de Carmen estaban inquietos y ya no podían vendérselos a nadie.
dijo Quique.
"Los que todavía tengan papelitos de Moncho, no se preocupen.
", preguntó Sabino que tenía muchos papelitos de Moncho.
"El que tenga papelitos de Moncho me paga dos monedas cada noche de acá a fin de mes y si Moncho no consigue hacer viajes a la Luna, yo pago las 20 monedas prometidas por Moncho".
preguntaron todos.
", dijo Quique.
"¡Tremenda idea!
", dijo Sabino, "así vamos a sentir mucha más tranquilidad y podremos comprar más papelitos del tonto del pueblo".
"Por eso mi idea se llama 'tranquilidad de Quique'", dijo Quique.
Y los únicos caballos que quedaban en el pueblo eran los de Moncho.
Todos los demás se los había llevado el alcalde.
El secretario, que había sido mano derecha del alcalde y conocía la estafa desde el principio, decidió hacer algo para que nadie descubra la ausencia de su jefe.
"¿Qué significan estos números?
Es para ayudar, yo lo hago por Uds." Y así pasó la tercera semana.
En este punto, yo le expliqué a Nina que en el mundo real, la idea de Quique de ofrecer tranquilidad sobre los papelitos de Moncho se llama "seguros de impago de deuda" y la gran pizarra donde el secretario le pone una nota a cada proyecto, en el mundo real, se llama "agencias de calificación", que a veces se equivocan sin querer y a veces se equivocan queriendo.
El final de la historia dice así: Cuando llegó la cuarta semana y se cumplió el mes, Pepe se levantó muy temprano y caminó tranquilo hasta el pueblo.
De lejos, se vio la fachada de su bar con el cartel luminoso a todo trapo.
Ahora solamente faltaba que llegaran los vecinos a caballo, con las gargantas muertas de sed.
Pepe recorrió las cinco leguas hasta el pueblo poniendo carteles en todos los árboles del camino: "Bar La Luna, abierto todas las noches".
Cada cartel que ponía, se iba lejos y se quedaba orgulloso mirando el cartel.
Parecía que por ese pueblo hubiera pasado la guerra.
le preguntó Pepe a Horacio cuando lo vio.
Pepe" dijo Horacio llorando.
Todo el mundo enloqueció con los papelitos, con los míos, con los de Carmen, con los tuyos, con todos.
Después ya no hubo monedas.
Más tarde desaparecieron los caballos.
Los vendedores de fajos de Ernesto quebraron.
Los revendedores de tranquilidad de Quique no pudieron pagarle a nadie y se escaparon a la noche.
Estamos en la ruina, Pepe".
"¿Y tu proyecto de helado?"
preguntó Pepe.
"No hay caballos para ir a buscar hielo a la ciudad y el helado se derrite.
Está todo el mundo arrancándose los pelos solo.
¿Para qué quieren peluquera?"
Pepe se quedó en silencio, no podía creer lo que le estaban contando.
Entonces Horacio dijo: "¡Ay, por Dios!
Necesito algo fuerte".
Y Luis dijo: "Yo también, tengo la garganta seca".
Y Sabino preguntó: "Pepe, ¿abriste o no el bar que querías abrir?"
Y otros también se acercaron a preguntar por el bar.
preguntó Pepe, "¿a dónde va toda esta gente?"
Salidas: una moneda.
Regreso: gratis".
"¡Pero Moncho!"
Bebidas gratis la primera noche", y todo el pueblo subió y aplaudió.
Nina, incluso, aplaudió contenta el final de la historia.
Porque en el medio aparecen Quiques, aparecen alcaldes, aparecen Ernestos y secretarios y lo echan siempre todo a perder.
Pero cuando alguno de estos proyectos sí funciona, le dije a mi hija para terminar, cuando estos proyectos funcionan, cuando algo mágico pasa y funcionan, se llaman "sueños" y suelen ser maravillosos.
(Aplausos) Muchas gracias.
(Aplausos)
Esta imagen y otras semejantes levantaron ampollas en el parlamento alemán y en muchos parlamentos europeos, poniendo en jaque a la Unión Europea.
La cultura de bienvenida fomentada por Angela Merkel desde un principio no fue siempre valorada por todos.
No quiero entrar en detalles acerca del futuro político de Angela Merkel, pero sí que me gustaría mencionar que ella, para mí, es una de las personas políticas en la actualidad que tiene una autoridad moral a pesar de sus errores, de la que carece la mayoría de los políticos actuales.
Esta es una gráfica que muestra el número de refugiados que entraron en Alemania durante el año pasado.
Según un informe de UNICEF publicado hace escasas dos semanas, la mitad de las personas que huyen de la guerra son menores de edad.
El discurso en contra de los refugiados es bastante conocido: "Nos van a islamizar".
Y es verdad que también hay personas que están muy a favor o empatizan con las personas que huyen de la guerra, pero también puedo constatar que entre esas personas hay una especie de escudarse ante los errores de los políticos para no actuar, para no participar en iniciativas que puedan, si no resolver, por lo menos paliar estos dramas personales tan graves.
Yo soy de Barcelona, yo soy lingüista.
Desde hace cuatro años vivo en Colonia, en Alemania, y para mí también es un factor clave el aprendizaje de la lengua para poderse integrar, pero no solo para los refugiados es un factor clave, sino para todos los inmigrantes en general.
Para mí la lengua es un proceso que va cambiando a lo largo de la vida, a lo largo de las experiencias personales que vamos teniendo.
Obviamente, la lengua es un poderoso instrumento de integración, de inclusión, pero también un poderoso instrumento de exclusión social.
Si, por ejemplo, tienes una pobre competencia lingüística o tienes un acento extranjero, o un dialecto determinado de una región, o, a lo mejor, tienes algún tipo de discapacidad que te afecta a la producción de la lengua oral, como, por ejemplo, la tartamudez, todos estos son ejemplos que influyen en cómo las personas te van a aceptar o te van a marginar en una sociedad.
No es como las huellas dactilares, que es lo que te acompaña toda la vida.
Pónganse en situación: estas chicas llevan mucha carga, muchos trastornos postraumáticos, debido a un éxodo, a una tierra que nadie les había prometido, han visto cómo asesinaban a sus seres queridos, han visto cómo incendiaban o bombardeaban sus casas, otras desgraciadamente también han sido testigos o víctimas de violaciones en su particular trasiego desde Afganistán, Irak y Siria camino a Europa, o camino en este caso de Alemania.
Esta es la pregunta que nos hicimos cuatro amigos: con el jersey rojo, Sandra, luego estoy yo, Lina y Peter.
Los cuatro, por razones diferentes, tenemos mucho que ver con la adolescencia.
¿Podríamos conseguir unirlas?
¿Podríamos crear un espacio para que ellas interactuaran y quizá con ello que se pudiera contribuir a transformar su identidad?
Así nació la inicativa de HalloFoto!.
Es un proyecto intercultural para chicas adolescentes entre 13 y 17 años.
Y las competencias creativas de las chicas.
Nosotros pensábamos: si desarrollamos ambas cosas seguro que vamos a crear la posibilidad de que desarrollen también competencias interculturales.
Evidentemente, para desarrollar las competencias comunicativas había que pasar por el aprendizaje del alemán, no quedaba otra, y utilizamos un método novedoso: los tableros de comunicación aumentativa.
Los tableros de comunicación aumentativa son ayudas para las personas que no son verbales, es decir, personas que no tienen lenguaje oral.
Esta condición se puede dar desde el nacimiento, por ejemplo en el caso de niños con trastornos del espectro autista severos, o por ejemplo en niños con parálisis cerebral.
También esta condición se pueda dar cuando ya eres adulto, porque tienes un ictus o porque tienes un accidente, o porque sufres una enfermedad neurodegenerativa, como es el párkinson.
Estos tableros que utilizamos para el proyecto se componen de pictogramas y del vocabulario núcleo.
El vocabulario núcleo son las palabras que se repiten más en la lengua espontánea y esto sucede, no solamente en alemán, sino también en español, en catalán, en vasco, en inglés, etc.
La verdad es que las niñas aceptaron muy bien estos instrumentos, y los datos recogidos en el proyecto demuestran que sí, que lo valoran positivamente.
Son encuentros interculturales porque estábamos fomentando la interacción cara a cara de grupos con marcos de referencia totalmente diferentes.
Nosotros organizamos estos encuentros interculturales por temas y los temas los decidieron ellas.
Este es el tema "Maquillaje y peluquería".
El tema no era crear miedo, sino superar el miedo.
Ya lo ven en las caras, no lo pueden definir quién es quién, la que tiene miedo.
El caso es que en este, junto con otros encuentros... —Este es el encuentro que hicimos sobre cocina.— ellas ven significado.
Las etiquetas lo único que hacen es generar estereotipos y generar prejuicios que no dan cuenta de la riqueza tan grande que somos cada uno de nosotros, o que tenemos cada uno de nosotros.
Además de las competencias comunicativas también quisimos desarrollar las competencias creativas.
La creatividad es la expresión afectiva y cognitiva de cada individuo.
Los talleres de fotografía los hicieron Peter y Sandra, que son los fotógrafos del grupo.
Y estas son las fotos que las chicas se hicieron a lo largo del proyecto.
A veces posaron y a veces fueron fotógrafas, ellas lo decidieron.
Y cuando una ve estas fotos piensa: ¿dónde está el "ellas"?
¿dónde está el "nosotras"?
Las fronteras están como muy diluidas.
¿Cómo nos definimos?
Pero no queríamos hacer una exposición al uso, no queríamos hacer una exposición en un museo o en una galería de arte.
Queríamos trasladar nuestras fotos, nuestra exposición, a un espacio urbano y teníamos una visión.
Esta es la recreación por ordenador de nuestra visión: queríamos que nuestras chicas estuvieran en un tranvía, el tranvía del deseo.
Se lo presentamos a los transportes públicos de Colonia y se entusiasmaron bastante con el proyecto.
(Aplausos) El proyecto tuvo muchísimo más éxito de lo que nos imaginábamos.
De hecho, la prensa nos destacó como proyecto ejemplar, para contrarrestar las tendencias xenófobas que tristemente cada vez son más, no solamente en Alemania, sino en toda Europa.
Todas las participantes del grupo nos han mostrado formas de comunicarse y formas de interactuar.
Primero, que rompen estereotipos.
¿Qué os viene a la mente cuando escucháis las palabras trastorno de estrés postraumático?
Quizás palabras como guerra, violencia o ejército.
El trastorno de estrés postraumático es un trastorno mental que puede desarrollarse luego de experimentar o presenciar eventos que ponen en peligro la vida, como la guerra, accidentes, agresiones o desastres naturales.
Los síntomas pueden incluir: pesadillas, reviviscencias, dificultad para concentrarse, dificultad para dormir, evitar cosas y lugares, y pensamientos negativos ¿Qué os viene a la mente cuando os pregunto, qué es la salud mental?
Tal vez estáis pensando en: Deprimida... ¿yo?
¡no tengo eso!
Durante el verano del 2016, viajé sola a Amsterdam, antes de estudiar en Salamanca, en España.
Visité la casa de Ana Frank.
En un momento determinado simplemente me quedé allí... y lloré.
me conmovía lo que veía y leía.
En este espacio, me sentí como si pudiera hacerlo, y me quedé allí todo el tiempo que pude.
Nadie sabía, en ese momento, que yo estaba llorando porque había sido agredida sexualmente.
Este sentimiento de miedo, vergüenza, me llevaba a permanecer en silencio, encontrar consuelo en un lugar donde llorar parecía estar bien.
Regresé a casa queriendo borrar este recuerdo para siempre, pero todo cambió rápidamente.
Y aunque me veía a mí misma como alguien que tenía todo bajo control, en lo más profundo de mi interior, me estaba desmoronando.
¿Por qué caminaste sola?
¿Por qué viajaste sola ?
¿Cómo estás hoy?
Esto me ayudó a decidir buscar ayuda.
Cuando comencé a tener pensamientos suicidas, mi mejor amiga me dijo, que había ayuda disponible, y me conectó a los servicios sanitarios y psicológicos en la universidad.
No tenían que decir nada, solamente escuchaban.
Según la Organización Mundial de la Salud, cerca de 800 000 personas mueren por suicidio cada año.
En 2016 hubo 3569 suicidios en España, según el Instituto Nacional de Estadística.
Casi diez personas al día, una cada dos horas y media.
El suicidio se puede prevenir y aunque no todos somos expertos, psicólogos ni psiquiatras, todos tenemos el poder de marcar la diferencia en la vida de alguien, y jugamos un papel crítico en la creación de cambios.
puede ser tan simple como escuchar.
Te reto a romper la barrera entre los que están luchando y los que no lo están, porque nadie tiene que sentirse avergonzado de no estar bien.
Gracias.
(Aplausos)
Qué lindo estar acá.
(Aplausos) (Fin de aplausos) Siempre me he preguntado dónde está el ritmo.
¿Estará en lo que escucho?
¿O está en lo que veo?
Y entonces, hablando por teléfono conmigo, me doy cuenta... ¿Cómo?
Que en lo que veo.
Alrededor mío hay tanta cantidad de ritmos.
Y si yo fuera sorda, ¿no me podría mover?
¡Claro que sí, María!
Porque el ritmo está afuera en lo que ves.
Y está dentro de tu cuerpo.
Se me está cayendo algo.
Sí, los pantalones.
(Risas) Pero se olvidaron de que yo tengo pantalones.
Quiero decirles que no hay nada como una sonrisa.
Claro.
Ya podés danzar.
Con lo que tenés.
Veo un espejo en mi mano.
¡Ah!
El espejo me dice que sí... podés.
No sirve para nada lo que tengo dentro, si no tengo posibilidad de dar al otro.
Para que a su vez encuentre caminos y movimiento.
María, ¿y el ritmo?
Está dentro tuyo.
Cuando respirás; (Exhalación) ya tenés ritmo adentro.
Cuando ves, el ritmo está afuera.
Estoy llena de lucecitas de colores que me hablan, son estrellas.
No, María, es el día.
No, parece noche.
Porque las estrellas alumbran cuando es la noche.
¿Y qué es el día?
Tener estrellas en las manos que nos miran y nos hablan.
Está dentro de cada mirada.
En cada movimiento que hacemos está el ritmo que has creado.
El ritmo está fuera de tu cuerpo, pero qué hermoso lo que tengo en el suelo.
El círculo no tiene puertas.
No sé por dónde salir.
Pero ¿cómo estoy acá arriba?
Si no puedo hacer otro, puedo hacer el otro.
Estoy acá para darles lo que no se dice que se tiene.
Es lo que quiero encontrar.
Soy sorda.
No sé lo que es el sonido de la palabra.
Pero sé, sorda como estoy, puedo sentir el ritmo infinito que mueve mi cuerpo.
Siempre he querido danzar.
Porque siempre veo el movimiento.
El movimiento, ¿saben cuándo comienza?
Hoy es mi día.
Ella acaba de recibir una carta documento.
Supone que le piden que pague o que se vaya y piensa en los chicos, piensa en su trabajo, piensa en la pareja que la abandonó; la abre y lee.
No entiende, no puede entender.
Le están pidiendo que se vaya ahora, que se vaya ya, los chicos no están, las cosas desparramadas.
[Pague en 48 hs, si no será demandada.]
La carta no se entiende pero manda dos mensajes.
El conflicto escaló y ahora no lo podemos resolver charlando.
está fuera del lenguaje de la ley".
Para que eso no suceda, yo formo parte de la Red Argentina de Lenguaje Claro, donde tratamos de acercar el lenguaje de la ley al lenguaje de todos los días.
(Aplausos)
Hoy, en este lugar, somos aproximadamente 5000 mujeres.
1250 de nosotras sufrió o va a sufrir en algún momento de su vida un ataque sexual.
1 de cada 4.
El 90 % restante se refugia en el silencio.
La otra mitad no habla porque temen que no les crean.
No les creemos porque cuando una mujer cuenta lo que le pasó, dice cosas que no imaginamos, que nos perturban, que no esperamos escuchar, que nos asombran.
Nosotros esperamos escuchar historias como esta.
Ocurrió en la medianoche cuando volvía a su casa.
La violó y luego huyó".
Pero cuando una mujer cuenta lo que le pasó, su historia no cabe en 10 o 20 segundos.
Una de las 85 mujeres que yo entrevisté en el transcurso de una investigación que hice sobre la violación sexual.
Conocimos a unos pibes y yo me enganché con un flaco re piola.
Hablamos un montón.
A eso de las 4 les dije a mis amigas que nos fuéramos; ellas quisieron quedarse.
En un semáforo me dijo que yo le gustaba y me tocó la pierna.
Pensé: "No puedo ser tan paranoica, por ahí le digo algo y el tipo nada que ver y lo ofendo".
Cuando tenía que doblar, siguió de largo.
Pensé que se había equivocado y le dije, '¡Te pasaste!
Cuando paró el auto cerca de la autopista, ahí sí tuve miedo.
Pero me dijo que me quedara tranquila, que yo le gustaba, que no iba a pasar nada si yo no quería; me hablaba bien.
Yo no le decía nada porque me daba miedo que se enojara y todo fuera peor.
De repente se me tiró encima y me quiso besar.
'; quería empujarlo, pero me tenía los brazos.
Le dije que él no era la clase de tipo que necesita hacer eso para estar con una mina; que él también me gustaba, pero no de esa manera.
Le hablaba como si yo fuera su hermana mayor.
De repente, me tapó la boca con una mano y con la otra se desabrochó el cinturón.
En ese momento pensé que me podía matar, ahorcar, ¿sabés?
Nunca me sentí tan sola, como secuestrada.
Le pedí que acabara rápido y me llevara a mi casa".
¿Por qué no se bajó del auto cuando presintió que algo feo podría pasar?
Y vamos a escuchar cosas que no vamos a poder entender, ni aceptar.
Entonces nos van a aparecer dudas, preguntas, sospechas, y eso nos va a hacer sentir muy mal; culpables.
Y le bajamos el volumen a todas esas cosas que no esperábamos escuchar y que no queremos escuchar: como por ejemplo cuando ella le dice que él también le gustaba, o cuando nos cuenta que le hablaba como si fuera la hermana mayor, o que le pidió que la llevara a la casa.
Para creerle, para poder confiar en que realmente ella fue una víctima.
Pero hay otro camino para deshacernos de la incomodidad, y que es exactamente el inverso: le subimos el volumen a las cosas que no esperábamos escuchar, como: "Yo le hablé bien", "Le pedí que me lleve a mi casa", "Le pedí que acabara rápido", y se lo bajamos a las cosas que sí esperábamos escuchar, el revólver en la guantera, el aislamiento.
¿Esto para qué sirve?
Entonces aparecen nuevas preguntas, por ejemplo: ¿Quién la manda a ir a esos boliches?
Preguntas que, no son ciertamente preguntas, son más bien juicios y juicios que terminan en una sentencia: Ella se la buscó.
Entonces quiere decir que no resistió, quiere decir que consintió.
Si se la buscó y consintió, ¿de qué violación me hablan?
Llamo a esto culpabilización de las víctimas.
Tanto es así que cuando Ana llegó a mí, me dijo que no sabía si el testimonio de ella me iba a servir, porque no estaba segura de que lo que le había pasado hubiera sido una violación.
Ana no había hablado de esto nunca con nadie.
Podría haber recurrido a la familia, pero no lo hizo.
No lo hizo porque tuvo miedo.
Tuvo miedo de que a la persona que ella hubiera elegido para contarle, le pasara lo mismo que nos pasa a todos, y que es que surgen dudas y sospechas, esas preguntas, cada vez que se habla de un tema como este.
Y si eso hubiera pasado, hubiera sido tal vez, peor que la violación misma.
Primero y principal, Ana dijo "no".
Le habló como si todo lo que estaba pasando en ese momento fuera normal, para no despertar en él el miedo a que ella después lo pudiera denunciar.
Ahora, yo me pregunto y les pregunto: ¿todo eso que hizo ella no es resistir?
No, no lo es para todos o casi todos nosotros, probablemente, porque no lo es para la ley.
En la mayoría de los países, los códigos siguen pidiendo que la víctima, para probar su inocencia, digo bien, la víctima para probar su inocencia, presente marcas en el cuerpo que atestigüen que ella sostuvo una lucha "tenaz y constante" con su agresor.
Y no escuché a ninguna hablar de sí misma como que hubiera quedado reducida a una cosa, sometida totalmente a la voluntad del otro.
Más bien, las escuché como asombradas y hasta un poco orgullosas de reconocer lo lúcidas que habían estado en ese momento, lo atentas a cada detalle, como si eso les permitiera tener algún control sobre lo que estaba pasando.
Entonces yo pensé: "Claro, lo que las mujeres hacen en estas situaciones es negociar".
Negocian sexo por vida.
Le piden al agresor que termine rápido, para que todo termine lo antes posible y con el menor costo.
Ahora, si vamos a seguir esperando que las violaciones sean lo que muy rara vez son: un violador que es un depravado de clase baja, y no un joven universitario o un empresario que salen de levante un viernes o un sábado; si vamos a seguir esperando que las víctimas sean mujeres modositas, recatadas, que se desmayan en la escena, y no mujeres seguras de sí mismas, vamos a seguir sin poder escuchar.
Os lo podéis imaginar: estáis en un bar y, sabes, o en una discoteca, todo eso, y te pones a hablar con una chica, y al rato, pues, sale en la conversación "¿y tú en qué trabajas?"
Y como piensas que tu trabajo es interesante, le dices "Soy matemático".
(Risas) Hay un 0,8 % que son tu prima, tu novia y tu madre, (Risas) que saben que trabajas en algo raro pero no se acordaban en qué (Risas) y hay un 1 % que sigue la conversación.
(Risas) Y B) "¿Pero eso de las matemáticas para qué sirve?"
(Risas) Me ocuparé del caso B.
(Risas) Cuando alguien te pregunta para qué sirven las matemáticas, no te está preguntando por aplicaciones de las ciencias matemáticas.
Te está preguntando: "¿Y yo por qué tuve que estudiar esa mierda que no volví a usar nunca?"
(Risas) Es lo que te está preguntando realmente.
Ante esto, cuando a un matemático le preguntan para qué sirven las matemáticas, los matemáticos nos dividimos en grupos.
Un 54,51 % de los matemáticos toma una postura al ataque, y un 44,77 % de los matemáticos toma una postura a la defensiva.
Hay un 0,8 %, raro, entre los que me incluyo.
¿Qué son los del ataque?
¿Para qué sirve la poesía?
¿Para qué sirve la vida misma?
¿Qué pregunta es esa?
(Risas) Hardy, por ejemplo, es un exponente de este ataque.
Y los que están a la defensiva te dicen que aunque no te des cuenta, cariño, las matemáticas están detrás de todo.
(Risas) Estos siempre nombran, siempre, nombran los puentes y las computadoras.
(Risas) Realmente las computadoras son todo matemáticas.
Ahora a estos les ha dado también por decirte que detrás de la seguridad informática y las tarjetas de crédito están los números primos.
Estas son las respuestas que te va a dar tu profe de matemática si le preguntas.
Vale, pero ¿y quién lleva razón?
Realmente tienen razón los dos.
Así que, vale, preguntadme para qué sirven las matemáticas.
(El público pregunta) ¡Vale!
Un 76,34 % de la gente ha preguntado, hay un 23,41 % que se ha callado, y un 0,8 % que yo no sé lo que están haciendo esos.
Pero también es verdad que allá donde los científicos, donde los técnicos, andan buscando teorías matemáticas, modelos que les permitan avanzar, ahí están, en el edificio de las matemáticas, que lo permean todo.
Es verdad que tenemos que ir algo más al fondo, vamos a ver qué hay detrás de la ciencia.
La ciencia funciona por intuición, por creatividad, y las matemáticas doman la intuición y doman la creatividad.
Tu intuición te dice: "Eso es imposible".
Es verdad que la ciencia, toda la ciencia, solamente tiene sentido porque nos hace comprender mejor el mundo este hermoso en el que estamos.
Y porque nos hace, nos ayuda a sortear las trampas del mundo este doloroso en el que estamos.
Hay ciencias que tocan esa aplicación con la mano.
La ciencia oncológica, por ejemplo.
Todas las ciencias básicas son el soporte de aquellas, y entre ellas las matemáticas.
Todo lo que hace a la ciencia ser ciencia es el rigor de la matemática.
¡Depende lo que uno entienda por siempre!
¡Un teorema, eso sí que es para siempre!
Verdades eternas.
Pero no siempre es tan fácil saber qué es una verdad eterna, un teorema, y qué es una mera conjetura.
Por ejemplo: imaginaos que tengo aquí un campo grande, enorme, infinito.
Lo quiero cubrir con piezas iguales, sin dejar huecos.
Podría usar triángulos.
La que para cubrir la misma superficie tiene un borde más pequeño.
Pappus de Alejandría, en el año 300 dijo que lo mejor era usar hexágonos, como hacen las abejas.
¡Pero no lo demostró!
El tío dijo "¡hexágonos, uh, lo peta, venga, hexágonos, dámelo!"
No lo demostró, se quedó en una conjetura, dijo "¡Hexágonos!"
Y eso se convirtió en un teorema, el teorema del panal, que va a ser verdad para siempre, siempre jamás, más que cualquier diamante que tengas.
(Risas) ¿Pero qué pasa si vamos a 3 dimensiones?
Si quiero llenar el espacio, con piezas iguales, sin dejar huecos, puedo usar cubos, ¿verdad?
Esferas no, que dejan huequitos.
(Aplausos) ¡Vamos!
(Risas) Aunque sea de plástico.
Nene, trae el octaedro truncado, que vienen visitas.
¡Todo el mundo tiene!
(Risas) Pero Kelvin no lo demostró.
Se quedó en una conjetura, la conjetura de Kelvin.
El mundo como sabéis, se dividió entre kelvinistas y anti-kelvinistas (Risas) hasta que ciento y pico años después, ciento y pico años después, alguien encontró una estructura mejor.
(Risas) Parece una cosa rara pero no es tan rara, también está presente en la naturaleza.
Es muy muy curioso que esta estructura, por sus propiedades geométricas, se utilizó para construir el edificio de la natación en los Juegos Olímpicos de Pekín.
Allá Michael Phelps ganó 8 medallas de oro, se convirtió en el mejor nadador de todos los tiempos.
Bueno, de todos los tiempos hasta que salga otro mejor, ¿no?
Más que cualquier diamante.
(Risas) Eso sí, quieto, lo tendréis que demostrar, que vuestro amor no se quede en conjetura.
Cada uno somos de una manera en esta vida.
Unos somos más extrovertidos, otros más introvertidos y otros, ni una cosa ni la otra.
Yo, tengo que decirlo, soy muy introvertido.
Es mucho más interesante para mí quedar un sábado en un sitio tranquilo con un amigo o dos, que meterme en el bullicio y calor de una discoteca llena de gente.
Y no os digo más, de quedarme en casa, tranquilo, al calorcito, viendo una película.
¡Ay, las películas!
No hay nada en este mundo que me guste más.
En este tiempo, he desarrollado un gusto por el cine que va más allá del significado de la palabra "entretenimiento".
¿Qué es lo que tiene el cine para que me guste tanto?
Si os digo la verdad, hasta hace poco no me había hecho esa pregunta.
Me encanta observar.
Disfruto mucho viendo a la gente hablar, interactuar entre ellos, pasear, sin ser un cotilla.
No penséis mal.
En el cine, en las películas, tú no entras, simplemente te dignas a observarlas desde fuera.
El cine te da una visión amplia, total, del mundo, de todas sus gentes, de todas sus ideas, de todas sus formas de ver la realidad.
Yo creo que esa es la gran ventaja de estar detrás, de no interactuar.
Bueno, mi madre dice que soy muy raro, pero es el tipo de cine que más me gusta, del que más disfruto, con sus personajes e historias.
Te llegan al corazón.
Sientes cosas con ellas, sufres con ellas, lloras con ellas, te ríes con ellas.
Como dice uno de mis directores favoritos, Lars von Trier: "Las películas son como las piedras en los zapatos, tienen que doler".
No es que tengamos que sufrir con todas y cada una de las películas, pero tenemos que sentir emociones verdaderas.
Sin embargo, cuando veo películas de los EE.UU., llenas de efectos especiales, de personajes vacíos, de historias que no aportan nada, solo es una historia, nada más.
No te llega, no sientes, no sufres, no lloras.
Eso, para mí, no sirve de nada.
Todos sabían que era muy cinéfilo pero no tenía a prácticamente nadie con quien comentar las películas que veía.
¿Te apuntarías?".
Contad conmigo".
Y aquí me teníais, con 15 años y una acreditación de periodista colgada al cuello.
Esa semana estuve viendo películas, películas y películas.
Me metí un poco en el mundo periodístico, pero lo que saqué de ahí fue muchísimo más que eso.
Por fin encontré la manera de canalizar mis sentimientos hacia el cine, de expresarme, de abrir mi mundo interior a los demás.
Cada día tenía que escribir una crónica con las películas que veía, lo que me había gustado de ellas, lo que me había disgustado.
Y no sé si podrá parecer fácil o difícil, pero es muy complicado, porque una película tiene muchos elementos: el guion, la dirección, los actores, la música, el sonido.
Y, ¿qué está bien de cada uno de ellos?
¿Hacen la película buena o mala?
Al principio, esto era muy complicado.
Cuando acabó la 58. edición de la Seminci, empecé a colaborar de manera regular con la web que me había acreditado, que se llama Esencia Cine.
En este tiempo, casi un año, mi habilidad para escribir, para expresarme, y mi enorme afición por el cine han ido aumentando y aumentando a pasos agigantados.
¿Qué ha pasado este año?
Que me volví a colgar la acreditación y volví a ponerme manos a la obra en la 59. edición de la Seminci.
El resultado fue una semana de cine, cine y más cine, en la que aprendí muchísimo.
Mucha gente, cuando les digo que escribo para una página web, que escribo para la Seminci, casi todos me dicen: "¿Te pagan?"
Pues no.
¿Por qué me van a pagar?
¿Por qué me van a pagar cuando hago lo que realmente me gusta, lo que realmente siento y encima me sirve para abrirme a los demás?
No tengo la carrera, no tengo nada.
Pero, realmente, en esta vida, si quieres hacer algo, hazlo.
Si no, serás feliz con tu trabajo, que creo que es lo más importante.
(Aplausos) El cine me ha abierto muchas más puertas de las que pensaba.
Gracias a que escribo sobre cine, consigo abrirme, consigo ser realmente yo.
Cuando escribo, rompo la barrera que tengo de la expresión oral, que tanto me cuesta.
Consigo ser realmente yo, plasmar mis ideas tal cual las siento.
Pero lejos de todo esto, que me sirve muchísimo y de lo que estoy orgulloso, creo que lo que más me gusta, con lo que más disfruto con mi trabajo, es cuando escribo algo, una noticia, crítica o reportaje, lo cuelgo y recibo mensajes de compañeros, amigos, familiares, profesores que dicen: "Felicidades.
Me encanta".
Sabes que cuando haces eso, tu trabajo, aparte de venirte bien a ti, le viene bien a los demás porque disfrutan y aprenden con lo que haces.
Y cuando te dicen eso sabes que es genial.
Y os voy a decir algo, no os fieis de lo que veis de mí todos los días, de lo que veis en fotos y videos.
No os fieis.
Fiaos de lo que escribo, porque ahí soy yo, realmente yo.
Pero, lejos de todo esto, ese "Felicidades.
Escribes genial.
Me encanta lo que haces", es lo mejor que pueden decirme.
Es lo más bonito que me pueden decir en la vida, siendo un introvertido.
Muchas gracias.
