// Name-shape data for finding people in copy. Titles and role words come from AP
// usage (formal titles before names are capitalised and abbreviated).

/** Formal titles that stand before a name (capitalised); abbreviations include the period. */
export const TITLE_WORDS = new Set([
  ...`Gov. Govs. Lt. Sen. Sens. Rep. Reps. Dr. Rev. Gen. Col. Maj. Capt. Cpl. Pfc. Spc. Brig. Seaman Airman Ensign
Sgt. Pvt. Adm. Cmdr. Supt. Atty. Prof. Insp. Ald. Alderman Alderwoman Mr. Mrs. Ms. Miss Sister Brother President Vice Mayor Governor
Senator Representative Chief Judge Justice Secretary Attorney General County Police Fire Commissioner
Superintendent Coach Pope Prime Minister Chancellor King Queen Prince Princess Sheriff Councilor Councilman
Councilwoman Council Member Speaker Leader Majority Minority Deputy Assistant State City Chairman Chairwoman
Chair Director Treasurer Auditor Comptroller Magistrate Ambassador Trooper Officer Detective Lieutenant
Sergeant Captain Corporal Admiral Colonel Major Private Bishop Archbishop Cardinal Rabbi Imam Father Pastor
Reverend Monsignor Msgr. Deacon Cantor Professor Dean Provost Executive Emperor Sultan Sheikh Crown Premier
Coroner Examiner Investigator Instructor Prosecutor Defender Epidemiologist Engineer Whip Principal
Foreign Defense Health Education Interior Finance Transportation Labor Energy Agriculture Homeland Security
Surgeon Inspector Alderman Alderwoman Selectman Selectwoman Harbor Master Manager Administrator Marshal
Constable Clerk Registrar Warden CEO CFO COO Chancellor Commander Sgt. Coach Spokesperson Spokesman
Spokeswoman Supervisor Assessor Controller Trustee Regent Ayatollah Emir Duke Duchess Sir Dame Patriarch
Empress Judges Justices Commissioners Senators`.split(/\s+/),
  'Lt. Gov.',
  // Players' positions in a sports story's notes: `RHP Shane Bieber (elbow)`, `QB Drew Larsen`.
  'RHP', 'LHP', 'INF', 'OF', 'SS', 'DH', 'QB', 'RB', 'WR', 'LB', 'CB',
]);

/**
 * Title words that make a title only with another (`Prime Minister`, `Attorney General`,
 * `Energy Secretary`), never alone before a name: alone they start a company's or a body's
 * name (`General Motors`, `State Farm`, `Major League Baseball`, `Energy Transfer`).
 */
export const TITLE_MODIFIERS = new Set(`Vice County Police Fire Prime Majority Minority State City Council Crown Foreign Defense Health Education
Interior Finance Transportation Labor Energy Agriculture Homeland Security Surgeon Harbor Executive General
Major`.split(/\s+/));

// What performers known by one name are introduced as: `rapper Drake`, `country newcomer Shaboozey`.
export const MONONYM_ROLES = new Set(`singer rapper musician artist performer comedian guitarist drummer bassist newcomer superstar producer
designer songwriter singer-songwriter influencer streamer rocker crooner`.split(/\s+/));

/** Lower-case role nouns that describe a person before a name: `harbor master Tom Levesque`. */
export const ROLE_NOUNS = new Set([...MONONYM_ROLES, ...`master seed star pick sponsor minister lobbyist veterinarian pharmacist legislator paramedic dietitian accountant guardian midwife
deacon lifeguard interpreter translator negotiator investigator bailiff coroner medic diplomat envoy microbiologist spokesperson spokesman spokeswoman director manager chief officer owner resident teacher student president
chairman chairwoman chair coach meteorologist farmer fisherman nurse doctor pastor analyst economist professor
attorney lawyer engineer captain firefighter secretary commissioner superintendent neighbor worker scientist
researcher historian volunteer organizer activist executive founder principal driver pilot mechanic physician
surgeon official administrator coordinator supervisor trooper deputy sheriff mayor councilor councilwoman
councilman senator lawmaker representative forecaster biologist strategist pollster consultant planner
inspector clerk landlord tenant shopkeeper baker chef lobsterman lobster fishermen dispatcher ranger guard
veteran mother father grandmother grandfather daughter son wife husband sister brother widow widower
actor actress author writer player quarterback pitcher right-hander left-hander goalie striker midfielder forward
defenseman center kicker punter linebacker cornerback receiver lineman tailback fullback halfback catcher
shortstop outfielder infielder reliever goaltender goalkeeper winger safety rookie golfer jockey candidate challenger
incumbent nominee opponent treasurer auditor prosecutor defender judge juror witness plaintiff defendant
victim survivor homeowner shopper voter parent retiree skipper crew operator ceo cfo dean rabbi imam priest
grower rancher vintner beekeeper gardener carpenter electrician plumber welder miner logger trucker bartender
waiter waitress cashier librarian counselor therapist psychologist epidemiologist virologist geologist
seismologist climatologist hydrologist entrepreneur investor banker broker developer architect
photographer filmmaker editor publisher journalist reporter columnist commentator host keeper
caretaker custodian janitor bookkeeper evacuee commuter passenger patient customer rider traveler hiker camper
motorist pedestrian bystander onlooker spectator protester demonstrator refugee migrant critic regular
supporter skeptic backer ally patron guest visitor tourist fan aide adviser advisor assistant staffer employee
colleague partner teammate classmate coworker friend cousin niece nephew uncle aunt granddaughter grandson
advocate steward member chaplain agent guide referee umpire proprietor businessman businesswoman
businessperson restaurateur philanthropist financier industrialist magnate graduate valedictorian salutatorian
senior junior sophomore freshman intern cadet recruit trainer caddie champion titleholder runner-up medalist
finalist semifinalist astronaut cosmonaut controller landowner shipbuilder contractor realtor physicist
chemist mathematician sociologist anthropologist recipient winner laureate fellow scholar honoree inductee`.split(/\s+/)]);

/**
 * Nationalities as nouns and adjectives: `the Swede said`, `the British ambassador said`. Alone,
 * such a word names no person or organisation.
 */
export const NATIONALITY_WORDS = new Set(`Swede Swedish Australian Argentine Argentinian American Briton British Canadian German
French Frenchman Frenchwoman Spaniard Spanish Norwegian Dane Danish Dutch Dutchman Dutchwoman Italian Irish Irishman Irishwoman
Scot Scottish Welsh Welshman English Englishman Englishwoman Japanese Korean Chinese Mexican Brazilian Colombian Venezuelan Chilean
Peruvian Cuban Belgian Austrian Swiss Pole Polish Czech Russian Ukrainian Indian Pakistani Kenyan Ethiopian Nigerian Ghanaian
Egyptian Israeli Palestinian Iranian Iraqi Syrian Lebanese Saudi Turkish Turk Greek Portuguese Finnish Icelandic Hungarian Romanian
Serbian Croatian Filipino Vietnamese Thai Indonesian Malaysian Taiwanese Emirati Qatari Moroccan Algerian Tunisian Sudanese
Somali Ugandan Tanzanian Zimbabwean Jamaican Haitian Dominican Puerto Rican Ecuadorian Bolivian Uruguayan Paraguayan`.split(/\s+/));

// The last words of places (`Casco Bay`, `Kent County`), which end no person's name: in both lists below.
const PLACE_AND_ORG_LAST_WORDS = `Street Avenue Road County City State River Lake Island Islands Bay Harbor Harbour Park Mountains
Mountain Valley Coast Square Plaza Beach Falls Creek Forest Region Province Territory Ocean Sea Gulf Peninsula Canyon Desert
Springs Heights Hole`.split(/\s+/);

/**
 * Words that end an organisation's or place's name, never a person's surname; the first two
 * lines are events named like people (`her Silver Jubilee`, `the Bluegrass Mile`, `Lunar New
 * Year`). Word lists are one string split at load: quoted words cost the bundle 3 bytes more each.
 */
export const ORG_LAST_WORDS = new Set([...PLACE_AND_ORG_LAST_WORDS, ...`Jubilee Year Open Derby Stakes Mile Classic Bowl Championship Championships Tournament Marathon Parade Expo
Summit Conference Gala Olympics Invitational Regatta Rodeo Carnival Celebration Anniversary Eve Ascot Prix
Dairy Dairies Bakery Bakeries Creamery Brewery Distillery Winery Beverages Grocers Pharmacy Pharmacies Pharma
Therapeutics Biosciences Genomics Robotics Semiconductor Semiconductors Networks Telecom Wireless Dynamics
Ventures Associates Consulting Automotive Restaurants Apparel Outfitters Hardware Furniture Shipping Mining
Oil Supply Supplies Chemical Chemicals Products Manufacturing Materials Distributors Farms Mills Brewing
Construction Freight Trucking Properties Realty Steel Healthcare Software Aerospace Rescue Wildlife Recreation
Explosives Baptist Methodist Lutheran Presbyterian Mosque Synagogue Tabernacle Chapel Parish Abbey St.
Ave. Rd. Boulevard Blvd. Lane Drive Highway Route Bridge Department Service Services Guard Agency
Company Co. Inc. Corp. Corporation LLC Ltd. University College School Schools Academy Hospital Center Centre
Council Committee Party Airport Church
Cathedral Bank Association Administration Commission Office Board Court Senate House Congress Bureau Institute
Foundation Power Energy Authority Police Patrol Force Army Navy Corps News Times Press Post Journal Herald
Tribune Club Team Airlines Group Network Hall Day Week Games Cup Series League
Union Federation Ministry Assembly Parliament Legislature Republicans Democrats Republican Democrat Museum
Library Stadium Society Arena Market Mall Station Port Pier Wharf
Reserve District Republic Kingdom Empire Capitol
Fund Trust Alliance Coalition Systems Technologies Holdings Partners Industries Motors Pharmaceuticals
Labs Laboratory Laboratories Project Program Initiative Campaign Act Law Bill Amendment Festival Fair Show
Awards Prize Storm Hurricane Tropical Fire Weather Railroad Railway Transit Water Electric Gas Utilities Co-op
Cooperative Markets Foods Stores Brands Media Communications Entertainment Financial Bancorp Insurance Capital
Airways Hotels Resorts Studios Records Logistics Solutions Enterprises Corp Rail
Division Brigade Battalion Regiment Squadron Fleet Elementary Heart Medal Local Lodge Optics Audio Health Devices Mobile
Electronics Biotech Analytics Computing Instruments Minerals Retail Hospitality Tech Atlantic Pacific Coastal Southern`.split(/\s+/)]);

/** Last words of named places (`Kansas City`, `St. Charles County`), which the organisation list holds too. */
export const PLACE_LAST_WORDS = new Set([...PLACE_AND_ORG_LAST_WORDS, ...`Rock Ledge Reef Shoal Cove Point Hill Hills Ridge Pond Sound Strait Inlet Light Lighthouse`.split(/\s+/)]);

/**
 * First words of place names: `New York`, `South Portland`, `Fort Worth`; and of storms, named
 * like people but nobody (`Hurricane Rafael`, `Tropical Storm Sara`).
 */
export const PLACE_FIRST_WORDS = new Set(`Hurricane Typhoon Cyclone Tropical Storm New North South East West Northern Southern Eastern Western Upper
Lower Lake Mount Mt. Fort Ft. Port Saint St. San Santa Los Las El Cape Great Little Old Central Greater United
Puerto Costa Sierra Rio Hong Kuala Buenos Sri Saudi Baton Palm Salt Grand Glen Cedar Key Bar Oak Long Rhode
Twin Coral Pearl Holy`.split(/\s+/));

/**
 * Capitalised words that start sentences or name times, never part of a person's name; the
 * last four are a sports story's `UP NEXT` box (`Jets: Visit Chicago on Saturday.`).
 */
export const NON_NAME_WORDS = new Set(`No. Nos. The A An But And Or So Yet In On At By For From To With Without After Before During Since Until When
While If Though Although Because As Of Over Under About Across Around Near Inside Outside Through Into Onto
Among This That These Those It Its He She They We I You His Her Their Our My Your There Here Then Now Still
Even Only Just Also Some Many Most All Both Each Every Any No Not Nor Neither Either Other Another Such What
Which Who Whom Whose Where Why How Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
March April May June July August September October November December Jan. Feb. Aug. Sept. Oct. Nov. Dec.
Associated AP Photo More Less Last Next First Second Third One Two Three Four Five Six Seven Eight Nine Ten
Hundreds Thousands Dozens Officials Police Residents Crews Authorities Democrats Republicans Americans
Christmas Thanksgiving Easter Yes Oh Well Please Thank Thanks Despite Like Unlike Instead Meanwhile However
Already Again Once Today Tonight Yesterday Tomorrow Earlier Later Never Always Perhaps Maybe Visit Visits Host
Hosts`.split(/\s+/));

/**
 * Common Chinese and Korean family names in the romanisation AP uses. Names from those languages
 * put the family name first (`Li Qiang`, `Lee Jae-myung`), and AP refers to the person by it.
 */
export const EAST_ASIAN_FAMILY_NAMES = new Set(`Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao
Zheng Liang Xie Tang Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Xi
Wen Fu Qin Bai Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Oh Seo Shin Kwon Hwang Ahn Yoo Hong Moon Ko Baek Nam Roh Chung
Yun Han Song`.split(/\s+/));

/** Common Vietnamese family names: `Kim Tran`, `Kim Pham` put the given name first (Kim is no family name there). */
export const VIETNAMESE_FAMILY_NAMES = new Set(`Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Truong Dinh Lam Mai Trinh Luong Ha Cao Quach Tang Doan`.split(/\s+/));

export const NAME_SUFFIXES = new Set(`Jr. Sr. II III IV Jr Sr`.split(/\s+/));
export const NAME_PARTICLES = new Set(`de da di del della van von der den la le los las y du bin ibn al el dos das ter ten St.`.split(/\s+/));

export const FEMALE_WORDS = new Set(`Mrs. Ms. Miss Sister Queen Princess Duchess Countess Lady Dame Councilwoman Chairwoman Congresswoman
Alderwoman Selectwoman spokeswoman chairwoman congresswoman councilwoman businesswoman alderwoman actress
waitress mother grandmother wife sister daughter aunt niece widow queen princess nun woman girl policewoman
anchorwoman sportswoman stepmother granddaughter fiancee girlfriend mom grandma lady`.split(/\s+/));
export const MALE_WORDS = new Set(`Mr. Brother King Prince Duke Count Lord Sir Councilman Chairman Congressman Alderman Selectman Father
spokesman chairman congressman councilman businessman alderman father grandfather husband brother son uncle
nephew widower king prince man boy policeman fisherman lobsterman anchorman sportsman stepfather grandson
fiance boyfriend dad monk priest grandpa`.split(/\s+/));

// Women's given names common in Spanish-speaking countries, in both lists below.
const SPANISH_WOMEN_NAMES = `Marta Guadalupe Pilar Mercedes Susana Silvia Fernanda Luz Adriana Alejandra Ana Beatriz Camila Carmen
Clara Claudia Cristina Daniela Dolores Elena Gabriela Isabel Josefina Juanita Julia Laura Lorena Mariana Marisol Patricia Paula
Rosa Teresa Yolanda Natalia Valentina Leticia Esperanza Consuelo Graciela Ximena`.split(/\s+/);

/**
 * Common given names, by the gender usually associated with them, to resolve `she said`; the line
 * that opens with Adalynn or Abel holds names common among children born since 2010, whom AP names
 * by first name, and the lines after it names from many languages an American wire story meets.
 * Names given to men and women alike, or to men in one language and women in another (Andrea,
 * Jean, Simone; Dana, Leslie, Kelly; Lee, Chris, Dale), are in neither: they tell nothing.
 */
export const FEMALE_NAMES = new Set([...SPANISH_WOMEN_NAMES, ...`Rocio Abigail Ada Aisha Alexandra Alice Alicia Alison Allison Amanda Amber Amelia Amy Angela
Angelica Anita Ann Anna Anne Annie Antonia April Ashley Audrey Barbara Becky Beth Betty Beverly Bonnie Brenda Brianna
Bridget Brittany Carla Carol Caroline Carolyn Catherine Cecilia Charlotte Chelsea Cheryl Chloe Christina Christine
Cindy Claire Colleen Connie Courtney Crystal Cynthia Daisy Danielle Deborah Debra Denise Diana Diane
Donna Doris Dorothy Elaine Eleanor Elisa Elizabeth Ella Ellen Emily Emma Erica Erin Esther Eva Evelyn Fatima Florence
Frances Gabrielle Gail Gina Gloria Grace Hannah Harriet Heather Helen Holly Imani Ingrid Irene Isabella Jacqueline
Jane Janet Janice Jasmine Jeanne Jennifer Jessica Jill Joan Joanna Joy Joyce Judith Judy Julie June
Karen Kate Katherine Kathleen Kathryn Kathy Katie Kayla Kimberly Kristen Lauren Leah Lila Lillian Linda Lisa
Lori Louise Lucia Lucy Luisa Lydia Madison Malia Mara Marcela Margaret Maria Marie Marilyn Marjorie
Marsha Martha Mary Maya Megan Melanie Melissa Mia Michelle Mildred Miriam Molly Monica Nadia Nancy Naomi Natalie Nicole Nina Nora
Norma Olivia Paige Pamela Pauline Peggy Penelope Phyllis Priya Rachel Ramona Rebecca Regina Renee Rita Roberta
Rose Rosemary Ruth Sabrina Sadie Sally Samantha Sandra Sara Sarah Savannah Sharon Sheila Shirley Sofia Sonia Sophia Stacy
Stephanie Susan Suzanne Sylvia Tamara Tammy Tanya Theresa Tiffany Tina Valerie Vanessa Vera Veronica Victoria
Virginia Vivian Wanda Wendy Whitney Yvonne Zoe
Deb Sue Peg Liz Jen Jenny Meg Maggie Barb Becca Patty Trish Darlene Arlene Marlene Lorraine Loretta Geraldine Bernadette Agnes Edna Gladys Hazel Mabel Opal Pearl Velma
Adalynn Adeline Alaina Ariana Aria Arya Athena Aubrey Aurora Ava Ayla Bella Brielle Cora Delilah Eliana Eliza Ellie Eloise Emilia Everleigh Everly Gabriella Gianna Hadley Hailey Isabelle Isla Josephine Juniper Kaylee Kinsley Layla Leilani Liliana Lily Luna Lyla Madeline Madelyn Maeve Mila Nevaeh Paisley Piper Raelynn Rylee Scarlett Skylar Sophie Stella Violet Willow Zoey
Annette Yvette Colette Carly Celia Jeanette Janine Nadine Bernice Beatrice Edith Eileen Elsa Estelle Ethel Eunice Gwen Gwendolyn Ida Inez Irma Jolene Joanne Kristin Kristina Lana Leona Lena Lois Lucille Maxine Myrna Nellie Noreen Olga Rhonda Rosalind Roxanne Thelma Trudy Ursula Viola Wilma Adrienne Alma Candace Celeste Charlene Corinne Fiona Greta Hilda Lenore Lucinda Marcy Mavis Maureen Priscilla Rosalie Tabitha Tamika Latoya Keisha Aaliyah Yasmin Araceli Itzel Astrid Sigrid Solveig Birgit Annika Freya Heidi Helga Svetlana Natasha Tatiana Oksana Olena Keiko Akiko Emiko Naoko Yoko Haruka Anjali Sunita Deepa Lakshmi Ngozi Zainab Leila Noura Tamsin Siobhan Aoife Niamh Saoirse Bronwyn Marisa Marissa Melinda Miranda Monique Jacquelyn Jocelyn Kara Karla Katrina Kendra Krista Kristy Lacey Latisha Leanne Lorna Lynette Mallory Marcia Margo Marguerite Marian Maribel Meredith Nanette Noelle Odette Paulette Rochelle Roxana Selena Serena Shawna Sherry Sonya Tara Tonya Trina Vicki Vicky Yesenia Agnieszka Katarzyna Magdalena Ewa Ilse Liesel Ines Elke Francesca Giulia Chiara Alessandra Giovanna Genevieve Brigitte Sylvie Mireille Nathalie Adele Celine Mariam Aminata Abena Akosua Betsy Winnie Millie Dottie Polly Rosie Josie Jodi Kari Kristi Rhoda Dora Edie Gertrude
Mikayla Makayla Nia Jada Kiana Lexi Aliyah Destiny Zaria Brynn Haley Mackenzie Brooke Alexis Ayanna Tiana Deja Dejah Kylie Caitlin
Raven Breanna Kiara Shaniya`.split(/\s+/)]);

// Men's given names common in Spanish-speaking countries, in both lists below.
const SPANISH_MEN_NAMES = `Gonzalo Alejandro Carlos Diego Eduardo Emilio Enrique Fernando Francisco Gustavo Hugo Javier Jorge Juan
Julio Luis Manuel Miguel Pablo Pedro Rafael Ricardo Roberto Salvador Sergio Mateo Santiago Joaquín Marco Ernesto Alfonso Armando
Rodrigo Ignacio Arturo Felipe`.split(/\s+/);

export const MALE_NAMES = new Set([...SPANISH_MEN_NAMES, ...`Aaron Abdul Adam Adrian Ahmed Alan Albert Alexander Alfred Ali Allen Alvin Andre Andrew Andy
Anthony Antonio Arthur Austin Barry Ben Benjamin Bill Billy Bob Bobby Brad Bradley Brandon Brian Bruce Bryan Calvin Carl
Chad Charles Charlie Christian Christopher Clarence Clifford Colin Craig Curtis Dan Daniel Danny Darnell Darren David
Dean Dennis Derek Dominic Don Donald Douglas Duane Dustin Dwayne Earl Eddie Edgar Edward Edwin Eli Elijah Elliot
Eric Erik Ernest Ethan Eugene Evan Felix Francis Frank Fred Frederick Gabriel Gary Gene George
Gerald Gilbert Glenn Gordon Grant Greg Gregory Harold Harry Hassan Hector Henry Herbert Howard Ian Isaac Ivan Jack
Jacob Jake Jamal James Jared Jason Jeff Jeffrey Jeremy Jerome Jerry Jesus Jim Jimmy Joe Joel John Johnny Jon
Jonathan Jose Joseph Joshua Julian Justin Karl Keith Kenneth Kevin Kurt Kyle Lance Larry Lawrence Leo Leon
Leonard Leroy Lewis Liam Louis Lucas Luke Malcolm Marcus Mario Mark Martin Marvin Mason Matt Matthew Maurice Max
Melvin Michael Mike Miles Mitchell Mohammed Muhammad Nathan Neil Nicholas Noah Norman Omar Oscar Owen Patrick Paul
Peter Philip Phillip Ralph Ramon Randall Randy Raul Ray Raymond Richard Rick Ricky Robert Rodney
Roger Roland Ron Ronald Ross Roy Russell Ryan Samuel Scott Sean Seth Shane Shawn Stanley Stephen Steve
Steven Stuart Ted Terrence Theodore Thomas Tim Timothy Todd Tom Tommy Tony Travis Trevor Troy Tyler Victor Vincent Walt Walter
Warren Wayne Wesley William Willie Xavier Zachary
Doug Dave Ken Rob Ed Chuck Hank Phil Stan Marty Vince Nick Gus Bud Brent Cody Dwight Lyle Wade Clint Floyd Lloyd Glen Merle Vern Otis
Abel Adriel Aiden Amir Andres Arlo Asher Axel Ayden Braxton Brayden Brody Bryce Bryson Caleb Damian Declan Elias Elliott Emiliano Emmanuel Emmett Enzo Ezekiel Ezra Finn Gael Gavin Giovanni Isaiah Jace Jameson Jasper Jaxon Jaxson Jayce Jayden Jeremiah Jonah Josiah Jude Judah Kaiden Kaleb Kayden Kyrie Landon Leonardo Levi Lorenzo Luca Luka Lukas Maddox Malachi Matias Matteo Micah Milo Myles Nathaniel Nicolas Nico Nolan Oliver Rhett Ryker Sebastian Silas Simon Theo Thiago Tristan Wyatt Xander Zayden Zayn
Tyreek Jalen Jaylen Dante Keshawn DeShawn Giannis Nikola Kenta Hideki Shohei Yoshinobu Siddharth Matías Luc Irad Jamarcus Darius Marquise Deandre Terrell Tavon Kareem Khalil Rasheed Jamar
Arvid Dmitri Sergei Nikolai Olaf Lars Sven Anders Gunnar Bjorn Henrik Klaus Jurgen Dieter Hans Fritz Wolfgang Pierre Jacques Francois Thierry Marcel Giuseppe Paolo Alessandro Luigi Kwame Kofi Emeka Tunde Chinedu Obinna Tyrone Malik Rashid Tariq Khalid Yusuf Ibrahim Mustafa Abdullah Hiroshi Takeshi Kenji Rajesh Arjun Vikram Sanjay Ravi Amit Hamid Reza Farid Joaquin Alberto Rogelio Esteban Cesar Ruben Rolando Ramiro Octavio Horacio Benito Wilbur Wendell Virgil Chester Clyde Elmer Irving Lester Morris Ned Percy Rufus Thad Wilfred Zeke Brett Bret Colby Darrell Darryl Dexter Dirk Gerard Gilberto Jarrod Lionel Mitch Quentin Reggie Russ Seamus Terrance Tobias Trent Zane Yves Ahmad Mehmet Murat Yosef Moshe Avi Yitzhak Shlomo Chaim Jakob Piotr Tomasz Krzysztof Pawel Andrzej Vladimir Alexei Mikhail Yuri Oleksandr Andriy Taras Bogdan Matthias Jens Nils Magnus Pekka Matti Aarav Rohan Rahul Anil Sunil Vijay Suresh Ramesh Deepak Nikhil Chidi Ikenna Olumide Segun Kayode Kwabena Jelani Otto Emil Anton Bruno Guillermo Alonso Fabian Ulises Efrain Nestor Osvaldo Reynaldo Rigoberto Saul Tomas Vicente Wilfredo Alfredo Adolfo Agustin Angelo Emanuel Gustav Leopold Maximilian Archie Barney Bernard Boyd Cecil Cliff Conrad Cyrus Delbert Dewey Elwood Ernie Everett Ferdinand Garth Gideon Harlan Herman Hubert Ira Jethro Lowell Mervin Milton Myron Oswald Roscoe Rupert Sylvester Thaddeus Ulysses Vernon Waldo Willard Clayton Conor Connor Desmond Donovan Gareth Jarvis Keenan Kendrick Lyndon Marlon Neal Rory Royce Solomon Sonny Trey Vaughn Wallace`.split(/\s+/)]);

/** Given names men and women share, or that change with the language: a given name that tells no gender. */
export const UNISEX_NAMES = new Set(`Andrea Jean Simone Dana Leslie Lynn Kelly Tracy Lee Terry Chris Alex Sam Jesse Angel Dale Jordan Casey
Robin Kim Pat Jamie Taylor Morgan Riley Avery Quinn Cameron Drew Jody Kerry Shannon Stacey Sydney Blake Devon Jackie Billie Frankie
Peyton Kendall Tatum Jordyn Kamryn`.split(/\s+/));

/** A given name, whatever gender it tells (or none). */
export function isGivenName(word: string): boolean {
  return FEMALE_NAMES.has(word) || MALE_NAMES.has(word) || UNISEX_NAMES.has(word) || SPANISH_GIVEN_NAMES.has(word);
}

/** Nouns for a business or body: `startup Ndani Pay`, and `the company said` for it later. */
export const ORG_DESCRIPTORS = new Set(`company startup firm retailer maker manufacturer carrier airline utility chain lender insurer bank automaker
developer operator nonprofit charity agency group network publisher broadcaster producer brand platform app
business cooperative co-op league club team union district department organization band duo trio quartet
quintet orchestra choir ensemble troupe`.split(/\s+/));

/**
 * One-word names of companies, institutions and groups that copy quotes without `Inc.`, `the`
 * or `the company` (`“…,” Amazon said`, `Kremlin spokesman`, `Hamas said`). Names more often a
 * person's (`Ford`, `Goldman`, `Dell`) are left out: such a surname never introduced is still
 * flagged. A person the story names with one of these surnames wins over the organisation.
 * Desks add their own in `knownOrganizations`.
 */
export const WELL_KNOWN_ORGANIZATIONS = new Set(`Amazon Apple Google Alphabet Microsoft Meta Facebook Instagram Netflix Tesla Nvidia Intel Oracle Salesforce
Adobe Qualcomm Broadcom Boeing Airbus Nike Adidas Starbucks Walmart Costco Kroger Walgreens Pfizer Moderna
AstraZeneca Novartis Chevron Exxon ExxonMobil ConocoPhillips Verizon Comcast Disney Paramount Spotify Uber
Lyft Airbnb DoorDash FedEx Toyota Honda Nissan Hyundai Volkswagen Stellantis Samsung Sony Nintendo Huawei
Alibaba Tencent TikTok ByteDance OpenAI Anthropic Mastercard PayPal Citigroup JPMorgan Ikea Unilever Nestlé
Heineken Chipotle Mattel Hasbro Lego Yahoo Reddit Twitter Pinterest Snapchat Shopify Ticketmaster JetBlue
Amtrak Greyhound Caterpillar Cargill Bayer Siemens Panasonic Lenovo Cisco Expedia Kremlin Pentagon Vatican
Hamas Hezbollah Interpol Europol Frontex Xinhua Tass Reuters`.split(/\s+/));

/**
 * Organisations of two or three words that read like a person's name (a given name or an
 * adjective, then a word that is also a surname): `Red Cross`, `Wells Fargo`, `Burger King`.
 */
export const WELL_KNOWN_ORGANIZATION_NAMES = new Set([
  'Red Cross', 'American Red Cross', 'United Way', 'Planned Parenthood', 'Amnesty International', 'Human Rights Watch',
  'Doctors Without Borders', 'Catholic Charities', 'Meals on Wheels', 'Special Olympics', 'Habitat for Humanity',
  'Wells Fargo', 'Goldman Sachs', 'Morgan Stanley', 'Charles Schwab', 'Merrill Lynch', 'Lockheed Martin', 'Northrop Grumman',
  'General Electric', 'General Mills', 'Home Depot', 'Burger King', 'Taco Bell', 'Dollar General', 'Dow Jones',
  'Johnson & Johnson', 'Procter & Gamble', 'Ernst & Young', 'Marathon Petroleum', 'Ben & Jerry’s', 'Edward Jones',
  'Raymond James', 'Johns Hopkins', 'Jones Day', 'Baker McKenzie', 'Wolfe Research', 'Piper Sandler', 'Janney Montgomery Scott',
]);

/**
 * Given names common in Spanish-speaking countries: with two surnames after them (`Rosa Elena
 * García Márquez`), the first surname is the one used alone on later reference.
 */
export const SPANISH_GIVEN_NAMES = new Set([...SPANISH_MEN_NAMES, ...SPANISH_WOMEN_NAMES, ...`José Andrés Raúl Óscar Ramón Jesús Tomás
Héctor Martín Nicolás Víctor Agustín María Lucía Sofía Verónica Rocío Inés Andrea`.split(/\s+/)]);
