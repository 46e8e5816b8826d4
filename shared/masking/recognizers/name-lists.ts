// Word lists behind the PERSON recognizer: common given names (English, German, French, Spanish,
// and a few frequent elsewhere), Chinese surnames, and capitalised words that are never a name.
// The hand-picked lists below are joined with the large generated lists of name-data.ts.
import { FAMILY_NAME_DATA, GIVEN_NAME_DATA, WEAK_NAME_DATA } from './name-data';

const words = (s: string): string[] => s.trim().split(/\s+/);

export const GIVEN_NAMES: ReadonlySet<string> = new Set([
  ...words(GIVEN_NAME_DATA),
  ...words(`
  James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony
  Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob
  Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Patrick
  Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Noah Ethan Jeremy Walter
  Christian Keith Roger Terry Austin Sean Gerald Carl Harold Dylan Arthur Lawrence Jordan Jesse Bryan Billy
  Bruce Gabriel Joe Logan Alan Juan Albert Willie Elijah Wayne Randy Vincent Liam Oliver Lucas Mason Owen
  Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Sandra Margaret
  Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Dorothy Rebecca Sharon Laura
  Cynthia Amy Kathleen Angela Shirley Brenda Emma Anna Pamela Nicole Samantha Katherine Christine Helen
  Debra Rachel Carolyn Janet Maria Catherine Heather Diane Olivia Julie Joyce Victoria Ruth Virginia Lauren
  Kelly Christina Joan Evelyn Judith Andrea Hannah Megan Cheryl Jacqueline Martha Madison Teresa Gloria Sara
  Janice Ann Kathryn Abigail Sophia Frances Jean Alice Judy Isabella Julia Beverly Denise Marie Amber Danielle
  Theresa Diana Natalie Brittany Charlotte Kayla Alexis Lori Ava Mia Chloe Zoe Lily Ella Harper Aria Nora
  Lukas Leon Finn Jonas Paul Elias Felix Maximilian Moritz Niklas Tim Jan Tobias Florian Sebastian Stefan Jens
  Jürgen Klaus Wolfgang Dieter Uwe Günter Helmut Manfred Matthias Markus Andreas Thorsten Sven Torsten Dirk
  Mia Emilia Sophie Hanna Lena Lea Leonie Marie Johanna Katharina Laura Julia Sabine Petra Claudia Monika
  Ursula Birgit Heike Anja Susanne Andrea Nicole Stefanie Kerstin Jana Franziska Greta Ida Frieda
  Jean Pierre Michel Philippe Alain Nicolas Christophe Patrick Laurent Julien Sébastien François Olivier
  Frédéric Thierry Antoine Mathieu Guillaume Vincent Maxime Benoît Hugo Louis Lucas Théo Raphaël Arthur
  Camille Manon Chloé Léa Inès Juliette Élodie Sandrine Nathalie Isabelle Sylvie Céline Aurélie Véronique
  Valérie Stéphanie Émilie Margaux Clémence Océane Mathilde Pauline Amélie Brigitte Françoise Hélène
  Javier Carlos Miguel Alejandro Pablo Manuel Antonio Francisco Jorge Diego Sergio Fernando Luis Rafael
  Alberto Raúl Álvaro Adrián Iván Rubén Óscar Andrés Ricardo Eduardo Enrique Ramón Ignacio Gonzalo Santiago
  Lucía Carmen Ana Laura Marta Elena Cristina Paula Raquel Isabel Pilar Rosa Dolores Beatriz Silvia Teresa
  Alba Nuria Patricia Sonia Irene Claudia Natalia Rocío Inmaculada Mercedes Valeria Daniela Gabriela Sofía
  Priya Rahul Amit Anil Sunil Rajesh Suresh Ravi Vikram Arjun Deepak Pooja Anjali Neha Sneha Kavya Aisha
  Mohammed Muhammad Ahmed Ali Omar Fatima Yusuf Hassan Ibrahim Mustafa Layla Zainab Mehmet Ayşe Emre
  Wei Li Ming Hui Jun Yan Lei Xin Hao Jie Yuki Hiroshi Kenji Sakura Haruto Min-jun Ji-woo Seo-yeon
  Olga Ivan Dmitri Sergei Natasha Svetlana Anastasia Piotr Katarzyna Agnieszka Tomasz Jakub Marek Ewa
  Giulia Marco Luca Giuseppe Alessandro Francesca Chiara Matteo Lorenzo Sofia Federica Riccardo Giovanni
  Lars Nils Erik Sven Ingrid Astrid Freya Anders Bjorn Henrik Mette Sanne Daan Bram Sem Jeroen Femke Joost
`),
]);

/** Frequent family names (US, UK, Ireland, Germany, France, Spain, Latin America, Italy, Portugal, the
 * Netherlands, Scandinavia, Poland, India, East Asia, the Arab world, West Africa). */
export const FAMILY_NAMES: ReadonlySet<string> = new Set([
  ...words(FAMILY_NAME_DATA),
  ...words(`
  Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson
  Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis
  Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera
  Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart
  Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim
  Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo
  Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler
  Henderson Barnes Gonzales Fisher Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds
  Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford
  Castro Marshall Owens Harrison Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman
  Webb Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon
  Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice
  Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Kelley Spencer
  Hawkins Arnold Pierce Vazquez Hansen Peters Santos Hart Bradley Knight Elliott Cunningham Duncan Armstrong
  Hudson Carroll Lane Riley Andrews Alvarado Ray Delgado Berry Perkins Hoffman Johnston Matthews Pena Richards
  Contreras Willis Carpenter Lawrence Sandoval Guerrero George Chapman Rios Estrada Ortega Watkins Greene
  Nunez Wheeler Valdez Harper Burke Larson Santiago Maldonado Morrison Franklin Carlson Austin Dominguez Carr
  Lawson Jacobs Obrien Lynch Singh Vega Bishop Montgomery Oliver Jensen Harvey Williamson Gilbert Dean Sims
  Espinoza Howell Li Wong Reid Hanson Le McCoy Garrett Burton Fuller Wang Weber Welch Rojas Lucas Marquez
  Fields Park Yang Little Banks Padilla Day Walsh Bowman Schultz Luna Fowler Mejia Davidson Acosta Brewer
  May Holland Juarez Newman Pearson Curtis Cortez Douglas Schneider Joseph Barrett Navarro Figueroa Keller
  Avila Wade Molina Stanley Hopkins Campos Barnett Bates Chambers Caldwell Beck Lambert Miranda Byrd Craig
  Ayala Lowe Frazier Powers Neal Leonard Gregory Carrillo Sutton Fleming Rhodes Shelton Schwartz Norris
  Jennings Watts Duran Walters Cohen McDaniel Moran Parks Steele Vaughn Becker Holt Deleon Barker Terry Hale
  Leon Hail Benson Haynes Horton Miles Lyons Pham Graves Bush Thornton Wolfe Warner Cabrera McKinney Mann
  Zimmerman Dawson Lara Fletcher Page McCarthy Love Robles Cervantes Solis Erickson Reeves Chang Klein
  Salinas Fuentes Baldwin Daniel Simon Velasquez Hardy Higgins Aguirre Lin Cummings Chandler Sharp Barber
  Bowen Ochoa Dennis Robbins Liu Ramsey Francis Griffith Paul Blair OConnor Cardenas Pacheco Cross Calderon
  Quinn Moss Swanson Chan Rivas Khan Rodgers Serrano Fitzgerald Rosales Stevenson Christensen Manning Gill
  Curry McLaughlin Harmon McGee Gross Doyle Garner Newton Burgess Reese Walton Blake Trujillo Adkins Brady
  Goodman Roman Webster Goodwin Fischer Huang Potter Delacruz Montoya Todd Wu Hines Mullins Castaneda Malone
  Cannon Tate Mack Sherman Hubbard Hodges Zhang Guerra Wolf Valencia Saunders Franco Rowe Gallagher Farmer
  Hammond Hampton Townsend Ingram Wise Gallegos Clarke Barton Schroeder Maxwell Waters Logan Camacho Strickland
  Norman Person Colon Parsons Frank Harrington Glover Osborne Buchanan Casey Floyd Patton Ibarra Ball Tyler
  Suarez Bowers Orozco Salas Cobb Gibbs Andrade Bauer Conner Moody Escobar McGuire Lloyd Mueller Hartman
  French Kramer McBride Pope Lindsey Velazquez Norton McCormick Sparks Flynn Yates Hogan Marsh Macias
  Villanueva Zamora Pratt Stokes Owen Ballard Lang Brock Villarreal Charles Drake Barrera Cain Patrick Pineda
  Burnett Mercado Santana Shepherd Bautista Ali Shaffer Lamb Trevino McKenzie Hess Beil Olsen Cochran Morton
  Nash Wilkins Petersen Briggs Shah Roth Nicholson Holloway Lozano Flowers Rangel Hoover Arias Short Mora
  Valenzuela Bryan Meyers Weiss Underwood Bass Greer Summers Houston Carson Morrow Clayton Decker
  Yoder Collier Zuniga Carey Wilcox Melendez Poole Roberson Larsen Conley Davenport Copeland Massey Lam Huff
  Rocha Cameron Jefferson Hood Monroe Anthony Pittman Huynh Randall Singleton Kirk Combs Mathis Christian
  Skinner Bradford Richard Galvan Wall Boone Kirby Wilkinson Bridges Bruce Atkinson Velez Meza Roy Vincent
  York Hodge Villa Abbott Allison Tapia Gates Chase Sosa Sweeney Farrell Wyatt Dalton Horn Barron Phelps
  Yu Dickerson Heath Foley Atkins Mathews Bonilla Acevedo Benitez Zavala Hensley Glenn Cisneros Harrell
  Shields Rubio Choi Huffman Boyer Garrison Arroyo Bond Kane Hancock Callahan Dillon Cline Wiggins Grimes
  Arellano Melton Oneill Savage Ho Beltran Pitts Parrish Ponce Rich Booth Koch Golden Ware Brennan McDowell
  Marks Cantu Humphrey Baxter Sawyer Clay Tanner Hutchinson Kaur Berg Wiley Gilmore Russo Villegas Hobbs
  Keith Wilkerson Ahmed Beard McClain Montes Mata Rosario Vang Walter Henson ONeal Mosley McClure Beasley
  Stephenson Snow Huerta Preston Vance Barry Johns Eaton Blackwell Dyer Prince Macdonald Solomon Guevara
  Stafford English Hurst Woodard Cortes Shannon Kemp Nolan McCullough Merritt Murillo Moon Salgado Strong
  Kline Cordova Barajas Roach Rosas Winters Jacobson Lester Knox Bullock Kerr Leach Meadows Orr Davila Whitehead
  Pruitt Kent Conway McKee Barr David Dejesus Marin Berger McIntyre Blankenship Gaines Palacios Cuevas Bartlett
  Durham Dorsey McCall ODonnell Stein Browning Stout Lowery Sloan McLean Hendricks Calhoun Sexton Chung
  Gentry Hull Duarte Ellison Nielsen Gillespie Buck Middleton Sellers Leblanc Esparza Hardin Bradshaw
  McIntosh Howe Livingston Frost Glass Morse Knapp Herman Stark Bravo Noble Spears Weeks Corona Frederick
  Buckley McFarland Hebert Enriquez Hickman Quintero Randolph Schaefer Walls Trejo House Reilly Pennington
  Michael Conrad Giles Benjamin Crosby Fitzpatrick Donovan Mays Mahoney Valentine Raymond Medrano Hahn McMillan
  Small Bentley Felix Peck Lucero Boyle Hanna Pace Rush Hurley Harding McConnell Bernal Nava Ayers Everett
  Ventura Avery Pugh Mayer Bender Shepard McMahon Landry Case Sampson Moses Magana Blackburn Dunlap Gould
  Duffy Vaughan Herring McKay Espinosa Rivers Farley Bernard Ashley Friedman Potts Truong Costa Correa
  Blevins Nixon Clements Fry Delarosa Best Benton Lugo Portillo Dougherty Crane Haley Phan Villalobos Blanchard
  Horne Finley Quintana Lynn Esquivel Bean Dodson Mullen Xiong Hayden Cano Levy Huber Richmond Moyer Lim
  Frye Sheppard McCarty Avalos Booker Waller Parra Woodward Jaramillo Krueger Rasmussen Brandt Peralta
  Donaldson Stuart Faulkner Maynard Galindo Coffey Estes Sanford Burch Maddox Vo OConnell Vu Andersen Spence
  McPherson Church Schmitt Stanton Leal Cherry Compton Dudley Sierra Pollard Alfaro Hester Proctor Lu
  Hinton Novak Good Madden McCann Terrell Jarvis Dickson Reyna Cantrell Mayo Branch Hendrix Rollins Rowland
  Whitney Duke Odom Daugherty Travis Tang Archer
  Müller Mueller Schmid Schneider Fischer Meyer Weber Schulz Wagner Becker Hoffmann Schäfer Koch Bauer Richter
  Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Krause
  Meier Lehmann Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung
  Hahn Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster
  Simon Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich
  Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Thomas Voigt
  Sauer Arnold Wolff Pfeiffer Becker
  Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel Garcia
  David Bertrand Roux Vincent Fournier Morel Girard Andre Lefevre Mercier Dupont Lambert Bonnet Francois
  Martinez Legrand Garnier Faure Rousseau Blanc Guerin Muller Henry Roussel Nicolas Perrin Morin Mathieu
  Clement Gauthier Dumont Lopez Fontaine Chevalier Robin Masson Sanchez Gerard Nguyen Boyer Denis Lemaire
  Duval Joly Gautier Roger Roche Roy Noel Meyer Lucas Meunier Jean Perez Marchand Dufour Blanchard Marie
  Barbier Brun Dumas Brunet Schmitt Leroux Colin Fernandez Pierre Renard Arnaud Rolland Caron Aubert Giraud
  Leclerc Vidal Bourgeois Renaud Lemoine Picard Gaillard Philippe Leclercq Lacroix Fabre Dupuis Olivier
  García González Rodríguez Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz
  Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil Ramírez Serrano
  Blanco Molina Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín Sanz Núñez Iglesias Medina Garrido
  Cortés Castillo Santos Lozano Guerrero Cano Prieto Méndez Cruz Calvo Gallego Vidal León Márquez Herrera
  Peña Flores Cabrera Campos Vega Fuentes Carrasco Diez Caballero Reyes Nieto Aguilar Pascual Santana Herrero
  Lorenzo Montero Hidalgo Giménez Ibáñez Ferrer Durán Santiago Benítez Mora Vicente Vargas Arias Carmona
  Crespo Román Pastor Soto Sáez Velasco Moya Soler Parra Esteban Bravo Gallardo Rojas Aguirre
  Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti Leone Costa
  Giordano Mancini Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli
  Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes Gonçalves Gomes Lopes
  Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes Soares Vieira
  Jansen Visser Smit Meijer Bakker Mulder Bos Vos Peters Hendriks Dekker Brouwer Dijkstra Janssen Vermeulen
  Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson Jonsson
  Hansen Johansen Olsen Larsen Andersen Pedersen Nielsen Kristiansen Jensen Lindberg Lindström
  Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski
  Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Wieczorek Novak Horvat Kovač
  Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Volkov Fedorov Morozov Novikov Pavlov
  Sharma Verma Gupta Kumar Singh Patel Shah Mehta Joshi Desai Reddy Rao Iyer Nair Menon Pillai Das Bose
  Banerjee Chatterjee Mukherjee Bhattacharya Sen Ghosh Chowdhury Khan Malhotra Kapoor Chopra Agarwal
  Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi
  Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda Hashimoto Ishikawa Ogawa Okada Goto
  Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Hong
  Nguyen Tran Le Pham Hoang Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly
  Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song Tang
  Mohammed Ahmed Ali Hassan Hussein Ibrahim Mahmoud Mustafa Abdullah Rahman Haddad Khalil Saleh Aziz Nasser
  Okafor Okonkwo Adeyemi Adebayo Okeke Eze Nwosu Obi Mensah Asante Boateng Owusu Mbeki Dlamini
  Murphy Kelly OSullivan Walsh Byrne Ryan Brennan Doyle McCarthy Gallagher Kennedy Lynch Quinn Fitzgerald
  Goldberg Cohen Levi Katz Friedman Shapiro Rosen Klein Weiss Kaplan Greenberg Horowitz
  `),
]);

/** Given names that are also ordinary capitalised words: they count only with a surname after them. */
export const AMBIGUOUS_GIVEN_NAMES: ReadonlySet<string> = new Set(
  words('Will May June Mark Bill Hope Grace Rose Faith Joy Summer Frank Rich Art Max Paris Jack Page Amber Lily Ivy Dawn Gary Tim Jan Ali Li Jun Lei Ming Wei Hui Jean Sem Ida Alba Paul Louis Henry Adam Jordan Christian Angela'),
);

/** Names that are also ordinary words, places, brands or tech terms ("Hunter", "Ruby", "Dallas"): evidence
 * only next to another known name. */
export const WEAK_NAMES: ReadonlySet<string> = new Set(words(WEAK_NAME_DATA));

/** Capitalised words that follow names or greetings without being part of a name. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
  words(`
  The This That These Those There Here Team All Everyone Everybody Folks Guys Sir Madam Madame Monsieur
  Support Sales Admin Customer Service Services Street Road Avenue Lane Drive Way Boulevard Inc Ltd LLC GmbH
  AG SA SAS SARL Corp Co Company Group Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
  February March April June July August September October November December Thanks Thank Regards Best
  Hello Hi Dear Cheers Please Note Update Release Version Project Bug Issue Ticket Order Invoice Account
  Manager Director Engineer Developer Doctor Nurse Patient Client Team And Or But For From To With In On At
  Of By As If It Is Was Are We You They He She I My Our Your His Her Their Kind Warm Yours Sincerely Again
  Straße Strasse Platz Weg Rue Calle Avenida Plaza Bank Hospital Clinic University School Office Department
  Morning Afternoon Evening Night Today Tomorrow Yesterday Happy New Year Christmas Good Great OK Okay Yes No
  Liebe Lieber Hallo Bonjour Hola Grüße Gruß Cordialement Saludos Atentamente Merci Gracias Danke Viele
  World Friends Again Guest User Users Sender Recipient Unknown Anonymous
  Cloud Bridge Tower Union States Kingdom Republic Nations Park Center Centre University College Institute
  Hospital Group Services Systems Solutions Labs Studio Desktop App Apps Functions Engine Platform Server
  Database Watch Phone Pro Air Max Mini Native Resources Engineering Department Committee Council Ministry
  Agency Airlines Airport Station Hotel Restaurant Cafe Museum Gallery River Lake Mountain Island Valley Bay
  Beach Gate Overflow Pressure Keyboard Code Studio Console Cluster Store Shop Market Foundation Association
  Court Act Law Policy Review Request Pull Merge Branch Build Pipeline Release Sprint Board Meeting Call Chat
  Language Framework Library Module Package Plugin Extension Driver Kernel Network Security Privacy Cookie
  Edition Series Version Plan Premium Business Enterprise Standard Basic Free Trial Cup League Games Awards
  Week Month Day Weekend Holiday Festival Summit Conference Workshop Lab Hall Room Building Floor Tech
  Technologies Software Hardware Networks Media News Times Post Journal Magazine Radio TV Channel Network
  JSON API SQL HTTP URL ID PDF CSV Error Warning Info Debug Exception Null None True False Test
  `),
);

/** The most frequent Chinese surnames (the first hundred cover about 85% of the population). */
export const CN_SURNAMES =
  '傅阎康乔易常文庞樊兰殷施洪翟安颜倪牛温季俞章鲁葛伍申尤毕聂焦柳邢路岳齐梅庄辛管祝左涂谷祁舒耿卜詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍霍翁隋甘景单包司柏宁柯阮桂闵解柴华车冉房边' +
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
