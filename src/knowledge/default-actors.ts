import type { ActorSeed } from './types.js';

const person = (key: string, party: string, aliases: string[]): ActorSeed => ({ key, name: key, party, kind: 'person', aliases });
const institution = (key: string, party: string, aliases: string[]): ActorSeed => ({ key, name: key, party, kind: 'institution', aliases });

/**
 * Actors of the demo article and the common ones of world news (heads of
 * state/government, foreign and defence ministers, spokespeople, circa
 * 2019-2026), with German and English spellings, titles and epithets.
 * Titles that changed hands are given to the holder in the demo period only
 * where unambiguous; the coreference stage prefers actors already named in
 * the article.
 */
export const DEFAULT_ACTORS: ActorSeed[] = [
  // Washington
  person('Mark Esper', 'Washington', [
    'Mark Esper', 'Esper', 'der Pentagon-Chef', 'Pentagon-Chef', 'US-Verteidigungsminister', 'amtierende US-Verteidigungsminister',
    'amtierender US-Verteidigungsminister', 'US Defense Secretary', 'Defense Secretary Mark Esper', 'acting Defense Secretary',
    'acting US Defense Secretary', 'Pentagon chief',
  ]),
  person('Donald Trump', 'Washington', [
    'Donald Trump', 'Trump', 'Donald J. Trump', 'der US-Präsident', 'US-Präsident', 'amerikanische Präsident', 'amerikanischer Präsident',
    'President Trump', 'US President', 'U.S. President', 'President Donald Trump',
  ]),
  person('Joe Biden', 'Washington', ['Joe Biden', 'Biden', 'President Biden']),
  person('Kamala Harris', 'Washington', ['Kamala Harris', 'Harris']),
  person('JD Vance', 'Washington', ['JD Vance', 'J.D. Vance', 'Vance']),
  person('Mike Pence', 'Washington', ['Mike Pence', 'Pence']),
  person('Mike Pompeo', 'Washington', ['Mike Pompeo', 'Pompeo', 'US-Außenminister', 'US Secretary of State', 'Secretary of State Mike Pompeo']),
  person('Antony Blinken', 'Washington', ['Antony Blinken', 'Blinken']),
  person('Marco Rubio', 'Washington', ['Marco Rubio', 'Rubio']),
  person('Lloyd Austin', 'Washington', ['Lloyd Austin']),
  person('Pete Hegseth', 'Washington', ['Pete Hegseth', 'Hegseth']),
  person('John Bolton', 'Washington', ['John Bolton', 'Bolton', 'Sicherheitsberater John Bolton']),
  institution('Pentagon', 'Washington', ['Pentagon', 'das Pentagon', 'US-Verteidigungsministerium', 'Department of Defense', 'Defense Department']),
  institution('US State Department', 'Washington', ['US-Außenministerium', 'State Department', 'US State Department', 'Außenministerium in Washington', 'U.S. State Department']),
  institution('FDA', 'Washington', ['FDA', 'Food and Drug Administration', 'U.S. Food and Drug Administration', 'US-Arzneimittelbehörde FDA']),
  institution('CDC', 'Washington', ['CDC', 'Centers for Disease Control and Prevention', 'US-Seuchenschutzbehörde CDC']),
  institution('US government', 'Washington', [
    'US-Regierung', 'amerikanische Regierung', 'Regierung in Washington', 'Trump-Regierung', 'Biden-Regierung', 'Weißes Haus',
    'Weiße Haus', 'White House', 'US administration', 'US government', 'Trump administration', 'Biden administration',
  ]),
  // Tehran
  person('Hassan Rouhani', 'Tehran', ['Hassan Rouhani', 'Rouhani', 'Hassan Ruhani', 'Ruhani', 'Rohani', 'iranische Präsident Hassan Ruhani']),
  person('Ebrahim Raisi', 'Tehran', ['Ebrahim Raisi', 'Raisi', 'Ebrahim Raissi', 'Raissi']),
  person('Masoud Pezeshkian', 'Tehran', ['Masoud Pezeshkian', 'Pezeshkian', 'Massud Peseschkian', 'Peseschkian']),
  person('Ali Khamenei', 'Tehran', [
    'Ali Khamenei', 'Khamenei', 'Ali Chamenei', 'Chamenei', 'Ajatollah Ali Chamenei', 'Ayatollah Ali Khamenei', 'Revolutionsführer',
    'oberste Führer', 'oberster Führer', 'Supreme Leader',
  ]),
  person('Mohammad Javad Zarif', 'Tehran', ['Mohammad Javad Zarif', 'Javad Zarif', 'Zarif', 'Mohammed Dschawad Sarif', 'Dschawad Sarif', 'Sarif']),
  person('Hossein Amir-Abdollahian', 'Tehran', ['Hossein Amir-Abdollahian', 'Amir-Abdollahian', 'Amirabdollahian', 'Hussein Amirabdollahian']),
  person('Abbas Araghchi', 'Tehran', ['Abbas Araghchi', 'Araghchi', 'Abbas Araghtschi', 'Araghtschi']),
  institution('Iranian government', 'Tehran', ['iranische Regierung', 'Regierung in Teheran', 'Iranian government', 'Government of Iran']),
  institution('Iranian Foreign Ministry', 'Tehran', ['iranische Außenministerium', 'iranisches Außenministerium', 'Iranian Foreign Ministry', "Iran's Foreign Ministry", 'Außenministerium in Teheran']),
  institution('Revolutionary Guards', 'Tehran', ['Revolutionsgarden', 'Revolutionsgarde', 'Revolutionary Guards', 'IRGC', 'Pasdaran']),
  // Moscow
  person('Vladimir Putin', 'Moscow', [
    'Vladimir Putin', 'Putin', 'Wladimir Putin', 'Kremlchef', 'Kreml-Chef', 'russische Präsident', 'russischer Präsident', 'Russian President',
  ]),
  person('Sergey Lavrov', 'Moscow', [
    'Sergej Lawrow', 'Lawrow', 'Sergei Lavrov', 'Sergey Lavrov', 'Lavrov', 'russischer Außenminister', 'russische Außenminister',
    'Russian Foreign Minister',
  ]),
  person('Dmitry Peskov', 'Moscow', ['Dmitri Peskow', 'Peskow', 'Dmitry Peskov', 'Peskov', 'Kremlsprecher', 'Kreml-Sprecher', 'Kremlin spokesman']),
  person('Maria Zakharova', 'Moscow', ['Maria Sacharowa', 'Sacharowa', 'Maria Zakharova', 'Zakharova']),
  person('Sergei Shoigu', 'Moscow', ['Sergej Schoigu', 'Schoigu', 'Sergei Shoigu', 'Shoigu']),
  person('Andrei Belousov', 'Moscow', ['Andrej Beloussow', 'Beloussow', 'Andrei Belousov', 'Belousov']),
  person('Dmitry Medvedev', 'Moscow', ['Dmitri Medwedew', 'Medwedew', 'Dmitry Medvedev', 'Medvedev']),
  institution('Russian government', 'Moscow', ['Kreml', 'der Kreml', 'Kremlin', 'russische Regierung', 'Russian government', 'Regierung in Moskau']),
  institution('Russian Foreign Ministry', 'Moscow', ['russische Außenministerium', 'russisches Außenministerium', 'Russian Foreign Ministry', "Russia's Foreign Ministry", 'Außenministerium in Moskau']),
  // Paris
  person('Emmanuel Macron', 'Paris', ['Emmanuel Macron', 'Macron', 'französische Präsident', 'französischer Präsident', 'French President']),
  person('Jean-Yves Le Drian', 'Paris', ['Jean-Yves Le Drian', 'Le Drian']),
  person('Florence Parly', 'Paris', ['Florence Parly', 'Parly']),
  person('Catherine Colonna', 'Paris', ['Catherine Colonna', 'Colonna']),
  person('Stéphane Séjourné', 'Paris', ['Stéphane Séjourné', 'Séjourné', 'Sejourne']),
  person('Jean-Noël Barrot', 'Paris', ['Jean-Noël Barrot', 'Barrot']),
  institution('French government', 'Paris', ['französische Regierung', 'Regierung in Paris', 'Élysée', 'Elysee', 'Élysée-Palast', 'Elysée-Palast', 'French government', 'Quai d\'Orsay']),
  // Berlin
  person('Angela Merkel', 'Berlin', ['Angela Merkel', 'Merkel']),
  person('Olaf Scholz', 'Berlin', ['Olaf Scholz', 'Scholz']),
  person('Friedrich Merz', 'Berlin', ['Friedrich Merz', 'Merz']),
  person('Heiko Maas', 'Berlin', ['Heiko Maas', 'Maas']),
  person('Annalena Baerbock', 'Berlin', ['Annalena Baerbock', 'Baerbock']),
  person('Johann Wadephul', 'Berlin', ['Johann Wadephul', 'Wadephul']),
  person('Annegret Kramp-Karrenbauer', 'Berlin', ['Annegret Kramp-Karrenbauer', 'Kramp-Karrenbauer', 'AKK']),
  person('Boris Pistorius', 'Berlin', ['Boris Pistorius', 'Pistorius']),
  person('Robert Habeck', 'Berlin', ['Robert Habeck', 'Habeck']),
  person('Christian Lindner', 'Berlin', ['Christian Lindner', 'Lindner']),
  person('Nancy Faeser', 'Berlin', ['Nancy Faeser', 'Faeser']),
  person('Karl Lauterbach', 'Berlin', ['Karl Lauterbach', 'Lauterbach']),
  person('Steffen Hebestreit', 'Berlin', ['Steffen Hebestreit', 'Hebestreit']),
  person('Steffen Seibert', 'Berlin', ['Steffen Seibert', 'Seibert']),
  institution('German government', 'Berlin', ['Bundesregierung', 'deutsche Regierung', 'German government', 'Kanzleramt', 'Auswärtiges Amt', 'Auswärtige Amt']),
  // London
  person('Boris Johnson', 'London', ['Boris Johnson', 'Johnson']),
  person('Theresa May', 'London', ['Theresa May']),
  person('Liz Truss', 'London', ['Liz Truss', 'Truss']),
  person('Rishi Sunak', 'London', ['Rishi Sunak', 'Sunak']),
  person('Keir Starmer', 'London', ['Keir Starmer', 'Starmer']),
  person('Dominic Raab', 'London', ['Dominic Raab', 'Raab']),
  person('Jeremy Hunt', 'London', ['Jeremy Hunt']),
  person('James Cleverly', 'London', ['James Cleverly', 'Cleverly']),
  person('David Cameron', 'London', ['David Cameron', 'Cameron']),
  person('David Lammy', 'London', ['David Lammy', 'Lammy']),
  institution('UK government', 'London', ['britische Regierung', 'British government', 'UK government', 'Foreign Office', 'Home Secretary']),
  // Beijing
  person('Xi Jinping', 'Beijing', ['Xi Jinping', 'Xi', 'chinesische Staatschef', 'chinesischer Staatschef']),
  person('Wang Yi', 'Beijing', ['Wang Yi']),
  person('Li Keqiang', 'Beijing', ['Li Keqiang']),
  person('Li Qiang', 'Beijing', ['Li Qiang']),
  institution('Chinese government', 'Beijing', ['chinesische Regierung', 'Chinese government', 'Regierung in Peking']),
  // Kyiv
  person('Volodymyr Zelensky', 'Kyiv', [
    'Wolodymyr Selenskyj', 'Selenskyj', 'Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Zelensky', 'Zelenskyy', 'ukrainische Präsident',
    'ukrainischer Präsident', 'Ukrainian President',
  ]),
  person('Dmytro Kuleba', 'Kyiv', ['Dmytro Kuleba', 'Kuleba']),
  person('Andrii Sybiha', 'Kyiv', ['Andrij Sybiha', 'Andrii Sybiha', 'Sybiha']),
  person('Petro Poroshenko', 'Kyiv', ['Petro Poroschenko', 'Poroschenko', 'Petro Poroshenko', 'Poroshenko']),
  // Jerusalem
  person('Benjamin Netanyahu', 'Jerusalem', ['Benjamin Netanjahu', 'Netanjahu', 'Benjamin Netanyahu', 'Netanyahu']),
  person('Naftali Bennett', 'Jerusalem', ['Naftali Bennett', 'Bennett']),
  person('Yair Lapid', 'Jerusalem', ['Jair Lapid', 'Yair Lapid', 'Lapid']),
  person('Israel Katz', 'Jerusalem', ['Israel Katz', 'Katz']),
  person('Gideon Saar', 'Jerusalem', ['Gideon Saar', "Gideon Sa'ar"]),
  // Earlier heads of state/government and foreign ministers still common in archives
  person('Barack Obama', 'Washington', ['Barack Obama', 'Obama', 'President Obama']),
  person('George W. Bush', 'Washington', ['George W. Bush', 'George Bush', 'Bush']),
  person('Hillary Clinton', 'Washington', ['Hillary Clinton', 'Hillary Rodham Clinton']),
  person('John Kerry', 'Washington', ['John Kerry', 'Kerry']),
  person('Mahmoud Ahmadinejad', 'Tehran', ['Mahmoud Ahmadinejad', 'Ahmadinejad', 'Mahmud Ahmadinedschad', 'Ahmadinedschad']),
  person('Nicolas Sarkozy', 'Paris', ['Nicolas Sarkozy', 'Sarkozy']),
  person('François Hollande', 'Paris', ['François Hollande', 'Francois Hollande', 'Hollande']),
  person('Jacques Chirac', 'Paris', ['Jacques Chirac', 'Chirac']),
  person('Gerhard Schröder', 'Berlin', ['Gerhard Schröder']),
  person('Frank-Walter Steinmeier', 'Berlin', ['Frank-Walter Steinmeier', 'Steinmeier', 'Bundespräsident Steinmeier']),
  person('Guido Westerwelle', 'Berlin', ['Guido Westerwelle', 'Westerwelle']),
  person('Sigmar Gabriel', 'Berlin', ['Sigmar Gabriel']),
  person('Tony Blair', 'London', ['Tony Blair', 'Blair']),
  person('Gordon Brown', 'London', ['Gordon Brown']),
  person('Hu Jintao', 'Beijing', ['Hu Jintao']),
  person('Ban Ki-moon', 'UN', ['Ban Ki-moon', 'Ban Ki Moon']),
  person('Kofi Annan', 'UN', ['Kofi Annan', 'Annan']),
  person('Silvio Berlusconi', 'Rome', ['Silvio Berlusconi', 'Berlusconi']),
  person('Ariel Sharon', 'Jerusalem', ['Ariel Sharon', 'Scharon', 'Sharon']),
  person('Ehud Olmert', 'Jerusalem', ['Ehud Olmert', 'Olmert']),
  // Others
  person('Recep Tayyip Erdogan', 'Ankara', ['Recep Tayyip Erdogan', 'Recep Tayyip Erdoğan', 'Erdogan', 'Erdoğan']),
  person('Mohammed bin Salman', 'Riyadh', ['Mohammed bin Salman', 'bin Salman', 'MBS']),
  person('Kim Jong Un', 'Pyongyang', ['Kim Jong Un', 'Kim Jong-un']),
  person('Narendra Modi', 'New Delhi', ['Narendra Modi', 'Modi']),
  person('Justin Trudeau', 'Ottawa', ['Justin Trudeau', 'Trudeau']),
  person('Giorgia Meloni', 'Rome', ['Giorgia Meloni', 'Meloni']),
  person('Ursula von der Leyen', 'Brussels', ['Ursula von der Leyen', 'von der Leyen', 'EU-Kommissionschefin', 'EU-Kommissionspräsidentin', 'Commission President']),
  person('Josep Borrell', 'Brussels', ['Josep Borrell', 'Borrell', 'EU-Außenbeauftragte', 'EU-Außenbeauftragter']),
  person('Kaja Kallas', 'Brussels', ['Kaja Kallas', 'Kallas']),
  person('Federica Mogherini', 'Brussels', ['Federica Mogherini', 'Mogherini']),
  person('Charles Michel', 'Brussels', ['Charles Michel']),
  person('António Costa', 'Brussels', ['António Costa', 'Antonio Costa']),
  person('Jens Stoltenberg', 'NATO', ['Jens Stoltenberg', 'Stoltenberg', 'NATO-Generalsekretär', 'NATO Secretary General']),
  person('Mark Rutte', 'NATO', ['Mark Rutte', 'Rutte']),
  person('António Guterres', 'UN', ['António Guterres', 'Antonio Guterres', 'Guterres', 'UN-Generalsekretär', 'UN Secretary-General']),
  person('Rafael Grossi', 'IAEA', ['Rafael Grossi', 'Grossi', 'IAEA-Chef', 'IAEO-Chef']),
];
