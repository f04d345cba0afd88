Dr. Ehud Ur, professor i medicin vid Dalhousie University i Halifax, Nova Scotia och ordförande för den kliniska och vetenskapliga avdelningen av  den Kanadensiska diabetesföreningen, varnade för att forskningen fortfarande befinner sig i ett tidigt stadium.
Som vissa andra experter är han skeptisk till om diabetes kan botas och påpekar att dessa resultat inte är relevanta för personer som redan har typ 1-diabetes.
I slutet av 2017 dök Siminoff upp på shopping-tv-kanalen QVC.
Medan ett experimentellt vaccin verkar kunna minska eboladödligheten, har hittils inga läkemedel tydligt visat sig lämpliga för behandling av befintlig infektion.
USA:s gymnastikförbund stödjer USA:s olympiska kommittés brev och håller med om att det är absolut nödvändigt att den olympiska familjen främjar en säker miljö för alla våra atleter.
USA:s gymnastikförbund stöder en oberoende utredning som kan kasta ljus över hur ett missbruk av sådana proportioner som det som så modigt beskrivits av överlevaren Larry Nassar kan ha pågått oupptäckt så länge, och man välkomnar nödvändiga och ändamålsenliga förändringar.
Under hela 1960-talet, arbetade Brzezinski som rådgivare åt John F. Kennedy och därefter för Lyndon B. Johnsons administration.
Under valen 1976 var han utrikespolitisk rådgivare för Carter, och tjänade senare som nationell säkerhetsrådgivare (NSA) från 1977 till 1981, efter Henry Kissinger.
Gosling och Stone nominerades till bästa manliga skådespelare respektive bästa kvinnliga skådespelare.
Sent på söndagen meddelade USA:s president Donald Trump via sin pressekreterare att amerikansk trupp ska lämna Syrien.
Tillkännagivandet gjordes efter att Trump haft ett telefonsamtal med den turkiske presidenten Recep Tayyip Erdogan.
. Forskarna säger att det här djurets fjäderdräkt var kastanjebrun på ovansidan, med en blek eller karotenoid-färgad undersida.
En bilbomb som detonerade vid polishögkvarteret i Gaziantep i Turkiet igår morse dödade två poliser och skadade fler än tjugo andra personer.
De fann att solen fungerade enligt samma grundläggande principer som andra stjärnor: Aktiviteten hos alla stjärnor i systemet befanns drivas av deras ljusstyrka, deras rotation, och ingenting annat.
Iwasaki stötte på problem vid många tillfällen under sin resa.
Standarden 802.11n fungerar på både frekvensen 2,4 GHz och 5,0 GHz.
Detta gör att den är bakåtkompatibel med 802.11a, 802.11b och 802.11g, förutsatt att basstationen har två radioapparater.
Hastigheterna på 802.11n är betydligt snabbare än sina föregångares med en maximal teoretisk genomströmning på 600 Mbit/s.
Miller, som historien berättades för, fick inget större intryck av Duvall, som är gift och har två barn.
"På frågan om en kommentar sa Miller: ""Mike talar mycket under utfrågningen...Jag höll på att förbereda mig så jag hörde inte riktigt vad han sa."""
"""Vi strävar efter att minska koldioxidutsläppen i förhållande till BNP väsentligt år 2020 från nivån 2005"", sade Hu."
"Han tillade att ""de dock inte borde förväntas att ta på sig skyldigheter som går bortom deras utvecklingsnivå, ansvar och förmågor."""
Rapporten är mycket kritisk till nästan varje aspekt av den verkställande maktens nuvarande policy mot Irak och anmodar en omedelbar ändring av dess riktning.
Den första av dess 78 rekommendationer är att ett nytt diplomatiskt initiativ bör tas innan slutet av det här året, för att säkra Iraks gränser mot fientliga interventioner, och att återetablera diplomatiska relationer med dess grannar.
Liberal kritik av återuppbyggnadsarbetet har fokuserat på tilldelningen av återuppbyggnadskontrakt till förmodade Washington-insiderpersoner.
Över fyra miljoner människor reste till Rom för att närvara vid begravningen.
Flera stora tv-skärmar installerades på olika platser i Rom för att folket skulle kunna se ceremonin.
Kongressen anslog medel för att bekämpa obscenitet räkenskapsåret 2005, och klargjorde att FBI måste ha 10 agenter som arbetar med pornografi.
Slagmännen, Sachin Tendulkar och Rahul Dravid, presterade bra och gjorde hundra runs.
USA:s president George W. Bush anlände i Singapore på morgonen den 16 november, vilket inledde en veckolång turné i Asien.
Han mottogs av Singapores vice premiärminister Wong Kan Seng och diskuterade handels- och terrorismfrågor med Singapores premiärminister Lee Hsien Loong.
Enligt den senaste bulletinen indikerade mätningar av havsnivån att en tsunami genererats. Det fanns klara tsunami-aktiviteter registrerade nära Pago Pago och Niue.
Inga större skador har rapporterats i Tonga, men strömmen försvann tillfälligt, vilket enligt rapport hindrade myndigheterna i Tonga att ta emot tsunamivarningen som utfärdats av PTWC.
Fjorton skolor nära kusten på Hawaii var stängda under hela onsdagen trots att varningarna lyfts.
USA:s president George W. Bush välkomnade beskedet.
Den tionde namngivna stormen i den atlantiska orkansäsongen, den subtropiska stormen Jerry, bildades i Atlanten idag.
Vatten rinner över skyddsvallen i ett 100 fot brett område.
Commons-administratören Adam Cuerden uttryckte sin frustration över det som tagits bort när han talade med Wikinews förra månaden.
"""Han [Wales] ljög i princip för oss från början. Först genom att agera som om detta var av rättsliga skäl. För det andra genom att låtsas att han lyssnade på oss, ända fram till att hans konst utgår."""
Irritation inom communityn ledde till de aktuella insatserna för att utarbeta en policy angående sexuellt innehåll för webbplatsen som är värd för miljontals öppet licensierade medier.
Det utförda arbetet var mestadels teoretiskt, men programmet skrevs för att simulera observationer som man gjort av Sagittariusgalaxen.
Forskarna lyckades konstatera att den mörka materian påverkar annan mörk materia på samma sätt som vanlig materia gör.
TV-sändningar visar vit rök som kommer från anläggningen.
Under året kan en smittad person överföra smittan till mellan 10 och 15 närkontakter.
Satelliterna, som båda vägde över 450 kilo, och färdades i cirka 28 000 km/h, kolliderade 790 km över jordens yta.
Forskare säger att explosionen som orsakades av kollisionen var enorm.
Analysen av plottandet kommer att publiceras på en publik hemsida.
De första fallen av sjukdomen under den här säsongen rapporterades i slutet av juli.
Flera miljoner flaskor med hjärnhinneinflammationsvaccin har också utlovats av regeringen, vilket kommer att hjälpa hälsoorganisationer att förbereda sig inför nästa år.
Han producerade över 1000 frimärken för Sverige och 28 andra länder.
Efter att olyckan inträffat fördes Gibson till sjukhus, men dog strax därefter.
"En person som arbetar i ett garage nära den plats där olyckan inträffade sa: ""Det fanns barn som väntade på att gå över vägen och alla skrek och grät."""
De sprang alla tillbaka från platsen där olyckan hade inträffat.
Pengarna skulle kunna gå till översvämningssäkra hus, bättre vattenhantering, och diversifiering av grödor.
Hon drog den här slutsatsen på grund av de många positiva och uppmuntrande kommentarerna som både män och kvinnor skickade till henne, och som förespråkade att preventivmedel skulle betraktas som en medicinsk nödvändighet.
När striderna upphörde efter att de sårade transporterats till sjukhuset stannade cirka 40 av de återstående fångarna på gården och vägrade att återvända till sina celler.
Snart tog sig polismän utrustade med kravallutrustning in på gården och trängde in internerna i ett hörn med tårgas.
Brandkåren släckte så småningom elden, vid 23:35 på kvällen.
Även om vattennivån bara stiger några decimeter efter översvämningen hoppas tjänstemännen att det räcker för att återställa de urholkade sandbankerna nedströms.
"""En talesman för Läkare utan gränser, Richard Veerman sa: ""Angola är på väg mot sitt värsta utbrott någonsin och situationen är fortfarande mycket svår i Angola, ""sade han."""
Sydafrika, toppseedade för turneringen, startade på rätt sätt när de vann en lätt 26-0-seger mot femteseedade Zambia.
I jämförelse med grannländer till söder såg Sydafrika ringrostigt ut, men visade en stadig förbättring i takt med att tävlingen fortlöpte.
Tjänstemän i staden Amsterdam och Anne Frank-museet säger att trädet är svampangripet och resonerar att det utgör en hälsofara för allmänheten på grund av en överhängande risk att det skulle välta.
"""De är svalare än den omgivande ytan på dagen och varmare på natten. "
Efter att tjänstemän har verifierat väljarens identitet lägger väljaren kuvertet i valurnan och undertecknar röstningsdokumentet.
Fransk elektorlagstiftning kodifierar tillvägagångssättet tämligen strikt.
Kandidater kan skicka representanter för att bevittna varje del av processen. På kvällen räknas rösterna av volontärer som står under omfattande övervakning, och som följer specifika procedurer.
Sent 2015 etablerade TogiNet AstroNet som en dotterstation.
I föreställningen medverkade ursprungligen amatör-röstskådespelare, hemmahörande i östra Texas.
"Bishkek beskrevs, av en observatör, som sjunkande ner i en ""anarkistiskt"" nivå då grupper av människor strejkade på gatorna och plundrade butiker med konsumtionsvaror."
Sydafrika har besegrat All Blacks (Nya Zeeland) i en Tri Nations-match i rugby union på Royal Bafokeng-stadion i Rustenburg, Sydafrika.
Den sista matchen i serien spelas på Ellis Park i Johannesburg, där Springboks kommer möta Australien.
Inga omedelbara skaderapporter har mottagits av United States Geological Survey (USGS) och dess nationella jordbävningsinformationscenter.
Jordbävningens centrum var ca 20 km nordnordöst om Dillon och ca 65 km söder om Butte.
Den typ av fågelinfluensa som är dödlig för människor, H5N1, har bekräftats ha smittat en död vild anka, som hittades i måndags i en sumpmark nära Lyon i östra Frankrike.
Frankrike är det sjunde landet i den europeiska unionen som drabbas av detta virus, efter Österrike, Tyskland, Slovenien, Bulgarien, Grekland och Italien.
Detta gör att artisterna röker jointar med cannabis på scenen och även själva teatern uppmuntrar publiken att delta.
När resultaten hade kommit, lovordade Gingrich Santorum, men var hård mot Romney, för på grund av honom hade det sänts negativa kampanjannonser i Iowa mot Gingrich.
"Han rapporterades vara mellan 20 och 30 år. I ett uttalande sa Bieber ""jag var inte närvarande eller direkt involverad i denna tragiska olycka, men jag tänker på och ber för offrets familj""."
Enligt polisen är det osannolikt att föraren av fordonet som körde på fotografen blir åtalad.
De innefattar Nederländerna, med Anna Jochemsen som kom på nionde plats i damernas stående klass i gårdagens Super-G, och Finland med Katja Saarinen som slutade tia vid samma tävling.
Maciej Krezel i det polska herrlaget för synskadade och ledsagaren Anna Ogarzynska slutade på trettonde plats i Super-G. Sydkoreas Jong Seork Park hamnade på tjugofjärde plats i herrarnas sittande Super-G.
FNs fredsbevarare, som anlände till Haiti efter jordbävningen 2010, skuldbeläggs för smittspridningen som startade nära truppens läger.
Haitiska institutet för rättvisa och demokrati har hänvisat till oberoende studier som antyder att FN:s nepalesiska fredsbevarande styrka omedvetet förde sjukdomen till Haiti.
Danielle Lantagne, FN-expert på sjukdomen, sade att utbrottet sannolikt orsakades av de fredsbevarande styrkorna.
Hamilton bekräftade att Harvards universitetssjukhus tagit emot patienten i stabilt tillstånd.
Under 1980-talet arbetade han med TV-program som Taxi, Cheers, och The Tracy Ullman Show.
Den kinesiska nyhetsbyrån Xinhua rapporterade tidigare att ett plan var kapat.
Enligt de tidiga rapporterna blev planet omdirigerat tillbaka till Afganistan efter att ha nekats nödlandning i Ürümqi.
Internationella sanktioner har gjort att nya flygplan inte kan köpas.
Tidigare den här veckan dödades tre personer i en polishelikopterkrasch och ytterligare tre skadades.
De har ställt in turnén efter det att sångaren Steven Tyler skadades av att ha fallit av scenen under uppträdandet den 5 augusti.
Murray förlorade det första setet i ett tiebreak efter att båda spelarna höll varenda serve i setet.
Del Potro hade den tidiga fördelen i det andra setet, men också detta gick till tie-break efter att ha blivit 6-6.
Berömda sångare från hela landet presenterade bhajans, sånger av hängivenhet, vid Shri Shyams fötter.
Sångaren Sanju Sharma inledde kvällen, följd av Jai Shankar Choudhary. Lakkha Singh framförde också chhappan bhog bhajan. Sångaren Raju Khandelwal ackompanjerade honom.
Därefter ledde Lahhka Singh församlingen i att sjunga bhajanerna.
Lakkha Singh presenterade även bhajanen chhappan bhog. Sångaren Raju Khandelwal ackompanjerade honom.
Denna låter spelarna kontrollera handlingar och rörelser i tv-spel genom att röra apparaten genom luften.
"""Hon är väldigt söt och sjunger riktigt bra också"", sa han enligt en utskrift från nyhetskonferensen."
”Jag blev rörd av hela mitt hjärta varje gång vi repeterade det här.”
Man tror dock inte att de har åsamkat rymdfärjan någon skada.
Efter fem minuter börjar det blåsa, ungefär en minut senare når vinden 70 km/h ... då kommer regnet, så hårt och så stort att det smäller mot huden som nålar, sedan föll hagel från himlen, människor sprang skrikande på varandra i panik.
"Jag förlorade min syster och hennes vän, och på vägen fanns det två funktionshindrade personer i rullstolar, människor hoppade bara över och knuffade dem,"" sa Armand Versace."
Det rapporteras att runt 9 400 bostäder i regionen är utan vatten och uppskattningsvis 100 utan el.
Forskarna observerade kristaller som formats i katturin genom tillsatsen av melamin och cyanursyra.
Sammansättningen av dessa kristaller matchar de som finns i urinen hos drabbade husdjur när de jämförs med infraröd spektroskopi (FTIR).
Ändå beskattades 80 % av våra varor genom tullar i centralamerikanska länder. Vi behandlar dig.
Jag tyckte inte det verkade rimligt; det var verkligen inte rättvist.
Kaliforniens guvernör Arnold Schwarzenegger undertecknade en lag som förbjuder försäljning och uthyrning av våldsamma videospel till minderåriga.
"Lagförslaget kräver att våldsamma videospel som säljs i delstaten Kalifornien ska märkas med en dekal med texten ""18"" och gör försäljning till en minderårig straffbart med böter på $1000 per överträdelse."
Huhne har avgått och han kommer ersättas i regeringen av parlamentsledamoten Ed Davey. Norman Lamb, parlamentsledamot, förväntas ta näringsministerposten som Davey lämnar.
De omkomna var Nicholas Alden, 25 och Zachary Cuddeback, 21. Cuddeback var förare.
Schneider vittnade via videolänk från en USAF-bas i sitt hemland.
Hennes första var slalom, där hon fick en Did Not Finish i första åket. 36 av de 116 konkurrenterna fick samma resultat i detta lopp.
Madhya Pradesh-polisen återtog den stulna laptopen och mobiltelefonen.
Föraren fick dock allvarliga huvudskador.
Vägen där olyckan inträffade stängdes tillfälligt medan räddningstjänsten klippte ut föraren från den röda Audi TT:n.
Adekoya har sedan dess blivit anklagad i Edinburghs sheriffdomstol för att ha mördat sin son.
Israel begär tio års konstant militär närvaro i dalen  efter ett avtal har undertecknats, medan PA endast godkänner att lämna en sådan närvaro i fem år.
Jägare i det kompletterande försöket med skadedjursbekämpning skulle övervakas noga av parkskötarna, då försöket observerades och dess effektivitet utvärderades.
Enligt Mick O'Flynn, tillförordnad direktör för parkbevarande och kultur hos NPWS, fick de fyra skyttarna som valdes ut till det första skytteuppdraget omfattande säkerhets- och träningsinstruktioner.
Förra månaden rekommenderade en presidentkommission att det tidigare provisoriska valrådet skulle avgå, som en del i ett paket av åtgärder för att föra landet närmare nya val.
De delvis våldsamma protesterna utlöstes av misslyckandet med att hålla val, några som har förfallit sedan 2011.
Japans ministerium för ekonomi, handel och industri (Meti) sade att man känt till 27 olyckor relaterade till enheterna.
"METI tillkännagav i förra veckan att Apple hade informerat om 34 ytterligare incidenter med överhettning, vilka företaget kallade ""lindriga."""
Kontoret hos Nordmarianernas räddningstjänst meddelade att det inte rapporterats några skador i landet.
Även Pacific Tsunami Warning Center meddelade att det inte fanns någon indikation på tsunami.
Flera i gisslan har räddats och minst sex har hittills bekräftats döda.
Sex gisslor, däribland barn och äldre, släpptes tidigt, liksom de filippinska fotograferna.
Medan han arbetade på sjukhuset började Liggins undersöka för tidiga födslar under sin fritid.
"Xinhua rapporterade att regeringens utredare bärgade två ""svarta lådor"" under onsdagen."
Premiärminister Julia Gillard hävdade under kampanjen vid det federala valet 2010 att hon ansåg att Australien borde bli en republik efter drottning Elizabeth II:s regeringstid.
Den olympiska guldmedaljören skulle ha simmat 100 m och 200 fristil samt tre stafettlopp på the Commonwealth Games, men på grund av hans besvär har det funnits tvivel om hans kondition.
Det spekuleras i att han kommer ställa upp i presidentvalet 2016.
Ingen extra transport sätts in, och tåg över mark kommer inte att stanna vid Wembley, och bilparkering och park-and-ride-stationer är inte tillgängliga på marknivån.
Rädslan för brist på transportmedel öppnade för möjligheten att matchen skulle behöva spelas bakom stängda dörrar utan lagets supportrar.
"Det kan göras mycket tunt och fästas på andra metaller. Det kan göras så tunt att den ibland användes för att dekorera de handmålade bilderna i böcker som kallas ""upplysta manuskript""."
Fukten på dina händer kommer att reagera med de yttre lagren, vilket kommer att kännas lustigt och bilda ett slags skal.
Städerna Harappa och Mohenjo-daro hade en toalett med spolning i nästan varje hus, med koppling till ett sofistikerat avloppssystem.
Hjulet har förändrat världen på otroliga sätt. Det största som hjulet medfört är att ge oss mycket enklare och snabbare transportmetoder.
Det har gett oss tåget, bilen och många andra transportmedel.
Slutligen finns det många små kattdjur (inklusive lösa husdjurskatter) som äter en mycket större mängd små byten som insekter, gnagare, ödlor och fåglar.
Hemligheten bakom deras framgångar är konceptet med en nisch, ett särskilt jobb för varje katt som håller den borta från att rivalisera med andra.
Lejon är de mest sociala kattdjuren, och lever i stora grupper som kallas flockar.
Honorna är ofta nära släkt med varandra; en stor familj av systrar och döttrar.
Som allsidig atlet kan tigern klättra (men inte bra), simma, hoppa långa sträckor och dra med fem gånger styrkan hos en stark människa.
Tigern är del av samma grupp (släkten Panthera) som lejon, leoparder och jaguarer. Dessa fyra katter är de enda som kan ryta.
Tigerns rytande är inte som lejonets ljudliga rytande, utan mer som en mening av morrande, skrikande ord.
Ursprungsbefolkningen har inte förändrats alls, de behöver fortfarande samma anpassningar som tidigare.
Med tiden, när den nya populationen börjar anpassa sig till sin nya omgivning, börjar de se mindre och mindre ut som den andra populationen.
Vi bygger våra hus av växter och tillverkar våra kläder av växter. Mycket av maten vi äter är växter. Utan växterna kan djuren inte överleva.
Mosasaurus var överst på näringskedjan under sin tid, så den hade inget att vara rädd för, utom andra mosasaurier.
Den attackerade också allting som kom ner i vattnet; även en gigantisk dinosaurie som T. rex var ingen match för den.
En annan skillnad var att medan de fattiga människorna och kvinnan åt sin mat medan de satt i stolar, så gillade de rika männen att ha banketter tillsammans där de kunde halvligga på sidan medan de åt sina måltider.
Babylonierna byggde ett primärt tempel till var och en av sina gudar som ansågs vara gudens hem.
Varje tempel hade en öppen tempelgård och sedan en inre helgedom som bara prästerna hade tillträde till.
Tornets topp var en särskild fristad för guden.
Det mesta av den hebreiska familjens liv ägde rum utomhus.
Kvinnor lagade mat på gården; affärer var bara öppna diskar vända mot gatan. Sten användes för att bygga hus.
Oavsett hans upptäckt levde eskimå-stammar redan där vid tidpunkten.
"Även om varje land var ""skandinaviskt"" fanns det många skillnader mellan folken, kungarna, sedvänjorna och historien i Danmark, Sverige, Norge och Island."
Det är dock inte sant. Även om det står något på baksidan av dokumentet är det inte en skattkarta.
"Den 15 augusti 1940 invaderade de allierade södra Frankrike, invasionen kallades ""Operation dragoon""."
På bara två veckor hade amerikanerna och de fria franska styrkorna befriat södra Frankrike och vände sig mot Tyskland.
Under det amerikanska frihetskriget formade de tretton delstaterna först en svag centralregering - med kongressen som enda komponent - enligt konfederationsartiklarna.
Artiklarna krävde enhälligt godkännande från alla delstater innan de kunde läggas till och delstaterna fäste så liten vikten vikt vid den centrala regeringen att deras representanter ofta var frånvarande.
Italiens nationella fotboll, tillsammans med det tyska fotbollslaget, är världens näst mest framgångsrika lag och var mästare i FIFA-världscupen år 2006.
Med sina många öar räknas Japan i geografisk bemärkelse ofta som en arkipelag.
Taiwans historia går tillbaka till 1400-talet då europeiska sjömän som passerade förbi registrerade öns namn som Ilha Formosa, som betyder vacker ö.
Efter nederlaget 1895 i det första sino-japanska kriget (1894-1895) undertecknar Qingregeringen Shimonosekiföredraget, genom vilket suveränitet över Taiwan ges till Japan, som sedan styr över ön fram till 1945.
Till exempel så är det vanligaste formatet för stillbilder i världen 35 mm, vilket var den dominerande filmstorleken vid slutet av den analoga filmens era.
35-milimetersformatet är, något förvirrande, 36 mm brett och 24 mm högt.
Sidförhållandet i detta format (dividera med tolv för att åstadkomma den enklaste helsiffriga relationen) sägs därför vara 3:2.
Det hävdas att den bästa placeringen för subjektet är där linjerna som delar bilden i tredjedelar vertikalt och horisontellt möts (se exemplet).
En av kristendomens huvudsakliga lärosatser säger att förmögenhet ska användas för att dämpa lidande och fattigdom och att kyrkans penningmedel är till för just det ändamålet.
Kyrkans centrala makt hade legat i Rom i över tusen år och denna koncentration av makt och pengar fick många att ifrågasätta om denna princip var uppfylld.
Mellan varje dynasti förekom även en instabil period där provinserna var delade. Den mest kända av dessa perioder var De tre kungadömena, som utspelade sig mellan de 60 åren mellan Han- och Jindynastierna.
Detsamma gäller för militären, då rank inom armén nu grundades på kaliber istället för på klass.
Grottan, som är belägen på en av bergstopparna norr om Mecca, är helt isolerad från resten av världen.
Det är faktiskt inte lätt att hitta ens om man vet att det finns. Inuti grottan är det total isolering.
Det går inte att se något annat än den klara, vackra himlen och de många omgivande bergen. Väldigt lite av den här världen kan ses eller höras inifrån grottan.
"Markeringen för ""uppåt-stråke"" ser ut som ett V och markeringen för ""nedåt-stråke"" som en klammer eller en fyrkant som saknar bottensida."
Den vettskrämde kung Ludvig XVI, drottning Marie Antoinette, deras två små barn (11-åriga Marie Therese och fyraårige Louis-Charles) och kungens syster, madam Élisabeth, tvingades den 6 oktober 1789 tillbaka till Paris från Versailles av en hop marknadskvinnor.
De reste tillbaka till Paris i en vagn omgivna av en folkmassa som skrek och ropade ut hot mot kungen och drottningen.
Krigsutgifterna för den amerikanska imperialismens erövring av Filippinerna betalades av det filippinska folket själva.
De var nödsakade att betala skatt till den amerikanska kolonialregimen för att täcka större delen av kostnaden och räntan på obligationer i den filippinska regeringens namn genom Wall streets banker.
Naturligtvis skulle de stora vinsterna som härrör från den utdragna exploateringen av det filippinska folket utgöra de grundläggande vinsterna från amerikansk imperialism.
För att förstå tempelherrarna måste man förstå det sammanhang som ledde till att ordningen skapades.
Teknologisk determinism är en term som omfattar många olika idéer i praktiken, från att tekniken driver utvecklingen eller det teknologiska imperativet i den strikta uppfattningen att människans öde drivs av en grundläggande logik som hör samman med naturlagarna och hur de manifesteras i teknologi.
"De flesta tolkningar av teknologisk determinism har två generella idéer gemensamt: att själva teknologiutvecklingen följer en bana som till största del befinner sig bortom kulturell eller politisk påverkan, och att teknologi i sin tur har ""effekter"" på samhällen som är ursprungliga, snarare än socialt betingade."
Romantiken innehöll ett stort element av determinism med ursprung hos författare som Goethe, Fichte och Schlegel.
Dess inflytelse minskade under 1300-talet främst på grund av det faktum att korsfarare hade återvänt med gåvor såsom silke och kryddor som värderades högre än vad den bysantinska marknader erbjöd.
I början var kläder starkt influerade av den bysantinska kulturen i öst.
På grund av de långsamma kommunikationsvägarna, kunde stilarna i väst emellertid släpa efter med 25 till 30 år.
mot slutet av medeltiden började Västeuropa utveckla sin egen stil. En av tidens största utvecklingar till följd av korstågen var att folk började använda knappar för att fästa kläder.
Historiskt sett bedrev de flesta lantbrukare självförsörjande jordbruk och så är det fortfarande i många utvecklingsländer.
Medlemmar i en subkultur signalerar ofta sin tillhörighet genom ett distinkt och symboliskt stilval, som inkluderar mode, manér och jargong.
En av de vanligaste metoderna som används för att illustrera vikten av socialisering är att titta på de få olyckliga fallen av barn som genom försummelse, olycka eller avsiktlig misshandel inte socialiserats av vuxna under sin uppväxt.
När det vilda barnet uppfostras helt och hållet av icke-mänskliga djur, uppvisar det beteenden (inom fysiska gränser) nästan helt identiska med det specifika vårddjurets, såsom dess rädsla för eller likgiltighet för människor.
Scaffolding är inte en inlärningsmetod utan ett stöd till individer som lär sig något nytt, till exempel att använda ett nytt datorprogram eller att påbörja ett nytt projekt.
Virtuell stöttning är internaliserat i mjukvaran och är tänkt att ifrågasätta, vägleda och förklara metoder som kan ha varit för utmanande för eleven att klara själv.
Barn placeras i fosterhem av många olika anledningar, från vanvård till övergrepp och till med utpressning.
Fosterhem är till för att erbjuda alla de nödvändigheter som saknades i hemmet de tidigare kom från.
Användningen av videoinspelning har lett till viktiga upptäckter inom tolkandet av mikrouttryck, ansiktsuttryck som varar några få millisekunder.
Det påstås särskilt att man kan avgöra om en person ljuger genom att tolka mikrouttryck på rätt sätt.
"Oliver Sacks visade i sin skrift ""Presidentens tal"" hur människor som inte kan förstå tal på grund av hjärnskador ändå kan bedöma uppriktighet korrekt."
Mutation lägger till ny genetisk variation, och selektion tar bort den ur poolen av uttalad variation.
"När allt kommer omkring, bör vi inte bli förvånade om våra egna förfäder löste sitt ""proteinproblem"" på ungefär samma sätt som chimpanser på savannen gör i dag."
Detta kan enkelt göras genom att använda en relativt tyst väckarklocka som för dig närmare medvetandet utan att väcka dig helt.
Andra biorytm-baserade alternativ involverar att dricka massor av vätska (speciellt vatten eller te, en känd vätskedrivare) innan sömn, vilket gör att man måste gå upp och kissa.
Den tibetanska buddhismen baseras på Buddhas läror, men har utvidgats med kärlekens väg inom mahayana och många tekniker inom indisk yoga.
Tyskland var en gemensam fiende under andra världskriget, vilket ledde till ett samarbete mellan Sovjetunionen och USA. När kriget tog slut, ledde skillnaderna i system, process och kultur till att ländernas samarbete föll samman.
Vid den 17 september 1939 var det polska försvaret redan brutet och det enda hoppet var att dra sig tillbaka och omorganisera sig längs det rumänska brohuvudet.
Samtidigt försökte den tyska flottan, främst med hjälp av u-båtar, att stoppa den här trafiken.
Om de allierade hade misslyckats skulle Tyskland troligtvis kunnat erövra Storbritannien på samma sätt som övriga Europa.
Antikens kulturer och stammar hade dem för att få mjölk, päls, kött och hud.
Sliprar introducerades ganska tidigt för att hålla spåren på plats. Dock insåg man gradvis att spåren skulle bli mer effektiva om de hade ett lager av järn överst.
Detta kom att bli praxis, men järnet slet mer på vagnarnas trähjul.
Deras föregångare, australopithecus, hade inte för vana att gå upprätt.
Bipedala specialiseringar har hittats i Australopithecus-fossiler från 4,2-3,9 miljoner år sedan, även om Sahelanthropus kan ha gått på två ben redan för sju miljoner år sedan.
Vi kan börja leva på ett mer miljövänligt sätt, vi kan engagera oss i miljörörelsen, och vi kan även bli aktivister för att minska det framtida lidandet i någon mån.
En skickades till George Washington den 6 juli, som fick den uppläst för sina trupper i New York den 9 juli. En kopia nådde London den 10 augusti.
Många paleontologer anser att en grupp av dinosaurier överlevde och finns kvar än idag. Vi kallar dem fåglar.
Många tänker inte på dem som dinosaurier, eftersom de har fjädrar och kan flyga.
Ett binärt tal kan endast ha ett av två värden, dvs. 0 eller 1 och dessa siffror kallas binära siffror - eller bits för att använda datorjargong.
Inre förgiftning märks inte alltid omedelbart. Symptom som kräkningar är alltför allmänna för att en omedelbar diagnos ska kunna ställas.
Denna term härstammar från forntida släktskap med vägglöss, insekter som är skarpt anpassade för att parasitera på människor.
Både rovskinnbaggar och vägglöss är bostannare, anpassade för att bo i dess värds bo eller hem.
MS är en sjukdom som påverkar centrala nervsystemet, vilket består av hjärnan, ryggmärgen och synnerven.
Forskning har funnit att kvinnor löper dubbelt så stor risk att ha MS än män.
Ett par kan besluta att det inte ligger i deras intresse, eller är för deras barns bästa, att uppfostra ett barn.
Dessa par kan välja att upprätta en adoptionsplan för sitt barn.
Naturalister och filosofer fokuserade på klassiska texter och, i synnerhet, på Bibeln skriven på latin.
Aristoteles syn på alla vetenskapliga frågor, inklusive psykologi, accepterades.
När kunskapen i grekiska minskade, fann sig västvärlden avskuren från sina grekiska rötter inom filosofi och vetenskap.
Endast mutationer i fortplantningsceller kan nedärvas till barn, medan mutationer på andra ställen kan orsaka cell död eller cancer.
Exempel på aktiviteter på plats inkluderar jakt, fiske, fotografering, fågelskådning samt att besöka parker och studera information om ekosystemet.
Ett exempel är att besöka, fotografera och lära sig mer om orangutanger i Borneo.
Varje morgon lämnar människor små landsortsstäder i bilar för att åka till sina arbeten och passeras av andra vilkas destination för arbetet är platsen de precis lämnat.
Trafikflöde är studiet av hur individuella förare och fordon rör sig mellan två punkter och hur de interagerar med  varandra.
Tyvärr är det svårt att studera trafikflöden eftersom förarbeteenden inte kan förutsägas med hundra procents säkerhet.
Som väl är tenderar bilister att bete sig hyfsat konsekvent; således tenderar trafiken att flyta på någorlunda konsekvent och kan i stora drag presenteras matematiskt.
Detta ger dem fler små utrymmen där de kan gömma sig för rovdjur.
Idag är de enda insekter som inte kan fälla in sina vingar trollsländor och dagsländor.
Amazonfloden är världens mest vattenrika och näst längsta flod. Dess vattenflöde är mer än 8 gånger så stort som den näst största floden.
Amazonflodens huvudfåra är 6 387 km.  Den får sitt vatten får tusentals mindre floder.
Det nya kungarikets gamla egyptier förundrades över sina föregångares monument som vid den tiden var gott och väl över tusen år gamla.
Alla medborgare i Vatikanstaten är romerska katoliker.
Människor har känt till grundläggande kemiska ämnen såsom guld, silver och koppar sedan antiken, då dessa kan upptäckas i naturen i sin ursprungliga form och är relativt enkla att utvinna med primitiva verktyg.
Filosofen Aristoteles hade en teori om att allt bestod av ett eller flera av totalt fyra element. Dessa var jord, vatten, luft och eld.
Ämnen som kalcium och kalium räknas till metaller. Det finns förstås också metaller som silver och guld.
Atomer är så otroligt små att biljoner av dem kan få plats i punkten i slutet av denna mening.
När nyare skrivmetoder har utvecklats, har tyvärr blyertspennan fått lägre status och färre användningsområden.
Idag skriver människor meddelanden på datorskärmar, och behöver aldrig komma i närheten av en pennvässare.
Man kan bara undra vad det blir av tangentbordet när något nyare kommer.
Vissa atomer har instabila kärnor och det behövs då inte mycket för att de ska sönderfalla.
Innehållsteorier kretsar kring att ta reda på vad som får igång människor eller vad som tilltalar dem.
Teorierna gör gällande att människor har vissa behov och/eller begär som internaliseras efterhand de blir vuxna.
"Generellt sett kan två beteenden framträda när chefer börjar leda sina tidigare gelikar. I den ena änden av spektrumet försöker chefen att förbli ""en i gänget""."
När allt kommer omkring är ledaren den ytterst ansvariga för om laget lyckas eller misslyckas.
Virtuella team håller samma samma höga standarder som konventionella team, men det finns subtila skillnader.
"Närvaron av ett verkligt ""osynligt team"" (Larson och LaFasto 1989, s.109) är också en unik komponent i ett virtuellt team."
Varför skulle en organisation vilja gå igenom den tidskrävande processen att inrätta en lärande organisation? Ett mål med att börja använda organisatoriska inlärningskoncept är innovation.
Neurobiologisk information tillhandahåller fysiska bevis för ett teoretiskt förhållningssätt till undersökandet av kognition. Därför gör den forskningsområdet smalare och mycket mer exakt.
Även om AI är starkt förknippat med science fiction är det en mycket viktig gren inom datavetenskapen som inbegriper maskiners beteende, inlärning och intelligens.
Exempel på detta är kontroll, planering och schemaläggning, förmågan att besvara kunddiagnoser och -frågor, och även igenkänning av handstil, röst och ansikte.
Sådana saker har blivit separata discipliner, som fokuserar på att erbjuda lösningar på verkliga problem.
Teknologin erbjuder lösningar med virtuella studiebesök. Studenter kan titta på museiföremål, besöka ett akvarium, eller beundra vacker konst sittande med sin klass.
"Lämplig användning av bloggar ""kan ge eleverna möjlighet att bli mer analytiska och kritiska; genom att aktivt svara på internetmaterial kan eleverna definiera sina positioner i relation till vad andra har skrivit, samt redogöra för sina egna perspektiv på specifika frågor (Oravec, 2002)."
Ottawa är Kanadas charmerande tvåspråkiga huvudstad och erbjuder en rad gallerier och muséer som visar Kanadas nutid och dåtid.
Längre söderut ligger Niagarafallen och i den norra delen finns Muskokas vackra, orörda natur.
Madagaskar är den överlägset största, och en egen kontinent i fråga om fauna.
De flesta av de mindre öarna är självständiga nationer, eller hör till Frankrike, och är kända som lyxiga badorter.
Araberna introducerade också islam till områdena, vilket fick ett stort genomslag i Komorerna och Mayotte.
Kvinnor: Det rekommenderas att alla kvinnliga resenärer säger att de är gifta, oavsett deras faktiska äktenskapliga status.
Det är bra att också bära en ring (inte bara en som ser för dyr ut).
Den moderna staden Casablanca grundades av berberfiskare under 1000-talet fvt och användes av fenicierna, romarna och mereniderna som en strategisk hamn med namnet Anfa.
Portugiserna förstörde den och återuppbyggde den under namnet Casa Branca. bara för att överge den efter en jordbävning år 1755.
Runt det gamla Medina är det lätt att hitta ställen som säljer traditionella marockanska produkter, såsom tagine, keramik, läderprodukter, vattenpipor och ett helt spektrum av krimskrams, men det allt för turisterna.
Goma är en turiststad i den Demokratiska republiken Kongo, belägen allra längst österut nära gränsen till Rwanda.
År 2002 förstördes Goma av lava från vulkanen Nyiragongo som begravde merparten av stadens gator, i synnerhet i de centrala delarna.
"Kombinerat med dess relativa otillgänglighet, har ""Timbuktu"" kommit att användas som en metafor för exotiska, avlägsna platser."
1990 togs den med på listan över hotade världsarv på grund av hotet från ökensand.
Det är en av de största sevärdheterna i Sydafrika och det anses vara flaggskeppet bland Sydafrikanska nationalparker (SANParks).
Precis som alla andra sydafrikanska nationalparker tar parken ut dagliga naturvårds- och entréavgifter.
Sedan 1966 har Sundarbans varit ett reservat för vilda djur, och det uppskattas att det nu finns 400 bengaliska tigrar och omkring 30 000 axishjortar i området.
De flesta distrikt trafikeras av små japanska Coasterbussar, som är bekväma och stabila.
Bron över Oyapockfloden är en kabelbro. Den sträcker sig över Oyapockfloden och binder ihop städerna Oiapoque i Brasilien och Saint-Georges de l'Oyapock i Franska Guyana.
Den vertikala fria höjden under bron är 15 meter. Byggandet slutfördes i augusti 2011, den öppnades inte för trafik förrän i mars 2017.
Guaraní var den mest betydelsefulla ursprungsfolksgruppen som bebodde det nuvarande östra Paraguay och levde som semi-nomadiska jägare som också utövade subsistensjordbruk.
Spanjorerna inledde koloniseringsperioden som varade i tre århundraden.
Sedan Asunción grundades 1537 har Paraguay lyckats behålla mycket av sin inhemska karaktär och identitet.
Årets största turnering äger rum i december på polobanorna i Las Cañitas.
Den officiella Falklands-valutan är Falklandspundet (FKP) vars värde motsvarar värdet för ett brittiskt pund (GBP).
Kreditkort kommer förmodligen inte att accepteras på de avsides belägna öarna, men brittisk och amerikansk valuta kan tas emot; kontakta ägarna i förväg för att avgöra vad som är en acceptabel betalningsmetod.
Varje år skadas dussintals besökare eftersom de inte höll adekvat avstånd. Dessa djur är stora, vilda och potentiellt farliga, så ge dem sitt utrymme.
Tänk dessutom på att lukter attraherar björnar och andra vilda djur, så undvik att ha med eller tillaga mat som luktar och håll lägret rent.
Samoas huvudstad heter Apia. Staden ligger på ön Upolu och har en folkmängd strax under 40 000.
Hamnen var skådeplats för ett ökänt dödläge år 1889 när sju skepp från Tyskland, USA och Storbritannien vägrade lämna hamnen.
Under självständighetskampen som organiserades av Mau-rörelsen, ledde en fredlig sammankomst i staden till mordet på högsta hövdingen Tupua Tamasese Lealofi III.
Dessa är ibland välbesökta familjestränder med ett bra utbud av butiker som ligger vid stranden. Simning är säkert.
Det lokala dricksvattnet är helt riskfritt att dricka, men vatten på flaska är lätt att hitta om du orolig.
"För australiensarna är tanken på ”flat white” kaffe okänd. En ""short black"" är ""espresso"", cappuccino har en hög med grädde (inte skum) och te serveras utan mjölk."
Ändå, ta myndigheternas råd, lyd alla skyltar och var mycket uppmärksam på säkerhetsvarningar.
Det finns hajar, men de attackerar sällan människor. De flesta hajar är rädda för människor och skulle simma iväg.
Saltvattenkrokodilens huvudsakliga livsmiljö ligger i flodmynningarna norr om Rockhampton, så de lever vanligtvis inte i havet.
Bokning i förväg ger resenären trygghet och en försäkran om att de kommer att ha någonstans att sova när de anländer till sin destination.
Resebyråer erbjuder ofta paket som inkluderar frukost, transfer till och från flygplatsen, och till och med paketresor som kombinerar flyg och hotell.
De kan också reservera din bokning åt dig om du behöver tid att tänka över erbjudandet eller skaffa fram ytterligare dokument som krävs för din destination (t.ex. visering).
Kom ihåg att även om musikframträdandena på huvudscenen har slutat, så kan delar av festivalen fortsätta att spela musik till sent inpå natten.
Om du korsar norra Östersjön på vintern, kontrollera hyttens placering, eftersom att gå genom is orsakar riktigt hemska ljud för dem som påverkas mest.
Vissa etablissemang erbjuder alkoholhaltiga drycker gratis. Men berusning försämrar omdömet, och alla bra spelare vet hur viktigt det är att hålla sig nykter.
På isiga och snöiga vägar är friktionen låg och du kan inte köra på samma sätt som på bar asfalt.
Under snöstormar kan det på mycket kort tid falla tillräckligt med snö för att du ska fastna.
Termen safari i populärt bruk avser resor över landet för att se de fantastiska afrikanska vilda djuren, särskilt på savannen.
Om du bokade dina flyg och boende för 2020 innan uppskjutningen tillkännagavs kan du vara i en svår situation.
Det förväntas att de flesta biljetter till evenemang kommer att kosta mellan 2 500 och 130 000 yen, med ett typiskt biljettpris runt 7 000 yen.
Om inget strykjärn finns tillgängligt, eller om du inte vill ha på dig strukna strumpor, kan du prova att använda en hårtork, om en sådan finns till hands.
Det finns olika satt att rena vatten på, och vissa är mer effektiva mot specifika faror.
Filter kan variera i effektivitet, och om du är osäker så bör du överväga att köpa ditt vatten i en försluten flaska från ett etablerat företag.
Resenärer kan stöta på skadedjur de inte är bekanta med från sina hemregioner.
Märkligt nog är mobiltäckningen mycket bättre här än längs många andra sträckor, t.ex. Pennsylvania Wilds.
Många tyska bakverk har också mandlar, hasselnötter och andra nötter. Populära kakor passar ofta särskilt bra med en kopp starkt kaffe.
I norra Indien och Pakistans inlandsregioner används yoghurt ofta i curryrätter; i södra Indien och vissa andra av subkontinentens kustregioner används ofta kokosmjölk.
Men om den används utan bestämningsord, tenderar termen att betyda maten som ursprungligen kom från de centrala och östra delarna av huvudön Java.
Den javanesiska kokkonsten, som nu finns tillgänglig överallt i öriket, bjuder på ett uppbåd av enkelt kryddade rätter, där de smaksättare som javaneserna använder mest är jordnötter, chili, socker (i synnerhet javanesisk kokossocker) och olika aromatiska kryddor.
Om en ryttare kastas av en häst men har fastnat med en fot i stigbygeln, kan hen släpas om hästen springer iväg. För att minimera denna risk kan ett antal säkerhetsåtgärder vidtas.
För det första har de flesta ryttare stövlar med klack och en slät, ganska smal sula.
Cochamó-dalen, Chiles främsta destination för klättring, är känd som Sydamerikas Yosemite, och har ett antal stora klippor och väggar i granit.
Bergsstopparna erbjuder utsikt som kan ta andan ur dig. Klättrare från världens alla hörn skapar ständigt nya rutter bland de otaliga bergsväggarna.
Skidåkning är en aktivitet som lockar många entusiaster, ibland kallade ”skidluffare”, som planerar hela semesterresan runt skidåkning i ett visst område.
Idén om skidåkning är mycket gammal – grottmålningar som föreställer skidåkare dateras så långt tillbaka som 5 000 f.Kr.!
Backpacking på skidor: den här aktiviteten kallas också backcountry ski, turskidåkning eller skidvandring.
Det är relaterat till men involverar vanligtvis inte alpin skidåkning eller bergsklättring, det senare utförs i brant terräng och kräver mycket styvare skidor och stövlar.
Under goda förhållanden kommer du att kunna klara av något större avstånd än vid promenader – men du kommer bara sällan upp i hastigheter som vid längdskidåkning utan en tung ryggsäck i preparerade spår.
Schengenområdet fungerar emellertid ungefär som ett land i detta avseende.
På liknande sätt, om du har ett Schengen-visum behöver du inte ansöka om visum i varje Schengen-medlemsland separat. Du sparar därmed både tid, pengar och pappersarbete.
Det finns ingen universell definition av vilka tillverkade föremål som är antikviteter. Vissa skattebyråer definierar varor äldre än 100 år som antikviteter.
Definitionen har geografiska variationer, där åldersgränserna kan vara kortare i till exempel Nordamerika än i Europa.
Renskötsel är en viktig försörjning bland samerna och kulturen som omger handeln är viktig även för många med andra yrken.
Idag arbetar många samer inom moderna näringar. Turism är en viktig inkomstkälla i Sápmi, samernas område.
Om landet du besöker blir föremål för en reserestriktion kan din resesjukvårdsförsäkring eller ditt avbokningsskydd påverkas.
Du kan också ha önskemål om att konsultera andra regeringar än din egen, men deras råd är utformade för sina egna invånare.
Bilden som presenteras är ofta hastig, generell och överförenklad jämfört med den mer detaljerade informationen som finns tillgänglig från andra håll.
Extremt väder är den allmänna termen för alla farliga väderfenomen med potential att orsaka skada, allvarliga sociala störningar eller förlusten av människoliv.
Regionala och årstidsbundna allvarliga väderfenomen inkluderar häftiga snöstormar, yrväder, isstormar och sandstormar.
Alla som planerar att besöka ett land som kan betraktas som en krigszon bör få professionell utbildning.
En kurs varar normalt mellan 2-5 dagar och innefattar rollspel, mycket första hjälpen och ibland vapenutbildning.
Resenärer som planerar könskorrigerande operation utomlands måste försäkra sig om att de innehar giltiga dokument för hemresan.
Ripströmmar är det återvändande flödet från vågor som bryter av vid stranden, ofta vid ett rev eller liknande.
Topologin under vattnet gör att återflödet är koncentrerat till några få djupare delar, och starka strömmar som leder till djupt vatten kan bildas där.
De flesta dödsfall inträffar som resultat av utmattning efter att ha försökt simma tillbaka motströms, vilket kan vara omöjligt.
Försök att sikta någonstans där du inte fastnar igen eller, beroende på dina färdigheter och på huruvida du har blivit upptäckt, vänta på att bli räddad.
Resenärer som har haft lätt för att anpassa sig till nya kulturer har ibland svårt att återanpassa sig till sin ursprungliga kultur.
När du först reste utomlands var människor antagligen tålmodiga och förstående, på grund av vetskapen om att resenärer i ett nytt land måste anpassa sig.
Människor kanske inte förväntar sig att tålamod och förståelse också är nödvändigt för resenärer som återvänder hem.
Pyramidernas ljud- och ljusshow är en av de mest intressanta sakerna för barn på området.
Du kan se pyramiderna i mörkret och du kan se dem i tystnad innan föreställningen börjar.
Vanligtvis hör du alltid ljuden av turister och försäljare. Ljud- och ljusberättelsen är precis som en sagobok.
Bakgrunden utgörs av Sphinxen, som berättar en lång historia.
Tjänsten används ofta av fartyg, inklusive nöjesbåtar, såväl som expeditioner som har behov av fjärrdata och -röster.
Att resa och lära sig är ett allt mer populärt alternativ för de som planerar ett friår.
Detta är särskilt populärt bland nyutexaminerade, vilket gör att de kan ta ett år ledigt innan universitetet utan att äventyra sin utbildning.
I många fall kan att skriva in sig på en sabbatsårskurs utomlands faktiskt öka chanserna att komma in på en högre utbildning i ditt hemland.
I skärgården och sjöarna behöver du inte nödvändigtvis en yacht.
Även om skärgårdarna och de största sjöarna verkligen är stora nog för vilken lustjakt som helst, kan mindre båtar eller t.o.m. en kajak erbjuda en annan upplevelse.
Båtliv är ett nationellt tidsfördriv i Finland, med en båt på var sjunde- eller åttonde person.
De flesta av de specifikt baltiska kryssningarna inkluderar ett längre uppehåll i Sankt Petersburg i Ryssland.
Om du bara går i land med fartygsexkursioner behöver du inte ett separat visum (från 2009).
Om de har skickat saker med flygfrakt, kan det på vissa rutter ha tagit flera dagar att gå igenom urlastning och tull.
Det enda sättet att få fram det snabbare var att skicka det som incheckat bagage. Flygbolagens regler tillåter inte att man skickar bagage utan en passagerare, och det är här du kommer in i bilden.
Flygbolagen är väl medvetna om att det finns en viss kärngrupp av resenärer som är beredda att betala bra för privilegiet att resa någonstans snabbt och bekvämt. Bolagen tar också betalt därefter.
1994 ledde denna konflikt till skapandet av den självutropade republiken Transnistrien i östra Moldavien, som har en egen regering och valuta men som inte erkänns av något av medlemsländerna i FN.
De ekonomiska relationerna har återupprättats mellan dessa två delar av Moldavien, trots misslyckanden i de politiska förhandlingarna.
Den största religionen i Moldavien är ortodox kristendom.
İzmir är den tredje största staden i Turkiet med en befolkning omkring 3,7 miljoner, den näst största hamnen efter Istanbul, och ett väldigt bra transportnav.
Staden, som i historisk tid kallades Smyrna, är idag en modern, utvecklad stad och ett livligt kommersiellt center belägen vid en enorm hamn omgiven av berg.
Barcelonas officiella språk är katalanska och spanska. Ungefär hälften föredrar att tala katalanska, en överväldigande majoritet förstår det, och så gott som alla kan spanska.
De flesta skyltarna är emellertid bara på katalanska, då det enligt lag är det primära officiella språket.
Parisbor har rykte om sig att vara egocentriska, oförskämda och arroganta.
"Även om detta ofta bara är en felaktig stereotyp, är det bästa sättet att klara sig i Paris fortfarande att uppföra sig på bästa sätt och bete sig som någon som är ""bien élevé"" (väluppfostrad). Det kommer göra det betydligt enklare att ta sig runt."
Plitvicesjöarnas nationalpark är bevuxen med tät skog, huvudsaklingen med bok, gran och ädelgran, och har en blandning av alp- och medelhavsvegetation.
Den har en påfallande stor artrikedom, på grund av omfattningen av mikroklimat, olika jordmåner och varierande höjdskillnader.
Det blir naturligtvis enklare för dig att lära dig portugisiska om du redan kan ett romanskt språk.
Förmoderna observatorier är vanligtvis föråldrade idag och finns kvar som muséer eller utbildningsplatser.
Eftersom ljusföroreningar under deras storhetstid inte var den typ av problem som de är idag, finns de vanligtvis i städer eller på universitetsområden, lättare att nå än de som byggts under modern tid.
Konceptet kom från Kina där man använde plommonblommor.
"Om du besöker en arrangerad trädgård, och du plockar ett ""exemplar"" kommer det även att få dig utkastad, utan diskussion. "
Singapore är generellt en extremt trygg plats att vistas på och väldigt lätt att navigera i, och du kan köpa nästan vad som helst efter ankomsten.
"Men med sin placering i ""höga tropikerna"" bara några få grader norr om ekvatorn måste du hantera både hetta (alltid) och stark sol (när himlen är klar, mer sällan)."
Det finns också ett mindre antal bussar som går norrut till Hebron, den traditionella begravningsplatsen där de bibliska patriarkerna Abraham, Isak, Jakob och deras fruar vilar.
Inre vattenvägar kan vara en bra utgångspunkt att basera en semester kring.
Julen är en av de viktigaste helgerna inom Kristendomen och firas som Jesus födelsedag.
Många av traditionerna runt helgen har även tagits upp av icke-troende i kristna länder och icke-kristna runt hela världen.
Det finns självklart kristna teologiska förklaringar till denna tradition, men det kan mycket väl handla om en förkristen vår- och fertilitetsritual.
Mer traditionella kyrkor håller ofta en påsknattsmässa på lördagskvällen under påskhelgen. Vid midnatt bryter sedan församlingen upp för att fira Kristi uppståndelse.
Eftersom områdena är glest befolkade, och ljusföroreningar därmed ofta inte ett problem, kommer du även att kunna njuta av stjärnhimlen.
Den japanska arbetskulturen är mer hierarkisk och formell än vad västerlänningar kanske är vana vid.
Kostym är den normala affärsklädseln, och kollegor tilltalar varandra med efternamn eller med jobbtitel.
