import type { PartySeed } from './types.js';

const government = (key: string, name: string, aliases: string[]): PartySeed => ({ key, name, kind: 'government', aliases });
const agency = (key: string, name: string, aliases: string[]): PartySeed => ({ key, name, kind: 'agency', aliases });
const outlet = (key: string, name: string, aliases: string[]): PartySeed => ({ key, name, kind: 'outlet', aliases });
const group = (key: string, name: string, aliases: string[]): PartySeed => ({ key, name, kind: 'group', aliases });

/**
 * The parties of world news. Governments are named by their capital, agencies
 * and outlets by name, groups by an English name. Aliases ending in `*` are
 * word prefixes ("US-*", "iranisch*").
 */
export const DEFAULT_PARTIES: PartySeed[] = [
  government('Washington', 'Washington (United States)', [
    'Washington', 'USA', 'US', 'U.S.', 'die USA', 'Vereinigte Staaten', 'Vereinigten Staaten', 'Vereinigte Staaten von Amerika',
    'United States', 'United States of America', 'America', 'Amerika', 'US-*', 'U.S.-*', 'amerikanisch*', 'American*',
  ]),
  government('Tehran', 'Tehran (Iran)', [
    'Teheran', 'Tehran', 'Iran', 'der Iran', 'Islamische Republik', 'Islamische Republik Iran', 'Islamic Republic',
    'Islamic Republic of Iran', 'das persische Land', 'die Islamische Republik', 'iranisch*', 'Iranian*', 'Iraner',
  ]),
  government('Moscow', 'Moscow (Russia)', [
    'Moskau', 'Moscow', 'Russland', 'Russia', 'Russische Föderation', 'Russian Federation', 'russisch*', 'Russian*',
  ]),
  government('Paris', 'Paris (France)', ['Paris', 'Frankreich', 'France', 'französisch*', 'French*', 'Franzosen']),
  government('Berlin', 'Berlin (Germany)', ['Berlin', 'Deutschland', 'Germany', 'Bundesrepublik', 'deutsch*', 'German*']),
  government('London', 'London (United Kingdom)', [
    'London', 'Großbritannien', 'Grossbritannien', 'Vereinigtes Königreich', 'Vereinigte Königreich', 'United Kingdom', 'Britain',
    'Great Britain', 'UK', 'Downing Street', 'Home Office', 'Foreign Office', 'britisch*', 'British*', 'Briten',
  ]),
  government('Beijing', 'Beijing (China)', [
    'Peking', 'Beijing', 'China', 'Volksrepublik China', "People's Republic of China", 'chinesisch*', 'Chinese*',
  ]),
  government('Kyiv', 'Kyiv (Ukraine)', ['Kiew', 'Kyiv', 'Kiev', 'Ukraine', 'die Ukraine', 'ukrainisch*', 'Ukrainian*']),
  government('Jerusalem', 'Jerusalem (Israel)', ['Jerusalem', 'Israel', 'israelisch*', 'Israeli*']),
  government('Ankara', 'Ankara (Turkey)', ['Ankara', 'Türkei', 'die Türkei', 'Turkey', 'Türkiye', 'türkisch*', 'Turkish*']),
  government('Riyadh', 'Riyadh (Saudi Arabia)', ['Riad', 'Riyadh', 'Saudi-Arabien', 'Saudi Arabia', 'saudisch*', 'saudi-arabisch*', 'Saudi*']),
  government('Damascus', 'Damascus (Syria)', ['Damaskus', 'Damascus', 'Syrien', 'Syria', 'syrisch*', 'Syrian*']),
  government('Baghdad', 'Baghdad (Iraq)', ['Bagdad', 'Baghdad', 'Irak', 'der Irak', 'Iraq', 'irakisch*', 'Iraqi*']),
  government('Pyongyang', 'Pyongyang (North Korea)', ['Pjöngjang', 'Pyongyang', 'Nordkorea', 'North Korea', 'nordkoreanisch*', 'North Korean*']),
  government('Seoul', 'Seoul (South Korea)', ['Seoul', 'Südkorea', 'South Korea', 'südkoreanisch*', 'South Korean*']),
  government('Tokyo', 'Tokyo (Japan)', ['Tokio', 'Tokyo', 'Japan', 'japanisch*', 'Japanese*']),
  government('New Delhi', 'New Delhi (India)', ['Neu-Delhi', 'New Delhi', 'Indien', 'India', 'indisch*', 'Indian*']),
  government('Rome', 'Rome (Italy)', ['Rom', 'Rome', 'Italien', 'Italy', 'italienisch*', 'Italian*']),
  government('Warsaw', 'Warsaw (Poland)', ['Warschau', 'Warsaw', 'Polen', 'Poland', 'polnisch*', 'Polish*']),
  government('Kigali', 'Kigali (Rwanda)', ['Kigali', 'Ruanda', 'Rwanda', 'ruandisch*', 'Rwandan*']),
  government('Ottawa', 'Ottawa (Canada)', ['Ottawa', 'Kanada', 'Canada', 'kanadisch*', 'Canadian*']),
  government('Brussels', 'Brussels (European Union)', [
    'Brüssel', 'Brussels', 'EU', 'die EU', 'Europäische Union', 'European Union', 'EU-Kommission', 'Europäische Kommission',
    'European Commission', 'EU-*',
  ]),
  group('NATO', 'NATO', ['NATO', 'Nato', 'Nordatlantikpakt', 'North Atlantic Alliance', 'NATO-Allianz', 'NATO-*']),
  group('UN', 'United Nations', ['UN', 'UNO', 'Vereinte Nationen', 'Vereinten Nationen', 'United Nations', 'UN-Sicherheitsrat', 'Security Council', 'UN-*']),
  // ("WHO" as an acronym matches case-sensitively, never the relative pronoun "who".)
  group('WHO', 'World Health Organization', ['WHO', 'World Health Organization', 'World Health Organisation', 'Weltgesundheitsorganisation', 'WHO-*']),
  group('IAEA', 'International Atomic Energy Agency', ['IAEA', 'IAEO', 'Internationale Atomenergiebehörde', 'International Atomic Energy Agency']),
  group('European allies', 'European allies', [
    'europäische Verbündete', 'europäischen Verbündeten', 'europäische US-Verbündete', 'Europäer', 'die Europäer', 'European allies',
    'Europeans', 'europäische Schwergewichte', 'europäische Partner', 'europäische Staaten', 'European powers', 'E3',
  ]),
  agency('Reuters', 'Reuters', ['Reuters', 'Nachrichtenagentur Reuters', 'Reuters-*', 'Thomson Reuters']),
  agency('AP', 'Associated Press', ['AP', 'Associated Press', 'Nachrichtenagentur AP', 'AP-*']),
  agency('AFP', 'Agence France-Presse', ['AFP', 'Agence France-Presse', 'Nachrichtenagentur AFP', 'AFP-*']),
  agency('dpa', 'Deutsche Presse-Agentur', ['dpa', 'Deutsche Presse-Agentur', 'Nachrichtenagentur dpa', 'dpa-*']),
  agency('TASS', 'TASS', ['TASS', 'Tass', 'Nachrichtenagentur TASS']),
  agency('RIA Novosti', 'RIA Novosti', ['RIA Novosti', 'RIA Nowosti', 'Ria Nowosti']),
  agency('Interfax', 'Interfax', ['Interfax']),
  agency('IRNA', 'IRNA', ['IRNA', 'Irna']),
  agency('Tasnim', 'Tasnim', ['Tasnim', 'Nachrichtenagentur Tasnim']),
  agency('Fars', 'Fars', ['Fars', 'Nachrichtenagentur Fars']),
  agency('Xinhua', 'Xinhua', ['Xinhua', 'Xinhua News Agency']),
  agency('Bloomberg', 'Bloomberg', ['Bloomberg', 'Bloomberg News']),
  outlet('BBC', 'BBC', ['BBC', 'BBC News']),
  outlet('CNN', 'CNN', ['CNN']),
  outlet('New York Times', 'The New York Times', ['New York Times', 'NYT', 'The New York Times']),
  outlet('Washington Post', 'The Washington Post', ['Washington Post', 'The Washington Post']),
  outlet('Wall Street Journal', 'The Wall Street Journal', ['Wall Street Journal', 'WSJ']),
  outlet('Guardian', 'The Guardian', ['Guardian', 'The Guardian']),
  outlet('Financial Times', 'Financial Times', ['Financial Times', 'FT']),
  outlet('Politico', 'Politico', ['Politico']),
  outlet('Axios', 'Axios', ['Axios']),
  outlet('Al Jazeera', 'Al Jazeera', ['Al Jazeera', 'Al-Dschasira']),
  outlet('RT', 'RT', ['RT', 'Russia Today']),
  outlet('Spiegel', 'Der Spiegel', ['Spiegel', 'Der Spiegel', 'Spiegel Online']),
  outlet('FAZ', 'Frankfurter Allgemeine Zeitung', ['FAZ', 'Frankfurter Allgemeine', 'Frankfurter Allgemeine Zeitung']),
  outlet('Süddeutsche Zeitung', 'Süddeutsche Zeitung', ['Süddeutsche Zeitung', 'SZ', 'Süddeutsche']),
  outlet('Bild', 'Bild', ['Bild-Zeitung', 'Bild.de']),
  outlet('Die Zeit', 'Die Zeit', ['Zeit Online', 'Wochenzeitung Die Zeit']),
  outlet('ARD', 'ARD', ['ARD', 'Tagesschau', 'tagesschau.de']),
  outlet('ZDF', 'ZDF', ['ZDF', 'heute-journal']),
  outlet('Le Monde', 'Le Monde', ['Le Monde']),
  { key: 'author', name: 'The article (author)', kind: 'author', aliases: [] },
  group('unknown', 'Unknown speaker', []),
];
