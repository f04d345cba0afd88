W poniedziałek naukowcy ze Szkoły Medycznej Uniwersytetu Stanforda obwieścili wynalezienie nowego narzędzia diagnostycznego, sortującego komórki według rodzaju: jest to miniaturowy chip drukowany, który można wyprodukować za pomocą standardowych drukarek atramentowych przy koszcie szacowanym na jednego centa amerykańskiego za sztukę.
Wiodący badacze utrzymują, że może to przyczynić się do wczesnego wykrywania raka, gruźlicy, wirusa HIV i malarii u pacjentów w krajach biednych, gdzie na choroby takie jak rak piersi umiera dwa razy więcej ludzi niż w krajach bogatszych.
Samolot JAS 39C Gripen rozbił się na pasie startowym w przybliżeniu o godz. 9:30 czasu lokalnego (02:30 UTC) i wybuchł, przez co lotnisko zostało zamknięte dla lotów komercyjnych.
Pilota zidentyfikowano jako Dilokrita Pattavee, dowódcę eskadry.
Według doniesień z lokalnych mediów lotniskowy wóz strażacki wywrócił się podczas interwencji.
28-letni Vidal przyszedł do Barcelony z Sewilli trzy sezony temu.
Od przeprowadzki do stolicy Katalonii Vidal rozegrał dla klubu 49 meczów.
Protest zaczął się około godz. 11:00 czasu lokalnego (UTC +1) w Whitehall, po drugiej stronie pilnowanego przez policję wejścia do oficjalnej siedziby premiera na Downing Street.
Zaraz po godzinie 11:00 demonstranci zablokowali ruch na Whitehall w kierunku północnym.
O godz. 11:20 policja poprosiła demonstrantów o wycofanie się na chodnik, twierdząc, że muszą pogodzić prawo do protestów z wzrastającym ruchem.
Około godz. 11:29 protest minął Whitehall, Trafalgar Square, przesuwając się wzdłuż Strand i mijając Aldwych i dalej Kingsway w stronę Holborn, gdzie w hotelu Grand Connaught Rooms odbywało się Wiosenne Forum Partii Konserwatywnej.
Rekord Nadala w meczach z Kanadyjczykiem wynosi 7:2.
Ostatnio uległ Raonicowi w Brisbane Open.
Nadal zdobył 88% punktów przy siatce w całym meczu i wygrał pierwszy serwis z wynikiem 76 punktów.
Po meczu król mączki powiedział: „Bardzo mnie cieszy, że mogę znów brać udział w finałach najważniejszych turniejów. Jestem tu po to, aby sięgnąć po zwycięstwo”.
„Kwity z Panamy” to globalny termin opisujący około dziesięć milionów dokumentów z panamskiej firmy prawniczej Mossack Fonesca, które wyciekły do gazet wiosną 2016 roku.
Dokumenty pokazały, że czternaście banków pomogło zamożnym klientom w zatajeniu miliardów dolarów w celu uniknięcia podatków i obejścia innych regulacji.
Brytyjska gazeta The Guardian zasugerowała, że Deutsche Bank kontrolował około jednej trzeciej z 1200 spółek fasadowych, które wykorzystano do osiągnięcia tego celu.
Na całym świecie doszło do protestów, kilku postępowań karnych, a obaj przywódcy rządów Islandii i Pakistanu zrezygnowali.
Pochodzący z Hongkongu Ma studiował na Uniwersytecie Nowojorskim i na wydziale prawa Uniwersytetu Harvarda, a kiedyś posiadał amerykańską "zieloną kartę."
Podczas wyborów Hsieh zasugerował, że podczas kryzysu MA może czmychnąć z kraju.
Hsieh przekonywał również, że fotogeniczny Ma ucieleśnia przerost formy nad treścią.
Na przekór tym zarzutom Ma wygrał z łatwością dzięki postulatowi bliższych więzi z Chinami kontynentalnymi.
Dzisiaj graczem dnia został Alex Ovechkin z drużyny Washington Capitals.
W wygranym 5:3 meczu Waszyngtonu z Atlanta Thrasher zdobył dwa gole i dwie asysty.
Tego wieczoru pierwsza asysta Owieczkina była przy zwycięskim golu debiutanta Nicklasa Backstroma;
Tego wieczoru jego drugi gol był jednocześnie jego 60. trafieniem w sezonie, co czyni go pierwszym graczem, który zdobył 60 lub więcej goli w ciągu jednego sezonu od 1995–96 roku, gdy Jaromir Jagr i Mario Lemieux ustanowili ten rekord ex aequo.
Na liście 400 najzamożniejszych Amerykanów z 2008 roku Batten figuruje na miejscu 190., a jego fortunę szacuje się na 2,3 mld USD.
W 1950 roku ukończył Kolegium Sztuki i Nauki na Uniwersytecie w Virginii i był ważnym darczyńcą tej instytucji.
W czasie zamieszek zostało podpalone więzienie Abu Ghraib w Iraku.
Więzienie zyskało złą sławę, gdy wykryto tam przypadki nadużyć wobec osadzonych po interwencji armii amerykańskiej.
Na Grand Prix Singapuru w 200 roku Piquet Jr. zaliczył kraksę tuż po wczesnym pit stopie Fernando Alonso, wyprowadzając na tor samochód bezpieczeństwa.
Kiedy samochody jadące przed Alonso wjeżdżały pod samochód bezpieczeństwa, by zatankować, on wysunął się na czoło wyścigu i zwyciężył.
Piquet Jr. został wyrzucony po Grand Prix Węgier w 2009 roku.
Dokładnie o 8:46 rano nad miastem zaległa cisza, dokładnie w momencie kiedy pierwszy samolot uderzył w cel.
W nocy włączono dwa słupy światła skierowane w górę.
W toku są prace budowlane, a pomiędzy pięcioma nowymi drapaczami chmur powstanie tu również centrum transportowe i park pamięci.
Program PBS otrzymał ponad dwa tuziny nagród Emmy, a jest na antenie krócej niż „Ulica Sezamkowa” i „Sąsiedztwo pana Rogersa”.
Każdy odcinek serialu skupiał się na motywie z danej książki, po czym zajmował się nim w kontekście różnych historii.
Ponadto każdy program polecał książki dla dzieci do wypożyczenia w bibliotece.
John Grant z WNED Buffalo (stacji nadającej program Reading Rainbow) powiedział: „Program Reading Rainbow uczył dzieci czytania… miłości do czytania – zachęcał je, by chwytać za książki i czytać”.
Niektórzy wierzą, wliczając Johna Granta, że zarówno kryzys finansowy, jak i zmiana filozofii edukacyjnych programów telewizyjnych, doprowadziły do zakończenia serialu.
Meteorolodzy twierdzą, że burza, będąca w odległości około 645 mil (1040 km) na zachód od Wysp Zielonego Przylądka, powinna ucichnąć, zanim dotrze do jakiegoś obszaru lądowego.
Fred wieje obecnie z prędkością 105 mil na godzinę (165 km/godz.) i przemieszcza się w kierunku południowo-zachodnim.
Fred to najsilniejszy orkan kiedykolwiek zarejestrowany tak daleko na południu i wschodzie Atlantyku od wprowadzenia zdjęć satelitarnych i trzeci co do wielkości huragan zarejestrowany na wschód od 35° W.
24 września 1759 roku Arthur Guinness podpisał umowę wynajęcia browaru St James' Gate w Dublinie na 9000 lat.
250 lat później Guinness rozwinął się do biznesu światowego, którego obroty wynoszą ponad 10 miliardów euro (14,7 miliarda dolarów) rocznie.
Jonny Reid, pilot zespołu A1GP z Nowej Zelandii, przeszedł dziś do historii, przejeżdżając najszybciej, legalnie, przez 48-letni most Portu Auckland.
Pan Reid prowadzący pojazd A1GP Black Beauty z drużyny nowozelandzkiej zdołał przejechać przez most siedmiokrotnie z prędkością przekraczającą 160 km/h.
Nowozelandzka policja napotkała na trudności, używając pistoletów radarowych do pomiaru prędkości osiągniętej przez Reida ze względu na to, jak niski jest pojazd Black Beauty, a jedyna zarejestrowana prędkość to 160 km/h w momencie, gdy Reid zwolnił.
W ciągu ostatnich trzech miesięcy z aresztu zwolniono ponad 80 aresztowanych, bez postawienia im formalnych zarzutów.
W kwietniu bieżącego roku został wydany nakaz tymczasowego zatrzymania w obiekcie, aby zrealizować zwolnienie osób przetrzymywanych ponad 24 godziny od ujęcia, które nie zostały przesłuchane przez komisarza sądowego.
Komisarz ustanawia kaucję, jeśli zostanie przyznana i formalizuje zarzuty postawione przez funkcjonariusza dokonującego zatrzymania. Zarzuty są potem wprowadzane do stanowego systemu komputerowego, w którym sprawa jest monitorowana.
Data rozprawy wskazuje także termin wykonania przysługującego podejrzanemu prawa do szybkiego procesu.
Peter Costello, australijski minister skarbu, który według wszystkich informacji zastąpi premiera Johna Howarda jako lider Liberalnej Partii, dał wyraz swoje poparcie dla przemysłu nuklearnego w Australii.
Według pana Costello Australia powinna uruchomić produkcję energii jądrowej w momencie, gdy stanie się to rentowne pod względem ekonomicznym.
„Jeśli wejdzie do sprzedaży, powinniśmy ją mieć. To oznacza, że nie ma sprzeciwu, co do zasady energii jądrowej” – powiedział Costello.
Ansa poinformowała, że „obawy policji wzbudza kilka udanych zamachów na najwyższym szczeblu, co może doprowadzić do wybuchu wojny o sukcesję.
Według policji Lo Piccolo miał przewagę, ponieważ był prawą ręką Provenzano w Palermo, a dzięki swemu większemu doświadczeniu cieszył się poważaniem starszego pokolenia bossów, którzy realizowali politykę Provenzano, polegającą na pozostawaniu w jak największym cieniu przy jednoczesnym wzmacnianiu potęgi swojej sieci.
Provenzano kontrolował tych bossów, kiedy zakończył prowadzoną przez Riinę wojnę przeciwko krajowi, która kosztowała życie mafijnych bojowników Giovanniego Falcone i Paolo Borsellino w 1992 roku”.
Steve Jobs, prezes firmy Apple, zaprezentował urządzenie w następujący sposób: wkroczył na scenę i wyciągnął iPhone'a z kieszeni jeansów.
Podczas dwugodzinnego przemówienia powiedział: „Dziś Apple odkryje telefon na nowo, właśnie dziś zmienimy historię”.
Brazylia to największy kraj rzymskokatolicki na Ziemi, a Kościół rzymskokatolicki w kraju cały czas sprzeciwia się małżeństwom osób tej samej płci.
Kongres Narodowy Brazylii od 10 lat debatuje nad tą legalizacją i aktualnie śluby cywilne są dopuszczone prawnie jedynie w Rio Grande do Sul.
Oryginalny projekt ustawy przygotowała Marta Suplicy, była burmistrz São Paulo. Proponowana regulacja z wprowadzonymi zmianami jest teraz w rękach Roberto Jeffersona.
Protestujący liczą na to, że uda im się zebrać 1,2 miliona podpisów pod petycją, aby móc złożyć ją do Kongresu Narodowego w listopadzie.
Gdy okazało się, że wiele rodzin szuka pomocy prawnej, by sprzeciwić się eksmisjom, 20 marca zorganizowano dla ofiar oszustwa mieszkaniowego spotkanie w lokalnym centrum prawniczym East Bay Community Law Centre.
Gdy lokatorzy zaczęli rozmawiać ze sobą o tym, co się stało, większość rodzin nagle uświadomiła sobie, że Carolyn Wilson z urzędu OHA przywłaszczyła sobie ich kaucje i uciekła z miasta.
Lokatorzy Lockwood Gardens sądzą, że na eksmisję może być narażonych 40 albo więcej kolejnych rodzin, od kiedy dotarła do nich informacja, że policja OHA prowadzi dochodzenie w sprawie innych publicznych mieszkań w Oakland, gdzie również mogło dojść do oszustwa.
Zespół przeprosił fanów i odwołał występ na stadionie War Memorial na Maui, w którym miało wziąć udział 9000 ludzi.
HK Management Inc., firma działająca jako manager zespołu, na początku nie podała powodu odwołania koncertu zaplanowanego na 20 września, ale następnego dnia zrzuciła winę na karb trudności logistycznych.
Doskonale znani greccy prawnicy Sakis Kechagioglou i George Nikolakopoulos trafili do ateńskiego więzienia Korydallus po tym, jak udowodniono im łapówkarstwo i korupcję.
W rezultacie doszło do wielkiego skandalu w środowisku greckich prawników, co doprowadziło do ujawnienia nielegalnych działań sędziów, prawników, radców prawnych i adwokatów w ciągu ostatnich lat.
Kilka tygodni temu, po informacjach, jakie ujawnił dziennikarz Makis Triantafylopoulos w swoim popularnym programie telewizyjnym „Zoungla” w Alpha TV, parlamentarzysta i prawnik Petros Mantouvalos został usunięty ze stanowiska w związku z udziałem pracowników jego biura w nielegalnych procederach łapowniczych i korupcyjnych.
Ponadto wtrącono do więzienia najwyższego sędziego, Evangelosa Kalousisa po uznaniu go za winnego korupcji i demoralizacji.
Roberts kategorycznie odmówił udzielenia odpowiedzi na pytanie, w którym momencie jego zdaniem rozpoczyna się życie, co jest istotne pod kątem etyki aborcji, argumentując, że nieetyczne byłoby odnoszenie się do specyfiki prawdopodobnych przypadków.
Kładąc nacisk na spójną linię orzeczeń Sądu Najwyższego, oświadczył jednak raz jeszcze, że wynik sprawy Roe przeciwko Wade stanowi „obowiązujące prawo kraju”.
Ponadto przyznał, że wierzy w dorozumiane prawo do prywatności, na którym opierała się decyzja w sprawie Roe.
Maroochydore znalazł się na szczycie tabeli, wyprzedzając o sześć punktów Noosa na drugim miejscu.
Obie strony spotkałyby się w zasadniczym półfinale, w którym Noosa prześcignął zwycięzców o 11 punktów.
Później Maroochydore pokonał Caboolture we wstępnym finale.
Hesperonychus elizabethae jest gatunekiem z rodziny Dromaeosauridae, spokrewnionym z Velociraptorem.
Wszystko wskazuje na to, że ten w całości opierzony i ciepłokrwisty ptak z grupy drapieżników poruszał się w pozycji pionowej na dwóch nogach i miał pazury podobne do welociraptora.
Jego drugi szpon był większy, stąd nazwa Hesperonychus, oznaczająca „zachodni szpon”.
Skrajnie trudne warunki pogodowe w połączeniu z naporem lodu stanowią znaczną przeszkodę w uskutecznieniu akcji ratunkowej.
Pittman zasugerował, że warunki nie poprawią się aż do przyszłego tygodnia.
Pittman twierdzi, że ilość i grubość zbitego lodu od 15 lat nie sprawiły takich kłopotów statkom polującym na foki.
W Red Lake, gdzie obyły się pogrzeby Jeffa Wise'a i trzech z dziewięciu ofiar, rozeszła się wiadomość o aresztowaniu jeszcze jednego ucznia w związku ze strzelaniną w szkole z 21 marca.
Władze oficjalne powiedziały niewiele, potwierdziły jedynie dzisiejsze aresztowanie.
Dziennik „Minneapolis Star-Tribune” doniósł jednak, że informator mający dostęp do śledztwa twierdzi, iż był to Louis Jourdain, 16-letni syn Floyda Jourdaina, przewodniczącego Rady Plemiennej Red Lake.
W tym momencie nie wiadomo, jakie zostaną postawione zarzuty ani co doprowadziło władze do tego chłopca, ale w federalnym sądzie dla nieletnich zaczęło się postępowanie.
Lodin powiedział też, że decydenci postanowili odwołać drugą turę w celu ochronienia Afgańczyków przed kosztami i zagrożeniami łączącymi się z bezpieczeństwem kolejnych wyborów.
Dyplomaci orzekli, że afgańska konstytucja zawiera na tyle dużo niejednoznacznych zapisów, by uznać drugą turę za niekonieczną.
To stoi w sprzeczności z wcześniejszymi doniesieniami, według których odwołanie drugiej tury byłoby niezgodne z konstytucją.
Samolot został skierowany do Irkucka, obsługiwały go wojska wewnętrzne.
Rozpoczęto dochodzenie w celu zbadania sprawy.
Samolot Ił-76 odgrywa ważną rolę w rosyjskiej flocie wojskowej, podobnie jak odgrywał w sowieckiej od lat 70. XX wieku. W zeszłym miesiącu doszło w Rosji do poważnego wypadku z jego udziałem.
7 października silnik odpadł podczas startu, obyło się bez ofiar. W wyniku tego incydentu Rosja na krótki czas odwołała wszystkie kursy samolotów Ił-76.
Z powodu wylania się tysięcy baryłek ropy naftowej na południe od Fairbanks na Alasce zamknięto 800 mil ropociągu Trans-Alaska.
Awaria zasilania po rutynowym teście systemu pożarowego doprowadziła do otwarcia zaworów nadmiarowych i wycieku ropy naftowej w pobliżu stacji pomp nr 9 w Fort Greely.
Odkręcenie zaworów umożliwiło spuszczenie ciśnienia z układu, a ropa wypłynęła przez podkładkę do zbiornika mieszczącego 55 000 baryłek (2,3 miliona galonów).
W środowe popołudnie odpowietrzniki kontenera wciąż przeciekały, prawdopodobnie z powodu rozszerzalności cieplnej w zbiorniku.
Dodatkowa strefa bezpieczeństwa, znajdująca się poniżej zbiorników mieszczących 104 500 baryłek, nie została jeszcze wypełniona.
W tych komentarzach nadawanych na żywo w telewizji po raz pierwszy padło stwierdzenie z poważnych irańskich źródeł na temat skutków sankcji.
Są to m.in. restrykcje finansowe i wydany przez Unię Europejską zakaz eksportu ropy naftowej, która odpowiada za 80% dochodu zagranicznego w gospodarce Iranu.
W najnowszym miesięcznym raporcie OPEC podaje, że eksport ropy naftowej spadł do poziomu najniższego od dwóch dekad i wynosi 2,8 miliona baryłek dziennie.
Naczelny lider kraju, ajatollah Ali Chamenei, nazwał zależność od ropy naftowej „pułapką” wywodzącą się z czasów przed rewolucją islamską w Iranie z 1979 roku i stwierdził, że państwo powinno się z niej wyzwolić.
Gdy kapsuła dotrze do Ziemi i wejdzie w atmosferę około 5 rano czasu wschodniego, powinna zafundować imponujący pokaz świetlny dla ludzi mieszkających w Północnej Karolinie, Oregonie, Nevadzie i Utah.
Kapsuła będzie przypominać spadającą gwiazdę, która przecina niebo w swoim locie.
Kapsuła będzie podróżować z prędkością 12,8 km albo 8 mil na sekundę, to na tyle szybko, by w minutę dotrzeć z San Francisco do Los Angeles.
Stardust ustanowi nowy rekord szybkości powrotu statku kosmicznego na Ziemię, a tym samym pobije rekord ustanowiony w maju 1969 roku przez moduł dowodzenia Apollo X.
„Przeleci nad zachodnie wybrzeże północnej Kalifornii i rozjaśni niebo od Kalifornii przez środkowy Oregon, a potem przez Nevadę, Idaho aż po Utah” – rzekł Tom Duxbury, dyrektor projektu Stardust.
Decyzja pana Rudda o przystąpieniu do porozumienia klimatycznego z Kioto oznacza izolację Stanów Zjednoczonych, które jako jedyny kraj rozwinięty nie ratyfikują porozumienia.
Byłe konserwatywne władze Australii odrzuciły ratyfikację protokołu z Kioto, oznajmiając, że przyniosłoby to szkodę gospodarce z powodu dużego uzależnienia od eksportu węgla, podczas gdy takie kraje jak Indie czy Chiny nie były związane celami obejmującymi emisję.
To jest największe przejęcie w historii eBaya.
Przedsiębiorstwo ma nadzieję zróżnicować źródła dochodów i osiągnąć popularność na terenach, na których Skype ma mocną pozycję, takich jak Chiny, Europa Wschodnia i Brazylia.
Naukowcy przypuszczają, że Enceladus wykazuje aktywność geologiczną i może stanowić źródło pierścienia lodowego E planety Saturn.
Enceladus to najbardziej odblaskowy obiekt w Układzie Słonecznym – odbija mniej więcej 90 procent światła słonecznego, jakie na niego pada.
Konami, wydawca gry, poinformował dziś w japońskiej gazecie, że nie wyda gry Sześć dni w Faludży.
Bazą narracyjną gry jest druga bitwa o Faludżę, zaciekłe starcie między oddziałami amerykańskimi a siłami Iraku.
Australijski Urząd ds. Komunikacji i Mediów (ACMA) orzekł, że choć nagranie wideo zostało udostępnione w Internecie w formie streamingu, Big Brother nie złamał przepisów w zakresie cenzury treści online, ponieważ nie umieszczono nagrania w witrynie internetowej Big Brothera.
Ustawa o usługach nadawczych zakłada regulację treści publikowanych w Internecie, ale by treść została uznana za internetową, musi fizycznie być na serwerze.
Amerykańska ambasada w Nairobi (Kenia) ostrzega, że „somalijscy ekstremiści” planują zamachy samobójcze z użyciem bomb na terytorium Kenii i Etiopii.
Stany Zjednoczone utrzymują, że otrzymana z nieujawnionego źródła informacja wzmiankuje wyraźnie o zamachach samobójczych, których celami mają być „ważne obiekty” w Etiopii i Kenii.
Heck i Johnson, na długo przed The Daily Show i Raportem Colberta, przewidzieli publikację, która sparodiowałaby wiadomości – i reportaży – gdy byli studentami na UW w 1988 roku.
Od chwili powstania The Onion stało się prawdziwym imperium parodii wiadomości, w formie drukowanej, na stronie internetowej, którą w październiku odwiedziło 5 000 000 unikalnych gości, z drobnymi ogłoszeniami, całodobową siecią informacyjną, podcastami i ostatnio uruchomionym atlasem świata nazwanym Nasz głupi świat.
Al Gore i generał Tommy Franks swobodnie rzucają swoimi ulubionymi nagłówkami (Gore wybrał ten, gdzie The Onion ogłosił, że on i Tipper uprawiali najlepszy seks w życiu po jego przegranej w Electoral College w 2000 roku).
Wielu z tych autorów w ogromnym stopniu wpłynęło na Jona Stewarta i Stephena Colberta oraz ich parodie serwisów informacyjnych.
To wydarzenie artystyczne wpisuje się również w kampanię realizowaną przez Urząd miejski Bukaresztu z zamiarem promocji rumuńskiej stolicy jako miasta o kreatywnej i barwnej atmosferze.
Miasto jako pierwsze w południowo-wschodniej Europie będzie gospodarzem CowParade, największego na świecie otwartego wydarzenia artystycznego, które rozpocznie się w czerwcu, a zakończy w sierpniu tego roku.
Dzisiejsze oświadczenie rozszerzyło wydane w marcu postanowienie rządu o sfinansowaniu dodatkowych wagonów.
Dodatkowe 300 daje łącznie 1300 wagonów do nabycia w celu zmniejszenia zatłoczenia.
Christopher Garcia, rzecznik Wydziału Policji z Los Angeles, powiedział, że podejrzany o złamanie prawa mężczyzna jest przesłuchiwany raczej w sprawie wtargnięcia niż wandalizmu.
Nie doszło do fizycznego uszkodzenia znaku; modyfikacji dokonano z użyciem kawałków czarnego brezentu z ozdobami w formie znaków pokoju i serca w taki sposób, że litera „O” zmieniła się w małe „e”.
Przyczyną czerwonego przypływu jest wyższe niż normalnie stężenie Karenia brevis, występującego w naturze jednokomórkowego organizmu morskiego.
Czynniki naturalne mogą tworzyć kombinację, w której powstają idealne warunki do diametralnego wzrostu nagromadzenia alg.
Neurotoksyna wytwarzana przez algi może sparaliżować nerwy zarówno u ludzi, jak i u ryb.
Ryby często giną w efekcie wysokiej koncentracji toksyn w wodach.
Ludzie mogą zostać poszkodowani z powodu wdychania zainfekowanej wody, przenoszonej w powietrzu poprzez wiatr i fale.
Cyklon tropikalny Gonu, w języku Malediwów nazywany od worka liści palmowych, w swoim szczytowym momencie osiągał prędkość wiatru wynoszącą 240 kilometrów na godzinę (149 mil na godzinę).
Dzisiaj o wcześniejszej porze wiatr wiał z prędkością 83 km/godz. i oczekiwano, że będzie słabł.
W środę NBA (Narodowe Stowarzyszenie Koszykówki w USA) ogłosiło, że nowy sezon rozgrywek zostaje zawieszony ze względu na sytuację związaną z COVID-19.
Postanowienie NBA wynikało z pozytywnego wyniku testu na obecność wirusa COVID-19 u zawodnika Utah Jazz.
Patrząc na tę skamielinę, to oznacza, że rozpad nastąpił o wiele wcześniej, niż zakładano na podstawie dowodów molekularnych. 
„To oznacza, że należy wszystko cofnąć w czasie” – powiedział Berhane Asfaw, badacz z instytutu Rift Valley Research Service w Etiopii i współautor badania.
Dotychczas firmie AOL udawało się rozwijać rynek komunikatorów internetowych we własnym tempie ze względu na wszechobecność jej usług w Stanach Zjednoczonych.
W takiej sytuacji ta swoboda może się zakończyć.
Łączna liczba użytkowników Yahoo! i usług Microsoftu będzie konkurować z liczbą klientów AOL.
Nacjonalizacja banku Northern Rock nastąpiła w roku 2008 po upublicznieniu informacji, że spółka otrzymała kryzysową pomoc od rządu Wielkiej Brytanii.
Bank Northern Rock wymagał pomocy, ponieważ dotknął go kryzys na rynku kredytów hipotecznych o wysokim ryzyku w roku 2007.
Oferta złożona przez Virgin Group należącą do Sir Richarda Bransona została odrzucona przed nacjonalizacją banku.
W roku 2010 w ramach nacjonalizacji obecny bank detaliczny Northern Rock plc oddzielił się od „skompromitowanego banku” Northern Rock (Asset Management).
Virgin kupiła tylko „dobry bank” Northern Rock, bez spółki zarządzania aktywami.
Podobno to jest piąty przypadek w historii, gdy ludzie zaobserwowali spadający na ziemię materiał, potwierdzony chemicznie jako marsjański.
Na Ziemię spadło około 24 000 meteorytów, o których wiemy, a tylko około 34 z nich ma potwierdzone pochodzenie marsjańskie.
Piętnaście z tych skał spadło z deszczem meteorytów w lipcu ubiegłego roku.
Niektóre skały, bardzo rzadkie na Ziemi, osiągają ceny od 11 000 do 22 500 dolarów za uncję, czyli mniej więcej dziesięciokrotnie więcej niż kosztuje złoto.
Po rajdzie Keselowski, który ma 2250 punktów, pozostaje liderem w klasyfikacji kierowców.
Johnson ma siedem punktów straty i zajmuje drugie miejsce z wynikiem 2243.
Na trzecim miejscu plasuje się Hamlin z dwudziestoma punktami straty i wyprzedzając Bowyera o pięć punktów. Kahne i Truex Jr. zajmują odpowiednio piątą (2220 punktów) i szóstą pozycję (2207 punktów).
W mistrzostwach kierowców cztery ostatnie miejsca w pierwszej dziesiątce zajmują Stewart, Gordon, Kenseth i Harvick, a do zakończenia sezonu pozostały jeszcze cztery wyścigi.
Marynarka wojskowa USA poinformowała również, że badają zdarzenie.
W oświadczeniu powiedziano również: „Załoga próbuje aktualnie ustalić najlepszą metodę bezpiecznego wydobycia statku”.
Trałowiec typu Avenger był w drodze do Puerto Princesa na wyspie Palawan.
Przynależy do siódmej floty amerykańskiej Marynarki Wojennej i zarzucił kotwicę w mieście Sasebo, położonym w prefekturze Nagasaki w Japonii.
Napastnicy przybyli do Mumbaju łodzią 26 listopada 2008 roku, wyposażeni w granaty i broń automatyczną, po czym dokonali ataku na kilka celów, w tym na zatłoczoną stację kolejową Chhatrapati Shivaji Terminus i słynny hotel Taj Mahal.
Zwiady i informacje zgromadzone przez Davida Headleya umożliwiły przeprowadzenie operacji przez 10 uzbrojonych bandytów należących do Laskhar-e-Taiba, pakistańskiej grupy bojowników.
Atak wywołał ogromne napięcie pomiędzy Indiami a Pakistanem.
W towarzystwie wspomnianych urzędników zapewnił mieszańców Teksasu, że podejmowane są działania zmierzające do ochrony bezpieczeństwa publicznego.
Perry nie miał wątpliwości: „Nie ma zbyt wielu miejsc na świecie, które są lepiej przygotowane, aby stawić czoła temu wyzwaniu”.
Gubernator dodał: „Dziś dotarła do nas informacja o dzieciach w wieku szkolnym, które miały kontakt z pacjentem”.
Później rzekł: „To poważna sprawa. Bądź pewny, że nasz system pracuje tak dobrze, jak powinien”.
Jeśli zostanie to potwierdzone, odkrycie to umożliwi zakończenie ośmioletnich poszukiwań Musashi przez Allena.
Obrazowanie dna morskiego umożliwiło odnalezienie wraku z użyciem zdalnie sterowanego pojazdu podwodnego.
Z doniesień wynika, że Allen, jeden z najbogatszych ludzi na świecie, poświęcił znaczną część swojego majątku na eksploracje morskie i zainicjował poszukiwania okrętu pancernego Musashi, powodowany długoletnią fascynacją II wojną światową.
Gdy była w Atlancie, zdobyła przychylność krytyków i doceniono ją za nowatorską edukację miejską.
W 2009 roku otrzymała nagrodę Krajowego Dyrektora Roku.
Gdy przyznawano tę nagrodę, szkoły w Atlancie miały już dużo lepsze wyniki testów.
Niewiele później gazeta Atlanta Journal-Constitution opublikowała sprawozdanie prezentujące problemy z wynikami testów.
Raport wykazał tak błyskawiczną poprawę w wynikach testów, że trudno w to uwierzyć, w związku z czym uznano, że szkoła wykryła wewnętrzne problemy, ale nic z tym temacie nie zrobiła.
Dowody następnie wykazały, że arkusze testowe zostały sfałszowane. Hall wraz z 34 innymi urzędnikami szkolnictwa została postawiona w stan oskarżenia w 2013 roku.
Rząd Irlandii podkreśla konieczność wydania ustawy, aby naprawić sytuację.
Rzecznik rządu powiedział: „Z punktu widzenia zdrowia publicznego i wymiaru sprawiedliwości istotne jest, aby ustawa jak najszybciej weszła w życie”.
Minister zdrowia wyraził zaniepokojenie zdrowiem osób zażywających tymczasowo legalnych substancji, o których mowa, oraz wyrokami skazującymi za narkotyki wydanymi po wejściu w życie niekonstytucyjnych zmian.
Wcześniej tego dnia Jarque brał udział w treningu przedsezonowym w Coverciano we Włoszech. Zatrzymał się w hotelu drużyny przed meczem z Bolonią zaplanowanym na niedzielę.
Przed planowanym niedzielnym pojedynkiem z Bolonią mieszkał w hotelu zespołu.
Autobus zmierzał do Six Flags St. Louis w Missouri, gdzie grupa miała grać koncert, który został w całości wyprzedany.
Zgodnie z tym, co mówią świadkowie, w sobotnią noc o godzinie 1:15 autobus przejeżdżał na zielonym świetle, gdy samochód wykonał manewr skrętu naprzeciw autobusu.
Nocą 9 sierpnia oko Morakota było oddalone mniej więcej siedemdziesiąt kilometrów od chińskiej prowincji Fujian.
Szacunkowo tajfun wędruje w stronę Chin z szybkością jedenastu km / godz.
Pasażerom podawano wodę, gdy czekali w 32-stopniowym upale.
Kapitan straży pożarnej, Scott Kouns, powiedział: „W Santa Clara było gorąco, temperatura około 90 stopni”.
Każdy czas uwięzienia na kolejce górskiej byłby co najmniej kłopotliwy, a pierwszą osobę uwolniono po ponad godzinie.”
Schumacher, który zakończył karierę w 2006 roku z siedmioma tytułami mistrza Formuły 1, miał zastąpić Felipego Massę, który doznał kontuzji.
Brazylijczyk odniósł poważną kontuzję głowy w wyniku wypadku podczas Grand Prix Węgier w 2009 roku.
Massa nie będzie dostępny co najmniej do końca sezonu 2009.
Prezydencki minister Rodrigo Arias oświadczył, że prezydent Arias ma dodatni wynik testu potwierdzający łagodny przypadek wirusa.
Stan prezydenta jest stabilny, ale jeszcze przez kilka dni będzie przebywać na izolacji w domu.
Oprócz gorączki oraz bólu gardła czuję się na tyle dobrze, by móc wykonywać moją pracę w formie zdalnej. 
Arias oświadczył, „że w poniedziałek spodziewa się wrócić do sprawowania wszystkich swoich obowiązków”.
Felicia była kiedyś klasyfikowana w Kategorii 4 na skali Saffira-Simpsona określającej intensywność huraganu, ale spadła do kategorii depresji tropikalnej, a we wtorek całkowicie zanikła.
W ślad za minionym huraganem spadły ulewne deszcze na terenie większości wysp, ale jak dotąd nie ma żadnych doniesień o szkodach bądź zalaniach.
Opady atmosferyczne, sięgające 6,34 cala na deszczomierzu w Oahu, określono jako „zbawienne”.
Wraz z opadami deszczu wystąpiły burze z piorunami i częstymi błyskawicami.
Samolot Twin Otter już wczoraj podjął próbę lądowania w Kokodzie (lot Airlines PNG nr CG4684), ale przerwał podejście.
Zniknął po drugim podejściu, na około dziesięć minut przed planowanym lądowaniem.
Dziś zlokalizowano miejsce katastrofy, które jest tak niedostępne, że do dżungli zrzucono dwóch policjantów, aby przedarli się na miejsce i sprawdzili, czy ktoś przeżył.
W poszukiwaniach przeszkadzała ta sama zła pogoda, która wcześniej uniemożliwiła samolotowi podejście do lądowania.
Zgodnie z informacjami podanymi do wiadomości publicznej w mieszkaniu przy Macbeth Street doszło do eksplozji z powodu ulatniającego się gazu.
Pracownik gazowni zjawił się na miejscu zdarzenia po zgłoszeniu przez sąsiada, że gaz się ulatnia.
Gdy przybył urzędnik, w mieszkaniu nastąpił wybuch.
Nie zgłoszono żadnych większych obrażeń, ale co najmniej pięć osób obecnych na miejscu wybuchu doznało szoku.
W mieszkaniu nie było nikogo.
W tym czasie zorganizowano ewakuację prawie 100 mieszkańców z tego obszaru.
I golf, i rugby powrócą na Igrzyska Olimpijskie.
Międzynarodowy Komitet Olimpijski na posiedzeniu zarządu w Berlinie przegłosował dziś włączenie tej dyscypliny. Rugby, a konkretnie związek rugby, i golf wygrały z pięcioma innymi sportami, które brano pod uwagę jako dyscypliny olimpijskie.
Chciano włączyć squasha, karate oraz sporty rolkowe do programu olimpijskiego, podobnie jak baseball oraz softball, które wykluczono z igrzysk olimpijskich w 2005 roku.
Wynik głosowania musi zostać zatwierdzony przez MKOl w pełnym składzie podczas październikowego spotkania w Kopenhadze.
Nie wszyscy popierali włączenie kobiet do klasyfikacji.
Amir Khan, zdobywca srebrnego medalu olimpijskiego z 2004 roku, powiedział: „W głębi serca uważam, że walka nie jest dla kobiet. Taka jest moja opinia”.
Niezależnie od tych komentarzy oznajmił zamiar wspierania brytyjskich sportowców podczas Olimpiady w Londynie w 2012 roku.
Proces miał miejsce w sądzie w Birmingham i został zakończony 3 sierpnia.
Aresztowany na miejscu zdarzenia prezenter zdementował informacje o ataku i twierdził, że użył kija, by chronić się przed rzucanymi w niego butelkami przez nawet trzydzieści osób.
Blake'a oskarżono również o próbę wywierania wpływu na wymiar sprawiedliwości.
Blake usłyszał od sędziego, że jego uwięzienie jest „niemalże przesądzone”.
Ciemna energia jest siłą w całości niewidzialną i bez ustanku oddziałującą na wszechświat.
Jego istnienie jest znane wyłącznie z powodu wpływu, jaki wywiera na rozszerzanie się wszechświata.
Uczeni odkryli na całej powierzchni księżyca formy terenu nazywane płatowatymi zboczami, które najwyraźniej powstały w wyniku bardzo wolnego kurczenia się księżyca.
Te urwiska znaleziono na całym Księżycu i wyglądają na minimalnie podniszczone, wskazując na to, że zdarzenia geologiczne, które je wywołały, były stosunkowo niedawne.
Ta teoria stoi w sprzeczności do twierdzenia, że księżyc jest pozbawiony jakiejkolwiek aktywności geologicznej.
Ten człowiek rzekomo miał wjechać w tłum uzbrojonym w materiały wybuchowe pojazdem na trzech kołach.
Zatrzymano mężczyznę podejrzanego o zdetonowanie bomby, po tym jak odniósł obrażenia spowodowane wybuchem.
Władze nadal nie znają jego nazwiska, choć wiedzą, że należy do ujgurskiej grupy etnicznej.
Nadia przyszła na świat przez cesarskie cięcie 17 września 2007 r. w szpitalu położniczym w Alejsku w Rosji, ważąc 17 funtów i 1 uncję.
„Wszyscy zwyczajnie doznaliśmy szoku” – powiedziała matka.
Gdy ją zapytano o to, co powiedział ojciec, odparła: „Nie był w stanie nic powiedzieć – po prostu stał tam i mrugał”.
Posiada właściwości identyczne z wodą. Tak jak woda, również jest przezroczysty. 
Dlatego stojąc na brzegu, byłbyś w stanie zobaczyć wszystkie kamyki i maź znajdujące się na dnie.
„Według aktualnego stanu wiedzy tylko jedno ciało planetarne ma dynamikę większą niż Tytan i jest to Ziemia” – dodał Stofan.
Sprawa rozpoczęła się 1 stycznia, po tym jak dziesiątki lokalnych mieszkańców zaczęło składać skargi na poczcie w Obanazawa, że nie otrzymało swoich tradycyjnych kart noworocznych.
Wczoraj poczta wystosowała przeprosiny skierowane do obywateli i mediów, odkryto bowiem, że chłopiec ukrył ponad 600 przesyłek pocztowych, w tym 429 kartek noworocznych, które nigdy nie trafiły do adresatów.
Z pokładu bezosobowej sondy kosmicznej Chandrayaan-1 został uwolniony impaktor Moon Impact Probe (MIP), który przeleciał nad powierzchnią Księżyca z prędkością 1,5 kilometra na sekundę (4828 kilometrów na godzinę) i uderzył w jego powierzchnię w okolicy bieguna południowego.
Sonda księżycowa miała na pokładzie trzy istotne przyrządy naukowe, a na jej wszystkich bokach namalowano flagę Indii.
„Podziękowania dla tych, którzy wpierali takiego skazańca jak ja” – na konferencji prasowej zacytowano słowa Siriporna jako powiedzenie.
Niektórzy mogą się nie zgadzać, ale jest mi to obojętne.
Cieszę się, że są ludzie gotowi mnie wesprzeć.
Od chwili uzyskania niepodległości Pakistanu od rządów brytyjskich w 1947 roku prezydent Pakistanu wyznacza „agentów politycznych” do zarządzania FATA i sprawowania prawie całkowitej autonomicznej kontroli nad tymi terenami.
Ci agenci mają za zadanie świadczyć usługi rządowe i sądownicze na podstawie Artykułu 247 Konstytucji Pakistanu.
Około godziny dziesiątej rano czasu lokalnego w Mekce, świętym mieście islamu, zawalił się hostel.
W budynku zatrzymali się liczni pielgrzymi, którzy przybyli do świętego miasta dzień przed pielgrzymką hadżdż.
Większość gości hostelu pochodziła ze Zjednoczonych Emiratów Arabskich.
Liczba ofiar śmiertelnych wynosi 15 osób i może jeszcze wzrosnąć.
Leonow, znany także jako „kosmonauta nr 11”, należał do pionierskiej grupy radzieckich kosmonautów.
18 marca 1965 roku wykonał pierwszy spacer kosmiczny („załogową czynność pozapojazdową”) i przebywał sam poza statkiem kosmicznym przez nieco ponad dwanaście minut.
Za swoje dzieło dostał „Bohatera Związku Radzieckiego”, najwyższy honor w Związku Radzieckim.
Dziesięć lat później został dowódcą sowieckiej misji w ramach programu Sojuz-Apollo, który stanowił symboliczny koniec wyścigu kosmicznego.
Powiedziała: „Nie ma danych, które wskazywałyby na nieuchronny atak.
Nawet gdy poziom zagrożenia obniżony zostanie do poziomu poważnego, nie znaczy to, że ogólnie pojęte zagrożenie ustąpiło”.
Władze nie wiedzą, czy groźba jest wiarygodna, ale pod naciskiem FBI zakład transportu w Maryland zamknął tunele.
Użyto wywrotek do zablokowania wejść do metra, a 80 policjantów wezwanych do pomocy miało kierować kierowców na objazdy.
Na obwodnicy, która jest alternatywą dla trasy wiodącej przez miasto, nie zgłoszono żadnych poważnych opóźnień w ruchu.
Nigeria podała wcześniej, iż planuje dołączyć do AfCFTA w tygodniu przed szczytem.
Albert Muchanga, komisarz ds. handlu i przemysłu w Unii Afrykańskiej, ogłosił przyłączenie się Beninu do bloku.
Komisarz oświadczył: „Nie doszliśmy jeszcze do porozumienia na temat reguł pochodzenia i koncesji taryfowych, ale ogólne zasady, które ustaliliśmy, wystarczą, aby zainicjować handel 1 lipca 2020 roku”.
Stacja utrzymała swoje położenie mimo wcześniejszej utraty żyroskopu podczas misji stacji kosmicznej aż do końca kosmicznego spaceru.
Chiao i Szaripow zgłosili, że są w bezpiecznej odległości od silników sterujących pozycją.
Rosyjska kontrola naziemna uruchomiła silniki odrzutowe i stacja wróciła do normalnej pozycji.
Proces sądowy odbył się w stanie Wirginia, ponieważ tam znajduje się siedziba wiodącej na rynku usług internetowych firmy AOL, która wniosła zarzuty.
Po raz pierwszy wydano wyrok skazujący na podstawie przepisów z 2003 r., które miały na celu ograniczenie wysyłania masowych wiadomości e-mail, tzw. spamu, do użytkowników.
Jesus (21 l.) przeniósł się z brazylijskiego klubu Palmeiras do Manchester City w styczniu 2017 roku i według doniesień prasowych transfer ten kosztował 27 milionów GBP.
Od tamtego czasu Brazylijczyk rozegrał 53 mecze dla klubu we wszystkich rozgrywkach, zdobywając 24 gole.
Informacja o tureckich dzieciach, które zaraziły się wirusem ptasiej grypy A(H5N1) i mimo to nie zachorowały, wzbudziła zaniepokojenie doktora Lee.
Zwrócił on uwagę, że niektóre badania wskazują, że choroba musi stać się mniej śmiertelna, zanim doprowadzi do globalnej epidemii.
Można się obawiać, że pacjenci będą dalej zarażać kolejne osoby, wykonując swoje codzienne czynności, jeśli objawy grypy utrzymają się na łagodnym poziomie.
Leslie Aun, rzecznika Fundacji Komen, oświadczyła, że zgodnie z nowo przyjętą zasadą organizacje podlegające dochodzeniom prawnym nie są uprawnione do otrzymania żadnych dotacji ani finansowania.
Polityka Komen zdyskwalifikowała organizację Planned Parenthood ze względu na toczące się postępowanie w sprawie wydawania i rozliczania pieniędzy przez Planned Parenthood, prowadzone przez kongresmena Cliffa Stearnsa.
Stearns, pełniący funkcję przewodniczącego Podkomisji ds. Nadzoru i Dochodzeń, działającej w Komisji ds. Energii i Handlu w Izbie Reprezentantów, sprawdza, czy podatki są używane do opłacania aborcji w ramach Planowanego Rodzicielstwa.
We wtorek Mitt Romney, były gubernator stanu Massachusetts, wygrał prawybory prezydenckie Partii Republikańskiej na Florydzie z wynikiem 46%.
Drugie miejsce z wynikiem 32% zajął Newt Gingrich, były Spiker Izby Reprezentantów Stanów Zjednoczonych.
Floryda to stan, w którym zwycięzca bierze wszystko, w związku z tym wszystkie 50 głosów delegatów przyznano Romneyowi, dzięki czemu wysunął się na czoło wyścigu o nominację Partii Republikańskiej.
Według informacji podanej przez organizatorów protestu około 100 000 osób wyszło na ulice w takich niemieckich miastach jak Berlin, Kolonia, Hamburg i Hanower.
Według szacunków policji liczba protestujących wyniosła 6500.
Protesty przeszły również przez ulice Paryża, Sofii (Bułgaria), Wilna (Litwa), Valetty (Malta), Tallina (Estonia) oraz Edynburga i Glasgow (Szkocja).
Mniej więcej 200 osób protestowało w Londynie na zewnątrz biur niektórych czołowych posiadaczy praw autorskich.
W ubiegłym miesiącu doszło do dużych protestów w Polsce, gdy kraj podpisał ACTA, z tego powodu polski rząd nadal nie ratyfikował umowy.
Zarówno Łotwa, jak i Słowacja odkładały procedurę przystąpienia do ACTA.
Organizacja Animal Liberation oraz RSPCA (Królewskie towarzystwo ds. zapobiegania okrucieństwu wobec zwierząt) ponawiają apel o obowiązkową instalację kamer monitoringu we wszystkich rzeźniach na terytorium Australii.
David O'Shannessy, główny inspektor RSPCA (organizacji przeciwdziałającej okrucieństwu wobec zwierząt) powiedział stacji ABC, że nadzór i inspekcje rzeźni w Australii powinny być standardowymi procedurami.
„Zainstalowanie monitoringu w sposób zdecydowany pokazałby osobom pracującym przy zwierzętach, że ich dobro stanowi najwyższy priorytet”.
Międzynarodowa mapa trzęsień ziemi amerykańskiej agencji naukowo-badawczej USGS nie odnotowała w ubiegłym tygodniu żadnych trzęsień ziemi na Islandii.
Biuro Meteorologiczne z Islandii doniosło, że w ostatnich 48 godzinach nie było żadnych trzęsień ziemi w regionie Hekla.
Istotna aktywność sejsmiczna skutkująca zmiany fazy została odnotowana 10 marca po północno-wschodniej stronie najwyższej kaldery wulkanu.
U podnóża góry zaobserwowano ciemne chmury, które nie wynikają z żadnej aktywności wulkanicznej.
Chmury mogły utrudnić rozpoznanie, czy faktycznie doszło do erupcji.
Luno transportował 120–160 metrów sześciennych paliwa, gdy doszło do awarii i silne podmuchy wiatru w połączeniu z falami zepchnęły go na falochron.
Helikoptery ocaliły dwunastu członków załogi; jedynym odniesionym obrażeniem był złamany nos.
Stumetrowy statek zmierzał po odbiór standardowego ładunku z nawozem i na początku urzędnicy mieli obawy, że może dojść do wycieku.
Proponowana poprawka przeszła przez obie izby już w 2011 roku.
W czasie tej sesji legislacyjnej wprowadzono zmianę – drugie zdanie zostało najpierw wykreślone przez Izbę Reprezentantów, a potem w poniedziałek przyjęte w podobnej formie przez Senat.
Nieskuteczność drugiego zapisu, który proponuje zakaz związków jednopłciowych, może otworzyć drogę dla zalegalizowania związków partnerskich w przyszłości.
Następnie rezolucja HJR-3 zostanie ponownie rozpatrzona przez kolejny wybrany organ ustawodawczy w 2015 lub 2016 roku w ramach dalszego procedowania.
Oprócz reżyserii do osiągnięć Vautiera należy strajk głodowy w 1973 roku przeciw temu, co określał jako cenzurę polityczną.
Zmieniono francuskie prawo. Jego aktywizm rozpoczął się, gdy miał 15 lat, gdy wstąpił do francuskiego ruchu oporu w czasie II wojny światowej.
Udokumentował samego siebie w książeczce z 1998 r.
W latach 60. powrócił do wolnej Algierii, by nauczać reżyserii filmowej.
Japoński judoka Hitoshi Saito, zdobywca dwóch złotych medali olimpijskich, zakończył życie w wieku 54 lat.
Przyczyną śmierci był rak wewnątrzwątrobowych dróg żółciowych.
Zmarł we wtorek w Osace.
W chwili śmierci Saito był nie tylko byłym mistrzem olimpijskim i mistrzem świata, ale także przewodniczącym komitetu szkoleniowego Japońskiej Federacji Judo.
W przyjęciu zorganizowanym z okazji pierwszej rocznicy ślubu wzięło udział co najmniej 100 osób.
Urzędnicy oznajmili, że oficjalne wydarzenie z okazji rocznicy zaplanowano w późniejszym terminie.
Pobrali się w Teksasie rok temu i przyjechali do Buffalo, żeby świętować z krewnymi i znajomymi.
Urodzony w Buffalo 30-letni mąż był jednym z czterech zabitych w strzelaninie, za to jego żona nie odniosła obrażeń.
Karno jest dobrze znanym, choć kontrowersyjnym nauczycielem języka angielskiego, który pracował w szkołach Modern Education i King's Glory oraz twierdził, że u szczytu kariery miał 9000 uczniów.
Jego notatki zawierają słowa przez niektórych rodziców uznawane za obsceniczne i podobno nie stronił też od wulgaryzmów podczas lekcji.
Nowoczesna Edukacja oskarżyła go o zamieszczanie dużych reklam na autobusach bez żadnego pozwolenia oraz o kłamstwa na temat tego, że jest głównym nauczycielem angielskiego.
Wcześniej został także oskarżony o naruszenie praw autorskich, lecz nie postawiono mu zarzutów.
Były uczeń powiedział, że „mówił slangiem na zajęciach, uczył umiejętności randkowania i był jak kolega uczniów”.
Chiny rozwinęły gospodarkę rynkową na przestrzeni ostatnich 30 lat, mimo że oficjalny ustrój komunistyczny nie uległ transformacji.
Pod przywództwem Deng Xiaopinga wdrożone zostały pierwsze reformy gospodarcze.
Od tamtej pory gospodarka Chin urosła 90 razy.
W zeszłym roku Chiny pierwszy raz wyeksportowały większą liczbę aut niż Niemcy, prześcigając Stany Zjednoczone jako największy rynek w tej branży.
W ciągu dwóch dekad PKB Chin może przewyższyć PKB Stanów Zjednoczonych.
Cyklon tropikalny Danielle, czwarty nazwany cyklon z sezonu huraganów na Atlantyku w 2010 roku, uformował się na wschodnim Atlantyku.
Sztorm szalejący w odległości ok. 3000 mil od Miami na Florydzie osiąga maksymalną prędkość wiatru na poziomie 40 mil na godzinę (64 km/godz.).
Naukowcy z Narodowego Centrum Huraganów przewidują, że do środy Danielle przybierze na sile i stanie się huraganem.
Ponieważ burza jest daleko od ziemi, ocena jej potencjalnego wpływu na Stany Zjednoczone albo Karaiby jest trudna.
Bobek, który przyszedł na świat w Zagrzebiu, stolicy Chorwacji, stał się sławny dzięki grze w klubie Partizan Belgrad.
Był z nimi od roku 1945 do 1958.
Gdy występował w drużynie, zdobył 403 gole w 468 spotkaniach.
Nikt nie rozegrał tylu meczów ani nie strzelił tylu goli dla klubu co Bobek.
W 1995 roku wybrano go najlepszym graczem w historii Partizana.
Uroczystości zaczęły się od specjalnego przedstawienia znanej na całym świecie grupy Cirque du Soleil.
Do kolejnych występujących należeli Stambulska Państwowa Orkiestra Symfoniczna, zespół janczarów oraz śpiewacy Fatih Erkoç i Müslüm Gürses.
Następnym punktem programu byli wirujący derwisze.
Turecka diwa Sezen Aksu koncertowała z włoskim tenorem Alessandro Safiną oraz greckim wokalistą Harisem Alexiou.
Na koniec turecka grupa taneczna Ogień Anatolii zaprezentowała przedstawienie „Troja”.
Peter Lenz, 13-letni rajdowiec motocyklowy, zmarł po wypadku na torze wyścigowym w Indianapolis.
Lenz spadł z motocykla podczas rozgrzewki, a po chwili uderzył w niego współzawodnik Xavier Zayata.
Natychmiast zajął się nim przyboczny personel medyczny i przewieziono go do lokalnego szpitala, gdzie nastąpił zgon.
Zayat nie odniósł żadnych obrażeń w wyniku wypadku.
Odnosząc się do globalnej sytuacji finansowej, Zapatero dodał, że „system finansowy stanowi element gospodarki, i to kluczowy element. 
Kryzys finansowy trwa już rok, a ostatnie dwa miesiące były najtrudniejszym okresem, uważam jednak, że w najbliższym czasie rynki finansowe zaczną się podnosić z zapaści”.
W ubiegłym tygodniu program Naked News wydał oświadczenie o zamiarze radykalnego rozszerzenia zakresu swoich nadawanych w kilku językach wiadomości o trzy nowe audycje.
Światowa organizacja, która obecnie publikuje raporty w języku angielskim i japońskim, przygotowuje już programy po hiszpańsku, włosku i koreańsku dla telewizji, Internetu i na urządzenia mobilne.
Na szczęście nie stała mi się krzywda, ale nie zapomnę tej makabrycznej sceny, gdy ludzie usiłowali wybić okna, żeby się wydostać. 
Ludzie walili w szyby krzesłami, ale okna wykonane były z nietłukącego się szkła.
„Jedna z szyb w końcu pękła, więc ludzie zaczęli wychodzić przez okno” – powiedział ocalały Franciszek Kowal.
Gwiazdy emitują światło i ciepło, zużywając energię wytworzoną w procesie łączenia się (lub stapiania) atomów wodoru w celu uformowania cięższych cząsteczek.
Naukowcy starają się stworzyć reaktor, który zdoła wytwarzać energię w taki sam sposób.
Rozwiązanie tego problemu nastręcza jednak wiele trudności i wiele lat minie, nim uda się skonstruować użyteczny reaktor termojądrowy.
Szpilka ze stali dryfuje na powierzchni wody ze względu na napięcie na powierzchni.
Napięcie powierzchniowe występuje, ponieważ cząsteczki wody na jej powierzchni przyciągają się silniej niż cząsteczki wody i powietrza nad nimi.
Takie przedmioty jak igła są w stanie unosić się na tafli wody dzięki niewidzialnej powłoce, jaką cząsteczki tworzą na powierzchni wody.
Płoza nowoczesnej łyżwy ma dwie krawędzie rozdzielone rowkiem. Dwie krawędzie zwiększają przyczepność na lodzie, nawet gdy ustawione są pod kątem.
Spód ostrza jest nieco wygięty, więc gdy ostrze przechyla się na jedną ze stron, grzbiet stykający się z lodem też się wykrzywia.
To sprawia, że łyżwiarz wykonuje skręt. Gdy łyżwy przechylają się w prawo, łyżwiarz wykonuje skręt w prawo, a jeżeli łyżwy przechylają się w lewo, łyżwiarz skręca w lewo.
Aby wrócić do wcześniejszego poziomu energii, muszą usunąć dodatkową energię uzyskaną od światła.
Robią to poprzez emisję maleńkiej cząsteczki światła zwanej fotonem.
Ten proces jest określany przez naukowców jako „stymulowana emisja promieniowania”, ponieważ atomy są stymulowane jasnym światłem, co powoduje emisję fotonu światła, a światło to rodzaj promieniowania.
Następny obrazek pokazuje atomy emitujące fotony. Oczywiście w rzeczywistości fotony są znacznie mniejsze niż na tym obrazku.
Fotony są nawet mniejsze od cząsteczek, które formują atomy!
Setki godzin pracy powodują, że żarnik w żarówce ostatecznie się wypala i żarówka przestaje świecić.
Wtedy konieczna jest wymiana żarówki. Podczas wymieniania żarówki należy zachować ostrożność.
Najpierw należy wyłączyć światło lub odłączyć kabel.
Jest tak, ponieważ prąd wpływający do oprawki, w której znajduje się metalowa część żarówki, może poważnie porazić przy dotknięciu wnętrza oprawki lub metalowej podstawy żarówki, gdy jest ona częściowo w oprawce.
Podstawowym organem w układzie krążenia jest serce, pompujące krew.
Krew jest odprowadzana z serca „przewodami”, które nazywane są tętnicami, a doprowadzana „przewodami” zwanymi żyłami”. Określenie naczynia włosowate odnosi się do najmniejszych takich „przewodów”.
Zębiska triceratopsa mogłyby zgnieść nie tylko liście, ale także nadzwyczaj twarde gałęzie i korzenie.
Zdaniem niektórych uczonych triceratops żywił się sagowcami, czyli roślinami typowymi dla okresu kredy.
Roślina ta przypomina małą palmę z koroną tworzoną przez ostre, sterczące liście.
Silna paszcza mogła być przydatna dla triceratopsa, gdy chciał oberwać liście, zanim zabrał się do zjadania pnia.
Inni naukowcy twierdzą, że te rośliny są bardzo trujące, więc nie jest możliwe, by dinozaury je jadły, chociaż dzisiaj leniwce i inne zwierzęta, np. papugi (potomki dinozaurów) mogą jeść trujące liście albo owoce.
W jaki sposób działałaby na mnie siła grawitacji na księżycu Io? Stojąc na powierzchni Io, człowiek waży mniej niż na Ziemi.
Osoba ważąca 200 funtów (90 kg) na Ziemi będzie ważyć około 36 funtów (16 kg) na księżycu Io. Siła grawitacji jest tam, oczywiście, dużo mniejsza.
Słońce nie ma takiej skorupy jak Ziemia, na której możesz stać. Słońce jest w całości z gazów, ognia oraz plazmy.
Gaz rozrzedza się w miarę oddalania się od środka Słońca.
Zewnętrzna obręcz, którą widzimy, patrząc na Słońce, nazywana jest fotosferą, co dosłownie oznacza „kulę światła”.
Fazy Wenus, podobne do faz księżyca, zaobserwował około trzy tysiące lat później (w 1610 roku) Galileusz, a użył w tym celu teleskopu.
Fazy wynikają z tego, że światło dociera tylko do jednej strony Wenus (lub Księżyca), tej, która odwrócona jest do Słońca. Teoria Kopernika, zgodnie z którą planety orbitują wokół Słońca, miała swoje potwierdzenie w fazach Wenus.
Jeremiah Horrocks, angielski astronom, zaobserwował tranzyt Wenus kilka lat później, a dokładnie w 1639 roku.
Po odbiciu Danelaw Anglia doświadczyła długiego okresu spokoju.
Jednak w 991 roku Ethelred musiał stawić czoła flocie Wikingów, z którą pod względem wielkości mogła równać się jedynie flota Guthruma sprzed stu lat.
Na czele floty stał Olaf Trygvasson, Norweg, którego ambicją było pozbycie się dominacji Danii nad jego krajem.
Na początku Ethelredowi nie wiodło się na polu bitwy, ale zdołał dojść do porozumienia z Olafem, który powrócił do Norwegii i usiłował odzyskać swoje królestwo, choć z różnym skutkiem.
Hangul to jedyny specjalnie wymyślony alfabet, który jest w codziennym użyciu. Wynaleziono go w 1444 roku za panowania króla Sejonga (1418–1450).
Król Sejong zasiadł na tronie jako czwarty władca z dynastii Joseon i do dziś cieszy się wielkim uznaniem.
Na początku określi alfabet hangul mianem Hunmin Jeongeum, czyli „prawidłowe dźwięki do nauczania ludzi”.
O tym, jak narodził się sanskryt, sformułowano wiele teorii, a jedna z nich mówi o migracji Aryjczyków, którzy przynieśli swój język z zachodu do Indii.
Sanskryt jest językiem starożytnym, który uznaje się za wschodni odpowiednik europejskiej łaciny.
Pierwsza znana książka na świecie została napisana w sanskrycie. Po opracowaniu upaniszad sanskryt po prostu stracił znaczenie ze względu na hierarchię.
Sanskryt to wyjątkowo złożony i bogaty język, z którego wywodzi się wiele współczesnych języków używanych w Indiach, podobnie jak łacina stanowi źródło języków europejskich, np. francuskiego i hiszpańskiego.
Po zwycięskiej kampanii francuskiej Niemcy ruszyli z przygotowaniami do inwazji na Wielką Brytanię.
Niemcy nazwali atak „Operacją Lew Morski”. Większość ciężkich broni i zasobów armii brytyjskiej utracono w czasie opuszczania Dunkierki, dlatego armia była dosyć słaba.
Mimo wszystko brytyjska marynarka wojenna wciąż przewyższała siłą marynarkę niemiecką (Kriegsmarine) i była w stanie pokonać każdą flotę nieprzyjacielską, która wpłynęłaby na Kanał La Manche.
Nieliczne okręty brytyjskiej marynarki wojennej znajdowały się na potencjalnych trasach inwazji, ponieważ admirałowie obawiali się ich zatopienia przez atak Niemców z powietrza.
Zacznijmy od wyjaśnienia co do planów Włoch. Włochy były przede wszystkim „młodszym bratem” Niemiec i Japonii.
Ich armia i marynarka wojenna były słabsze, mimo że tuż przed rozpoczęciem wojny zbudowali cztery nowe statki.
Głównymi celami Włoch były kraje afrykańskie. Aby je przejąć, potrzebowali platformy startowej dla wojsk, by je przeprawić przez Morze Śródziemne i aby zaatakować Afrykę.
Aby tego dokonać, musieli wyeliminować z gry brytyjskie bazy i okręty w Egipcie. Poza tym włoskie okręty wojenne nie miały żadnych innych zadań.
A teraz czas na Japonię. Japonia była państwem wyspiarskim, tak samo jak Wielka Brytania.
Łodzie podwodne są jednostkami pływającymi zaprojektowanymi z myślą o dłuższej podróży pod powierzchnią wody.
Okręty podwodne były stosowane w czasie I i II wojny światowej. Były wtedy bardzo powolne i miały ograniczony zasięg strzałów.
Na początku wojny podróżowały głównie na powierzchni morza, ale wraz z rozwojem i większą dokładnością radaru okręty podwodne zostały zmuszone do zejścia pod wodę, by uniknąć wykrycia.
Niemieckie okręty podwodne nazywano U-botami. Niemcy doskonale radzili sobie z nawigacją i obsługą okrętów podwodnych.
Niemcy z powodzeniem korzystali z okrętów podwodnych i dlatego po wojnie wskutek braku zaufania nie chciano, by mieli ich zbyt wiele.
Tak! Król Tutenchamon, czasem nazywany „Król Tut” lub „Król chłopiec”, jest jednym z najbardziej współcześnie znanych królów starożytnego Egiptu.
Co ciekawe, w czasach starożytnych nie był uważany za ważnego, nie był uwzględniany na większości list starożytnych królów.
Gdy jednak odkryto jego grobowiec w 1922 roku, stał się on celebrytą. Choć wiele dawnych grobowców padło ofiarą rabunków, ten grobowiec był właściwie nietknięty.
Większość przedmiotów, które pochowano razem z Tutenchamonem, było dobrze zachowanych, wliczając tysiące artefaktów zrobionych z metali szlachetnych i rzadkich kamieni.
Dzięki wynalezieniu kół szprychowych rydwany Asyryjczyków były lżejsze, szybsze i skuteczniejsze w prześciganiu wojowników i innych rydwanów.
Strzały z ich zabójczych kusz mogły przebijać zbroje wrogich żołnierzy. Mniej więcej w 1000 r. p.n.e. Asyryjczycy wprowadzili pierwszą kawalerię.
Kawaleria jest formacją wojskową złożoną ze zbrojnych jeźdźców konnych. Siodło nie zostało jeszcze wtedy wynalezione, więc asyryjscy kawalerzyści dosiadali swych koni na oklep.
Wielu jest słynnych greckich polityków, uczonych i artystów. Prawdopodobnie najsławniejszą postacią w tej kulturze jest Homer, legendarny niewidomy poeta, który stworzył dwa epickie arcydzieła literatury greckiej: Iliadę i Odyseję.
Sofokles oraz Arystofanes to wciąż popularni dramatopisarze, których sztuki są widziane wśród największych dzieł w literaturze światowej.
Kolejny słynny Grek to Pitagoras, matematyk, znany przede wszystkim ze swojego słynnego twierdzenia o stosunkach boków w trójkątach prostokątnych.
Istnieją różne wyliczenia na temat liczby osób posługujących się językiem hindi. Szacuje się, że jest on pomiędzy drugim a czwartym najczęściej używanym językiem świata.
Uwzględnienie lub wykluczenie blisko spokrewnionych dialektów wpływa na ustalenie ogólnej liczby rodzimych użytkowników danego języka.
Zgodnie z oszacowaniami językiem tym posługuje się od 340 do 500 milionów ludzi i aż 800 milionów jest w stanie go zrozumieć.
W językach hindi i urdu słownictwo jest podobne, ale pismo różne; w codziennej komunikacji użytkownicy obu języków zwykle potrafią się porozumieć.
Gdzieś w XV wieku północna Estonia była pod bardzo dużym wpływem kulturowym Niemiec.
Część niemieckich mnichów chciało przybliżyć Boga miejscowej ludności, dlatego wymyślili literalny język estoński.
Opierał się na alfabecie niemieckim, ale dodano jeden znak: „Õ/õ”.
Z upływem czasu sporo słów zapożyczonych z niemieckiego złączyło się. To było początkiem oświecenia.
Zgodnie z tradycją dziedzic tronu po skończeniu szkoły szedł prosto do wojska.
Jednakże Charles poszedł na uniwersytet w Trinity College z Cambridge, na którym studiował antropologię oraz archeologię, a potem historię, zdobywając 2:2 (niższy stopień drugiego stopnia).
Karol jako pierwszy członek brytyjskiej rodziny królewskiej otrzymał dyplom naukowy.
Europejska część Turcji (obejmująca wschodnią Trację albo Rumelię na Półwyspie Bałkańskim) stanowi 3% kraju.
Terytorium Turcji przekracza 1600 kilometrów (1000 mil) długości i 800 kilometrów (500 mil) szerokości, ma w przybliżeniu prostokątny kształt.
Powierzchnia Turcji włącznie z jeziorami rozciąga się na 783 562 kilometrach kwadratowych (300 948 milach kwadratowych), z czego 755 688 kilometrów kwadratowych (291 773 mil kwadratowych) leży na terenie Azji Południowo-Zachodniej, a 23 764 kilometrów kwadratowych (9174 mil kwadratowych) w Europie.
Powierzchnia Turcji czyni z niej 37. kraj świata pod względem wielkości o rozmiarach mniej więcej metropolitarnej Francji i Wielkiej Brytanii razem wziętych.
Turcja ma dostęp do morza z trzech stron: od zachodu do Morza Egejskiego, od północy do Morza Czarnego i od południa do Morza Śródziemnego.
Luksemburg posiada długą historię, ale niepodległość uzyskał w 1839 r.
Dzisiejsze części Belgii należały w przeszłości do Luksemburga, ale stały się własnością Belgii po rewolucji belgijskiej z lat 30. XIX wieku.
Choć Luksemburg zawsze starał się zachować neutralność, nie uniknął okupacji niemieckiej podczas pierwszej i drugiej wojny światowej.
W 1957 roku do organizacji, którą dziś znamy pod nazwą Unia Europejska, dołączył Luksemburg jako państwo członkowskie i założycielskie.
Drukgyal Dzong to ruiny fortecy i buddyjskiego klasztoru w górnej części dystryktu Paro (w wiosce Phondey).
Podobno w 1649 r. Zhabdrung Ngawang Namgyel zbudował fortecę, by uczcić swe zwycięstwo nad siłami tybetańsko-mongolskimi.
Po pożarze z 1951 roku pozostały wyłącznie niektóre relikwie Drukgyal Dzonga, np. wizerunek Zhabdrung Ngawang Namgyal.
Po pożarze twierdza została poddana konserwacji i działaniom zabezpieczającym i do dziś jest jedną z najbardziej imponujących atrakcji w Bhutanie.
W XVIII wieku Kambodża była ściśnięta między dwóch potężnych sąsiadów: Tajlandię i Wietnam.
W osiemnastym stuleciu Tajowie kilka razy nękali Kambodżę inwazjami, a w 1772 roku zniszczyli miasto Phnom Penh.
Pod koniec XVIII wieku Wietnamczycy wdarli się zbrojnie również do Kambodży.
18% mieszkańców Wenezueli pozostaje bez pracy, a większość z tych, którzy mają zatrudnienie, pracuje w szarej strefie.
Dwóch na trzech Wenezuelczyków, którzy pracują w sektorze usług, niemal co czwarty w przemyśle, a co piąty zajmuje się rolnictwem.
Ropa naftowa odgrywa ważną rolę w gospodarce Wenezueli, która eksportuje więcej tego surowca niż importuje, mimo że w tym sektorze pracuje zaledwie jeden procent ludności.
Niedługo po uzyskaniu przez naród niepodległości dzięki ekspertom z ogrodów botanicznych w Singapurze wyspę przekształcono w tropikalne Miasto Ogrodów.
W 1981 roku status kwiatu narodowego uzyskała Vanda Miss Joaquim, hybryda orchidei.
Co roku w okolicach października prawie 1,5 miliona roślinożernych zwierząt przemieszcza się w pogoni za deszczem z północnych wzgórz w stronę południowych równin, po drodze przecinając rzekę Mara.
A potem znowu na północ, poprzez zachód, ponownie poprzez rzekę Mara, po kwietniowych deszczach.
Rejon Serengeti składa się z Parku Narodowego Serengeti, obszaru ochronnego Ngorongoro, rezerwatu dzikich zwierząt w Tanzanii oraz Rezerwatu Narodowego Masai Mara w Kenii.
Uczenie się tworzenia interaktywnych mediów wymaga standardowych i tradycyjnych umiejętności oraz narzędzi poznanych podczas zajęć interaktywnych (tworzenie scenorysów, edytowanie filmów i nagrań dźwiękowych, opowiadanie historii itd..).
Aby projektować interaktywnie, należy ponownie ocenić założenia dotyczące produkcji mediów i nauczyć się myśleć nielinearnie.
W projekcie interaktywnym elementy muszą łączyć się ze sobą, ale muszą też mieć sens jako odrębna całość.
Problem związany z obiektywem zmiennoogniskowym polega na tym, że złożoność i liczba elementów potrzebnych, by uzyskać określony przedział odległości ogniskowych, są dużo większe niż w obiektywie stałoogniskowym.
Stanowi to coraz mniejszy problem, ponieważ producenci soczewek osiągają coraz wyższe standardy w ich produkcji.
Dzięki temu obiektywy zmiennoogniskowy mogą robić zdjęcia z jakością porównywalną z tą, którą uzyskują obiektywy ze stałą ogniskową.
Innym minusem obiektywów zmiennoogniskowych jest fakt, że maksymalna szerokość przysłony (prędkość) obiektywu jest przeważnie mniejsza.
Dlatego tańsze obiektywy zmiennoogniskowe sprawiają trudności przy słabym oświetleniu, jeśli nie użyje się lampy błyskowej.
Jednym z najczęściej występujących problemów podczas konwertowania filmu na format DVD jest dostosowanie rozmiaru obrazu.
Zadowolenie ogółu klientów jest kluczowym kryterium przy produkcji większości telewizorów.
Dlatego wszystko, co wyświetla się na ekranie telewizora, miało obcięte krawędzie na dole, u góry i po bokach.
Ma to zapewnić, że obraz pokrywa cały ekran. Funkcja ta nosi nazwę overscan.
Niestety, przy tworzeniu DVD jego obramowanie najprawdopodobniej też zostanie obcięte, a jeśli napisy w nagraniu znajdują się zbyt blisko dołu, nie będą w pełni wyświetlone.
Turnieje, bankiety i rycerze Okrągłego Stołu od dawna stanowią elementy wyobraźni inspirowane tradycyjnym motywem średniowiecznego zamku.
Nawet stojąc wśród tysiącletnich ruin, z łatwością można przywołać dźwięki i zapachy dawno minionych bitew i praktycznie słyszeć stukot kopyt na bruku, a także poczuć unoszący się z lochów strach.
Ale czy to rzeczywistość jest budulcem naszej wyobraźni? Czemu w ogóle zaczęto budować zamki? Jak zostały zaprojektowane i wzniesione?
Standardowy dla tego okresu zamek Kirby Muxloe to bardziej ufortyfikowany dom niż prawdziwy zamek.
Wielkie oszklone okna i cieniutkie ściany nie byłyby w stanie zbyt długo opierać się silnemu atakowi.
W latach osiemdziesiątych XV wieku, gdy lord Hastings zaczął swoją budowę, kraj był względnie spokojny, potrzebowano obrony tylko przed małymi grupkami wędrownych rozbójników.
Równowaga sił stanowiła system, w ramach którego europejskie narody usiłowały utrzymać narodową suwerenność wszystkich państw w Europie.
Zgodnie z tą koncepcją wszystkie europejskie narody musiały udaremniać dojście jednego narodu do potęgi i dlatego rządy często zmieniały sojuszników, aby zachować międzynarodową równowagę.
Pierwszy konflikt zbrojny, którego stawką była równowaga sił, to wojna o sukcesję hiszpańską.
To była istotna zmiana, gdyż europejskie mocarstwa nie miałyby już pretekstu do toczenia wojen religijnych. Dlatego wojna trzydziestoletnia byłaby ostatnią wojną, którą można nazwać religijną.
Świątynię Artemidy w Efezie zniszczono 21 lipca 356 r. p.n.e. w konsekwencji podłożenia ognia przez Herostratusa.
Opowieść głosi, że dążył do sławy za wszelką cenę. Oburzeni Efezjanie obwieścili, że imię Herostratesa winno zostać wymazane z ludzkiej pamięci.
Grecki historyk Strabon zapisał potem nazwę, taką, jak znamy dziś. Świątynia zniszczono w tę samą noc, w którą urodził się Aleksander Wielki.
Aleksander zaoferował jako król, że pokryje koszty odbudowy świątyni, ale odrzucono jego ofertę. Później, po śmierci Aleksandra, świątynię odbudowano w 323 r. p.n.e.
Zadbaj o to, aby Twoja ręka była jak najbardziej rozluźniona, prawidłowo trafiając we wszystkie nuty – postaraj się też nie robić zbędnych ruchów palcami.
Tym sposobem unikniesz przemęczenia. Pamiętaj, że nie musisz naciskać klawiszy mocniej, aby dźwięk był głośniejszy, jak to jest w przypadku fortepianu.
Aby uzyskać większą głośność, grając na akordeonie, należy poruszać miechami z większym naciskiem lub większą szybkością.
Mistyka polega na dążeniu do zjednoczenia lub utożsamienia z rzeczywistością ostateczną, boskością, prawdą duchową lub Bogiem albo do osiągnięcia ich pełnej świadomości.
Wierzący szuka bezpośredniego doświadczenia, intuicji lub spojrzenia w głąb boskiej rzeczywistości / bóstwa lub bóstw.
Wyznawcy prowadzą określony styl życia lub angażują się w praktyki, które zmierzają do pielęgnowania tego rodzaju doświadczeń.
Mistycyzm odróżnia się od innych form wierzeń i kultu religijnego naciskiem, który kładzie na osobiste, bezpośrednie doświadczanie wyjątkowego stanu świadomości, szczególnie tego łagodnego, dogłębnego, błogiego, a nawet ekstatycznego.
Sikhizm jest religią, która narodziła się na subkontynencie indyjskim w regionie Pendżabu w XV wieku wskutek rozłamu wewnątrz hinduskiej tradycji.
Sikhowie nie utożsamiają swojej religii z hinduizmem, choć przyznają, że ma ona hinduskie korzenie i tradycje.
Sikhowie nazywają swą religię Gurmat, co w języku pendżabskim znaczy „droga guru”. Guru to podstawa wszelkich indyjskich religii, lecz w sikhizmie ma tak wielkie znaczenie, że stanowi istotę wierzeń Sikhów.
Tę religię założył w XV wieku Guru Nanak (1469–1539), a do jego następców zalicza się kolejnych dziewięciu guru.
Jednak w czerwcu 1956 roku doszło do konfrontacji obietnic Chruszczowa z zamieszkami w Polsce, gdy robotnicze demonstracje przeciwko brakom żywności i cięciom płac przekształciły się w protest wymierzony w komunizm jako taki.
Choć ostatecznie Chruszczow wysłał czołgi w celu przywrócenia porządku, poszedł na ustępstwa gospodarcze i zgodził się, aby cieszący się popularnością Władysław Gomółka objął stanowisko premiera.
Cywilizacja doliny Indusu istniała w Epoce Brązu w północno-zachodniej części subkontynentu indyjskiego, obejmując większość dzisiejszego Pakistanu, a także część regionów w północno-zachodnich Indiach i północno-wschodnim Afganistanie.
Cywilizacja rozkwitła w dorzeczach rzeki Indus, od której pochodzi jej nazwa.
Choć są uczeni, którzy przypuszczają, że ponieważ cywilizacja ta istniała w dorzeczu dziś wyschłej rzeki Saraswati, można ją równie dobrze nazywać Cywilizacją Indusu-Saraswati, a tymczasem inni badacze używają nazwy „Cywilizacja harappańska”, odnosząc się do Harappy, pierwszej osady odkrytej w latach 20. XX wieku.
Do postępów w dziedzinie medycyny przyczynił się militarystyczny charakter Cesarstwa Rzymskiego.
Pierwszą rekrutację medyków zainicjował cesarz August i w rezultacie powstał pierwszy rzymski korpus medyczny usługujący żołnierzom rannym w bitwach.
Chirurdzy znali różnorakie środki uspokajające, w tym także morfinę uzyskiwaną na bazie ekstraktów z nasion maku polnego i skopolaminę z nasion lulka czarnego.
Nabrali biegłości w amputacji, by chronić pacjentów przed gangreną, a także w używaniu opasek uciskowych i zacisków tętniczych, aby hamować przepływ krwi.
Przez wiele stuleci imperium rzymskie osiągnęło wiele w dziedzinie medycyny i wpłynęło na wiedzę, którą posiadamy dzisiaj.
Origami typu Pureland polega na tym, że jednorazowo dozwolone jest tylko jedno zgięcie, nie wolno robić zgięć złożonych, np. wgięcia i wygięcia, a także wszystkie zgięcia muszą mieć prostopadłe położenie.
Opracował go John Smith w latach siedemdziesiątych XX wieku, chcąc pomóc osobom niemającym doświadczenia w składaniu origami lub tym, których zdolności ruchowe są ograniczone.
U dzieci dość wcześnie rozwija się świadomość rasy i stereotypów rasowych, a te stereotypy wpływają na zachowanie.
Na przykład dzieci identyfikujące się z mniejszością rasową, która według stereotypów nie radzi sobie najlepiej w szkole, przeważnie też nie radzą sobie dobrze, gdy dowiadują się o tym stereotypie.
MySpace to aktualnie trzecia co do popularności witryna w Stanach Zjednoczonych, obejmująca 54 miliony profili.
Te witryny internetowe przyciągają wielką uwagę, zwłaszcza w środowisku edukacyjnym.
Te witryny mają swoje pozytywne aspekty, m.in. możliwość łatwej konfiguracji witryny klasowej zawierającej blogi, materiały wideo, zdjęcia i inne elementy.
Dostęp do tej strony można uzyskać poprzez podanie tylko jednego adresu internetowego, co ułatwia zapamiętanie i wpisywanie uczniom, którzy mogą mieć problemy z pisownią i pisaniem na klawiaturze.
Można to dostosować, by ułatwić odczytywanie, a także z dowolną lub niewielką ilością koloru.
Zespół zaburzeń uwagi „jest przypadłością neurologiczną, definiowaną klasycznie za pomocą triady symptomów: impulsywność, dekoncentracja i nadpobudliwość lub nadmierna energia”.
Nie jest to niepełnosprawność, jest to zaburzenie uczenia się, które „dotyka od 3 do 5 procent dzieci, może nawet 2 miliony amerykańskich dzieci”.
Dzieci z ADD mają trudności ze skupieniem się na nauce, ale za to potrafią skupić się na tym, co sprawia im przyjemność, np. na graniu w gry czy oglądaniu ulubionej kreskówki lub pisaniu zdań bez żadnej interpunkcji.
Dzieci te mają skłonność do wpadania w tarapaty, a to dlatego, że „podejmują ryzykowne zachowania, wdają się w bójki i podważają autorytety”, aby stymulować mózg, ponieważ nie mogą tej stymulacji uzyskać normalnymi metodami.
ADD ma wpływ na relacje z rówieśnikami, którzy mogą mieć problemy ze zrozumieniem, dlaczego ktoś zachowuje się w taki sposób, dlaczego tak pisze i dlaczego ich poziom dojrzałości jest inny.
Umiejętność pozyskiwania wiedzy i uczenia się zmieniła się w sposób opisany powyżej, w związku z czym zmianie uległo też tempo zdobywania wiedzy.
Stosunek do zdobywania informacji był inny. Presja nie tkwiła już w pamięci indywidualnej, lecz ważniejsza stała się umiejętność przywoływania tekstu.
Zasadniczo renesans znacząco zmienił podejście do nauki i upowszechniania wiedzy.
W odróżnieniu od innych naczelnych hominidy nie używają już dłoni do poruszania się, noszenia ciężarów lub przemieszczania się pomiędzy drzewami.
Ręka i stopa szympansów mają podobną wielkość i długość, co pokazuje, że ręka jest używana do przenoszenia ciężaru ciała, gdy podczas chodzenia opierają się na zgiętych palcach ręki.
Ludzka ręka jest krótsza od stopy i ma bardziej wyprostowane paliczki.
Skamieniałe kości dłoni sprzed dwóch do trzech milionów lat pokazują, jak zmieniała się specjalizacja ręki, od ruchu do manipulacji.
Według niektórych częste wywoływanie świadomych snów może prowadzić do wyczerpania.
Głównym powodem występowania tego fenomenu jest to, że świadome sny wydłużają czas pomiędzy fazami REM.
Jeśli mniej faz snu paradoksalnego przypada na noc, problemem staje się niska częstotliwość stanu, w którym faktycznie śpisz i twoje ciało się regeneruje.
Jest to tak wyczerpujące, jak budzenie się co dwadzieścia lub trzydzieści minut po to, by oglądać telewizję.
Częstotliwość, z jaką mózg usiłuje śnić świadomie w ciągu danej nocy, ma wpływ na efekt.
Praktycznie od początku sprawy Włochów w Afryce Północnej nie szły najlepiej. W tydzień od wypowiedzenia wojny przez Włochów w dniu 10 czerwca 1940 roku, 11 Husaria Brytyjska zajęła Fort Capuzzo w Libii.
Generał Lastucci, szef wojsk inżynieryjnych dziesiątej armii włoskiej, został pojmany przez Brytyjczyków w zasadzce na wschód od Badriji.
28 czerwca marszałek Italo Balbo, generalny gubernator Libii i oczywisty następca Mussoliniego, został zabity od bratobójczego ognia podczas lądowania w Tobruku.
Współczesna szermierka jest rozgrywana na wielu poziomach, od studentów uczących się na uczelniach po profesjonalne zawody i rozgrywki olimpijskie.
Najczęściej sport ten przyjmuje formę pojedynku pomiędzy dwoma szermierzami.
Golf jest grą, w której uczestnicy używają kijów, by skierować piłki do otworów.
W standardowej rundzie rozgrywa się osiemnaście dołków, zawodnicy zwykle zaczynają od pierwszego dołka na polu i kończą na osiemnastym.
Wygrywa ten, kto ma na swoim koncie najmniejszą liczbę uderzeń lub zamachów kijem.
Grę rozgrywa się na trawie, która jest krótsza wokół dołka i nazywa się ją greenem.
Turystyka rekreacyjna jest chyba najpowszechniejszym rodzajem turystyki, przez większość ludzi kojarzonym z podróżowaniem.
Wtedy właśnie ludzie wyruszają do miejsc, które jest zupełnie inne od tego, co ich otacza na co dzień, aby się zrelaksować i zabawić.
Plaże, parki tematyczne oraz pola biwakowe to zwykle najpopularniejsze miejsca najczęściej używane przez turystów rekreacyjnych.
Turystyka kulturowa oznacza rodzaj turystyki, który polega na poznawaniu historii i kultury odwiedzanych miejsc.
Turyści mogą odwiedzać różne charakterystyczne obiekty danego kraju albo mogą się skupić wyłącznie na jednej okolicy.
Koloniści, patrząc na tę aktywność, także wezwali posiłki.
Oddziały wzmacniające pozycje przednie składały się z 1. i 3. pułku New Hampshire, liczących 200 ludzi, dowodzonych przez pułkowników Johna Starka oraz Jamesa Reeda (obaj zostali później generałami).
Podkomendni Starka ustawili się wzdłuż obwarowania na północnym krańcu pozycji zajmowanej przez Kolonistów.
Gdy odpływ otworzył wolne przejście wzdłuż rzeki Mystic od północno-wschodniej strony półwyspu, szybko przedłużyli umocnienie krótkim kamiennym murem od północnego krańca przy brzegu na niewielkiej plaży.
Gridley lub Stark wbił kołek w odległości około 100 stóp (30 m) od umocnienia i rozkazał nie strzelać, dopóki nacierający nie przekroczą tej linii.
Amerykański plan zakładał skoordynowane ataki przeprowadzone z trzech różnych stron.
Generał John Cadwalder rozpocznie dywersję przeciwko brytyjskiemu garnizonowi w Bordentown, by blokować jakiekolwiek wsparcie.
Generał James Ewing miał przeprawić się przez rzekę przy Trenton Ferry wraz z 700-osobowym oddziałem pospolitego ruszenia, zająć most nad Assunpink Creek i udaremnić ucieczkę nieprzyjacielskich wojsk.
Na trzon ataku składał się oddział 2400 zbrojnych, którzy mieli przeprawić się przez rzekę w odległości dziewięciu mil na północ od Trenton i rozdzielić się, tworząc dwa oddziały, jeden pod dowództwem Greene'a, drugi pod wodzą Sullivana, aby przypuścić atak przed świtem.
Gdy dystans biegu zmienia się z jednej czwartej na pół mili, szybkość traci na znaczeniu, a wytrzymałość staje się bezwzględną koniecznością.
Oczywiście topowy biegacz na pół mili, który może złamać dwie minuty, musi mieć odpowiednio dużą szybkość, ale o wytrzymałość należy dbać za wszelką cenę.
Niektóre zimowe biegi przełajowe, połączone z treningiem górnych partii ciała na siłowni, to najlepsze przygotowanie do sezonu biegowego.
Właściwe odżywianie nie gwarantuje doskonałych wyników, ale może znacząco wpłynąć na ogólną formę młodych sportowców.
Utrzymywanie zdrowego bilansu energetycznego, stosowanie skutecznych nawyków nawadniających oraz zrozumienie rozmaitych aspektów suplementacji może pomóc sportowcom w poprawieniu wyników i zwiększeniu przyjemności ze sportu.
Biegi dystansowe to względnie niedrogi sport, jednak istnieje wiele mitów dotyczących kilku niezbędnych elementów wyposażenia.
Można nabywać produkty według potrzeb, ale większość z nich będzie miała znikomy lub zerowy wpływ na wydajność.
Sportowcy mogą mieć poczucie, że preferują dany produkt, choć nie oferuje on żadnych rzeczywistych korzyści.
Atom może być uważany za jeden z fundamentalnych elementów budujących całą materię.
To bardzo złożona jednostka, która składa się, według uproszczonego modelu Bohra, z centralnego jądra, wokół którego znajdują się elektrony, co nieco przypomina planety krążące wokół Słońca – patrz rysunek 1.1.
W skład jądra wchodzą dwa typy cząsteczek: neutrony i protony.
Pod względem ładunku elektrycznego protony są dodatnie, elektrony są ujemne, a neutrony nie mają żadnego ładunku.
Aby sprawdzić, co z poszkodowanym, musisz najpierw ocenić, czy miejsce zdarzenia nie stanowi dla ciebie zagrożenia.
Zbliżając się do ofiary, miej na oku jej położenie, a także uważaj na naturalne sygnały ostrzegawcze.
Jeśli zranisz się, próbując pomóc, pogorszysz tylko sprawę.
Badanie dowiodło, że depresja, strach i pesymistyczne nastawienie miały ścisły związek z bólem i ułomnością osób cierpiących na bóle krzyża.
Tylko efekty myślenia katastroficznego zależne były od regularnych, zorganizowanych cotygodniowych ćwiczeń fizycznych, natomiast taka zależność nie wystąpiła w przypadku depresji i strachu.
Osoby angażujące się w regularną aktywność potrzebują więcej wsparcia, jeśli chodzi o negatywną percepcję bólu, aby odróżnić chroniczny ból i dyskomfort od normalnego ruchu.
Wzrok, czyli zdolność widzenia, jest zależny od narządów zmysłu wzroku, czyli oczu.
Budowa oka może być bardzo różna pod względem złożoności, która zależy od wymagań organizmu.
Różne układy charakteryzują się różnymi możliwościami, są wrażliwe na różne długości fal i różnią się też stopniem ostrości widzenia, a ponadto wymagają różnych procesów, by interpretować dane wejściowe, oraz odpowiedniej liczby narządów, by funkcjonować optymalnie.
Populacją nazywany zbiór organizmów jednego gatunku, zamieszkujących określony obszar geograficzny.
Wszystkie osobniki w populacji, u których występuje określony fenotyp, nazywamy monomorficznymi.
Gdy osobniki charakteryzują się kilkoma wariantami danej cechy, są polimorficzne.
Kolonie mrówek wojskowych maszerują i zakładają gniazda również w innych fazach.
W fazie wędrówki armia mrówek maszeruje nocą, a obozuje w ciągu dnia.
Kolonia daje początek fazie koczowniczej, gdy zmniejszyła się ilość dostępnej żywności. Podczas tej fazy kolonia tworzy tymczasowe gniazda, które są każdego dnia zmieniane.
Każdy taki koczowniczy rajd czy marsz trwa około 17 dni.
Czym jest komórka? Słowo to wywodzi się od łacińskiego „cella”, oznaczającego „małą izbę”, a zostało ukute przez badacza, którym zajmował się obserwacją struktury korka pod mikroskopem.
Komórka to podstawowy budulec wszystkich organizmów żywych, w których skład wchodzić musi co najmniej jedna komórka.
W istocie tak fundamentalna i kluczowa jest rola komórek w badaniu życia, że często nazywane są one „elementami składowymi życia”.
Układ nerwowy utrzymuje homeostazę poprzez wysyłanie impulsów nerwowych do ciała, aby przepływ krwi nie był zakłócony.
Te impulsy nerwowe wędrują po ciele z tak wielką szybkością, że pomagają chronić je przed potencjalnym zagrożeniem.
Tornada uderzają na małym obszarze w porównaniu do innych gwałtownych burz, lecz potrafią niszczyć wszystko na swej drodze.
Tornada wyrywają drzewa, odrywają deski z budynków i wyrzucają samochody w powietrze. Najgwałtowniejsze dwa procent tornad trwa powyżej trzech godzin.
W tych monstrualnych sztormach wiatr osiąga prędkość nawet do 480 km/h (133 m/s, 300 mph).
Od wielu tysięcy lat ludzie wytwarzają i wykorzystują soczewki do oglądania przedmiotów w powiększeniu.
Ale pierwsze prawdziwe teleskopy zostały zbudowane w Europie u schyłku XVI stulecia.
Teleskopy te wykorzystywały połączenie dwóch soczewek, aby przybliżyć i powiększyć oddalone obiekty.
Chciwość i egoizm zawsze będą nam towarzyszyć, a istotą współpracy jest to, że gdy większość odniesie korzyść, działając samolubnie, krótkoterminowe zyski będą większe.
Trzeba mieć nadzieję, że większość ludzi otworzy oczy i zobaczy, że współpraca z innymi to dla nich najlepsza długofalowa opcja.
Wielu ludzi marzy o dniu, gdy będzie można wybrać się w podróż na inną gwiazdę i odkrywać inne światy; niektórzy zastanawiają się, co się tam znajduje, niektórzy wierzą, że inne planety zamieszkują obcy lub inne formy życia.
Ale jeśli to się kiedykolwiek wydarzy, to raczej nie przez długi czas. Gwiazdy znajdują się w dużych odległościach od siebie, te sąsiadujące ze sobą często dzielą biliony mil.
Może kiedyś twoje prawnuki będą przebywać w obcym świecie, myśląc o swoich starożytnych przodkach?
Zwierzęta zbudowane są z wielu komórek. Zjadają rzeczy i trawią je. Większość zwierząt potrafi się poruszać.
Mózg jest organem, który znajdziemy tylko u zwierząt, a i tak nie u wszystkich, np. meduzy nie posiadają mózgu.
Nie ma takiego miejsca na ziemi, gdzie nie byłoby zwierząt. Drążą tunele podziemne, pływają w wodach oceanów, fruwają po niebie.
Komórka to najmniejsza strukturalna i funkcjonalna jednostka żywych organizmów (rzeczy).
Źródłosłowem „komórki” jest łacińskie słowo „cella” oznaczające małe pomieszczenie.
Oglądając żywe istoty pod mikroskopem, można zauważyć, że zbudowane są one z małych kwadratów albo kulek.
Robert Hook, angielski biolog, obejrzał korek pod mikroskopem i dostrzegł małe kwadraty.
Z wyglądu przypominały pomieszczenia. Był pierwszą osobą, która zaobserwowała martwe komórki.
Pierwiastki i związki mogą przechodzić z jednego stanu w drugi i nie zmieniać się.
Azot w postaci gazu nadal ma identyczne właściwości jak ciekły azot. W stanie ciekłym jest gęstszy, ale cząsteczki są identyczne.
Kolejnym przykładem jest woda, składająca się z dwóch atomów wodoru i jednego atomu tlenu.
Struktura molekularna jest identyczna dla gazu, cieczy i ciała stałego.
Choć stan skupienia może ulegać zmianom, to skład chemiczny pozostaje bez zmian.
Czas jest wszędzie wokół nas, oddziałuje na każde nasze działanie, a jednocześnie tak trudno go pojąć.
Od tysięcy lat czas jest przedmiotem badań uczonych, filozofów i teologów.
Doświadczamy czasu jako ciągu wydarzeń przechodzących z przyszłości, przez teraźniejszość, do przeszłości.
Czas służy nam również do porównywania okresu trwania wydarzeń (ich długości w czasie).
Możesz oznaczyć upływ czasu samodzielnie, obserwując nawroty cyklicznego wydarzenia, którego cechą wyróżniającą jest regularna powtarzalność.
Dziś komputerów używa się do edycji zdjęć i nagrań wideo.
Zaawansowane animacje można tworzyć na komputerze i są one wykorzystywane w coraz większym stopniu na potrzeby telewizji i kinematografii.
Muzykę często nagrywa się za pomocą zaawansowanych komputerów, które przetwarzają i miksują dźwięki.
W dziewiętnastym i dwudziestym wieku długo uznawano, iż pierwszą ludnością Nowej Zelandii byli Maorysi, polujące na gigantyczne ptaki zwane moa.
Zgodnie z tą teorią Maorysi przepłynęli Wielką Flotą z Polinezji do Nowej Zelandii i odebrali ją ludowi Moriori, po czym osiedlili się jako społeczność rolnicza.
Jednakże najnowsze dowody wskazują, że plemię Moriori było grupą kontynentalnych Maorysów, którzy przenieśli się z Nowej Zelandii na Wyspy Chatham i rozwinęli swoją własną pokojową kulturę.
Na wyspach Chatham było też inne plemię, Maorysi, które wyemigrowało z Nowej Zelandii.
Nazywali siebie Moriori, doszło do kilku starć i w końcu Moriori zostali zgładzeni.
Osoby udzielające się już od kilku dekad sprawiły, że dostrzegliśmy wartość naszych zalet i zamiłowań, a z drugiej strony mogliśmy szczerze spojrzeć na trudności i porażki.
Gdy słuchaliśmy osób, które opowiadały historie związane z ich życiem osobistym, rodziną czy pracą, uzyskaliśmy wiele cennych informacji o przeszłości i o osobowościach, które miały pozytywny bądź negatywny wpływ na kulturę organizacji.
Chociaż zrozumienie swojej historii nie zakłada zrozumienia kultury, to przynajmniej pomaga zrozumieć, w jakim miejscu w historii organizacji się znajdujemy.
Dzięki ocenie sukcesów i świadomości porażek poszczególne osoby, a także cała grupa uczestników lepiej poznają wartości, misję i motywację organizacji.
W tym przypadku ludzie otwierali się na nowe zmiany i nowy kierunek dla lokalnego kościoła, wspominając przedsiębiorcze zachowanie i wynikające z niego sukcesy w przeszłości.
Takie historie o odniesionych sukcesach złagodziły obawy związane ze zmianą, a przy tym zainspirowały pozytywne nastawienie do zmian w przyszłości.
Metody rozwiązywania problemów wykorzystujące różne koncepcje lub dziedziny, aby znaleźć rozwiązanie, nazywany wzorcami myślenia konwergencyjnego.
Takie nastawienie umysłu skupia się na szybkości, logice i dokładności, a także identyfikacji faktów, powtórnym użyciu dostępnych technik oraz gromadzeniu informacji.
Najważniejszy element tego sposobu myślenia: jest tylko jedna poprawna odpowiedź. Bierzesz pod uwagę tylko dwie odpowiedzi – dobrą i złą.
Taki typ rozumowania jest powiązany z określoną nauką lub standardowymi procedurami.
Osoby o takim typie myślenia potrafią myśleć logicznie, zapamiętywać wzory, rozwiązywać problemy i testy naukowe.
Ludzie to najzdolniejszy gatunek, jeśli chodzi o czytanie w myślach innych.
Wynika z tego, że możemy skutecznie przewidzieć, co inne osoby postrzegają i zamierzają, w co wierzą, co wiedzą i czego pragną.
Najważniejszą z tych umiejętności jest rozumienie intencji innych, bo dzięki temu można rozwikłać możliwe niejasności wynikające z wykonywanych działań.
Na przykład widząc kogoś, kto wybija szybę w samochodzie, prawdopodobnie założylibyśmy, że próbuje ukraść czyjś samochód.
Należałoby go osądzić inaczej, gdyby zgubił kluczyki do auta i usiłował włamać się do swojego pojazdu.
MRI bazuje na zjawisku nazywanym magnetycznym rezonansem jądrowym (NMR), odkrytym w latach 30. XX wieku przez Felixa Blocha (pracującego w Uniwersytecie Stanforda) i Edwarda Purcella (pracującego na Harvardzie).
W tym rezonansie atomy emitują delikatne sygnały radiowe pod wpływem oddziaływania pola magnetycznego i fal radiowych.
W roku 1970 lekarz i naukowiec Raymond Damadian odkrył, w jaki sposób można użyć obrazowania metodą rezonansu magnetycznego do celów diagnostyki medycznej.
Udzielony cztery lata później patent był pierwszym patentem na świecie w dziedzinie rezonansu magnetycznego.
W 1977 roku dr Damadian zakończył budowę skanera do rezonansu magnetycznego całego ciała, który nazwał „Niezłomnym”.
Komunikacja asynchroniczna daje czas na przemyślenia i odpowiedź innej osobie.
Dzięki temu uczniowie mogą pracować we własnym tempie i kontrolować tempo instrukcji.
Dodatkowo istnieje mniej ograniczeń czasowych, z możliwością pracy w elastycznych godzinach (Bremer, 1998).
Możliwość korzystania z Internetu i sieci WWW daje uczniom dostęp do informacji w dowolnym momencie.
Uczniowie mogą też zgłaszać pytania do nauczycieli o każdej porze dnia i spodziewać się względnie szybkich odpowiedzi zamiast czekać do następnego bezpośredniego spotkania.
Postmodernistyczne podejście do nauki daje wolność od prawd absolutnych. Nie istnieje jeden dobry sposób uczenia się.
W istocie nie ma jednej rzeczy, jaką należałoby wynieść z nauki. Uczenie się to proces wydarzający się w ramach doświadczenia na styku między osobą, która się uczy, a wiedzą, która jest prezentowana.
Egzemplifikacją tego jest nasze aktualne doświadczenie dotyczące programów telewizyjnych, które prezentują informacje, edukują, uczą i udzielają praktycznych porad („zrób to sam”).
Wielu z nas ogląda w telewizji programy, które przekazują wiedzę, której nigdy nie użyjemy, i pokazują doświadczenia, które nigdy nie staną się naszym udziałem.
Nigdy nie wyremontujemy samochodu, nie postawimy fontanny na podwórku, nie pojedziemy do Peru, by oglądać starożytne ruiny, ani nie przebudujemy domu sąsiada.
Podwodne łącza światłowodowe z Europą i szerokopasmowe usługi satelitarne sprawiają, że Grenlandia zapewnia dobrą łączność, a 93% populacji posiada dostęp do Internetu.
Twój hotel lub gospodarze (w przypadku zakwaterowania w pensjonacie lub kwaterze prywatnej) będą mieć do dyspozycji Wi-Fi lub komputer podłączony do Internetu, a we wszystkich obiektach znajduje się kawiarenka internetowa z publicznym Wi-Fi.
Jak wspomniano powyżej, chociaż słowo „Eskimos” pozostaje akceptowane w Stanach Zjednoczonych, to osoby spoza Arktyki, zwłaszcza w Kanadzie, uważają je za obraźliwe.
Choć usłyszysz to słowo z ust rdzennych mieszkańców Grenlandii, obcokrajowcy nie powinni go używać.
Grenlandzcy autochtoni sami siebie zwą Innuitami w Kanadzie i Kalaalleq (l. mn. Kalaallit), czyli „Grenlandczykami” na Grenlandii.
Przestępczość oraz zła wola wobec obcokrajowców są właściwie nieznane na Grenlandii. Nawet w miastach nie istnieją żadne „niebezpieczne okolice”.
Chłód jest chyba jedynym prawdziwym zagrożeniem, przed którym staną osoby nieprzygotowane.
Koniecznie weź ze sobą wystarczająco ciepłe ubrania, jeśli odwiedzasz Grenlandię w chłodniejszych porach roku (im dalej na północ, tym zimniej).
Bardzo długie letnie dni mogą powodować problemy z wystarczającą ilością snu i powiązane z tym problemy zdrowotne.
W okresie letnim trzeba uważać na lokalne komary, które wprawdzie nie przenoszą chorób, ale mogą się okazać dokuczliwe.
Ekonomia San Francisco jest powiązana z faktem, że miasto to atrakcja turystyczna klasy światowej, jego gospodarka jest zdywersyfikowana.
Największymi sektorami zatrudnienia są usługi świadczone przez wykwalifikowanych specjalistów, administracja, finanse, handel i turystyka.
Dzięki temu że miasto często występowało w utworach muzycznych, filmach, literaturze i kulturze popularnej, jego charakterystyczne obiekty i ono samo są znane na całym świecie.
San Francisco posiada rozwiniętą infrastrukturę turystyczną, w tym liczne hotele, restauracje i wysokiej klasy centra kongresowe.
Niewiele jest miejsc w tym kraju, gdzie można skosztować najlepszych dań wzorowanych na kuchni innych krajów azjatyckich: Korei, Tajlandii, Indii i Japonii.
Podróżowanie do Walt Disney World jest główną pielgrzymką znacznej części amerykańskich rodzin.
„Standardowa” wizyta składa się z lotu na międzynarodowe lotnisko w Orlando, przejazdu autobusem do hotelu w Disneylandzie, tygodniowego pobytu bez opuszczania ośrodka Disneya oraz powrotu do domu.
Możliwych wersji jest co niemiara, ale to właśnie większość ludzi ma na myśli, mówiąc „jedziemy do Disney World”.
Wiele biletów dostępnych w sprzedaży online na stronach aukcyjnych takich jak eBay lub Craigslist to częściowo wykorzystane bilety wielodniowe z dostępem do kilku parków na dzień (tzw. park-hopper).
Choć to bardzo powszechna praktyka, Disney jej zabrania: bilety są niezbywalne.
Obozowanie poniżej brzegu Wielkiego Kanionu wymaga pozwolenia na nocleg w terenie (ang. backcountry permit).
Ze względu na ochronę kanionu pozwolenia są udostępniane w ograniczonej liczbie od pierwszego dnia miesiąca przypadającego na cztery miesiące przed rozpoczęciem pobytu.
Dlatego pozwolenie na wycieczkę z dowolnym majowym terminem rozpoczęcia zostanie udostępnione w dniu 1 stycznia.
Miejsce na najpopularniejsze obszary, np. Obóz Jasnego Anioła sąsiadujący z Ranczem Upiora, jest zwykle wypełnione żądaniami otrzymanymi w pierwszym terminie otwarcia rezerwacji.
Liczba pozwoleń na wejście jest limitowana, dostępne są wnioski na zasadzie kto pierwszy, ten lepszy.
Podróż samochodem po Południowej Afryce to wspaniały sposób na podziwianie piękna całego regionu, a także na dotarcie do miejsc poza normalnymi szlakami turystycznymi.
Jeśli dobrze się to zaplanuje, może wystarczyć zwykły samochód, ale zdecydowanie zaleca się pojazd z napędem na cztery koła i do wielu lokalizacji dotrzeć można tylko takim pojazdem z dużym rozstawem osi.
Podczas planowania trzeba pamiętać, że choć Afryka Południowa jest ustabilizowana, nie wszystkie sąsiednie kraje są takie.
Wymagania i koszty związane z wizami różnią się zależnie od kraju i wpływa na nie również kraj, z którego pochodzi osoba ubiegająca się o wizę.
Każdy kraj posiada inne przepisy regulujące, jaki sprzęt ratowniczy musi znajdować się w samochodzie.
Victoria Falls jest miastem położonym w zachodnim regionie Zimbabwe, nieopodal miasta Livingstone znajdującego się tuż po drugiej stronie granicy, w Zambii, a także w bliskiej odległości od granicy z Botswaną.
Miasto znajduje się w sąsiedztwie wodospadów, które są główną atrakcją, ale to popularne turystycznie miejsce oferuje mnóstwo zalet związanych z dłuższym pobytem, zarówno dla poszukiwaczy przygód, jak i tych, którzy lubią zwiedzać.
Ilość wody jest dużo większa i wodospad wygląda bardziej imponująco wraz z nadejściem pory deszczowej, która trwa od listopada do marca.
Na pewno zmokniesz, jeśli przejdziesz przez most lub szlakami wzdłuż wodospadów.
Z drugiej strony jest tak dokładnie dlatego, że ilość wody jest tak duża, iż oglądanie rzeczywistych wodospadów będzie utrudnione – przez tę całą wodę!
Grobowiec Tutanchamona (KV62). Możliwe, że najsłynniejszym grobowcem znajdującym się w Dolinie jest KV62, gdzie w 1922 roku Howard Carter odkrył niemal nienaruszone miejsce pochówku młodego króla.
W porównaniu z większością królewskich grobów grób Tutenchamona nie jest specjalnie wart odwiedzenia, ponieważ jest mały i niezbyt bogato zdobiony.
Każdy, kto chce zobaczyć, jakim zniszczeniom uległa mumia podczas prób wyjęcia jej z trumny, będzie rozczarowany, gdyż widoczna jest tylko głowa i ramiona.
Bajeczne bogactwa odkryte w grobowcu zostały przeniesione do Muzeum Egipskiego w Kairze.
Turyści, którzy mają ograniczony czas, zrobią lepiej, wybierając się w inne miejsce.
Świątynia Phnom Krom, 12 km na południowy zachód od Siem Reap. Tę świątynię na szczycie wzgórza wzniesiono w końcu IX wieku, za czasów panowania króla Yasovarmana.
Warto wspiąć się na górę dla ponurej atmosfery świątyni i widoku na jezioro Tonle Sap.
Wizytę w tym miejscu można dogodnie połączyć z wyprawą łodzią nad jezioro.
By wejść do świątyni, trzeba mieć wejściówkę Angkor, dlatego jeśli wybierasz się do Tonle Sap, nie zapomnij o zabraniu ze sobą paszportu.
Jerozolima jest stolicą i największym miastem Izraela, chociaż większość państwa, a także Organizacja Narodów Zjednoczonych odmawiają uznania jej za stolicę Izraela.
Pradawne miasto na Wyżynie Judzkiej ma pasjonującą historię obejmującą tysiące lat.
Jest to święte miasto trzech religii monoteistycznych: judaizmu, chrześcijaństwa i islamu, a także stanowi ośrodek duchowy, religijny i kulturowy.
Z powodu religijnego znaczenia Jerozolimy, a szczególnie wielu miejsc w obrębie Starego Miasta, jest ona wyjątkowo popularna wśród turystów.
Jerozolima obfituje w miejsca o znaczeniu historycznym, archeologicznym i kulturowym, ale znajdziemy tu również gwarne i zatłoczone galerie handlowe, kawiarnie i restauracje.
Zgodnie z obowiązującymi wymogami obywatele Kuby przybywający do Ekwadoru samolotem lądującym na międzynarodowym lotnisku lub przechodzący przez punkty graniczne mają obowiązek posiadać oficjalne pismo z zaproszeniem do Ekwadoru.
To pismo podlega uprawomocnieniu przez ekwadorskie Ministerstwo Spraw Zagranicznych i musi spełniać określone wymogi.
Wymogi te wdrożono, aby migracja między dwoma państwami nabrała bardziej zorganizowanego charakteru.
Obywatele Kuby, którzy posiadają kartę stałego pobytu w USA, powinni zgłosić się do konsulatu ekwadorskiego, aby zwolnić się z tego wymogu.
Twój paszport musi być ważny przez co najmniej sześć miesięcy po dacie Twoich podróży. Do potwierdzenia długości pobytu konieczne jest posiadanie biletów na podróż w obie strony / na dalszą podróż.
Wycieczki dla większych grup są tańsze, więc jeśli podróżujesz sam lub z jedną osobą, postaraj się poznać innych ludzi i stworzyć cztero- lub sześcioosobową grupę, by uzyskać lepszą cenę za osobę.
Jednak nie powinno to być twoim zmartwieniem, ponieważ turyści są często mieszani, by zapełnić pojazdy.
Zdaje się, że to raczej sposób na podstępne przekonanie ludzi, że muszą zapłacić więcej.
Nad północnym krańcem Machu Picchu wznosi się stromy szczyt, który często widnieje w tle zdjęć przedstawiających ruiny.
Widok z dołu może onieśmielać i podejście jest strome i trudne, ale większość osób o średnio dobrej kondycji pokona ten odcinek w ciągu około 45 minut.
Na większości ścieżki położone są kamienne schody, a na bardziej stromych odcinkach znajdują się poręcze ze stalowych lin.
Pomimo tego, możesz się spodziewać zadyszki i uważaj na strome części, zwłaszcza jeśli są mokre, gdyż mogą stać się szybko niebezpieczne.
Blisko szczytu znajduje się dość ciasna i niska jaskinia, przez którą trzeba przejść.
Biorąc przykład z Karola Darwina, który przebywał tu w 1835 roku, atrakcje i dziką przyrodę Galapagos najlepiej oglądać z pokładu łodzi.
Po wodach Galapagos pływa powyżej 60 statków wycieczkowych, które mogą pomieścić od 8 do 100 pasażerów.
Większość osób dokonuje rezerwacji ze sporym wyprzedzeniem (w szczycie sezonu wszystkie miejscówki na łodziach są wykupione).
Upewnij się, że agent, który robi dla ciebie rezerwację, zna dobrze Galapagos i zna się na wielu różnych łodziach.
Dzięki temu twoje indywidualne zainteresowania i/lub ograniczenia zostaną uwzględnione przy wyborze łodzi.
Przed przybyciem Hiszpanów w XVI w. północne Chile było pod władz Inków, a rdzenni mieszkańcy Araukanie (Mapuche) mieszkali w środkowym i południowym Chile.
Mapuche byli także jedną z ostatnich autonomicznych, rdzennych amerykańskich grup, które nie zostały w pełni wchłonięte pod hiszpańskojęzyczne władze aż do uzyskania niepodległości Chile.
Mimo że Chile ogłosiło niepodległość w 1810 roku (w okresie wojen napoleońskich, które na kilka lat pozbawiły Hiszpanię sprawnie działającego rządu centralnego), decydujące zwycięstwo nad Hiszpanami nastąpiło dopiero w 1818 roku.
Republika Dominikany (hiszp. República Dominicana) to państwo położone na Karaibach i obejmujące swoimi granicami wschodnią część wyspy Hispaniola, którą dzieli z Haiti.
Poza białymi, piaszczystymi plażami i górskimi krajobrazami w tym kraju znajduje się najstarsze europejskie miasto w obu Amerykach, które obecnie stanowi część Santo Domingo.
Pierwotnie wyspę zamieszkiwały plemiona Taino i Karibów. Ci drudzy posługiwali się językiem arawackim i pojawili się ok. 10 000 lat p.n.e.
W ciągu zaledwie kilku lat od przybycia europejskich odkrywców, hiszpańscy zdobywcy znacząco zmniejszyli populację Tainos.
Zgodnie z informacją zawartą w tekście Tratado de las Indias autorstwa duchownego Bartolomé de las Casas w latach 1492–1498 hiszpańscy konkwistadorzy zabili około 100 000 ludzi z plemienia Taíno.
Jardín de la Unión. Przestrzeń powstała jako dziedziniec XVII-wiecznego klasztoru, z którego zachował się tylko budynek Templo de San Diego.
Obecnie pełni rolę centralnego placu, na którym dużo się dzieje zarówno w dzień, jak i w nocy.
Ogród jest otoczony restauracjami, a popołudniami i wieczorami w położonej w samym środku altanie odbywają się często bezpłatne koncerty.
Callejon del Beso (Aleja Pocałunku). Dwa balkony, które oddziela zaledwie 69 cm, są źródłem dawnej miłosnej legendy.
Wystarczy kilka miedziaków, a usłyszysz od dzieci całą historię.
Bowen Island jest popularnym miejscem na jednodniowe lub weekendowe wycieczki, podczas których można wybrać się na spływ kajakowy, pieszą wędrówkę, zakupy, do restauracji i nie tylko.
Do tej autentycznej społeczności położonej w Howe Sound, rzut beretem od Vancouver, można łatwo dotrzeć w regularnie kursujących taksówkach wodnych z wyspy Granville w centrum Vancouver.
Osoby, które lubią zajęcia na świeżym powietrzu, koniecznie muszą wybrać się na wędrówkę korytarzem Morze do Nieba.
Whistler (1,5 godziny jazdy od Vancouver) jest drogie, lecz świetnie znane dzięki zimowym Igrzyskom Olimpijskim z 2010 roku.
Zimą możesz korzystać z jednych z najlepszych tras narciarskich w Ameryce Północnej, a latem spróbować prawdziwego kolarstwa górskiego.
Pozwolenia rezerwuj zawsze z wyprzedzeniem i upewnij się, że masz pozwolenie na nocleg w Sirena.
Sirena jest jedyną leśniczówką, które oprócz pola biwakowego oferuje noclegi i ciepłe posiłki. Leśniczówki La Leona, San Pedrillo i Los Patos oferują tylko pole biwakowe bez wyżywienia.
Pozwolenie na wejście do parku można uzyskać bezpośrednio od Straży Parku w Puerto Jimenez, ale płatności kartą kredytową nie są akceptowane.
Zarząd Parku (MINAE) wydaje zezwolenie na wstęp do parku najwcześniej jeden miesiąc przed zaplanowaną wizytą.
CafeNet El Sol umożliwia usługę rezerwacji przy opłacie w wysokości 30 USD lub 10 USD w przypadku karnetów jednodniowych; szczegóły na ich stronie Corcovado.
Wyspy Cooka to kraj wyspiarski pozostający w wolnym stowarzyszeniu z Nową Zelandią. Położone są w Polinezji w centralnej części południowego Pacyfiku.
To archipelag z 15 wyspami rozrzuconymi po oceanie na powierzchni 2,2 miliona km².
Czasem mówi się o tych wyspach „dolne Hawaje”, ponieważ obowiązuje tam ta sama strefa czasowa co na Hawajach.
Choć zajmują dużo mniejszy obszar, to niektórym starszym turystom przypominają Hawaje z czasów, gdy nie były jeszcze stanem USA, bo nie ma tu wielkich hoteli i innych obiektów.
Na Wyspach Cooka nie znajdują się żadne miasta. Wyspy składają się z 15 różnych wysp; najważniejsze to Rarotonga i Aiutaki.
Dziś w krajach rozwiniętych usługi luksusowe w obiektach typu bed & breakfast stały się niemalże formą sztuki.
W górnym segmencie obiekty typu bed&breakfast są konkurencyjne głównie pod względem noclegów i śniadań.
I tak w najlepszych placówkach tego rodzaju można znaleźć najbardziej wykwintną pościel, na przykład ręcznie robioną kołdrę albo zabytkowe łóżko.
Na śniadanie można zjeść sezonowe przysmaki albo specjalność gospodarza.
Scenarią może być stary, zabytkowy budynek z antycznymi meblami, wypielęgnowanym terenem i basenem.
Wsiadanie do swojego samochodu i wyruszanie w długą drogę ma w sobie wielki urok dzięki swej prostocie.
W odróżnieniu od większych pojazdów zapewne doskonale znasz swój własny samochód, a także zdajesz sobie sprawę z jego ograniczeń.
Rozbicie namiotu na terenie prywatnym w mieście dowolnej wielkości może przyciągnąć niepotrzebną uwagę.
Jednym słowem, samochód nadaje się świetnie do podróżowania, ale rzadko do „obozowania”.
Samochodem można wybrać się na kemping, jeżeli masz wielkiego minivana, SUV-a, sedana albo kombi z rozkładanymi siedzeniami.
Niektóre hotele pochodzą z okresu złotej ery kolei parowej i transatlantyków – sprzed II wojny światowej, z XIX wieku i pierwszych lat XX wieku.
To w tych hotelach, które często oferują wyśmienitą kuchnię i nocne życie, zatrzymywali się ci aktualnie sławni i bogaci.
Wyposażenie w starym stylu, brak najnowszych wygód oraz pewna wdzięczna starość są także częściami ich charakteru.
Chociaż zazwyczaj stanowią własność prywatną, czasem zamieszkują w nich głowy państwa i inni dygnitarze.
Osoba podróżująca z dużą ilością pieniędzy może zastanowić się nad lotem dookoła świata, z przerwami na odwiedziny wielu z tychże hoteli.
Sieć wzajemnej gościnności jest organizacją, która umożliwia kontakty podróżnych z mieszkańcami odwiedzanych miast.
Aby dołączyć do takiej sieci, zwykle wystarczy tylko wypełnić formularz online. Choć niektóre sieci dają możliwość lub wymagają dodatkowej weryfikacji.
Następnie sporządzana jest lista dostępnych gospodarzy, drukowana i / lub online, czasami z referencjami i opiniami innych podróżnych.
Początki couchsurfingu sięgają stycznia 2004 roku, gdy programista Casey Fenton wyszukał tani lot do Islandii, ale nie miał żadnego lokum na miejscu.
Powysyłał e-maile do studentów lokalnego uniwersytetu i otrzymał lawinę ofert darmowego zakwaterowania.
Hostele są przeznaczone przede wszystkim dla młodych ludzi – przeciętny gość ma około dwudziestu lat – ale można tam często spotkać również starszych turystów.
Rodziny z dziećmi nie zdarzają się często, ale w niektórych hostelach są im udostępniane oddzielne pokoje.
Pekin w Chinach będzie gospodarzem zimowych Igrzysk Olimpijskich w 2022 roku i dzięki temu stanie się pierwszym miastem, w którym odbyły się zarówno igrzyska letnie, jak i zimowe.
W Pekinie odbędą się ceremonie otwarcia i zamknięcia, a także imprezy na krytym lodowisku.
Pozostałe imprezy narciarskie będą przeprowadzone na obszarze narciarskim w Taizicheng w Zhangijakou, mniej więcej 220 km (140 mil) od Pekinu.
W okresie od końca listopada do połowy maja w większości świątyń obchodzi się coroczne święto, a dokładna data zależy od indywidualnego kalendarza każdej ze świątyń.
Większość świąt świątynnych jest obchodzona w ramach uroczystości rocznicowych świątyni lub urodzin rządzącego bóstwa albo jakiegoś innego wydarzenia związanego ze świątynią.
Festiwale świątynne w Kerali są niezwykle ciekawe, można zobaczyć procesję udekorowanych słoni, orkiestrę świątynną oraz inne uroczystości.
Światowe targi (nazywane potocznie Wystawą Światową lub po prostu Expo) to duże międzynarodowe święto sztuki i nauki.
Uczestniczące kraje przedstawiają wystawy artystyczne i edukacyjne w pawilonach krajowych, by zaprezentować światowe problemy oraz historię i kulturę swojego kraju.
Międzynarodowe Wystawy Ogrodnicze to specjalne imprezy, na których prezentuje się kwiaty, ogrody botaniczne oraz wszystko inne, co dotyczy roślin.
Choć w teorii mogą odbywać się co roku (dopóki są w różnych państwach), to w praktyce tak nie jest.
Imprezy te standardowo trwają od trzech do sześciu miesięcy i są organizowane na terenach o wielkości co najmniej 50 hektarów.
W historii kina używano wielu różnych rodzajów taśmy filmowej. Najpopularniejsza jest standardowa taśma 35 mm (negatyw o wymiarach 36 mm x 24 mm).
Gdy się skończy, zwykle można go łatwo uzupełnić, a rozdzielczość, którą zapewnia, jest dość porównywalna z obecną lustrzanką cyfrową.
Część aparatów średnioformatowych wykorzystuje negatywy z formatem 6 na 6 cm, a dokładniej 56 na 56 mm.
Efektem jest rozdzielczość prawie cztery razy większa niż w przypadku negatywu 35 mm (3136 mm2 w porównaniu z 864 mm2).
Fauna i flora to jeden z najtrudniejszych tematów dla fotografa, wymagający połączenia szczęścia, cierpliwości, doświadczenia i dobrego ekwipunku.
Fotografia przyrody wydaje się często czymś oczywistym, natomiast podobnie jak to jest z fotografią w ogóle, jedno zdjęcie może wyrazić więcej niż tysiąc słów.
Do fotografowania dzikiej przyrody często potrzebny jest długi teleobiektyw, chociaż obiekty takie jak np. stado ptaków lub małe stworzenia wymagają innych obiektywów.
Wiele egzotycznych zwierząt trudno napotkać, a rezerwaty mają czasami regulaminy dotyczące robienia zdjęć w celach komercyjnych.
Dzikie zwierzęta mogą być albo płochliwe, albo agresywne. Może być zimno lub gorąco albo otoczenie może być nieprzyjazne z innych względów.
Na świecie istnieje ponad 5000 różnych języków, wliczając ponad dwadzieścia, którymi posługuje się co najmniej 50 milionów użytkowników.
Słowa pisane często łatwiej zrozumieć niż słowa mówione. Jest tak w szczególności w przypadku adresów, które niejednokrotnie sprawiają trudności przy próbie wyraźnego ich wymówienia.
Wiele narodów używa biegle języka angielskiego, a jego ograniczonej znajomości można się spodziewać u jeszcze większej rzeszy ludzi, szczególnie wśród ludzi młodych.
Wyobraźmy sobie, powiedzmy, że przy stole w restauracji w Toronto jedzą kolację Anglik z Manchesteru, Bostończyk, Jamajczyk oraz Australijczyk z Sydney.
Raczą się wzajemnie historiami ze swoich rodzinnych miejscowości, opowiadanymi z typowym akcentem i w lokalnym dialekcie.
Najtańszy sposób na zdobycie żywności to zakupy w supermarkecie. Jeśli ktoś nie ma możliwości przygotowywania posiłków, skazany jest na gotowe dania.
Gotowe dania dostępne w supermarketach stają się coraz bardziej zróżnicowane. W niektórych sklepach jest nawet kuchenka mikrofalowa lub inne urządzenie do podgrzania jedzenia.
Są takie kraje lub takie typy placówek handlowych, gdzie w obrębie supermarketu znajduje się przynajmniej jedna restauracja, albo raczej jadłodajnia, bo ceny w takich lokalach są dość przystępne.
Wykonaj kopię polisy i zabierz ją ze sobą, wraz z danymi kontaktowymi ubezpieczyciela.
Muszą przedstawić adres e-mail ubezpieczyciela oraz międzynarodowe numery telefonów, by uzyskać poradę / upoważnienia oraz tworzyć roszczenia.
Warto mieć drugą kopię w bagażu, a także online, w wysłanej do siebie wiadomości e-mail z załącznikiem albo w chmurze.
Jeżeli podróżujesz z laptopem albo tabletem, przechowuj kopię w jego pamięci albo na dysku (z którego można korzystać bez dostępu do Internetu).
Przekaż kopie polisy/danych kontaktowych osobom, z którymi podróżujesz, a także krewnym lub znajomym, którzy pomogą ci w razie potrzeby.
Łoś (zwany też łosiem europejskim) nie jest z natury agresywny, ale będzie się bronić w obliczu zagrożenia.
Jeśli ktoś nie dostrzega potencjalnego zagrożenia ze strony łosia, może podejść za blisko i narazić się na niebezpieczeństwo.
Pij alkohol z umiarem. Każdy reaguje na niego inaczej, więc warto znać swój limit.
Możliwe długoterminowe problemy zdrowotne wynikające z nadmiernego spożycia alkoholu obejmują uszkodzenie wątroby, a nawet ślepotę i śmierć. Zagrożenie rośnie, gdy spożywa się nielegalnie wyprodukowany alkohol.
W składzie nielegalnych trunków można znaleźć różne niebezpieczne zanieczyszczenia, w tym również metanol, mogące być przyczyną ślepoty lub śmierci nawet w małych ilościach.
Okulary korekcyjne mogą być tańsze w innym kraju, szczególnie w państwach z niskimi dochodami, w których koszt robocizny jest niższy.
Pomyśl o badaniu wzroku na miejscu, szczególnie jeśli pokrywa to ubezpieczenie, a następnie weź ze sobą receptę, którą można zrealizować w innym miejscu.
Jeśli chodzi o topowe markowe ramy dostępne w takich obszarach, są dwa potencjalne problemy: niektóre mogą się okazać tanią podróbką, a autentyczne ramy z importu mogą być droższe niż produkt krajowy.
Kawa to jeden z najczęściej sprzedawanych towarów na świecie, w swoim rodzinnym regionie prawdopodobnie możesz znaleźć wiele jej typów.
Na całym świecie pije się kawę na tak wiele różnych sposobów, że warto je sprawdzić.
Kanioning (ang. canyoning) to wyprawy dnem kanionu suchego lub wypełnionego wodą.
Choć kanioning obejmuje pływanie, wspinaczkę i skoki, to aby zacząć go uprawiać, nie trzeba intensywnego treningu ani wyjątkowej kondycji (które są już konieczne np. we wspinaczce skalnej, nurkowaniu z akwalungiem czy narciarstwie alpejskim).
Piesza wycieczka to wędrówka na świeżym powietrzu i w środowisku naturalnym, często z wykorzystaniem wytyczonych szlaków.
Dzienne wędrówki obejmują odległości od niecałej mili do dłuższych, które można przebyć w ciągu jednego dnia.
Jednodniowa wędrówka po łatwym szlaku nie wymaga wielu przygotowań, każda osoba o umiarkowanej sprawności będzie mogła czerpać z niej przyjemność.
Rodziny z małymi dziećmi być może potrzebują dalszych przygotowań, lecz dzień na zewnątrz można łatwo zorganizować nawet z niemowlętami i przedszkolakami.
Na świecie funkcjonuje blisko 200 organizacji turystycznych. W większości działają niezależnie.
Sukcesor Global Running Tours, Go Running Tours, jednoczy licznych dostawców turystyki z czterech kontynentów.
Zaczęło się od Running Tours Barcelona w Barcelonie i Running Copenhagen w Kopenhadze, potem szybko dołączyły do nich Running Tours Prague z Pragi i inne.
Wiele rzeczy musi uwzględnić, zanim wyjedziesz, i później w trakcie samej podróży.
Gdy jesteś w podróży, nastaw się na różnice i niespodzianki. Maniery, przepisy, ruch drogowy, kwatery, normy, język itp. będą w pewnym stopniu inne niż w twoim ojczystym kraju.
O tym zawsze musisz pamiętać, jeśli chcesz uniknąć rozczarowania albo wręcz zniesmaczenia lokalnymi zwyczajami i praktykami.
Pierwsze biura podróży założone zostały w XIX wieku. Warto skorzystać z oferty biura podróży, jeśli wyprawa obejmuje miejsca, których przyrody, kultury, języka lub biedy podróżny wcześniej nie doświadczył.
Większość biur bez problemu przyjmuje standardowe rezerwacje, natomiast wielu agentów specjalizuje się w szczególnych typach podróży, miejscach docelowych czy widełkach budżetowych.
Lepiej skorzystać z usług agenta, który często organizuje takie wycieczki, jak twoja.
Sprawdź wycieczki promowane przez agenta na stronie internetowej lub w witrynie sklepu.
Jeśli chcesz tanio zwiedzić świat – ze względu na konieczność, styl życia lub jako wyzwanie – to jest na to kilka sposobów.
Rozróżniamy tu dwie zasadnicze kategorie: podejmowanie pracy podczas podróży albo ograniczenie wydatków. Ten tekst dotyczy drugiej kategorii.
Minimalny budżet podróżny jest przeznaczony dla osób gotowych poświęcić wygodę, czas i przewidywalność, aby zredukować wydatki niemal do zera.
Zawiadomienie przyjmuje, że podróżujący nie kradną, nie popełniają wykroczeń, nie biorą udziału w nielegalnym rynku, nie żebrzą ani w inny sposób nie wykorzystują innych osób do zdobywania zysków.
Przejście graniczne to zwykle pierwszy przystanek po opuszczeniu samolotu, statku lub innego pojazdu.
W niektórych pociągach transgranicznych kontrole odbywają się w trakcie podróży, dlatego gdy wsiadasz musisz mieć przy sobie ważny dokument tożsamości.
W pociągach z wagonami sypialnymi konduktor może zbierać paszporty, by nie przerywać pasażerom snu.
Rejestracja to dodatkowy wymóg w procesie ubiegania się o wizę. W wielu krajach należy zarejestrować swoją obecność i adres pobytu u władz lokalnych.
Może to wymagać wypełnienia formularza na miejscowym posterunku policji lub wizyty w urzędzie imigracyjnym.
W wielu krajach stosujących takie przepisy prawa rejestracją zajmują się lokalne hotele (sprawdź to).
W pozostałych przypadkach muszą zarejestrować się tylko osoby przebywające poza obiektami noclegowymi. To jednak sprawia, że prawo jest znacznie bardziej zawiłe, więc trzeba to sprawdzić wcześniej.
Architektura obejmuje projektowanie i budowę budynków. Architektura jakiegoś miejsca to często atrakcja turystyczna sama w sobie.
Wiele budynków zachwyca pięknem nie tylko z zewnątrz, gdyż w przypadku wysokich gmachów lub przemyślnie umieszczonego okna można podziwiać piękno widoku z wnętrza budowli.
Architektura w dużej mierze przenika się z innymi dziedzinami, do których należą urbanistyka, inżynieria lądowa, sztuka dekoracyjna, projektowanie wnętrz i projektowanie krajobrazu.
Wiele wiosek znajduje się w rejonach wyjątkowo odosobnionych, więc aby zakosztować intensywnego życia nocnego, trzeba udać się do Albuquerque albo Santa Fe.
Niemniej jednak w prawie wszystkich kasynach z listy powyżej serwowane są napoje, a kilka z nich ma w swojej ofercie wysokiej jakości rozrywkę (zwłaszcza duże lokale w bliskim sąsiedztwie Albuquerque i Santa Fe).
Ostrzeżenie: lokalne małomiasteczkowe bary nie zawsze są przyjaznymi miejscami dla turystów z innych stanów.
Trzeba zaznaczyć, że w północnym regionie Nowego Meksyku pijani kierowcy stanowią poważny problem i można ich najczęściej spotkać w okolicy małomiasteczkowych barów.
Niezamawiane murale czy napisy to graffiti.
Choć to odległe od obecnego zjawiska, większość osób zapewne kojarzy to z młodzieżą niszczącą mienie publiczne i prywatne za pomocą farby w sprayu.
Jednak obecnie istnieją uznani artyści graffiti, imprezy związane z graffiti, a nawet „legalne” ściany. W tym kontekście obrazy graffiti często przypominają dzieła sztuki, a nie nieczytelne wyrazy.
Rzuty bumerangiem są popularną umiejętnością, której chce się nauczyć wielu turystów.
Aby nauczyć się rzucać bumerangiem, który wraca do rzucającego, upewnij się, że masz właśnie tę odmianę narzędzia.
Bumerangi dostępne w Australii w większości przypadków nie wracają po rzuceniu. Początkujący nie powinni ich rzucać, gdy wieje wiatr
Posiłek zwany hangi przygotowuje się w rozgrzanym piecu ziemnym.
Piec ziemny jest nagrzewany kamieniami wyjętymi z ognia, a gdzieniegdzie naturalnym ciepłem pochodzącym ze złóż geotermalnych.
„Hangi” jest często wykorzystywane do przygotowania tradycyjnego obiadu składającego się z potraw pieczonych.
Kilka miejsc w Rotoruo zapewnia geotermalne hangi, a innych hangów można spróbować w Christchurch, Wellington i innych miejscach.
W MetroRail w Kapsztadzie istnieją dwie klasy pociągów miejskich i podmiejskich : MetroPlus (zwane również pierwszą klasą) i Metro (zwane trzecią klasą).
MetroPlus jest wygodniejsze i nie tak tłoczne, mimo że trochę droższe, to nadal kosztuje mniej niż normalne bilety na metro w Europie.
Każdy pociąg ma zawsze wagony MetroPlus i Metro; Metro Plus znajdują się zazwyczaj na końcu pociągu, najbliżej Kapsztadu.
Przenoszenie bagaży innych osób – zawsze miej na oku swoje bagaże, szczególnie przekraczając granice.
Możliwe, że nic o tym nie wiedząc, będziesz transportować narkotyki, co skończy się dla ciebie poważnymi konsekwencjami.
Wiąże się to z oczekiwaniem w kolejce, ponieważ psy tropiące narkotyki mogą zostać wprowadzone w każdym momencie bez uprzedzenia.
Niektóre kraje narzucają wyjątkowo surowe kary nawet za pierwsze wykroczenia, np. 10 lat więzienia albo śmierć.
Bagaże pozostawione bez nadzoru padają łupem złodziei, a także zwracają uwagę władz obawiających się ataków bombowych.
W domu cały czas masz kontakt z lokalnymi zarazkami, więc istnieje duże prawdopodobieństwo, że jesteś już na nie odporny.
Jednak w tych częściach świata, gdzie występują bakterie, z którymi twój organizm nie miał wcześniej styczności, narażasz się na większe ryzyko problemów.
Co więcej, gdy klimat jest cieplejszy, bakterie szybciej rosną i są w stanie dłużej przetrwać poza organizmem.
Stąd plagi Delhi Belly, klątwa faraona, zemsta Montuzemy i inne im pokrewne.
Podczas gdy problemy oddechowe występują w chłodniejszych klimatach, w klimatach gorących dość często są dolegliwości jelitowe, zazwyczaj bardzo dokuczliwe, ale niepowodujące zagrożenia.
Jeśli podróżujesz po raz pierwszy do kraju rozwijającego się lub do nowej części świata, możesz przeżyć szok kulturowy.
Wielu regularnych, doświadczonych podróżników zostało pokonanych przez nieznajomość podróży po krajach rozwijających się, gdzie wiele drobnych różnic kulturowych może się szybko skumulować.
Szczególnie w pierwszych dniach warto zaszaleć i wydać pieniądze na wysokiej jakości hotele w stylu zachodnim, jedzenie i usługi, aby łatwiej się zaaklimatyzować.
Nie spać na materacu albo podkładce na podłożu w obszarach, w których lokalna fauna jest nieznana.
Jeśli zamierzasz biwakować pod gołym niebem, zabierz łóżko polowe albo hamak, aby ochronić się przed wężami, skorpionami i innymi groźnymi zwierzętami.
Niech twój dom wypełni się bogatym aromatem kawy o poranku i relaksującym zapachem herbaty rumiankowej wieczorem.
Podczas wakacji spędzanych w miejscu zamieszkania masz więcej czasu, by sobie dogodzić i zaparzyć coś naprawdę specjalnego.
Jeśli masz chęć na przygodę, nie wahaj się i przygotuj kilka świeżo wyciskanych soków albo smoothie:
być może odkryjesz jakiś prosty napój, który przygotujesz sobie podczas śniadania, zanim pochłoną cię codzienne obowiązki.
Jeśli mieszkasz w mieście o zróżnicowanej kulturze picia, odwiedź bary i puby w dzielnicach, w których rzadko bywasz.
Jeśli ktoś nie zna medycznego żargonu, informujemy, że „zakaźny” nie oznacza tego samego co „zaraźliwy”.
Chorobę zakaźną powoduje patogen, np. wirus, bakteria, grzyb lub inny pasożyt.
Choroba zakaźna to choroba łatwo przenoszona, jeżeli przebywamy blisko osoby zakażonej.
Szczepionki na różne choroby stanowią często wymóg stosowany przez rządy państw wobec osób przyjeżdżających do lub wyjeżdżających z danego kraju.
Te wymogi mogą często być zależne od tego, które państwa odwiedził lub zamierza odwiedzić podróżnik.
Jedną z wielkich zalet miasta Charlotte w Północnej Karolinie jest wielka liczba wysokiej jakości atrakcji dla rodzin.
Mieszkańcy innych rejonów często mówią, że głównym powodem przeprowadzki jest klimat prorodzinny, a turyści często uważają, że w tym mieście łatwo się przemieszczać z dziećmi.
W ciągu ostatnich dwóch dekad znacznie wzrosła liczba atrakcji przyjaznych dzieciom w centrum miasta Charlotte.
Rodziny zamieszkałe w Charlotte zasadniczo nie korzystają z taksówek, choć w niektórych okolicznościach ta forma transportu może się okazać przydatna.
Za przewóz więcej niż 2 pasażerów obowiązuje dopłata, więc może to być opcja droższa niż to konieczne.
Najchłodniejszym miejscem na Ziemi jest Antarktyda położona wokół bieguna południowego.
Wycieczki turystyczne dużo kosztują, wymagają dobrej kondycji fizycznej, możliwe są tylko latem (od listopada do lutego) i ograniczają się głównie do Półwyspu, Wysp i Morza Rossa.
W okresie letnim około pięćdziesięciu baz w tych obszarach zamieszkuje kilka tysięcy pracowników, lecz zimę spędza tu tylko niewielka ich liczba.
Śródlądowa Antarktyda to wyludniony płaskowyż, który pokrywa 2–3 km lodu.
Okazjonalne specjalistyczne wycieczki lotnicze odbywają się w głąb lądu w celach alpinistycznych lub aby dotrzeć na biegun, gdzie znajduje się duża baza.
Trawers na biegunie południowym (zwany też autostradą) to szlak o długość 1600 km od Stacji McMurdo nad Morzem Rossa do bieguna.
Po tym ubitym śniegu z wypełnionymi szczelinami lodowymi i oznaczonymi flagami można przemieszczać się tylko w specjalnych traktorach ciągnących sanie z paliwem i prowiantem.
Nie są one lekkie i zwrotne, dlatego szlak na długim odcinku okrąża Góry Transantarktyczne i prowadzi dalej na płaskowyż.
Zimą najczęściej dochodzi do wypadków na śliskich drogach, chodnikach i przede wszystkim schodach.
Buty z dobrą podeszwą to podstawa. Obuwie letnie zazwyczaj ślizga się na lodzie i śniegu, a nawet niektóre buty zimowe mogą się nie nadawać.
Bieżnik musi mieć odpowiednio głębokie wycięcia, 5 mm (1/5 cala) lub większe, a materiał musi zachowywać miękkość w niskich temperaturach.
Niektóre buty są wyposażone w kolce, a w śliskich warunkach dostępna jest nakładka z kolcami pasująca do większości butów, do założenia na obcasy albo podeszwy.
Obcasy muszą być niskie i szerokie. Lepszą przyczepność uzyskuje się poprzez rozsypywanie piasku, żwiru lub soli (chlorku wapnia) na drogach i ścieżkach.
Lawiny nie są zjawiskiem nietypowym; ponieważ strome stoki są w stanie utrzymać jedynie ograniczoną ilość śniegu, jego nadmiar będzie staczał się w postaci lawiny.
Problem polega na tym, że śnieg jest lepki, więc coś musi spowodować jego zejście, a schodzący śnieg pociąga za sobą kolejne jego masy.
Czasami oryginalnym aktywatorem jest słońce ogrzewające śnieg, czasami większy opad śniegu, a czasami inne naturalne zdarzenia, często człowiek.
Tornado to wirujący słup powietrza z bardzo niskim ciśnieniem, wciągający otaczające powietrze do środka i do góry.
Wywołują silne wiatry (często 100–200 mil na godzinę) i mogą unosić w powietrze ciężkie przedmioty podczas przesuwania się tornada.
Zaczynają jako leje spadające z chmur burzowych, a kiedy dotkną ziemi, stają się „tornadami”.
Dostawcy VPN (wirtualnej sieci prywatnej) są doskonałym sposobem na obejście cenzury politycznej oraz komercyjnego filtrowania adresów IP według lokalizacji.
Przewyższają serwery pośredniczące pod kilkoma względami: przekierowują całość ruchu internetowego, a nie tylko http.
Ich typowe zalety to wyższa przepustowość i lepsza jakość obsługi. Ponieważ są szyfrowane, utrudniają szpiegowanie.
Firmy z sektora mediów nagminnie kłamią, gdy jako cel wskazują „zapobieganie piractwu”.
Tak naprawdę kody regionów nie wpływają w żaden sposób na nielegalne kopiowanie; kopia wszystkich bitów na dysku będzie dobrze odtwarzana na każdym sprzęcie, na którym będzie odtwarzany oryginał.
Chodzi tu w rzeczywistości o większą kontrolę tych firm nad ich rynkami i generowanie dużych zysków.
Rozmowy są przeprowadzane przez Internet, dlatego nie trzeba korzystać z usług operatora telefonii znajdującego się w miejscu Twojego zamieszkania lub w miejscu podróży.
Nie musisz też uzyskać lokalnego numeru ze społeczności, w której żyjesz; możesz mieć satelitarne łącze internetowe w miejscowości Chicken w alaskańskiej głuszy, a wybrać numer przypisany do słonecznej Arizony.
Często konieczne jest osobne wykupienie numeru globalnego, aby móc odbierać rozmowy z telefonów w publicznej komutowanej sieci telefonicznej (PTSN). Lokalizacja numeru nie robi różnicy dla osób telefonujących.
Aplikacje do tłumaczeń tekstów w czasie rzeczywistym – aplikacje, które mogą automatycznie przekładać całe segmenty tekstu z jednego języka na inny.
Znajdują się w tej kategorii aplikacje, które potrafią tłumaczyć obcojęzyczne teksty umieszczone na znakach lub innych obiektach w świecie rzeczywistym w momencie, gdy użytkownik skieruje na nie swój smartfon.
Programy tłumaczeniowe znacznie się poprawiły i teraz często oferują mniej więcej poprawne tłumaczenia (rzadko tekst nie mający sensu), ale należy zachować ostrożność, ponieważ zawsze istnieje możliwość pomyłki.
Tłumacz Google należy do najpopularniejszych aplikacji tego typu i pozwala tłumaczyć w trybie offline po pobraniu wymaganych danych językowych.
Nawigacja GPS na smartfonie to chyba najłatwiejszy i najwygodniejszy sposób poruszania się w obcym kraju.
Zamiast kupować nowe mapy do GPS lub samodzielne urządzenie GPS albo zamiast dopłacać za nie w wypożyczalni samochodów, można zaoszczędzić i nabyć własną nawigację.
Jeśli na swoim telefonie nie masz włączonej transmisji danych lub telefon jest poza zasięgiem, działanie może być ograniczone lub niedostępne.
Na każdym rogu znajdziesz sklep z chaotyczną ofertą kart telefonicznych typu prepaid, których można używać w automatach telefonicznych lub na zwykłych telefonach.
Większość kart nadaje się do dzwonienia we wszystkie miejsca, ale niektóre oferują korzystne stawki za połączenia z określonymi grupami krajów.
Dostęp do tych usług często uzyskuje się poprzez bezpłatny numer telefonu, pod który można zadzwonić za darmo z większości telefonów.
Zasady stosowane przy standardowym fotografowaniu odnoszą się tak samo do nagrywania wideo, być może w jeszcze większym stopniu.
Jeśli fotografowanie czegoś jest zabronione, nawet nie myśl, by to filmować.
Przed użyciem drona sprawdź, co możesz filmować oraz jakie pozwolenia i licencje są wymagane.
Nawet gdy przepisy obowiązujące w twoim obszarze tego nie zabraniają, latanie dronem w przestrzeni powietrznej ponad lotniskiem lub zbiorowiskiem ludzi jest zasadniczo niewskazane.
Obecnie rzadko rezerwuje się podróże lotnicze bezpośrednio w liniach lotniczych, zamiast tego najpierw wyszukuje się i porównuje ceny.
Zdarza się, że ten sam lot ma skrajnie różne ceny w zależności od wyszukiwarki lotów, więc warto porównać różne wyniki i sprawdzić cenę w witrynie linii lotniczej, zanim dokona się rezerwacji.
Choć krótka wizyta turystyczna lub służbowa nie wymaga wizy w niektórych krajach, to jeśli przyjeżdżasz jako zagraniczny student, pobyt zapewne będzie dłuższy.
Mówiąc ogólnie, dłuższy pobyt w jakimś innym kraju będzie wymagał wcześniejszego uzyskania wizy.
W przypadku wiz studenckich obowiązują zwykle inne wymagania i procedury składania wniosków niż przy zwykłych wizach turystycznych lub biznesowych.
W większości krajów potrzebny będzie list ofertowy od instytucji, w której chcesz studiować, a także zaświadczenie o posiadaniu funduszy na utrzymanie się przez co najmniej pierwszy rok kursu.
Skontaktuj się z instytucją i departamentem ds. imigracji w kraju, gdzie chcesz studiować, aby zapoznać się ze szczegółowymi wymaganiami.
Jeśli nie jesteś dyplomatą, to pracując za granicą, masz obowiązek złożyć zeznanie podatkowe w kraju, w którym przebywasz.
Podatek dochodowy ma zróżnicowaną strukturę w poszczególnych państwach, a stawki i progi podatkowe bardzo się różnią zależnie od państwa.
Podatek dochodowy w niektórych krajach federalnych Stanów Zjednoczonych oraz Kanady jest nakładany zarówno na poziomie federalnym, jak i lokalnym, więc stawki i przedziały mogą się różnić pomiędzy poszczególnymi regionami.
Gdy wracasz do ojczyzny, nie ma kontroli imigracyjnej lub jest ona jedynie formalnością, natomiast kontrola celna może być uciążliwa.
Miej świadomość tego, co możesz i czego nie możesz wwieźć, oraz zgłoś towary przekraczające dozwolone limity.
Najprostszym sposobem na uruchomienie biznesu pisania o podróżach jest szlifowanie swych umiejętności na jakimś popularnym blogu podróżniczym.
Gdy już opanujesz zasady formatowania i edycji w sieci, możesz stworzyć swoją własną stronę internetową.
Można przyczynić się do pozytywnych zmian, angażując się w wolontariat w czasie podróży, ale nie chodzi tylko o to, by dać coś z siebie.
Życie i wolontariat za granicą są doskonałym sposobem, by poznać inną kulturę, nowych ludzi, siebie, a także nabrać nowej perspektywy i zyskać nowe umiejętności.
Może to być również dobry sposób na powiększenie budżetu i umożliwienie dłuższego pobytu w jakimś miejscu, gdyż wiele wolontariatów oferuje zakwaterowanie i wyżywienie, a niektóre nawet niewielką pensję.
Wikingowie korzystali z rosyjskich dróg wodnych, aby dotrzeć do Morza Czarnego i Morza Kaspijskiego. Z części tych tras nadal można korzystać. Sprawdź, czy nie trzeba specjalnych pozwoleń, które mogą być ciężkie do zdobycia.
Kanał Białomorsko-Bałtycki biegnie od Oceanu Arktycznego do Morza Bałtyckiego przez Jezioro Onega, Jezioro Ładoga i Sankt Petersburg, wykorzystując rzeki i jeziora.
Jezioro Onega jest połączone kanałem z Wołgą, więc również dziś da się przepłynąć Rosję, wyruszając z Morza Kaspijskiego.
Możesz mieć pewność, że po przybyciu do mariny sytuacja jest dość jasna. Spotkasz innych wodnych autostopowiczów, którzy podzielą się z Tobą informacjami.
Ogólnie będziesz wieszać ogłoszenia, w których proponujesz pomoc, chodzić po dokach, zagadywać ludzi myjących swoje jachty, próbować nawiązywać kontakty z żeglarzami w barach itp.
Staraj się porozmawiać z jak największą liczbą osób. Wkrótce wszyscy będą cię znać i podpowiedzą ci, na której łodzi kogoś szukają.
Należy uważnie dokonać wyboru linii lotniczej realizującej program dla często podróżujących pasażerów (Frequent Flyer) w ramach sojuszu linii lotniczych.
Chociaż możesz uważać, że kieruje tobą intuicja, gdy wybierasz linię lotniczą, którą latasz najczęściej, to należy pamiętać, że często oferowane są różne korzyści, a punkty dla osób latających często są większe w innej linii z tej samej grupy.
Emirates, Etihad Airways, Qatar Airways i Turkish Airlines to linie lotnicze, które znacznie rozszerzyły ofertę lotów do Afryki, a połączenia do wielu największych miast na tym kontynencie są dostępne w cenach bardziej konkurencyjnych w porównaniu z europejskimi liniami.
Począwszy od 2014 roku Turkish Airlines obsługuje loty do 39 lokalizacji w 30 krajach afrykańskich.
Jeżeli masz dodatkowy czas na podróż, sprawdź, jak wygląda całkowita cena za podróż po Afryce w porównaniu z ceną podróży dookoła świata.
Nie zapomnij uwzględnić kosztów dodatkowych wiz, podatków wyjazdowych, transportu naziemnego itp. w odniesieniu do wszystkich miejsc poza Afryką.
Jeżeli chcesz latać po świecie tylko na półkuli południowej, dobór lotów i destynacji jest zawężony z powodu braku szlaków transatlantyckich.
Żaden sojusz linii lotniczych nie obejmuje wszystkich trzech przelotów transoceanicznych na półkuli południowej (SkyTeam nie obejmuje żadnego z nich).
Jednak sojusz Star Alliance nie obejmuje tylko wschodniej części Pacyfiku Południowego, z Santiago de Chile do Tahiti, który to lot obsługuje LATAM Oneworld.
Jeśli chcesz ominąć południowy Pacyfik i zachodnie wybrzeże Ameryki Południowej, jest kilka innych dostępnych opcji oprócz tego lotu (patrz niżej).
W 1994 roku położony w Azerbejdżanie region Górnego Karabachu, ormiański pod względem etnicznym, wypowiedział wojnę Azerom.
Przy wsparciu ze strony armeńskiej ustanowiono nową republikę, lecz mimo to żadne państwo o ugruntowanej pozycji, w tym także Armenia, oficjalnie jej nie uznaje.
Dyplomatyczne waśnie o ten rejon wciąż psują stosunki pomiędzy Armenią a Azerbejdżanem.
Dzielnica Kanałów (holenderska nazwa: Grachtengordel) jest znaną XVII-wieczną dzielnicą, która otacza Biennestad w Amsterdamie.
Cała dzielnica znalazła się na Liście Światowego Dziedzictwa UNESCO w uznaniu dla wyjątkowej wartości kulturowej i historycznej, natomiast ceny położonych tu nieruchomości należą do najwyższych w kraju.
W skład Cinque Terre, czyli „Pięciu Krain”, wchodzi pięć małych nadmorskich wiosek (Riomaggiore, Manarola, Corniglia, Vernazza i Monterosso) położonych we włoskim regionie Liguria.
Znajdują się na Liście Światowego Dziedzictwa UNESCO.
Przez wieki ludzie pieczołowicie budowali domy na nierównej, stromej ziemi, aż po klify, z których rozciąga się widok na morze.
Część jego uroku stanowi brak widocznego rozwoju. Do wiosek można dotrzeć ścieżkami, pociągami i łodziami, ale nie mogą do nich dojechać samochody.
Francuskojęzyczni mieszkańcy Belgii i Szwajcarii używają nieco innej odmiany tego języka niż Francuzi, lecz różnice te nie przeszkadzają im się skutecznie porozumiewać.
Szczególnie numeracja we francuskojęzycznej Belgii i Szwajcarii ma określone specjalne właściwości, które są odmienne od tych w języku francuskim używanym we Francji, inna jest też wymowa niektórych słów.
Jednakże wszyscy francuskojęzyczni Belgowie i Szwajcarzy mogliby się nauczyć w szkole standardowego francuskiego i mogliby cię zrozumieć, gdybyś używał standardowego francuskiego systemu liczbowego.
W wielu miejscach na świecie machanie to przyjazny gest, który oznacza „witaj”.
Jednak w Malezji, przynajmniej na jej wiejskich obszarach, ten gest oznacza „podejdź” i przypomina ten stosowany w niektórych krajach zachodnich, gdy przywołuje się kogoś palcem wskazującym – należy go używać wyłącznie w tym celu.
Podobnie brytyjski turysta w Hiszpanii może niesłusznie uznać machanie dłonią skierowaną do osoby machającej (a nie do tej, do której się macha) za gest przyzywający do powrotu.
Języki pomocnicze to języki sztuczne lub stworzone po to, aby ułatwić komunikację pomiędzy ludźmi, którzy inaczej mieliby problem z porozumiewaniem się.
Są czymś innym niż lingua franca, które są językami naturalnymi lub organicznymi, dominującymi z różnych powodów jako środek komunikacji pomiędzy użytkownikami różnych języków.
Podczas upalnych dni turyści mogą doświadczyć miraży, które wyglądają jak woda (lub inne rzeczy).
Może to być niebezpieczne, jeżeli podróżnik podąża za mirażem, tracąc cenną energię i resztę wody.
Nawet na najgorętszych pustyniach w nocy może być bardzo zimno. Hipotermia stanowi faktyczne ryzyko, jeśli nie ma się ciepłych ubrań.
Wędrując przez las deszczowy, musisz uważać na komary, zwłaszcza w porze letniej.
Gdy jedziesz samochodem przez subtropikalny las deszczowy i otworzysz drzwi pojazdu na kilka sekund podczas wsiadania, komarom to wystarczy, by stać się twoimi pasażerami na gapę.
Ptasią grypą (zwaną fachowo influenzą ptaków) mogą zarazić się zarówno ptaki, jak i ssaki.
Zaobserwowano niecałe tysiąc przypadków wśród ludzi, lecz niektóre okazały się śmiertelne.
Większość przypadków dotyczyła osób pracujących przy drobiu, ale na ryzyko narażeni są też ptasiarze.
Charakterystyczne dla Norwegii są strome fiordy i doliny, które nagle gwałtownie zmieniają się w wysoki, dosyć równy płaskowyż.
Te płaskowyże są często nazywane „vidde” – oznacza to szeroką, bezkresną przestrzeń bez drzew.
W Rogaland i Agder zazwyczaj określa się je mianem „hei”, co oznacza bezdrzewne pustkowia, często porośnięte wrzosem.
Lodowce nie są nieruchome, spływają z góry. To spowoduje powstanie pęknięć i szczelin, które mogą być przykryte mostami śnieżnymi.
Ściany i strop jaskini lodowej mogą się zapaść, a szczeliny mogą zostać przywalone.
Na krawędzi lodowców obsuwają się wielkie bloki, spadając i być może przetaczając się dalej od ich skraju.
Sezon turystyczny na stacjach górskich zwykle osiąga swój szczyt podczas okresu babiego lata.
Jednak zimą nabierają zupełnie nowego blasku i uroku, gdyż w wielu stacjach górskich jest dużo śniegu, więc w ofercie są takie atrakcje, jak narciarstwo i jazda na snowboardzie.
Tylko kilka linii lotniczych nadal ma w ofercie taryfy pogrzebowe, odrobinę zmniejszające koszt lotu na pogrzeb wykupowanego w ostatniej chwili.
Linie lotnicze, które mają taką ofertę, to m.in. Air Canada, Delta Air Lines, Lufthansa w przypadku lotów z USA albo z Kanady, a także WestJet.
We wszystkich przypadkach konieczna jest bezpośrednia rezerwacja poprzez kontakt telefoniczny z linią lotniczą.
