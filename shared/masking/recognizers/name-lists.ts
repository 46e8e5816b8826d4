// Word lists behind the PERSON recognizer: common given names (English, German, French, Spanish,
// and a few frequent elsewhere), Chinese surnames, and capitalised words that are never a name.
const words = (s: string): string[] => s.trim().split(/\s+/);

export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  words(`
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
);

/** Given names that are also ordinary capitalised words: they count only with a surname after them. */
export const AMBIGUOUS_GIVEN_NAMES: ReadonlySet<string> = new Set(
  words('Will May June Mark Bill Hope Grace Rose Faith Joy Summer Frank Rich Art Max Paris Jack Page Amber Lily Ivy Dawn Gary Tim Jan Ali Li Jun Lei Ming Wei Hui Jean Sem Ida Alba Paul Louis Henry Adam Jordan Christian Angela'),
);

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
  JSON API SQL HTTP URL ID PDF CSV Error Warning Info Debug Exception Null None True False Test
  `),
);

/** The most frequent Chinese surnames (about 85% of the population). */
export const CN_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
