Una semana desde que COVID-19 fue declarado una pandemia, el número de casos continúa aumentando en todo el mundo.
Los padres y cuidadores trabajan de forma remota siempre que pueden. Las fronteras han sido cerradas.
Estas son aguas desconocidas para todos nosotros.
Nuestro trabajo que salva vidas para brindarles a los niños salud, educación, nutrición y protección nunca ha sido tan crítico.
Con millones de niños desarraigados, afectados por guerras, muriendo por causas prevenibles, fuera de la escuela o sin vacunas esenciales, la necesidad de apoyo nunca ha sido tan grande.
UNICEF está trabajando para ayudar a prevenir la propagación del virus entre las comunidades de los países afectados.
Estamos compartiendo información precisa sobre cómo mantener a las familias seguras, proporcionando higiene y kits médicos a las escuelas y clínicas de salud, y mitigando el impacto del brote en el acceso de los niños a la salud, la educación y los servicios sociales.
Ahora más que nunca, contamos con nuestros donantes para continuar apoyando nuestra misión para aquellos que no tienen nada ni nadie, a pesar de estos tiempos difíciles
Caracterizar el COVID-19 como una pandemia no quiere decir que el virus se haya hecho más mortal; es una forma de reconocer la propagación geográfica de la enfermedad.
UNICEF se ha estado preparando y está respondiendo a la epidemia del COVID-19 en todo el mundo con pleno conocimiento de que el virus puede transmitirse a los niños y las familias de cualquier país y comunidad.
Seguiremos trabajando con los gobiernos y con nuestros aliados para frenar la transmisión del virus y proteger a los niños y a sus familias.
Al mismo tiempo, seguimos muy preocupados por los efectos secundarios que el brote y las medidas de control pueden tener sobre los niños, como el cierre de las escuelas, la carga que recae sobre los sistemas de salud locales encargados de la prestación de servicios de atención primaria, los riesgos de protección y la presión económica que sienten algunas familias.
Además, el temor al virus está fomentando la discriminación contra personas de grupos vulnerables, como los refugiados y los migrantes, algo que consideramos inaceptable.
Seguimos trabajando sobre el terreno en las comunidades afectadas para mitigar los efectos secundarios sobre los niños y luchar contra la estigmatización
