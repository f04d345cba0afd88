Dr. Ehud Ur, profesor medicíny na Dalhousieově univerzitě v Halifaxu v Novém Skotsku a zároveň předseda klinické a vědecké divize Kanadské diabetické asociace upozornil, že výzkum je teprve ve svých počátcích.
Stejně jako někteří další experti je skeptický ohledně toho, zda je možné diabetes vyléčit. Poukazuje na to, že tato zjištění se netýkají lidí, kteří již mají diabetes 1. typu.
Na konci roku 2017 se Siminoff objevil na teleshoppingovém kanálu QVC.
Ačkoli se jedna experimentální vakcína jeví schopná snižovat smrtelnost eboly, až dosud nebyla u žádných léků jasně prokázána vhodnost k léčbě stávající infekce.
USA Gymnastics podporuje dopis Olympijské komisi Spojených států a uznává naprostou potřebu Olympijské rodiny propagovat bezpečné prostředí pro všechny naše atlety.
Gymnastický výbor USA podporuje nezávislé vyšetřování, které by pomohlo osvětlit, jak mohlo tak rozsáhlé obtěžování, jež oběti Larryho Nassara tak statečně popisovaly, zůstat tak dlouhou dobu bez povšimnutí. Dále také vítá veškeré potřebné změny.
Během 60. let 20. století pracoval Brzezinski pro Johna F. Kennedyho jako jeho poradce a poté pro administrativu Lyndona B. Johnsona.
Během výběrů v roce 1976 radil Carterovi v oblasti zahraniční politiky, poté od roku 1977 do roku 1981 působil jako poradce pro národní bezpečnost (NSA), kde nahradil Henryho Kissingera.
Gosling a Stoneová získali nominace na nejlepšího herce a nejlepší herečku.
V neděli pak prezident Spojených států Donald Trump v prohlášení vydaném přes tiskového mluvčího oznámil, že se americká vojska stáhnou ze Sýrie.
K oznámení došlo poté, co měl Trump telefonický hovor s tureckým prezidentem Recepem Tayyipem Erdoğanem.
Vědci tvrdí, že peří tohoto zvířete bylo kaštanově hnědé svrchu s bledou nebo karotenově zbarvenou spodní stranou.
Bomba ve voze, která explodovala poblíž policejního velitelství v tureckém Gaziantepu včera ráno, zabila dva policisty a zranila více než 20 dalších lidí.
Zjistili, že Slunce funguje na stejném základním principu jako jiné hvězdy: aktivita všech hvězd v systému je zjevně určována jejich světelností, rotací a ničím jiným.
Během své cesty se Iwasaki mnohokrát dostal do potíží.
Standard 802.11n operuje na frekvencích 2.4Ghz i 5.0Ghz.
Tak bude možná zpětná kompatibilita s normami 802.11a, 802.11b a 802.11g za předpokladu, že základna má duální vysílač.
Rychlosti 802.11n jsou podstatně vyšší než v případě jeho předchůdců s maximální teoretickou propustností 600 Mbit/s.
Duvall, který je ženatý a má dvě dospělé děti, neudělal velký dojem na Millera, kterého se příběh týkal.
Při dotazu na komentář Miller řekl: „Mike při slyšení mluví hodně... Připravoval jsem se, a tak jsem úplně neslyšel, co říkal.“
„Pokusíme se snížit emise oxidu uhličitého na jednotku HDP o význačný rozdíl z úrovně v roce 2005 do roku 2020,“ řekl Hu.
Dodal, že by „však neměli být žádáni o převzetí povinností, které přesahují jejich fázi vývoje, odpovědnost a schopnosti.“
Zpráva je do velké míry kritická vůči téměř všem aspektům současného postupu exekutivy směrem k Iráku a vyžaduje okamžitou změnu směru.
První z jeho 78 doporučení je, že před koncem tohoto roku by měla být podniknuta nová diplomatická iniciativa za účelem zajistit hranice Iráku proti nepřátelským intervencím a obnovit diplomatické vztahy s jeho sousedy.
Liberální kritika snah o rekonstrukci se soustředila na to, že smlouvy o rekonstrukci vyhrávali domnělí washingtonští zasvěcenci.
Na pohřeb se do Říma vydalo více než čtyři miliony lidí.
Na různých místech v Římě byly umístěny velké televizní obrazovky, aby lidé mohli sledovat ceremonii.
Kongres začal financovat iniciativu proti obscénnostem ve fiskálním roce 2005 a stanovil, že FBI musí vyhradit 10 agentů zabývajících se pornografií dospělých.
Střední odpalovači Sachin Tendulkar a Rahul Dravid si vedli dobře a uzavřeli stotisícové partnerství.
Americký prezident George W. Bush dorazil do Singapuru ráno 16. listopadu a zahájil týdenní cestu po Asii.
Byl přivítán singapurským místopředsedou vlády Wong Kan Sengem a se singapurským premiérem Lee Hsien Loongem diskutoval otázky obchodu a terorismu.
Podle posledního bulletinu naznačovalo sledování mořské hladiny vznik tsunami. Jednoznačná aktivita tsunami byla zaznamenána poblíž Pago Pago a Niue.
V Tonze nebyly hlášeny žádné velké škody ani zranění, ale došlo k dočasnému výpadku energie, což údajně zabránilo tonžským orgánům, aby přijaly varování před tsunami vydané PTWC.
Čtrnáct škol na Havaji nacházejících se na pobřeží nebo v jeho blízkosti bylo celou středu zavřeno i přesto, že varování byla odvolána.
Americký prezident George W. Bush toto oznámení uvítal.
Dnes se v Atlantském oceánu zformovala desátá pojmenovaná bouře sezony atlantických hurikánů, subtropická bouře Jerry.
Přes hráz přetéká voda na úseku širokém 30 metrů.
Správce Commons Adam Cuerden vyjádřil svou frustraci nad smazánými daty v rozhovoru pro Wikinews z minulého měsíce.
„On [Wales] nám v podstatě lhal od začátku. Zaprvé tím, že jednal, jako by to bylo z právních důvodů. Zadruhé předstíráním, že nás poslouchá, až do smazání děl.“
Rozhořčení komunity vedlo k současnému úsilí o přípravu pravidel týkajících se sexuálního obsahu pro webovou stránku, která obsahuje miliony médií s otevřenou licencí.
Práce byla většinou teoretická, ale byl napsán program s cílem simulovat pozorování galaxie Sagittarius.
Vědci dospěli k závěru, že temná hmota ovlivňuje jinou temnou hmotu stejným způsobem jako běžná hmota.
Televizní reportáže ukazují bílý kouř stoupající z elektrárny.
Za dobu jednoho roku může nakažený člověk nakazit 10 až 15 blízkých kontaktů.
Satelity, které vážily přes 450 kg a cestovaly rychlostí přibližně 27 300 kilometrů za hodinu, se srazily 790 km nad Zemí.
Vědci uvádějí, že exploze způsobená nárazem byla masivní.
Výsledek vykreslovací analýzy bude zveřejněn na veřejně přístupném webu.
První případy nemoci se v této sezóně objevily na konci července.
Vláda také slíbila několik milionů dávek vakcíny proti encefalitidě, které pomohou připravit zdravotnické agentury na příští rok.
Vyrobil více než 1 000 známek pro Švédsko a 28 dalších zemí.
Po nehodě byl Gibson převezen do nemocnice, ale krátce na to zemřel.
Jedna z osob pracující v garáži poblíž místa nehody uvedla: „Děti čekaly, až budou moci přejít silnici, a všechny křičely a plakaly.“
Všichni běželi zpět z místa, kde se odehrála nehoda.
Peníze se mohou využít na protipovodňové zabezpečení domů, lepší hospodaření s vodou a diverzifikaci plodin.
K tomuto závěru došla díky množství pozitivních komentářů a povzbuzení, které ji zasílali ženy i muži a naléhali, aby byly antikoncepční léky považovány za medicínsky nezbytné.
Když po transportu raněných do nemocnice boje ustaly, asi 40 zbylých vězňů zůstalo na dvoře a odmítlo se vrátit do svých cel.
Brzy poté do prostoru vstoupili těžkooděnci a rozehnali vězně slzným plynem.
Hasičské záchranné týmy nakonec ve 23:35 oheň uhasily.
Ačkoliv hladina vody stoupne po záplavě jen o několik stop, úředníci doufají, že to postačí na obnovu erodovaných písčin níže po proudu.
Mluvčí Lékařů bez hranic Richard Veerman řekl: „Angola směřuje k nejhorší epidemii ve svých dějinách a situace zde zůstává velmi kritická.“
První nasazený tým Jižní Afriky vykročil správným směrem, když pohodlně vyhrál s pátou nasazenou Zambií výsledkem 26-00.
Ač jejich hra v zápase proti jejich jižním sestrám jasně skřípala, Jižní Afrika se v průběhu turnaje neustále zlepšovala.
Zástupci města Amsterdamu a muzea Anny Frankové tvrdí, že strom je napaden houbou a přestavuje riziko pro veřejné zdraví, protože by podle nich mohl kdykoliv spadnout.
„Ve dne jsou chladnější než okolní povrch a v noci naopak teplejší.
Poté, co úředníci ověří totožnost voliče, volič vhodí obálku do urny a podepíše seznam voličů.
Francouzský volební zákon obsahuje celkem přísnou kodifikaci průběhu voleb.
Kandidáti mohou vyslat zástupce, kteří jsou pak svědky celého procesu. Večer jsou hlasy sečteny dobrovolníky pod přísným dohledem a podle specifických postupů.
Koncem roku 2015 TogiNet založil AstroNet Radio jakožto dceřinou stanici.
V show původně účinkovali amatérští hlasoví herci – místní z Východního Texasu.
Biškek byl jedním pozorovatelem popsán tak, že se propadá do stavu „anarchie“. Po ulicích se potulovaly gangy lidí a drancovaly obchody se spotřebním zbožím.
Jihoafrická republika porazila tým All Blacks (Nový Zéland) v ragbyovém zápasu turnaje Tri Nations na stadionu Royal Bafokeng v Jihoafrické republice.
Finální zápas série se odehraje příští týden v Ellis Park v Johannesburgu, kde budou hrát Springboks proti Austrálii.
United States Geological Survey (USGS) a jeho National Earthquake Information Center neobdržely žádné bezprostřední zprávy o škodách.
Epicentrum zemětřesení bylo asi 20 km (15 mil) severo-severovýchodně od Dillonu a asi 65 km (40 mil) jižně od Butte.
U mrtvé divoké kachny nalezené v pondělí v mokřině poblíž Lyonu na východě Francie byl potvrzen kmen ptačí chřipky H5N1, který je smrtelný pro člověka.
Francie je sedmou zemí v Evropské unii, která byla postižena tímto virem, a to po Rakousku, Německu, Slovinsku, Bulharsku, Řecku a Itálii.
Výsledkem je, že účinkující v představení kouří na scéně marihuanové jointy a divadlo samotné podporuje obecenstvo, aby se k nim přidalo.
Po přijetí výsledků Gingrich pochválil Santoruma, tvrdá slova měl však pro Romneyho, kvůli kterému byly v Iowě spuštěny negativní reklamní kampaně vůči Gingrichovi.
Údajně mu bylo něco přes 20 let. V prohlášení Bieber uvedl: „Ačkoliv jsem nebyl přítomen nebo přímo spojen s touto tragickou nehodou, na rodinu oběti myslím a modlím se za ně.“
Řidič vozidla, které zasáhlo fotografa, podle policie pravděpodobně nebude čelit obvinění z trestného činu.
Zahrnují Nizozemsko, jelikož Anna Jochemsen včera skončila devátá v kategorii žen, a také Finsko s Katjou Saarinen, která stejný závod dokončila desátá.
Zrakově postižený lyžař Maciej Krezel a vodička Anna Ogarzynska z Polska skočili v super-G na 13. místě. Jong Seork Park z Jižní Koreji skončil v mužském super-G vsedě na 24. místě.
Mírové síly OSN, které dorazily na Haiti po zemětřesení v roce 2010, jsou obviňovány ze šíření choroby, která propukla poblíž tábora jednotek.
Institut spravedlnost a demokracie na Haiti zmínil nezávislé studie, které naznačují, že nemoc na Haiti nevědomky přivlekly nepálské mírové jednotky OSN.
Danielle Lantagne, expertka OSN na toto onemocnění, uvedla, že epidemie byla pravděpodobně způsobena mírovými jednotkami.
Hamilton potvrdil, že nemocnice Howard University Hospital přijala pacienta ve stabilizovaném stavu.
Během osmdesátých let pracoval na pořadech jako Taxi, Na zdraví nebo Show Tracey Ullmanové.
Čínská novinářská agentura Xinhua dříve ohlásila, že má dojít k únosu letadla.
První zprávy uvádějí, že letadlo bylo odkloněno zpět do Afghánistánu poté, co mu bylo zakázáno nouzové přistání v Urumči.
Mezinárodní sankce znamenaly, že nelze zakoupit nová letadla.
Na začátku tohoto týdne při havárii vrtulníku zahynuli tři lidé a další tři byli zraněni.
Turné zrušili poté, co se frontman Steven Tyler zranil při pádu z pódia během představení 5. srpna.
Murray prohrál první set v tie breaku poté, co si oba hráči v tomto setu udrželi své podání.
Del Potro získal výhodu ve druhém setu, ale i tak došlo k tie-breaku po dosažení skóre 6-6.
Slavní zpěváci z celé země předložili k nohám Šrí Shyamovi bhadžany neboli písně oddanosti.
Večer zahájil zpěvák Sanju Sharma a po něm následoval Jai Shankar Choudhary. Lakkha Singh zazpíval také chhappan bhog bhajan. Doprovázel jej zpěvák Raju Khandelwal.
Poté zpěv bhajanů převzal Lakkha Singh.
Poté Lakkha Singh představil také chhappan bhog bhajan. Doprovázel ho zpěvák Raju Khandelwal.
To umožní hráčům ovládat své akce a pohyby ve videohrách tím, že pohnou svým zařízením v prostoru.
„Je opravdu roztomilá a také celkem dobře zpívá,“ sdělil podle přepisu tiskové konference.
„Byl jsem z celého srdce dojatý pokaždé, když jsme měli zkoušku.“
Nepředpokládá se však, že by raketoplánu způsobily jakékoliv poškození.
Pět minut před ohňostrojem se začal zvedat vítr a asi o minutu později již dosahoval rychlosti 70 km/h... Pak přišel déšť, ale tak silný, že vás bušil do tváře jako jehličkami, pak začalo krupobití, lidé propadali panice, křičeli a zmateně pobíhali.
Přišel jsem o svoji sestru a její kamarádku a v cestě jsem měl dva postižené lidi na vozíku, které lidi jen přeskakovali a odstrkávali je,“ řekl Armand Versace.
V oblasti bylo nahlášeno přibližně 9 400 domácností bez vody a přibližně 100 domácností bez elektřiny.
Vědci pozorovali krystaly vzniklé v moči koček přidáním melaminu a kyseliny kyanurové.
Kompozice těchto krystalů po porovnání za pomoci infračervené spektroskopie (FTIR) odpovídá těm, které byly nalezeny v moči postižených domácích zvířat.
Přesto bylo osmdesát procent našeho zboží zdaněno přes cla v zemích Střední Ameriky. Postaráme se o vás.
Nedávalo mi to smysl, rozhodně to nebylo fér.
Guvernér Kalifornie Arnold Schwarzenegger podepsal zákon zakazující prodej nebo půjčování násilných videoher nezletilým.
Tento zákon požaduje, aby byly násilné videohry prodávané ve státě Kalifornie označeny samolepkou s číslem „18“ a aby se jejich prodej mladistvým trestal pokutou 1 000 dolarů za každý přestupek.
Huhne rezignoval a v Kabinetu jej nahradí Ed Davey MP. Od Normana Lampa MP se očekává, že po Daveym převezme práci Ministra obchodu.
Oběťmi se stali Nicholas Alden (25 let) a Zachary Cuddeback (21 let). Cuddeback byl řidič.
Schneider svědčil prostřednictvím video hovoru ze základny sil USAF ve své rodné zemi.
Jejím prvním závodem byl slalom, kde první kolo nedokončila. 36 ze 116 soupeřek mělo v tomto závodu stejný výsledek.
Policie v Madhya Pradesh získala zpět ukradený notebook a mobilní telefon.
Řidič však utrpěl vážné poranění hlavy.
Silnice, kde se kolize stala, byla dočasně uzavřena, zatímco záchranné služby vyprošťovaly řidiče z červené Audi TT.
Adekoya byla poté Edinburghským šerifským soudem obviněna z vraždy svého syna.
Izrael požaduje trvalou vojenskou přítomnost v údolí po dobu deseti let po podpisu smlouvy, zatímco Palestinská autonomie souhlasí s vojenskou přítomností jen na pět let.
Střelci byli během studie doplňkové ochrany před škůdci pod přísným dohledem rangerů, jelikož studie byla monitorována a její účinnost vyhodnocována.
Podle Micka O'Flynna, úřadujícího ředitele v oblasti zachování přírodního dědictví agentury NPWS, obdrželi čtyři střelci, kteří byli vybrání pro první střelbu, komplexní bezpečnostní výcvik a trénink.
Minulý měsíc doporučila prezidentská komise rezignaci předešlého CEP jakožto součást opatření sloužících k tomu, aby se země posunula k novým volbám.
Tyto někdy násilné protesty byly vyvolány nezdarem při pořádání voleb a některé probíhají od roku 2011.
Japonské ministerstvo hospodářství, obchodu a průmyslu (METI –⁠ Ministry of Economy, Trade and Industry) uvedlo, že si bylo vědomo 27 nehod souvisejících se zařízeními.
Minulý týden METI oznámil, že jej Apple informoval o 34 dalších incidentech přehřívání, které společnost označila jako „nijak vážné“.
Úřad pro zvládání mimořádných situací souostroví Severních Marian sdělil, že v zemi nebyly hlášeny žádné škody.
Pacifické středisko varování před tsunami také uvedlo, že zde nebyly žádné známky tsunami.
Několik rukojmích bylo zachráněno a v tuto chvíli bylo potvrzeno nejméně šest mrtvých.
Šest rukojmí, včetně dětí a postarších osob, bylo brzy propuštěno a stejně tak i filipínští fotografové.
Zatímco Liggins pracoval v nemocnici, ve volném čase se začal zabývat předčasnými porody.
Agentura Sin-chua uvedla, že vládní vyšetřovatelé ve středu objevili dvě „černé skříňky“ se záznamy o průběhu letu.
Předsedkyně úřednické vlády Julia Gillard během kampaně ve federálních volbách 2010 prohlásila, že věří, že by se na konci vlády královny Alžběty II. měla Austrálie stát republikou.
Zlatý olympijský medailista měl na Commonwealth Games plavat 100 m a 200 m volným stylem a ve třech štafetách, ale vzhledem k jeho námitkám se pochybovalo o jeho způsobilosti.
Vyskytují se spekulace, že se v roce 2016 pokusí o prezidentskou kandidaturu.
Nebude zavedena žádná mimořádná doprava, nadzemní vlaková doprava nebude ve Wembley stavět, na místě nejsou k dispozici parkoviště ani místa park-and-ride.
Obavy z nedostatku dopravních možností zvýšily šance, že se zápas bude muset odehrát za zavřenými dveřmi bez fanoušků týmu.
Může být zpracováno do značné tenkosti a připevněno k jinému kovu. Může být vyrobeno tak tenké, že bylo mnohdy používáno k ozdobení ručně malovaných ilustrací v knihách zvaných „iluminované rukopisy“.
Vlhko na vašich rukou bude reagovat s vnějšími vrstvami, což bude mít za následek zvláštní pocit a zformuje to jakousi skořápku.
Města Harappa a Mohendžodaro měla splachovací toaletu v téměř každém domě, připojenou na sofistikovaný odpadní systém.
Kolo změnilo svět nevídaným způsobem. To nejvýznamnější, co způsobilo, bylo podstatné usnadnění a zrychlení přepravy.
Přinesl nám vlak, automobil a další dopravní prostředky.
Nakonec je tu spousta malých koček (včetně volně žijících koček domácích), jejichž hlavní podíl stravy tvoří drobná kořist jako hmyz, hlodavci, plazi a ptáci.
Tajemství jejich úspěchu spočívá na systému ekologických nik, tzn. že každá kočka má své vlastní úkoly, které jí nedovolují konkurovat ostatním.
Lvi jsou nejspolečenštější kočky, žijí ve velkých skupinách zvaných smečky.
Samice jsou obvykle blízce příbuzné a představují velkou rodinu tvořenou sestrami a dcerami.
Tygr dokáže šplhat (i když ne dobře), plavat, skákat na velké vzdálenosti a tahat s pětkrát větší silou než silný člověk.
Tygr patří do stejného rodu (genus panthera) jako lvi, levharti a jaguáři. Tyto čtyři kočky jsou jediné, které umějí řvát.
Tygří řev není jako řev lva z plného hrdla, ale spíše jako věta ostrých, zakřičených slov.
Původní populace se vůbec nezměnila, stále potřebují stejné adaptace jako předtím.
Postupem času, jak se nová populace přizpůsobuje svému novému prostředí, začínají vypadat méně a méně jako ostatní populace.
Vyrábíme naše domy a oblečení z rostlin. Většina potravin, které jíme, jsou rostlinné původu. Bez rostlin by zvířata nemohla přežít.
Mosasaurus byl vrcholným dravcem své doby, takže neměl obavy z ničeho s výjimkou jiných mosasaurů.
Útočili také na cokoli, co vstoupilo do vody. Dokonce ani velký dinosaurus jako například T. rex pro ně nebyl žádným soupeřem.
Dalším rozdílem bylo, že ženy a chudí lidé jedli své jídlo vsedě na židlích, zatímco bohatí muži rádi  pořádali hostiny společně a při jídle polehávali na boku.
Babyloňané postavili každému ze svých bohů chrám, který byl považován za jeho domov.
Každý chrám měl otevřené chrámové nádvoří a poté vnitřní svatyni, kam mohli vstoupit pouze kněží.
Vrcholem věže byla zvláštní svatyně určená pro boha.
Většina života hebrejské rodiny se odehrávala pod širým nebem.
Ženy vařily na dvorku; obchody byly pouze otevřené pulty směřující do ulice. Na stavbu domů se používal kámen.
Nehledě na jeho nález už tam tehdy žily kmeny Eskymáků.
Přestože byly všechny země součástí „Skandinávie“, mezi obyvateli, králi, zvyky a dějinami Dánska, Švédska, Norska a Islandu existovalo mnoho rozdílů.
To však není pravda. Přestože je vzadu na dokumentu něco napsáno, není to mapa k pokladu.
Dne 15. srpna 1940 podnikli spojenci invazi do jižní Francie. Invaze byla nazývána Operace Dragoon.
Za pouhé dva týdny Američané a Svobodné francouzské síly osvobodili jižní Francii a obrátili se k Německu.
Během války za nezávislost třináct států nejprve zformovalo slabou centrální vládu, kdy Kongres byl její jedinou složkou, spadající pod Články Konfederace.
Články vyžadovaly jednomyslný souhlas všech států a teprve poté mohly být  doplněny. Státy braly centrální vládu na lehkou váhu, a to natolik, že jejich zástupci často nebyli přítomni.
Italský národní fotbalový tým je společně s německým národním fotbalovým týmem druhým nejúspěšnějším týmem na světě a v roce 2006 Itálie vyhrála mistrovství světa ve fotbale.
S ohledem na shluk/skupinu ostrovů, které Japonsko má, se Japonsku někdy říká v geografickém smyslu „souostroví“.
Počátky Taiwanu se datují až do 15. století, kdy poblíž proplouvající evropští námořníci zaznamenali jméno ostrova jako Ilha Formosa, tedy krásný ostrov.
Roku 1895, po porážce v první čínsko-japonské válce (1894–1895), podepsala čchingská vláda Šimonoseckou mírovou smlouvu, na jejímž základě předala svrchovanost nad Tchaj-wanem Japonsku. To vládlo tomuto ostrovu až do roku 1945.
Například nejběžnějším formátem fotografie ve světě je 35mm, což byla nejčastější velikost filmu ve vrcholu éry analogových filmů.
Ačkoliv je to poněkud matoucí, formát 35mm má ve skutečnosti šířku 36mm a výšku 24mm.
Poměr stran tohoto formátu (vyděleno dvanácti pro získání nejjednoduššího poměru v celých číslech) je tedy 3:2.
Podle této specifikace je nejefektivnější místo pro hlavní předmět v průsečíku čar, které snímek vertikálně a horizontálně rozdělují na třetiny (viz příklad).
Jedním z hlavních křesťanských principů je, že bohatství by mělo být využíváno k zmírňování utrpení a chudoby a že peněžní zdroje církve jsou zde právě k tomuto účelu.
Ústřední autorita církve byla v Římě více než 1 000 let. Tato koncentrace moci a peněz vedla mnohé k otázce, zda byl tento princip naplněn.
Mezi každou dynastií také bylo nestabilní období rozdělených provincií. Nejznámější z nich bylo Období tří království, které trvalo 60 let mezi dynastiemi Han a Ťin.
To samé platí u armády, jelikož namísto vojenských hodností založených na třídní příslušnosti nyní záleží ze schopnostech.
Při své poloze na vrcholu jedné z hor severně od Mekky je tato jeskyně kompletně izolována od zbytku světa.
Ve skutečnosti není vůbec snadné ji najít, i kdyby se vědělo, že existuje. Uvnitř jeskyně je v naprosté izolaci.
Není vidět nic než nádherně jasná obloha a velký počet okolních hor. Z vnitřku jeskyně je vidět a slyšet jen velmi málo z tohoto světa.
Značka „smyčcem nahoru“ vypadá jako písmeno V a „smyčcem dolů“ vypadá jako sponka nebo čtverec, kterému chybí spodní strana.
Vyděšený král Ludvík XVI., královna Marie Antoinetta, jejich dvě malé děti (11letá Marie Tereza a čtyřletý Ludvík-Karel) i králova sestra Alžběta Filipína Francouzská byli 6. října 1789 davem trhovkyň donuceni vrátit se z Versailles do Paříže.
Odjeli zpět do Paříže kočárem, který obklopil rozbouřený dav a vykřikoval výhrůžky králi i královně.
Válečné výdaje amerického imperialismu při dobývání Filipín uhradil samotný filipínský lid.
Byli nuceni platit daně koloniálnímu režimu Spojených států, aby byla velká část výdajů uhrazena, přičemž úroky z dluhopisů plynuly ve jménu filipínské vlády skrze bankovní domy na Wall Street.
Extra nadhodnoty čerpané z dlouhodobého vykořisťování Filipínců by samozřejmě představovaly základní výnos amerického imperialismu.
Abychom mohli porozumět templářům, je nutné porozumět kontextu, který vedl k vytvoření řádu.
Technologický determinismus je termín, který v praxi zahrnuje širokou škálu myšlenek: například tzv. technology pusch nebo technologický imperativ, případně víru, že lidský osud je řízený všeprostupující logikou spolu s vědeckými zákonitostmi a jejich projevy v technologii.
Většina výkladů technologického determinismu sdílí dvě obecné myšlenky: že samotný vývoj technologie následuje cestu, která značně přesahuje kulturní či politický vliv, a že technologie má na druhou stranu „vliv“ na společnosti, které jsou inherentní, než na společnosti sociálně podmíněné.
Romantismus v sobě nesl značný prvek kulturního determinismu čerpaného od spisovatelů jako Goethe, Fichte a Schlegel.
Její význam se během dvanáctého století snížil, zejména kvůli skutečnosti, že účastníci křížových výprav si zpátky do Evropy vozili cennosti, například hedvábí a koření, a ty měly doma vyšší cenu, než jakou nabízely byzantské trhy.
Na počátku byly šaty významně ovlivněny byzantskou kulturou.
Kvůli pomalé komunikaci však západní styly zaostávaly o 25 až 30 let.
ke konci středověku západní Evropa začala rozvíjet vlastní styl. Jedním z největších pokroků této doby bylo to, že v důsledku křížových výprav lidé začali k zapínání oblečení používat knoflíky.
V historii se většina zemědělců zabývala samozásobitelským zemědělstvím, což se stále děje v mnoha rozvojových zemích.
Členové subkultury často dávají najevo své členství prostřednictvím výrazného a symbolického použití stylu, který zahrnuje oblékání, chování a slang.
Jednou z nejběžnějších metod používanou k ilustraci významu socializace je čerpání z několika nešťastných případů dětí, které kvůli zanedbávání, nešťastné náhodě nebo úmyslnému zneužití nebyly dospělými při vyrůstání socializovány.
Při kompletní výchově nelidskými zvířaty vykazuje divoké dítě téměř totožné chování (v rámci fyzických možností) jako dané pečující zvíře, jako je jeho strach nebo nevšímavost vůči lidem.
Kostra není učební metodou, ale spíše pomůckou, která poskytuje podporu těm jedincům, kteří podstupují nabytí nové praxe, například používání nového počítačového programu nebo spouštění nového projektu.
V softwaru jsou začleněny Virtuální konstrukce určené k analyzování, motivování a vysvětlování procedur, které by mohly být pro samotného studenta příliš náročné.
Děti bývají umisťovány do pěstounské péče z celé řady důvodů, které pokrývají oblasti od zanedbávání, týrání až po vydírání.
Pěstounská péče má zajistit všechny potřeby, které nebyly naplněny v domácnosti, z níž byly dříve odebrány.
Používání videozáznamů vedlo k důležitým objevům při interpretaci mikrosdělení – pohybů obličeje trvajících pouhých několik mikrosekund.
Konkrétně můžete díky správné interpretaci mikrovýrazů zjistit, jestli vám druhý člověk lže.
Oliver Sacks ve svém článku Prezidentova řeč naznačil, jak lidé, kteří nejsou schopni porozumět řeči kvůli poškození mozku, jsou přesto schopni přesně posoudit upřímnost.
Mutace přidávají novou genetickou variaci, a výběr je odstraňuje ze souboru vyjádřených variací.
Celkově vzato bychom neměli být překvapeni, pokud naši vlastní předkové řešili problém s bílkovinami podobně, jako to dnes dělají šimpanzi na savaně.
Toho jde snadno dosáhnout použitím relativně tichého budíku, který vás přivede k vědomí bez toho, aby vás zcela probudil.
Další možnosti založené na biorytmech zahrnují pití velkého množství tekutin (zejména vody nebo čaje, známého diuretika) před spánkem, neboť nutí člověka vstát a dojít na toaletu.
Tibetský buddhismus je založen na Buddhově učení, ale byl rozšířen o mahayanskou cestu lásky a o mnoho technik z indické jógy.
Německo bylo ve druhé světové válce společným nepřítelem, což vedlo ke spolupráci mezi SSSR a USA. Střety systému, procesů a kultury vedly s koncem války k rozpadu spolupráce mezi zeměmi.
17. září 1939 byla polská obrana již prolomena, a jedinou naději představoval ústup a přeskupení sil podél Rumunského předmostí.
Ve stejnou dobu se německé námořnictvo pokoušelo tento provoz zastavit, hlavně pomocí ponorek.
Pokud by Spojenci neuspěli, pak by Německo zřejmě dokázalo dobýt Británii, podobně jako zbytek Evropy.
Starověké kultury a kmeny je začaly chovat pro snadný přístup k mléku, vlně, masu a kůžím.
Pražce byly zavedeny poměrně brzy, aby udržely koleje na místě. Postupně se však zjistilo, že koleje jsou efektivnější, mají-li na svém povrchu pás železa.
To se stalo běžným jevem, ale železo způsobilo větší opotřebení dřevěných kol vozů.
Jejich předchůdce Australopithecus zpravidla nekráčel vzpřímeně.
Dvounožci se vyskytují ve fosíliích Australopitéků před 4,2 až 3,9 miliony let, ačkoli Sahelanthropus mohl chodit na dvou nohách již před sedmi miliony let.
Abychom do určité míry snížili budoucí utrpení, můžeme žít vstřícněji k životnímu prostředí, připojit se k hnutí za ochranu životního prostředí a dokonce se můžeme stát aktivisty.
Jeden byl 6. července zaslán Georgi Washingtonovi, který jej přečetl svým vojákům v New Yorku 9. července. Do Londýna se jedna z kopií dostala 10. srpna.
Mnoho paleontologů dnes věří, že jedna skupina dinosaurů přežila dodnes. Říkáme jim ptáci.
Mnoho lidí o nich nepřemýšlí jako o dinosaurech, protože mají peří a umí létat.
Binární číslo může mít pouze jednu z dvou hodnot, tedy 0 nebo 1, a tato čísla jsou uváděna jako binární číslice – nebo v počítačovém žargonu bity.
Vnitřní otrava nemusí být hned zřejmá. Symptomy jako například zvracení jsou příliš obecné na stanovení okamžité diagnózy.
Tento pojem je odvozen od pradávné obeznámenosti se štěnicemi, což je hmyz vysoce adaptovaný k parazitování na lidech.
Jak zákeřnicovití, tak štěnice jsou mazaní, přizpůsobení k životu v hnízdě nebo bydlení svého hostitele.
MS je nemoc, která působí na centrální nervový systém, který se skládá z mozku, míchy a zrakového nervu.
Výzkum ukázal, že u žen je dvakrát vyšší pravděpodobnost výskytu RS než u mužů.
Pár se může rozhodnout, že vychovat dítě není v jejich nejlepším zájmu nebo v zájmu jejich dítěte.
Tyto páry se mohou rozhodnout pro plán adopce svého dítěte.
Naturalisté a filozofové se zaměřili na klasické texty a především Bibli psanou latinsky.
Byly přijaty Aristotelovy názory na všechny oblasti vědy včetně psychologie.
Jak znalost řečtiny klesala, Západ se ocitl odříznutý od svých řeckých filozofických a vědeckých kořenů.
Na děti se můžou přenášet pouze mutace v zárodečné linii buněk, přičemž jinde se vyskytující mutace mohou způsobit odumírání buněk nebo rakovinu.
Příklady aktivit při tomto druhu turistiky: lov, rybolov, fotografování, pozorování ptactva, návštěva parků a studium informací o příslušném ekosystému.
Příkladem je návštěva, fotografování a učení se o orangutanech na Borneu.
Každé ráno lidé v autech opouštějí maloměsta, jedou do práce a mezitím je míjí další, kteří do práce míří na místo, odkud oni sami právě odjeli.
Provoz je studie pohybu jednotlivých řidičů a vozidel mezi dvěma body a interakcí, ke kterým mezi nimi dochází.
Zkoumání toku provozu je bohužel obtížné, protože chování řidičů nelze předvídat se stoprocentní jistotou.
Naštěstí se řidiči chovají podobně v určitém rozmezí;  proto má provoz obvykle určitou rozumnou konzistenci a může být přibližně matematicky znázorněn.
To jim poskytuje větší výběr malých prostor, kde se mohou skrývat před predátory.
V dnešní době jsou jediným hmyzem, který nedokáže složit křídla, vážky a jepice.
Amazonka je největší a druhá nejdelší řeka na Zemi. Protéká jí více než osmkrát více vody než druhou největší řekou.
Hlavní tok Amazonky je dlouhý 6 387 km (3 980 mil). Sbírá vodu z tisíců menších řek.
Starověcí Egypťané z Nové říše žasli nad památkami svých předků, které byly v té době více než tisíc let staré.
Všichni občané Vatikánu jsou římskokatolického vyznání.
Lidé znají už od pradávna základní chemické prvky jako zlato, stříbro a měď, jelikož se tyto prvky nalézají v přírodě ve své ryzí formě a dají se relativně snadno těžit i za použití jednoduchých nástrojů.
Filozof Aristoteles se domníval, že je vše složeno ze směsi jednoho nebo více ze čtyř elementů. Tyto elementy byly země, voda, vzduch a oheň.
Prvky jako vápník a draslík se řadí mezi kovy. Samozřejmě ale existují i kovy jako stříbro a zlato.
Atomy jsou tak neuvěřitelně malé, že do tečky na konci této věty by se jich vešly biliony.
Tužka byla bohužel s výskytem nových způsobů psaní odsunuta k nižšímu postavení a vedlejším použitím.
Lidé dnes píší vzkazy na počítačové obrazovky, takže do styku s ořezávátkem se vůbec nedostanou.
Člověk může pouze žasnout nad tím, co se stane s klávesnicí, když přijde něco novějšího.
Některé atomy mají nestabilní jádra, což znamená, že mají tendenci rozpadnout se při jemném či dokonce žádném kontaktu.
Obsahové teorie jsou zaměřené na zjišťování, co lidi dokáže oslovit nebo je jim blízké.
Tyto teorie naznačují, že lidé mají určité potřeby a/nebo touhy, které v průběhu dospívání přijímají za své.
Obecně řečeno, mohou se objevit dva typy chování, když manažeři začnou vést své bývalé kolegy – vrstevníky. Na jednom konci spektra je snaha zůstat „jedním z nich“ (nebo jednou z nich).
Vedoucí je koneckonců zodpovědný za úspěch a neúspěch týmu.
Virtuální týmy dodržují stejné standardy dokonalosti jako konvenční týmy, ale existují jemné rozdíly.
Unikátní složkou virtuálního týmu je také přítomnost tzv. „neviditelného týmu“ (Larson – LaFasto, 1989, s. 109).
Proč by organizace chtěla procházet časově náročným procesem založení učící se organizace? Jedním z cílů pro realizaci koncepcí učící se organizace je inovace.
Neurobiologické údaje poskytují fyzickou evidenci teoretickému přístupu ke zkoumání kognice. Tuto výzkumnou oblast tak zužují a upřesňují.
Ačkoliv má umělá inteligence silnou konotaci se science fiction, tvoří velmi důležitou oblast počítačové vědy zabývající se chováním, učením a inteligenční adaptací strojů.
Příklady zahrnují kontrolu, plánování a rozvrhování, schopnost odpovídat na diagnózy a dotazy zákazníků, rozpoznávání rukopisu, hlasu a obličeje.
Takové věci se staly samostatnými disciplínami, které se zaměřují na poskytování řešení skutečných životních problémů.
Technologie nabízí řešení v podobě virtuálních exkurzí. Studenti se mohou dívat na artefakty z muzea, navštívit akvárium nebo obdivovat krásné umění, zatímco sedí ve třídě.
Vhodné použití blogů „umožní studentům, aby zlepšili své analytické a kritické schopnosti; aktivními reakcemi na internetové materiály mohou studenti definovat své postoje v kontextu ostatních textů a formulovat svůj pohled na věc v konkrétních tématech“ (Oravec, 2002).
Ottawa je okouzlující, dvojjazyčné hlavní město Kanady nabízející řadu uměleckých galerií a muzeí, jež ukazují minulost a přítomnost Kanady.
Dále na jih leží Niagarské vodopády a na severu dosud čekají na objevení krásy regionu Muskoka a další.
Madagaskar je zdaleka největší a z hlediska divoké přírody jej můžeme považovat za samostatný kontinent.
Většina menších ostrovů jsou nezávislé státy nebo jsou připojeny k Francii a jsou známé jako luxusní přímořská letoviska.
Arabové do těchto zemí také přinesli islám. Na Komorách a Mayotte se mu dařilo.
Ženy: Doporučuje se, aby se všechny cestovatelky uváděly jako vdané, a to nehledě na jejich skutečný rodinný stav.
Je také dobré nosit prstýnek (jen pozor na to, aby nevypadal příliš draze).
Moderní město Casablanca bylo založeno berberskými rybáři v 10. století př. n. l. a bylo využíváno Féničany, Římany a Merenidy jako strategický přístav jménem Anfa.
Portugalci město zničili a přestavěli pod názvem Casa Branca, a po zemětřesení v roce 1755 ho opustili.
Kolem staré Mediny je snadné najít místa, kde se prodává tradiční marocké zboží, jako je tažín, keramika, kožené zboží, vodní dýmky a široké spektrum cetek, ale to vše je pro turisty.
Goma je turistické město v Demokratické republice Kongo, které se nachází na východním okraji poblíž Rwandy.
V roce 2002 byla Goma zničena lávou ze sopky Nyiragongo, která pohřbila většinu ulic a obzvláště centrum města.
V kombinaci se svou relativní nepřístupností se „Timbuktu“ začalo využívat jako metafora pro exotické, vzdálené země.
V roce 1990 bylo kvůli pouštnímu písku přidáno na seznam ohrožených míst světového kulturního dědictví.
Patří k hlavním atrakcím JAR a je považován za vlajkovou loď jihoafrických národních parků (SANParks).
Podobně jako ve všech Národních parcích Jihoafrické republiky, i zde je třeba zaplatit poplatek za vstup do parku a příspěvek na ochranu přírody.
Od roku 1966 je Sundarbans přírodní rezervací a odhaduje se, že v oblasti lze momentálně najít 400 tygrů bengálských a 30 000 kusů axisů indických.
Většina čtvrtí je obsluhována malými japonskými pobřežními autobusy, které jsou pohodlné a odolné.
Oyapock River Bridge je zavěšený most. Klene se přes řeku Oyapock a spojuje města Oiapoque v Brazílii a Saint-Georges de l'Oyapock ve Francouzské Guyaně.
Svislá světlá výška pod mostem činí 15 metrů. Stavba byla dokončena v srpnu 2011, provoz byl zahájen až v březnu 2017.
Kmen Guarani byl nejvýznamnější domorodou skupinou obývající oblast, kterou dnes známe jako východní Paraguay. Žili jako polonomádští lovci a také praktikovali samozásobitelské zemědělství.
Španělé zahájili období kolonizace, které trvalo po tři století.
Od založení Asunciónu v roce 1537 se Paraguayi daří udržet si dost ze svého původního charakteru a identity.
Největší turnaj roku se odehrává v prosinci na hřištích na pólo v Las Cañitas.
Oficiální měnou Falklandských ostrovů je falklandská libra (FKP), jejíž hodnota odpovídá jedné britské libře (GBP).
Na odlehlých ostrovech pravděpodobně nebudou přijímány kreditní karty, ale možná uspějete s britskou a americkou měnou. Nezapomeňte se předem zeptat majitelů, jakou platební metodu můžete použít.
Každý rok dojde ke zranění mnoha návštěvníků z důvodu nedodržení správné vzdálenosti. Tato zvířata jsou velká, divoká a mohou být nebezpečná, takže jim ponechte jejich prostor.
Mějte také na paměti, že medvědy a další zvířata ve volné přírodě lákají pachy, takže se vyhýbejte přenášení či vaření aromatických jídel a udržujte tábořiště čisté.
Hlavním městem Samoji je Apia. Město se nachází na ostrově Upolu a čítá necelých 40 000 obyvatel.
Přístav byl dějištěm nechvalně proslulé námořní patové situace v roce 1889, kdy sedm lodí z Německa, USA a Británie odmítlo opustit přístav.
Během snah o nezávislost organizovaných hnutím Mau vyústilo pokojné shromáždění ve městě v zabití nejvyššího předsedy jménem Tupua Tamasese Lealofi III.
Jsou to někdy zalidněné rodinné pláže s velkým výběrem obchodů podél břehu. Plavání je bezpečné.
Pitná voda z vodovodu je zde nezávadná, avšak pokud máte strach, je běžně k dispozici voda balená.
Pro Australany je myšlenka kávy „flat white“ cizí. Malé černé je „espresso“, cappuccino je plné smetany (ne pěny) a čaj se podává bez mléka.
I tak přijímejte rady autorit, řiďte se značením a věnujte pečlivou pozornost bezpečnostním varováním.
Žraloci opravdu existují, ale málokdy útočí na lidi. Většina žraloků se lidí bojí a odplave pryč.
Krokodýl mořský nežije aktivně v oceánu, jeho primárním útočištěm je ústí řeky severně od města Rockhampton.
Rezervace ubytování předem přináší cestovateli jistotu, že bude mít v cíli své cesty kde přespat.
Cestovní kanceláře obvykle nabízejí balíčky, které zahrnují snídani, dopravu na/z letiště nebo dokonce kombinované balíčky letenky a hotelu.
Mohou vám také podržet rezervaci, pokud potřebujete čas na rozmyšlenou nebo na obstarání dalších dokumentů pro destinaci (např. vízum).
Pamatujte, že i když hudba na hlavním pódiu možná skončila, v jiných sekcích festivalu může hudba pokračovat až do pozdní noci.
Pokud se vydáte přes severní Baltské moře v zimě, zkontrolujte umístění kabiny, protože plavba skrz led způsobuje v exponovaných místech nesnesitelný hluk.
Některá zařízení nabízejí alkoholické nápoje na účet podniku. Opilost však negativně ovlivňuje schopnost úsudku, takže všichni dobří hráči vědí, jak důležité je zůstat střízlivý.
Na ledových a zasněžených vozovkách je tření nízké a nemůžete proto řídit stejně jako na holém asfaltu.
Během sněhové bouře napadá ve velmi krátkém čase dostatek sněhu na to, aby vám znemožnil jízdu.
Termín safari ve známém slova smyslu označuje pozemní cestování za účelem prohlídky ohromující africké zvěře, obzvláště na savaně.
Pokud jste si zarezervovali letenky a ubytování na rok 2020 před oznámením odkladu, může pro vás být tato situace obtížná.
Očekává se, že vstupenky na většinu akcí budou stát mezi 2 500 a 130 000 japonských jenů, přičemž běžné vstupenky budou stát 7 000 japonských jenů.
Pokud není k dispozici žehlička nebo neradi nosíte vyžehlené ponožky, můžete zkusit použít vysoušeč vlasů, pokud je k dispozici.
Existuje spousta způsobů purifikace vody, některé jsou účinnější proti konkrétním hrozbám.
Filtry mají různou efektivitu a pokud máte obavy, měli byste si koupit vodu v zapečetěné lahvi od důvěryhodné společnosti.
Cestovatelé se mohou setkat se zvířecími škůdci, které ve svých domovských regionech neznají.
Zajímavé nicméně je, že služby mobilních telefonů zde fungují daleko lépe než v řadě úseků cesty, např. v Pensylvánské divočině.
Mnoho německých pečených výrobků také obsahuje mandle a lískové a jiné ořechy. Oblíbené moučníky se často hodí zejména k šálku silné kávy.
Ve středozemních oblastech severní Indie a Pákistánu se do curry běžně přidává jogurt. Na jihu Indie a v některých dalších pobřežních oblastech subkontinentu obvykle používají kokosové mléko.
Ovšem pokud se použije bez dalšího upřesnění, označuje tento termín obvykle kuchyni pocházející ze střední a východní části ostrova Jáva.
Javánská kuchyně, nyní široce dostupná napříč souostrovím, obsahuje spoustu jednoduše ochucených pokrmů, ve kterých chuťově převládají arašídy, chilli, cukr (zejména javánský kokosový cukr) a rozličná aromatická koření.
Pokud je jezdec vyhozen z koně, ale zachytí se mu noha ve třmenu a kůň začne utíkat, může jezdce táhnout za sebou. Lze přijmout řadu bezpečnostních opatření za účelem minimalizace tohoto rizika.
Za prvé, většina jezdců nosí jezdecké boty s podpatkem a jemnou podrážkou, která je poměrně úzká.
Údolí Chochamó – oblíbená horolezecká destinace chilského premiéra známá jako Yosemite Jižní Ameriky, kde lze najít rozsáhlé žulové stěny a útesy.
Vrcholky hor skýtají dechberoucí výhledy. Horolezci ze všech částí světa neustále zakládají nové trasy díky nekonečnému potenciálu zdejších stěn.
"Lyžování je častá cestovatelská aktivita s mnoha fanoušky někdy známými jako ""lyžařští vandráci"", kteří si celé dovolené plánují podle lyžování v určité lokalitě. "
Myšlenka lyžování je velmi stará. Jeskynní malby zobrazující lyžaře sahají až do roku 5000 př.n.l!
Lyžařská turistika: Tato aktivita se také označuje jako běžkařská turistika, turistika na lyžích nebo výlety na lyžích.
Má to vztah s alpským lyžováním nebo horolezectvím, ačkoliv nejsou součástí této aktivity, přičemž druhá z těchto aktivit se provádí v příkrém terénu a vyžaduje daleko pevnější lyže a boty.
Za příznivých podmínek zvládnete překonat o něco větší vzdálenosti než pěšky – ale jen zřídka se budete pohybovat rychlostí, jaké byste dosáhli na běžkách bez těžkého batohu a v upravené stopě.
Schengenský prostor nicméně v tomto ohledu funguje podobně jako jedna země.
Podobně pokud máte schengenská víza, nemusíte žádat o vízum v každé zemi Schengenu zvlášť, což vám ušetří čas, peníze a papírování.
Neexistuje žádná univerzální definice, které vyrobené předměty jsou starožitnostmi. Některé daňové agentury definují jako starožitnosti zboží staré více než 100 let.
Tato definice má zeměpisné variace, kdy může být například věkový limit v Severní Americe nižší než v Evropě.
Sobí chov je mezi Sámy důležitým živobytím a kultura související s obchodem je důležitá také pro mnohé jiné profese.
Dnes mnoho Sámů pracuje v moderních řemeslech. Turistika představuje v Sápmi, oblasti Sámů, důležitý příjem.
Pokud se země, kterou se chystáte navštívit, stane předmětem cestovního doporučení, může to mít vliv na vaše cestovní zdravotní pojištění nebo pojištění storna.
Možná se budete chtít raději podívat na rady jiných vlád než své vlastní, ale ty jsou určeny především pro jejich vlastní občany.
Prezentované názory jsou často zběžné, obecné a příliš zjednodušené v porovnání s detailnějšími informacemi, které jsou dostupné jinde.
Nepříznivé počasí je obecný pojem pro jakékoli nebezpečný jev počasí s potenciálem způsobit škodu, vážné sociální narušení nebo ztrátu lidského života.
K regionálním a sezónním extrémním meteorologickým jevům patří vánice, sněhové bouře, ledové bouře a prachové bouře.
Každý, kdo plánuje návštěvu země, která by mohla být považována za válečnou zónu, by měl absolvovat profesionální výcvik.
Kurz obvykle trvá 2–5 dní a obsahuje výcvik založený na hraní rolí, důkladnou výuku první pomoci a někdy také zacházení se zbraněmi.
Cestující, kteří plánují operaci změny pohlaví v zahraničí, se musí ujistit, že u sebe mají platné doklady pro zpáteční cestu.
Zpětné proudy představují vracející se vlny, které se rozbíjejí o pláž, často v místě útesu apod.
Kvůli podvodní topologii se zpětný proud soustředí v několika hlubších sekcích, a právě zde se může vytvořit rychlý proud do hluboké vody.
K většině úmrtí dochází v důsledku únavy ze snahy doplavat zpátky proti proudu, což může být nemožné.
Zkuste zamířit někam, kde vás proud znovu nestrhne, nebo podle svých schopností a v závislosti na tom, zda si vás všimli, raději vyčkejte na pomoc.
Cestovatelé, kteří se snadno přizpůsobili nové kultuře, mívají často obzvláště náročnou zkušenost s opětovným přizpůsobováním se své rodné kultuře.
Když jste poprvé jeli do zahraničí, lidé byli nejspíše trpěliví a chápaví, protože věděli, že se cestovatelé v nové zemi musí adaptovat.
Lidé si možná neuvědomují, že trpělivost a pochopení potřebují i cestovatelé, kteří se vracejí domů.
Pyramidová zvuková a světelná show je pro děti jednou z nejzajímavějších věcí v oblasti.
Pyramidy můžete vidět ve tmě a v tichosti ještě předtím, než představení začne.
Obvykle tu totiž neustále slyšíte turisty a prodejce. Příběh zvuků a světel připomíná pohádkovou knížku.
Sfinga má funkci kulisy a vypravěče dlouhého příběhu.
Tato služba je často využívána lodní dopravou včetně rekreačních plavidel i expedicí, které potřebují vzdálená data.
Čím dál víc oblíbenější možnost pro ty, kdo plánují dát si rok pauzu, je cestovat a učit se.
Obzvlášť oblíbené je to u lidí, kteří končí školu. Umožňuje jim to dát si před nástupem na univerzitu rok volna, aniž by ohrozili své vzdělání.
V mnoha případech může zapsání na kurz v zahraničí po ukončení střední školy vylepšit šance na vyšší vzdělávání ve vaší rodné zemi.
Na souostrovích a jezerech není nezbytně nutné mít jachtu.
Přestože pobřežní souostroví a největší jezera mají opravdu dostatečnou velikost pro jakoukoli jachtu, menší čluny nebo dokonce kajak nabídnou odlišný zážitek.
Loďařství je ve Finsku národní zábavou – na každých sedm až osm lidí zde připadá jedna loď.
Plavby po Baltském moři mají většinou na programu delší pobyt v ruském Petrohradu.
Pokud vystoupíte na břeh pouze v rámci plavebních zájezdů, nebudete potřebovat separátní vízum (platí od roku 2009).
Pokud by věci poslali leteckou nákladní dopravou, pak by na některých trasách mohlo trvat několik dnů, než by věci prošly vykládkou a celní kontrolou.
Jediný způsob, jak to zvládnout rychleji, je poslat danou věc jako odbavené zavazadlo. Letecké předpisy ale nedovolují poslat zavazadlo bez cestujícího, a tady přicházíte na řadu vy.
Letecké společnosti dobře vědí, že existuje určitá klíčová skupina cestujících, kteří jsou ochotni si připlatit za výsadu dostat se někam rychle a v pohodlí, a tomu také odpovídají ceny.
Tento konflikt vedl v roce 1994 k vytvoření samozvané Podněsterské moldavské republiky ve východním Moldavsku, která má svou vlastní vládu a měnu, ale není uznávána žádnou členskou zemí OSN.
Hospodářské vazby mezi těmito dvěma částmi Moldavska byly navzdory neúspěchu v politických jednáních obnoveny.
Hlavním náboženstvím Moldavska je ortodoxní křesťanství.
Izmir je s počtem obyvatel kolem 3,7 milionu třetím největším tureckým městem, hned po Istanbulu druhým největším přístavem a významným dopravním uzlem.
Co kdysi bylo dávným městem, Smyrna je nyní moderním, rozvinutým a rušným obchodním centrem, které se nachází kolem velké zátoky a je obklopeno horami.
Oficiálním jazykem Barcelony je katalánština a španělština. Zhruba polovina obyvatel upřednostňuje katalánštinu, podstatná většina jí rozumí a prakticky každý umí španělsky.
Většina cedulí a nápisů je nicméně jen v katalánštině, protože ta je ze zákona zavedena jako první úřední jazyk.
Pařížané mají pověst sobeckých, hrubých a arogantních lidí.
Ačkoliv často jde jen o nepřesný stereotyp, tím nejlepším způsobem vycházení s ostatními v Paříži je chovat se co nejlépe, tedy jednat jako někdo, kdo je „bien élevé“ (dobře vychovaný). Veškerý váš pohyb to podstatně usnadní.
Národní park Plitvická jezera je silně zalesněn, zejména bukem, smrkem či jedlí, a nabízí směs alpské vegetace se středomořskou.
Vzhledem k rozmanitému mikroklimatu, různorodé půdě a různým nadmořským výškám v něm rostou značně rozdílné rostlinné komunity.
Není potřeba zmiňovat, že pokud znáte některý z románských jazyků, učit se portugalsky pro vás bude snazší.
Observatoře předmoderní doby jsou dnes většinou zastaralé a slouží jako muzea nebo místa pro vzdělání.
Protože lehké znečištění v jejich vrcholu nebylo takovým problémem jako dnes, jsou obvykle umístěny ve městech nebo kampusech, snadněji dosažitelné než ty postavené v moderní době.
Tento koncept pochází z Číny, kde byly švestkové květy oblíbenou květinou.
Pokud navštívíte formálně zařízenou zahradu, za sběr „exemplářů“ vás bez diskuse vyhodí.
Singapur je pro pobyt obecně extrémně bezpečná země. Také se tam velmi snadno orientujete a po příjezdu si můžete zakoupit téměř vše.
"Ale vzhledem k tomu, že se nachází v ""pravých tropech"" jen několik stupňů severně od rovníku, budete se muset potýkat s horkem (vždy) a prudkým sluncem (při jasné obloze, méně často)."
Některé autobusy jezdí také na sever do Hebronu, tradičního pohřebiště biblických patriarchů Abraháma, Izáka, Jákoba a jejich manželek.
Vnitrozemské vodní toky mohou být zajímavým místem, kam vyrazit na dovolenou.
Vánoce jsou jedny z nejvýznamnějších svátků křesťanství a oslavují se jako narození Ježíše.
Mnoho z tradic obklopujících tento svátek bylo přijato také nevěřícími v křesťanských zemích a nekřesťany po celém světě.
Pochopitelně existují křesťanská teologická vysvětlení této tradice, ale stejně dobře se může jednat o předkřesťanské svátky jara a plodnosti.
Tradičnější kostely často pořádají velikonoční vigilie o sobotní noci během velikonočního víkendu, kdy kongregace často propukne v oslavu při úderu půlnoci, aby oslavila zmrtvýchvstání Krista.
Protože tato území jsou jen řídce osídlená a světelné znečištění většinou nepředstavuje problém, budete si moci vychutnat pohled i na hvězdy.
Japonská pracovní kultura je hierarchičtější a formálnější, než bývají obyvatelé Západu zvyklí.
Standardním oděvem byznysmena je oblek a spolupracovníci se navzájem oslovují podle svých příjmení nebo názvů pozic.
