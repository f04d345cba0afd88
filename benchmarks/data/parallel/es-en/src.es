Honorable Dr. Edwin Dikoloti, Presidente de la 77.ª Asamblea Mundial de la Salud, Excelencias, estimados colegas y amigos, buenas tardes.
Me complace presentarles mi informe sobre la labor realizada por su Organización durante el año pasado.
El año 2023 estuvo repleto de desafíos, pero también de logros.
Estos logros quedan reflejados en el informe sobre los resultados de la OMS, un informe exhaustivo e interactivo que está disponible en el sitio web de la Organización.
En él se ofrece una visión general detallada del trabajo de la Secretaría, que viene respaldada, entre otras cosas, con datos, gráficos, mapas y reportajes de países.
El informe muestra el origen de nuestra financiación, su destino y qué se hace con ella.
Les recomiendo que lo consulten.
Hoy solo puedo ofrecerles algunos datos destacados relacionados con cada una de las metas de los «tres mil millones» del 13.º Programa General de Trabajo.
En primer lugar, me referiré a la mejora de la salud de las poblaciones.
Esta es la única de las tres metas que estimamos que se cumplirá, ya que se prevé que 1500 millones de personas gozarán de mejor salud y bienestar para 2025.
Este resultado es el fruto de la labor intersectorial realizada por los Estados Miembros para abordar las causas de fondo de la mala salud: el aire contaminado, las dietas malsanas, la insalubridad del agua, la contaminación del medio ambiente y los productos nocivos para la salud.
El consumo de tabaco decae en 150 países, y en estos momentos fuman 19 millones de personas menos en todo el mundo que hace dos años.
Entre 2020 y 2022 más de 90 países incrementaron el impuesto al consumo de tabaco.
En diciembre, la OMS publicó un llamamiento a la acción para prevenir la aceptación de los cigarrillos electrónicos, que vino acompañado de una nota técnica con pruebas del daño que causan.
También observamos que nuestras iniciativas para mejorar la nutrición y la alimentación sana siguen sendas positivas.
La Organización Panamericana de la Salud (OPS) celebra este 2 de diciembre el 115º aniversario de su fundación en 1902 como organización internacional dedicada a la protección y a la mejora de la salud pública en las Américas.
Con 115 años, la OPS es la organización internacional en salud pública más antigua del mundo.
Durante su existencia de más de un siglo, ha catalizado la cooperación panamericana y contribuido a alcanzar importantes logros en salud en la región, como por ejemplo:
Un aumento de 30 años en la esperanza de vida desde 1902
La erradicación de la viruela y el polio de las Américas
La eliminación de la transmisión endémica del sarampión y la rubéola
Importantes reducciones de la mortalidad infantil
La eliminación de la oncocercosis en Colombia, Ecuador, Guatemala y México; la eliminación de la enfermedad de Chagas en Brasil, Chile y Paraguay; y la eliminación del tracoma en México
La eliminación de la transmisión madre a hijo del VIH y sífilis en Cuba y seis islas del Caribe
Una expansión significativa de la cobertura de salud para las poblaciones más pobres y vulnerables en los países miembros de la OPS
Progresos en la implementación de medidas legislativas, regulatorias y fiscales para reducir los factores de riesgo de enfermedades no transmisibles
En sus comienzos, la cooperación panamericana en salud se centró en el combate a la fiebre amarilla y a otras enfermedades infecciosas que estaban esparciéndose con el crecimiento del comercio marítimo a fines de siglo XIX y principios del siglo XX.
En los últimos 100 años, la OPS se ha focalizado en mejorar la salud a través de la promoción de esfuerzos colaborativos entre sus países miembros.
Para algunos de nosotros la paz es una realidad diaria.
Nuestras calles son seguras y nuestros hijos van a la escuela.
Cuando el tejido de la sociedad es firme, casi pasan desapercibidos los preciados dones de la paz.
No obstante, para gente del mundo actual, demasiada, esos dones son sólo un sueño fugaz.
Viven encadenados a un estado de inseguridad y de miedo.
Ellos son la razón principal de que existe este día.
Hace 25 años la Asamblea General proclamó el Día Internacional de la Paz como día dedicado a la cesación del fuego y la no violencia en todo el mundo.
Desde entonces, las Naciones Unidas vienen celebrando ese día cuya finalidad no es sólo que la gente piense en la paz, sino que haga algo por ella.
No obstante, en este Día, al igual que en los otros 364, la violencia continúa cobrándose vidas inocentes.
Y en estas últimas semanas ha habido nuevas escaladas trágicas de los conflictos en varias partes del mundo.
Las Naciones Unidas trabajan en pro de la paz en muchos sentidos.
Estamos haciendo todo lo que está en nuestras manos para impedir que siga habiendo derramamiento de sangre.
Y hemos logrado algunos éxitos en esta tarea.
Los Estados están prestando más atención a la diplomacia preventiva.
Las misiones de mantenimiento de la paz y nuestra labor de apoyo y de promoción de los derechos humanos están logrando que haya una diferencia.
Y los ciudadanos de todo el mundo, los hombres y mujeres de todas las sociedades, están trabajando para tratar de aliviar el sufrimiento y establecer lazos de unión entre gente de creencias y culturas diferentes.
De hecho, en la actualidad hay menos guerras que en décadas pasadas, si bien aún son demasiadas.
Cada una de las muertes que se produce en un conflicto es un fracaso que nos recuerda todo lo que aún queda por hacer.
En el Día Internacional de la Paz, reflexionamos sobre el costo despiadado de la guerra.
Escuelas devastadas. Hospitales bombardeados. Familias destrozadas.
Refugiados en busca de esperanza. Países en crisis.
Las Naciones Unidas nacieron de una terrible Guerra Mundial.
Nuestra misión es trabajar en pro de la paz, todos los días y en todos lados.
No debemos permitir que grupo de interés, ambiciones nacionales o diferencias políticas hagan peligrar la paz.
En este día internacional, pedimos un alto el fuego a nivel mundial.
No dejemos jamás de hacer presión para poner fin a los conflictos armados.
Todos deseamos la paz y tenemos derecho a ella.
Es la base del progreso y el bienestar: niños felices, comunidades florecientes y pacíficas, países prósperos.
Comprometámonos a trabajar juntos - hoy y todos los días - por la paz que todos anhelamos y merecemos.
Cada año, el 21 de septiembre, las Naciones Unidas exhortan a todas las personas, en todo el mundo, a observar 24 horas de no violencia y alto el fuego.
Hoy, 100 días antes del Día Internacional de la Paz, es esencial recordar que nuestro enemigo común es un virus que causa un sufrimiento generalizado y podría echar por tierra varios decenios de progreso humano.
Por ello, a medida que se generalizaba la pandemia de COVID-19, exhorté a todas las partes beligerantes a deponer las armas.
No nos encontramos en circunstancias normales, por lo que no podemos actuar como de costumbre.
La pandemia no es solo una cuestión sanitaria: está afectando de forma directa y preocupante al desarrollo, la paz y la seguridad.
Nuestro llamamiento a un alto el fuego global se está haciendo sentir en muchos lugares y en muchos grupos distintos.
Si bien la desconfianza puede dificultar que se lleve a cabo, me alienta el abrumador respaldo que ha recibido de la sociedad civil, que puede influir y movilizar a la gente a nivel comunitario.
Este año, el tema del Día Internacional, “Forjando la paz juntos”, refleja la razón por la que se fundaron las Naciones Unidas.
A lo largo del año, para celebrar el 75o aniversario de la Organización, las Naciones Unidas están invitando a todo el mundo a participar en una conversación global sobre la manera de afrontar juntos los problemas mundiales más graves, desde el cambio climático y la pobreza hasta el racismo y la desigualdad de género.
Aprovechemos esos diálogos, así como el Día Internacional de la Paz, para intercambiar ideas sobre la forma de lograr un alto el fuego mundial, mejorar la salud de nuestro planeta y convertir la crisis del COVID-19 en una oportunidad para lograr la paz.
Este año, el Día Internacional de la Paz llega en un momento crítico para la humanidad.
La COVID-19 ha trastornado completamente nuestro mundo.
Los conflictos se están volviendo incontrolables.
La emergencia climática empeora.
La desigualdad y la pobreza se agudizan.
Y la desconfianza y la división alejan a las personas cuando la solidaridad y la colaboración son más necesarias que nunca.
Como familia humana, estamos frente a una clara disyuntiva: la paz o el peligro perpetuo.
Debemos elegir la paz.
Por eso pido hoy un alto el fuego de 24 horas.
Si trabajamos día a día de manera solidaria por una paz duradera y sostenible, podremos afrontar los problemas que tengamos por delante.
Necesitamos la paz para poder suministrar con urgencia las vacunas y el tratamiento contra la COVID-19 y así salvar vidas.
Necesitamos la paz para recuperarnos de la pandemia y reconstruir sistemas destruidos y vidas destrozadas.
Necesitamos la paz para establecer condiciones equitativas y reducir las desigualdades.
Necesitamos la paz para renovar la confianza en los demás y la fe en los hechos y la ciencia.
Tenemos que hacer las paces con la naturaleza para sanar nuestro planeta, construir una economía verde y alcanzar nuestro objetivo de lograr emisiones netas cero.
La paz no es un sueño de ingenuos.
Es una luz en la oscuridad que nos guía por el único camino que conduce a un futuro mejor para la humanidad.
Avancemos por el camino de la paz como si estuviera en juego nuestra vida.
Porque así es.
Conflictos que expulsan de sus hogares a un número de personas sin precedente.
Incendios mortales, asoladoras inundaciones, temperaturas desbocadas.
Pobreza, desigualdades, injusticias.
Desconfianza, división, prejuicios.
El tema de este año nos recuerda que la paz no es automática.
A la paz se llega a través de la acción.
Acción para acelerar el progreso hacia los Objetivos de Desarrollo Sostenible y garantizar que nadie se queda atrás.
Acción para poner fin a la guerra contra el planeta y sus dones naturales.
Acción para defender y proteger los derechos humanos y la dignidad de todos y cada uno de nosotros, y en particular ahora, cuando se celebra el 75º aniversario de la Declaración Universal de Derechos Humanos.
Acción para aprovechar las herramientas intemporales de la diplomacia, el diálogo y la colaboración para rebajar tensiones y poner fin a los conflictos.
Y acción en favor de los millones de personas que viven los horrores de la guerra.
La paz no es solo una noble visión para la humanidad.
Es un llamamiento a la acción.
Comprometámonos a construir la paz para todos, a fomentarla y a mantenerla.
Dondequiera que miremos, la paz está siendo objeto de ataques.
Desde Gaza hasta el Sudán, pasando por Ucrania y otros lugares, observamos:
Civiles en la línea de fuego;
Casas destrozadas;
Personas traumatizadas y aterrorizadas que han perdido todo y, en algunos casos, a todos.
Tenemos que poner fin a este catálogo de miseria humana.
El mundo necesita la paz.
La paz es el premio final para toda la humanidad.
Y como nos recuerda este Día Internacional de la Paz, la solución está en nuestras manos.
Cultivar una cultura de paz significa sustituir la división, la exclusión y la desesperación, por justicia, igualdad y esperanza para todos.
Significa centrarse en la prevención de conflictos;
Impulsar los Objetivos de Desarrollo Sostenible;
Promover los derechos humanos.
Y combatir todas las formas de discriminación y odio.
La Cumbre del Futuro de este mes es una oportunidad vital para avanzar hacia estos empeños.
Aprovechémosla.
Juntas y juntos sentemos las bases de la paz.
Y alimentemos una cultura próspera en igualdad, paz y justicia.
Muchas gracias.
